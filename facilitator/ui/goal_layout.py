"""The goal map's layout, apart from painting it: colours from the palette, the three columns,
the boxes sized to their text at the largest type that fits, and the lines between them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QTextLayout, QTextOption

from facilitator.domain.model import Goal, GoalOwner, SessionData, Tension, TensionType
from facilitator.ui import theme

MAX_FONT_PX = 30.0
MIN_FONT_PX = 11.0


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
        scheme = theme.colors(palette)
        return cls(
            sales=scheme.q("sales"),
            product=scheme.q("product"),
            shared=scheme.q("shared"),
            conflict=scheme.q("conflict"),
            dependency=scheme.q("dependency"),
            reinforcing=scheme.q("reinforcing"),
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
    """The second line of a box: "baseline → target unit", the unit shown once."""
    target = with_unit(goal.target, goal.unit)
    # Short values stay on one line ("2,6 Mio. €" never leaves the € alone on the next).
    target = _keep_together(target)
    baseline = _keep_together(goal.baseline.strip())
    if baseline and target:
        return f"{baseline} → {target}"
    return target


def with_unit(value: str, unit: str) -> str:
    """A value followed by the words of its unit it does not already hold: "€2.6M" with the
    unit "€ ARR" reads "€2.6M ARR", "82 %" with "%" stays "82 %", "3" with "deals" "3 deals"."""
    value = value.strip()
    if not value:
        return ""
    missing = [word for word in unit.split() if word not in value]
    return " ".join([value, *missing])


def _keep_together(value: str, limit: int = 14) -> str:
    return value.replace(" ", "\u00a0") if len(value) <= limit else value


class Paragraph:
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
class Box:
    goal: Goal
    rect: QRectF
    title: Paragraph
    detail: Paragraph | None
    chosen: bool
    column: int  # 0 Sales, 1 shared, 2 Product


def geometry(w: float) -> tuple[float, float, float, float, float]:
    """x of the left, middle and right columns, the side and the middle column width, on a map w px wide."""
    margin = w * 0.015
    side = w * 0.27
    middle = w * 0.25
    gap = (w - 2 * margin - 2 * side - middle) / 2
    return margin, margin + side + gap, w - margin - side, side, middle


Fonts = Callable[[float], tuple[QFont, QFont, QFont]]


class MapLayout:
    """Where the boxes and lines go on a map `width` × `height` px: `fonts(px)` gives the title,
    detail and heading fonts for a type size, `name(goal)` the title of a goal's box."""

    def __init__(self, width: float, height: float, fonts: Fonts, name: Callable[[Goal], str]):
        self.width, self.height, self.fonts, self.name = width, height, fonts, name

    def fit(self, data: SessionData | None) -> tuple[float, list[Box]]:
        """Font size and boxes: the largest type with which every column fits the height."""
        if data is None or not data.goals:
            return MAX_FONT_PX, []
        cols = columns(data)
        px = min(MAX_FONT_PX, max(MIN_FONT_PX, self.height / 18))
        while True:
            boxes, fits = self._try(px, data, cols)
            if fits or px <= MIN_FONT_PX:
                return px, boxes
            px = max(MIN_FONT_PX, px - 1)

    def _try(self, px: float, data: SessionData, cols) -> tuple[list[Box], bool]:
        title_font, detail_font, heading_font = self.fonts(px)
        x_left, x_mid, x_right, side_w, mid_w = geometry(self.width)
        xs = (x_left, x_mid, x_right)
        pad = px * 0.45
        top = QFontMetricsF(heading_font).height() * 1.6
        legend = QFontMetricsF(detail_font).height() * 2.0
        available = self.height - top - legend
        boxes: list[Box] = []
        fits = True
        for index, (goals, x, width) in enumerate(zip(cols, xs, (side_w, mid_w, side_w), strict=True)):
            column: list[Box] = []
            for goal in goals:
                inner = width - 2 * pad
                title = Paragraph(self.name(goal), title_font, inner)
                second = goal_range(goal)
                detail = Paragraph(second, detail_font, inner) if second else None
                height = title.height + (detail.height + pad * 0.4 if detail else 0) + 2 * pad
                chosen = goal is data.shared_goal
                column.append(Box(goal, QRectF(x, 0, width, height), title, detail, chosen, index))
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

    def paths(self, data: SessionData, boxes: list[Box], px: float) -> list[tuple[Tension, QPainterPath]]:
        """One smooth line per tension, from A to B (arrow heads point at B).

        Lines leave a box from the edge facing the other goal; several lines on one edge are
        spread along it, and lines that would cross a middle box detour above or below it.
        """
        by_goal = {id(b.goal): b for b in boxes}
        ends: list[tuple[Tension, Box, Box, str, str]] = []
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
                x_left, x_mid, _x_right, side_w, _mid_w = geometry(self.width)
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
