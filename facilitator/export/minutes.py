"""Minutes (Markdown, HTML for the PDF) and action items (CSV, iCalendar, Markdown checklist).

All of them are built from the MINUTES projection (`facilitator.public`, through
`context.build_context`): no private notes, statements only as their confirmed reframe and
never attributed, consent as counts.
Jinja2 is imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from facilitator.domain.model import SessionData
from facilitator.export.context import build_context, labels

#: Cells starting with these are formulas to Excel and LibreOffice (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_markdown(
    data: SessionData, lang: str = "en", template: Path | str | None = None, series: list | None = None
) -> str:
    """The minutes as Markdown; `template` is a user's Jinja2 file used instead of ours.

    `series`: the trend figures of a follow-up's series (`Store.series_figures`), or None.
    """
    from facilitator.export.templating import render

    return render("md", "minutes.md.j2", build_context(data, lang, series), template)


def render_html(
    data: SessionData, lang: str = "en", template: Path | str | None = None, series: list | None = None
) -> str:
    """The minutes as HTML (autoescaped), laid out for the PDF."""
    return render_html_with_context(data, lang, template, series)[0]


def render_html_with_context(
    data: SessionData, lang: str = "en", template: Path | str | None = None, series: list | None = None
) -> tuple[str, dict]:
    """The HTML and the context it was made from (the PDF draws the context's charts)."""
    from facilitator.export.templating import render

    context = build_context(data, lang, series)
    return render("html", "minutes.html.j2", context, template), context


def actions_checklist(data: SessionData, lang: str = "en", template: Path | str | None = None) -> str:
    """Action items as a Markdown checklist (`- [ ]` / `- [x]`) with owner and due date."""
    from facilitator.export.templating import render

    return render("md", "checklist.md.j2", build_context(data, lang), template)


def _cell(value: str) -> str:
    """Text stays text in a spreadsheet: a leading = + - @ would start a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def actions_csv(data: SessionData, lang: str = "en") -> str:
    """One row per action item, with a header row, UTF-8 with BOM so Excel keeps the umlauts.

    German exports use `;` as the separator, as Excel does in German locales; English ones `,`.
    """
    words = labels(lang)
    context = build_context(data, lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang == "de" else ",", lineterminator="\r\n")
    columns = ("action", "owner", "side", "due_date", "status", "evidence", "agreement", "session")
    writer.writerow([words[key] for key in columns])
    for action in context["actions"]:
        owner = action["owner"]
        writer.writerow(
            [
                _cell(action["text"]),
                _cell(owner["name"]) if owner else "",
                owner["side_label"] if owner else "",
                action["due"],
                action["status_label"],
                _cell(action["evidence"]),
                _cell(action["agreement"] or ""),
                _cell(context["session"]["title"]),
            ]
        )
    return "\ufeff" + buffer.getvalue()


def actions_ics(data: SessionData, lang: str = "en", now: datetime | None = None) -> str:
    """Action items as iCalendar VTODOs (RFC 5545) with stable UIDs; `now` sets DTSTAMP."""
    from facilitator.export.ical import calendar

    return calendar(data, lang, now)
