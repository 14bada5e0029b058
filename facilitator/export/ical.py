"""Action items as iCalendar to-dos (RFC 5545), written by hand: the format is small and strict."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime

from facilitator import __version__
from facilitator.domain import model as m
from facilitator.export.context import format_date, labels

#: Namespace for UIDs: the same action item in the same workspace always gets the same UID,
#: so exporting again updates the to-dos in a calendar instead of duplicating them.
UID_NAMESPACE = uuid.UUID("5b0e7f8e-2d4c-4a51-9d7e-3c1f0a6b8e42")

STATUS = {
    m.ActionStatus.OPEN: "NEEDS-ACTION",
    m.ActionStatus.IN_PROGRESS: "IN-PROCESS",
    m.ActionStatus.BLOCKED: "NEEDS-ACTION",
    m.ActionStatus.DONE: "COMPLETED",
    m.ActionStatus.DROPPED: "CANCELLED",
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


def action_uid(session: m.Session, action: m.ActionItem) -> str:
    """Stable across exports: derived from the session's identity and the action's id."""
    identity = f"{session.created}|{session.id}|{action.id}" if action.id else f"{session.created}|{action.text}"
    return f"{uuid.uuid5(UID_NAMESPACE, identity)}@facilitator"


def _due(value: str) -> str | None:
    try:
        return date.fromisoformat(value).strftime("%Y%m%d") if value else None
    except ValueError:
        return None


def calendar(data: m.SessionData, lang: str = "en", now: datetime | None = None) -> str:
    """One VCALENDAR with one VTODO per action item, CRLF line ends."""
    words = labels(lang)
    enums = words["enums"]
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    s = data.session
    session_line = f"{s.title}, {format_date(s.date, lang)}" if s.date else s.title
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Facilitator//Facilitator {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(words['actions'] + ': ' + s.title)}",
    ]
    for action in data.action_items:
        owner = data.participant(action.owner_id)
        agreement = data.agreement(action.agreement_id)
        details = [
            f"{words['owner']}: {owner.name} ({enums['side'][owner.side.value]})"
            if owner
            else f"{words['owner']}: {words['unassigned']}",
            f"{words['status']}: {enums['action_status'][action.status.value]}",
        ]
        if agreement:
            details.append(f"{words['agreement']}: {agreement.text}")
        details.append(f"{words['session']}: {session_line}")
        lines += [
            "BEGIN:VTODO",
            f"UID:{action_uid(s, action)}",
            f"DTSTAMP:{stamp}",
            f"SUMMARY:{escape_text(action.text)}",
            f"DESCRIPTION:{escape_text(chr(10).join(details))}",
        ]
        due = _due(action.due)
        if due:
            lines.append(f"DUE;VALUE=DATE:{due}")
        lines.append(f"STATUS:{STATUS[action.status]}")
        if action.status is m.ActionStatus.DONE:
            lines.append("PERCENT-COMPLETE:100")
        lines.append("END:VTODO")
    lines.append("END:VCALENDAR")
    return _join(lines)


def _join(lines: Iterable[str]) -> str:
    return "".join(fold(line) + "\r\n" for line in lines)
