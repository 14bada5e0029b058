"""Stage 7, close and learn: the pulse after beside the one before, learnings, the agreement that
will be hardest to keep, the follow-up date, and closing the session.

Closing never blocks: the page lists what is still open (pulse, follow-up date, hardest
agreement) so the CEO can decide, and a closed session can be reopened from here.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.ui import labels
from facilitator.ui.fields import OptionalDateEdit, bind_date, fill_combo, mark
from facilitator.ui.labels import short
from facilitator.ui.pulse import PulseTable
from facilitator.ui.stage_page import StagePage
from facilitator.ui.widgets import combo_box

FOLLOW_UP_DAYS = 30  # the playbook's first follow-up; later ones at 60 and 90 days


class ClosePage(StagePage):
    number = 7

    def build(self) -> None:
        b = self.binder

        self.pulse = PulseTable(self.ctx, m.PulsePhase.AFTER, compare_with=m.PulsePhase.BEFORE)
        pulse_group = QGroupBox(self.tr("Pulse after the session, beside the one before"))
        QVBoxLayout(pulse_group).addWidget(self.pulse)

        self.learnings_edit = self._text_box(self.tr("Learnings"), self.tr("What did we learn about each other?"))
        b.text(self.learnings_edit, self.session, "learnings")
        self.hardest_box = combo_box([], self.tr("Agreement hardest to keep"))
        b.combo(self.hardest_box, self.session, "hardest_agreement_id")
        self.reason_edit = self._text_box(
            self.tr("Why it will be hard"), self.tr("Why will it be hard to keep, and what would help?")
        )
        b.text(self.reason_edit, self.session, "hardest_reason")
        self.follow_up_edit = OptionalDateEdit(self.tr("Follow-up date"), self._suggested_follow_up)
        bind_date(b, self.follow_up_edit, self.session, "follow_up_date")
        self.in_30_days = QPushButton(self.tr("In 30 &days"))
        self.in_30_days.setAccessibleName(self.tr("Set the follow-up to 30 days after the session"))
        self.in_30_days.clicked.connect(lambda: self.follow_up_edit.setDate(self._suggested_follow_up()))
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(self.follow_up_edit)
        follow_up_row.addWidget(self.in_30_days)
        follow_up_row.addStretch()

        learn_group = QGroupBox(self.tr("Learn"))
        form = QFormLayout(learn_group)
        form.addRow(self.tr("&Learnings"), self.learnings_edit)
        form.addRow(self.tr("Hardest to &keep"), self.hardest_box)
        form.addRow(self.tr("Wh&y"), self.reason_edit)
        follow_up_label = QLabel(self.tr("Follow-&up on"))
        follow_up_label.setBuddy(self.follow_up_edit)
        form.addRow(follow_up_label, follow_up_row)

        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        self.readiness.setTextFormat(Qt.TextFormat.RichText)
        self.readiness.setAccessibleName(self.tr("Before you close"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Session status"))
        self.close_button = QPushButton()
        self.close_button.setObjectName("primary")
        self.close_button.setAccessibleName(self.tr("Close the session"))
        self.close_button.clicked.connect(self._toggle_closed)
        font = self.close_button.font()
        font.setBold(True)
        self.close_button.setFont(font)
        self.close_button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        close_group = QGroupBox(self.tr("Close"))
        close_layout = QVBoxLayout(close_group)
        close_layout.addWidget(self.readiness)
        button_row = QHBoxLayout()
        button_row.addWidget(self.close_button)
        button_row.addWidget(self.status_label, 1)
        close_layout.addLayout(button_row)

        self.body.addWidget(pulse_group)
        self.body.addWidget(learn_group)
        self.body.addWidget(close_group)
        self.body.addStretch()
        for first, second in (
            (self.pulse.view, self.learnings_edit),
            (self.learnings_edit, self.hardest_box),
            (self.hardest_box, self.reason_edit),
            (self.reason_edit, self.follow_up_edit),
            (self.follow_up_edit, self.in_30_days),
            (self.in_30_days, self.close_button),
        ):
            QWidget.setTabOrder(first, second)

        self.ctx.changes.connect(self._on_changes)

    def _text_box(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)  # Tab moves on, as everywhere on the page
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
        return edit

    def session(self) -> m.Session | None:
        return self.ctx.data.session if self.ctx.data else None

    def _suggested_follow_up(self) -> QDate:
        session = self.session()
        date = QDate.fromString(session.date if session else "", Qt.DateFormat.ISODate)
        return (date if date.isValid() else QDate.currentDate()).addDays(FOLLOW_UP_DAYS)

    # -- keeping derived views current ---------------------------------------------------------

    def _fill_hardest(self) -> None:
        data = self.ctx.data
        agreements = data.agreements if data else []
        pairs = [(None, self.tr("— not chosen —"))] + [(a.id, short(a.text, 70)) for a in agreements]
        fill_combo(self.hardest_box, pairs, data.session.hardest_agreement_id if data else None)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(m.Agreement):
            self._fill_hardest()
        if changes.touches(m.Session, m.Agreement, m.Participant, m.PulseResponse, m.Statement):
            self._show_status()

    def _show_status(self) -> None:
        data = self.ctx.data
        if data is None:
            return
        session = data.session
        polled = [p for p in data.participants if p.side != m.Side.CEO]
        answered = sum(
            1 for p in polled if all(data.pulse(m.PulsePhase.AFTER, p.id, item) is not None for item in m.PULSE_ITEMS)
        )
        hardest = data.agreement(session.hardest_agreement_id)
        checks = [
            (
                answered == len(polled) and bool(polled),
                self.tr("Pulse after: %1 of %2 people complete")
                .replace("%1", str(answered))
                .replace("%2", str(len(polled))),
            ),
            (bool(session.learnings.strip()), self.tr("Learnings written down")),
            (hardest is not None, self.tr("Hardest agreement named")),
            (bool(session.follow_up_date), self.tr("Follow-up date set")),
            (
                not self._unconfirmed(),
                self.tr("Every statement has a confirmed reframe (%1 without)").replace(
                    "%1", str(len(self._unconfirmed()))
                ),
            ),
        ]
        lines = [("✓ " if done else "○ ") + text for done, text in checks]
        self.readiness.setText(
            self.tr("<b>Before you close</b> (nothing here blocks closing):") + "<br>" + "<br>".join(lines)
        )
        closed = session.status == m.SessionStatus.CLOSED
        self.close_button.setText(self.tr("&Reopen the session") if closed else self.tr("&Close the session"))
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        self.status_label.setText(
            self.tr("Status: %1. This session is closed; reopen it to change the outcome.").replace(
                "%1", labels.label(session.status)
            )
            if closed
            else self.tr("Status: %1").replace("%1", labels.label(session.status))
        )
        mark(self.status_label, "ok" if closed else "hint")

    def _unconfirmed(self) -> list[m.Statement]:
        """Statements the minutes will leave out: said, but no reframe confirmed by the speaker."""
        data = self.ctx.data
        statements = data.statements if data else []
        return [s for s in statements if s.raw_text.strip() and not (s.reframe_confirmed and s.reframe_text.strip())]

    def _toggle_closed(self) -> None:
        session = self.session()
        if session is None:
            return
        self.ctx.flush()  # what was just typed belongs to the session being closed
        closing = session.status != m.SessionStatus.CLOSED
        missing = len(self._unconfirmed())
        if closing and missing:
            answer = QMessageBox.question(
                self,
                self.tr("Close the session"),
                self.tr(
                    "%1 statement(s) have no confirmed reframe. The minutes show only confirmed "
                    "reframes, never what was said, so these points will be missing. Close anyway?"
                ).replace("%1", str(missing)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        session.status = m.SessionStatus.CLOSED if closing else m.SessionStatus.LIVE
        self.ctx.save(session)
        self._show_status()

    # -- page -------------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """The banner above the page reopens a closed session; a greyed twin here would confuse."""
        super().set_read_only(read_only)
        self.close_button.setVisible(not read_only)

    def refresh(self) -> None:
        self._fill_hardest()
        self._show_status()

    def focus_first(self) -> None:
        self.pulse.focus_first()


PAGE = ClosePage
