"""Every colour of the app in one place, for four themes: system, light, dark and high contrast.

Colours are named by what they mean, not by hue: `warning` (an overrun, a failed save, strong
blame language), `caution` (private notes, soft blame language), the two sides and the shared
goal, the goal map's lines. The stylesheet resources/styles/app.qss writes them as `@warning`;
painting code asks `colors()`. "system" keeps the desktop's palette and picks the light or dark
set to match it; the other themes bring their own palette (on the Fusion style, which obeys it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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


LIGHT = Colors(
    dark=False,
    warning="#c62828",
    alarm="#c62828",
    on_alarm="#ffffff",
    caution="#9a5b00",
    soft_blame="#d08c00",
    strong_blame="#d32f2f",
    tint_alpha=0.14,
    sales="#1565c0",
    product="#6a1b9a",
    shared="#00695c",
    conflict="#c62828",
    dependency="#616161",
    reinforcing="#2e7d32",
    on_conflict="#ffffff",
    on_dependency="#ffffff",
)
DARK = Colors(
    dark=True,
    warning="#ff6b6b",
    alarm="#c62828",
    on_alarm="#ffffff",
    caution="#ffb74d",
    soft_blame="#ffb300",
    strong_blame="#ff5252",
    tint_alpha=0.24,
    sales="#64b5f6",
    product="#ce93d8",
    shared="#4db6ac",
    conflict="#ff6b6b",
    dependency="#a0a0a0",
    reinforcing="#66bb6a",
    on_conflict="#000000",
    on_dependency="#000000",
)
HIGH_CONTRAST = Colors(
    dark=True,
    warning="#ff8a8a",
    alarm="#ffff00",
    on_alarm="#000000",
    caution="#ffd600",
    soft_blame="#ffd600",
    strong_blame="#ff5c5c",
    tint_alpha=0.35,
    sales="#6ec6ff",
    product="#f48fff",
    shared="#64ffda",
    conflict="#ff6e6e",
    dependency="#ffffff",
    reinforcing="#69f0ae",
    on_conflict="#000000",
    on_dependency="#000000",
)

# The palettes of the themes that bring their own: role -> colour.
_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        QPalette.ColorRole.Window: "#f3f3f3",
        QPalette.ColorRole.WindowText: "#1d1d1d",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0f0f0",
        QPalette.ColorRole.Text: "#1d1d1d",
        QPalette.ColorRole.Button: "#e8e8e8",
        QPalette.ColorRole.ButtonText: "#1d1d1d",
        QPalette.ColorRole.Highlight: "#1565c0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#666666",
        QPalette.ColorRole.Mid: "#b0b0b0",
        QPalette.ColorRole.Midlight: "#dcdcdc",
        QPalette.ColorRole.ToolTipBase: "#ffffe0",
        QPalette.ColorRole.ToolTipText: "#1d1d1d",
        QPalette.ColorRole.Link: "#1565c0",
    },
    "dark": {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#383838",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d7fd1",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Mid: "#5a5a5a",
        QPalette.ColorRole.Midlight: "#444444",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.Link: "#64b5f6",
    },
    "high-contrast": {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#141414",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.PlaceholderText: "#d8d8d8",
        QPalette.ColorRole.Mid: "#ffffff",
        QPalette.ColorRole.Midlight: "#c0c0c0",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.Link: "#6ec6ff",
    },
}
_SETS = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}

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
    if _current in _SETS:
        return _SETS[_current]
    return DARK if is_dark(palette if palette is not None else QGuiApplication.palette()) else LIGHT


def palette(theme: str) -> QPalette | None:
    """The palette a theme brings; None for "system" (the desktop's)."""
    if theme not in _PALETTES:
        return None
    result = QPalette()
    for role, color in _PALETTES[theme].items():
        result.setColor(role, QColor(color))
    text = QColor(_PALETTES[theme][QPalette.ColorRole.PlaceholderText])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, text)  # greyed out, still readable
    return result


def fill(template: str, scheme: Colors | None = None) -> str:
    """A stylesheet with its @name colours filled in; an unknown name is a bug, so it raises."""
    scheme = scheme or colors()
    return re.sub(r"@([a-z_]+)", lambda m: str(getattr(scheme, m.group(1))), template)


def stylesheet(scheme: Colors | None = None) -> str:
    return fill(read_text("styles", "app.qss"), scheme)


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
