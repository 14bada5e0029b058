"""The languages we ship, and which one to speak: explicit choice, else the system's.

LANGUAGES is the one list: the CLI's --lang choices, View > Language, the export dialog and
the UI's translations all read it. A new language adds its line here, its .ts/.qm file and its
labels (resources/templates/labels.json)."""

from __future__ import annotations

import os

# code -> name in that language (how its speakers find it in a menu); the first is the fallback
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
FALLBACK = next(iter(LANGUAGES))


def from_locale(name: str) -> str:
    """A locale name (de_AT.UTF-8, de-CH, en:de) -> a language we ship, else the fallback."""
    code = name.split(":")[0].replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else FALLBACK


def system_language() -> str:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return from_locale(value)
    return FALLBACK


def resolve(requested: str | None) -> str:
    return requested if requested in LANGUAGES else system_language()
