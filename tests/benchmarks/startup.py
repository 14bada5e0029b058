"""Start-up and list figures (a benchmark that prints, not a timed test).

    python tests/benchmarks/startup.py

1. Time from process start to the first painted window: `facilitator` against a bare PySide6
   window, in the same run (aim: within 1.3 times).
2. Opening a workspace with 1,000 sessions and showing the session list (aim: under 200 ms).
3. Typing into a statement with the blame-language highlighter attached (aim: far under 16 ms
   a keystroke).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
RUNS = 7

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("painted", flush=True)
        QApplication.instance().exit()
app = QApplication([])
w = W(); w.resize(1280, 800); w.show()
app.exec()
"""

APP = """
import sys
from facilitator.ui import main_window
original = main_window.MainWindow.paintEvent
def paint(self, event):
    original(self, event)
    print("painted", flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().exit()
main_window.MainWindow.paintEvent = paint
from facilitator.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def first_paint(code: str, *args: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    for line in child.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"no paint: exit code {child.wait()}")
    child.wait(timeout=30)
    return elapsed


def startup() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.facilitator")
        first_paint(APP, db)  # warm the file cache and create the workspace
        bare = [first_paint(BARE) for _ in range(RUNS)]
        ours = [first_paint(APP, db) for _ in range(RUNS)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"first paint, median of {RUNS}: bare PySide6 {b * 1000:.0f} ms, facilitator {o * 1000:.0f} ms")
    print(f"  ratio {o / b:.2f} (aim: within 1.30)")


def thousand_sessions() -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.domain.model import Participant, SessionData
    from facilitator.domain.model import Session as S
    from facilitator.storage.store import Store
    from facilitator.ui.session_list import SessionList

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "many.facilitator"
        store = Store(path)
        for i in range(1000):
            data = SessionData(
                session=S(title=f"Session {i}: Sales and Product", date=f"20{10 + i % 16}-0{1 + i % 9}-1{i % 9}"),
                participants=[Participant(name=f"Person {j}") for j in range(6)],
            )
            store.import_session(data)
        store.close()
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            opened = Store(path)
            view = SessionList()
            view.store = opened
            view.refresh()
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            times.append(time.perf_counter() - start)
            view.close()
            opened.close()
    print(
        f"open a 1,000-session workspace and show the list: median {statistics.median(times) * 1000:.1f} ms"
        " (aim: under 200 ms)"
    )


def typing() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from facilitator.ui.blame_highlighter import BlameHighlighter

    app = QApplication.instance() or QApplication([])
    editor = QPlainTextEdit()
    BlameHighlighter(editor.document())
    editor.show()
    text = "Ihr blockiert immer alles und wir müssen es dann ausbaden, you never listen to customers. "
    editor.setPlainText(text * 20)  # a long statement: about 1,800 characters in one paragraph
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    samples = []
    for char in "and nobody asked us about the deal at all":
        start = time.perf_counter()
        QTest.keyClicks(editor, char)
        app.processEvents()
        samples.append(time.perf_counter() - start)
    print(
        f"typing into a 1,800-character statement with the detector: median {statistics.median(samples) * 1000:.2f}"
        f" ms, worst {max(samples) * 1000:.2f} ms a keystroke (a frame is 16 ms)"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    startup()
    thousand_sessions()
    typing()
