"""The trend charts of a follow-up's minutes, drawn as vectors into the PDF with QPainter.

Why not QtCharts, as on the dashboard: a QChart is a QGraphicsWidget and needs a QApplication
and the GUI thread, while the PDF is made in a worker thread, and from the command line with
only a QGuiApplication. What a chart shows comes from `export.series` (the same figures as the
dashboard's); this module only draws: a title, a y grid with labels, dates along x, a line with
dots per phase, a legend, and the value beside each dot when a chart has one line.

The HTML places a chart with `<img src="chart:ID" width="W" height="H">` (CSS px); a text-object
handler registered on the document draws it where the layout puts that image.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

PREFIX = "chart:"
GRID = "#e3e8ee"
FRAME = "#d5dbe3"
INK = "#1d232b"
MUTED = "#5b6675"


class _ChartObjects(QPyTextObject):
    """Draws `chart:ID` images as charts; any other image as the image it is."""

    def __init__(self, charts: list[dict], font: QFont, scale: float, parent: Any):
        super().__init__(parent)
        self.charts = {chart["id"]: chart for chart in charts}
        self.font, self.scale = font, scale

    def intrinsicSize(self, document: Any, position: int, fmt: Any) -> QSizeF:
        image = fmt.toImageFormat()
        width, height = image.width(), image.height()
        if not image.name().startswith(PREFIX):
            picture = _image(document, image.name())
            if picture is not None and (width <= 0 or height <= 0):
                width, height = picture.width(), picture.height()
        return QSizeF(max(width, 1) * self.scale, max(height, 1) * self.scale)

    def drawObject(self, painter: QPainter, rect: QRectF, document: Any, position: int, fmt: Any) -> None:
        name = fmt.toImageFormat().name()
        chart = self.charts.get(name.removeprefix(PREFIX)) if name.startswith(PREFIX) else None
        if chart is not None:
            draw_chart(painter, rect, chart, self.font)
            return
        picture = _image(document, name)
        if picture is not None:
            painter.drawImage(rect, picture)


def _image(document: Any, name: str) -> QImage | None:
    resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    if isinstance(resource, QPixmap):
        return resource.toImage()
    return resource if isinstance(resource, QImage) and not resource.isNull() else None


def register_charts(document: QTextDocument, charts: list[dict], font: QFont, scale: float) -> None:
    """Let `document` draw these charts; `scale`: device units per CSS px of the paint device."""
    handler = _ChartObjects(charts, font, scale, document)  # the document keeps it alive
    document.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)


def draw_chart(painter: QPainter, rect: QRectF, chart: dict, font: QFont) -> None:
    """Draw one chart (a dict from `export.series`) into `rect`, sized for any device."""
    px = rect.width() / 300  # every length below is in CSS px of a 300 px wide chart
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    device = painter.device()
    title_font, small = QFont(font), QFont(font)
    title_font.setPointSizeF(8.5)
    title_font.setBold(True)
    small.setPointSizeF(7)
    title_metrics, metrics = QFontMetricsF(title_font, device), QFontMetricsF(small, device)

    frame = QPen(QColor(FRAME))
    frame.setWidthF(0.8 * px)
    painter.setPen(frame)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0.5 * px, 0.5 * px, -0.5 * px, -0.5 * px))

    pad = 7 * px
    painter.setFont(title_font)
    painter.setPen(QColor(INK))
    title = title_metrics.elidedText(chart["title"], Qt.TextElideMode.ElideRight, rect.width() - 2 * pad)
    painter.drawText(QPointF(rect.left() + pad, rect.top() + pad + title_metrics.ascent()), title)

    lines = chart["lines"]
    legend_height = metrics.height() + 4 * px if len(lines) > 1 else 0
    ticks = _ticks(chart["y_min"], chart["y_max"])
    tick_text = [f"{t}{' %' if chart['percent'] else ''}" for t in ticks]
    left = rect.left() + pad + max(metrics.horizontalAdvance(t) for t in tick_text) + 4 * px
    right = rect.right() - pad
    top = rect.top() + pad + title_metrics.height() + 10 * px
    bottom = rect.bottom() - pad - legend_height - metrics.height() - 3 * px
    plot = QRectF(QPointF(left, top), QPointF(right, bottom))

    def y_at(value: float) -> float:
        share = (value - chart["y_min"]) / (chart["y_max"] - chart["y_min"])
        return plot.bottom() - share * plot.height()

    labels = chart["x_labels"]
    slot = plot.width() / max(len(labels), 1)

    def x_at(position: float) -> float:
        return plot.left() + (position + 0.5) * slot

    painter.setFont(small)
    grid = QPen(QColor(GRID))
    grid.setWidthF(0.6 * px)
    for tick, text in zip(ticks, tick_text, strict=True):
        y = y_at(tick)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QPointF(plot.left() - 4 * px - metrics.horizontalAdvance(text), y + metrics.ascent() / 2 - px), text
        )
    # Dates under their points; when they do not fit side by side, every second (third...) one.
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
    step = max(1, math.ceil((widest + 4 * px) / slot))
    for position, label in enumerate(labels):
        if (len(labels) - 1 - position) % step == 0:  # counted from the latest: it is always named
            width = metrics.horizontalAdvance(label)
            x = min(max(x_at(position) - width / 2, rect.left() + pad), rect.right() - pad - width)
            painter.drawText(QPointF(x, plot.bottom() + 3 * px + metrics.ascent()), label)

    for line in lines:
        colour = QColor(line["color"])
        pen = QPen(colour)
        pen.setWidthF(1.8 * px)
        painter.setPen(pen)
        points = [QPointF(x_at(x), y_at(y)) for x, y in line["points"]]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(QBrush(colour))
        for point in points:
            painter.drawEllipse(point, 2.6 * px, 2.6 * px)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(lines) == 1:  # one line: its values can be read off beside the dots
            painter.setPen(QColor(INK))
            for (_x, value), point in zip(line["points"], points, strict=True):
                text = f"{value:.0f}{' %' if chart['percent'] else ''}"
                below = point.y() - plot.top() < metrics.height() + 4 * px  # no room above the dot
                y = point.y() + 4 * px + metrics.ascent() if below else point.y() - 4 * px
                painter.drawText(QPointF(point.x() + 3 * px, y), text)

    if legend_height:
        x = plot.left()
        y = rect.bottom() - pad - metrics.descent()
        for line in lines:
            pen = QPen(QColor(line["color"]))
            pen.setWidthF(1.8 * px)
            painter.setPen(pen)
            middle = y - metrics.ascent() / 2 + px
            painter.drawLine(QPointF(x, middle), QPointF(x + 12 * px, middle))
            painter.setPen(QColor(INK))
            painter.drawText(QPointF(x + 15 * px, y), line["label"])
            x += 15 * px + metrics.horizontalAdvance(line["label"]) + 12 * px
    painter.restore()


def _ticks(low: int, high: int) -> list[int]:
    """Grid values: every one on a short scale (1-7), every second on 1-9, quarters of 100."""
    span = high - low
    step = 1 if span <= 6 else 2 if span <= 10 else 25
    return list(range(low, high + 1, step))
