"""One place for colours (resources/styles/themes.json): four themes, readable text in each, no colour
hard-coded in the code or the stylesheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.ui import theme

ROOT = Path(__file__).resolve().parents[2]
Role = QPalette.ColorRole


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        channels = [(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in c.getRgbF()[:3]]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def restore_theme(qapp):
    yield
    theme.apply(qapp, "system")


def test_no_colour_is_hard_coded_outside_the_theme():
    colour = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*\d|QColor\(\"[a-z]+\"\)|rgba?\(\s*\d|\bwhite\b"
    )
    found = []
    for path in [*(ROOT / "facilitator" / "ui").rglob("*.py"), *(ROOT / "resources" / "styles").glob("*.qss")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if colour.search(line.split("  # ")[0]):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_theme_fills_every_colour_of_the_stylesheet(name, qapp, restore_theme):
    theme.apply(qapp, name)
    sheet = qapp.styleSheet()
    assert "@" not in sheet
    assert theme.colors().warning in sheet


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_a_theme_brings_its_palette_and_its_colours_follow(name, qapp, restore_theme):
    theme.apply(qapp, name)
    assert theme.current() == name
    assert QApplication.palette().color(Role.Window) == theme.palette(name).color(Role.Window)
    assert theme.colors().dark == theme.is_dark(QApplication.palette())


def test_system_keeps_the_desktop_palette_and_picks_light_or_dark_to_match(qapp, restore_theme):
    before = QApplication.palette().color(Role.Window)
    theme.apply(qapp, "dark")
    theme.apply(qapp, "system")
    assert QApplication.palette().color(Role.Window) == before
    assert theme.colors(theme.palette("dark")) == theme.scheme("dark")
    assert theme.colors(theme.palette("light")) == theme.scheme("light")


def test_an_unknown_theme_in_the_settings_means_system():
    assert theme.choose("neon") == "system"
    assert theme.choose(None) == "system"


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_text_in_every_theme_is_readable(name):
    """WCAG AA (4.5:1) for warnings and notes on the page; AAA (7:1) for text in high contrast."""
    palette, scheme = theme.palette(name), theme.scheme(name)
    for background in (palette.color(Role.Window), palette.color(Role.Base)):
        for role in ("warning", "caution", "sales", "product", "shared", "conflict"):
            assert contrast(scheme.q(role), background) >= 4.5, (name, role)
    assert contrast(scheme.q("on_alarm"), scheme.q("alarm")) >= 4.5
    assert contrast(scheme.q("on_conflict"), scheme.q("conflict")) >= 3  # bold badge text
    assert contrast(scheme.q("on_dependency"), scheme.q("dependency")) >= 4.5
    if name == "high-contrast":
        assert contrast(palette.color(Role.Text), palette.color(Role.Base)) >= 7
        assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= 7


def menu_action(window, *path: str):
    """The action at View > Theme > Dark, as a user finds it in the menu bar."""
    actions = window.menuBar().actions()
    for text in path:
        [action] = [a for a in actions if a.text() == text]
        actions = action.menu().actions() if action.menu() else []
    return action


def test_view_theme_switches_the_open_window_and_is_remembered(qtbot, tmp_path, restore_theme):
    from PySide6.QtCore import QSettings

    from facilitator.ui.app import App

    app = App(QApplication.instance(), "en")
    qtbot.addWidget(app.window)
    try:
        assert app.open_workspace(tmp_path / "ws.facilitator", demo=True)
        session_id = app.window.ctx.data.session.id
        assert menu_action(app.window, "&View", "&Theme", "&System").isChecked()

        menu_action(app.window, "&View", "&Theme", "&High contrast").trigger()
        assert QApplication.palette().color(Role.Window) == QColor("#000000")
        assert theme.colors().alarm in QApplication.instance().styleSheet()  # the overrun timer's colour
        assert app.window.ctx.data.session.id == session_id  # the session stays open
        assert menu_action(app.window, "&View", "&Theme", "&High contrast").isChecked()
        assert QSettings().value("theme") == "high-contrast"  # the next start uses it too
    finally:
        app.release()
