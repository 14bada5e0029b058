"""Every date of a session, found from the model's field types (IsoDate, IsoTimestamp), and moved
by a number of days: the demo (the single session and the series) is moved to the present when it
is laid (`to_present`). No Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from functools import cache

from facilitator.domain import model as m

#: The marks of the model's date types (typing.Annotated metadata).
DATE_MARKS = frozenset({"date", "timestamp"})
#: The newest session of a demo laid today was held about this many days ago.
HELD_DAYS_AGO = 10


@cache
def date_fields(kind: type) -> tuple[str, ...]:
    """Names of the fields of `kind` typed as a date or a timestamp, in declaration order."""
    hints = typing.get_type_hints(kind, include_extras=True)
    return tuple(
        f.name for f in dataclasses.fields(kind) if DATE_MARKS & set(getattr(hints[f.name], "__metadata__", ()))
    )


def shift_value(value: str, days: int) -> str:
    """ "2026-10-14" or "2026-10-14T09:13:05" moved by `days`; the time of day and any zone stay
    as written. Empty or unreadable values are left alone (there is nothing to move)."""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return (day + dt.timedelta(days=days)).isoformat() + value[10:]


def quarter_before(day: dt.date) -> str:
    """The calendar quarter that ended last before `day`, as a trigger names it: "Q3 2026"."""
    quarter, year = (day.month - 1) // 3, day.year  # the quarter of `day`, counted from 0
    if quarter == 0:
        return f"Q4 {year - 1}"
    return f"Q{quarter} {year}"


def days_to_present(newest: dt.date, today: dt.date) -> int:
    """Days to add so `newest` falls about HELD_DAYS_AGO before `today`.

    Whole weeks, so every date keeps the weekday it was written on (sessions on working days,
    the deal desk on Tuesdays); the newest session then lies 7 to 13 days back, and what the
    files make due 13 or 14 days after it is always due within the coming week.
    """
    return 7 * round((today - dt.timedelta(days=HELD_DAYS_AGO) - newest).days / 7)


def to_present(sessions: list[m.SessionData], today: dt.date) -> None:
    """Move sessions written with fixed dates (oldest first) into the present, in place: the
    newest was held about ten days before `today`, and the missed quarter they are about becomes
    the one that ended before the first of them. Their prose tells time relatively ("last
    quarter"), so it fits whatever day this is."""
    days = days_to_present(dt.date.fromisoformat(sessions[-1].session.date), today)
    for data in sessions:
        shift_dates(data, days)
    missed = quarter_before(dt.date.fromisoformat(sessions[0].session.date))
    for data in sessions:  # a follow-up carries the first session's trigger
        if data.session.trigger_quarter:
            data.session.trigger_quarter = missed


def shift_dates(data: m.SessionData, days: int) -> None:
    """Move every date and timestamp of the session by `days`, in place."""
    for entity in [data.session, *(e for kind in m.CHILD_TYPES for e in data.items(kind))]:
        for name in date_fields(type(entity)):
            setattr(entity, name, shift_value(getattr(entity, name), days))
    for record in data.follow_ups:
        record.action_snapshot = _shifted_snapshot(record.action_snapshot, days)


def _shifted_snapshot(snapshot: str, days: int) -> str:
    """A follow-up keeps the carried actions as they stood (JSON, a few ActionItem fields): their
    dates move too, or every moved due date would read as a new one."""
    try:
        carried = json.loads(snapshot) if snapshot else None
    except ValueError:
        return snapshot
    if not isinstance(carried, list):
        return snapshot
    names = date_fields(m.ActionItem)
    for entry in carried:
        if isinstance(entry, dict):
            entry.update({k: shift_value(v, days) for k, v in entry.items() if k in names and isinstance(v, str)})
    return json.dumps(carried, ensure_ascii=False)
