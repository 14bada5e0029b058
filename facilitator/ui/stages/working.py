"""Stage 4, ways of working: both sides' practices side by side, area by area, with a stop list.

The grid has one band of rows per area (commitments, intake, ...) and a column per side, so
the room reads across: how Sales does it, how Product does it, and what each costs the other.
Stop candidates are tinted and badged so the stop list stands out on a projector. The grid
shows; the editor below it changes the selected practice (Binder + debounced saving).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from facilitator.domain import model as m
from facilitator.ui import labels
from facilitator.ui.context import SessionContext
from facilitator.ui.goal_map import MapColors, is_dark
from facilitator.ui.stage_page import StagePage
from facilitator.ui.stages.goals import shortcut
from facilitator.ui.widgets import Binder, combo_box

Index = QModelIndex | QPersistentModelIndex
SIDES = (m.Side.SALES, m.Side.PRODUCT)


class PracticeGridModel(QAbstractTableModel):
    """Rows: every area, each with as many rows as its busier side needs (at least one).
    Columns: the area, Sales' practice, Product's practice. Cells are read-only here."""

    def __init__(self, ctx: SessionContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[tuple[m.Area, bool, dict[m.Side, m.WorkingPractice | None]]] = []
        ctx.loaded.connect(self.refresh)
        ctx.changed.connect(lambda kind: self.refresh() if kind is m.WorkingPractice else None)
        ctx.edited.connect(self._on_edited)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        practices = self.ctx.data.working_practices if self.ctx.data else []
        for area in m.Area:
            per_side = {side: [p for p in practices if p.area == area and p.side == side] for side in SIDES}
            depth = max(1, *(len(v) for v in per_side.values()))
            for i in range(depth):
                cells = {side: (per_side[side][i] if i < len(per_side[side]) else None) for side in SIDES}
                self._rows.append((area, i == 0, cells))
        self.endResetModel()

    def _on_edited(self, entity: object) -> None:
        if not isinstance(entity, m.WorkingPractice):
            return
        index = self.index_of(entity)
        if not index.isValid() or self._rows[index.row()][0] != entity.area:
            self.refresh()  # it moved to another area (or side): the bands change
        else:
            self.dataChanged.emit(index, index)

    # -- lookups ------------------------------------------------------------------------------

    def practice(self, index: Index) -> m.WorkingPractice | None:
        if not index.isValid() or index.column() == 0:
            return None
        return self._rows[index.row()][2][SIDES[index.column() - 1]]

    def side(self, column: int) -> m.Side | None:
        return SIDES[column - 1] if column in (1, 2) else None

    def area(self, row: int) -> m.Area:
        return self._rows[row][0]

    def index_of(self, practice: m.WorkingPractice) -> QModelIndex:
        for row, (_area, _first, cells) in enumerate(self._rows):
            for column, side in enumerate(SIDES, start=1):
                if cells[side] is practice:
                    return self.index(row, column)
        return QModelIndex()

    def bands(self) -> list[tuple[int, int]]:
        """(first row, row count) of each area, for the view's spans."""
        starts = [row for row, (_a, first, _c) in enumerate(self._rows) if first] + [len(self._rows)]
        return [(a, b - a) for a, b in pairwise(starts)]

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Area") if section == 0 else labels.label(SIDES[section - 1])
        if role == Qt.ItemDataRole.ForegroundRole and section > 0:
            colors = MapColors.of(QGuiApplication.palette())
            return colors.sales if section == 1 else colors.product
        if role == Qt.ItemDataRole.FontRole and section > 0:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        area, first, _cells = self._rows[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return labels.label(area) if first else ""
            return None
        practice = self.practice(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return practice.current if practice else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index)
        return None

    def describe(self, index: Index) -> str:
        """The cell in words: side, area, practice, the pain it causes and its TRIZ/stop marks."""
        practice = self.practice(index)
        side = labels.label(SIDES[index.column() - 1])
        head = self.tr("%1, %2").replace("%1", side).replace("%2", labels.label(self.area(index.row())))
        if practice is None:
            return self.tr("%1: no practice recorded").replace("%1", head)
        parts = [self.tr("%1: %2").replace("%1", head).replace("%2", practice.current or self.tr("not described"))]
        if practice.pain_for_other_side:
            parts.append(self.tr("Pain for the other side: %1").replace("%1", practice.pain_for_other_side))
        if practice.triz_currently_doing:
            parts.append(self.tr("We do this today."))
        if practice.stop_candidate:
            parts.append(self.tr("Stop candidate."))
        return "\n".join(parts)


class PracticeDelegate(QStyledItemDelegate):
    """Paints a practice as text, the pain it causes in italics, and its TRIZ and STOP badges."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self._font_cache: dict[str, tuple[QFont, QFont, QFont, QFont]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        key = option.font.key()
        if key not in self._font_cache:  # paint runs often; derive the fonts once per base font
            self._font_cache[key] = self._derive_fonts(option.font)
        return self._font_cache[key]

    @staticmethod
    def _derive_fonts(base: QFont) -> tuple[QFont, QFont, QFont, QFont]:
        body = QFont(base)
        pain = QFont(body)
        pain.setItalic(True)
        pain.setPointSizeF(body.pointSizeF() * 0.92)
        badge = QFont(body)
        badge.setBold(True)
        badge.setPointSizeF(body.pointSizeF() * 0.85)
        area = QFont(body)
        area.setBold(True)
        return body, pain, badge, area

    def _practice(self, index: Index) -> m.WorkingPractice | None:
        # Straight from the model: entities never travel through QVariant (PySide wraps them).
        model = index.model()
        return model.practice(index) if isinstance(model, PracticeGridModel) else None

    def _texts(self, index: Index) -> tuple[str, str, list[str]]:
        practice = self._practice(index)
        if practice is None:
            return "", "", []
        pain = ""
        if practice.pain_for_other_side:
            pain = self.tr("Pain for the other side: %1").replace("%1", practice.pain_for_other_side)
        badges = []
        if practice.stop_candidate:
            badges.append(self.tr("STOP"))
        if practice.triz_currently_doing:
            badges.append(self.tr("We do this today"))
        return practice.current, pain, badges

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # The painted cell is one pixel narrower than the column (grid line); measure a little
        # narrower still, so a line never wraps in paint() that did not wrap here.
        width = max(80, self.view.columnWidth(index.column()) - 23)
        body, pain_font, badge_font, area_font = self._fonts(option)

        def wrapped(font: QFont, text: str) -> float:
            bounds = QRectF(0, 0, width, 1e6)
            return QFontMetricsF(font).boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height()

        if index.column() == 0:
            return QSize(width, int(wrapped(area_font, index.data() or "")) + 16)
        current, pain, badges = self._texts(index)
        height = 12.0
        if current:
            height += wrapped(body, current)
        if pain:
            height += 4 + wrapped(pain_font, pain)
        if badges:
            height += 6 + QFontMetricsF(badge_font).height() + 6
        return QSize(width, int(max(height, QFontMetricsF(body).height() * 2 + 12)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        palette = option.palette
        colors = MapColors.of(palette)
        rect = QRectF(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        practice = self._practice(index)
        body, pain_font, badge_font, area_font = self._fonts(option)
        if practice is not None and practice.stop_candidate:
            tint = QColor(colors.conflict)
            tint.setAlphaF(0.22 if is_dark(palette) else 0.12)
            painter.fillRect(rect, tint)
            painter.fillRect(QRectF(rect.left(), rect.top(), 6, rect.height()), colors.conflict)
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        inner = rect.adjusted(12, 6, -8, -6)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if index.column() == 0:
            painter.setFont(area_font)
            painter.setPen(text)
            painter.drawText(inner, flags, index.data() or "")
            painter.restore()
            return
        current, pain, badges = self._texts(index)
        if practice is None:
            painter.setPen(colors.faint)
            painter.setFont(body)
            painter.drawText(inner, flags, "—")
            painter.restore()
            return
        y = inner.top()
        if current:
            painter.setFont(body)
            painter.setPen(text)
            used = painter.drawText(QRectF(inner.left(), y, inner.width(), 1e6), flags, current)
            y += used.height()
        if pain:
            y += 4
            painter.setFont(pain_font)
            painter.setPen(colors.faint if not selected else text)
            used = painter.drawText(QRectF(inner.left(), y, inner.width(), 1e6), flags, pain)
            y += used.height()
        x = inner.left()
        y += 6
        painter.setFont(badge_font)
        metrics = QFontMetricsF(badge_font)
        for badge in badges:
            stop = badge == self.tr("STOP")
            width = metrics.horizontalAdvance(badge) + 16
            pill = QRectF(x, y, width, metrics.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.conflict if stop else colors.dependency)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("white") if stop or not is_dark(palette) else QColor("black"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
            x += width + 8
        painter.restore()


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
            shortcut(keys, self.grid, self.add_practice, context)
        shortcut(QKeySequence(Qt.Key.Key_Delete), self.grid, self.remove_practice, context)
        for keys in (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_F2)):
            shortcut(keys, self.grid, self._edit_current, context)
        self.body.addWidget(self.grid, 1)
        self.body.addWidget(self._build_editor())
        self.ctx.edited.connect(self._on_edited)
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
        shortcut(Qt.Key.Key_Escape, self.editor, self.grid.setFocus, Qt.ShortcutContext.WidgetWithChildrenShortcut)
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

    def _edit_current(self) -> None:
        if self.current is not None:
            self.current_edit.setFocus()

    def _on_edited(self, entity: object) -> None:
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
