"""Building blocks the pages share: field bindings, an editable entity table, the private-note box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.domain.model import PrivateNote
from facilitator.ui.context import SessionContext
from facilitator.ui.entity_model import Column, EntityDelegate, EntityTableModel
from facilitator.ui.keys import scoped_shortcut
from facilitator.ui.tables import CELL_PADDING, FitColumns, RowsFollowColumns, cap_rows
from facilitator.ui.text_limit import cap

Getter = Callable[[], Any]


def plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: toPlainText() would turn no-break spaces (z. B., § 5) into spaces."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


class Binder:
    """Connects widgets to fields of the open session's entities; refills them when it loads.

    Typing is saved through the context's debounce; choices (combo, check box) save at once.
    """

    def __init__(self, ctx: SessionContext):
        self.ctx = ctx
        self._loaders: list[tuple[QWidget, Getter, str, Callable[[], None]]] = []
        ctx.loaded.connect(self.load)
        ctx.changes.connect(self._apply)

    def load(self) -> None:
        if self.ctx.data is not None:
            for _widget, _entity, _field, loader in self._loaders:
                loader()

    def _apply(self, changes: Changes) -> None:
        """Show a change made elsewhere (another page, the room, a phone); a widget's own edit
        comes back with itself as the origin and is left alone."""
        updated = {id(e): e for e in changes.updated}
        for widget, entity, field, loader in self._loaders:
            target = entity()
            if changes.origin is widget or id(target) not in updated:
                continue
            names = changes.changed_fields(target)
            if names is None or field in names:
                loader()

    def _bind(self, widget: QWidget, signal, read: Callable[[], Any], write, entity: Getter, field: str, now=False):
        def on_change(*_args: Any) -> None:
            target = entity()
            if target is None:
                return
            value = read()
            if getattr(target, field) == value:
                return  # e.g. the blame marks redrawn after a scan: Qt reports the text as changed
            setattr(target, field, value)
            if now:
                self.ctx.save(target, field, origin=widget)
            else:
                self.ctx.edit(target, field, origin=widget)

        def loader() -> None:
            target = entity()
            widget.blockSignals(True)
            write(getattr(target, field) if target is not None else None)
            widget.blockSignals(False)

        signal.connect(on_change)
        self._loaders.append((widget, entity, field, loader))
        cap(widget)  # a text field holds at most MAX_TEXT_CHARS, as the import allows; others are left alone

    def widget_for(self, target: Any, field: str) -> QWidget | None:
        """The widget bound to `field` of `target` (the same object), if this binder has one."""
        return next((w for w, entity, f, _load in self._loaders if f == field and entity() is target), None)

    def line(self, widget: QLineEdit, entity: Getter, field: str) -> None:
        self._bind(widget, widget.textEdited, widget.text, lambda v: widget.setText(v or ""), entity, field)

    def text(self, widget: QPlainTextEdit, entity: Getter, field: str) -> None:
        def write(value: str | None) -> None:
            if plain_text(widget) != (value or ""):
                widget.setPlainText(value or "")

        self._bind(widget, widget.textChanged, lambda: plain_text(widget), write, entity, field)

    def combo(self, widget: QComboBox, entity: Getter, field: str) -> None:
        def write(value: Any) -> None:
            widget.setCurrentIndex(max(0, widget.findData(value)))

        def read() -> Any:  # the domain value (an enum), not the str Qt made of it
            values = getattr(widget, "choice_values", None)
            return values[widget.currentIndex()] if values else widget.currentData()

        self._bind(widget, widget.activated, read, write, entity, field, now=True)

    def spin(self, widget: QSpinBox | QDoubleSpinBox, entity: Getter, field: str, none_below: bool = False):
        """A number; with none_below, the special minimum value stands for "not set" (None)."""

        def read() -> Any:
            value = widget.value()
            return None if none_below and value == widget.minimum() else value

        def write(value: Any) -> None:
            widget.setValue(widget.minimum() if value is None else value)

        self._bind(widget, widget.valueChanged, read, write, entity, field)

    def date(self, widget: QDateEdit, entity: Getter, field: str) -> None:
        def write(value: str | None) -> None:
            date = QDate.fromString(value or "", Qt.DateFormat.ISODate)
            widget.setDate(date if date.isValid() else QDate.currentDate())

        read = lambda: widget.date().toString(Qt.DateFormat.ISODate)  # noqa: E731
        self._bind(widget, widget.dateChanged, read, write, entity, field)

    def check(self, widget: QCheckBox, entity: Getter, field: str) -> None:
        self._bind(widget, widget.toggled, widget.isChecked, lambda v: widget.setChecked(bool(v)), entity, field, True)


def combo_box(pairs: list[tuple[Any, str]], accessible_name: str) -> QComboBox:
    box = QComboBox()
    for value, text in pairs:
        box.addItem(text, value)
    box.choice_values = [value for value, _text in pairs]
    box.setAccessibleName(accessible_name)
    return box


class EntityTable(QWidget):
    """A table of one kind of entity with Add/Remove, driven from the keyboard.

    Insert (or Ctrl+Return) adds a row and starts editing it; Delete removes the selected row
    after asking; Tab leaves the table, arrow keys move between cells, F2 edits.

    With `fit`, the columns follow the table's width (FitColumns: short columns fit their
    content, text columns share the rest; the `optional` groups make way on a narrow page), and
    a long title wraps instead of widening the page; rows then re-fit to their text when a
    column changes width. With `lines`, rows stay that many lines high instead (cap_rows).
    """

    def __init__(
        self,
        ctx: SessionContext,
        kind: type,
        columns: list[Column],
        title: str,
        add_text: str,
        accept: Callable[[Any], bool] | None = None,
        defaults: Callable[[], dict[str, Any]] | None = None,
        parent: QWidget | None = None,
        *,
        fit: bool = False,
        lines: int = 0,
        optional: list[list[int]] | None = None,
    ):
        super().__init__(parent)
        self.defaults = defaults or dict
        self.model = EntityTableModel(ctx, kind, columns, accept, self)
        self.view = QTableView()
        self.model.repaint.connect(self.view.viewport().update)
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntityDelegate(columns, self.view))
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(title)
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                # never narrower than its heading: long German headings must not be clipped
                metrics = self.fontMetrics()
                wanted = metrics.horizontalAdvance("m") * column.width
                # nor than a one-word choice ("Geschäftsführung"): cells wrap between words only
                words = [w for _v, text in (column.choices() if column.choices else []) for w in str(text).split()]
                longest = max((metrics.horizontalAdvance(w) + CELL_PADDING for w in words), default=0)
                header.resizeSection(i, max(wanted, longest, header.sectionSizeFromContents(i).width()))
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.title = QLabel(f"<b>{title}</b>")
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(self.tr("Insert"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        # PySide ignores a context passed to QShortcut's constructor; set it afterwards, or
        # Insert and Delete would act window-wide and clash between tables.
        for keys, slot, context in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_row, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence("Ctrl+Return"), self.add_row, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            (QKeySequence(Qt.Key.Key_Delete), self.remove_current, Qt.ShortcutContext.WidgetShortcut),
        ):
            scoped_shortcut(keys, self.view, slot, context)

        bar = QHBoxLayout()
        bar.addWidget(self.title)
        if not fit:
            bar.addStretch()
        else:
            self.title.setWordWrap(True)
            self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)

        self.widths = FitColumns(self.view, optional or []) if fit else None
        self.heights = RowsFollowColumns(self.view) if fit and not lines else None
        if lines:
            cap_rows(self.view, lines)

    def add_row(self) -> None:
        row = self.model.add(**self.defaults())
        if row < 0:
            return
        first = next((i for i, c in enumerate(self.model.columns) if c.editable), 0)
        index = self.model.index(row, first)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove row"),
            self.tr("Remove this row? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.remove(index.row())


class PrivateNoteBox(QGroupBox):
    """The facilitator's private note on one stage; visibly marked, never exported."""

    hidden = False  # View > Hide private notes, for a mirrored screen; applies to pages built later

    def __init__(self, ctx: SessionContext, stage: int, parent: QWidget | None = None):
        super().__init__(parent)
        # Only ever hide here: showing a box that has no parent yet opens it as a window of its
        # own for a moment, which takes the keyboard focus away from the main window.
        if PrivateNoteBox.hidden:
            self.setVisible(False)
        self.ctx, self.stage = ctx, stage
        self.setObjectName("privateNote")
        self.setTitle(self.tr("Private notes"))
        never = QLabel(self.tr("Only you see these. They are never exported."))
        never.setObjectName("privateHint")
        never.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("privateNoteEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Private notes"))
        self.editor.setPlaceholderText(self.tr("Observations for yourself. Keep them factual."))
        layout = QVBoxLayout(self)
        layout.addWidget(never)
        layout.addWidget(self.editor)
        self._draft: PrivateNote | None = None
        binder = Binder(ctx)
        binder.text(self.editor, self.note, "text")
        self.binder = binder

    def note(self) -> PrivateNote | None:
        data = self.ctx.data
        if data is None:
            return None
        found = next((n for n in data.private_notes if n.stage == self.stage), None)
        if found is not None:
            return found
        # A draft joins the session's notes once its first keystroke has stored it (id set).
        if self._draft is None or self._draft.session_id != data.session.id:
            self._draft = PrivateNote(session_id=data.session.id, stage=self.stage)
        elif self._draft.id:
            data.private_notes.append(self._draft)
        return self._draft


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the whole text is then its tooltip.

    A long session title must not push the clock and the timer off the header, nor be cut
    mid-letter at the window's edge.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # a style sheet may change the font
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
