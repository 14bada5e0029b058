"""`facilitator --demo` on whatever day it is started: the home screen's dashboard lists real work
(overdue and due this week) and agreements up for review, in English and in German."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from facilitator.ui import i18n
from facilitator.ui.app import App


@contextlib.contextmanager
def demo_app(qtbot, tmp_path, monkeypatch, lang: str, size: tuple[int, int] | None = None):
    """The app on a fresh demo workspace, at the home screen; English again afterwards."""
    monkeypatch.setattr("facilitator.ui.app.QMessageBox.warning", lambda *a: pytest.fail(str(a)))
    language = i18n.language()
    app = App(QApplication.instance(), lang)
    qtbot.addWidget(app.window)
    try:
        assert app.open_workspace(tmp_path / "demo.facilitator", demo=True)
        if size:
            app.window.resize(*size)
            app.window.show()
        app.window.show_sessions()  # the demo opens its first session; back to the home screen
        yield app
    finally:
        app.release()
        i18n.install(language)  # the tests after this one read English


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("en", "Actions due: 2 overdue, 2 this week"), ("de", "Fällige Aufgaben: 2 überfällig, 2 diese Woche")],
)
def test_the_demo_home_screen_shows_work_due_and_agreements_to_review(qtbot, tmp_path, monkeypatch, lang, heading):
    with demo_app(qtbot, tmp_path, monkeypatch, lang) as app:
        page = app.window.sessions
        qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.actions.rowCount() > 0)
        dash = page.dashboard
        assert dash.actions_heading.text() == heading  # real time: the demo is laid relative to today
        today = dt.date.today().isoformat()
        dues = [action.due for action in dash.actions.rows]
        assert all(d < today for d in dues[:2]) and all(d >= today for d in dues[2:])  # overdue first
        shown = dash.actions.index(0, 0).data()  # written as the session list writes dates, never cut
        assert shown == dt.date.fromisoformat(dues[0]).strftime("%d.%m.%Y" if lang == "de" else "%Y-%m-%d")
        assert dash.actions_view.columnWidth(0) > dash.actions_view.fontMetrics().horizontalAdvance(shown)
        larger = QFont(app.window.font())
        larger.setPointSizeF(larger.pointSizeF() * 1.5)
        app.window.setFont(larger)  # a larger font still fits the whole date
        assert dash.actions_view.columnWidth(0) > dash.actions_view.fontMetrics().horizontalAdvance(shown)
        assert dash.reviews.count() == 2
        newest = max(s.date for s in app.store.sessions())
        assert newest < today  # no session in the future
        assert dash.series_choice.count() == 1  # one series, its charts beside


def test_the_german_series_choice_fits_with_its_dates_whole_and_its_title_as_tooltip(qtbot, tmp_path, monkeypatch):
    """At 1280x800 the long German title is shortened; the dates that tell series apart are not."""
    with demo_app(qtbot, tmp_path, monkeypatch, "de", size=(1280, 800)) as app:
        page = app.window.sessions
        qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.series_choice.count() == 1)
        choice = page.dashboard.series_choice
        qtbot.waitUntil(lambda: choice.isVisible() and choice.width() > 0)
        title = min(app.store.sessions(), key=lambda s: s.date).title
        assert title == "Quartal verfehlt – Vertrieb und Produkt an einem Tisch"
        shown = choice.shown_text()  # what the box paints
        assert choice.fontMetrics().horizontalAdvance(shown) <= choice.text_width()  # nothing cut by the box
        assert shown.startswith("Quartal verfehlt") and "…" in shown  # the title shortened, the dates whole
        assert re.search(r"\(3 Sitzungen, \S+ ’\d\d bis \S+ ’\d\d\)$", shown)
        assert choice.toolTip() == f"{title} " + shown[shown.index("(3 Sitzungen") :]  # the whole title on hover
        app.window.resize(1900, 800)  # room enough: the whole title again
        qtbot.waitUntil(lambda: choice.shown_text() == choice.toolTip())


def test_on_a_720_pixel_screen_three_due_actions_show_and_the_charts_still_fit(qtbot, tmp_path, monkeypatch):
    """A 1280x720 laptop: the due actions are the work, they must not shrink to one row behind the charts."""
    with demo_app(qtbot, tmp_path, monkeypatch, "de", size=(1280, 720)) as app:
        page = app.window.sessions
        qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.series_choice.count() == 1)
        dash = page.dashboard
        qtbot.waitUntil(lambda: all(view.isVisible() for view in dash.charts.values()))
        assert app.window.height() <= 720  # nothing pushed below the screen's edge
        view = dash.actions_view
        assert view.viewport().height() >= 3 * view.rowHeight(0)
        assert dash.reviews.viewport().height() >= 3 * dash.reviews.fontMetrics().lineSpacing()
        bottom = dash.mapTo(app.window, dash.rect().bottomLeft()).y()
        for chart in dash.charts.values():
            assert chart.mapTo(app.window, chart.rect().bottomLeft()).y() <= bottom  # every chart whole
