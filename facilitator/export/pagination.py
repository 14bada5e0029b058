"""Where to break a laid-out QTextDocument into pages, the way a typesetter would.

Qt's own pagination splits table rows in the middle and leaves headings alone at the bottom
of a page. Here the document is laid out once as one long page, and we choose the breaks:
between blocks, between table rows and between lines of a paragraph (at least two lines on
each side), never right after a heading, never between a table's header and its first row.
Only a row taller than the space left is broken inside, between lines. A page that starts
inside a table repeats the table's header rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FORCED, GOOD, INNER = 0, 1, 2  # break kinds, in order of preference
_EPSILON = 0.5


@dataclass(frozen=True)
class TableSpan:
    header_top: float
    header_bottom: float  # == header_top when the table has no header rows
    bottom: float  # where the last row's text ends

    @property
    def header_height(self) -> float:
        return self.header_bottom - self.header_top


@dataclass(frozen=True)
class Page:
    top: float
    bottom: float
    repeat: TableSpan | None  # a table whose header is drawn again at the top of this page


def _lines(layout: Any, block: Any) -> list[tuple[float, float]]:
    """(top, bottom) of every line of a block, in document coordinates."""
    text_layout = block.layout()
    origin = layout.blockBoundingRect(block).top()
    boxes = []
    for i in range(text_layout.lineCount()):
        line = text_layout.lineAt(i)
        boxes.append((origin + line.y(), origin + line.y() + line.height()))
    return boxes


def _cell_blocks(cell: Any) -> list[Any]:
    block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
    blocks = [block]
    while block.isValid() and block != last:
        block = block.next()
        blocks.append(block)
    return blocks


def _table(table: Any, layout: Any, scale: float, breaks: list[tuple[float, int]]) -> TableSpan:
    from PySide6.QtGui import QTextFormat

    table_format = table.format()
    header_rows = min(table_format.headerRowCount(), table.rows())
    rect = layout.frameBoundingRect(table)
    row_tops: list[float] = []
    text_bottom = rect.top()
    for r in range(table.rows()):
        top, boxes = rect.bottom(), []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if cell.row() != r or cell.column() != c:
                continue  # covered by a spanning cell
            cell_format = cell.format().toTableCellFormat()
            # hasProperty first: property() returning None corrupts None's refcount in PySide6 6.12.
            own = cell_format.hasProperty(QTextFormat.Property.TableCellTopPadding)
            padding = (cell_format.topPadding() if own else table_format.cellPadding()) * scale
            cell_boxes = [box for block in _cell_blocks(cell) for box in _lines(layout, block)]
            if cell_boxes:
                top = min(top, cell_boxes[0][0] - padding)
                boxes.append(cell_boxes)
        row_tops.append(top)
        text_bottom = max([text_bottom] + [b for cell_boxes in boxes for _, b in cell_boxes])
        if r < header_rows:
            continue
        if r > header_rows:  # the first body row stays with the header
            breaks.append((top, GOOD))
        # Inside a row only between lines that no other cell's line straddles.
        straddled = _straddle_test([box for cell_boxes in boxes for box in cell_boxes])
        for cell_boxes in boxes:
            for line_top, _ in cell_boxes[1:]:
                if not straddled(line_top):
                    breaks.append((line_top, INNER))
    header_bottom = row_tops[header_rows] if header_rows and header_rows < len(row_tops) else rect.top()
    top = min([rect.top(), *row_tops[:1]])
    return TableSpan(top, header_bottom if header_rows else top, text_bottom)


def _straddle_test(lines: list[tuple[float, float]]) -> Any:
    """A test whether a y lies strictly inside one of these (top, bottom) lines. Sorted tops and
    the highest bottom so far answer it in log time: a cell of 20,000 characters (MAX_TEXT_CHARS)
    has hundreds of lines, and comparing each with each grew with their square."""
    from bisect import bisect_left

    ordered = sorted(lines)
    tops = [t + _EPSILON for t, _ in ordered]
    reach: list[float] = []
    for _, bottom in ordered:
        reach.append(max(bottom - _EPSILON, reach[-1] if reach else float("-inf")))

    def straddled(y: float) -> bool:
        before = bisect_left(tops, y)  # lines whose top (plus a hair) lies above y
        return before > 0 and reach[before - 1] > y

    return straddled


def breakpoints(document: Any, scale: float) -> tuple[list[tuple[float, int]], list[TableSpan]]:
    """Allowed page breaks (y, kind) of the root frame, and the tables with their header rows."""
    from PySide6.QtGui import QTextFormat, QTextTable

    layout = document.documentLayout()
    breaks: list[tuple[float, int]] = []
    tables: list[TableSpan] = []
    keep_with_previous = False  # the previous element was a heading
    it = document.rootFrame().begin()
    while not it.atEnd():
        # currentFrame() only where there is a frame: returning None corrupts None's refcount
        # in PySide6 6.12 (the interpreter aborts at exit after a few thousand calls).
        block = it.currentBlock()
        frame = None if block.isValid() else it.currentFrame()
        it += 1
        if frame is not None:
            top = layout.frameBoundingRect(frame).top()
            policy = frame.frameFormat().pageBreakPolicy()
            if isinstance(frame, QTextTable):
                tables.append(_table(frame, layout, scale, breaks))
        elif block.isValid() and block.length() > 1:
            lines = _lines(layout, block)
            if not lines:
                continue
            top = lines[0][0]
            policy = block.blockFormat().pageBreakPolicy()
            # Between lines of a paragraph, keeping two lines together at either end.
            breaks.extend((line_top, GOOD) for line_top, _ in lines[2:-1])
        else:
            continue  # empty blocks Qt keeps around tables take no room
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            breaks.append((top, FORCED))
        elif not keep_with_previous:
            breaks.append((top, GOOD))
        keep_with_previous = frame is None and block.blockFormat().headingLevel() > 0
    breaks.sort()
    return breaks, tables


def plan(document: Any, page_height: float, scale: float) -> list[Page]:
    """Cut the laid-out document into pages of `page_height` (document units)."""
    breaks, tables = breakpoints(document, scale)
    end = document.documentLayout().documentSize().height()
    pages: list[Page] = []
    top, repeat = 0.0, None
    while True:
        room = page_height - (repeat.header_height if repeat else 0.0)
        limit = top + room
        if end <= limit + _EPSILON:
            pages.append(Page(top, end, repeat))
            return pages
        window = [(y, kind) for y, kind in breaks if top + _EPSILON < y <= limit]
        forced = [y for y, kind in window if kind == FORCED]
        good = [y for y, kind in window if kind == GOOD]
        inner = [y for y, kind in window if kind == INNER]
        if forced:
            cut = forced[0]
        elif good and (max(good) - top >= 0.3 * room or not inner or max(inner) < max(good)):
            cut = max(good)
        elif inner:
            cut = max(inner)
        else:
            cut = limit  # nothing to break at: a single line taller than the page
        pages.append(Page(top, cut, repeat))
        top = cut
        repeat = next(
            (t for t in tables if t.header_height > 0 and t.header_bottom < cut < t.bottom),
            None,
        )
