"""The review step of a follow-up session, before stage 1: were the agreements kept, what became
of the open actions, and the follow-up pulse on the same items as before and after.

Every choice is stored at once through the session service (one transaction each); a note is
stored when its field is left. Also here: Session > Follow up, which starts such a session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import followup
from facilitator.domain import model as m
from facilitator.session import Changes
from facilitator.storage.errors import WorkspaceError
from facilitator.ui import labels
from facilitator.ui.context import SessionContext
from facilitator.ui.problems import describe
from facilitator.ui.pulse import PulseTable
from facilitator.ui.text_limit import cap

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

# A moved action's new due date, proposed this many days after the follow-up.
MOVE_BY_DAYS = 14
LABEL_CHARS = 600  # a word-wrapped label lays out all its text on every resize: a 20,000-character one stalls


class ReviewPage(QWidget):
    """Agreements kept / partly / not kept with a note; actions done / moved / dropped; the pulse."""

    finished = Signal()  # the review is done: go to stage 1

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_rows: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self.action_rows: dict[int, tuple[QComboBox, QDateEdit, QLineEdit]] = {}

        title = QLabel(self.tr("Review of the last session"))
        title.setObjectName("stageTitle")
        purpose = QLabel(
            self.tr(
                "Before anything new: was each agreement kept, and what became of each open action? "
                "Then everyone scores the pulse again on the same four items."
            )
        )
        purpose.setObjectName("stagePurpose")
        purpose.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("hint")

        self.agreements = QGridLayout()
        self.actions = QGridLayout()
        # The text and the note share the width; the choices keep their natural size.
        for grid, note_column in ((self.agreements, 2), (self.actions, 3)):
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(note_column, 2)
        self.no_agreements = QLabel(self.tr("No agreements to review."))
        self.no_actions = QLabel(self.tr("No open actions were carried over."))
        for hint in (self.no_agreements, self.no_actions):
            hint.setObjectName("hint")
        self.pulse = PulseTable(ctx, m.PulsePhase.FOLLOWUP)
        self.pulse.view.setAccessibleName(self.tr("Follow-up pulse"))

        self.done = QPushButton(self.tr("&Continue to stage 1"))
        self.done.setToolTip(self.tr("Alt+1 goes to stage 1 from anywhere; Alt+0 comes back here."))
        self.done.clicked.connect(self.finished)

        content = QWidget()
        body = QVBoxLayout(content)
        for text, grid, empty in (
            (self.tr("Agreements"), self.agreements, self.no_agreements),
            (self.tr("Open actions"), self.actions, self.no_actions),
        ):
            heading = QLabel(text)
            heading.setObjectName("sideHeading")
            body.addWidget(heading)
            body.addWidget(empty)
            body.addLayout(grid)
        heading = QLabel(self.tr("Follow-up pulse"))
        heading.setObjectName("sideHeading")
        body.addWidget(heading)
        body.addWidget(self.pulse)
        body.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignRight)

        ctx.loaded.connect(self.show_session)
        ctx.changes.connect(self._on_changes)

    # -- filling ------------------------------------------------------------------------------

    def show_session(self) -> None:
        data = self.ctx.data
        if data is None or not data.session.follows_id:
            return
        record = followup.follow_up_record(data)
        for grid in (self.agreements, self.actions):
            _clear(grid)
        self.agreement_rows.clear()
        self.action_rows.clear()
        for row, agreement in enumerate(data.agreements):
            self._add_agreement(row, agreement, followup.review_of(record, agreement.id))
        for row, action in enumerate(followup.carried_actions(data)):
            self._add_action(row, data, action, followup.action_outcome(record, action))
        self.no_agreements.setVisible(not self.agreement_rows)
        self.no_actions.setVisible(not self.action_rows)
        self.pulse.model.refresh()
        self._show_summary()
        # Rows are built after the rest of the page: put them first in the Tab order again.
        chain = [w for row in (*self.agreement_rows.values(), *self.action_rows.values()) for w in row]
        for before, after in zip(chain, [*chain[1:], self.pulse.view, self.done], strict=False):
            QWidget.setTabOrder(before, after)

    def _add_agreement(self, row: int, agreement: m.Agreement, review: dict | None) -> None:
        text = QLabel(labels.clip(agreement.text, LABEL_CHARS))
        text.setWordWrap(True)
        kept = QComboBox()
        kept.addItem(self.tr("Not reviewed yet"), None)
        for value in m.Kept:
            kept.addItem(labels.label(value), value)
        kept.setAccessibleName(self.tr("Kept? %1").replace("%1", labels.short(agreement.text)))
        note = QLineEdit(review.get("note", "") if review else "")
        note.setToolTip(note.text())  # a long note does not fit the field: the whole of it
        note.setPlaceholderText(self.tr("What happened?"))
        cap(note)
        note.setCursorPosition(0)  # after cap (a new maximum length puts the cursor at the end): show how it begins
        note.setAccessibleName(self.tr("Note on %1").replace("%1", labels.short(agreement.text)))
        if review:
            kept.setCurrentIndex(kept.findData(m.Kept(review["kept"])))
        kept.activated.connect(lambda _i, a=agreement.id: self._review_agreement(a))
        note.editingFinished.connect(lambda a=agreement.id: self._review_agreement(a, note_only=True))
        for column, widget in enumerate((text, kept, note)):
            self.agreements.addWidget(widget, row, column)
            widget.show()  # now, not on the next event loop turn: the focus may go to it at once
        self.agreement_rows[agreement.id] = (kept, note)

    def _add_action(self, row: int, data: m.SessionData, action: m.ActionItem, outcome) -> None:
        owner = data.participant(action.owner_id)
        what = labels.clip(action.text, LABEL_CHARS)
        text = QLabel(f"{what} · {owner.name}" if owner else what)
        text.setWordWrap(True)
        choice = QComboBox()
        choice.addItem(self.tr("Not reviewed yet"), None)
        for value, word in (
            (followup.ActionOutcome.DONE, self.tr("Done")),
            (followup.ActionOutcome.MOVED, self.tr("Moved to")),
            (followup.ActionOutcome.DROPPED, self.tr("Dropped")),
        ):
            choice.addItem(word, value)
        choice.setAccessibleName(self.tr("What became of %1").replace("%1", labels.short(action.text)))
        if outcome is not None:
            choice.setCurrentIndex(choice.findData(outcome))
        due = QDateEdit()
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        due.setAccessibleName(self.tr("New due date of %1").replace("%1", labels.short(action.text)))
        held = QDate.fromString(data.session.date, Qt.DateFormat.ISODate)
        proposed = held.addDays(MOVE_BY_DAYS) if held.isValid() else QDate.currentDate().addDays(MOVE_BY_DAYS)
        current = QDate.fromString(action.due, Qt.DateFormat.ISODate)
        due.setDate(current if outcome == followup.ActionOutcome.MOVED and current.isValid() else proposed)
        due.setEnabled(outcome == followup.ActionOutcome.MOVED)
        note = QLineEdit(action.evidence)
        note.setToolTip(action.evidence)
        note.setPlaceholderText(self.tr("Evidence or reason"))
        cap(note)
        note.setCursorPosition(0)  # after cap, as above: show how the evidence begins
        note.setAccessibleName(self.tr("Note on %1").replace("%1", labels.short(action.text)))
        choice.activated.connect(lambda _i, a=action.id: self._review_action(a))
        due.editingFinished.connect(lambda a=action.id: self._review_action(a, moved_only=True))
        note.editingFinished.connect(lambda a=action.id: self._review_action(a, note_only=True))
        for column, widget in enumerate((text, choice, due, note)):
            self.actions.addWidget(widget, row, column)
            widget.show()
        self.action_rows[action.id] = (choice, due, note)

    def _show_summary(self) -> None:
        data = self.ctx.data
        record = followup.follow_up_record(data)
        agreements = sum(1 for a in data.agreements if followup.review_of(record, a.id))
        carried = followup.carried_actions(data)
        actions = sum(1 for a in carried if followup.action_outcome(record, a) is not None)
        self.summary.setText(
            self.tr("Reviewed: %1 of %2 agreements, %3 of %4 actions.")
            .replace("%1", str(agreements))
            .replace("%2", str(len(data.agreements)))
            .replace("%3", str(actions))
            .replace("%4", str(len(carried)))
        )

    # -- storing ------------------------------------------------------------------------------

    def _review_agreement(self, agreement_id: int, note_only: bool = False) -> None:
        kept, note = self.agreement_rows[agreement_id]
        value = kept.currentData()
        if value is None:
            return  # a note waits for the verdict; it is stored with it
        record = followup.follow_up_record(self.ctx.data)
        stored = followup.review_of(record, agreement_id)
        if note_only and stored and stored.get("note") == note.text():
            return
        self._store(lambda: self.ctx.service.review_agreement(self.ctx.session_id, agreement_id, value, note.text()))

    def _review_action(self, action_id: int, note_only: bool = False, moved_only: bool = False) -> None:
        choice, due, note = self.action_rows[action_id]
        outcome = choice.currentData()
        due.setEnabled(outcome == followup.ActionOutcome.MOVED)
        if outcome is None or (moved_only and outcome != followup.ActionOutcome.MOVED):
            return
        action = next(a for a in self.ctx.data.action_items if a.id == action_id)
        new_due = due.date().toString(Qt.DateFormat.ISODate) if outcome == followup.ActionOutcome.MOVED else ""
        if note_only and note.text() == action.evidence:
            return
        if moved_only and new_due == action.due:
            return
        self._store(lambda: self.ctx.service.review_action(action_id, outcome, new_due, note.text()))
        if outcome == followup.ActionOutcome.MOVED and not note_only:
            due.setFocus()  # the next thing to say is when

    def _store(self, operation) -> None:
        if not self.ctx.flush():
            return
        try:
            operation()
        except WorkspaceError as error:
            self.ctx.failed.emit(describe(error))
        except ValueError:  # a date the editor cannot produce; nothing was written
            self.ctx.failed.emit(self.tr("That review could not be stored; nothing changed."))

    def _on_changes(self, changes: Changes) -> None:
        if self.ctx.data is not None and changes.touches(m.FollowUp, m.ActionItem):
            self._show_summary()

    def focus_first(self) -> None:
        first = next(iter(self.agreement_rows.values()), None) or next(iter(self.action_rows.values()), None)
        if first is not None:
            first[0].setFocus()
        else:
            self.pulse.focus_first()


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.deleteLater()


def start_follow_up(window: MainWindow) -> None:
    """Session > Follow up: from the open or the selected session, if it is closed."""
    ctx = window.ctx
    if ctx.service is None:
        return
    session_id = ctx.data.session.id if ctx.data is not None else window.sessions.current_id()
    if session_id is None or not window.settle_unsaved():
        return
    store = ctx.service.store
    try:
        session = store.session(session_id)
        follower = store.follower(session_id)
        if follower is not None:
            window.open_session(follower)  # the follow-up exists: that is where the user wants to be
            return
        if session.status != m.SessionStatus.CLOSED:
            QMessageBox.information(
                window,
                QCoreApplication.translate("Review", "Follow up"),
                QCoreApplication.translate("Review", "Close this session on the last stage first; then follow it up."),
            )
            return
        first = session
        while first.follows_id:  # every follow-up is named after the session that began the series
            first = store.session(first.follows_id)
        title = QCoreApplication.translate("Review", "Follow-up: %1").replace("%1", first.title)
        changes = ctx.service.follow_up(session_id, title=title)
    except WorkspaceError as error:
        QMessageBox.critical(
            window, QCoreApplication.translate("Review", "Could not start the follow-up"), describe(error)
        )
        return
    window.sessions.refresh(changes.session_id)
    window.open_session(changes.session_id)
