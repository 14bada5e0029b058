"""The dashboard beside the session list: due work across sessions, marked done by keyboard, and
the charts of a series."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from facilitator.domain import model as m
from facilitator.session import SessionService
from facilitator.ui.session_list import SessionList
from tests.test_followup import closed_session
from tests.ui.keyboard import assert_mnemonics_unique, show_active

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def series(store):
    """A closed first session with pulse before/after, and its follow-up with a follow-up pulse."""
    service = SessionService(store)
    first = closed_session(store)
    for who, before, after in ((1, 2, 4), (2, 3, 5)):
        pid = first.participants[who - 1].id
        service.add_pulse_response(first.session.id, m.PulsePhase.BEFORE, "shared_goal", before, pid)
        service.add_pulse_response(first.session.id, m.PulsePhase.AFTER, "shared_goal", after, pid)
    follow_id = service.follow_up(first.session.id, date="2026-11-13").session_id
    service.add_pulse_response(follow_id, m.PulsePhase.FOLLOWUP, "shared_goal", 6)
    desk = store.load(follow_id).agreements[0]
    service.review_agreement(follow_id, desk.id, m.Kept.YES)
    return first.session.id, follow_id


def home(qtbot, store):
    page = SessionList()
    qtbot.addWidget(page)
    page.store = store
    page.refresh()
    page.show_dashboard(TODAY)
    page.resize(1280, 800)
    show_active(qtbot, page)
    return page


def test_due_actions_show_owner_and_session_and_are_marked_done_by_keyboard(qtbot, store, series):
    _first, follow_id = series
    page = home(qtbot, store)
    dash = page.dashboard
    model = dash.actions
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    # Carried over into the follow-up: listed once, under the follow-up, overdue since 28 October.
    assert rows == [["2026-10-28", "Draft the intake form", "Ben", "Q3 escalation"]]
    assert model.overdue == 1 and "1 overdue, 0 this week" in dash.actions_heading.text()
    assert [dash.reviews.item(i).text() for i in range(dash.reviews.count())] == []  # reviewed in the follow-up

    dash.actions_view.setFocus()
    dash.actions_view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(dash.actions_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 0
    (action,) = [a for a in store.load(follow_id).action_items if a.text == "Draft the intake form"]
    assert action.status == m.ActionStatus.DONE

    other = closed_session(store, "Deal desk pilot", "2026-09-01")  # its agreement is due for review
    page.refresh()
    dash.refresh(page.model.sessions, TODAY)
    items = [dash.reviews.item(i).text() for i in range(dash.reviews.count())]
    assert items == ["2026-11-13 · Deal desk on Mondays · Deal desk pilot"]
    dash.reviews.setFocus()
    dash.reviews.setCurrentRow(0)
    with qtbot.waitSignal(page.open_requested) as opened:  # Enter opens the session it came from
        qtbot.keyClick(dash.reviews, Qt.Key.Key_Return)
    assert opened.args == [other.session.id]


def test_charts_of_a_series_show_pulse_escalation_and_agreements_kept(qtbot, store, series):
    first_id, _follow_id = series
    page = home(qtbot, store)
    dash = page.dashboard
    assert dash.series_choice.count() == 1 and dash.series_choice.currentData() == first_id
    assert "2 sessions" in dash.series_choice.currentText()
    pulse = dash.charts["pulse"].chart()
    points = {
        s.name(): [(p.x(), p.y()) for p in s.points()] for s in pulse.series() if s.type() == s.type().SeriesTypeLine
    }
    assert points == {"Before": [(0, 2.5)], "After": [(0, 4.5)], "Follow-up": [(1, 6.0)]}
    kept = dash.charts["kept"].chart().series()[0]
    assert [(p.x(), p.y()) for p in kept.points()] == [(1, 100.0)]
    assert "+3.5" in dash.trend_label.text()


def test_no_series_yet_says_how_to_start_one(qtbot, store):
    store.create_session("Alone")
    page = home(qtbot, store)
    assert page.dashboard.no_series.isVisibleTo(page)
    assert page.dashboard.actions.rowCount() == 0
    assert_mnemonics_unique(page)  # the list's buttons and "Mark done" beside them
