"""Search benchmark (a script, not a timed test): a workspace of 10,000 sessions, 300,000 items.

    python tests/benchmarks/search_bench.py [--sessions 10000] [--db PATH] [--keep]

Builds the workspace with Store.import_session (the search index fills through its triggers),
then times Store.search for words typed one letter at a time, as the search box sends them,
and for whole words and pairs. Prints p50/p95/max per group. Targets: first results < 50 ms p95; the window (listing the
hits on the GUI thread) never busy for more than 16 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.domain import model as m
from facilitator.storage.store import Store

ITEMS_PER_SESSION = 30
WORDS = [
    "Zusage",
    "Zusagen",
    "Freigabe",
    "Vertrieb",
    "Produkt",
    "Roadmap",
    "Quartal",
    "Kunde",
    "Kunden",
    "Angebot",
    "Anfrage",
    "Ausfall",
    "Verfügbarkeit",
    "Überprüfung",
    "Straße",
    "Prioritäten",
    "Entwickler",
    "Kapazität",
    "Pipeline",
    "Forecast",
    "Ziel",
    "Lücke",
    "deal",
    "deals",
    "commitment",
    "roadmap",
    "quarter",
    "customer",
    "proposal",
    "request",
    "outage",
    "uptime",
    "review",
    "pipeline",
    "capacity",
    "forecast",
    "target",
    "gap",
    "connector",
    "enterprise",
    "escalation",
    "intake",
    "feature",
    "release",
    "sprint",
    "migration",
    "onboarding",
    "renewal",
    "churn",
    "discount",
    "contract",
    "security",
    "audit",
    "integration",
    "backlog",
]
FILLER = [
    "the",
    "and",
    "of",
    "to",
    "we",
    "our",
    "they",
    "with",
    "for",
    "on",
    "die",
    "der",
    "und",
    "zu",
    "mit",
    "für",
    "auf",
    "wir",
    "ein",
    "eine",
    "nicht",
]


def sentence(rng: random.Random, words: int = 14) -> str:
    picks = [rng.choice(WORDS) if rng.random() < 0.35 else rng.choice(FILLER) for _ in range(words)]
    picks += [f"{rng.choice(WORDS)}{rng.randrange(1000)}"]  # rarer words too, as real text has
    return " ".join(picks).capitalize() + "."


def session(rng: random.Random, number: int) -> m.SessionData:
    s = sentence
    data = m.SessionData(
        session=m.Session(title=f"Session {number}: {s(rng, 5)}", trigger_text=s(rng, 30), learnings=s(rng, 20))
    )
    data.statements = [m.Statement(id=i, raw_text=s(rng), reframe_text=s(rng)) for i in range(1, 7)]
    data.goals = [m.Goal(id=i, objective=s(rng, 6), metric=s(rng, 6)) for i in range(1, 4)]
    data.interests = [m.Interest(id=i, text=s(rng)) for i in range(1, 5)]
    data.working_practices = [m.WorkingPractice(id=i, current=s(rng), pain_for_other_side=s(rng)) for i in range(1, 5)]
    data.options = [m.Option(id=i, text=s(rng)) for i in range(1, 4)]
    data.agreements = [m.Agreement(id=i, text=s(rng, 20)) for i in range(1, 3)]
    data.action_items = [m.ActionItem(id=i, text=s(rng)) for i in range(1, 5)]
    data.private_notes = [m.PrivateNote(id=i, stage=i, text=s(rng)) for i in range(1, 4)]
    items = sum(len(data.items(k)) for k in m.CHILD_TYPES if k is not m.StageLog)
    assert items + 1 == ITEMS_PER_SESSION  # +1: the session's own texts
    return data


def build(store: Store, sessions: int) -> float:
    rng = random.Random(7)
    # A throwaway workspace need not survive a power cut: without a sync per commit, importing
    # 10,000 sessions one transaction each (as a user's imports run) takes seconds, not minutes.
    store.db.conn.execute("PRAGMA synchronous=OFF")
    start = time.perf_counter()
    for number in range(sessions):
        store.import_session(session(rng, number))
    return time.perf_counter() - start


def timings(store: Store, queries: list[str], include_private: bool = False) -> list[float]:
    out = []
    for query in queries:
        start = time.perf_counter()
        store.search(query, include_private=include_private, limit=50)
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    median = statistics.median(values)
    print(f"{name:<34} n={len(values):>4}  p50 {median:6.1f} ms  p95 {p95:6.1f} ms  max {values[-1]:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="reuse or keep the workspace here")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.facilitator"
    fresh = not path.exists()
    store = Store(path)
    if fresh:
        seconds = build(store, args.sessions)
        print(f"built {args.sessions} sessions, {args.sessions * ITEMS_PER_SESSION} items in {seconds:.1f} s")
    rows = store.db.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    print(f"index rows: {rows}, workspace {path.stat().st_size / 1e6:.0f} MB")

    rng = random.Random(11)
    words = rng.sample(WORDS, 20)
    typed = [w[:n] for w in words for n in range(2, len(w) + 1)]  # as typed, from 2 letters on
    pairs = [f"{rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(40)]
    timings(store, words[:3])  # warm the page cache like a second search would
    report("typed, 2+ letters (first 50 hits)", timings(store, typed))
    report("typed, 1 letter", timings(store, [w[:1] for w in words]))
    report("whole words", timings(store, words))
    report("two words", timings(store, pairs))
    rare = [f"{rng.choice(WORDS)}{rng.randrange(1000)}" for _ in range(20)]  # a few hits across all
    report("rare words", timings(store, rare))
    report("no match", timings(store, [f"{w}xq" for w in words]))
    report("whole words, with private notes", timings(store, words, include_private=True))
    report("GUI thread: results shown (60 hits)", gui_timings(store, words))
    store.close()


def gui_timings(store: Store, words: list[str]) -> list[float]:
    """What a keystroke costs the window: the search runs on a worker; listing its hits does not."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.search import LIMIT, SearchDialog

    app = QApplication.instance() or QApplication([])
    dialog = SearchDialog(store)
    dialog.show()
    out = []
    cold = time.perf_counter()
    dialog._show(words[0], store.search(words[0], limit=LIMIT))  # the first paint loads fonts
    app.processEvents()
    print(f"GUI thread: first results ever shown in {(time.perf_counter() - cold) * 1000:.1f} ms")
    for word in words:
        hits = store.search(word, include_private=True, limit=LIMIT)
        start = time.perf_counter()
        dialog._show(word, hits)
        app.processEvents()  # lay out and paint the rows
        out.append((time.perf_counter() - start) * 1000)
    dialog.close()
    return out


if __name__ == "__main__":
    main()
