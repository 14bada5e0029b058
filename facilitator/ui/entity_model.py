"""One table model for every collection of a session, described by its columns.

A cell edit changes the entity and saves it at once (one user action, one transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.ui import i18n, labels
from facilitator.ui.context import SessionContext
from facilitator.ui.text_limit import cap

Index = QModelIndex | QPersistentModelIndex
# A cell shows a few lines and a tooltip a paragraph: laying out all of a 20,000-character text
# (MAX_TEXT_CHARS) on every paint and every row-height pass is work nobody sees. The editor
# below a table, and a cell's own editor, get the whole text.
CELL_CHARS = 2_000
TIP_CHARS = 1_000


Choices = Callable[[], list[tuple[Any, str]]]


@dataclass
class Column:
    """How one column shows and edits a value.

    kind: text, int, float, bool, date, choice (enum or reference via `choices`).
    `get`/`set` override plain attribute access for derived columns (e.g. a consent vote).
    """

    header: str
    field: str = ""
    kind: str = "text"
    choices: Choices | None = None
    minimum: float = 0
    maximum: float = 1_000_000_000
    decimals: int = 1
    editable: bool = True
    get: Callable[[Any], Any] | None = None
    set: Callable[[Any, Any], None] | None = None
    width: int = 0  # preferred width in characters, 0 = stretch

    def value(self, entity: Any) -> Any:
        return self.get(entity) if self.get else getattr(entity, self.field)

    def assign(self, entity: Any, value: Any) -> None:
        if self.set:
            self.set(entity, value)
        else:
            setattr(entity, self.field, value)


def enum_choices(enum: type[Enum]) -> Choices:
    return lambda: labels.choices(enum)


class EntityTableModel(QAbstractTableModel):
    """Rows are the entities of one kind in the open session (optionally filtered)."""

    repaint = Signal()  # words from other kinds changed: views repaint without touching editors

    def __init__(
        self,
        ctx: SessionContext,
        kind: type,
        columns: list[Column],
        accept: Callable[[Any], bool] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.ctx, self.kind, self.columns = ctx, kind, columns
        self.accept = accept or (lambda _e: True)
        self._rows: list[Any] = []
        ctx.loaded.connect(self.refresh)
        ctx.changes.connect(self.apply)
        self.refresh()

    # -- content ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        data = self.ctx.data
        self._rows = [e for e in data.items(self.kind) if self.accept(e)] if data else []
        self.endResetModel()

    def apply(self, changes: Changes) -> None:
        """Insert, update and remove rows; selection, scrolling and an open editor stay put."""
        for entity in changes.removed:
            if isinstance(entity, self.kind):
                self._remove(entity)
        for entity in (*changes.added, *changes.updated):
            if not isinstance(entity, self.kind):
                continue
            row, wanted = self.row_of(entity), self.accept(entity)
            if row < 0 and wanted:
                self._insert(entity)
            elif row >= 0 and not wanted:
                self._remove(entity)
            elif row >= 0 and changes.origin is not self:
                self._repaint(row, changes.changed_fields(entity))
        if changes.kinds() - {self.kind}:
            self.repaint.emit()  # reference columns show other kinds' words (a renamed participant, say)

    def _insert(self, entity: Any) -> None:
        # Keep the session's order (entry order), so a row lands where a reload would put it.
        order = {id(e): i for i, e in enumerate(self.ctx.data.items(self.kind))}
        position = order.get(id(entity), len(order))
        row = next((i for i, e in enumerate(self._rows) if order.get(id(e), 0) > position), len(self._rows))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, entity)
        self.endInsertRows()

    def _remove(self, entity: Any) -> None:
        row = self.row_of(entity)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def _repaint(self, row: int, fields: frozenset[str] | None) -> None:
        """Cells whose values changed, one by one: Qt rewrites an open editor inside any range it
        is told about, so a range would wipe what someone is typing in a cell that did not change."""
        for column, spec in enumerate(self.columns):
            derived = spec.get is not None and not spec.editable
            if fields is None or spec.field in fields or derived:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def entity(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, entity: Any) -> int:
        return next((i for i, e in enumerate(self._rows) if e is entity), -1)

    def add(self, **values: Any) -> int:
        """Add a new entity; returns its row (or -1 when it could not be stored)."""
        entity = self.ctx.add(self.kind(**values))
        return self.row_of(entity) if entity is not None else -1

    def remove(self, row: int) -> bool:
        return self.ctx.delete(self._rows[row])

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.editable:
            if column.kind == "bool":
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        value = column.value(self._rows[index.row()])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.clip(self.display(column, value), CELL_CHARS)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.clip(self.display(column, value), TIP_CHARS)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.header}: {labels.clip(self.display(column, value), TIP_CHARS)}"
        return None

    @staticmethod
    def display(column: Column, value: Any) -> str:
        if column.kind == "bool" or value is None or value == "":
            return ""
        if column.choices is not None:
            return next((text for v, text in column.choices() if v == value), "")
        if column.kind == "float":
            return QLocale().toString(float(value), "f", column.decimals)
        if column.kind == "date":
            date = QDate.fromString(value, Qt.DateFormat.ISODate)  # the UI's one format, four-digit year
            return date.toString(i18n.date_format()) if date.isValid() else str(value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        entity = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if column.value(entity) == value:
            return False
        column.assign(entity, value)
        field = None if column.set else column.field
        self.ctx.save(entity, field, origin=self)
        self._repaint(index.row(), frozenset({field}) if field else None)
        return True


class EntityDelegate(QStyledItemDelegate):
    """Editors that fit each column kind: combo boxes for choices, spin boxes, a date picker."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.columns[index.column()]
        if column.choices is None and column.kind not in ("int", "float", "date"):
            editor = super().createEditor(parent, option, index)
            cap(editor)  # a line edit for text: at most MAX_TEXT_CHARS
            return editor
        return self.editor_for(index.column(), parent)

    def editor_for(self, number: int, parent: QWidget) -> QWidget:
        """The editor of column `number`, also outside a cell (a form for the selected row)."""
        column = self.columns[number]
        if column.choices is not None:
            editor = QComboBox(parent)
            for value, text in column.choices():
                editor.addItem(text, value)
        elif column.kind == "int":
            editor = QSpinBox(parent, minimum=int(column.minimum), maximum=int(column.maximum))
        elif column.kind == "float":
            editor = QDoubleSpinBox(parent, decimals=column.decimals)
            editor.setRange(column.minimum, column.maximum)
        elif column.kind == "date":
            from facilitator.ui.fields import DateEdit  # fields builds on this module

            editor = DateEdit(parent)  # the UI language's date format; Tab leaves it
        else:
            editor = QLineEdit(parent)
            cap(editor)
        editor.setAccessibleName(column.header)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value or 0)
        elif isinstance(editor, QDateEdit):
            date = QDate.fromString(value or "", Qt.DateFormat.ISODate)
            editor.setDate(date if date.isValid() else QDate.currentDate())
            # An unset date stays unset unless the user changes it (passing through is no choice).
            editor.setProperty("chosen", date.isValid())
            editor.dateChanged.connect(lambda _d, e=editor: e.setProperty("chosen", True))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            # Qt hands back an enum's str value; take the domain value from the choices instead.
            column = self.columns[index.column()]
            model.setData(index, column.choices()[editor.currentIndex()][0])
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QDateEdit):
            if editor.property("chosen"):  # a new row's date stays empty until one is chosen
                model.setData(index, editor.date().toString(Qt.DateFormat.ISODate))
        else:
            super().setModelData(editor, model, index)
