"""The Qt binding must survive a long meeting: PySide6 6.12.0 on Python 3.11 dropped a reference
to None on every void call (a label's setText, a colour setter) and to True on every signal
emit, and the interpreter aborted after a few thousand of them. This guards the pinned range."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication, QLabel

    class Relay(QObject):
        ping = Signal()

    app = QApplication([])
    label, colour, relay = QLabel(), QColor(), Relay()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20000):
        label.setText("Saving…")
        colour.setRed(i % 256)
        relay.ping.emit()
    print(max(abs(a - b) for a, b in zip(before, (sys.getrefcount(None), sys.getrefcount(True)))))
    """
)


def test_void_qt_calls_do_not_eat_none():
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) < 100
