"""The home screen's dashboard, beside the session list: what is due across all sessions, and how
each series of follow-ups is going (pulse, escalation, agreements kept).

Charts use QtCharts (PySide6-Addons): importing it costs about 3 ms against about 600 ms for
pyqtgraph with numpy, it paints with QPainter so a chart can go into a PDF as vectors, and it
follows the application's palette. It is imported when the dashboard first fills, after the
window has painted. Figures come from `facilitator.domain.trends`; no sums are made here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import i18n, labels, theme
from facilitator.ui.keys import scoped_shortcut
from facilitator.ui.title_choice import TitleChoice

if TYPE_CHECKING:
    from facilitator.domain.trends import DueAction, SessionSummary

Index = QModelIndex | QPersistentModelIndex
# Rows shown per list; the heading gives the full count.
SHOWN = 200


class DueActionsModel(QAbstractTableModel):
    """Overdue actions first, then those due this week: due, action, owner, session."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[DueAction] = []
        self.overdue = 0  # the first `overdue` rows are late

    def set_rows(self, overdue: list[DueAction], this_week: list[DueAction]) -> None:
        self.beginResetModel()
        self.rows, self.overdue = [*overdue, *this_week], len(overdue)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Due"), self.tr("Action"), self.tr("Owner"), self.tr("Session"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (_day(action.due), action.text, action.owner, action.session_title)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.row() < self.overdue and index.column() == 0:
            return QBrush(theme.colors().q("warning"))  # late: the one thing on this screen in red
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.row() < self.overdue:
            return self.tr("Overdue")
        return None


class Dashboard(QWidget):
    """Due actions (Ctrl+Return marks one done), agreements due for review, series charts."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = None
        self.sessions: list[SessionSummary] = []
        self.today: dt.date | None = None  # None: the real today
        self.chains: list[list[SessionSummary]] = []
        self.charts: dict[str, object] = {}  # QChartViews, built on the first fill

        self.actions_heading = QLabel(self.tr("Actions due"))
        self.actions_heading.setObjectName("sideHeading")
        self.actions = DueActionsModel(self)
        self.actions_view = QTableView()
        self.actions_view.setModel(self.actions)
        self.actions_view.setAccessibleName(self.tr("Actions overdue or due this week"))
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.setTabKeyNavigation(False)
        self.actions_view.verticalHeader().hide()
        header = self.actions_view.horizontalHeader()
        # Widths set, not sized to contents: measuring 200 rows x 4 columns cost 25 ms of the
        # home screen's first paint. Dates have one length; names and titles are elided.
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((2, 8), (3, 10)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # never narrower than its heading ("Verantwortlich")
            header.resizeSection(column, max(em * width, header.sectionSizeFromContents(column).width()))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._fit_dates()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.actions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Three rows always show, on a 720-pixel screen too: the charts give way first.
        rows = self.actions_view.verticalHeader().defaultSectionSize()
        self.actions_view.setMinimumHeight(header.sizeHint().height() + 3 * rows + 4)
        self.actions_view.activated.connect(
            lambda index: self.open_requested.emit(self.actions.rows[index.row()].session_id)
        )
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.clicked.connect(self.mark_done)
        scoped_shortcut(
            QKeySequence("Ctrl+Return"), self.actions_view, self.mark_done, Qt.ShortcutContext.WidgetShortcut
        )

        reviews_heading = QLabel(self.tr("Agreements due for review"))
        reviews_heading.setObjectName("sideHeading")
        self.reviews = QListWidget()
        self.reviews.setAccessibleName(self.tr("Agreements due for review"))
        self.reviews.setWordWrap(True)  # long agreements wrap instead of scrolling sideways
        self.reviews.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reviews.setMinimumHeight(4 * self.fontMetrics().lineSpacing() + 8)
        self.reviews.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))

        series_heading = QLabel(self.tr("Series"))
        series_heading.setObjectName("sideHeading")
        self.series_choice = TitleChoice()  # a long title is shortened, the dates stay whole
        self.series_choice.setAccessibleName(self.tr("Series of follow-up sessions"))
        self.item_choice = QComboBox()
        self.item_choice.setAccessibleName(self.tr("Pulse item"))
        self.series_choice.currentIndexChanged.connect(self.show_series)
        self.item_choice.currentIndexChanged.connect(self.show_series)
        self.trend_label = QLabel()
        self.trend_label.setObjectName("hint")
        self.trend_label.setWordWrap(True)
        self.no_series = QLabel(self.tr("Follow up a closed session (Ctrl+Shift+N) to see its trend here."))
        self.no_series.setObjectName("hint")
        self.no_series.setWordWrap(True)
        self.chart_grid = QGridLayout()

        choices = QHBoxLayout()
        choices.addWidget(self.series_choice, 2)
        choices.addWidget(self.item_choice, 1)
        done_row = QHBoxLayout()
        done_row.addStretch()
        done_row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_heading)
        layout.addWidget(self.actions_view, 4)
        layout.addLayout(done_row)
        layout.addWidget(reviews_heading)
        layout.addWidget(self.reviews, 2)
        layout.addWidget(series_heading)
        layout.addLayout(choices)
        layout.addWidget(self.no_series)
        layout.addWidget(self.trend_label)
        layout.addLayout(self.chart_grid, 6)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_dates()  # a larger font (the window's zoom) must not cut the dates
        super().changeEvent(event)

    def _fit_dates(self) -> None:
        """Widen the due column to a whole date in the table's font (narrower never: the user's)."""
        metrics = self.actions_view.fontMetrics()
        needed = metrics.horizontalAdvance(_day("2026-12-31")) + metrics.horizontalAdvance("M")
        header = self.actions_view.horizontalHeader()
        needed = max(needed, header.sectionSizeFromContents(0).width())
        if header.sectionSize(0) < needed:
            header.resizeSection(0, needed)

    # -- filling ------------------------------------------------------------------------------

    def refresh(self, sessions: list[SessionSummary], today: dt.date | None = None) -> None:
        """Fill from the store; `sessions` is the list the session list already read."""
        from facilitator.domain import followup, trends

        if self.store is None or not self.store.is_open():
            return  # a fill deferred past a workspace switch or the window's closing
        self.sessions, self.today = sessions, today  # a refresh after "mark done" keeps the same day
        today = today or dt.date.today()
        until = trends.week_end(today)
        overdue, this_week = trends.split_due(self.store.open_actions_due(until, SHOWN), today)
        self.actions.set_rows(overdue, this_week)
        late, soon = self.store.count_actions_due(today.isoformat(), until)
        heading = self.tr("Actions due: %1 overdue, %2 this week").replace("%1", str(late)).replace("%2", str(soon))
        if late + soon > len(self.actions.rows):
            heading += " " + self.tr("(the first %1 shown)").replace("%1", str(len(self.actions.rows)))
        self.actions_heading.setText(heading)
        self.reviews.clear()
        for agreement in self.store.agreements_due(until, SHOWN):
            item = QListWidgetItem(f"{_day(agreement.review_date)} · {agreement.text} · {agreement.session_title}")
            item.setData(Qt.ItemDataRole.UserRole, agreement.session_id)
            item.setToolTip(agreement.text)
            self.reviews.addItem(item)
        self._fill_series_choice(followup.series(sessions))

    def _fill_series_choice(self, chains: list[list[SessionSummary]]) -> None:
        from facilitator.domain.model import PULSE_ITEMS

        kept = self.series_choice.currentData()
        self.chains = chains
        for box in (self.series_choice, self.item_choice):
            box.blockSignals(True)
        self.series_choice.clear()
        locale = QLocale()  # once: a thousand series ask for two dates each
        for number, chain in enumerate(chains):
            title = chain[0].title or self.tr("Untitled session")
            text = self.tr("%1 (%2 sessions, %3 to %4)").replace("%1", title)
            first, last = _short_date(chain[0].date, locale), _short_date(chain[-1].date, locale)  # the box is narrow
            text = text.replace("%2", str(len(chain))).replace("%3", first).replace("%4", last)
            self.series_choice.add_titled(title, text, chain[0].id)
            if chain[0].id == kept:
                self.series_choice.setCurrentIndex(number)
        if not self.item_choice.count():
            for item in PULSE_ITEMS:
                self.item_choice.addItem(labels.pulse_item_short(item), item)
        for box in (self.series_choice, self.item_choice):
            box.blockSignals(False)
        self.no_series.setVisible(not chains)
        self.series_choice.setVisible(bool(chains))
        self.item_choice.setVisible(bool(chains))
        self.show_series()

    def show_series(self) -> None:
        """Draw the three charts of the chosen series."""
        from facilitator.domain import trends
        from facilitator.export.series import COLORS

        for view in self.charts.values():
            view.setVisible(bool(self.chains))
        if not self.chains:
            self.trend_label.clear()
            return
        chain = self.chains[max(self.series_choice.currentIndex(), 0)]
        item = self.item_choice.currentData()
        points = self.store.session_figures([s.id for s in chain])
        dates = [_short_date(p.date) for p in points]
        by_phase = trends.pulse_series(points, item)
        # In the order they are taken, in the colours the minutes' charts use (export/series.py).
        lines = {labels.label(phase): by_phase[phase] for phase in trends.PHASES}
        colours = {labels.label(phase): COLORS[phase.value] for phase in trends.PHASES}
        self._chart(
            "pulse", self.tr("Pulse: %1").replace("%1", labels.pulse_item_short(item)), dates, lines, (1, 7), colours
        )
        glasl = {self.tr("Glasl stage"): [(x, float(y)) for x, y in trends.glasl_series(points)]}
        self._chart("glasl", self.tr("Escalation (Glasl stage)"), dates, glasl, (1, 9))
        kept = {self.tr("Kept"): [(x, 100 * share) for x, share in trends.kept_series(points)]}
        self._chart("kept", self.tr("Agreements kept (%)"), dates, kept, (0, 100), {self.tr("Kept"): COLORS["kept"]})
        change = trends.trend(points, item)
        if change is None:
            self.trend_label.setText(self.tr("Not enough pulse answers yet for a trend."))
        else:
            text = self.tr("%1: %2 points since the first session.") if change else self.tr("%1: no change.")
            sign = "+" if change > 0 else ""
            self.trend_label.setText(
                text.replace("%1", labels.pulse_item_short(item)).replace("%2", sign + labels.number(change))
            )

    def _chart(
        self, name: str, title: str, dates: list[str], lines: dict, bounds: tuple[int, int], colours: dict | None = None
    ) -> None:
        from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis

        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(len(lines) > 1)
        # Beside the plot, not under it: on a 720-pixel screen the height is what runs short.
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for x, date in enumerate(dates):
            x_axis.append(date, x)
        x_axis.setRange(-0.3, max(len(dates) - 1, 1) + 0.3)
        y_axis = QValueAxis()
        y_axis.setRange(*bounds)
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(3)  # low, middle, high: more labels do not fit a short chart
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for label, values in lines.items():
            # A line for the trend, dots so that a single measurement still shows.
            line, dots = QLineSeries(), QScatterSeries()
            for series in (line, dots):
                series.setName(label)
                for x, y in values:
                    series.append(float(x), float(y))
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
            dots.setMarkerSize(8)
            if colours and label in colours:
                line.setColor(QColor(colours[label]))
            dots.setColor(line.color())
            chart.legend().markers(dots)[0].setVisible(False)
        view = self.charts.get(name)
        if view is None:
            view = self.charts[name] = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(170 if name == "pulse" else 130)
            view.setAccessibleName(title)
            self.chart_grid.addWidget(
                view, 0 if name == "pulse" else 1, 0 if name != "kept" else 1, 1, 2 if name == "pulse" else 1
            )
        # Wide enough for every date under the x axis (a cut "Aug. ’…" says nothing): a slot per
        # date, plus the y axis and the margins.
        widest = max((view.fontMetrics().horizontalAdvance(d) for d in dates), default=0)
        view.setMinimumWidth(len(dates) * (widest + 24) + 70)
        old = view.chart()
        view.setChart(chart)
        view.setAccessibleDescription(
            "; ".join(f"{k}: " + ", ".join(f"{dates[x]} {labels.number(y)}" for x, y in v) for k, v in lines.items())
        )
        if old is not None:
            old.deleteLater()

    # -- acting -------------------------------------------------------------------------------

    def mark_done(self) -> None:
        """Mark the selected action done through the session service (one transaction)."""
        from facilitator.domain.model import ActionStatus
        from facilitator.storage.errors import WorkspaceError
        from facilitator.ui.problems import describe

        index = self.actions_view.currentIndex()
        if not index.isValid():
            return
        action = self.actions.rows[index.row()]
        try:
            self._service().set_action_status(action.id, ActionStatus.DONE)
        except WorkspaceError as error:
            self.trend_label.setText(describe(error))
            return
        row = index.row()
        self.refresh(self.sessions, self.today)
        self.actions_view.setCurrentIndex(self.actions.index(min(row, self.actions.rowCount() - 1), 0))

    def _service(self):
        # The window's service, so every subscriber (the cockpit, the room) hears the change.
        ctx = getattr(self.window(), "ctx", None)
        if ctx is not None and ctx.service is not None:
            return ctx.service
        from facilitator.session import SessionService

        return SessionService(self.store)


def _day(iso: str) -> str:
    """A due or review date as the session list shows dates (17.11.2026 in German)."""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return date.toString(i18n.date_format()) if date.isValid() else iso


def _short_date(iso: str, locale: QLocale | None = None) -> str:
    """ "Oct ’26" style: the charts are narrow (German "Okt. 2026" is cut), a series is months apart,
    and the apostrophe says the number is a year, not a day."""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return (locale or QLocale()).toString(date, "MMM ’yy") if date.isValid() else iso
