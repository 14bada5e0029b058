"""Everything that leaves the room: minutes, action items and the session file.

Importing this package is cheap: Jinja2, jsonschema and Qt are imported only when an export
of the kind that needs them runs. The CLI and the UI call `export_session`; the UI may call
`render` to copy Markdown to the clipboard. Private facilitator notes reach only the JSON
session file, and only with `include_private=True`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from facilitator.domain.model import SessionData
from facilitator.export.files import ExportError, write_atomic

FORMATS = ("md", "pdf", "csv", "ics", "checklist", "json")
#: Formats whose layout comes from a Jinja2 template that a user may replace.
TEMPLATED = ("md", "pdf", "checklist")
EXTENSIONS = {"md": ".md", "pdf": ".pdf", "csv": ".csv", "ics": ".ics", "checklist": ".md", "json": ".json"}

__all__ = ["EXTENSIONS", "FORMATS", "ExportError", "export_session", "render", "suggested_filename"]


def render(
    data: SessionData,
    fmt: str,
    lang: str | None = None,
    template: Path | str | None = None,
    include_private: bool = False,
    page_size: str = "A4",
    series: list | None = None,
    templates: Iterable[Any] = (),
) -> bytes:
    """The export as the bytes of its file (text formats as UTF-8). Only JSON honours `include_private`:
    a full backup, with private notes and the workspace's own `templates`.

    Without `lang`, the words are in the session's language (English if it is not known).
    `series`: for a follow-up, `Store.series_figures(id)`: the minutes (md, pdf) show the trend.
    """
    if lang is None:
        from facilitator.public import session_language

        lang = session_language(data) or "en"
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    if template is not None and fmt not in TEMPLATED:
        raise ExportError(f"a template can be used only with the formats {', '.join(TEMPLATED)}, not {fmt}")
    if fmt == "pdf":
        from facilitator.export.pdf import render_pdf

        return render_pdf(data, lang, page_size, template, series)
    if fmt == "json":
        from facilitator.export.session_file import dumps, to_document

        return dumps(to_document(data, include_private=include_private, templates=templates)).encode("utf-8")

    from facilitator.export import minutes

    if fmt == "md":
        text = minutes.render_markdown(data, lang, template, series)
    elif fmt == "checklist":
        text = minutes.actions_checklist(data, lang, template)
    elif fmt == "csv":
        text = minutes.actions_csv(data, lang)
    else:
        text = minutes.actions_ics(data, lang)
    return text.encode("utf-8")


def export_session(
    data: SessionData,
    fmt: str,
    path: Path | str | None,
    lang: str | None = None,
    template: Path | str | None = None,
    include_private: bool = False,
    page_size: str = "A4",
    series: list | None = None,
    templates: Iterable[Any] = (),
) -> Path | None:
    """Export `data` as `fmt` to `path` (written atomically, mode 0600), or to stdout if None.

    Everything is rendered before anything is written, so a broken template or bad input
    leaves an existing file untouched. Raises ExportError with a message for the user.
    """
    payload = render(data, fmt, lang, template, include_private, page_size, series=series, templates=templates)
    if path is None:
        sys.stdout.flush()
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:  # a text-only stdout (e.g. redirected in tests)
            sys.stdout.write(payload.decode("utf-8", errors="replace"))
        else:
            stream.write(payload)  # UTF-8 whatever the console's encoding
            stream.flush()
        return None
    return write_atomic(path, payload)


def suggested_filename(data: SessionData, fmt: str, lang: str = "en") -> str:
    """A file name for a save dialog: "2026-10-06 Q3 reset - minutes.pdf"."""
    words = {"en": ("minutes", "actions", "session"), "de": ("Protokoll", "Aufgaben", "Sitzung")}
    minutes_word, actions_word, session_word = words.get(lang, words["en"])
    kind = {"md": minutes_word, "pdf": minutes_word, "json": session_word}.get(fmt, actions_word)
    title = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in data.session.title)
    title = " ".join(title.split())[:60].strip(" .") or session_word
    stem = " ".join(part for part in (data.session.date, title, "-", kind) if part)
    return stem + EXTENSIONS.get(fmt, "")
