"""Editor widgets the pages share: refilled combos, status lines, optional dates, check-lists,
and the dialog that picks several entities for one table cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import i18n, theme
from facilitator.ui.entity_model import Column, EntityDelegate
from facilitator.ui.widgets import Binder

Index = QModelIndex | QPersistentModelIndex


def fill_combo(box: QComboBox, pairs: list[tuple[Any, str]], current: Any, narrow: bool = True) -> None:
    """Replace a combo's items and select `current` again, without emitting `activated`.

    A narrow combo no longer asks for the width of its longest item (long agreement texts would
    push the page wider than a 1280 px projector); the layout gives it the room there is."""
    if narrow:
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
    box.blockSignals(True)
    box.clear()
    for value, text in pairs:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.blockSignals(False)


def mark(label: QLabel, kind: str) -> None:
    """Style a status line as "warning", "ok" or "hint" (object name for the theme, colour now)."""
    label.setObjectName(kind)
    palette = label.palette()
    default = QLabel().palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, theme.colors().q("warning") if kind == "warning" else default)
    label.setPalette(palette)
    label.style().unpolish(label)
    label.style().polish(label)


class DateEdit(QDateEdit):
    """A date in the UI language's one format; Tab leaves the field instead of stepping
    through its day, month and year (typing still advances through them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(i18n.date_format())

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class OptionalDateEdit(DateEdit):
    """A date that may be unset: the lowest date reads "not set" and stands for "" in the data.

    Arrow keys on "not set" jump to `default()` (e.g. today or the session date + 30 days).
    Tab leaves the field instead of stepping through year, month and day."""

    FLOOR = QDate(2000, 1, 1)

    def __init__(self, accessible_name: str, default: Callable[[], QDate] = QDate.currentDate, parent=None):
        super().__init__(parent)
        self.default = default
        self.setMinimumDate(self.FLOOR)
        self.setSpecialValueText(self.tr("not set"))
        self.setAccessibleName(accessible_name)
        self.setDate(self.FLOOR)

    def iso(self) -> str:
        return "" if self.date() == self.FLOOR else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, value: str | None) -> None:
        date = QDate.fromString(value or "", Qt.DateFormat.ISODate)
        self.setDate(date if date.isValid() else self.FLOOR)

    def stepBy(self, steps: int) -> None:
        if self.date() == self.FLOOR:
            self.setDate(self.default())
        else:
            super().stepBy(steps)


def bind_date(binder: Binder, edit: OptionalDateEdit, entity: Callable[[], Any], field: str) -> None:
    """Like Binder.date, but "not set" stays "" instead of showing (and saving) today."""
    binder._bind(edit, edit.dateChanged, edit.iso, edit.set_iso, entity, field)


class CheckList(QListWidget):
    """Choices to tick (contributors, informed, interests served): arrows move, Space ticks.

    With `fit`, the list is as tall as its lines (3 to 8), for a form; without, it takes the
    room its layout gives it, as in a dialog."""

    ticked = Signal(list)  # the ticked ids, in list order

    def __init__(self, accessible_name: str, parent=None, fit: bool = True):
        super().__init__(parent)
        self.fit = fit
        self.setAccessibleName(accessible_name)
        self.itemChanged.connect(lambda _item: self.ticked.emit(self.chosen()))

    def fill(self, choices: list[tuple[int, str]], chosen: list[int]) -> None:
        self.blockSignals(True)
        row = max(0, self.currentRow())
        self.clear()
        for value, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(min(row, self.count() - 1))
        self.blockSignals(False)
        if self.fit:
            rows = min(max(self.count(), 3), 8)
            self.setFixedHeight(rows * max(self.sizeHintForRow(0), 20) + 2 * self.frameWidth() + 2)

    def chosen(self) -> list[int]:
        items = (self.item(i) for i in range(self.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


# -- choosing several entities for one cell -------------------------------------------------------


class MultiSelectDialog(QDialog):
    """A check-list of choices: arrows move, Space ticks, Return confirms, Escape cancels."""

    def __init__(
        self,
        title: str,
        choices: list[tuple[int, str]],
        selected: list[int],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = CheckList(title, fit=False)
        self.list.setWordWrap(True)
        self.list.fill(choices, selected)
        hint = QLabel(
            self.tr("Space ticks or unticks the current line; Return confirms.")
            if choices
            else self.tr("Nothing to choose from yet.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def selected_ids(self) -> list[int]:
        return self.list.chosen()


@dataclass
class Picker:
    """A column whose value is a list of ids, chosen from `choices` in a dialog titled `title`.

    `summary` turns the chosen ids into the cell's short text (a table row stays one line high
    on the projector); the full names are in the dialog and wherever the page shows details.
    """

    field: str
    title: str
    choices: Callable[[], list[tuple[int, str]]]
    summary: Callable[[list[int]], str]

    def names(self, ids: list[int]) -> list[str]:
        return [text for value, text in self.choices() if value in ids]


def picker_column(header: str, picker: Picker, width: int = 0) -> Column:
    """A column for a list of ids, shown through the picker's summary and edited in its dialog."""
    return Column(
        header,
        picker.field,
        get=lambda e: picker.summary(getattr(e, picker.field)),
        set=lambda e, ids: setattr(e, picker.field, list(ids)),
        width=width,
    )


class PickerDelegate(EntityDelegate):
    """EntityDelegate plus picker columns: editing one (F2, Return, a key, a double click) opens
    a MultiSelectDialog; OK stores the ticked ids through the model (one save)."""

    def __init__(self, columns: list[Column], pickers: dict[int, Picker], parent=None):
        super().__init__(columns, parent)
        self.pickers = pickers
        self.dialog: MultiSelectDialog | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:
        picker = self.pickers.get(index.column())
        if picker is None:
            return super().createEditor(parent, option, index)
        model = index.model()
        entity = model.entity(index.row())
        dialog = MultiSelectDialog(picker.title, picker.choices(), getattr(entity, picker.field), parent.window())
        target = QPersistentModelIndex(index)
        dialog.accepted.connect(
            lambda: model.setData(model.index(target.row(), target.column()), dialog.selected_ids())
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return None
