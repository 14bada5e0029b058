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
    filler = [m.Agreement(id=n, text=f"Working agreement number {n}") for n in range(2, 26)]
    data = m.SessionData(
        session=m.Session(title="Pricing review", trigger_text="Margins fell after the zqsurge of rebates"),
        participants=[m.Participant(id=1, name="Ana"), m.Participant(id=2, name="Ben")],
        statements=[m.Statement(id=1, stage=2, raw_text="Sales never asks", reframe_text="We need the zqintake early")],
        working_practices=[m.WorkingPractice(id=1, side=m.Side.PRODUCT, current="Roadmap zqfreeze each quarter")],
        agreements=[
            m.Agreement(id=1, text="Every discount above 20 % needs a deal desk review."),
            *filler,
            m.Agreement(id=30, text="Quarterly pricing check", concern="Finance has no zqseat at the table"),
        ],
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


def _open_by_keyboard(qtbot, window, text: str):
    """Ctrl+F, type, Down to the first result, Enter: the session opens at the match."""
    dialog = _search(qtbot, window, text)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.session_view)
    show_active(qtbot, window)  # the dialog has closed: the keyboard is the window's again
    return window.session_view


@pytest.mark.parametrize(
    ("query", "stage", "text"),
    [
        ("zqseat", 6, "Quarterly pricing check"),  # a concern: its agreement, the last of 26 rows
        ("discount", 6, "Every discount above 20 % needs a deal desk review."),
        ("zqintake", 2, "Sales never asks"),  # a reframe: the statement's row
    ],
)
def test_enter_opens_the_stage_with_the_row_found_selected_focused_and_in_view(qtbot, window, query, stage, text):
    view = _open_by_keyboard(qtbot, window, query)
    assert view.current == stage
    table = window.focusWidget()
    index = table.currentIndex()
    entity = table.model().entity(index.row())
    assert text == getattr(entity, "text", None) or text == getattr(entity, "raw_text", None)
    area = table.parentWidget()
    while not hasattr(area, "ensureWidgetVisible"):
        area = area.parentWidget()
    page = area.widget()

    def row_in_view() -> bool:
        rect = table.visualRect(index)
        top = table.viewport().mapTo(page, rect.topLeft()).y() - area.verticalScrollBar().value()
        return top >= 0 and top + rect.height() <= area.viewport().height()

    qtbot.waitUntil(row_in_view)


def test_enter_on_a_practice_selects_its_cell_in_the_grid(qtbot, window):
    view = _open_by_keyboard(qtbot, window, "zqfreeze")
    assert view.current == 4
    grid = window.focusWidget()
    assert grid is view.page(4).grid
    assert grid.model().practice(grid.currentIndex()).current == "Roadmap zqfreeze each quarter"


def test_enter_on_a_typed_text_puts_the_cursor_in_its_field(qtbot, window):
    view = _open_by_keyboard(qtbot, window, "zqsurge")
    assert view.current == 1
    assert window.focusWidget() is view.page(1).what_edit


def test_enter_on_a_private_note_opens_the_notes_panel_of_its_stage(qtbot, window):
    view = _open_by_keyboard(qtbot, window, SECRET)
    assert view.current == 5
    assert window.focusWidget() is view.page(5).private_note.editor
