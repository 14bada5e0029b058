"""All sessions of the workspace: newest first, filter as you type, create, rename, copy, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.storage.errors import WorkspaceError
from facilitator.ui import i18n
from facilitator.ui.keys import scoped_shortcut
from facilitator.ui.problems import describe

TITLE_CHARS = 300  # of a session title shown in the list (a title may hold 20,000)

if TYPE_CHECKING:
    from facilitator.domain.trends import SessionSummary

Index = QModelIndex | QPersistentModelIndex


class SessionListModel(QAbstractTableModel):
    COLUMNS = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sessions: list[SessionSummary] = []

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.sessions = sessions
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Title"), self.tr("Date"), self.tr("Status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        session = self.sessions[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return session.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                title = session.title or self.tr("Untitled session")
                if len(title) > TITLE_CHARS:  # one line of a list: eliding 20,000 characters on each paint is waste
                    title = title[: TITLE_CHARS - 1] + "…"
                return f"↳ {title}" if session.follows_id else title  # a follow-up: part of a series
            if index.column() == 1:
                date = QDate.fromString(session.date, Qt.DateFormat.ISODate)
                return date.toString(i18n.date_format()) if date.isValid() else session.date
            from facilitator.ui import labels  # after first paint: it loads the domain model

            return labels.label(session.status)
        return None


class SessionList(QWidget):
    """The home screen. Enter opens, F2 renames, Ctrl+D duplicates, Delete deletes (after asking),
    Ctrl+F searches all sessions."""

    open_requested = Signal(int)
    open_at_requested = Signal(object)  # a search result (SearchHit): open there, the item selected

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = None  # set by the main window once the workspace is open
        self.model = SessionListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        heading = QLabel(self.tr("Sessions"))
        heading.setObjectName("stageTitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter sessions…"))
        self.filter.setAccessibleName(self.tr("Filter sessions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self.open_current)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Sessions"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would measure all rows (100 ms for 1,000 sessions).
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((1, 10), (2, 9)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, em * width)
        self.view.activated.connect(lambda _index: self.open_current())
        self.empty_hint = QLabel(self.tr("No sessions yet. Press Ctrl+N to start one."))
        self.empty_hint.setObjectName("hint")

        buttons = QHBoxLayout()
        actions = (
            (self.tr("&New session"), self.new_session),
            (self.tr("&Open"), self.open_current),
            (self.tr("&Rename…"), self.rename_current),
            (self.tr("D&uplicate"), self.duplicate_current),
            (self.tr("De&lete…"), self.delete_current),
        )
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()

        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search_all, within)
        for keys, slot in (("F2", self.rename_current), ("Ctrl+D", self.duplicate_current)):
            scoped_shortcut(QKeySequence(keys), self, slot, within)
        scoped_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_current, within)
        # Down from the filter field goes to the list, so the keyboard path is type, arrow, Enter.
        scoped_shortcut(Qt.Key.Key_Down, self.filter, self.view.setFocus, Qt.ShortcutContext.WidgetShortcut)

        layout = QVBoxLayout()
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(buttons)

        # The dashboard is built after the first paint (60 ms of widgets); its place is kept.
        self.dashboard = None
        self._dashboard_place = QWidget()
        self._beside = QHBoxLayout(self)
        self._beside.addLayout(layout, 1)
        self._beside.addWidget(self._dashboard_place, 1)

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_sessions(self.store.session_summaries())
        QTimer.singleShot(0, self, self.show_dashboard)  # after the list paints
        self.empty_hint.setVisible(not self.model.sessions)
        row = 0
        if select_id is not None:
            row = next((i for i, s in enumerate(self.model.sessions) if s.id == select_id), 0)
        source = self.model.index(row, 0)
        self.view.setCurrentIndex(self.proxy.mapFromSource(source))

    def show_dashboard(self, today=None) -> None:
        """Build the dashboard beside the list (once) and fill it from the workspace."""
        if self.dashboard is None:
            from facilitator.ui.dashboard import Dashboard

            self.dashboard = Dashboard()
            self.dashboard.open_requested.connect(self.open_requested)
            self._beside.replaceWidget(self._dashboard_place, self.dashboard)
            self._dashboard_place.deleteLater()
        self.dashboard.store = self.store
        self.dashboard.refresh(self.model.sessions, today)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def open_current(self) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self.open_requested.emit(session_id)

    def search_all(self) -> None:
        """Ctrl+F: search every text of every session (ui/search.py)."""
        if self.store is None:
            return
        from facilitator.ui.search import SearchDialog  # built on first use: start-up stays fast

        try:
            dialog = SearchDialog(self.store, self)
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Could not search"), describe(error))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_at_requested)
        dialog.open()
        self.search_dialog = dialog  # for tests and for focus: the open search

    def new_session(self) -> None:
        session = self._guard(lambda: self.store.create_session(self.tr("New session")))
        if session is not None:
            self.refresh(session.id)
            self.open_requested.emit(session.id)

    def rename_current(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        session = self.store.session(session_id)
        title, ok = QInputDialog.getText(self, self.tr("Rename session"), self.tr("Title:"), text=session.title)
        if ok and title.strip():
            session.title = title.strip()
            self._guard(lambda: self.store.save(session))
            self.refresh(session_id)

    def duplicate_current(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        title = self.tr("Copy of %1").replace("%1", self.store.session(session_id).title)
        copy = self._guard(lambda: self.store.duplicate_session(session_id, title))
        if copy is not None:
            self.refresh(copy.id)

    def delete_current(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        title = self.store.session(session_id).title[:TITLE_CHARS] or self.tr("Untitled session")
        answer = QMessageBox.warning(
            self,
            self.tr("Delete session"),
            self.tr("Delete “%1” with everything captured in it? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._guard(lambda: self.store.delete_session(session_id))
            self.refresh()

    def _guard(self, action):
        try:
            return action()
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Could not save"), describe(error))
            return None
