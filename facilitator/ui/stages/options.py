"""Stage 5, options and criteria: agree the criteria, collect options, score them, see the leader.

"Agree criteria before scoring" is a lock. Until the CEO presses "Criteria agreed", the
criteria can be changed and the scorecard takes no scores; once agreed, the criteria are
read-only and scoring opens. Reopening them after scores exist asks first, because it changes
the ranking of options already scored. The domain has no field for the lock, so it is derived
when a session loads: criteria count as agreed as soon as any option has a score (scores are
only possible after agreeing). An agreement pressed but not yet used is not remembered across
restarts; see the report for the field that would fix this.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.domain.templates import Kind
from facilitator.ui import labels
from facilitator.ui.entity_model import Column, enum_choices
from facilitator.ui.fields import Picker, PickerDelegate, picker_column
from facilitator.ui.labels import short
from facilitator.ui.scorecard import ScorecardTable
from facilitator.ui.stage_page import StagePage
from facilitator.ui.tables import ColumnShares, RowFitter
from facilitator.ui.template_bar import under_table
from facilitator.ui.widgets import EntityTable


class LockableTable(EntityTable):
    """An EntityTable that can be locked: then nothing can be added, removed or edited."""

    refused = Signal()  # the user tried to change a locked table

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.locked = False
        self._editable = [c.editable for c in self.model.columns]

    def set_locked(self, locked: bool) -> None:
        editor = self.view.indexWidget(self.view.currentIndex())
        if self.view.state() == self.view.State.EditingState and editor is not None:
            self.view.commitData(editor)  # what was typed last still counts
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.locked = locked
        for column, editable in zip(self.model.columns, self._editable, strict=True):
            column.editable = editable and not locked
        self.add_button.setEnabled(not locked)
        self.remove_button.setEnabled(not locked)

    def add_row(self) -> None:
        if self.locked:
            self.refused.emit()
        else:
            super().add_row()

    def remove_current(self) -> None:
        if self.locked:
            self.refused.emit()
        else:
            super().remove_current()


class OptionsPage(StagePage):
    number = 5

    def build(self) -> None:
        self.agreed = False
        self.criteria = LockableTable(
            self.ctx,
            m.Criterion,
            [
                Column(self.tr("Criterion"), "name"),
                Column(self.tr("Weight"), "weight", "float", minimum=0, maximum=100, decimals=1, width=8),
                Column(self.tr("Data source"), "source", "choice", enum_choices(m.CriterionSource), width=16),
            ],
            self.tr("1 · Criteria both sides accept as fair"),
            self.tr("Add &criterion"),
        )
        self.criteria_columns = ColumnShares(self.criteria.view, [58, 14, 28])
        self.criteria_fitter = RowFitter(self.criteria.view, minimum_rows=3, maximum_rows=8)
        self.criteria.refused.connect(self._refuse_change)
        self.criteria_templates = under_table(self.ctx, Kind.CRITERIA, self.criteria)

        self.agree_button = QPushButton()
        self.agree_button.setCheckable(True)
        self.agree_button.setAccessibleName(self.tr("Criteria agreed"))
        self.agree_button.clicked.connect(self._on_agree_clicked)
        self.agree_state = QLabel()
        self.agree_state.setWordWrap(True)
        agree_row = QHBoxLayout()
        agree_row.addWidget(self.agree_button)
        agree_row.addWidget(self.agree_state, 1)

        self.interest_picker = Picker(
            "interest_ids", self.tr("Interests this option serves"), self._interests, self._interest_summary
        )
        self.tension_picker = Picker(
            "tension_ids", self.tr("Tensions this option addresses"), self._tensions, self._tension_summary
        )
        option_columns = [
            Column(self.tr("Option"), "text"),
            Column(self.tr("Status"), "status", "choice", enum_choices(m.OptionStatus), width=8),
            picker_column(self.tr("Interests served"), self.interest_picker, width=11),
            picker_column(self.tr("Tensions"), self.tension_picker, width=6),
        ]
        self.options = EntityTable(
            self.ctx,
            m.Option,
            option_columns,
            self.tr("2 · Options that serve both sides"),
            self.tr("Add &option"),
        )
        self.options.view.setItemDelegate(
            PickerDelegate(option_columns, {2: self.interest_picker, 3: self.tension_picker}, self.options.view)
        )
        self.options_columns = ColumnShares(self.options.view, [48, 15, 25, 12])
        self.options_fitter = RowFitter(self.options.view, minimum_rows=3, maximum_rows=8)
        self.options.view.setToolTip(self.tr("Interests and tensions: press F2 to choose from a list."))
        self.option_detail = QLabel()
        self.option_detail.setObjectName("detail")
        self.option_detail.setWordWrap(True)
        self.option_detail.setTextFormat(Qt.TextFormat.RichText)
        self.option_detail.hide()
        self.options.view.selectionModel().currentChanged.connect(self._show_option_detail)
        self.ctx.changes.connect(self._on_changes)

        scorecard_title = QLabel(self.tr("<b>3 · Scorecard</b>"))
        self.scorecard = ScorecardTable(self.ctx)

        self.body.addWidget(self.criteria)
        self.body.addLayout(agree_row)
        self.body.addSpacing(8)
        self.body.addWidget(self.options)
        self.body.addWidget(self.option_detail)
        self.body.addSpacing(8)
        self.body.addWidget(scorecard_title)
        self.body.addWidget(self.scorecard)
        self.body.addStretch()
        self._apply_agreed(False)

    # -- choices for the pickers ----------------------------------------------------------------

    def _interests(self) -> list[tuple[int, str]]:
        data = self.ctx.data
        if data is None:
            return []
        return [(i.id, f"{labels.label(i.side)}: {i.text}") for i in data.interests]

    def _tensions(self) -> list[tuple[int, str]]:
        data = self.ctx.data
        if data is None:
            return []
        result = []
        for t in data.tensions:
            a, b = data.goal(t.goal_a_id), data.goal(t.goal_b_id)
            ends = f"{short(a.objective, 40) if a else '?'} ↔ {short(b.objective, 40) if b else '?'}"
            result.append((t.id, f"{labels.label(t.type)}: {ends}"))
        return result

    def _interest_summary(self, ids: list[int]) -> str:
        data = self.ctx.data
        if data is None:
            return ""
        counts = {side: 0 for side in m.Side}
        for interest in data.interests:
            if interest.id in ids:
                counts[interest.side] += 1
        return " · ".join(f"{labels.label(side)} {n}" for side, n in counts.items() if n)

    def _tension_summary(self, ids: list[int]) -> str:
        n = len(self.tension_picker.names(ids))  # the column header says what is counted
        return str(n) if n else ""

    def _show_option_detail(self, *_args) -> None:
        index = self.options.view.currentIndex()
        if not index.isValid() or index.row() >= self.options.model.rowCount():
            self.option_detail.clear()
            self.option_detail.hide()
            return
        self.option_detail.show()
        option = self.options.model.entity(index.row())
        serves = self.interest_picker.names(option.interest_ids)
        addresses = self.tension_picker.names(option.tension_ids)
        none = self.tr("none yet (F2 in the column to choose)")
        self.option_detail.setText(
            self.tr("<b>Serves:</b> %1<br><b>Addresses:</b> %2")
            .replace("%1", html.escape("; ".join(serves)) if serves else none)
            .replace("%2", html.escape("; ".join(addresses)) if addresses else none)
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(m.Option, m.Interest, m.Tension):
            self._show_option_detail()

    # -- the criteria lock ----------------------------------------------------------------------

    def _any_scores(self) -> bool:
        return bool(self.ctx.data) and any(o.scores for o in self.ctx.data.options)

    def _on_agree_clicked(self, checked: bool) -> None:
        data = self.ctx.data
        if checked and not (data and any(c.name.strip() for c in data.criteria)):
            self._apply_agreed(False)
            self.agree_state.setText(self.tr("Add at least one criterion first, then agree it."))
            QApplication.beep()
            return
        if not checked and self._any_scores():
            answer = QMessageBox.question(
                self,
                self.tr("Reopen the criteria"),
                self.tr(
                    "Options have already been scored against these criteria. Changing a criterion or "
                    "a weight changes their ranking. The scores are kept. Reopen the criteria?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._apply_agreed(True)
                return
        self._apply_agreed(checked)
        (self.scorecard.view if checked else self.criteria.view).setFocus()

    def _apply_agreed(self, agreed: bool) -> None:
        self.agreed = agreed
        session = self.ctx.data.session if self.ctx.data else None
        if session is not None and session.criteria_agreed != agreed:
            session.criteria_agreed = agreed
            self.ctx.save(session)
        self.agree_button.setChecked(agreed)
        self.criteria.set_locked(agreed)
        self.agree_button.setAccessibleName(self.tr("Reopen criteria") if agreed else self.tr("Criteria agreed"))
        self.scorecard.model.set_scoring_open(agreed)
        if agreed:
            self.agree_button.setText(self.tr("&Reopen criteria"))
            self.agree_state.setText(self.tr("Criteria agreed and locked. Scoring is open."))
            self.agree_state.setObjectName("hint")
        else:
            self.agree_button.setText(self.tr("Criteria &agreed – start scoring"))
            self.agree_state.setText(
                self.tr("Agree names and weights with both sides first; scoring opens when you press this.")
            )
            self.agree_state.setObjectName("warning")
        self.agree_state.style().unpolish(self.agree_state)
        self.agree_state.style().polish(self.agree_state)

    def _refuse_change(self) -> None:
        QApplication.beep()
        self.agree_state.setText(self.tr("The criteria are agreed and locked. Press “Reopen criteria” to change them."))

    # -- page -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        data = self.ctx.data
        self._apply_agreed(bool(data) and (data.session.criteria_agreed or self._any_scores()))

    def focus_first(self) -> None:
        (self.scorecard.view if self.agreed else self.criteria.view).setFocus()


PAGE = OptionsPage
