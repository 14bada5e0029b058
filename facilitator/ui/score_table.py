"""The keyboard entry used for all small scores (pulse 1-7, option scores, fist of five):
`ScoreTableView` stores a typed digit at once and moves on; `ScoreDelegate` is its spin box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
#: Models that use ScoreDelegate/ScoreTableView answer this role with (minimum, maximum).
RangeRole = Qt.ItemDataRole.UserRole + 1


class ScoreDelegate(QStyledItemDelegate):
    """A spin box limited to the cell's range (RangeRole); used after F2, Return or a double click."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        low, high = index.data(RangeRole) or (0, 10)
        editor = QSpinBox(parent)
        editor.setRange(low, high)
        editor.setAccessibleName(index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        low, high = index.data(RangeRole) or (0, 10)
        editor.setValue(int(value) if value is not None else (low + high) // 2)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        editor.interpretText()
        model.setData(index, editor.value())


class ScoreTableView(QTableView):
    """A table for live scoring: a digit key stores the score and moves to the next cell.

    advance="right" walks along a row and wraps to the next row (pulse, scorecard);
    advance="down" walks down a column (a consent round). Delete or Backspace clears a score.
    A digit outside the cell's range is refused with a beep. F2, Return or a double click open a
    spin box; Tab leaves the table, so the page's tab order stays intact.
    """

    def __init__(self, advance: str = "right", parent: QWidget | None = None):
        super().__init__(parent)
        self.advance = advance
        self.setItemDelegate(ScoreDelegate(self))
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _editable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if self.state() != QAbstractItemView.State.EditingState and plain and self._editable(index):
            text = event.text()
            if len(text) == 1 and text.isdigit():
                if self.model().setData(index, int(text)):
                    self._move_on(index)
                else:
                    QApplication.beep()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.model().setData(index, None)
                event.accept()
                return
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._editable(index) and not editing:
            self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Claim the keys this view handles, so window-wide shortcuts (e.g. a table's Delete)
        do not take them while a score cell has the focus."""
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != QAbstractItemView.State.EditingState:
            plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            keys = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if plain and (event.key() in keys or event.text().isdigit()):
                event.accept()
                return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by Tab (or from a page's focus_first) lands on the first cell to score."""
        super().focusInEvent(event)
        self.ensure_current()

    def ensure_current(self) -> None:
        if not self._editable(self.currentIndex()):
            first = self.first_editable()
            if first.isValid():
                self.setCurrentIndex(first)

    def start(self) -> None:
        """Take the keyboard focus, ready to score the first open cell."""
        self.setFocus()
        self.ensure_current()

    def first_editable(self) -> QModelIndex:
        model = self.model()
        if model is None:
            return QModelIndex()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                if self._editable(model.index(row, column)):
                    return model.index(row, column)
        return QModelIndex()

    def _move_on(self, index: QModelIndex) -> None:
        model = self.model()
        row, column = index.row(), index.column()
        while True:
            if self.advance == "down":
                row += 1
            else:
                column += 1
                if column >= model.columnCount():
                    row, column = row + 1, 0
            if row >= model.rowCount():
                return
            candidate = model.index(row, column)
            if self._editable(candidate):
                self.setCurrentIndex(candidate)
                return
