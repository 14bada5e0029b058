"""Reads across sessions for follow-ups and the dashboard; mixed into `Store`.

Kept apart from store.py so the store stays readable; the same rules hold: SQL only here,
domain objects out. Actions and agreements of a session that has been followed up belong to
the follow-up (they were carried over), so only the latest session of a series counts.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from facilitator.domain import model as m
from facilitator.domain.trends import DueAction, DueAgreement, SessionFigures, SessionSummary
from facilitator.storage import codec

_LATEST = "NOT EXISTS (SELECT 1 FROM session f WHERE f.follows_id = s.id)"
_OPEN = "('open', 'in_progress', 'blocked')"


class CrossSessionReads:
    """Methods of Store; `_rows` and `_snapshot` come from it."""

    _rows: Any
    _snapshot: Any
    _read: Any
    db: Any

    def is_open(self) -> bool:
        """False once closed: work deferred to the event loop may outlive the workspace."""
        try:
            self.db.conn.total_changes  # noqa: B018 - raises on a closed connection
        except sqlite3.ProgrammingError:
            return False
        return True

    def session_summaries(self) -> list[SessionSummary]:
        """All sessions as the home screen lists them, newest first: a few columns, one index scan.

        Reading whole sessions (every text, JSON decoded) took 150 ms for 10,000 of them.
        """
        sql = "SELECT id, title, date, status, follows_id FROM session ORDER BY date DESC, updated DESC, id DESC"
        rows = self._read(sql)  # tuples: no dict per row
        status = {s.value: s for s in m.SessionStatus}
        return [SessionSummary(i, title, date, status[code], follows) for i, title, date, code, follows in rows]

    def follower(self, session_id: int) -> int | None:
        """The id of the session that follows this one up, if any."""
        rows = self._rows("SELECT id FROM session WHERE follows_id = ? ORDER BY id LIMIT 1", (session_id,))
        return rows[0]["id"] if rows else None

    def open_actions_due(self, until: str, limit: int = -1) -> list[DueAction]:
        """Open actions due on or before `until` (ISO date), of the latest session of each series.

        Soonest first; at most `limit` (-1: all) of them: years of forgotten actions must not
        slow the home screen.
        """
        rows = self._rows(
            f"""SELECT a.id, a.session_id, s.title AS session_title, a.text, COALESCE(p.name, '') AS owner,
                       a.due, a.status
                FROM action_item a JOIN session s ON s.id = a.session_id
                LEFT JOIN participant p ON p.id = a.owner_id
                WHERE a.status IN {_OPEN} AND a.due != '' AND a.due <= ? AND {_LATEST}
                ORDER BY a.due, a.id LIMIT ?""",
            (until, limit),
        )
        return [DueAction(**{**r, "status": m.ActionStatus(r["status"])}) for r in rows]

    def count_actions_due(self, today: str, until: str) -> tuple[int, int]:
        """(overdue, due from today to `until`) among the actions `open_actions_due` lists."""
        rows = self._rows(
            f"""SELECT COALESCE(SUM(a.due < ?), 0) AS late, COALESCE(SUM(a.due >= ?), 0) AS soon
                FROM action_item a JOIN session s ON s.id = a.session_id
                WHERE a.status IN {_OPEN} AND a.due != '' AND a.due <= ? AND {_LATEST}""",
            (today, today, until),
        )
        return rows[0]["late"], rows[0]["soon"]

    def agreements_due(self, until: str, limit: int = -1) -> list[DueAgreement]:
        """Agreements in force whose review date is on or before `until`, not yet reviewed."""
        rows = self._rows(
            f"""SELECT a.id, a.session_id, s.title AS session_title, a.text, a.review_date
                FROM agreement a JOIN session s ON s.id = a.session_id
                WHERE a.status = 'active' AND a.review_date != '' AND a.review_date <= ? AND {_LATEST}
                  AND NOT EXISTS (SELECT 1 FROM follow_up fu, json_each(fu.reviews) r
                                  WHERE fu.session_id = s.id AND r.value ->> '$.agreement_id' = a.id)
                ORDER BY a.review_date, a.id LIMIT ?""",
            (until, limit),
        )
        return [DueAgreement(**r) for r in rows]

    def series_figures(self, session_id: int) -> list[SessionFigures]:
        """The figures of the sessions this one follows, back to the first, and its own: oldest
        first. Empty when it follows no session (the minutes then show no trend)."""
        rows = self._rows(
            """WITH RECURSIVE back(id, follows_id, depth) AS (
                   SELECT id, follows_id, 0 FROM session WHERE id = ?
                   UNION ALL SELECT s.id, s.follows_id, back.depth + 1 FROM session s
                   JOIN back ON s.id = back.follows_id WHERE back.depth < 10000)
               SELECT id FROM back ORDER BY depth DESC""",
            (session_id,),
        )
        ids = list(dict.fromkeys(r["id"] for r in rows))  # a cycle (edited by hand) ends at the depth cap
        return self.session_figures(ids) if len(ids) > 1 else []

    def session_figures(self, session_ids: list[int]) -> list[SessionFigures]:
        """Pulse means, Glasl estimate and review counts of these sessions, in the order given."""
        if not session_ids:
            return []
        marks = ", ".join("?" for _ in session_ids)
        with self._snapshot():
            sessions = self._rows(f"SELECT id, date, glasl_stage FROM session WHERE id IN ({marks})", session_ids)
            pulses = self._rows(
                f"""SELECT session_id, phase, item_id, AVG(score) AS mean FROM pulse_response
                    WHERE session_id IN ({marks}) GROUP BY session_id, phase, item_id""",
                session_ids,
            )
            reviews = self._rows(
                f"SELECT session_id, reviews FROM follow_up WHERE session_id IN ({marks})", session_ids
            )
        figures = {
            r["id"]: SessionFigures(session_id=r["id"], date=r["date"], glasl_stage=r["glasl_stage"]) for r in sessions
        }
        # A damaged value is left out of the figures; opening its session names it.
        phases = {p.value: p for p in m.PulsePhase}
        for r in pulses:
            if r["phase"] in phases and isinstance(r["mean"], int | float):
                figures[r["session_id"]].pulse[(phases[r["phase"]], r["item_id"])] = r["mean"]
        kinds = {k.value: k for k in m.Kept}
        for r in reviews:
            record = codec.from_row(m.FollowUp, {"reviews": r["reviews"]})
            counts = figures[r["session_id"]].kept
            for review in record.reviews:
                kept = kinds.get(review.get("kept"))  # type: ignore[arg-type]
                if kept is not None:
                    counts[kept] = counts.get(kept, 0) + 1
        return [figures[i] for i in session_ids if i in figures]
