"""`facilitator --demo` on whatever day it is started: the home screen's dashboard lists real work
(overdue and due this week) and agreements up for review, in English and in German."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from facilitator.ui import i18n
from facilitator.ui.app import App


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("en", "Actions due: 2 overdue, 2 this week"), ("de", "Fällige Aufgaben: 2 überfällig, 2 diese Woche")],
)
def test_the_demo_home_screen_shows_work_due_and_agreements_to_review(qtbot, tmp_path, monkeypatch, lang, heading):
    monkeypatch.setattr("facilitator.ui.app.QMessageBox.warning", lambda *a: pytest.fail(str(a)))
    language = i18n.language()
    app = App(QApplication.instance(), lang)
    qtbot.addWidget(app.window)
    try:
        assert app.open_workspace(tmp_path / "demo.facilitator", demo=True)
        app.window.show_sessions()  # the demo opens its first session; back to the home screen
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
    finally:
        app.release()
        i18n.install(language)  # the tests after this one read English
