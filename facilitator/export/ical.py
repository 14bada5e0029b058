"""Action items as iCalendar to-dos, and the follow-up date as an event (RFC 5545), written by
hand: the format is small and strict.

Each to-do's UID is the one stored with the action (it survives a session file's export and
import), so a calendar updates its to-dos on a second import instead of duplicating them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from facilitator import __version__
from facilitator.domain import model as m
from facilitator.export.context import format_date, labels
from facilitator.public import Audience, project

#: Longer first lines are cut in SUMMARY (calendar lists show one line); DESCRIPTION has it all.
SUMMARY_CHARS = 80

STATUS = {
    m.ActionStatus.OPEN.value: "NEEDS-ACTION",
    m.ActionStatus.IN_PROGRESS.value: "IN-PROCESS",
    m.ActionStatus.BLOCKED.value: "NEEDS-ACTION",
    m.ActionStatus.DONE.value: "COMPLETED",
    m.ActionStatus.DROPPED.value: "CANCELLED",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # not allowed in TEXT values (RFC 5545 3.3.11)


def escape_text(value: str) -> str:
    """A TEXT property value: backslash, semicolon, comma and line breaks escaped."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,"))
    return text.replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at 75 octets (CRLF + space), never inside a UTF-8 sequence."""
    if len(line.encode("utf-8")) <= limit:
        return line
    parts, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size = [], 1  # continuation lines start with one space
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _due(value: str) -> str | None:
    try:
        return date.fromisoformat(value).strftime("%Y%m%d") if value else None
    except ValueError:
        return None


def _utc(value: str) -> str | None:
    """An ISO timestamp as an iCalendar UTC DATE-TIME, or None if it is not one."""
    try:
        moment = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _summary(text: str) -> str:
    """The first line of an action, shortened: SUMMARY is a title; the whole text goes into DESCRIPTION."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= SUMMARY_CHARS else first[: SUMMARY_CHARS - 1].rstrip() + "…"


def calendar(data: m.SessionData, lang: str = "en", now: datetime | None = None) -> str:
    """One VCALENDAR with one VTODO per action item, CRLF line ends; built from the MINUTES projection.

    Without action items it is still a valid calendar (VCALENDAR needs no component to parse).
    """
    view = project(data, Audience.MINUTES)
    words = labels(lang)
    enums = words["enums"]
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    session_line = f"{view.title}, {format_date(view.date, lang)}" if view.date else view.title
    agreements = {a.number: a for a in view.agreements}
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Facilitator//Facilitator {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(words['actions'] + ': ' + view.title)}",
    ]
    for action in view.actions:
        owner = action.owner
        details = [action.text.strip(), ""]
        details.append(
            f"{words['owner']}: {owner.name} ({enums['side'][owner.side]})"
            if owner
            else f"{words['owner']}: {words['unassigned']}"
        )
        details.append(f"{words['status']}: {enums['action_status'][action.status]}")
        if action.evidence.strip():
            details.append(f"{words['evidence']}: {action.evidence.strip()}")
        if action.agreement:
            details.append(f"{words['agreement']}: {agreements[action.agreement].text}")
        details.append(f"{words['session']}: {session_line}")
        lines += [
            "BEGIN:VTODO",
            f"UID:{escape_text(action.uid)}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{action.sequence}",
        ]
        modified = _utc(action.modified)
        if modified:
            lines.append(f"LAST-MODIFIED:{modified}")
        lines += [
            f"SUMMARY:{escape_text(_summary(action.text))}",
            f"DESCRIPTION:{escape_text(chr(10).join(details))}",
        ]
        due = _due(action.due)
        if due:
            lines.append(f"DUE;VALUE=DATE:{due}")
        lines.append(f"STATUS:{STATUS[action.status]}")
        if action.status == m.ActionStatus.DONE.value:
            lines.append("PERCENT-COMPLETE:100")
        lines.append("END:VTODO")
    lines += _follow_up_event(view, words, stamp, session_line)
    lines.append("END:VCALENDAR")
    return _join(lines)


def _follow_up_event(view, words: dict, stamp: str, session_line: str) -> list[str]:
    """The follow-up date set at the close, as an all-day event naming who attended (where the
    session is not anonymous, the projection names them)."""
    day = _due(view.follow_up_date)
    if not day:
        return []
    names = [p.name for group in view.participants for p in group.people]
    details = [f"{words['session']}: {session_line}"]
    if names:
        details.append(", ".join(names))
    end = (date.fromisoformat(view.follow_up_date) + timedelta(days=1)).strftime("%Y%m%d")
    return [
        "BEGIN:VEVENT",
        f"UID:{escape_text(view.uid or 'follow-up-' + day + '@facilitator')}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day}",
        f"DTEND;VALUE=DATE:{end}",
        f"SUMMARY:{escape_text(words['follow_up_date'] + ': ' + view.title)}",
        f"DESCRIPTION:{escape_text(chr(10).join(details))}",
        "END:VEVENT",
    ]


def _join(lines: Iterable[str]) -> str:
    return "".join(fold(line) + "\r\n" for line in lines)
