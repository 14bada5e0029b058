"""The goal map of stage 3: Sales' goals left, Product's right, the shared goal between them.

Tensions are drawn as lines: conflict red and dashed, dependency a grey arrow (A depends on B),
reinforcing green; thicker for higher severity, with the severity in a badge. Type is sized
from the widget's height so the map stays readable from the back of a meeting room, and all
colours derive from the palette (light and dark). The same content is in the accessible
description as text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QShortcut,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QDialog, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from facilitator.domain.model import Goal, GoalOwner, SessionData, Tension, TensionType
from facilitator.ui import labels
from facilitator.ui.context import SessionContext

MAX_FONT_PX = 30.0
MIN_FONT_PX = 11.0


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class MapColors:
    sales: QColor
    product: QColor
    shared: QColor
    conflict: QColor
    dependency: QColor
    reinforcing: QColor
    text: QColor
    faint: QColor
    base: QColor

    @classmethod
    def of(cls, palette: QPalette) -> MapColors:
        dark = is_dark(palette)
        pick = lambda light, night: QColor(night if dark else light)  # noqa: E731
        return cls(
            sales=pick("#1565c0", "#64b5f6"),
            product=pick("#6a1b9a", "#ce93d8"),
            shared=pick("#00695c", "#4db6ac"),
            conflict=pick("#c62828", "#ef5350"),
            dependency=pick("#616161", "#a0a0a0"),
            reinforcing=pick("#2e7d32", "#66bb6a"),
            text=palette.color(QPalette.ColorRole.WindowText),
            faint=palette.color(QPalette.ColorRole.PlaceholderText),
            base=palette.color(QPalette.ColorRole.Base),
        )

    def side(self, owner: GoalOwner) -> QColor:
        return {GoalOwner.SALES: self.sales, GoalOwner.PRODUCT: self.product}.get(owner, self.shared)

    def tension(self, kind: TensionType) -> QColor:
        return {TensionType.CONFLICT: self.conflict, TensionType.REINFORCING: self.reinforcing}.get(
            kind, self.dependency
        )


def columns(data: SessionData) -> tuple[list[Goal], list[Goal], list[Goal]]:
    """Sales goals, shared goals (the chosen one first) and Product goals, in entry order."""
    chosen = data.shared_goal
    middle = [g for g in data.goals if g.owner == GoalOwner.SHARED or g is chosen]
    if chosen is not None:
        middle.sort(key=lambda g: g is not chosen)
    left = [g for g in data.goals if g.owner == GoalOwner.SALES and g is not chosen]
    right = [g for g in data.goals if g.owner == GoalOwner.PRODUCT and g is not chosen]
    return left, middle, right


def goal_range(goal: Goal) -> str:
    """The second line of a box: "baseline → target unit" (the unit only after a bare number)."""
    target = goal.target.strip()
    if target and goal.unit and target.replace(".", "").replace(",", "").isdigit():
        target = f"{target} {goal.unit.strip()}"
    # Short values stay on one line ("2,6 Mio. €" never leaves the € alone on the next).
    target = _keep_together(target)
    baseline = _keep_together(goal.baseline.strip())
    if baseline and target:
        return f"{baseline} → {target}"
    return target


def _keep_together(value: str, limit: int = 14) -> str:
    return value.replace(" ", "\u00a0") if len(value) <= limit else value


class _Text:
    """A wrapped paragraph that breaks long German compounds instead of overflowing."""

    def __init__(self, text: str, font: QFont, width: float):
        self.layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        leading = QFontMetricsF(font).leading()
        self.height = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, self.height))
            self.height += line.height() + leading
        self.layout.endLayout()

    def draw(self, painter: QPainter, top_left: QPointF) -> None:
        self.layout.draw(painter, top_left)


@dataclass
class _Box:
    goal: Goal
    rect: QRectF
    title: _Text
    detail: _Text | None
    chosen: bool
    column: int  # 0 Sales, 1 shared, 2 Product


class GoalMap(QWidget):
    """Paints the goals and tensions of the open session; repaints when anything changes."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("goalMap")
        self.setAccessibleName(self.tr("Goal map"))
        self.setMinimumSize(480, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self._boxes: list[_Box] = []
        self._font_cache: dict[tuple[int, str], tuple[QFont, QFont, QFont]] = {}
        ctx.loaded.connect(self.data_changed)
        ctx.changed.connect(self.data_changed)
        ctx.edited.connect(self.data_changed)
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
        data = self.ctx.data
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

    def _geometry(self) -> tuple[float, float, float, float, float]:
        """x of the left, middle and right columns, the side and the middle column width."""
        w = self.width()
        margin = w * 0.015
        side = w * 0.27
        middle = w * 0.25
        gap = (w - 2 * margin - 2 * side - middle) / 2
        return margin, margin + side + gap, w - margin - side, side, middle

    def _layout(self) -> tuple[float, list[_Box]]:
        """Font size and boxes: the largest type with which every column fits the height."""
        data = self.ctx.data
        if data is None or not data.goals:
            return MAX_FONT_PX, []
        cols = columns(data)
        px = min(MAX_FONT_PX, max(MIN_FONT_PX, self.height() / 18))
        while True:
            boxes, fits = self._try_layout(px, data, cols)
            if fits or px <= MIN_FONT_PX:
                return px, boxes
            px = max(MIN_FONT_PX, px - 1)

    def _try_layout(self, px: float, data: SessionData, cols) -> tuple[list[_Box], bool]:
        title_font, detail_font, heading_font = self._fonts(px)
        x_left, x_mid, x_right, side_w, mid_w = self._geometry()
        xs = (x_left, x_mid, x_right)
        pad = px * 0.45
        top = QFontMetricsF(heading_font).height() * 1.6
        legend = QFontMetricsF(detail_font).height() * 2.0
        available = self.height() - top - legend
        boxes: list[_Box] = []
        fits = True
        for index, (goals, x, width) in enumerate(zip(cols, xs, (side_w, mid_w, side_w), strict=True)):
            column: list[_Box] = []
            for goal in goals:
                inner = width - 2 * pad
                title = _Text(self._name(goal), title_font, inner)
                second = goal_range(goal)
                detail = _Text(second, detail_font, inner) if second else None
                height = title.height + (detail.height + pad * 0.4 if detail else 0) + 2 * pad
                chosen = goal is data.shared_goal
                column.append(_Box(goal, QRectF(x, 0, width, height), title, detail, chosen, index))
            total = sum(b.rect.height() for b in column)
            if not column:
                continue
            spacing = (available - total) / (len(column) + 1)
            if spacing < px * 0.5:
                fits = False
                spacing = px * 0.5
            spacing = min(spacing, px * 3)
            y = top + (available - total - spacing * (len(column) - 1)) / 2
            for box in column:
                box.rect.moveTop(y)
                y += box.rect.height() + spacing
            boxes += column
        return boxes, fits

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = MapColors.of(self.palette())
        painter.fillRect(self.rect(), colors.base)
        data = self.ctx.data
        px, boxes = self._layout()
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
        for tension, path in self._paths(data, boxes, px):
            self._paint_tension(painter, colors, tension, path, px, detail_font, badges)
        for box in boxes:
            self._paint_box(painter, colors, box, px)
        self._paint_legend(painter, colors, detail_font, px)

    def _paint_headings(self, painter: QPainter, colors: MapColors, font: QFont) -> None:
        x_left, x_mid, x_right, side_w, mid_w = self._geometry()
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

    def _paint_box(self, painter: QPainter, colors: MapColors, box: _Box, px: float) -> None:
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

    def _paths(self, data: SessionData, boxes: list[_Box], px: float) -> list[tuple[Tension, QPainterPath]]:
        """One smooth line per tension, from A to B (arrow heads point at B).

        Lines leave a box from the edge facing the other goal; several lines on one edge are
        spread along it, and lines that would cross a middle box detour above or below it.
        """
        by_goal = {id(b.goal): b for b in boxes}
        ends: list[tuple[Tension, _Box, _Box, str, str]] = []
        for tension in data.tensions:
            a = by_goal.get(id(data.goal(tension.goal_a_id)))
            b = by_goal.get(id(data.goal(tension.goal_b_id)))
            if a is None or b is None or a is b:
                continue
            if a.column == b.column:
                edge = "left" if a.column == 2 else "right"
                ends.append((tension, a, b, edge, edge))
            elif a.column < b.column:
                ends.append((tension, a, b, "right", "left"))
            else:
                ends.append((tension, a, b, "left", "right"))
        slots: dict[tuple[int, str], list[tuple[float, int, int]]] = {}
        for i, (_t, a, b, edge_a, edge_b) in enumerate(ends):
            slots.setdefault((id(a), edge_a), []).append((b.rect.center().y(), i, 0))
            slots.setdefault((id(b), edge_b), []).append((a.rect.center().y(), i, 1))
        anchors: dict[tuple[int, int], QPointF] = {}
        for (box_id, edge), items in slots.items():
            box = next(b for b in boxes if id(b) == box_id)
            items.sort()
            for n, (_y, i, end) in enumerate(items):
                y = box.rect.top() + box.rect.height() * (n + 1) / (len(items) + 1)
                anchors[(i, end)] = QPointF(box.rect.left() if edge == "left" else box.rect.right(), y)
        middle = [b.rect for b in boxes if b.column == 1]
        detours = 0
        paths = []
        for i, (tension, a, b, _edge_a, _edge_b) in enumerate(ends):
            p0, p3 = anchors[(i, 0)], anchors[(i, 1)]
            path = QPainterPath(p0)
            if a.column == b.column:  # bulge into the gap beside the column
                x_left, x_mid, _x_right, side_w, _mid_w = self._geometry()
                bulge = (x_mid - side_w - x_left) * (-0.8 if a.column == 2 else 0.8)
                path.cubicTo(p0 + QPointF(bulge, 0), p3 + QPointF(bulge, 0), p3)
            elif abs(a.column - b.column) == 2 and any(self._crosses(p0, p3, r, px) for r in middle):
                detours += 1
                self._detour(path, p0, p3, middle, detours, px)
            else:
                dx = (p3.x() - p0.x()) / 2
                path.cubicTo(p0 + QPointF(dx, 0), p3 - QPointF(dx, 0), p3)
            paths.append((tension, path))
        return paths

    @staticmethod
    def _detour(path: QPainterPath, p0: QPointF, p3: QPointF, middle: list[QRectF], n: int, px: float):
        """Around the middle column: above it or below, whichever is nearer; later lines further out."""
        near, far = (p0, p3) if p0.x() < p3.x() else (p3, p0)
        left = min(r.left() for r in middle) - px * 0.8
        right = max(r.right() for r in middle) + px * 0.8
        mean = (p0.y() + p3.y()) / 2
        top = min(r.top() for r in middle)
        bottom = max(r.bottom() for r in middle)
        offset = px * (0.6 + 1.1 * (n - 1))
        y = top - offset if abs(mean - top) < abs(mean - bottom) else bottom + offset
        route = QPainterPath(near)
        mid_l = (near.x() + left) / 2
        route.cubicTo(QPointF(mid_l, near.y()), QPointF(mid_l, y), QPointF(left, y))
        route.lineTo(right, y)
        mid_r = (right + far.x()) / 2
        route.cubicTo(QPointF(mid_r, y), QPointF(mid_r, far.y()), far)
        path.connectPath(route if near is p0 else route.toReversed())

    @staticmethod
    def _crosses(p0: QPointF, p3: QPointF, rect: QRectF, px: float) -> bool:
        grown = rect.adjusted(-px * 0.3, -px * 0.3, px * 0.3, px * 0.3)
        dx = (p3.x() - p0.x()) / 2
        probe = QPainterPath(p0)
        probe.cubicTo(p0 + QPointF(dx, 0), p3 - QPointF(dx, 0), p3)
        return any(grown.contains(probe.pointAtPercent(i / 40)) for i in range(41))

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
