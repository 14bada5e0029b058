"""Stage 1, open and frame: the session's set-up, participants, ground rules, escalation check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from facilitator.domain import model as m
from facilitator.domain.templates import Kind
from facilitator.ui import labels
from facilitator.ui.entity_model import Column, enum_choices
from facilitator.ui.fields import DateEdit
from facilitator.ui.pulse import PulseTable
from facilitator.ui.stage_page import StagePage
from facilitator.ui.template_bar import TemplateBar
from facilitator.ui.widgets import EntityTable, combo_box


class FramePage(StagePage):
    number = 1

    def build(self) -> None:
        session = lambda: self.ctx.data.session if self.ctx.data else None  # noqa: E731
        b = self.binder

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Session title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Q3 review: Sales and Product"))
        b.line(self.title_edit, session, "title")
        self.date_edit = DateEdit()
        self.date_edit.setAccessibleName(self.tr("Session date"))
        b.date(self.date_edit, session, "date")
        self.status_box = combo_box(labels.choices(m.SessionStatus), self.tr("Session status"))
        b.combo(self.status_box, session, "status")

        self.trigger_box = combo_box(labels.choices(m.TriggerType), self.tr("Trigger"))
        b.combo(self.trigger_box, session, "trigger_type")
        self.quarter_edit = QLineEdit()
        self.quarter_edit.setAccessibleName(self.tr("Quarter"))
        self.quarter_edit.setPlaceholderText(self.tr("e.g. Q3 2026"))
        b.line(self.quarter_edit, session, "trigger_quarter")
        self.gap_spin = QDoubleSpinBox(decimals=1, minimum=-1000, maximum=1000, suffix=" %")
        self.gap_spin.setSpecialValueText(self.tr("not known"))
        self.gap_spin.setAccessibleName(self.tr("Gap to target in percent"))
        b.spin(self.gap_spin, session, "trigger_gap_pct", none_below=True)
        self.what_edit = QPlainTextEdit()
        self.what_edit.setAccessibleName(self.tr("What happened"))
        self.what_edit.setPlaceholderText(self.tr("What happened, in a few neutral sentences"))
        self.what_edit.setMaximumHeight(110)
        self.what_edit.setTabChangesFocus(True)
        b.text(self.what_edit, session, "trigger_text")

        self.glasl_spin = QSpinBox(minimum=1, maximum=9)
        self.glasl_spin.setAccessibleName(self.tr("Escalation stage (Glasl 1 to 9)"))
        b.spin(self.glasl_spin, session, "glasl_stage")
        self.glasl_advice = QLabel()
        self.glasl_advice.setWordWrap(True)
        self.glasl_spin.valueChanged.connect(self._advise)

        setup = QGroupBox(self.tr("Session"))
        form = QFormLayout(setup)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("St&atus"), self.status_box)
        self.body.addWidget(setup)

        trigger = QGroupBox(self.tr("Trigger"))
        form = QFormLayout(trigger)
        form.addRow(self.tr("T&ype"), self.trigger_box)
        form.addRow(self.tr("&Quarter"), self.quarter_edit)
        form.addRow(self.tr("&Gap to target"), self.gap_spin)
        form.addRow(self.tr("What happe&ned"), self.what_edit)
        form.addRow(self.tr("Escalation (Glas&l)"), self.glasl_spin)
        form.addRow("", self.glasl_advice)
        self.body.addWidget(trigger)

        self.participants = EntityTable(
            self.ctx,
            m.Participant,
            [
                Column(self.tr("Name"), "name", width=12),
                Column(self.tr("Role"), "role", width=12),
                Column(self.tr("Side"), "side", "choice", enum_choices(m.Side), width=7),
                Column(self.tr("Decides"), "is_decision_maker", "bool", width=7),
                Column(
                    self.tr("Ground rules (0–5)"),
                    kind="int",
                    maximum=m.CONSENT_MAX,
                    get=self._consent,
                    set=self._set_consent,
                    width=10,
                ),
            ],
            self.tr("Participants"),
            self.tr("Add &participant"),
            fit=True,  # name and role share the spare width, so the table never needs scrolling sideways
        )
        self.participants.view.setMinimumHeight(200)
        self.body.addWidget(self.participants)

        self.rules_edit = QPlainTextEdit()
        self.rules_edit.setAccessibleName(self.tr("Ground rules"))
        self.rules_edit.setPlaceholderText(
            self.tr("e.g. We talk about how we work, not about who is at fault. One person speaks at a time.")
        )
        self.rules_edit.setMaximumHeight(110)
        self.rules_edit.setTabChangesFocus(True)
        b.text(self.rules_edit, session, "ground_rules")
        rules = QGroupBox(self.tr("Ground rules"))
        form = QFormLayout(rules)
        form.addRow(self.tr("&Rules"), self.rules_edit)
        self.rules_templates = TemplateBar(self.ctx, Kind.GROUND_RULES, self.rules_edit)
        form.addRow("", self.rules_templates)
        self.body.addWidget(rules)

        self.pulse = PulseTable(self.ctx, m.PulsePhase.BEFORE)
        pulse = QGroupBox(self.tr("Pulse before the session"))
        QVBoxLayout(pulse).addWidget(self.pulse)
        self.body.addWidget(pulse)
        self.body.addStretch()

    def _consent(self, participant: m.Participant) -> int | None:
        data = self.ctx.data
        return data.session.ground_rule_consent.get(participant.id) if data else None

    def _set_consent(self, participant: m.Participant, value: int) -> None:
        session = self.ctx.data.session
        session.ground_rule_consent[participant.id] = value
        self.ctx.save(session)

    def _advise(self, value: int) -> None:
        if value >= m.MEDIATOR_FROM_GLASL:
            self.glasl_advice.setText(
                self.tr(
                    "Stage %1 or above: coalitions, loss of face or threats. This format is not enough; "
                    "the playbook recommends bringing in an outside mediator."
                ).replace("%1", str(m.MEDIATOR_FROM_GLASL))
            )
            self.glasl_advice.setObjectName("warning")
        else:
            self.glasl_advice.setText(self.tr("Stages 1 to 3: the teams can still solve this together."))
            self.glasl_advice.setObjectName("hint")
        self.glasl_advice.style().unpolish(self.glasl_advice)
        self.glasl_advice.style().polish(self.glasl_advice)

    def refresh(self) -> None:
        if self.ctx.data:
            self._advise(self.ctx.data.session.glasl_stage)

    def focus_first(self) -> None:
        """On the title; a new session's untouched default title is selected, so typing replaces it."""
        self.title_edit.setFocus()
        if self.title_edit.text() == QCoreApplication.translate("SessionList", "New session"):
            self.title_edit.selectAll()


PAGE = FramePage
