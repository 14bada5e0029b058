"""The pulse: the same four statements scored 1 to 7 by every participant, before and after.

Rows are the participants who are not on the CEO side: the CEO hosts the session and holds
the approver role, so their answer is not what the pulse measures (how safe and how clear the
*teams* feel), and the most powerful person's score would lift every average. Responses a
CEO participant may already have stay stored; they are just not shown or averaged here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from facilitator.changes import Changes
from facilitator.domain.model import (
    PULSE_ITEMS,
    PULSE_MAX,
    PULSE_MIN,
    Participant,
    PulsePhase,
    PulseResponse,
    Side,
)
from facilitator.ui import labels
from facilitator.ui.context import SessionContext
from facilitator.ui.score_table import RangeRole, ScoreTableView
from facilitator.ui.tables import RowFitter

Index = QModelIndex | QPersistentModelIndex


# -- the pulse -----------------------------------------------------------------------------------


class PulseTableModel(QAbstractTableModel):
    """Participants (not the CEO) × pulse items; cells are scores 1-7 of `phase`.

    With `compare_with`, each cell also shows that phase's score, e.g. "6 (before 3)", and the
    last row compares averages of the same people, "3.0 → 5.5". Without it the last row shows
    the plain average.
    A cell edit creates the PulseResponse on the first score and updates it after.
    """

    def __init__(
        self,
        ctx: SessionContext,
        phase: PulsePhase,
        compare_with: PulsePhase | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.ctx, self.phase, self.compare_with = ctx, phase, compare_with
        self._people: list[Participant] = []
        ctx.loaded.connect(self.refresh)
        ctx.changes.connect(self._on_changes)
        self.refresh()

    # -- content ------------------------------------------------------------------------------

    @staticmethod
    def polled(participant: Participant) -> bool:
        return participant.side != Side.CEO

    def _current_people(self) -> list[Participant]:
        data = self.ctx.data
        return [p for p in data.participants if self.polled(p)] if data else []

    def refresh(self) -> None:
        self.beginResetModel()
        self._people = self._current_people()
        self.endResetModel()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Participant):
            if [p.id for p in self._current_people()] != [p.id for p in self._people]:
                self.refresh()  # someone joined or left, or a side changed to or from CEO
            elif self._people:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._people) - 1)
        if changes.touches(PulseResponse) and changes.origin is not self:
            self._repaint()

    def _repaint(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def participant(self, row: int) -> Participant | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def is_average_row(self, row: int) -> bool:
        return bool(self._people) and row == len(self._people)

    def response(self, phase: PulsePhase, participant_id: int, item_id: str) -> PulseResponse | None:
        data = self.ctx.data
        if data is None:
            return None
        for r in data.pulse_responses:
            if (r.phase, r.participant_id, r.item_id) == (phase, participant_id, item_id):
                return r
        return None

    def score(self, phase: PulsePhase, participant_id: int, item_id: str) -> int | None:
        found = self.response(phase, participant_id, item_id)
        return found.score if found else None

    def average(self, phase: PulsePhase, item_id: str) -> float | None:
        """Mean score of the shown participants who answered this item in `phase`."""
        scores = [self.score(phase, p.id, item_id) for p in self._people]
        scores = [s for s in scores if s is not None]
        return sum(scores) / len(scores) if scores else None

    def paired_averages(self, item_id: str) -> tuple[float | None, float | None, int]:
        """(earlier, now, n) over the n people who answered the item in both phases.

        While the pulse is being taken, comparing everyone's earlier scores with the first few
        new ones would mislead; so the comparison uses the same people on both sides. Before
        anyone has answered again, the earlier average of everyone is shown alone.
        """
        assert self.compare_with is not None
        pairs = [
            (self.score(self.compare_with, p.id, item_id), self.score(self.phase, p.id, item_id)) for p in self._people
        ]
        both = [(a, b) for a, b in pairs if a is not None and b is not None]
        if not both:
            return self.average(self.compare_with, item_id), None, 0
        return sum(a for a, _ in both) / len(both), sum(b for _, b in both) / len(both), len(both)

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._people) + 1 if self._people else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PULSE_ITEMS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(PULSE_ITEMS):
            item = PULSE_ITEMS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return labels.pulse_item_short(item)
            if role == Qt.ItemDataRole.ToolTipRole:
                return labels.pulse_item(item)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            person = self.participant(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return (person.name or self.tr("(no name)")) if person else self.tr("Average")
            if role == Qt.ItemDataRole.ToolTipRole and person is not None:
                return f"{person.name} · {labels.label(person.side)}"
            if role == Qt.ItemDataRole.FontRole and person is None:
                return _bold()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_average_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        item = PULSE_ITEMS[index.column()]
        if self.is_average_row(index.row()):
            return self._average_data(item, role)
        person = self._people[index.row()]
        now = self.score(self.phase, person.id, item)
        before = self.score(self.compare_with, person.id, item) if self.compare_with else None
        if role == Qt.ItemDataRole.EditRole:
            return now
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(now, before)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._cell_text(now, before) or self.tr("not scored")
            return f"{person.name} · {labels.pulse_item(item)} {text}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{person.name}: {labels.pulse_item_short(item)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == RangeRole:
            return (PULSE_MIN, PULSE_MAX)
        return None

    def _cell_text(self, now: int | None, before: int | None) -> str:
        if self.compare_with is None or before is None:
            return "" if now is None else str(now)
        if self.compare_with == PulsePhase.BEFORE:
            text = self.tr("%1 (before %2)")
        elif self.compare_with == PulsePhase.AFTER:
            text = self.tr("%1 (after %2)")
        else:
            text = self.tr("%1 (follow-up %2)")
        return text.replace("%1", "–" if now is None else str(now)).replace("%2", str(before))

    def _average_data(self, item: str, role: int) -> Any:
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if self.compare_with is None:
                now = self.average(self.phase, item)
                return "" if now is None else labels.number(now)
            before, now, n = self.paired_averages(item)
            if before is None and now is None:
                return ""
            text = f"{'–' if before is None else labels.number(before)} → {'–' if now is None else labels.number(now)}"
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            return self.tr("%1 (the %2 people who answered both times)").replace("%1", text).replace("%2", str(n))
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store a score (1-7), or remove it with None. Out-of-range values are refused."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.is_average_row(index.row()):
            return False
        if index.row() >= len(self._people) or index.column() >= len(PULSE_ITEMS):
            return False
        if value is not None and not (isinstance(value, int) and PULSE_MIN <= value <= PULSE_MAX):
            return False
        person, item = self._people[index.row()], PULSE_ITEMS[index.column()]
        found = self.response(self.phase, person.id, item)
        if value is None:
            if found is not None:
                self.ctx.delete(found)
        elif found is None:
            fresh = PulseResponse(participant_id=person.id, phase=self.phase, item_id=item, score=value)
            if self.ctx.add(fresh) is None:
                return False
        elif found.score != value:
            found.score = value
            self.ctx.save(found)
        self._repaint()
        return True


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class PulseTable(QWidget):
    """The pulse of one phase as an editable table, with the scale spelled out beneath."""

    def __init__(
        self,
        ctx: SessionContext,
        phase: PulsePhase,
        compare_with: PulsePhase | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = PulseTableModel(ctx, phase, compare_with, self)
        self.view = ScoreTableView("right")
        self.view.setModel(self.model)
        self.view.setObjectName("pulseTable")
        self.view.setAccessibleName(
            self.tr("Pulse after the session") if phase == PulsePhase.AFTER else self.tr("Pulse")
        )
        self.view.setAccessibleDescription(self.tr("Type a score from 1 to 7 in a cell; the cursor moves on."))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        self.scale = QLabel(
            self.tr("1 = not at all · 4 = partly · 7 = completely. Type a digit to score; Delete clears.")
        )
        self.scale.setObjectName("hint")
        self.scale.setWordWrap(True)
        self.items = QLabel(
            "<br>".join(f"<b>{labels.pulse_item_short(i)}</b>: {labels.pulse_item(i)}" for i in PULSE_ITEMS)
        )
        self.items.setObjectName("hint")
        self.items.setWordWrap(True)
        self.empty = QLabel(self.tr("Add participants on the first stage; the CEO hosts and is not polled."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.scale)
        layout.addWidget(self.items)
        layout.addWidget(self.empty)
        self.fitter = RowFitter(self.view, minimum_rows=2, maximum_rows=16)
        self.model.modelReset.connect(self._show_empty)
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def focus_first(self) -> None:
        self.view.start()
