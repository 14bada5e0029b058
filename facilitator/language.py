"""Which language to speak: explicit choice, else the system's (German or English)."""

from __future__ import annotations

import os

LANGUAGES = ("en", "de")


def system_language() -> str:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def resolve(requested: str | None) -> str:
    return requested if requested in LANGUAGES else system_language()
