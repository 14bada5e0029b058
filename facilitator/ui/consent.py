"""The consent round of stage 6 as a model: every participant and their fingers (fist of five)
for one agreement, entered through a ScoreTableView; two or fewer is dissent and is marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.ui import labels, theme
from facilitator.ui.context import SessionContext
from facilitator.ui.score_table import RangeRole

Index = QModelIndex | QPersistentModelIndex


class ConsentModel(QAbstractTableModel):
    """Every participant (the CEO too: the approver commits as well) and their fingers, 0 to 5,
    for one agreement. Two or fewer is dissent and is marked."""

    votes_changed = Signal()

    def __init__(self, ctx: SessionContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.agreement: m.Agreement | None = None
        self._people: list[m.Participant] = []
        ctx.loaded.connect(self.refresh)
        ctx.changes.connect(self._on_changes)
        self.refresh()

    def set_agreement(self, agreement: m.Agreement | None) -> None:
        self.agreement = agreement
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        data = self.ctx.data
        self._people = list(data.participants) if data and self.agreement is not None else []
        self.endResetModel()
        self.votes_changed.emit()

    def _on_changes(self, changes: Changes) -> None:
        if m.Participant in changes.structural():
            self.refresh()
        elif self._people and (changes.touches(m.Participant) or changes.updates(self.agreement)):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._people) - 1, 1))
            if changes.origin is not self:
                self.votes_changed.emit()  # a vote from a phone

    def participant(self, row: int) -> m.Participant:
        return self._people[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section in (0, 1):
            return self.tr("Participant") if section == 0 else self.tr("Fingers (0–5)")
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._people):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def vote(self, row: int) -> int | None:
        return self.agreement.consent.get(self._people[row].id) if self.agreement else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._people) or index.column() > 1:
            return None
        person, vote = self._people[index.row()], self.vote(index.row())
        dissent = vote is not None and vote <= m.DISSENT_AT_OR_BELOW
        if role == Qt.ItemDataRole.BackgroundRole and dissent:
            return theme.colors().tint()  # a dissenting score
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{person.name} · {labels.label(person.side)}"
            return None
        if role == Qt.ItemDataRole.EditRole:
            return vote
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if vote is None:
                return ""
            return self.tr("%1 · dissent").replace("%1", str(vote)) if dissent else str(vote)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Fingers of %1").replace("%1", person.name)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == RangeRole:
            return (m.CONSENT_MIN, m.CONSENT_MAX)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store one person's fingers (0-5), or take the vote back with None."""
        if role != Qt.ItemDataRole.EditRole or self.agreement is None or not index.isValid():
            return False
        if index.column() != 1 or index.row() >= len(self._people):
            return False
        if value is not None and not (isinstance(value, int) and m.CONSENT_MIN <= value <= m.CONSENT_MAX):
            return False
        pid = self._people[index.row()].id
        if value is None:
            self.agreement.consent.pop(pid, None)
        else:
            self.agreement.consent[pid] = value
        self.ctx.save(self.agreement)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 1))
        self.votes_changed.emit()
        return True
