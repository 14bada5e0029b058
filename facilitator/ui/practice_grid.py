"""The practice grid of stage 4: one band of rows per area, a column per side, and a delegate
that paints each practice with the pain it causes and its TRIZ and STOP badges."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.ui import labels, theme
from facilitator.ui.context import SessionContext
from facilitator.ui.goal_layout import MapColors

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
        ctx.changes.connect(self._on_changes)
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

    def _on_changes(self, changes: Changes) -> None:
        if m.WorkingPractice in changes.structural():
            self.refresh()
            return
        for entity in changes.updated:
            if not isinstance(entity, m.WorkingPractice):
                continue
            index = self.index_of(entity)
            if not index.isValid() or self._rows[index.row()][0] != entity.area:
                self.refresh()  # it moved to another area (or side): the bands change
                return
            self.dataChanged.emit(index, self.index(index.row(), self.columnCount() - 1))

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
            tint.setAlphaF(theme.colors(palette).tint_alpha)
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
            painter.setPen(theme.colors(palette).q("on_conflict" if stop else "on_dependency"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
            x += width + 8
        painter.restore()
