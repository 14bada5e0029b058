"""Stage 3 driven from the keyboard: goals, the shared goal, tensions, interests, checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.domain import model as m
from facilitator.ui.goal_map import GoalMapWindow
from facilitator.ui.stages.goals import PAGE, GoalsPage
from tests.ui.keyboard import assert_mnemonics_unique, focused, key, open_page, reopened
from tests.ui.keyboard import type_here as type_text


@pytest.fixture
def page(qtbot, ctx):
    widget = open_page(qtbot, ctx, PAGE, (1100, 800))
    return widget


@pytest.fixture
def wide(qtbot, ctx):
    """The page on a 1920 px screen: every goal column fits in the table."""
    return open_page(qtbot, ctx, PAGE, (1640, 900))


@pytest.fixture
def narrow(qtbot, app_style, ctx):
    """The page in a 1280x720 window beside the navigator, in the app's type: the goals' numbers
    make way."""
    return open_page(qtbot, ctx, PAGE, (1010, 600))


def test_page_is_stage_three():
    assert PAGE is GoalsPage
    assert GoalsPage.number == 3


def test_goal_typed_row_by_row_is_stored(qtbot, ctx, store, wide):
    page = wide
    header = page.goals.view.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(9)) and not page.goal_details.isVisible()
    page.focus_first()
    assert focused() is page.goals.view
    key(qtbot, Qt.Key.Key_Insert)  # a new row, editing its owner
    key(qtbot, Qt.Key.Key_Down, times=2)  # Sales -> Product -> Shared
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Grow revenue we can deliver")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "New ARR from reviewed deals")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "€1.3M")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "€2.4M")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "€ ARR")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down)  # Quarter -> Half year
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "20261231")  # the due date, section by section
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "55")  # confidence: the combo jumps to "55 %"
    key(qtbot, Qt.Key.Key_Return)

    assert page.goals.model.rowCount() == 1
    assert page.goals.model.index(0, 8).data() == "55 %"
    # The new shared goal can now be chosen as the goal both sides sign up to.
    page.shared_box.setFocus()
    key(qtbot, Qt.Key.Key_Down)

    data = reopened(store)
    (goal,) = data.goals
    assert goal.owner == m.GoalOwner.SHARED
    assert (goal.objective, goal.metric, goal.baseline, goal.target, goal.unit) == (
        "Grow revenue we can deliver",
        "New ARR from reviewed deals",
        "€1.3M",
        "€2.4M",
        "€ ARR",
    )
    assert goal.horizon == m.Horizon.HALF
    assert goal.due == "2026-12-31"
    assert goal.confidence == pytest.approx(0.55)
    assert data.session.shared_goal_id == goal.id
    assert "Shared goal: Grow revenue we can deliver." in page.map.accessibleDescription()


def test_on_a_narrow_page_the_goals_numbers_are_typed_below_the_table(qtbot, ctx, store, narrow):
    """Nine columns do not fit a 700 px page: the table keeps owner, objective, metric and due
    readable, never scrolls sideways, and the form below it takes the rest for the selected goal."""
    page = narrow
    view, header = page.goals.view, page.goals.view.horizontalHeader()
    shown = [c for c in range(9) if not header.isSectionHidden(c)]
    assert shown == [0, 1, 2, 7]
    assert not view.horizontalScrollBar().isVisible()
    assert min(header.sectionSize(1), header.sectionSize(2)) >= 10 * view.fontMetrics().horizontalAdvance("m")
    assert page.goal_details.isVisible() and "none" in page.goal_details.title()
    assert page.isActiveWindow()  # the form's labels did not flash up as windows of their own

    page.focus_first()
    key(qtbot, Qt.Key.Key_Insert)  # a new row, editing its owner
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Grow revenue we can deliver")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "New ARR from reviewed deals")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "20261231")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is view and page.goal_details.title() == "Selected goal: Grow revenue we can deliver"
    key(qtbot, Qt.Key.Key_Tab)  # from the table into the form: baseline
    type_text(qtbot, "€1.3M")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "€2.4M")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "€ ARR")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down)  # Quarter -> Half year
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "55")  # confidence: the combo jumps to "55 %"
    key(qtbot, Qt.Key.Key_Tab)

    (goal,) = reopened(store).goals
    assert (goal.objective, goal.metric, goal.due) == (
        "Grow revenue we can deliver",
        "New ARR from reviewed deals",
        "2026-12-31",
    )
    assert (goal.baseline, goal.target, goal.unit) == ("€1.3M", "€2.4M", "€ ARR")
    assert goal.horizon == m.Horizon.HALF
    assert goal.confidence == pytest.approx(0.55)
    assert page.goals.model.index(0, 8).data() == "55 %"  # the hidden cell holds what the form stored


def test_the_form_follows_the_selected_goal_and_a_change_made_elsewhere(qtbot, ctx, narrow):
    page = narrow
    first = ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective="New ARR", baseline="2.05", target="2.6"))
    ctx.add(m.Goal(owner=m.GoalOwner.PRODUCT, objective="Uptime", baseline="99.2", target="99.9"))
    view = page.goals.view
    baseline = page.goal_details.fields[3][1]
    view.setCurrentIndex(page.goals.model.index(1, 1))
    assert baseline.text() == "99.2" and page.goal_details.title() == "Selected goal: Uptime"
    view.setCurrentIndex(page.goals.model.index(0, 1))
    assert baseline.text() == "2.05"
    first.baseline = "1.9"
    ctx.edit(first, "baseline")  # e.g. typed on the room's phone page
    qtbot.waitUntil(lambda: baseline.text() == "1.9")


def test_tensions_interests_and_checks_by_keyboard(qtbot, ctx, store, page):
    arr = ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective="New ARR"))
    uptime = ctx.add(m.Goal(owner=m.GoalOwner.PRODUCT, objective="Uptime"))
    elena = ctx.add(m.Participant(name="Elena", side=m.Side.PRODUCT))

    page.tensions.view.setFocus()
    key(qtbot, Qt.Key.Key_Insert)  # goal A
    key(qtbot, Qt.Key.Key_Down)  # — -> New ARR
    key(qtbot, Qt.Key.Key_Tab)  # goal B
    key(qtbot, Qt.Key.Key_Down, times=2)  # — -> New ARR -> Uptime
    key(qtbot, Qt.Key.Key_Tab)  # type
    key(qtbot, Qt.Key.Key_Down)  # Conflict -> Dependency
    key(qtbot, Qt.Key.Key_Tab)  # severity
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "5")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Custom work pulls engineers off reliability")
    key(qtbot, Qt.Key.Key_Return)

    page.interests[m.Side.SALES].view.setFocus()
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "A fast yes or no on deal requests")
    key(qtbot, Qt.Key.Key_Return)
    page.interests[m.Side.PRODUCT].view.setFocus()
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Protected capacity for reliability work")
    key(qtbot, Qt.Key.Key_Return)

    page.checks.view.setFocus()
    key(qtbot, Qt.Key.Key_Insert)  # goal paraphrased
    key(qtbot, Qt.Key.Key_Down, times=2)  # — -> New ARR -> Uptime
    key(qtbot, Qt.Key.Key_Tab)  # paraphrased by
    key(qtbot, Qt.Key.Key_Down)  # — -> Elena
    key(qtbot, Qt.Key.Key_Tab)  # attempts
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "3")
    key(qtbot, Qt.Key.Key_Tab)  # "exactly": a check box cell
    key(qtbot, Qt.Key.Key_Space)

    data = reopened(store)
    (tension,) = data.tensions
    assert (tension.goal_a_id, tension.goal_b_id) == (arr.id, uptime.id)
    assert tension.type == m.TensionType.DEPENDENCY
    assert tension.severity == 5
    assert tension.note == "Custom work pulls engineers off reliability"
    assert {(i.side, i.text) for i in data.interests} == {
        (m.Side.SALES, "A fast yes or no on deal requests"),
        (m.Side.PRODUCT, "Protected capacity for reliability work"),
    }
    (check,) = data.perspective_checks
    assert (check.goal_id, check.paraphraser_id) == (uptime.id, elena.id)
    assert (check.attempts, check.confirmed) == (3, True)
    assert "New ARR depends on Uptime (severity 5 of 5)" in page.map.accessibleDescription()


def test_interests_land_on_their_side_only(qtbot, ctx, page):
    ctx.add(m.Interest(side=m.Side.SALES, text="Forecast that holds"))
    ctx.add(m.Interest(side=m.Side.PRODUCT, text="Planning that holds"))
    sales, product = page.interests[m.Side.SALES].model, page.interests[m.Side.PRODUCT].model
    assert [sales.index(r, 0).data() for r in range(sales.rowCount())] == ["Forecast that holds"]
    assert [product.index(r, 0).data() for r in range(product.rowCount())] == ["Planning that holds"]


def test_shared_goal_choices_follow_the_owner(qtbot, ctx, page):
    goal = ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective="Grow revenue we can deliver"))
    box = page.shared_box
    assert [box.itemData(i) for i in range(box.count())] == [None]
    assert page.shared_hint.isVisible()
    page.goals.model.setData(page.goals.model.index(0, 0), m.GoalOwner.SHARED)  # a cell edit
    assert [box.itemData(i) for i in range(box.count())] == [None, goal.id]
    assert not page.shared_hint.isVisible()
    goal.objective = "Revenue we deliver"
    ctx.edit(goal)
    assert box.itemText(1) == "Revenue we deliver"


def test_removing_the_shared_goal_unsets_it(qtbot, ctx, store, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    goal = ctx.add(m.Goal(owner=m.GoalOwner.SHARED, objective="Revenue we deliver"))
    page.shared_box.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert reopened(store).session.shared_goal_id == goal.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.goals.view.setFocus()
    page.goals.view.setCurrentIndex(page.goals.model.index(0, 1))
    key(qtbot, Qt.Key.Key_Delete)
    assert reopened(store).session.shared_goal_id is None
    assert page.shared_box.currentData() is None
    assert "Shared goal:" not in page.map.accessibleDescription()


def test_tab_order_follows_the_page(qtbot, ctx, page):
    page.focus_first()
    seen = []
    for _ in range(40):
        seen.append(focused())
        key(qtbot, Qt.Key.Key_Tab)
    order = [
        page.goals.view,
        page.shared_box,
        page.present_button,
        page.tensions.view,
        page.interests[m.Side.SALES].view,
        page.interests[m.Side.PRODUCT].view,
        page.checks.view,
    ]
    positions = [seen.index(w) for w in order]
    assert positions == sorted(positions)


def test_every_input_has_an_accessible_name(page):
    for widget in (page.shared_box, page.present_button, page.map, page.goals.view, page.checks.view):
        assert widget.accessibleName()


def test_f11_shows_the_map_full_screen_and_back(qtbot, ctx, page):
    ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective="New ARR"))
    page.goals.view.setFocus()
    key(qtbot, Qt.Key.Key_F11)
    window = page.findChild(GoalMapWindow)
    assert window is not None and window.isVisible()
    assert window.isFullScreen()
    assert "New ARR" in window.map.accessibleDescription()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, ctx, page):
    g1 = ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective="A", confidence=0.5))
    g2 = ctx.add(m.Goal(owner=m.GoalOwner.PRODUCT, objective="B"))
    ctx.add(m.Tension(goal_a_id=g1.id, goal_b_id=g2.id))
    ctx.add(m.Interest(side=m.Side.SALES, text="x"))
    ctx.add(m.Interest(side=m.Side.PRODUCT, text="y"))
    ctx.add(m.PerspectiveCheck(goal_id=g1.id))
    for table in (page.goals, page.tensions, *page.interests.values(), page.checks):
        assert table.model.rowCount() >= 1
        qtmodeltester.check(table.model)


def test_mnemonics_are_unique_and_leave_the_menu_letters_free(page):
    assert_mnemonics_unique(page)
