"""Every colour of the app in one place, for four themes: system, light, dark and high contrast.

The colours themselves are in resources/styles/themes.json, named by what they mean, not by
hue: `warning` (an overrun, a failed save, strong blame language), `caution` (private notes, soft
blame language), the two sides and the shared goal, the goal map's lines. The stylesheet
resources/styles/app.qss writes them as `@warning`; painting code asks `colors()`. "system"
keeps the desktop's palette and picks the light or dark colours to match it; the other themes
bring their own palette (on the Fusion style, which obeys it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.resources import read_text

THEMES = ("system", "light", "dark", "high-contrast")


@dataclass(frozen=True)
class Colors:
    dark: bool
    warning: str  # text and borders that must be noticed: overrun, failed save, strong blame
    alarm: str  # a filled warning: the overrun timer's background
    on_alarm: str  # text on `alarm`
    caution: str  # private notes, soft blame language
    soft_blame: str  # underline of a soft blame marker
    strong_blame: str  # underline of a strong one
    tint_alpha: float  # how strongly `warning` tints a background (dissent, stop candidates)
    sales: str
    product: str
    shared: str
    conflict: str
    dependency: str
    reinforcing: str
    on_conflict: str  # text on a `conflict` badge
    on_dependency: str  # text on a `dependency` badge

    def q(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def tint(self, name: str = "warning", alpha: float | None = None) -> QColor:
        """A translucent background in one of the colours (e.g. a dissenting score's cell)."""
        color = self.q(name)
        color.setAlphaF(self.tint_alpha if alpha is None else alpha)
        return color

    @property
    def warning_tint(self) -> str:
        """`tint()` for a stylesheet."""
        c = self.tint("warning", self.tint_alpha / 2)
        return f"rgba({c.red()}, {c.green()}, {c.blue()}, {c.alphaF():.2f})"


@cache
def _themes() -> dict[str, dict]:
    """resources/styles/themes.json: each theme's palette and colours (designers edit the file)."""
    data = json.loads(read_text("styles", "themes.json"))
    return {name: data[name] for name in THEMES if name != "system"}


@cache
def scheme(name: str) -> Colors:
    """The colours of "light", "dark" or "high-contrast"."""
    return Colors(**_themes()[name]["colors"])


_current = "system"
_system: tuple[str, QPalette] | None = None  # the desktop's style and palette, to return to


def current() -> str:
    return _current


def choose(requested: object) -> str:
    """A theme we have (e.g. from the settings, which may hold anything), else "system"."""
    return requested if requested in THEMES else "system"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colors(palette: QPalette | None = None) -> Colors:
    """The colours of the current theme; under "system" those that suit `palette` (default: the app's)."""
    if _current != "system":
        return scheme(_current)
    return scheme("dark" if is_dark(palette if palette is not None else QGuiApplication.palette()) else "light")


def palette(theme: str) -> QPalette | None:
    """The palette a theme brings; None for "system" (the desktop's)."""
    if theme == "system":
        return None
    roles = _themes()[theme]["palette"]
    result = QPalette()
    for role, color in roles.items():
        result.setColor(QPalette.ColorRole[role], QColor(color))
    text = QColor(roles["PlaceholderText"])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, text)  # greyed out, still readable
    return result


def fill(template: str, scheme: Colors | None = None) -> str:
    """A stylesheet with its @name colours filled in; an unknown name is a bug, so it raises."""
    scheme = scheme or colors()
    return re.sub(r"@([a-z_]+)", lambda m: str(getattr(scheme, m.group(1))), template)


def stylesheet(scheme: Colors | None = None) -> str:
    return fill(read_text("styles", "app.qss"), scheme)


#: The application's property with its font size before any zoom.
UNZOOMED = "facilitator_unzoomed_pt"
_zoom = 1.0


def current_zoom() -> float:
    return _zoom


def zoom(app: QApplication, factor: float, window: QWidget | None = None) -> None:
    """Scale the app's type by `factor` (1.0: normal). The app's font, not one widget's: a style
    sheet keeps a widget's font from reaching the pages inside scroll areas, so setting it on the
    main window left the stages unzoomed. The room's screen sizes its text in pixels: it keeps
    its own."""
    global _zoom
    if factor == _zoom:
        return  # e.g. normal size at start: nothing to redo before the first paint
    base = app.property(UNZOOMED)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(UNZOOMED, base)
    font = app.font()
    font.setPointSizeF(base * factor)
    app.setFont(font)
    _zoom = factor
    if window is not None and app.styleSheet():
        # Widgets under a style sheet take a new application font only when polished again. Only
        # this window's: setting the app's sheet again polished every widget, a window being
        # closed included, and crashed Qt. (The sheet's own sizes, stage title and timer, stay.)
        window.setStyleSheet(f"/* zoom {factor} */")


def apply(app: QApplication, theme: str) -> None:
    """Switch the running app to a theme: palette (and Fusion style) unless "system", stylesheet."""
    global _current, _system
    _current = choose(theme)
    own = palette(_current)
    if own is not None:
        if _system is None:  # only now: style() costs ~10 ms before the first paint
            _system = (app.style().name(), app.palette())
        app.setStyle("Fusion")
        app.setPalette(own)
    elif _system is not None:
        app.setStyle(_system[0])
        app.setPalette(_system[1])
    app.setStyleSheet(stylesheet())
