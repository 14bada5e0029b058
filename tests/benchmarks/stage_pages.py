"""Visiting the stage pages of the demo session (a benchmark that prints, not a timed test).

    python tests/benchmarks/stage_pages.py [--on-demand] [--profile N] [--lang de]

As the app does it: the workspace opens, the home screen shows, the stage pages are built while
the window idles (ui/idle.py). Printed, in wall time and in this process's CPU time (the machine
is shared: CPU time is the steadier figure):
- the longest event-loop stall while the window idles on the home screen and after opening the
  session (aim: QUALITY's 50 ms at most, one 16 ms frame ideally);
- opening the demo session from the home screen, until it has painted;
- the first and the second visit of each stage (Alt+N: show_stage, the paint and the events it
  posted; aim: under 100 ms);
- opening the two other sessions of the series from the home screen, and their stage visits.
`--on-demand` stops the idle building: each page is built on its first visit (the worst case,
Alt+N right after start-up). `--profile N` prints cProfile's figures for stage N's first visit.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

Figure = tuple[float, float]  # seconds of wall time, seconds of CPU time


class StallProbe:
    """The longest gap between ticks of a 1 ms timer: how long the event loop was blocked."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.gaps: list[Figure] = []
        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = (time.perf_counter(), time.process_time())
        self.gaps.append((now[0] - self.last[0], now[1] - self.last[1]))
        self.last = now

    def run(self, app, seconds: float) -> Figure:
        """The longest gap while the event loop runs freely for `seconds`."""
        self.gaps.clear()
        self.last = (time.perf_counter(), time.process_time())
        self.timer.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.0005)
        self.timer.stop()
        return max(self.gaps, default=(0.0, 0.0))


def timed(app, action) -> Figure:
    """An action and the paint and posted events it caused."""
    start = (time.perf_counter(), time.process_time())
    action()
    app.processEvents()
    return time.perf_counter() - start[0], time.process_time() - start[1]


def ms(figure: Figure) -> str:
    return f"{figure[0] * 1000:6.1f} ms ({figure[1] * 1000:5.1f} CPU)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--on-demand", action="store_true")
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from facilitator.ui import app as app_module
    from facilitator.ui import i18n
    from facilitator.ui.main_window import MainWindow

    qapp = QApplication.instance() or QApplication([])
    app_module.apply_style(qapp)
    i18n.install(args.lang)
    idle = 0.0 if args.on_demand else 3.0
    probe = StallProbe()
    with tempfile.TemporaryDirectory() as folder:
        store = app_module._fresh_demo(Path(folder) / "demo.facilitator", args.lang)
        window = MainWindow()
        window.resize(1280, 820)
        window.show()
        window.attach(store)
        qapp.processEvents()
        view = window.session_view  # what app.py makes once the workspace is open
        if args.on_demand:
            view._idle.stop()
        else:
            print(f"home screen, idling {idle:.0f} s: longest stall {ms(probe.run(qapp, idle))}")
        ids = sorted(s.id for s in store.sessions())

        opened = timed(qapp, lambda: window.open_session(ids[0]))
        print(f"open the demo session at stage 1: {ms(opened)}")
        if not args.on_demand:
            print(f"  then idling 1 s: longest stall {ms(probe.run(qapp, 1.0))}")

        first, second = {}, {}
        profiler = cProfile.Profile()
        for number in range(1, 8):
            if number == args.profile:
                profiler.enable()
            first[number] = timed(qapp, lambda n=number: view.show_stage(n))
            profiler.disable()
        for number in range(1, 8):
            second[number] = timed(qapp, lambda n=number: view.show_stage(n))
        print("stage  first visit              second visit")
        for number in range(1, 8):
            print(f"  {number}    {ms(first[number])}   {ms(second[number])}")
        print(f"worst first visit {ms(max(first.values()))} (aim: under 100 ms)")
        again = [timed(qapp, lambda n=number: view.show_stage(n)) for _ in range(3) for number in range(1, 8)]
        wall, cpu = zip(*again, strict=True)
        print(f"visits of built pages, median of {len(again)}: {ms((statistics.median(wall), statistics.median(cpu)))}")

        for session_id in ids[1:]:
            window.show_sessions()
            qapp.processEvents()
            switch = timed(qapp, lambda s=session_id: window.open_session(s))
            stall = "" if args.on_demand else f", then longest stall {ms(probe.run(qapp, 1.0))}"
            visits = [timed(qapp, lambda n=number: view.show_stage(n)) for number in range(1, 8)]
            print(f"open session {session_id} from the home screen {ms(switch)}{stall}")
            print(f"  worst stage visit in it {ms(max(visits))}")

        if args.profile:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
        window.ctx.close_session()
        store.close()


if __name__ == "__main__":
    main()
