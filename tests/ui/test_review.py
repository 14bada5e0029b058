"""The review step of a follow-up, driven by keyboard from Session > Follow up to stage 1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QMessageBox

from facilitator.domain import followup
from facilitator.domain import model as m
from facilitator.ui.main_window import MainWindow
from facilitator.ui.review import ReviewPage
from tests.test_followup import closed_session
from tests.ui.keyboard import assert_mnemonics_unique, focused, key, reopened, show_active, type_here

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, store):
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(store)
    win.resize(1280, 800)
    show_active(qtbot, win)
    return win


def test_follow_up_by_keyboard_reviews_agreements_actions_and_pulse(qtbot, window, store):
    first = closed_session(store)
    window.sessions.refresh(first.session.id)
    window.sessions.view.setFocus()

    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # Session > Follow up, from the list
    follow_id = window.ctx.data.session.id
    assert follow_id != first.session.id and window.ctx.data.session.follows_id == first.session.id
    assert window.ctx.data.session.title == "Follow-up: Q3 escalation"
    review = window.session_view.pages.currentWidget()
    assert isinstance(review, ReviewPage)
    assert "0 of 1 agreements, 0 of 2 actions" in review.summary.text()
    assert_mnemonics_unique(review)

    # The first agreement's verdict has the focus: Down picks "Kept", Tab goes to its note.
    assert isinstance(focused(), QComboBox)
    key(qtbot, Qt.Key.Key_Down, times=2)  # Not reviewed yet -> Kept -> Partly kept
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Skipped twice in November")
    key(qtbot, Qt.Key.Key_Tab)  # leaving the note stores it

    # Actions, in the order they were agreed: "Draft the intake form" done, "Share the pipeline" moved.
    assert isinstance(focused(), QComboBox)
    key(qtbot, Qt.Key.Key_Down)  # Done
    key(qtbot, Qt.Key.Key_Tab)  # the date is for moved actions only: skipped
    type_here(qtbot, "Form live since 3 Nov")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down, times=2)  # Moved to: the date gets the focus
    assert isinstance(focused(), QDateEdit)
    date = focused()
    qtbot.keyClicks(date, "20261215")
    while focused() is date:  # Tab walks year, month, day, then leaves the date
        key(qtbot, Qt.Key.Key_Tab)
    assert "1 of 1 agreements, 2 of 2 actions" in review.summary.text()

    # Then the follow-up pulse: Tab past the last note reaches it; scores are typed as digits.
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is review.pulse.view
    qtbot.keyClicks(review.pulse.view, "6")
    key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Continue to stage 1
    qtbot.waitUntil(lambda: window.session_view.pages.currentWidget() is window.session_view.page(1))

    data = reopened(store, follow_id)
    record = data.follow_ups[0]
    desk = data.agreements[0]
    assert record.reviews == [{"agreement_id": desk.id, "kept": "partly", "note": "Skipped twice in November"}]
    intake = next(a for a in data.action_items if a.text == "Draft the intake form")
    pipeline = next(a for a in data.action_items if a.text == "Share the pipeline")
    assert (intake.status, intake.evidence) == (m.ActionStatus.DONE, "Form live since 3 Nov")
    assert followup.action_outcome(record, pipeline) == followup.ActionOutcome.MOVED
    assert pipeline.due == "2026-12-15"
    (pulse,) = data.pulse_responses
    assert (pulse.phase, pulse.item_id, pulse.score) == (m.PulsePhase.FOLLOWUP, "shared_goal", 6)
    assert data.participant(pulse.participant_id).name == "Ana"

    # Reopening the follow-up from the list shows the review as it was left (Alt+0 goes back to it).
    window.show_sessions()
    titles = [window.sessions.model.index(r, 0).data() for r in range(window.sessions.model.rowCount())]
    assert titles == ["↳ Follow-up: Q3 escalation", "Q3 escalation"]  # the follow-up shows it is one
    window.sessions.refresh(first.session.id)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)  # on the first session again: opens its follow-up
    assert window.ctx.data.session.id == follow_id
    key(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    kept, note = review.agreement_rows[desk.id]
    assert kept.currentData() == m.Kept.PARTLY and note.text() == "Skipped twice in November"


def test_an_open_session_cannot_be_followed_up(qtbot, window, store, monkeypatch):
    draft = store.create_session("Still running")
    window.sessions.refresh(draft.id)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    assert told == ["Close this session on the last stage first; then follow it up."]
    assert [s.id for s in store.sessions()] == [draft.id]
    assert QApplication.focusWidget() is not None


def test_a_review_note_found_by_search_opens_the_review_step_at_its_agreement(qtbot, window, store):
    from facilitator.session import SessionService
    from tests.ui.test_search import _open_by_keyboard

    first = closed_session(store)
    service = SessionService(store)
    follow_id = service.follow_up(first.session.id, date="2026-11-13").session_id
    agreement = store.load(follow_id).agreements[0]
    service.review_agreement(follow_id, agreement.id, m.Kept.PARTLY, note="Skipped twice in November")
    window.sessions.refresh()

    view = _open_by_keyboard(qtbot, window, "skipped twice")
    review = view.pages.currentWidget()
    assert isinstance(review, ReviewPage) and window.ctx.data.session.id == follow_id
    assert window.focusWidget() is review.agreement_rows[agreement.id][1]


def test_a_long_review_note_shows_how_it_begins(qtbot, window, store):
    """A note longer than its field shows its first words (its end alone reads as nonsense)."""
    from facilitator.demo_series import demo_series, import_series
    from facilitator.session import SessionService

    newest = import_series(SessionService(store), demo_series("en"))[-1]
    window.open_session(newest)
    window.session_view.show_review()
    review = window.session_view.pages.currentWidget()
    notes = [note for _kept, note in review.agreement_rows.values()] + [n for *_, n in review.action_rows.values()]
    long = [note for note in notes if note.fontMetrics().horizontalAdvance(note.text()) > note.width()]
    assert long  # the demo has notes that do not fit
    assert all(note.cursorPosition() == 0 for note in long), [n.text() for n in long if n.cursorPosition()]
