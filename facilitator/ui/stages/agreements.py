"""Stage 6, agreements and decisions: agreements with DACI roles, a consent round, action items.

The agreements table lists every agreement; the panel beneath works on the selected one: the
option it comes from, driver and approver, contributors and informed (check-lists), review
date, and the fist-of-five consent round. Typing a digit in the consent table stores that
person's fingers and moves to the next person; two or fewer is dissent to resolve, counted
beneath the table (the grid shows each vote for editing; the result text never names anyone,
so the screen can be shared). Action items take the selected agreement as the one they serve.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.domain.templates import Kind
from facilitator.ui import labels
from facilitator.ui.consent import ConsentModel
from facilitator.ui.entity_model import Column, enum_choices
from facilitator.ui.fields import CheckList, OptionalDateEdit, bind_date, fill_combo, mark
from facilitator.ui.labels import short
from facilitator.ui.row_details import RowDetails
from facilitator.ui.score_table import ScoreTableView
from facilitator.ui.stage_page import StagePage
from facilitator.ui.tables import ColumnShares, RowFitter
from facilitator.ui.template_bar import under_table
from facilitator.ui.widgets import Binder, EntityTable, combo_box


class AgreementsPage(StagePage):
    number = 6

    def build(self) -> None:
        ctx = self.ctx
        self.agreements = EntityTable(
            ctx,
            m.Agreement,
            [
                Column(self.tr("Agreement"), "text"),
                Column(self.tr("Type"), "type", "choice", enum_choices(m.AgreementType), width=9),
                Column(self.tr("Status"), "status", "choice", enum_choices(m.AgreementStatus), width=6),
                Column(self.tr("Consent"), kind="text", editable=False, get=self._consent_text, width=11),
            ],
            self.tr("Agreements"),
            self.tr("Add &agreement"),
            defaults=self._agreement_defaults,
        )
        self.agreements_columns = ColumnShares(self.agreements.view, [52, 17, 11, 20])
        self.agreements_fitter = RowFitter(self.agreements.view, minimum_rows=2, maximum_rows=6)
        self.agreements.view.selectionModel().currentChanged.connect(self._select)
        self.agreements.model.modelReset.connect(self._select)
        self.agreement_templates = under_table(ctx, Kind.AGREEMENTS, self.agreements)

        # The selected agreement: where it comes from, who decides, who is asked and told.
        self.detail = Binder(ctx)
        current = self.current
        self.option_box = combo_box([], self.tr("Comes from option"))
        self.detail.combo(self.option_box, current, "option_id")
        self.driver_box = combo_box([], self.tr("Driver"))
        self.detail.combo(self.driver_box, current, "driver_id")
        self.approver_box = combo_box([], self.tr("Approver"))
        self.detail.combo(self.approver_box, current, "approver_id")
        self.review_edit = OptionalDateEdit(self.tr("Review date"), self._review_default)
        bind_date(self.detail, self.review_edit, current, "review_date")
        self.contributors = CheckList(self.tr("Contributors: consulted before the decision"))
        self.contributors.ticked.connect(lambda ids: self._set_list("contributor_ids", ids))
        self.informed = CheckList(self.tr("Informed: told after the decision"))
        self.informed.ticked.connect(lambda ids: self._set_list("informed_ids", ids))

        form = QFormLayout()
        form.addRow(self.tr("From &option"), self.option_box)
        form.addRow(self.tr("&Driver"), self.driver_box)
        form.addRow(self.tr("A&pprover"), self.approver_box)
        form.addRow(self.tr("&Review on"), self.review_edit)
        lists = QGridLayout()
        contributors_label = QLabel(self.tr("&Contributors (consulted)"))
        contributors_label.setBuddy(self.contributors)
        informed_label = QLabel(self.tr("&Informed (told)"))
        informed_label.setBuddy(self.informed)
        lists.addWidget(contributors_label, 0, 0)
        lists.addWidget(informed_label, 0, 1)
        lists.addWidget(self.contributors, 1, 0)
        lists.addWidget(self.informed, 1, 1)
        roles = QVBoxLayout()
        roles.addLayout(form)
        roles.addLayout(lists)
        roles.addStretch()

        self.consent = ConsentModel(ctx, self)
        self.consent_view = ScoreTableView("down")
        self.consent_view.setModel(self.consent)
        self.consent_view.setAccessibleName(self.tr("Consent round, fist of five"))
        self.consent_view.setAccessibleDescription(self.tr("Type 0 to 5 for each person; the cursor moves down."))
        self.consent_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.consent_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.consent_view.verticalHeader().hide()
        self.consent_fitter = RowFitter(self.consent_view, minimum_rows=3, maximum_rows=12)
        self.consent.votes_changed.connect(self._show_consent)
        self.consent_hint = QLabel(self.tr("Type 0–5 per person: 5 = full support, 0 = cannot live with it."))
        self.consent_hint.setObjectName("hint")
        self.consent_hint.setWordWrap(True)
        self.dissent = QLabel()
        self.dissent.setObjectName("dissent")
        self.dissent.setWordWrap(True)
        self.dissent.setAccessibleName(self.tr("Consent result"))
        font = self.dissent.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.dissent.setFont(font)
        consent_box = QVBoxLayout()
        consent_title = QLabel(self.tr("<b>Consent round (fist of five)</b>"))
        consent_box.addWidget(consent_title)
        consent_box.addWidget(self.consent_view)
        consent_box.addWidget(self.consent_hint)
        consent_box.addWidget(self.dissent)
        # What the dissent is about, as text: shared views and the minutes show it, never who raised it.
        self.concern_edit = QLineEdit()
        self.concern_edit.setAccessibleName(self.tr("Concern to resolve"))
        self.concern_edit.setPlaceholderText(self.tr("The concern to resolve, in a few words (never who raised it)"))
        self.detail.line(self.concern_edit, current, "concern")
        consent_box.addWidget(self.concern_edit)
        consent_box.addStretch()

        # A group box title would not wrap and would set the page's minimum width: a label does.
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_group = QGroupBox()
        self.detail_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.detail_group)
        self.detail_row.addLayout(roles, 5)
        self.detail_row.addSpacing(12)
        self.detail_row.addLayout(consent_box, 4)
        # The scroll area's viewport is the width there really is (the content may be wider).
        self._viewport = self.body.parentWidget().parentWidget()
        self._viewport.installEventFilter(self)

        self.actions = EntityTable(
            ctx,
            m.ActionItem,
            [
                Column(self.tr("Action"), "text"),
                Column(self.tr("Owner"), "owner_id", "choice", self._names, width=8),
                Column(self.tr("Due"), "due", "date", width=7),
                Column(self.tr("Status"), "status", "choice", enum_choices(m.ActionStatus), width=6),
                Column(self.tr("Agreement"), "agreement_id", "choice", self._agreement_choices, width=10),
                Column(self.tr("Evidence"), "evidence"),
            ],
            self.tr("Action items"),
            self.tr("Add ac&tion"),
            defaults=lambda: {"agreement_id": self.current().id if self.current() else None},
            fit=True,
            # On a 1280 px screen the action's text needs the room: its agreement and evidence
            # go to the form below the table, for the selected action.
            optional=[[4, 5]],
        )
        self.actions_fitter = RowFitter(self.actions.view, minimum_rows=3, maximum_rows=10)
        self.action_details = RowDetails(self.actions, self._action_title)

        self.body.addWidget(self.agreements)
        self.body.addWidget(self.detail_title)
        self.body.addWidget(self.detail_group)
        self.body.addSpacing(8)
        self.body.addWidget(self.actions)
        self.body.addWidget(self.action_details)
        self.body.addStretch()
        for first, second in (
            (self.agreements.view, self.option_box),
            (self.option_box, self.driver_box),
            (self.driver_box, self.approver_box),
            (self.approver_box, self.review_edit),
            (self.review_edit, self.contributors),
            (self.contributors, self.informed),
            (self.informed, self.consent_view),
            (self.consent_view, self.actions.add_button),
        ):
            QWidget.setTabOrder(first, second)

        ctx.changes.connect(self._on_changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Roles beside the consent round, or above it when the page is narrow (large type,
        200 % scaling): side by side they would need more width than a projector leaves."""
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            row = self.detail_row
            margins = row.contentsMargins()
            parts = [row.itemAt(i).minimumSize().width() for i in range(row.count())]
            side_by_side = sum(parts) + margins.left() + margins.right() + 2 * row.spacing() + 4
            body = self.body.contentsMargins()
            group = self.detail_group.contentsMargins()
            width = self._viewport.width() - body.left() - body.right() - group.left() - group.right()
            if row.direction() == QBoxLayout.Direction.LeftToRight and width < side_by_side:
                row.setDirection(QBoxLayout.Direction.TopToBottom)
            elif row.direction() == QBoxLayout.Direction.TopToBottom and width >= side_by_side + 24:
                row.setDirection(QBoxLayout.Direction.LeftToRight)
        return super().eventFilter(watched, event)

    # -- choices ----------------------------------------------------------------------------------

    def _people_choices(self) -> list[tuple[int | None, str]]:
        data = self.ctx.data
        people = data.participants if data else []
        return [(None, "—")] + [(p.id, f"{p.name} ({labels.label(p.side)})") for p in people]

    def _names(self) -> list[tuple[int | None, str]]:
        data = self.ctx.data
        return [(None, "—")] + [(p.id, p.name) for p in (data.participants if data else [])]

    def _agreement_choices(self) -> list[tuple[int | None, str]]:
        data = self.ctx.data
        return [(None, "—")] + [(a.id, short(a.text, 32)) for a in (data.agreements if data else [])]

    def _option_choices(self) -> list[tuple[int | None, str]]:
        data = self.ctx.data
        return [(None, "—")] + [(o.id, short(o.text, 70)) for o in (data.options if data else [])]

    def _agreement_defaults(self) -> dict[str, Any]:
        data = self.ctx.data
        ceo = next((p.id for p in data.participants if p.side == m.Side.CEO), None) if data else None
        return {"approver_id": ceo, "review_date": self._review_default().toString(Qt.DateFormat.ISODate)}

    def _review_default(self) -> QDate:
        """The follow-up date if set, else 30 days after the session (the first follow-up)."""
        session = self.ctx.data.session if self.ctx.data else None
        follow_up = QDate.fromString(session.follow_up_date if session else "", Qt.DateFormat.ISODate)
        if follow_up.isValid():
            return follow_up
        date = QDate.fromString(session.date if session else "", Qt.DateFormat.ISODate)
        return (date if date.isValid() else QDate.currentDate()).addDays(30)

    # -- the selected agreement -------------------------------------------------------------------

    def _action_title(self, action: m.ActionItem | None) -> str:
        if action is None:
            return self.tr("Selected action: none (select a row or press Insert)")
        return self.tr("Selected action: %1").replace("%1", short(action.text, 60) or self.tr("untitled"))

    def current(self) -> m.Agreement | None:
        index = self.agreements.view.currentIndex()
        if not index.isValid() or index.row() >= self.agreements.model.rowCount():
            return None
        return self.agreements.model.entity(index.row())

    def _select(self, *_args: Any) -> None:
        agreement = self.current()
        self.detail_group.setEnabled(agreement is not None)
        self._show_title()
        if self.consent.agreement is not agreement:
            self.consent.set_agreement(agreement)
        self._fill_details()

    def _show_title(self) -> None:
        agreement = self.current()
        self.detail_title.setText(
            self.tr("<b>Selected agreement:</b> %1").replace("%1", html.escape(short(agreement.text, 120)) or "…")
            if agreement
            else self.tr("<b>Select an agreement above</b> to set its roles and take the consent round.")
        )

    def _refill(self) -> None:
        self._fill_details()
        self._select()

    def _fill_details(self) -> None:
        agreement = self.current()
        get = (lambda field: getattr(agreement, field)) if agreement else (lambda _field: None)
        fill_combo(self.option_box, self._option_choices(), get("option_id"))
        fill_combo(self.driver_box, self._people_choices(), get("driver_id"))
        fill_combo(self.approver_box, self._people_choices(), get("approver_id"))
        people = [(p.id, p.name) for p in (self.ctx.data.participants if self.ctx.data else [])]
        self.contributors.fill(people, get("contributor_ids") or [])
        self.informed.fill(people, get("informed_ids") or [])
        self.detail.load()

    def _set_list(self, field: str, ids: list[int]) -> None:
        agreement = self.current()
        if agreement is not None:
            setattr(agreement, field, ids)
            self.ctx.save(agreement)

    def _on_changes(self, changes: Changes) -> None:
        if changes.structural() & {m.Participant, m.Option, m.Agreement} or changes.touches(m.Participant, m.Option):
            self._fill_details()
        elif changes.updates(self.current()):
            self._show_title()  # bound detail widgets refill themselves

    # -- consent ----------------------------------------------------------------------------------

    def _consent_text(self, agreement: m.Agreement) -> str:
        """E.g. "5 of 7 voted · 1 dissent", for the agreements table: counts, never names."""
        data = self.ctx.data
        if data is None:
            return ""
        voted = sum(1 for p in data.participants if p.id in agreement.consent)
        text = self.tr("%1 of %2 voted").replace("%1", str(voted)).replace("%2", str(len(data.participants)))
        against = sum(1 for pid in m.dissenters(agreement) if data.participant(pid))
        if against:
            text += " · " + self.tr("%1 dissenting").replace("%1", str(against))
        return text

    def _show_consent(self) -> None:
        agreement, data = self.consent.agreement, self.ctx.data
        model = self.agreements.model
        row = model.row_of(agreement) if agreement else -1
        if row >= 0:
            model.dataChanged.emit(model.index(row, 0), model.index(row, model.columnCount() - 1))
        if agreement is None or data is None:
            self.dissent.clear()
            return
        votes = {pid: v for pid, v in agreement.consent.items() if data.participant(pid)}
        against = [agreement.consent[pid] for pid in m.dissenters(agreement) if pid in votes]
        if against:
            self.dissent.setText(
                self.tr(
                    "Dissent to resolve: %1 of %2 at two fingers or fewer (lowest: %3). Ask what would make it a 3."
                )
                .replace("%1", str(len(against)))
                .replace("%2", str(len(votes)))
                .replace("%3", str(min(against)))
            )
            mark(self.dissent, "warning")
        elif not votes:
            self.dissent.setText(self.tr("No votes yet. Ask: “Show fingers: can you commit to this?”"))
            mark(self.dissent, "hint")
        elif len(votes) < len(data.participants):
            self.dissent.setText(
                self.tr("%1 of %2 voted, no dissent so far.")
                .replace("%1", str(len(votes)))
                .replace("%2", str(len(data.participants)))
            )
            mark(self.dissent, "hint")
        else:
            self.dissent.setText(self.tr("Everyone can commit (lowest: %1).").replace("%1", str(min(votes.values()))))
            mark(self.dissent, "ok")

    # -- page -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._refill()

    def focus_first(self) -> None:
        self.agreements.view.setFocus()
        if not self.agreements.view.currentIndex().isValid() and self.agreements.model.rowCount():
            self.agreements.view.setCurrentIndex(self.agreements.model.index(0, 0))


PAGE = AgreementsPage
