"""Stage 7 driven from the keyboard: pulse after, learnings, hardest agreement, follow-up, close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.model import (
    PULSE_ITEMS,
    Agreement,
    Participant,
    PulsePhase,
    PulseResponse,
    SessionStatus,
    Side,
)
from facilitator.ui.stages.close import PAGE, ClosePage
from tests.ui.keyboard import open_page, reopened, type_text

LEARNING = "Der Vertrieb kannte die Regeln für „Now“ nicht, z.\u00a0B. § 5 der Zusagen."


@pytest.fixture
def setup(ctx):
    ana = ctx.add(Participant(name="Ana Alves", side=Side.SALES))
    ben = ctx.add(Participant(name="Ben Brandt", side=Side.PRODUCT))
    ctx.add(Participant(name="Cleo Chen", side=Side.CEO))
    for person, scores in ((ana, (2, 3, 4, 3)), (ben, (4, 5, 2, 1))):
        for item, score in zip(PULSE_ITEMS, scores, strict=True):
            ctx.add(PulseResponse(participant_id=person.id, phase=PulsePhase.BEFORE, item_id=item, score=score))
    desk = ctx.add(Agreement(text="Deal desk before every custom deal"))
    promise = ctx.add(Agreement(text="No dated promise outside Now without Product"))
    return ana, ben, desk, promise


@pytest.fixture
def page(qtbot, ctx, setup):
    widget = open_page(qtbot, ctx, PAGE, (1280, 720))
    assert isinstance(widget, ClosePage)
    return widget


def tab_to(qtbot, widget):
    """Press Tab until `widget` has the focus (at most 20 times): the page's tab order."""
    for _ in range(20):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()}")


def test_closing_a_session_by_keyboard_stores_everything(qtbot, ctx, store, setup, page):
    ana, ben, _desk, promise = setup
    page.focus_first()
    qtbot.keyClicks(page.pulse.view, "65457336")  # Ana, then Ben; the CEO is not polled
    assert page.pulse.model.index(0, 0).data() == "6 (before 2)"
    assert page.pulse.model.index(2, 3).data() == "2.0 → 5.5"  # (3+1)/2 → (5+6)/2

    tab_to(qtbot, page.learnings_edit)
    type_text(page.learnings_edit, LEARNING)
    tab_to(qtbot, page.hardest_box)
    qtbot.keyClick(page.hardest_box, Qt.Key.Key_Down)  # the first agreement
    qtbot.keyClick(page.hardest_box, Qt.Key.Key_Down)  # the second
    tab_to(qtbot, page.reason_edit)
    qtbot.keyClicks(page.reason_edit, "It needs a CPO answer within 48 hours.")
    tab_to(qtbot, page.in_30_days)
    qtbot.keyClick(page.in_30_days, Qt.Key.Key_Space)
    assert page.follow_up_edit.iso() == "2026-11-13"  # the session is on 2026-10-14
    assert "✓ Follow-up date set" in page.readiness.text()

    qtbot.keyClick(page.in_30_days, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Close the session
    qtbot.waitUntil(lambda: ctx.data.session.status == SessionStatus.CLOSED)
    assert "Reopen" in page.close_button.text()

    data = reopened(store, ctx.session_id)
    session = data.session
    assert session.status == SessionStatus.CLOSED
    assert session.learnings == LEARNING  # umlauts and the no-break space in "z. B." intact
    assert session.hardest_agreement_id == promise.id
    assert session.hardest_reason == "It needs a CPO answer within 48 hours."
    assert session.follow_up_date == "2026-11-13"
    after = {(r.participant_id, r.item_id): r.score for r in data.pulse_responses if r.phase == PulsePhase.AFTER}
    assert len(after) == 8
    assert [after[(ana.id, i)] for i in PULSE_ITEMS] == [6, 5, 4, 5]
    assert [after[(ben.id, i)] for i in PULSE_ITEMS] == [7, 3, 3, 6]


def test_tab_order_follows_the_page(qtbot, page):
    page.focus_first()
    expected = [
        page.learnings_edit,
        page.hardest_box,
        page.reason_edit,
        page.follow_up_edit,
        page.in_30_days,
        page.close_button,
    ]
    reached = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == expected
    for widget in expected:
        assert widget.accessibleName()


def test_reopening_and_new_agreements_in_the_hardest_list(qtbot, ctx, store, page):
    page.close_button.setFocus()
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    assert reopened(store, ctx.session_id).session.status == SessionStatus.CLOSED
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)  # now "Reopen the session"
    assert reopened(store, ctx.session_id).session.status == SessionStatus.LIVE

    assert page.hardest_box.count() == 3  # "not chosen" and two agreements
    ctx.add(Agreement(text="Shared Q4 OKR"))
    assert page.hardest_box.count() == 4
    assert page.hardest_box.itemText(3) == "Shared Q4 OKR"


def test_an_unset_follow_up_date_stays_unset(qtbot, ctx, store, page):
    assert page.follow_up_edit.text() == "not set"
    page.follow_up_edit.setFocus()
    qtbot.keyClick(page.follow_up_edit, Qt.Key.Key_Up)  # jumps to the suggestion, not to 2000
    assert page.follow_up_edit.iso() == "2026-11-13"
    ctx.flush()
    assert reopened(store, ctx.session_id).session.follow_up_date == "2026-11-13"


def test_closing_warns_about_statements_without_a_confirmed_reframe(qtbot, ctx, store, setup, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from facilitator.domain.model import Statement

    ctx.add(Statement(stage=2, raw_text="They never tell us", reframe_text="We hear late", reframe_confirmed=True))
    ctx.add(Statement(stage=2, raw_text="Sales always overpromise", reframe_text="Dates reach customers early"))
    page.refresh()
    assert "○ Every statement has a confirmed reframe (1 without)" in page.readiness.text()
    asked = []

    def answer(choice):
        def ask(_parent, _title, text, *_args):
            asked.append(text)
            return choice

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.close_button.setFocus()
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    assert "1 statement(s) have no confirmed reframe" in asked[0]
    assert reopened(store, ctx.session_id).session.status != SessionStatus.CLOSED

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    assert reopened(store, ctx.session_id).session.status == SessionStatus.CLOSED
