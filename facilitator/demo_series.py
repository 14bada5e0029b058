"""The demo series: the demo session, a follow-up after 30 days and a second after 90 days, so
the dashboard shows a real trend on first start. Session files under resources/demo/, made by
tests/tools/make_demo_series.py. No Qt.

The files hold fixed dates. Laid for a user (`--demo`), the series is moved to the present: its
newest session was held about ten days ago, so its open actions are partly overdue, partly due
this week, and its agreements come up for review on the dashboard.

Session files carry no link to another session (ids belong to one workspace), so the series is
linked again by order when it is imported: each session follows the one imported before it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from facilitator.domain.dates import quarter_before, shift_dates
from facilitator.domain.model import SessionData

if TYPE_CHECKING:
    from facilitator.session import SessionService

SERIES_LENGTH = 3
#: The newest session of a demo laid today was held about this many days ago.
HELD_DAYS_AGO = 10


def demo_series(lang: str, today: dt.date | None = None) -> list[SessionData]:
    """The three sessions in `lang` ("en" or "de"; others get English), oldest first.

    With `today`, every date is moved so the newest session lies about ten days before it (see
    `days_to_present`), and the missed quarter the series is about becomes the one that ended
    before the first session (the prose says "last quarter"); without, the dates
    and the quarter are the files' own.
    """
    from facilitator.export.session_file import loads
    from facilitator.resources import read_text

    lang = lang if lang in ("en", "de") else "en"
    series = [loads(read_text("demo", f"series-{lang}-{n}.json")) for n in range(1, SERIES_LENGTH + 1)]
    for data in series:
        data.session.lang = lang  # their minutes default to the language they were held in
    if today is not None:
        days = days_to_present(dt.date.fromisoformat(series[-1].session.date), today)
        for data in series:
            shift_dates(data, days)
        missed = quarter_before(dt.date.fromisoformat(series[0].session.date))
        for data in series:  # a follow-up carries the first session's trigger
            if data.session.trigger_quarter:
                data.session.trigger_quarter = missed
    return series


def days_to_present(newest: dt.date, today: dt.date) -> int:
    """Days to add so `newest` falls about HELD_DAYS_AGO before `today`.

    Whole weeks, so every date keeps the weekday it was written on (sessions on working days,
    the deal desk on Tuesdays); the newest session then lies 7 to 13 days back, and what the
    files make due 13 or 14 days after it is always due within the coming week.
    """
    return 7 * round((today - dt.timedelta(days=HELD_DAYS_AGO) - newest).days / 7)


def import_series(service: SessionService, series: list[SessionData]) -> list[int]:
    """Import sessions oldest first, each following the one before; returns their new ids."""
    ids: list[int] = []
    for data in series:
        data.session.follows_id = ids[-1] if ids else None
        ids.append(service.import_session(data).session_id)
    return ids
