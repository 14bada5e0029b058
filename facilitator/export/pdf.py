"""Minutes as PDF with Qt's text engine: QTextDocument laid out on QPdfWriter pages.

We paginate ourselves so every page gets a running header (title, date) and a footer
("Page n of m"). pypdf then adds what Qt's writer cannot: the document language and an outline
(bookmarks) from the headings. Qt writes no structure tags, so the PDF is not tagged.
The document, writer and painter are created in the calling thread and no
widget is touched, so this runs in a worker thread too (a QGuiApplication must exist; if none
does and we are on the main thread, one is created, offscreen when there is no display).
"""

from __future__ import annotations

import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

from facilitator.domain.model import SessionData
from facilitator.export.context import format_date, labels
from facilitator.export.files import ExportError, write_atomic
from facilitator.export.minutes import render_html_with_context
from facilitator.export.pagination import plan

PAGE_SIZES = ("A4", "Letter")
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans"]
#: Tried, in order, for characters the text fonts lack: emoji, CJK, other scripts.
FALLBACK_FAMILIES = [
    "Noto Color Emoji",
    "Noto Emoji",
    "Segoe UI Emoji",
    "Apple Color Emoji",
    "Symbola",
    "Noto Sans CJK SC",
    "Droid Sans Fallback",
    "Noto Sans Hebrew",
    "Noto Sans Arabic",
]
BODY_POINTS = 10
MARGINS_MM = {"left": 20.0, "right": 20.0, "top": 24.0, "bottom": 22.0}  # header/footer sit in the margins
RULE_COLOR = "#c5ccd6"
HEADER_COLOR = "#5b6675"
HEADER_CHARS = 500  # more than a header line holds at any page size

_HAIR = 0.5  # device units (1/1200 in): far less than a line, more than rounding

_app: Any = None  # the QGuiApplication we created, kept alive for the process


def _ensure_gui_application() -> None:
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("PDF export needs a QGuiApplication (fonts), not a QCoreApplication")
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("create the QGuiApplication on the main thread before exporting PDF in a worker")
    argv = ["facilitator"]
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)


def render_pdf(
    data: SessionData,
    lang: str = "en",
    page_size: str = "A4",
    template: Path | str | None = None,
    series: list | None = None,
) -> bytes:
    """The minutes as PDF bytes (A4 or Letter), rendered from our HTML template or the user's.

    With `series` (a follow-up's trend figures) the template's `<img src="chart:ID">` become charts.
    """
    if page_size not in PAGE_SIZES:
        raise ExportError(f"unknown page size '{page_size}'; choose A4 or Letter")
    html, context = render_html_with_context(data, lang, template, series)
    words = labels(lang)
    return html_to_pdf(
        html,
        header_left=data.session.title,
        header_right=format_date(data.session.date, lang),
        page_label=words["page_of"],
        page_size=page_size,
        title=data.session.title,
        lang=lang,
        charts=(context["series"] or {}).get("charts", []),
    )


def write_pdf(
    data: SessionData,
    path: Path | str,
    lang: str = "en",
    page_size: str = "A4",
    template: Path | str | None = None,
    series: list | None = None,
) -> Path:
    """Render the minutes and write them to `path` atomically (a failure leaves no half file)."""
    return write_atomic(path, render_pdf(data, lang, page_size, template, series))


def html_to_pdf(
    html: str,
    header_left: str = "",
    header_right: str = "",
    page_label: str = "Page {page} of {pages}",
    page_size: str = "A4",
    title: str = "",
    lang: str = "en",
    charts: list[dict] | None = None,
) -> bytes:
    """Lay `html` out on pages with header and footer; headings become the PDF's bookmarks.

    `charts` are drawn where the HTML has `<img src="chart:ID" width=.. height=..>` (as vectors).
    """
    _ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QColor,
        QFont,
        QFontMetricsF,
        QPageLayout,
        QPageSize,
        QPainter,
        QPalette,
        QPdfWriter,
        QPen,
        QTextDocument,
        QTextOption,
    )

    output = QByteArray()
    buffer = QBuffer(output)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Facilitator")
    size_id = QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter
    writer.setPageLayout(QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    dpi = writer.resolution()

    def mm(value: float) -> float:
        return value / 25.4 * dpi

    page = QRectF(0, 0, writer.width(), writer.height())
    body = page.adjusted(
        mm(MARGINS_MM["left"]), mm(MARGINS_MM["top"]), -mm(MARGINS_MM["right"]), -mm(MARGINS_MM["bottom"])
    )

    font = QFont()
    font.setFamilies(FONT_FAMILIES + FALLBACK_FAMILIES)
    font.setPointSizeF(BODY_POINTS)
    for tag in ("liga", "clig"):  # "ff" stays two letters: copied or searched text stays exact
        font.setFeature(QFont.Tag(tag), 0)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # fonts and CSS px scale to the PDF resolution
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)  # words stay whole; see _breakable for long ones
    document.setDefaultTextOption(wrapping)
    document.setTextWidth(body.width())  # one long page; we choose the page breaks ourselves
    if charts:
        from facilitator.export.charts import register_charts

        register_charts(document, charts, font, writer.logicalDpiY() / 96)
    document.setHtml(_breakable(_without_missing_glyphs(html, font)))
    pages = plan(document, body.height(), scale=writer.logicalDpiY() / 96)
    headings = _headings(document, pages)

    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("the PDF could not be started (Qt's PDF writer refused)")
    try:
        small = QFont(font)
        small.setPointSizeF(8)
        metrics = QFontMetricsF(small, writer)
        rule = QPen(QColor(RULE_COLOR))
        rule.setWidthF(mm(0.25))
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = context.palette
        palette.setColor(QPalette.ColorRole.Text, QColor("#1d232b"))  # never the UI's dark-theme colours
        context.palette = palette
        header_y = body.top() - mm(9)
        footer_y = body.bottom() + mm(10)

        def draw_slice(top: float, bottom: float, at: float) -> None:
            """Draw document rows [top, bottom) with `top` placed at page height `at`."""
            painter.save()
            clip = QRectF(0, top, body.width(), bottom - top)
            painter.translate(body.left(), at - top)
            painter.setClipRect(clip)
            # The layout skips lines outside context.clip, but draws (and so writes into the PDF,
            # invisible yet searchable) a line that only touches it: the first line of the next
            # page sits exactly at `bottom`. A clip a hair smaller leaves each line on one page.
            context.clip = clip.adjusted(0, _HAIR, 0, -_HAIR)
            document.documentLayout().draw(painter, context)
            painter.restore()

        right = metrics.horizontalAdvance(header_right)
        room = body.width() - right - mm(8)
        # Elided once, from its start: the same on every page, and eliding a title of 20,000
        # characters (MAX_TEXT_CHARS) took 9 ms a page (a 10 MB one, most of two minutes).
        left = metrics.elidedText(header_left[:HEADER_CHARS], Qt.TextElideMode.ElideRight, room)
        for number, page in enumerate(pages):
            if number:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(QColor(HEADER_COLOR))
            painter.drawText(QPointF(body.left(), header_y), left)
            painter.drawText(QPointF(body.right() - right, header_y), header_right)
            footer = page_label.format(page=number + 1, pages=len(pages))
            painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(footer), footer_y), footer)
            painter.setPen(rule)
            painter.drawLine(QPointF(body.left(), header_y + mm(2.5)), QPointF(body.right(), header_y + mm(2.5)))
            footer_rule = footer_y - metrics.ascent() - mm(2.5)
            painter.drawLine(QPointF(body.left(), footer_rule), QPointF(body.right(), footer_rule))

            at = body.top()
            if page.repeat is not None:
                draw_slice(page.repeat.header_top, page.repeat.header_bottom, at)
                at += page.repeat.header_height
            draw_slice(page.top, page.bottom, at)
    finally:
        painter.end()
    buffer.close()
    return _finish(bytes(output.data()), headings, lang)


_LONG_WORD = re.compile(r"(?:&#?\w+;|[^\s<>&]){30,}")
_TEXT = re.compile(r">([^<]+)<")
_UNIT = re.compile(r"&#?\w+;|.", re.S)


def _breakable(html: str) -> str:
    """Let a word over 30 characters (a link, a token) break every 20 characters.

    Qt widens a table column to its longest word, pushing the columns after it off the page;
    breaking anywhere instead splits ordinary words ("Kommunikatio-n") in narrow columns. A zero
    width space inside long words only is the break opportunity that hurts neither.
    """

    def split(word: re.Match) -> str:
        units = _UNIT.findall(word.group(0))
        return "\u200b".join("".join(units[i : i + 20]) for i in range(0, len(units), 20))

    return _TEXT.sub(lambda text: ">" + _LONG_WORD.sub(split, text.group(1)) + "<", html)


def _without_missing_glyphs(html: str, font: Any) -> str:
    """Characters no installed font can draw, written as their code (U+1F680) instead of a box.

    Qt falls back through `font`'s families and then the system's fonts; only what none of them
    has is replaced, so on a machine with an emoji font the emoji print as emoji.
    """
    import unicodedata

    from PySide6.QtGui import QFont, QFontMetricsF

    metrics = []
    for family in font.families():
        single = QFont(font)
        single.setFamilies([family])
        metrics.append(QFontMetricsF(single))
    missing = {}
    for char in set(html):
        if ord(char) < 0x2000 or unicodedata.category(char) in ("Cf", "Mn", "Me", "Cc", "Zs", "Zl", "Zp"):
            continue  # Latin, Greek, Cyrillic... are in the text fonts; joiners and marks draw nothing alone
        if not any(m.inFontUcs4(ord(char)) for m in metrics):
            missing[char] = f"[U+{ord(char):04X}]"
    return "".join(missing.get(char, char) for char in html) if missing else html


def _headings(document: Any, pages: list) -> list[tuple[int, str, int]]:
    """(level, text, page index) of every h2 and h3, in order: the PDF's outline."""
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = " ".join(block.text().split())
        if level in (2, 3) and text:
            top = layout.blockBoundingRect(block).top()
            page = next((i for i, p in enumerate(pages) if top < p.bottom), len(pages) - 1)
            # A bookmark is a line in a side pane: long agreement headings are cut.
            found.append((level, text if len(text) <= 80 else text[:79].rstrip() + "…", page))
        block = block.next()
    return found


def _finish(pdf: bytes, headings: list[tuple[int, str, int]], lang: str) -> bytes:
    """Add what Qt's writer cannot: the document language and bookmarks from the headings."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer._root_object[NameObject("/Lang")] = TextStringObject(lang)  # screen readers pick the voice
    parent = None
    for level, text, page in headings:
        if level == 2:
            parent = writer.add_outline_item(title=text, page_number=page)
        else:
            writer.add_outline_item(title=text, page_number=page, parent=parent)
    if headings:
        writer.page_mode = "/UseOutlines"  # viewers open with the bookmarks shown
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
