"""Stage 4 driven from the keyboard: practices side by side, area by area, and the stop list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from facilitator.domain import model as m
from facilitator.ui.goal_layout import MapColors
from facilitator.ui.practice_grid import PracticeGridModel
from facilitator.ui.stages.working import PAGE, WorkingPage
from tests.ui.keyboard import assert_mnemonics_unique, focused, key, open_page, reopened
from tests.ui.keyboard import type_here as type_text

AREAS = list(m.Area)


@pytest.fixture
def page(qtbot, ctx):
    widget = open_page(qtbot, ctx, PAGE, (1200, 900))
    return widget


def practice(ctx, side, area, current, stop=False, triz=False):
    entity = m.WorkingPractice(side=side, area=area, current=current)
    entity.stop_candidate, entity.triz_currently_doing = stop, triz
    return ctx.add(entity)


def test_page_is_stage_four():
    assert PAGE is WorkingPage
    assert WorkingPage.number == 4


def test_grid_shows_both_sides_area_by_area(qtbot, ctx, page):
    practice(ctx, m.Side.PRODUCT, m.Area.INTAKE, "Backlog board Sales cannot see")
    practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "AEs write dates into proposals")
    practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "VP signs off price, not scope")
    model = page.model
    # Every area has a band; commitments needs two rows for Sales' two practices.
    assert model.rowCount() == len(AREAS) + 1
    assert [model.index(r, 0).data() for r in range(3)] == ["Commitments", "", "Intake"]
    assert model.index(0, 1).data() == "AEs write dates into proposals"
    assert model.index(1, 1).data() == "VP signs off price, not scope"
    assert model.index(0, 2).data() == ""
    assert model.index(2, 2).data() == "Backlog board Sales cannot see"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Sales"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Product"
    assert page.grid.rowSpan(0, 0) == 2  # the area label spans its band


def test_practice_entered_by_keyboard_is_stored(qtbot, ctx, store, page):
    page.focus_first()  # Sales, commitments
    assert focused() is page.grid
    key(qtbot, Qt.Key.Key_Right)  # Product, commitments
    key(qtbot, Qt.Key.Key_Down)  # Product, intake
    key(qtbot, Qt.Key.Key_Insert)
    assert focused() is page.current_edit
    type_text(qtbot, "Requests sit on a board Sales cannot see; nobody confirms receipt")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.pain_edit
    type_text(qtbot, "Sales does not know whether a request arrived")
    key(qtbot, Qt.Key.Key_Tab)  # area: stays intake
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.triz_check
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.stop_check
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not ctx.has_pending, timeout=3000)  # the typing debounce

    (stored,) = reopened(store).working_practices
    assert stored.side == m.Side.PRODUCT
    assert stored.area == m.Area.INTAKE
    assert stored.current == "Requests sit on a board Sales cannot see; nobody confirms receipt"
    assert stored.pain_for_other_side == "Sales does not know whether a request arrived"
    assert stored.triz_currently_doing and stored.stop_candidate
    # The grid shows it in its cell, with the stop list counting it.
    index = page.model.index(1, 2)
    assert index.data() == stored.current
    assert "Stop candidate." in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert page.stop_summary.text() == "Stop list: 1"


def test_changing_the_area_moves_the_practice_and_keeps_it_selected(qtbot, ctx, store, page):
    moved = practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "Every deal is top priority")
    page.focus_first()
    assert page.current is moved
    page.area_box.setFocus()
    key(qtbot, Qt.Key.Key_Down, times=2)  # commitments -> intake -> prioritisation
    assert reopened(store).working_practices[0].area == m.Area.PRIORITISATION
    row = AREAS.index(m.Area.PRIORITISATION)
    assert page.model.index(row, 1).data() == "Every deal is top priority"
    assert page.model.index(0, 1).data() == ""
    assert page.grid.currentIndex() == page.model.index(row, 1)
    assert page.current is moved


def test_escape_returns_to_the_grid_and_return_edits(qtbot, ctx, page):
    practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "x")
    page.focus_first()
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.current_edit
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is page.grid


def test_delete_asks_and_removes(qtbot, ctx, store, page, monkeypatch):
    practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "keep")
    practice(ctx, m.Side.PRODUCT, m.Area.COMMITMENT, "remove me")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page.focus_first()
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Delete)  # answered No
    assert len(reopened(store).working_practices) == 2
    key(qtbot, Qt.Key.Key_Delete)  # answered Yes
    assert [p.current for p in reopened(store).working_practices] == ["keep"]
    assert page.current is None
    assert not page.current_edit.isEnabled()


def test_stop_candidates_stand_out(qtbot, ctx, page):
    practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "Dates in proposals", stop=True, triz=True)
    practice(ctx, m.Side.PRODUCT, m.Area.COMMITMENT, "Not now, no reason")
    page.grid.clearSelection()
    page.grid.setCurrentIndex(page.model.index(3, 0))
    image = page.grid.viewport().grab().toImage()
    red = MapColors.of(page.grid.palette()).conflict

    def reds(index):
        rect = page.grid.visualRect(index)
        return sum(
            1
            for x in range(rect.left(), rect.right(), 2)
            for y in range(rect.top(), rect.bottom(), 2)
            if _close(image.pixelColor(x, y), red)
        )

    assert reds(page.model.index(0, 1)) > 40  # the stripe and the STOP badge
    assert reds(page.model.index(0, 2)) == 0
    assert page.stop_summary.text() == "Stop list: 1"


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40


def test_editor_is_off_without_a_practice(qtbot, ctx, page):
    page.focus_first()  # an empty cell
    assert page.current is None
    for widget in (page.current_edit, page.pain_edit, page.area_box, page.triz_check, page.stop_check):
        assert not widget.isEnabled()
        assert widget.accessibleName()
    assert page.grid.accessibleName()


def test_grid_model_passes_the_model_tester(qtbot, qtmodeltester, ctx):
    practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "a", stop=True)
    practice(ctx, m.Side.SALES, m.Area.COMMITMENT, "b")
    practice(ctx, m.Side.PRODUCT, m.Area.ROADMAP, "c", triz=True)
    model = PracticeGridModel(ctx)
    qtmodeltester.check(model)
    ctx.add(m.WorkingPractice(side=m.Side.PRODUCT, area=m.Area.ESCALATION))
    qtmodeltester.check(model)


def test_mnemonics_are_unique_and_leave_the_menu_letters_free(page):
    assert_mnemonics_unique(page)
