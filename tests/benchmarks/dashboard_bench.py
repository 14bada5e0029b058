"""Home screen with dashboard on a large workspace (a benchmark that prints, not a timed test).

    python tests/benchmarks/dashboard_bench.py

A workspace of 10,000 sessions (3,000 of them in series of follow-ups) and 300,000 items
(participants, agreements, actions, pulse answers). Measured: opening it and showing the session
list with the dashboard filled, charts drawn (aim: under 300 ms); and the dashboard's own queries.
The rows are written with plain SQL through the store's connection: building 10,000 sessions
through the domain would take minutes and measure nothing we show.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SESSIONS = 10_000
RUNS = 5
TODAY = dt.date(2026, 11, 25)


def build(path: Path) -> int:
    from facilitator.storage.store import Store

    rng = random.Random(7)
    store = Store(path)
    conn = store.db.conn
    items = 0
    conn.execute("BEGIN")
    start = dt.date(2020, 1, 1)
    for i in range(1, SESSIONS + 1):
        date = (start + dt.timedelta(days=i % 2500)).isoformat()
        follows = i - 1 if i % 10 in (2, 3, 4) else None  # chains of four: 1,000 series
        conn.execute(
            "INSERT INTO session (id, title, date, trigger_type, glasl_stage, status, created, updated, follows_id)"
            " VALUES (?, ?, ?, 'missed_target', ?, 'closed', ?, ?, ?)",
            (i, f"Session {i}", date, rng.randint(2, 6), date, date, follows),
        )
        for p in range(4):
            conn.execute(
                "INSERT INTO participant (session_id, name, role, side, is_decision_maker)"
                " VALUES (?, ?, '', 'sales', 0)",
                (i, f"Person {p}"),
            )
        for a in range(4):
            conn.execute(
                "INSERT INTO agreement (session_id, text, type, contributor_ids, informed_ids, consent,"
                " review_date, status) VALUES (?, ?, 'working_agreement', '[]', '[]', '{}', ?, 'active')",
                (i, f"Agreement {a}", (start + dt.timedelta(days=i % 2500 + 30)).isoformat()),
            )
        for a in range(6):
            due = (start + dt.timedelta(days=i % 2500 + rng.randint(-10, 40))).isoformat()
            status = rng.choice(("open", "done", "done", "in_progress"))
            conn.execute(
                "INSERT INTO action_item (session_id, text, owner_id, due, status, evidence)"
                " VALUES (?, ?, NULL, ?, ?, '')",
                (i, f"Action {a}", due, status),
            )
        for n in range(16):
            conn.execute(
                "INSERT INTO pulse_response (session_id, participant_id, phase, item_id, score)"
                " VALUES (?, NULL, ?, 'shared_goal', ?)",
                (i, ("before", "after", "followup")[n % 3], rng.randint(1, 7)),
            )
        items += 4 + 4 + 6 + 16
    conn.execute("COMMIT")
    store.close()
    return items


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.storage.store import Store
    from facilitator.ui.dashboard import SHOWN
    from facilitator.ui.session_list import SessionList

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.facilitator"
        items = build(path)
        print(f"workspace: {SESSIONS:,} sessions, {items:,} items")
        times, parts, opening = [], [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            store = Store(path)
            opening.append(time.perf_counter() - start)
            view = SessionList()
            view.store = store
            view.refresh()
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            listed = time.perf_counter()
            view.show_dashboard(TODAY)
            app.processEvents()
            times.append(time.perf_counter() - start)
            parts.append(time.perf_counter() - listed)
            actions = view.dashboard.actions.rowCount()
            view.close()
            store.close()
        store = Store(path)
        queries = []
        for _ in range(RUNS):
            start = time.perf_counter()
            until = (TODAY + dt.timedelta(days=7)).isoformat()
            store.open_actions_due(until, SHOWN)
            store.count_actions_due(TODAY.isoformat(), until)
            store.agreements_due(until, SHOWN)
            queries.append(time.perf_counter() - start)
        store.close()
    print(
        f"home screen with dashboard: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms (aim: under 300 ms); of that the dashboard "
        f"{statistics.median(parts) * 1000:.1f} ms ({actions} due actions listed), opening the workspace "
        f"(its integrity check) {statistics.median(opening) * 1000:.1f} ms"
    )
    print(
        f"due actions (first {SHOWN}, counts) and agreements queries: median {statistics.median(queries) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
