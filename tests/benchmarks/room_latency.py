"""Figures for the room's screen: how soon an edit in the cockpit reaches it, and what presenting
costs the cockpit while the CEO types. Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/room_latency.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from facilitator.ui.app import _fresh_demo
    from facilitator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = _fresh_demo(Path(tempfile.mkdtemp()) / "demo.facilitator", "en")
    window = MainWindow()
    window.attach(store)
    window.resize(1280, 800)
    window.show()
    window.open_session(store.sessions()[0].id)
    window.session_view.show_stage(6)
    window.presenter.start()
    audience = window.presenter.audience
    audience.resize(1920, 1080)
    app.processEvents()

    agreement = window.ctx.data.agreements[0]
    latencies = []
    for i in range(30):
        agreement.text = f"Deal desk, revision {i}"
        start = time.perf_counter()
        window.ctx.edit(agreement, "text")
        while f"revision {i}" not in audience.board.toPlainText():
            app.processEvents()
        latencies.append(time.perf_counter() - start)
    print(
        f"an edit in the cockpit reaches the room's board: p50 {statistics.median(latencies) * 1000:.0f} ms,"
        f" p95 {percentile(latencies, 0.95) * 1000:.0f} ms (aim: within 100 ms)"
    )

    renders = []
    for i in range(20):
        agreement.text = f"Deal desk, draft {i}"
        start = time.perf_counter()
        audience.render_board()
        renders.append(time.perf_counter() - start)
    print(
        f"drawing the stage 6 board at 1080p (the GUI thread's cost of one update): median"
        f" {statistics.median(renders) * 1000:.1f} ms, worst {max(renders) * 1000:.1f} ms"
    )

    def typing(stage: int, label: str) -> None:
        """Keystrokes at a brisk 80 ms apart, each measured with the event loop's work it causes."""
        window.session_view.show_stage(stage)
        editor = window.session_view.page(stage).findChild(QPlainTextEdit, "typingTarget")
        editor.setFocus()
        samples = []
        for char in "nobody asked us about the deal at all, and then we had to clean it up":
            start = time.perf_counter()
            QTest.keyClicks(editor, char)
            app.processEvents()
            samples.append(time.perf_counter() - start)
            QTest.qWait(80)  # the board redraws in the pauses between keystrokes
        print(
            f"typing in stage {stage} ({label}): median {statistics.median(samples) * 1000:.2f} ms,"
            f" p95 {percentile(samples, 0.95) * 1000:.2f} ms, worst {max(samples) * 1000:.2f} ms a keystroke"
        )

    window.session_view.page(2).raw_edit.setObjectName("typingTarget")  # a statement: private until reframed
    agreement_text = window.session_view.page(6).findChildren(QPlainTextEdit)[0]
    agreement_text.setObjectName("typingTarget")  # an agreement: the room sees every word
    for stage in (2, 6):
        typing(stage, "presenting")
    window.presenter.stop()
    for stage in (2, 6):
        typing(stage, "not presenting")
    window.ctx.flush()
    window.close()
    store.close()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
