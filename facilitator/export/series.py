"""The trend of a series for the minutes of a follow-up: the dashboard's figures that may be shared.

Built from `SessionFigures` (means and counts across sessions, never who answered what) into
plain values. The escalation estimate is left out: like everything the `public` projection
withholds, it is the facilitator's alone (the dashboard shows it on the CEO's screen only). The
Markdown template prints the figures as a table, the HTML template places one chart per figure,
and `export.charts` draws those into the PDF. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from facilitator.domain import model as m
from facilitator.domain import trends
from facilitator.export.context import format_date

#: The minutes show at most this many sessions of a series (the latest): a page is narrow.
MAX_SESSIONS = 8
PHASES = trends.PHASES  # in the order they are taken
#: Line colours of the charts, one per phase, and of the single-line charts.
COLORS = {"before": "#8d9aab", "followup": "#c07a12", "after": "#2f6db5", "kept": "#3d7a46"}


def series_context(points: list[trends.SessionFigures], lang: str, words: dict[str, Any]) -> dict[str, Any] | None:
    """What the templates get as `series`; None for a session that follows no other."""
    if len(points) < 2:
        return None
    points = points[-MAX_SESSIONS:]
    enums = words["enums"]
    dates = [format_date(p.date, lang, "short") for p in points]
    months = [_month(p.date, words) for p in points]  # on a chart's narrow axis: "Oct 2026"
    pulse_rows, charts = [], []
    for item in m.PULSE_ITEMS:
        lines = trends.pulse_series(points, item)
        if not any(lines.values()):
            continue
        label = words["series_pulse_item"][item]  # short: a row heading and a chart title
        for phase in PHASES:
            if lines[phase]:
                values = _by_position(lines[phase], len(points))
                pulse_rows.append(
                    {"item": item, "label": label, "phase_label": enums["pulse_phase"][phase], "means": values}
                )
        charts.append(
            _chart(
                f"pulse_{item}",
                label,
                months,
                [(enums["pulse_phase"][p], COLORS[p.value], lines[p]) for p in PHASES if lines[p]],
                (1, 7),
            )
        )
    kept = [(x, 100 * share) for x, share in trends.kept_series(points)]
    # Whether agreements were kept comes first: it is what a follow-up is for.
    charts.insert(
        0, _chart("kept", words["series_kept"], months, [(words["series_kept"], COLORS["kept"], kept)], (0, 100))
    )
    return {
        "count": len(points),
        "dates": dates,
        "kept": _by_position(kept, len(points)),
        "pulse": pulse_rows,
        "charts": charts,
    }


def _by_position(line: list[tuple[int, float]], count: int) -> list[float | None]:
    """A line's values by position in the series, None where a session has none (a table row)."""
    values: list[float | None] = [None] * count
    for x, y in line:
        values[x] = y
    return values


def _chart(key: str, title: str, dates: list[str], lines: list[tuple[str, str, list]], bounds: tuple[int, int]):
    return {
        "id": key,
        "title": title,
        "x_labels": dates,
        "lines": [
            {"label": label, "color": color, "points": [list(p) for p in points]} for label, color, points in lines
        ],
        "y_min": bounds[0],
        "y_max": bounds[1],
        "percent": bounds == (0, 100),
    }


def _month(iso: str, words: dict[str, Any]) -> str:
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return f"{words['months_short'][day.month - 1]} {day.year}"
