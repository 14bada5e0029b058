"""The option scorecard (stage 5): options × agreed criteria, weighted score and live rank.

Scores run from 0 to 5 (5 = serves the criterion fully; for effort: the least effort). A small
scale is quick to agree on aloud, matches the demo data, and keeps keyboard entry to one
digit per cell like the pulse and the fist of five.
"""

from __future__ import annotations

from itertools import product
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from facilitator.changes import Changes
from facilitator.domain.model import Criterion, Option, OptionStatus, ranked_options, weighted_score
from facilitator.ui import labels
from facilitator.ui.context import SessionContext
from facilitator.ui.headings import Measure, soft_hyphens, wrap_heading
from facilitator.ui.labels import number, short
from facilitator.ui.score_table import RangeRole, ScoreTableView
from facilitator.ui.tables import RowFitter

SCORE_MIN, SCORE_MAX = 0, 5
Index = QModelIndex | QPersistentModelIndex


def compact(value: float) -> str:
    """3 rather than 3.0; 1.5 stays 1.5 (in the UI language's format)."""
    return number(value, 0) if float(value).is_integer() else number(value, 1)


class ScorecardModel(QAbstractTableModel):
    """Rows are options (in the order they were added, so nothing jumps while scoring).

    Columns: the option, one per criterion (score 0-5, editable once the criteria are agreed),
    the weighted score and the rank. Rejected options are shown but not ranked. Equal scores
    share a rank; every option ranked first with a score above 0 is a leader and stands out.
    """

    ranking_changed = Signal()

    def __init__(self, ctx: SessionContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.scoring_open = False
        self.heading_room: dict[int, int] = {}  # column -> the width its criterion's name wraps to
        self.measure: Measure = len  # characters, until the table measures in its header's font
        self._options: list[Option] = []
        self._criteria: list[Criterion] = []
        self._weighted: dict[int, float] = {}
        self._ranks: dict[int, int] = {}
        self._leaders: set[int] = set()
        ctx.loaded.connect(self.refresh)
        ctx.changes.connect(self._on_changes)
        self.refresh()

    # -- content ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        data = self.ctx.data
        self._options = list(data.options) if data else []
        self._criteria = list(data.criteria) if data else []
        self._rerank()
        self.endResetModel()
        self.ranking_changed.emit()

    def _on_changes(self, changes: Changes) -> None:
        if changes.structural() & {Option, Criterion}:
            self.refresh()
            return
        if changes.touches(Criterion) and self._criteria:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(self._criteria))
        if changes.touches(Criterion, Option):
            self._update()

    def _update(self) -> None:
        self._rerank()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.ranking_changed.emit()

    def set_scoring_open(self, scoring_open: bool) -> None:
        self.scoring_open = scoring_open
        self._update()

    def _rerank(self) -> None:
        self._weighted = {id(o): weighted_score(o, self._criteria) for o in self._options}
        ranked = ranked_options([o for o in self._options if o.status != OptionStatus.REJECTED], self._criteria)
        self._ranks, previous, rank = {}, None, 0
        for position, (option, score) in enumerate(ranked, start=1):
            if previous is None or round(score, 6) != round(previous, 6):
                rank, previous = position, score
            self._ranks[id(option)] = rank
        self._leaders = {id(o) for o in self._options if self._ranks.get(id(o)) == 1 and self.weighted(o) > 0}

    def option(self, row: int) -> Option:
        return self._options[row]

    def criterion(self, column: int) -> Criterion | None:
        return self._criteria[column - 1] if 1 <= column <= len(self._criteria) else None

    def weighted(self, option: Option) -> float:
        return self._weighted.get(id(option), 0.0)

    def rank(self, option: Option) -> int | None:
        return self._ranks.get(id(option))

    def leaders(self) -> list[Option]:
        return [o for o in self._options if id(o) in self._leaders]

    @property
    def weighted_column(self) -> int:
        return len(self._criteria) + 1

    @property
    def rank_column(self) -> int:
        return len(self._criteria) + 2

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._criteria) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)
            return None
        if not 0 <= section < self.columnCount():
            return None
        criterion = self.criterion(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if criterion is not None:
                name = wrap_heading(criterion.name or "?", self.heading_room.get(section, 10**6), self.measure)
                return f"{name}\n× {compact(criterion.weight)}"
            if section == 0:
                return self.tr("Option")
            return self.tr("Weighted\nscore") if section == self.weighted_column else self.tr("Rank")
        if role == Qt.ItemDataRole.ToolTipRole:
            if criterion is not None:
                return (
                    self.tr("%1 · weight %2 · source: %3")
                    .replace("%1", criterion.name)
                    .replace("%2", compact(criterion.weight))
                    .replace("%3", labels.label(criterion.source))
                )
            if section == self.weighted_column:
                return self.tr("Sum of score × weight over all criteria")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.scoring_open and self.criterion(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        option, column = self._options[index.row()], index.column()
        criterion = self.criterion(column)
        leader = id(option) in self._leaders
        rejected = option.status == OptionStatus.REJECTED
        if role == Qt.ItemDataRole.FontRole and leader:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and leader:
            color = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            color.setAlpha(70)
            return color
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignCenter
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return soft_hyphens(short(option.text, 60))
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{option.text}\n{labels.label(option.status)}"
            return None
        if criterion is not None:
            return self._score_data(option, criterion, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.weighted_column:
                return number(self.weighted(option), 1)
            rank = self.rank(option)
            if rank is None:
                return "–"
            return f"★ {rank}" if leader else str(rank)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.rank_column:
            if rejected:
                return self.tr("Rejected options are not ranked.")
            return self.tr("Leading option") if leader else None
        return None

    def _score_data(self, option: Option, criterion: Criterion, role: int) -> Any:
        score = option.scores.get(criterion.id)
        if role == Qt.ItemDataRole.EditRole:
            return score
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if score is None else compact(score)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.tr("not scored") if score is None else compact(score)
            return f"{short(option.text, 40)} · {criterion.name}: {value}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{criterion.name} ({SCORE_MIN}–{SCORE_MAX})"
        if role == RangeRole:
            return (SCORE_MIN, SCORE_MAX)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Score an option on a criterion (0-5), or clear the score with None."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        criterion = self.criterion(index.column())
        if criterion is None:
            return False
        if value is not None and not (isinstance(value, int | float) and SCORE_MIN <= value <= SCORE_MAX):
            return False
        option = self._options[index.row()]
        if value is None:
            if option.scores.pop(criterion.id, None) is None:
                return True
        elif option.scores.get(criterion.id) == float(value):
            return True
        else:
            option.scores[criterion.id] = float(value)
        self.ctx.save(option)
        self._update()
        return True


def text_width(metrics: QFontMetrics, text: str) -> int:
    """As wide as QHeaderView measures a heading (a pixel more than its advance, now and then)."""
    return metrics.size(0, text).width()


def narrowest(name: str, lines: int, measure: Measure, slack: int = 0) -> int:
    """The least width at which `name` wraps into at most `lines` lines, as wide as its widest line
    then; up to `slack` wider where that spares a hyphen ("Accounts" whole, not "Ac-/counts")."""

    def wrapped(room: int) -> list[str]:
        return wrap_heading(name, room, measure).split("\n")

    def hyphens(room: int) -> int:
        return len("".join(wrapped(room)).replace(" ", "")) - len(name.replace(" ", ""))

    low, high = 1, measure(name)
    while low < high:
        mid = (low + high) // 2
        low, high = (low, mid) if len(wrapped(mid)) <= lines else (mid + 1, high)
    wider = sorted({measure(word) for word in name.split() if high < measure(word) <= high + slack})
    room = min([high, *(w for w in wider if len(wrapped(w)) <= lines)], key=lambda w: (hyphens(w), w))
    return max(measure(line) for line in wrapped(room))


class ScorecardTable(QWidget):
    """The scorecard with its scale, the rule that criteria come first, and the leading option."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ScorecardModel(ctx, self)
        self.view = ScoreTableView("right")
        self.view.setModel(self.model)
        self.view.setObjectName("scorecard")
        self.view.setAccessibleName(self.tr("Scorecard"))
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("m") * 3)
        # The option wraps narrower than its quarter at 1280 px: three lines at most, the rest
        # elided (whole in its tooltip and in the options above), or each row stood five lines tall.
        self.view.verticalHeader().setMaximumSectionSize(self.fontMetrics().lineSpacing() * 3 + 10)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.leader = QLabel()
        self.leader.setObjectName("leader")
        self.leader.setWordWrap(True)
        self.leader.setAccessibleName(self.tr("Leading option"))
        font = self.leader.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.leader.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        layout.addWidget(self.leader)
        self.fitter = RowFitter(self.view, minimum_rows=2, maximum_rows=12)
        self.model.ranking_changed.connect(self._show_ranking)
        self.model.modelReset.connect(self._size_columns)
        self.model.headerDataChanged.connect(self._size_columns)
        self._widths: dict[tuple, int] = {}
        self.view.viewport().installEventFilter(self)
        self._size_columns()
        self._show_ranking()

    def _size_columns(self) -> None:
        """Each criterion gets the width its name needs in as few lines as fit (at 1280 px: three
        or four lines, no word cut), the weighted score and rank fit their content, and the
        option gets the rest, at least a quarter of the width where the names fit two lines."""
        view, header, model = self.view, self.view.horizontalHeader(), self.model
        if not model.columnCount():
            return
        criteria = range(1, model.weighted_column)
        for column in range(model.columnCount()):
            fixed = column not in (model.weighted_column, model.rank_column)
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Fixed if fixed else QHeaderView.ResizeMode.ResizeToContents
            )
        bold = QFont(header.font())
        bold.setBold(True)  # QHeaderView sizes a heading in bold (the current column's heading is)
        metrics, em, width = QFontMetrics(bold), self.fontMetrics().horizontalAdvance("m"), view.viewport().width()
        option = str(model.headerData(0, Qt.Orientation.Horizontal))
        margin = QHeaderView.sectionSizeFromContents(header, 0).width() - text_width(metrics, option)
        ends = sum(
            max(QHeaderView.sectionSizeFromContents(header, c).width(), view.sizeHintForColumn(c))
            for c in (model.weighted_column, model.rank_column)
        )
        names = {c: model.criterion(c).name or "?" for c in criteria}
        quarter, least = max(10 * em, int(width * 0.28)), 8 * em
        # Fewest lines first; the option keeps its quarter for up to three; a hyphen is spared
        # ("Accounts", not "Ac-/counts") where the width allows.
        steps = [(1, quarter), (2, quarter), (3, quarter), (3, least), (4, least), (5, least), (6, least)]
        for (lines, option_width), slack in product(steps, (em, 0)):
            sizes = {c: margin + self._narrowest(names[c], lines, metrics, slack) for c in criteria}
            if sum(sizes.values()) + option_width + ends <= width:
                break
        else:  # a very narrow window: the criteria share what the option leaves
            sizes = {c: max(3 * em, (width - least - ends) // max(1, len(criteria))) for c in criteria}
        rooms = {c: size - margin for c, size in sizes.items()}
        if rooms != model.heading_room or model.measure is len:
            model.heading_room, model.measure = rooms, lambda text: text_width(metrics, text)
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            return  # sized again by the headings' change, now wrapped to these rooms
        # The headings as the header measures them (a pixel more than their lines, now and then).
        sizes = {c: max(size, QHeaderView.sectionSizeFromContents(header, c).width()) for c, size in sizes.items()}
        header.resizeSection(0, max(least, width - ends - sum(sizes.values())))
        for c, size in sizes.items():
            header.resizeSection(c, size)

    def _narrowest(self, name: str, lines: int, metrics: QFontMetrics, slack: int) -> int:
        """narrowest(), remembered: a window being dragged wider lays the table out often."""
        key = (name, lines, metrics.height(), metrics.averageCharWidth(), slack)
        if key not in self._widths:
            if len(self._widths) > 500:  # names typed letter by letter
                self._widths.clear()
            self._widths[key] = narrowest(name, lines, lambda text: text_width(metrics, text), slack)
        return self._widths[key]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport, not this widget: it also widens when the table's scroll bar goes away.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._size_columns()
        return super().eventFilter(watched, event)

    def _show_ranking(self) -> None:
        model = self.model
        if model.scoring_open:
            self.hint.setObjectName("hint")
            self.hint.setText(
                self.tr(
                    "Score each option from %1 to %2 per criterion: %2 = serves it fully (for effort: "
                    "the least effort). Type a digit; the cursor moves on. "
                    "Weighted score = sum of score × weight."
                )
                .replace("%1", str(SCORE_MIN))
                .replace("%2", str(SCORE_MAX))
            )
        else:
            self.hint.setObjectName("warning")
            self.hint.setText(self.tr("Scoring opens once the criteria are agreed."))
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        leaders = model.leaders()
        if not leaders:
            self.leader.setText(self.tr("No option leads yet."))
        else:
            names = "; ".join(short(o.text, 80) for o in leaders)
            self.leader.setText(
                self.tr("Leading: %1 (weighted score %2)")
                .replace("%1", names)
                .replace("%2", number(model.weighted(leaders[0]), 1))
            )
