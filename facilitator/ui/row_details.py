"""The columns a table hid for want of width, as a form for its selected row.

`FitColumns` hides a table's optional columns on a narrow page (the goals' baseline, target,
unit, horizon and confidence in a 1280 px window); this box shows exactly those, with the
table's own editors, so nothing is out of reach and the table never scrolls sideways. It is
hidden whenever the table shows every column. Edits go through the table's model, as a cell
edit does: a choice is stored when it is chosen, a text when the field is left or Enter is
pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDataWidgetMapper,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from facilitator.ui.fields import fill_combo
from facilitator.ui.widgets import EntityTable

PAIRS_PER_LINE = 3  # label and editor pairs side by side at most: fits a 700 px page in German
EDITOR_EM = 7  # the narrowest an editor in the form may get, in "m"


class RowDetails(QGroupBox):
    """`title(entity)` names the selected row (entity None: nothing selected)."""

    def __init__(self, table: EntityTable, title: Callable[[Any], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.table, self.naming = table, title
        model = table.model
        # Its own delegate of the table's kind: the same editors and way of storing values, but a
        # delegate shared with the view would hand the view's Tab (closeEditor) to the mapper too,
        # which then moved the focus away from the table's next cell.
        delegate = type(table.view.itemDelegate())(model.columns, self)
        self.mapper = QDataWidgetMapper(self)
        self.mapper.setModel(model)
        self.mapper.setItemDelegate(delegate)
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        self.grid = QGridLayout(self)
        self.fields: dict[int, tuple[QLabel, QWidget]] = {}
        self._choices: dict[int, list] = {}  # what each combo was filled with (a cell's editor is new each time)
        optional = sorted({c for group in (table.widths.optional if table.widths else []) for c in group})
        for column in optional:
            editor = delegate.editor_for(column, self)
            editor.setAccessibleName(model.columns[column].header)
            if isinstance(editor, QComboBox):  # a choice is stored at once, as in the table
                editor.activated.connect(self.mapper.submit)
                self._choices[column] = model.columns[column].choices()
            label = QLabel(model.columns[column].header, self)  # parented: shown alone it would be a window
            label.setBuddy(editor)
            self.mapper.addMapping(editor, column)
            self.fields[column] = (label, editor)
        self._chained = False
        self.pairs = PAIRS_PER_LINE
        # Its width comes from the page, never from its three pairs a line (resizeEvent adapts).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        table.view.selectionModel().currentRowChanged.connect(self._follow)
        model.dataChanged.connect(lambda *_: self.setTitle(self.naming(self._entity())))
        model.modelReset.connect(lambda: self._follow(table.view.currentIndex()))
        model.rowsRemoved.connect(lambda *_: self._follow(table.view.currentIndex()))
        model.repaint.connect(self._refill)  # e.g. an agreement added: the actions' choices grew
        if table.widths is not None:
            table.widths.hidden_changed.connect(self._lay_out)
        self._lay_out()
        self._follow(table.view.currentIndex())

    def _lay_out(self) -> None:
        """Only the fields whose columns are hidden now, in the table's column order."""
        hidden = set(self.table.widths.auto_hidden if self.table.widths else [])
        for label, editor in self.fields.values():
            self.grid.removeWidget(label)
            self.grid.removeWidget(editor)
        place = 0
        for column, (label, editor) in self.fields.items():
            shown = column in hidden
            if shown:
                line, pair = divmod(place, self.pairs)
                self.grid.addWidget(label, line, 2 * pair)
                self.grid.addWidget(editor, line, 2 * pair + 1)
                self.grid.setColumnStretch(2 * pair + 1, 1)
                place += 1
            label.setVisible(shown)
            editor.setVisible(shown)
        self.setVisible(bool(hidden))

    def resizeEvent(self, event) -> None:
        """Fewer pairs a line on a narrow page (a zoomed window): the form never widens the page."""
        super().resizeEvent(event)
        labels = max((label.sizeHint().width() for label, _editor in self.fields.values()), default=0)
        pair = labels + EDITOR_EM * self.fontMetrics().horizontalAdvance("m") + 3 * self.grid.spacing()
        pairs = max(1, min(PAIRS_PER_LINE, self.contentsRect().width() // max(pair, 1)))
        if pairs != self.pairs:
            self.pairs = pairs
            for column in range(2 * PAIRS_PER_LINE):
                self.grid.setColumnStretch(column, 0)
            self._lay_out()

    def showEvent(self, event) -> None:
        """Tab leaves the table for the form, in the table's column order (once both are in a window)."""
        super().showEvent(event)
        if not self._chained:
            chain = [self.table.view, *(editor for _label, editor in self.fields.values())]
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
            self._chained = True

    def _entity(self) -> Any:
        row, model = self.table.view.currentIndex().row(), self.table.model
        return model.entity(row) if 0 <= row < model.rowCount() else None

    def _refill(self) -> None:
        """Choices from the session (the agreements) as they are now, the row's value selected."""
        row = self.table.view.currentIndex().row()
        for column, pairs in self._choices.items():
            now = self.table.model.columns[column].choices()
            if now != pairs:
                self._choices[column] = now
                value = self.table.model.index(row, column).data(Qt.ItemDataRole.EditRole)
                box = self.fields[column][1]
                fill_combo(box, now, value, narrow=False)
                if self._entity() is None:
                    box.setCurrentIndex(-1)  # no row: no value, as _follow shows it

    def _follow(self, current: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        entity = self._entity()
        self._refill()
        self.mapper.setCurrentIndex(row)
        for _label, editor in self.fields.values():
            editor.setEnabled(entity is not None)
            if entity is None and isinstance(editor, QComboBox):
                editor.setCurrentIndex(-1)  # no row: no value (the mapper leaves the last one shown)
            elif entity is None and isinstance(editor, QLineEdit):
                editor.clear()
        self.setTitle(self.naming(entity))
