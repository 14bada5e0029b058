"""The demo session, kept as session files under resources/demo/ and read like a user's file.

A closed Sales-vs-Product session in which every stage is filled in (a B2B SaaS company that
missed last quarter's new-ARR target by 18 %), in English and German. The files are the documented
session-file format with private notes included, so the demo shows the cockpit fully; they go
through `session_file.loads`, the same validation a user's import gets.

The files hold fixed dates (the session on 2026-10-14), and their prose tells time relatively
("last quarter", "two days before quarter end"): laid for a user, the session is moved into the
present like the demo series (`dates.to_present`), so its open actions are due about now.
"""

from __future__ import annotations

import datetime as dt

from facilitator.domain.dates import to_present
from facilitator.domain.model import SessionData
from facilitator.language import LANGUAGES
from facilitator.resources import read_text


def demo_language(lang: str | None) -> str:
    """ "de", "de-DE" or "de_AT" -> "de"; anything we have no demo for -> "en"."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else "en"


def demo_session(lang: str | None = "en", today: dt.date | None = None) -> SessionData:
    """A fresh copy of the demo session in `lang`, validated like any imported file; with
    `today`, held about ten days before it (without, on the file's own dates)."""
    from facilitator.export.session_file import loads  # jsonschema is slow to import: only on use

    code = demo_language(lang)
    data = loads(read_text("demo", f"demo-{code}.json"))
    data.session.lang = code  # its minutes default to the language it was held in
    if today is not None:
        to_present([data], today)
    return data
