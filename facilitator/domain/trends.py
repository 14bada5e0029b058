"""What the home screen shows across sessions: due work and the trend of a series (no Qt, no SQL).

The store hands over small read-only rows (below); this module turns them into what a chart or
a list needs, so every figure on the dashboard is computed and tested without a window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from facilitator.domain import model as m

#: "Due this week" looks this many days ahead of today.
WEEK_DAYS = 7
#: The pulse phases in the order they are taken (a follow-up's pulse opens the next session).
PHASES = (m.PulsePhase.BEFORE, m.PulsePhase.FOLLOWUP, m.PulsePhase.AFTER)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A session as the home screen lists it: no more than a row of the list needs."""

    id: int
    title: str
    date: str
    status: m.SessionStatus
    follows_id: int | None = None


@dataclass(frozen=True)
class DueAction:
    """An open action across sessions, with its owner's name and the session it came from."""

    id: int
    session_id: int
    session_title: str
    text: str
    owner: str
    due: str
    status: m.ActionStatus


@dataclass(frozen=True)
class DueAgreement:
    """An agreement in force whose review date has come (or comes this week)."""

    id: int
    session_id: int
    session_title: str
    text: str
    review_date: str


@dataclass(frozen=True)
class SessionFigures:
    """One session of a series as the charts need it."""

    session_id: int
    date: str
    glasl_stage: int
    #: mean pulse score per (phase, item), over everyone who answered
    pulse: dict[tuple[m.PulsePhase, str], float] = field(default_factory=dict)
    #: how many agreements this session's review found kept, partly kept, not kept
    kept: dict[m.Kept, int] = field(default_factory=dict)


def week_end(today: dt.date) -> str:
    return (today + dt.timedelta(days=WEEK_DAYS)).isoformat()


def split_due(actions: list[DueAction], today: dt.date) -> tuple[list[DueAction], list[DueAction]]:
    """(overdue, due this week), each soonest first."""
    now, end = today.isoformat(), week_end(today)
    ordered = sorted(actions, key=lambda a: (a.due, a.id))
    overdue = [a for a in ordered if a.due < now]
    this_week = [a for a in ordered if now <= a.due <= end]
    return overdue, this_week


def kept_share(figures: SessionFigures) -> float | None:
    """Share of reviewed agreements kept; a partly kept one counts half. None: nothing reviewed."""
    total = sum(figures.kept.values())
    if not total:
        return None
    return (figures.kept.get(m.Kept.YES, 0) + 0.5 * figures.kept.get(m.Kept.PARTLY, 0)) / total


def pulse_series(points: list[SessionFigures], item: str) -> dict[m.PulsePhase, list[tuple[int, float]]]:
    """Per phase, (position in the series, mean score) for the sessions that have that phase."""
    lines: dict[m.PulsePhase, list[tuple[int, float]]] = {phase: [] for phase in m.PulsePhase}
    for x, point in enumerate(points):
        for phase in m.PulsePhase:
            value = point.pulse.get((phase, item))
            if value is not None:
                lines[phase].append((x, value))
    return lines


def glasl_series(points: list[SessionFigures]) -> list[tuple[int, int]]:
    return [(x, p.glasl_stage) for x, p in enumerate(points)]


def kept_series(points: list[SessionFigures]) -> list[tuple[int, float]]:
    """(position, share kept) for the sessions that reviewed agreements."""
    return [(x, share) for x, p in enumerate(points) if (share := kept_share(p)) is not None]


def trend(points: list[SessionFigures], item: str) -> float | None:
    """Change of an item's mean from the first session's "before" to the latest measurement.

    Positive is better (every pulse item is phrased so that higher is better). None when the
    series has fewer than two measurements of the item.
    """
    values = [v for phase_values in _chronological(points, item) for v in phase_values]
    if len(values) < 2:
        return None
    return values[-1] - values[0]


def _chronological(points: list[SessionFigures], item: str) -> list[list[float]]:
    return [[p.pulse[(phase, item)] for phase in PHASES if (phase, item) in p.pulse] for p in points]
