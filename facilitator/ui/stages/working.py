"""Stage 4, ways of working: both sides' practices side by side, area by area, with a stop list.

The grid has one band of rows per area (commitments, intake, ...) and a column per side, so
the room reads across: how Sales does it, how Product does it, and what each costs the other.
Stop candidates are tinted and badged so the stop list stands out on a projector. The grid
shows; the editor below it changes the selected practice (Binder + debounced saving).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.ui import labels
from facilitator.ui.keys import scoped_shortcut
from facilitator.ui.practice_grid import PracticeDelegate, PracticeGridModel
from facilitator.ui.stage_page import StagePage
from facilitator.ui.widgets import Binder, combo_box


class WorkingPage(StagePage):
    number = 4

    def build(self) -> None:
        self.current: m.WorkingPractice | None = None

        title = QLabel(self.tr("Practices side by side, area by area"))
        title.setObjectName("sectionTitle")
        title.setStyleSheet("font-weight: 600;")
        title.setWordWrap(True)
        self.stop_summary = QLabel()
        self.stop_summary.setObjectName("warning")
        self.add_button = QPushButton(self.tr("&Add practice"))
        self.add_button.setToolTip(self.tr("Insert: adds a practice for the side and area of the selected cell"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_practice)
        self.remove_button.clicked.connect(self.remove_practice)
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        bar.addWidget(self.stop_summary)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        self.body.addLayout(bar)

        self.model = PracticeGridModel(self.ctx, self)
        self.grid = QTableView()
        self.grid.setObjectName("practiceGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(PracticeDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("Practices of Sales and Product by area"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.setWordWrap(True)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.verticalHeader().hide()
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max(QFontMetricsF(bold).horizontalAdvance(text) for _a, text in labels.choices(m.Area))
        header.resizeSection(0, int(widest) + 28)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.grid.resizeRowsToContents())
        self.grid.setMinimumHeight(280)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_reset)
        context = Qt.ShortcutContext.WidgetShortcut
        for keys in (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Return")):
            scoped_shortcut(keys, self.grid, self.add_practice, context)
        scoped_shortcut(QKeySequence(Qt.Key.Key_Delete), self.grid, self.remove_practice, context)
        for keys in (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_F2)):
            scoped_shortcut(keys, self.grid, self._edit_current, context)
        self.grid.installEventFilter(self)
        self.body.addWidget(self.grid, 1)
        self.body.addWidget(self._build_editor())
        self.ctx.changes.connect(self._on_changes)
        self._after_reset()

    def _build_editor(self) -> QGroupBox:
        self.editor = QGroupBox(self.tr("Selected practice"))
        self.editor_binder = Binder(self.ctx)
        practice = lambda: self.current  # noqa: E731
        self.current_edit = QPlainTextEdit()
        self.current_edit.setAccessibleName(self.tr("Current practice"))
        self.current_edit.setPlaceholderText(self.tr("How it works today, step by step"))
        self.pain_edit = QPlainTextEdit()
        self.pain_edit.setAccessibleName(self.tr("Pain for the other side"))
        self.pain_edit.setPlaceholderText(self.tr("What this costs the other side"))
        for edit in (self.current_edit, self.pain_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.editor_binder.text(self.current_edit, practice, "current")
        self.editor_binder.text(self.pain_edit, practice, "pain_for_other_side")
        self.area_box = combo_box(labels.choices(m.Area), self.tr("Area"))
        self.editor_binder.combo(self.area_box, practice, "area")
        self.triz_check = QCheckBox(self.tr("&We do this today (TRIZ)"))
        self.triz_check.setAccessibleName(self.tr("We do this today (TRIZ)"))
        self.editor_binder.check(self.triz_check, practice, "triz_currently_doing")
        self.stop_check = QCheckBox(self.tr("S&top candidate"))
        self.stop_check.setAccessibleName(self.tr("Stop candidate"))
        self.editor_binder.check(self.stop_check, practice, "stop_candidate")

        current_label = QLabel(self.tr("C&urrent practice"))
        current_label.setBuddy(self.current_edit)
        pain_label = QLabel(self.tr("&Pain for the other side"))
        pain_label.setBuddy(self.pain_edit)
        area_label = QLabel(self.tr("A&rea"))
        area_label.setBuddy(self.area_box)
        grid = QGridLayout(self.editor)
        grid.addWidget(current_label, 0, 0)
        grid.addWidget(pain_label, 0, 1)
        grid.addWidget(self.current_edit, 1, 0)
        grid.addWidget(self.pain_edit, 1, 1)
        checks = QHBoxLayout()
        checks.addWidget(area_label)
        checks.addWidget(self.area_box)
        checks.addSpacing(12)
        checks.addWidget(self.triz_check)
        checks.addSpacing(12)
        checks.addWidget(self.stop_check)
        checks.addStretch()
        grid.addLayout(checks, 2, 0, 1, 2)
        # Escape in the editor goes back to the grid, where arrows choose the next practice.
        scoped_shortcut(
            Qt.Key.Key_Escape, self.editor, self.grid.setFocus, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._show_current()
        return self.editor

    # -- selection ----------------------------------------------------------------------------

    def _on_current(self, index: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if index.isValid() and index.column() == 0:  # the area label: go to its Sales cell
            self.grid.setCurrentIndex(self.model.index(index.row(), 1))
            return
        self.current = self.model.practice(index)
        self._show_current()

    def _show_current(self) -> None:
        practice = self.current
        if practice is None:
            self.editor.setTitle(self.tr("Selected practice: none (select a cell or press Insert to add one)"))
        else:
            title = self.tr("Selected practice: %1 · %2")
            self.editor.setTitle(
                title.replace("%1", labels.label(practice.side)).replace("%2", labels.label(practice.area))
            )
        for widget in (self.current_edit, self.pain_edit, self.area_box, self.triz_check, self.stop_check):
            widget.setEnabled(practice is not None)
        self.editor_binder.load()

    def _after_reset(self) -> None:
        """Spans for the area bands, the stop summary, and the selection kept on its practice."""
        self.grid.clearSpans()
        for first, count in self.model.bands():
            if count > 1:
                self.grid.setSpan(first, 0, count, 1)
        self.grid.resizeRowsToContents()
        data = self.ctx.data
        if self.current is not None and (data is None or self.current not in data.working_practices):
            self.current = None
        if self.current is not None:
            self.grid.setCurrentIndex(self.model.index_of(self.current))
        self._update_summary()
        self._show_current()

    def _update_summary(self) -> None:
        data = self.ctx.data
        count = sum(p.stop_candidate for p in data.working_practices) if data else 0
        self.stop_summary.setText(self.tr("Stop list: %n", "", count) if count else "")
        self.stop_summary.setAccessibleName(self.tr("%n stop candidates", "", count))

    # -- actions ------------------------------------------------------------------------------

    def add_practice(self) -> None:
        index = self.grid.currentIndex()
        side = self.model.side(index.column()) if index.isValid() else None
        area = self.model.area(index.row()) if index.isValid() else m.Area.COMMITMENT
        practice = self.ctx.add(m.WorkingPractice(side=side or m.Side.SALES, area=area))
        if practice is None:
            return
        self.current = practice
        self.grid.setCurrentIndex(self.model.index_of(practice))
        self.current_edit.setFocus()

    def remove_practice(self) -> None:
        practice = self.model.practice(self.grid.currentIndex())
        if practice is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove practice"),
            self.tr("Remove this practice? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.delete(practice)

    def eventFilter(self, watched, event) -> bool:
        """Typing on the grid writes the practice of that cell (a new one on an empty cell), so
        no keystroke leaks out of the table to the page or the window."""
        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
            if plain and text and text.isprintable():
                index = self.grid.currentIndex()
                if self.model.practice(index) is None and self.model.side(index.column()) is not None:
                    self.add_practice()
                if self.current is not None and self.model.practice(self.grid.currentIndex()) is self.current:
                    self.current_edit.setFocus()
                    self.current_edit.moveCursor(QTextCursor.MoveOperation.End)
                    self.current_edit.insertPlainText(text)
                else:
                    QApplication.beep()  # the area column holds no practice to type into
                return True
        return super().eventFilter(watched, event)

    def _edit_current(self) -> None:
        if self.current is not None:
            self.current_edit.setFocus()

    def _on_changes(self, changes: Changes) -> None:
        for entity in changes.updated:
            if isinstance(entity, m.WorkingPractice):
                self._update_summary()
                index = self.model.index_of(entity)
                if index.isValid():
                    self.grid.resizeRowToContents(index.row())

    def refresh(self) -> None:
        self.current = None
        self._after_reset()

    def focus_first(self) -> None:
        self.grid.setFocus()
        if self.grid.currentIndex().column() < 1:
            self.grid.setCurrentIndex(self.model.index(0, 1))


PAGE = WorkingPage
