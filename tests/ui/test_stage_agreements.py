"""Stage 6 driven from the keyboard: agreements, decision roles, the consent round, actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.model import ActionItem, Agreement, Option, Participant, Side
from facilitator.ui.consent import ConsentModel
from facilitator.ui.stages.agreements import PAGE, AgreementsPage
from tests.ui.keyboard import open_page, reopened


@pytest.fixture
def people(ctx):
    ana = ctx.add(Participant(name="Ana Alves", side=Side.SALES))
    ben = ctx.add(Participant(name="Ben Brandt", side=Side.PRODUCT))
    cleo = ctx.add(Participant(name="Cleo Chen", side=Side.CEO))
    return ana, ben, cleo


@pytest.fixture
def page(qtbot, ctx, people):
    widget = open_page(qtbot, ctx, PAGE, (1280, 720))
    assert isinstance(widget, AgreementsPage)
    return widget


def add_row(qtbot, view, *cells):
    """Insert a row, then type its cells one after the other (Tab moves to the next editor)."""
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    for i, text in enumerate(cells):
        editor = QApplication.focusWidget()
        assert editor is not None, (i, view.currentIndex().column(), view.state())
        if text:
            qtbot.keyClicks(editor, text)
        key = Qt.Key.Key_Tab if i < len(cells) - 1 else Qt.Key.Key_Return
        qtbot.keyClick(editor, key)
        qtbot.wait(1)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_consent_model_passes_the_model_tester(qtmodeltester, ctx, people):
    ana, _ben, cleo = people
    agreement = ctx.add(Agreement(text="Deal desk", consent={ana.id: 5, cleo.id: 1}))
    model = ConsentModel(ctx)
    qtmodeltester.check(model)
    model.set_agreement(agreement)
    qtmodeltester.check(model)


def test_consent_round_counts_the_dissent_to_resolve_without_naming_anyone(qtbot, ctx, store, people, page):
    ana, ben, cleo = people
    add_row(qtbot, page.agreements.view, "Every custom deal goes through the deal desk")
    assert page.current() is ctx.data.agreements[0]
    assert "No votes yet" in page.dissent.text()

    page.consent_view.start()
    qtbot.keyClicks(page.consent_view, "542")  # Ana 5, Ben 4, Cleo 2: the cursor moves down

    assert page.dissent.text().startswith("Dissent to resolve: 1 of 3 at two fingers or fewer (lowest: 2)")
    assert not any(name in page.dissent.text() for name in ("Ana", "Ben", "Cleo"))
    assert page.dissent.objectName() == "warning"
    consent_cell = page.agreements.model.index(0, 3).data()
    assert consent_cell == "3 of 3 voted · 1 dissenting"
    assert page.consent.index(2, 1).data() == "2 · dissent"

    stored = reopened(store, ctx.session_id).agreements[0]
    assert stored.text == "Every custom deal goes through the deal desk"
    assert stored.consent == {ana.id: 5, ben.id: 4, cleo.id: 2}

    qtbot.keyClicks(page.consent_view, "3")  # Cleo after the concern was addressed
    assert page.dissent.text() == "Everyone can commit (lowest: 3)."
    assert reopened(store, ctx.session_id).agreements[0].consent[cleo.id] == 3


def test_decision_roles_review_date_and_option_by_keyboard(qtbot, ctx, store, people, page):
    ana, ben, cleo = people
    option = ctx.add(Option(text="Weekly deal desk with a Product seat"))
    add_row(qtbot, page.agreements.view, "Deal desk before every custom deal")
    agreement = ctx.data.agreements[0]
    # The CEO approves by default; the first review is 30 days after the session (2026-10-14).
    assert agreement.approver_id == cleo.id
    assert agreement.review_date == "2026-11-13"
    assert page.review_edit.iso() == "2026-11-13"

    page.option_box.setFocus()
    qtbot.keyClick(page.option_box, Qt.Key.Key_Down)
    page.driver_box.setFocus()
    qtbot.keyClicks(page.driver_box, "Be")  # type-ahead picks Ben
    page.contributors.setFocus()
    qtbot.keyClick(page.contributors, Qt.Key.Key_Down)  # from Ana to Ben
    qtbot.keyClick(page.contributors, Qt.Key.Key_Space)
    page.informed.setFocus()
    qtbot.keyClick(page.informed, Qt.Key.Key_Space)  # Ana

    stored = reopened(store, ctx.session_id).agreements[0]
    assert stored.option_id == option.id
    assert stored.driver_id == ben.id
    assert stored.approver_id == cleo.id
    assert stored.contributor_ids == [ben.id]
    assert stored.informed_ids == [ana.id]

    # Selecting another agreement shows its roles; coming back shows these again.
    add_row(qtbot, page.agreements.view, "Intake form for deal requests")
    assert page.driver_box.currentText() == "—"
    assert page.contributors.chosen() == []
    page.agreements.view.setCurrentIndex(page.agreements.model.index(0, 0))
    assert page.driver_box.currentText() == "Ben Brandt (Product)"
    assert page.contributors.chosen() == [ben.id]


def test_action_items_with_owner_due_date_and_agreement(qtbot, ctx, store, people, page):
    _ana, ben, _cleo = people
    add_row(qtbot, page.agreements.view, "Deal desk before every custom deal")
    agreement = ctx.data.agreements[0]

    # Text, owner (type-ahead), due date (typed section by section), status, agreement.
    add_row(qtbot, page.actions.view, "Set up the weekly deal desk", "Ben", "20261020", "", "")

    stored = reopened(store, ctx.session_id).action_items
    assert len(stored) == 1
    action = stored[0]
    assert action.text == "Set up the weekly deal desk"
    assert action.owner_id == ben.id
    assert action.due == "2026-10-20"
    assert action.agreement_id == agreement.id  # the selected agreement is the default


def test_delete_in_the_consent_round_takes_a_vote_back(qtbot, ctx, store, people, page):
    ana, _ben, _cleo = people
    ctx.add(Agreement(text="Deal desk", consent={ana.id: 1}))
    page.agreements.view.setCurrentIndex(page.agreements.model.index(0, 0))
    assert "1 of 1 at two fingers or fewer (lowest: 1)" in page.dissent.text()
    page.consent_view.start()
    qtbot.keyClick(page.consent_view, Qt.Key.Key_Delete)  # not the agreements table's Delete
    assert reopened(store, ctx.session_id).agreements[0].consent == {}
    assert len(ctx.data.agreements) == 1
    assert "No votes yet" in page.dissent.text()


def test_a_new_actions_due_date_stays_empty_until_chosen(qtbot, ctx, store, people, page):
    add_row(qtbot, page.actions.view, "Write the deal desk rules", "Ben", "", "", "")
    [action] = reopened(store, ctx.session_id).action_items
    assert action.text == "Write the deal desk rules"
    assert not action.due  # passing through the cell did not store today
    due = page.actions.model.index(0, [c.field for c in page.actions.model.columns].index("due"))
    assert due.data() == ""


def test_in_a_1280_window_the_action_text_gets_the_room_and_evidence_is_typed_below(
    qtbot, app_style, ctx, store, people
):
    """Beside the navigator, in the app's type, six columns left the action's text a sliver: its
    agreement and evidence go to the form below the table, for the selected action."""
    ctx.add(Agreement(text="Deal desk before every custom deal"))
    page = open_page(qtbot, ctx, PAGE, (1010, 600))
    view, header = page.actions.view, page.actions.view.horizontalHeader()
    page.agreements.view.setCurrentIndex(page.agreements.model.index(0, 0))  # the action's default
    add_row(qtbot, view, "Set up the weekly deal desk", "Ben", "20261020", "")
    assert [c for c in range(6) if not header.isSectionHidden(c)] == [0, 1, 2, 3]
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionSize(0) > view.viewport().width() / 2  # the action's text is the widest
    details = page.action_details
    assert details.isVisible() and details.title() == "Selected action: Set up the weekly deal desk"
    assert page.isActiveWindow()  # showing the form opened no window of its own
    agreement, evidence = details.fields[4][1], details.fields[5][1]
    assert agreement.currentText().startswith("Deal desk before every")  # the default, shown
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # from the table into the form: the agreement
    assert QApplication.focusWidget() is agreement
    qtbot.keyClick(agreement, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is evidence
    qtbot.keyClicks(evidence, "First deal desk held")
    qtbot.keyClick(evidence, Qt.Key.Key_Tab)
    [action] = reopened(store, ctx.session_id).action_items
    assert (action.text, action.evidence, action.due) == (
        "Set up the weekly deal desk",
        "First deal desk held",
        "2026-10-20",
    )


def test_the_action_form_offers_an_agreement_made_after_the_page_opened(qtbot, app_style, ctx, store, people):
    """The form's choices are built once; an agreement added later must still be offered (and
    shown for an action that keeps to it), not replaced by the first choice."""
    page = open_page(qtbot, ctx, PAGE, (1010, 600))
    later = ctx.add(Agreement(text="Weekly deal desk review"))
    ctx.add(ActionItem(text="Book the room", agreement_id=later.id))
    page.actions.view.setCurrentIndex(page.actions.model.index(0, 0))
    agreement = page.action_details.fields[4][1]
    assert agreement.findData(later.id) >= 0
    assert agreement.currentData() == later.id
    another = ctx.add(Agreement(text="Monthly pricing review"))
    assert agreement.findData(another.id) >= 0  # offered without selecting another action
