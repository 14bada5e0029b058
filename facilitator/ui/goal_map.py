"""The goal map of stage 3: Sales' goals left, Product's right, the shared goal between them.

Tensions are drawn as lines: conflict red and dashed, dependency a grey arrow (A depends on B),
reinforcing green; thicker for higher severity, with the severity in a badge. Type is sized
from the widget's height so the map stays readable from the back of a meeting room, and all
colours derive from the palette (light and dark). The same content is in the accessible
description as text.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import QDialog, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from facilitator.domain.model import Goal, GoalOwner, SessionData, Tension, TensionType
from facilitator.ui import labels
from facilitator.ui.context import SessionContext
from facilitator.ui.goal_layout import MIN_FONT_PX, Box, MapColors, MapLayout, columns, geometry


class GoalMap(QWidget):
    """Paints the goals and tensions of the open session; repaints when anything changes.

    `source` gives the goals and tensions to draw: the cockpit's session by default, or what the
    public projection hands the room's screen.
    """

    def __init__(
        self,
        ctx: SessionContext,
        parent: QWidget | None = None,
        source: Callable[[], SessionData | None] | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.data = source or (lambda: ctx.data)
        self.setObjectName("goalMap")
        self.setAccessibleName(self.tr("Goal map"))
        self.setMinimumSize(480, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self._boxes: list[Box] = []
        self._font_cache: dict[tuple[int, str], tuple[QFont, QFont, QFont]] = {}
        ctx.loaded.connect(self.data_changed)
        ctx.changes.connect(self.data_changed)
        self.data_changed()

    def sizeHint(self) -> QSize:
        return QSize(760, 420)

    def data_changed(self, *_args: object) -> None:
        self.setAccessibleDescription(self.describe())
        self.update()

    # -- text ---------------------------------------------------------------------------------

    def _name(self, goal: Goal | None) -> str:
        if goal is None:
            return self.tr("an unknown goal")
        return goal.objective.strip() or self.tr("untitled goal")

    def describe(self) -> str:
        """The map in words, for screen readers and the tooltip of the whole map."""
        data = self.data()
        if data is None:
            return ""
        left, middle, right = columns(data)
        none = self.tr("none")
        parts = [
            self.tr("Sales goals: %1.").replace("%1", "; ".join(map(self._name, left)) or none),
            self.tr("Product goals: %1.").replace("%1", "; ".join(map(self._name, right)) or none),
        ]
        chosen = data.shared_goal
        if chosen is not None:
            parts.append(self.tr("Shared goal: %1.").replace("%1", self._name(chosen)))
        others = [g for g in middle if g is not chosen]
        if others:
            parts.append(self.tr("Other shared goals: %1.").replace("%1", "; ".join(map(self._name, others))))
        lines = [self._describe_tension(data, t) for t in data.tensions if self._drawable(data, t)]
        if lines:
            parts.append(self.tr("Tensions: %1.").replace("%1", "; ".join(lines)))
        else:
            parts.append(self.tr("No tensions recorded."))
        return " ".join(parts)

    def _describe_tension(self, data: SessionData, tension: Tension) -> str:
        texts = {
            TensionType.CONFLICT: self.tr("%1 conflicts with %2 (severity %3 of 5)"),
            TensionType.DEPENDENCY: self.tr("%1 depends on %2 (severity %3 of 5)"),
            TensionType.REINFORCING: self.tr("%1 reinforces %2 (severity %3 of 5)"),
        }
        a, b = data.goal(tension.goal_a_id), data.goal(tension.goal_b_id)
        text = texts[tension.type].replace("%3", str(tension.severity))
        return text.replace("%1", self._name(a)).replace("%2", self._name(b))

    @staticmethod
    def _drawable(data: SessionData, tension: Tension) -> bool:
        a, b = data.goal(tension.goal_a_id), data.goal(tension.goal_b_id)
        return a is not None and b is not None and a is not b

    # -- layout -------------------------------------------------------------------------------

    def _fonts(self, px: float) -> tuple[QFont, QFont, QFont]:
        key = (round(px), self.font().key())
        if key not in self._font_cache:  # layout tries several sizes on every paint
            self._font_cache[key] = self._derive_fonts(px)
        return self._font_cache[key]

    def _derive_fonts(self, px: float) -> tuple[QFont, QFont, QFont]:
        title = QFont(self.font())
        title.setPixelSize(round(px))
        title.setBold(True)
        detail = QFont(self.font())
        detail.setPixelSize(round(px * 0.78))
        heading = QFont(title)
        heading.setPixelSize(round(px * 1.05))
        heading.setCapitalization(QFont.Capitalization.AllUppercase)
        heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
        return title, detail, heading

    def _shape(self) -> MapLayout:
        return MapLayout(self.width(), self.height(), self._fonts, self._name)

    def _layout(self) -> tuple[float, list[Box]]:
        return self._shape().fit(self.data())

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = MapColors.of(self.palette())
        painter.fillRect(self.rect(), colors.base)
        data = self.data()
        shape = self._shape()
        px, boxes = shape.fit(data)
        self._boxes = boxes
        _title_font, detail_font, heading_font = self._fonts(px)
        if data is None or not boxes:
            painter.setPen(colors.faint)
            font = QFont(self.font())
            font.setPixelSize(round(max(MIN_FONT_PX, min(self.height() / 22, 22))))
            painter.setFont(font)
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "No goals yet. Add them in the goals table: Sales' goals appear on the left, "
                    "Product's on the right and the shared goal in the middle."
                ),
            )
            return
        self._paint_headings(painter, colors, heading_font)
        badges: list[QPointF] = []
        for tension, path in shape.paths(data, boxes, px):
            self._paint_tension(painter, colors, tension, path, px, detail_font, badges)
        for box in boxes:
            self._paint_box(painter, colors, box, px)
        self._paint_legend(painter, colors, detail_font, px)

    def _paint_headings(self, painter: QPainter, colors: MapColors, font: QFont) -> None:
        x_left, x_mid, x_right, side_w, mid_w = geometry(self.width())
        height = QFontMetricsF(font).height() * 1.4
        painter.setFont(font)
        headings = (
            (x_left, side_w, colors.sales, labels.label(GoalOwner.SALES)),
            (x_mid, mid_w, colors.shared, self.tr("Shared goal")),
            (x_right, side_w, colors.product, labels.label(GoalOwner.PRODUCT)),
        )
        for x, width, color, text in headings:
            painter.setPen(color)
            painter.drawText(QRectF(x, 0, width, height), Qt.AlignmentFlag.AlignCenter, text)
            painter.fillRect(QRectF(x, height - 3, width, 3), color)

    def _paint_box(self, painter: QPainter, colors: MapColors, box: Box, px: float) -> None:
        color = colors.side(box.goal.owner)
        fill = QColor(color)
        fill.setAlphaF(0.28 if box.chosen else 0.13)
        background = QColor(colors.base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        radius = px * 0.4
        painter.drawRoundedRect(box.rect, radius, radius)
        painter.setBrush(fill)
        pen = QPen(color, px * (0.22 if box.chosen else 0.1))
        painter.setPen(pen)
        painter.drawRoundedRect(box.rect, radius, radius)
        pad = px * 0.45
        painter.setPen(colors.text if box.goal.objective.strip() else colors.faint)
        box.title.draw(painter, box.rect.topLeft() + QPointF(pad, pad))
        if box.detail is not None:
            painter.setPen(colors.text)
            box.detail.draw(painter, box.rect.topLeft() + QPointF(pad, pad + box.title.height + pad * 0.4))

    def _paint_tension(self, painter, colors, tension, path, px, font, badges: list[QPointF]) -> None:
        color = colors.tension(tension.type)
        severity = max(1, min(5, tension.severity))
        pen = QPen(color, px * (0.06 + 0.05 * severity))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if tension.type == TensionType.CONFLICT:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if tension.type == TensionType.DEPENDENCY:
            self._arrow_head(painter, color, path.pointAtPercent(1), path.angleAtPercent(1), px)
        radius = px * 0.55
        # The severity badge goes where it hides no other badge and no box.
        for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
            centre = path.pointAtPercent(t)
            free = all(math.dist((c.x(), c.y()), (centre.x(), centre.y())) > radius * 2.4 for c in badges)
            if free and not any(b.rect.contains(centre) for b in self._boxes):
                break
        else:
            centre = path.pointAtPercent(0.5)
        badges.append(centre)
        painter.setPen(QPen(color, px * 0.08))
        painter.setBrush(colors.base)
        painter.drawEllipse(centre, radius, radius)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            str(severity),
        )

    @staticmethod
    def _arrow_head(painter: QPainter, color: QColor, tip: QPointF, angle: float, px: float) -> None:
        rad = math.radians(angle)
        back = QPointF(-math.cos(rad), math.sin(rad))  # Qt's angles run counter-clockwise, y down
        normal = QPointF(-back.y(), back.x())
        length, half = px * 0.9, px * 0.45
        base = tip + back * length
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(QPolygonF([tip, base + normal * half, base - normal * half]))

    def _paint_legend(self, painter: QPainter, colors: MapColors, font: QFont, px: float) -> None:
        metrics = QFontMetricsF(font)
        y = self.height() - metrics.height() * 0.9
        x = self.width() * 0.015
        painter.setFont(font)
        entries = (
            (TensionType.CONFLICT, self.tr("Conflict")),
            (TensionType.DEPENDENCY, self.tr("A depends on B")),
            (TensionType.REINFORCING, self.tr("Reinforcing")),
        )
        sample = px * 2.2
        for kind, text in entries:
            color = colors.tension(kind)
            pen = QPen(color, px * 0.18)
            if kind == TensionType.CONFLICT:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + sample, y))
            if kind == TensionType.DEPENDENCY:
                self._arrow_head(painter, color, QPointF(x + sample, y), 0, px * 0.8)
            x += sample + px * 0.4
            painter.setPen(colors.text)
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)
            x += metrics.horizontalAdvance(text) + px * 1.2
        painter.setPen(colors.faint)
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), self.tr("Number: severity 1–5"))

    # -- tooltips -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            box = next((b for b in self._boxes if b.rect.contains(QPointF(event.pos()))), None)
            if box is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self._box_tip(box.goal), self)
            return True
        return super().event(event)

    def _box_tip(self, goal: Goal) -> str:
        parts = [self._name(goal)]
        if goal.metric:
            parts.append(self.tr("Metric: %1").replace("%1", goal.metric))
        parts.append(self.tr("Horizon: %1").replace("%1", labels.label(goal.horizon)))
        if goal.confidence is not None:
            parts.append(self.tr("Confidence: %1 %").replace("%1", str(round(goal.confidence * 100))))
        return "\n".join(parts)


class GoalMapWindow(QDialog):
    """The map alone, full screen for the projector; Escape (or F11 again) returns to the page."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Goal map"))
        self.map = GoalMap(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.map)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.accept)
