"""How the pages' tables lay themselves out.

Column widths follow the table's width in one of two ways: `ColumnShares` (each column a share)
or `FitColumns` (short columns fit their content, text columns share the rest, and optional
columns make way on a narrow page; a text column's heading wraps before a short column's content
is cut: `WrappingHeader`). Row heights either fit their wrapped text
(`RowsFollowColumns` re-fits them after a column changes width) or stay `cap_rows` lines high.
`RowFitter` keeps a whole table as tall as its rows, so the page scrolls instead of the table.

The keyboard entry of small scores is in score_table.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

CELL_PADDING = 12  # px a cell's text needs beside it (margins and focus frame)
WORD_BREAKS = re.compile(r"[^\S\u00a0]+")  # where a cell's text may wrap: spaces, not a no-break space


# -- column widths ------------------------------------------------------------------------------


class _FollowsWidth(QObject):
    """Applies column widths again whenever the table's viewport changes size."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        raise NotImplementedError


class ColumnShares(_FollowsWidth):
    """Gives each column a share of the table's width (e.g. text 40 %, owner 15 %...).

    EntityTable sizes columns in characters, which at the app's large type leaves a 700 px
    page (a 1280 px projector minus navigator and notes) almost no room for the text column;
    shares fit any width, and the hidden notes panel simply makes every column wider.
    """

    def __init__(self, view: QTableView, shares: list[float]):
        super().__init__(view)
        self.shares = shares
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(len(shares)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.apply()

    def apply(self) -> None:
        width, total = self.view.viewport().width(), sum(self.shares)
        header = self.view.horizontalHeader()
        floors = [self._floor(column) for column in range(len(self.shares))]
        sizes = [max(int(width * share / total), floor) for share, floor in zip(self.shares, floors, strict=True)]
        # Columns that got their floor (a heading, a one-word choice like "Arbeitsvereinbarung")
        # take the room from the columns with slack, the widest first: text wraps, a word cannot.
        excess = sum(sizes) - width
        for column in sorted(range(len(sizes)), key=lambda c: floors[c] - sizes[c]):
            if excess <= 0:
                break
            give = min(excess, sizes[column] - floors[column])
            sizes[column] -= give
            excess -= give
        sizes[-1] += max(0, width - sum(sizes))  # rounding: the last column fills the row
        for column, size in enumerate(sizes):
            header.resizeSection(column, max(size, header.minimumSectionSize()))

    def _floor(self, column: int) -> int:
        return column_floor(self.view, column)


class WrappingHeader(QHeaderView):
    """Column headings that wrap between words when their column is narrower than the heading
    (never inside a word); the header grows as tall as its tallest heading."""

    def __init__(self, view: QTableView):
        super().__init__(Qt.Orientation.Horizontal, view)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, not "Statem…"
        self.sectionResized.connect(self._grow)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        whole = super().sectionSizeFromContents(logical)
        width, model = self.sectionSize(logical), self.model()
        text = str(model.headerData(logical, self.orientation()) or "") if model is not None else ""
        if whole.width() <= width or not text:
            return whole
        metrics = self.fontMetrics()
        margins = whole.width() - metrics.size(0, text).width()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        wrapped = metrics.boundingRect(QRect(0, 0, max(1, width - margins), 10_000), flags, text)
        return QSize(wrapped.width() + margins, whole.height() - metrics.size(0, text).height() + wrapped.height())

    def _grow(self) -> None:
        self.headerDataChanged(self.orientation(), 0, max(0, self.count() - 1))  # the size hint again


class FitColumns(_FollowsWidth):
    """The one rule for an entity table's widths, at any window width and zoom.

    Short columns (choices, numbers, dates, ticks, derived words) fit their content, never
    narrower than their heading and longest word, nor wider than their preferred width; text
    columns share the rest by their preferred widths and wrap. Where the short columns' floors and
    a readable width for each text column do not fit (nine goal columns in a 1280 px window's
    700 px page), the `optional` groups of columns are hidden, first group first, and
    `hidden_changed` tells the page to show them in a form for the selected row instead: the
    table never scrolls sideways and no heading is cut. Where the text columns' whole headings do
    not fit beside the short columns' content (a speaker's name), those headings wrap between
    words instead. Columns stay resizable by hand.
    """

    hidden_changed = Signal()

    def __init__(self, view: QTableView, optional: Sequence[Sequence[int]] = ()):
        super().__init__(view)
        self.optional = [list(group) for group in optional]
        self.auto_hidden: list[int] = []  # columns this rule hid (a page may hide others for good)
        if not isinstance(view.horizontalHeader(), WrappingHeader):
            view.setHorizontalHeader(WrappingHeader(view))
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for i in range(header.count()):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        # Content decides the short columns' widths: fit again after it changes (once per burst).
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.apply)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._timer.start)

    def apply(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        width = view.viewport().width()
        kept = [c for c in range(header.count()) if not header.isSectionHidden(c) or c in self.auto_hidden]
        text = [c for c in kept if is_text_column(view, c)]
        floors = {c: column_floor(view, c) for c in kept}
        least = {c: max(floors[c], READABLE_EM * em(view)) if c in text else floors[c] for c in kept}
        hidden: list[int] = []
        for group in [[], *self.optional]:
            hidden += group
            if sum(least[c] for c in kept if c not in hidden) <= width:
                break
        if hidden != self.auto_hidden:
            for c in kept:
                header.setSectionHidden(c, c in hidden)
            self.auto_hidden = hidden
            self.hidden_changed.emit()
        shown = [c for c in kept if c not in hidden]
        # Without free text, the choices (a goal's name, a person) take the spare width instead.
        stretch = [c for c in shown if c in text] or [c for c in shown if has_choices(view, c)] or shown[-1:]
        short = [c for c in shown if c not in stretch]
        cap = {c: max(preferred(view, c, floors[c]), SHORT_CAP_EM * em(view)) for c in short}  # a long label wraps
        sizes = {c: max(floors[c], min(view.sizeHintForColumn(c), cap[c])) for c in short}
        # The short columns give up room (down to their floors) before the text gets unreadable.
        lack = sum(sizes.values()) + sum(least[c] for c in stretch) - width
        slack = {c: sizes[c] - floors[c] for c in short}
        total = sum(slack.values()) or 1
        for c in short if lack > 0 else []:
            sizes[c] -= min(slack[c], -(-lack * slack[c] // total))  # rounded up: the row never overflows
        # The rest is shared by preferred width; a column whose share is below its floor gets the
        # floor, and the others share what is left (a long heading does not earn more room).
        rest, sharing = width - sum(sizes.values()), list(stretch)
        if sum(floors[c] for c in stretch) > rest:  # a text column's heading wraps, a name is not cut
            floors.update({c: column_floor(view, c, wrap=True) for c in stretch if c in text})
        weights = {c: preferred(view, c, floors[c]) for c in stretch}
        while sharing:
            whole = sum(weights[c] for c in sharing) or 1
            short_of_floor = [c for c in sharing if rest * weights[c] // whole < floors[c]]
            if not short_of_floor:
                break
            for c in short_of_floor:
                sizes[c] = floors[c]
                rest -= floors[c]
                sharing.remove(c)
        whole = sum(weights[c] for c in sharing) or 1
        for c in sharing:
            sizes[c] = max(floors[c], rest * weights[c] // whole)
        if shown:  # rounding: the last column fills the row
            sizes[shown[-1]] += max(0, width - sum(sizes.values()))
        for c, size in sizes.items():
            header.resizeSection(c, size)


READABLE_EM = 12  # a text column narrower than this many "m" wraps after every word or two
SHORT_TEXT_CHARS = 7  # a text column preferred this narrow holds a value, not prose
SHORT_CAP_EM = 12  # a short column fits its content up to this width (or its preferred width)


def em(view: QTableView) -> int:
    return view.fontMetrics().horizontalAdvance("m")


def described(view: QTableView, column: int):
    """The entity model's Column for `column`, if the view's model has one."""
    columns = getattr(view.model(), "columns", None)
    return columns[column] if columns and column < len(columns) else None


def is_text_column(view: QTableView, column: int) -> bool:
    """Prose that may wrap, as opposed to a choice, number, date, tick, derived word or a short
    typed value (a goal's "€2.05M" or unit: its preferred width is a few characters)."""
    spec = described(view, column)
    if spec is None:
        return True
    prose = spec.width == 0 or spec.width > SHORT_TEXT_CHARS
    return spec.kind == "text" and spec.choices is None and spec.get is None and prose


def has_choices(view: QTableView, column: int) -> bool:
    spec = described(view, column)
    return spec is not None and spec.choices is not None


def preferred(view: QTableView, column: int, floor: int) -> int:
    """The column's preferred width (its `width` in characters), never below its `floor`."""
    spec = described(view, column)
    chars = spec.width if spec is not None and spec.width else 10
    return max(chars * em(view), floor)


def heading_width(header: QHeaderView, column: int, wrap: bool = False) -> int:
    """The width a column's heading needs on one line (with `wrap`: its longest word)."""
    whole = QHeaderView.sectionSizeFromContents(header, column).width()  # never the wrapped size
    text = str(header.model().headerData(column, header.orientation()) or "")
    if not wrap or not text.strip():
        return whole
    metrics = header.fontMetrics()
    margins = whole - metrics.size(0, text).width()
    return margins + max(metrics.horizontalAdvance(word) for word in text.split())


def column_floor(view: QTableView, column: int, wrap: bool = False) -> int:
    """The narrowest a column may get: its heading (with `wrap`: the heading's longest word), and
    the longest word of its choices (cells wrap between words, so only a single word can be cut;
    a no-break space binds a name's words: "Elena Kowalski")."""
    widest = heading_width(view.horizontalHeader(), column, wrap)
    spec = described(view, column)
    choices = spec.choices if spec is not None else None
    metrics = view.fontMetrics()
    if spec is not None and spec.kind in ("date", "float", "int"):
        widest = max(widest, metrics.horizontalAdvance("2026-12-31") + CELL_PADDING)  # never cut a number
    elif spec is not None and choices is None and spec.kind == "text":
        widest = max(widest, 5 * em(view))  # a few words a line, not "boo…"
    if choices is not None:
        words = [word for _value, text in choices() for word in WORD_BREAKS.split(str(text))]
        widest = max([widest] + [metrics.horizontalAdvance(w) + CELL_PADDING for w in words])
    return widest


# -- row heights --------------------------------------------------------------------------------


class RowsFollowColumns(QObject):
    """Re-fits the row heights to the wrapped text after a column changes width (once, through
    a zero timer, however many sections moved)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        view.horizontalHeader().sectionResized.connect(lambda *_: self._timer.start())

    def fit(self) -> None:
        self.view.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)


def cap_rows(view: QTableView, lines: int) -> None:
    """Rows `lines` lines high whatever they hold, the rest elided (the full text is in an
    editor beside the table)."""
    rows = view.verticalHeader()
    height = view.fontMetrics().lineSpacing() * lines + 10
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(height)  # rows added later
    for row in range(rows.count()):  # rows already sized to their contents
        rows.resizeSection(row, height)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


class RowFitter(QObject):
    """Keeps a table exactly as tall as its rows (up to `maximum_rows`), so the page scrolls
    instead of the table: no scroll bar inside a scroll area.

    Rows that size to their contents settle only when the view lays itself out (after the
    columns got their widths), so the fit is checked after each paint of the view, through a
    zero timer; it changes the height only when it differs, so it settles at once.
    """

    def __init__(self, view: QTableView, minimum_rows: int = 2, maximum_rows: int = 10):
        super().__init__(view)
        self.view, self.minimum_rows, self.maximum_rows = view, minimum_rows, maximum_rows
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._timer.start)
        # Rows re-fitted to wider columns: a table below the fold is not painted, so it would keep
        # the height of its narrower rows, a screen of empty table, until it was scrolled to.
        view.verticalHeader().sectionResized.connect(lambda *_: self._timer.start())
        view.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._timer.isActive():
            self._timer.start()
        return False

    def fit(self) -> None:
        view, model = self.view, self.view.model()
        rows = model.rowCount()
        shown = sum(view.rowHeight(r) for r in range(min(rows, self.maximum_rows)))
        shown += max(0, self.minimum_rows - rows) * view.verticalHeader().defaultSectionSize()
        height = view.horizontalHeader().sizeHint().height() + shown + 2 * view.frameWidth() + 2
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().sizeHint().height()
        if view.height() != height or view.minimumHeight() != height:
            view.setFixedHeight(height)
