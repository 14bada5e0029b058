"""The UI language: chosen once at start (or when the user switches), read by pages for content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.language import FALLBACK, LANGUAGES, from_locale
from facilitator.resources import resource_path

_current = FALLBACK
_installed: list[QTranslator] = []


def language() -> str:
    return _current


def date_format() -> str:
    """The one date format of the UI language, with four-digit years (Qt's pattern syntax)."""
    return "dd.MM.yyyy" if _current == "de" else "yyyy-MM-dd"


def choose(requested: str | None) -> str:
    """Explicit choice, else the system locale, limited to the languages we ship."""
    if requested in LANGUAGES:
        return requested
    return from_locale(QLocale.system().name())


def install(lang: str) -> None:
    """Load our translation and Qt's own (for standard buttons) into the running application."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang
    QLocale.setDefault(QLocale(lang))
    if lang == FALLBACK:  # the source strings are in the fallback language
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"facilitator_{lang}.qm"))):
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
