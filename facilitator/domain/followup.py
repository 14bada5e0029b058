"""Follow-up sessions: the next session starts where the last one ended (no Qt, no SQL).

A follow-up carries over the participants, the ground rules and the shared goal of a closed
session, its agreements still in force (to be reviewed: kept, partly, not kept) and its open
actions (to be reviewed: done, moved to a new due date, dropped). Sessions that follow each other
form a series. Reviews live in the follow-up's one `FollowUp` record: agreement reviews in
`reviews`, and in `action_snapshot` the carried actions as they stood when the follow-up began,
so the minutes can say what moved.
"""

from __future__ import annotations

import json
from dataclasses import replace
from enum import StrEnum
from typing import Protocol, TypeVar

from facilitator.domain import model as m

#: Action statuses that are still someone's job.
OPEN_STATUSES = frozenset({m.ActionStatus.OPEN, m.ActionStatus.IN_PROGRESS, m.ActionStatus.BLOCKED})


class ActionOutcome(StrEnum):
    """What became of an action carried into a follow-up."""

    DONE = "done"
    MOVED = "moved"
    DROPPED = "dropped"


class FollowUpRefused(ValueError):
    """A follow-up cannot start from this session; the message says why."""


def check_can_follow(previous: m.Session, follower_id: int | None) -> None:
    if previous.status != m.SessionStatus.CLOSED:
        raise FollowUpRefused(f"session {previous.id} is not closed yet; close it before following it up")
    if follower_id is not None:
        raise FollowUpRefused(f"session {previous.id} already has a follow-up (session {follower_id})")


def follow_up_data(previous: m.SessionData, date: str, title: str | None = None) -> m.SessionData:
    """A new draft session that follows `previous`; ids are the old ones, for the store to remap."""
    old = previous.session
    session = m.Session(
        title=old.title if title is None else title,
        date=date,
        trigger_type=old.trigger_type,
        trigger_quarter=old.trigger_quarter,
        trigger_gap_pct=old.trigger_gap_pct,
        trigger_text=old.trigger_text,
        glasl_stage=old.glasl_stage,  # the last estimate is the starting point; the CEO revises it
        ground_rules=old.ground_rules,
        shared_goal_id=old.shared_goal_id,
        follows_id=old.id,
    )
    agreements = [replace(a, option_id=None) for a in previous.agreements if a.status != m.AgreementStatus.RETIRED]
    kept_ids = {a.id for a in agreements}
    actions = [
        replace(a, agreement_id=a.agreement_id if a.agreement_id in kept_ids else None)
        for a in previous.action_items
        if a.status in OPEN_STATUSES
    ]
    record = m.FollowUp(
        scheduled=old.follow_up_date,
        held=date,
        action_snapshot=json.dumps([{"text": a.text, "due": a.due} for a in actions], ensure_ascii=False),
    )
    return m.SessionData(
        session=session,
        participants=[replace(p) for p in previous.participants],
        goals=[replace(g) for g in previous.goals if g.id == old.shared_goal_id],
        agreements=agreements,
        action_items=actions,
        follow_ups=[record],
    )


# -- reviews ----------------------------------------------------------------------------------


def review_of(record: m.FollowUp | None, agreement_id: int) -> dict | None:
    """The review of one agreement, or None while it is not reviewed."""
    if record is None:
        return None
    return next((r for r in record.reviews if r.get("agreement_id") == agreement_id), None)


def with_review(record: m.FollowUp, agreement_id: int, kept: m.Kept, note: str) -> list[dict]:
    """The record's reviews with this agreement's review set (replacing an earlier one)."""
    review = {"agreement_id": agreement_id, "kept": m.Kept(kept).value, "note": note}
    others = [r for r in record.reviews if r.get("agreement_id") != agreement_id]
    order = {a: i for i, a in enumerate(r.get("agreement_id") for r in record.reviews)}
    return sorted([*others, review], key=lambda r: order.get(r["agreement_id"], len(order)))


def snapshot_due(record: m.FollowUp | None, action: m.ActionItem) -> str | None:
    """The due date an action had when it was carried into the follow-up (None: added since)."""
    if record is None or not record.action_snapshot:
        return None
    try:
        carried = json.loads(record.action_snapshot)
    except ValueError:
        return None
    return next((c.get("due", "") for c in carried if c.get("text") == action.text), None)


def action_outcome(record: m.FollowUp | None, action: m.ActionItem) -> ActionOutcome | None:
    """What became of a carried action so far; None while it is still to be reviewed."""
    if action.status == m.ActionStatus.DONE:
        return ActionOutcome.DONE
    if action.status == m.ActionStatus.DROPPED:
        return ActionOutcome.DROPPED
    was = snapshot_due(record, action)
    if was is not None and action.due != was:
        return ActionOutcome.MOVED
    return None


def apply_action_review(action: m.ActionItem, outcome: ActionOutcome, due: str = "", note: str = "") -> set[str]:
    """Change an action as the review says; returns the fields that changed.

    Moving needs a new due date; a note goes into the action's evidence (what shows it was done,
    or why it moved or was dropped).
    """
    outcome = ActionOutcome(outcome)
    if outcome == ActionOutcome.MOVED:
        if not _is_date(due):
            raise ValueError(f"a moved action needs a new due date as yyyy-mm-dd, not {due!r}")
        action.due, action.status = due, m.ActionStatus.OPEN
    else:
        action.status = m.ActionStatus.DONE if outcome == ActionOutcome.DONE else m.ActionStatus.DROPPED
    changed = {"status", "due"}
    if note:
        action.evidence = note
        changed.add("evidence")
    return changed


def follow_up_record(data: m.SessionData) -> m.FollowUp | None:
    """The record of reviews of a follow-up session (None in a first session)."""
    return data.follow_ups[0] if data.follow_ups and data.session.follows_id else None


def carried_actions(data: m.SessionData) -> list[m.ActionItem]:
    """The actions brought over from the previous session (those in the snapshot)."""
    record = follow_up_record(data)
    return [a for a in data.action_items if snapshot_due(record, a) is not None]


def _is_date(text: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


# -- series -----------------------------------------------------------------------------------


class _Linked(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def follows_id(self) -> int | None: ...
    @property
    def date(self) -> str: ...


S = TypeVar("S", bound=_Linked)


def series(sessions: list[S]) -> list[list[S]]:
    """Sessions that follow each other, as chains oldest first; only chains of two or more.

    Anything with `id`, `follows_id` and `date` will do: sessions, or the home screen's summaries.

    A session copied from a follow-up also follows the same session: all of them stay in one
    series, in date order.
    """
    by_id = {s.id: s for s in sessions}

    def root(s: S) -> int:
        seen = set()
        while s.follows_id in by_id and s.id not in seen:
            seen.add(s.id)
            s = by_id[s.follows_id]
        return s.id

    groups: dict[int, list[S]] = {}
    for s in sessions:
        if s.follows_id in by_id:
            groups.setdefault(root(s), []).append(s)
    chains = []
    for first_id, followers in groups.items():
        chain = [by_id[first_id], *followers]
        chains.append(sorted(chain, key=lambda s: (s.date, s.id)))
    return sorted(chains, key=lambda c: (c[-1].date, c[-1].id), reverse=True)
