"""The Qt binding must survive a long meeting: PySide6 6.12.0 on Python 3.11 dropped a reference
to None on every void call (a label's setText, a colour setter), and the interpreter aborted after
a few thousand of them. This guards the pinned version range."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label, colour = QLabel(), QColor()
    before = sys.getrefcount(None)
    for i in range(20000):
        label.setText("Saving…")
        colour.setRed(i % 256)
    print(sys.getrefcount(None) - before)
    """
)


def test_void_qt_calls_do_not_eat_none():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
