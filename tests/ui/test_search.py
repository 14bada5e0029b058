"""Search everything from the home screen, by keyboard: Ctrl+F, type, arrow, Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from facilitator.demo import demo_session
from facilitator.domain import model as m
from facilitator.domain.search import SearchKind
from facilitator.ui.main_window import MainWindow
from facilitator.ui.search import HIT_ROLE, HTML_ROLE
from tests.ui.keyboard import show_active

SECRET = "Vertraulichkeitsvermerk"


@pytest.fixture
def window(qtbot, store):
    store.import_session(demo_session("en"))
    data = m.SessionData(
        session=m.Session(title="Pricing review"),
        agreements=[m.Agreement(id=1, text="Every discount above 20 % needs a deal desk review.")],
        private_notes=[m.PrivateNote(id=1, stage=5, text=f"Watch the deal desk tone. {SECRET}")],
    )
    store.import_session(data)
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(store)
    show_active(qtbot, win)
    yield win
    QSettings().remove("hide_private")


def _search(qtbot, window, text: str):
    show_active(qtbot, window)  # back from an earlier search dialog
    window.sessions.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sessions.filter)
    qtbot.keyClick(window.sessions.filter, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.sessions.search_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
    qtbot.keyClicks(dialog.field, text)
    qtbot.waitUntil(lambda: dialog._shown_query == text and not dialog._running)
    return dialog


def _rows(dialog) -> dict[str, list]:
    """Session title -> the hits listed under it."""
    model = dialog.model
    out = {}
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        out[group.data()] = [model.index(c, 0, group) for c in range(model.rowCount(group))]
    return out


def test_results_come_as_you_type_grouped_by_session_with_the_match_marked(qtbot, window):
    dialog = _search(qtbot, window, "deal desk")
    groups = _rows(dialog)
    assert set(groups) == {"Pricing review", demo_session("en").session.title}
    assert next(iter(groups)) == "Pricing review"  # the newest session first
    pricing = groups["Pricing review"]
    assert [(i.data(HIT_ROLE).stage, i.data(HIT_ROLE).kind) for i in pricing] == [
        (5, SearchKind.PRIVATE_NOTE),
        (6, SearchKind.AGREEMENT),
    ]
    assert "<b><u>deal</u></b> <b><u>desk</u></b>" in pricing[1].data(HTML_ROLE)
    private = [i for i in pricing if i.data(HIT_ROLE).private]
    assert len(private) == 1 and "private" in private[0].data() and SECRET in private[0].data()


def test_enter_opens_the_session_at_the_stage_of_the_match(qtbot, window):
    dialog = _search(qtbot, window, "discount")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.view
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_view
    assert window.ctx.data.session.title == "Pricing review"
    assert window.session_view.current == 6
    assert not dialog.isVisible()


def test_enter_in_the_field_opens_the_first_match_even_before_results_are_shown(qtbot, window):
    qtbot.keyClick(window.sessions.filter, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.sessions.search_dialog
    qtbot.keyClicks(dialog.field, "Northport")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # typed fast: no result shown yet
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session_view)
    assert window.ctx.data.session.title == demo_session("en").session.title


def test_private_notes_stay_out_while_hidden_for_a_shared_screen(qtbot, window):
    QSettings().setValue("hide_private", True)
    dialog = _search(qtbot, window, "deal desk")
    texts = [i.data() for items in _rows(dialog).values() for i in items]
    assert texts and not any(SECRET in t for t in texts)
    dialog.close()
    dialog = _search(qtbot, window, SECRET)
    assert dialog.model.rowCount() == 0 and dialog.status.text()


def test_nothing_found_and_odd_input_say_so(qtbot, window):
    dialog = _search(qtbot, window, 'qqq" OR (')
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Nothing found."
