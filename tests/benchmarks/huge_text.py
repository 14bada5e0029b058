"""Huge-text benchmark (a script, not a timed test): the longest text a field may hold, in the window.

    python tests/benchmarks/huge_text.py [--chars 20000] [--keys 40]

Puts a statement, its reframe, the session title, an agreement and an action of `--chars`
characters (MAX_TEXT_CHARS by default; try 10000000 to see what the limit protects against)
into the demo session, then drives the window as a user would: open the session, open the
statement in the editor, type at its end, scroll the stage, show the room's screen, export
the PDF. A probe timer ticks every 5 ms on the GUI thread; the longest gap between two ticks
in each step is the longest time the window could not react (QUALITY.md: none over 50 ms,
issue 14: none over 100 ms with the largest allowed text).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCE = (
    "the deal slipped because nobody told us the feature was late and you always promise dates "
    "we cannot keep so the customer walked away after the third escalation in a row"
)
WORDS = SENTENCE.split(" ")


def huge(chars: int, seed: str) -> str:
    """Plausible prose with blame words in it, exactly `chars` long."""
    out: list[str] = [seed]
    size = len(seed)
    i = 0
    while size < chars:
        word = WORDS[i % len(WORDS)] + " "  # one paragraph: the worst case for per-block work
        out.append(word)
        size += len(word)
        i += 1
    return "".join(out)[:chars]


class Probe:
    """Ticks every 5 ms on the GUI thread; `gap()` is the longest wait between ticks since reset."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def gap(self) -> float:
        self._tick()
        return self.longest * 1000


def settle(ms: int = 400) -> None:
    """Let timers that follow an action (highlighting, hints, saving) run. Not QTest.qWait: it
    keeps Python's lock, so worker threads (the blame scan, the export) would stand still,
    unlike in the app's event loop, which lets them run while it is idle."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + ms / 1000
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=None, help="characters per huge field (default: the limit)")
    parser.add_argument("--keys", type=int, default=40, help="keystrokes typed at the end of the statement")
    parser.add_argument("--profile", metavar="WORD", help="print where the time goes in the steps named with WORD")
    args = parser.parse_args()

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.demo import demo_session
    from facilitator.domain.limits import MAX_TEXT_CHARS
    from facilitator.storage.store import Store
    from facilitator.ui.app import apply_style
    from facilitator.ui.main_window import MainWindow

    chars = args.chars or MAX_TEXT_CHARS
    qapp = QApplication.instance() or QApplication([])
    apply_style(qapp)
    folder = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    store = Store(folder / "huge.facilitator")
    data = demo_session("en")
    from facilitator.domain.model import SessionStatus

    # Live, not closed like the demo: a closed session's fields cannot be typed in.
    data.session = replace(data.session, title=huge(chars, "Title "), status=SessionStatus.LIVE)
    data.statements[0] = replace(
        data.statements[0],
        raw_text=huge(chars - args.keys, "Statement "),  # room for the keys typed below
        reframe_text=huge(chars, "Reframe "),
    )
    data.agreements[0] = replace(data.agreements[0], text=huge(chars, "Agreement "))
    data.action_items[0] = replace(data.action_items[0], text=huge(chars, "Action "))
    session_id = store.import_session(data).id

    window = MainWindow()
    window.attach(store)
    window.resize(1280, 800)
    window.show()
    settle(4000)  # a user reads the list of sessions first; the blame detector warms up meanwhile
    probe = Probe()
    figures: list[tuple[str, float]] = []

    def step(name: str, action, wait: int = 400) -> None:
        import cProfile
        import pstats

        profile = cProfile.Profile() if args.profile and args.profile in name else None
        probe.reset()
        if profile:
            profile.enable()
        action()
        settle(wait)
        if profile:
            profile.disable()
        figures.append((name, probe.gap()))
        print(f"{name:<44} {figures[-1][1]:>9.0f} ms", flush=True)
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)

    print(f"{chars:,} characters per huge field; longest GUI-thread stall per step:")
    step("open the session", lambda: window.open_session(session_id))
    step("stage 2 (statements)", lambda: window.session_view.show_stage(2))
    page = window.session_view.page(2)
    model = page.statements.model
    row = next(r for r in range(model.rowCount()) if model.entity(r).raw_text.startswith("Statement "))
    page.statements.view.setCurrentIndex(model.index(row + 1, 2))
    settle()
    step("open the huge statement in the editor", lambda: page.statements.view.setCurrentIndex(model.index(row, 2)))
    assert page.raw_edit.toPlainText().startswith("Statement "), "the editor shows another statement"
    editor = page.raw_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)

    def typing() -> None:
        for _ in range(args.keys):
            QTest.keyClicks(editor, "a")
            QApplication.processEvents()

    before = len(editor.toPlainText())
    step(f"type {args.keys} keys at its end", typing, wait=1200)
    after = editor.toPlainText()
    if chars <= MAX_TEXT_CHARS:
        assert len(after) == before + args.keys, "the keys did not reach the editor"
    else:
        print("  (over the limit: the editor took no more keys, as it should)")

    def scrolling() -> None:
        for view in (page.statements.view, page.incidents.view):
            bar = view.verticalScrollBar()
            for value in range(bar.minimum(), bar.maximum() + 1, max(1, bar.singleStep())):
                bar.setValue(value)
                QApplication.processEvents()
        from PySide6.QtWidgets import QScrollArea

        area = page.content.parentWidget().parentWidget()
        if isinstance(area, QScrollArea):
            bar = area.verticalScrollBar()
            for value in range(0, bar.maximum() + 1, max(1, bar.pageStep() // 4)):
                bar.setValue(value)
                QApplication.processEvents()

    step("scroll the statements and the page", scrolling)
    for number in (6, 7, 2):
        step(f"stage {number}", lambda n=number: window.session_view.show_stage(n))
        step(f"  repaint stage {number}", window.repaint)
        step(f"  resize the window on stage {number}", lambda: window.resize(2380 - window.width(), 800))
    window.session_view.show_stage(2)
    step("show the room's screen (F5)", lambda: window.presenter.start(), wait=800)
    for number in (2, 6, 7):
        step(f"room's screen on stage {number}", lambda n=number: window.session_view.show_stage(n), wait=600)

        def redraw() -> None:  # as after an edit the room sees: the board is laid out anew
            audience = window.presenter.audience
            audience._shown = None
            audience.render_board()

        step(f"  redraw the room's board on stage {number}", redraw)
    window.presenter.stop()

    from facilitator.export import export_session
    from facilitator.ui.background import run_in_background

    pdf = folder / "huge.pdf"
    finished: list[float] = []

    def export_as_the_dialog_does() -> None:  # off the GUI thread, as the export dialog runs it
        started = time.perf_counter()
        data = window.ctx.data
        run_in_background(
            lambda: export_session(data, "pdf", pdf),
            lambda _path: finished.append(time.perf_counter() - started),
            lambda error: print(f"export failed: {error}"),
        )
        while not finished:
            settle(5)

    step("export the PDF (in the background)", export_as_the_dialog_does)
    print(f"{'  PDF export wall time':<44} {finished[0] * 1000:>9.0f} ms ({pdf.stat().st_size:,} bytes)")
    worst = max(figures, key=lambda f: f[1])
    print(f"worst: {worst[0]} {worst[1]:.0f} ms")
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
