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

from facilitator.domain.dates import to_present
from facilitator.domain.model import SessionData

if TYPE_CHECKING:
    from facilitator.session import SessionService

SERIES_LENGTH = 3


def demo_series(lang: str, today: dt.date | None = None) -> list[SessionData]:
    """The three sessions in `lang` ("en" or "de"; others get English), oldest first.

    With `today`, every date is moved so the newest session lies about ten days before it, and
    the missed quarter the series is about becomes the one that ended before the first session
    (`dates.to_present`; the prose says "last quarter"); without, the dates and the quarter are
    the files' own.
    """
    from facilitator.export.session_file import loads
    from facilitator.resources import read_text

    lang = lang if lang in ("en", "de") else "en"
    series = [loads(read_text("demo", f"series-{lang}-{n}.json")) for n in range(1, SERIES_LENGTH + 1)]
    for data in series:
        data.session.lang = lang  # their minutes default to the language they were held in
    if today is not None:
        to_present(series, today)
    return series


def import_series(service: SessionService, series: list[SessionData]) -> list[int]:
    """Import sessions oldest first, each following the one before; returns their new ids."""
    ids: list[int] = []
    for data in series:
        data.session.follows_id = ids[-1] if ids else None
        ids.append(service.import_session(data).session_id)
    return ids
