"""The demo session, kept as session files under resources/demo/ and read like a user's file.

A closed Sales-vs-Product session in which every stage is filled in (a B2B SaaS company that
missed its Q3 2026 new-ARR target by 18 %), in English and German. The files are the documented
session-file format with private notes included, so the demo shows the cockpit fully; they go
through `session_file.loads`, the same validation a user's import gets.
"""

from __future__ import annotations

from facilitator.domain.model import SessionData
from facilitator.language import LANGUAGES
from facilitator.resources import read_text


def demo_language(lang: str | None) -> str:
    """ "de", "de-DE" or "de_AT" -> "de"; anything we have no demo for -> "en"."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else "en"


def demo_session(lang: str | None = "en") -> SessionData:
    """A fresh copy of the demo session in `lang`, validated like any imported file."""
    from facilitator.export.session_file import loads  # jsonschema is slow to import: only on use

    code = demo_language(lang)
    data = loads(read_text("demo", f"demo-{code}.json"))
    data.session.lang = code  # its minutes default to the language it was held in
    return data
