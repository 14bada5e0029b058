"""Search everything (Ctrl+F on the home screen): results as you type, grouped by session.

Searching runs on a worker thread with its own read-only connection, one search at a time: a
common word in a large workspace takes ~10 ms, more than a keystroke may stall the window.
Private notes are listed (marked private) unless they are hidden for a shared screen.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.search import SearchHit, SearchKind
from facilitator.domain.stages import STAGES
from facilitator.ui import i18n
from facilitator.ui.background import run_in_background
from facilitator.ui.keys import scoped_shortcut

if TYPE_CHECKING:
    from facilitator.storage.store import Store

DEBOUNCE_MS = 60  # a burst of keystrokes is one search
LIMIT = 60
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit behind a row
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's text with the match in bold

Index = QModelIndex | QPersistentModelIndex


class _HtmlDelegate(QStyledItemDelegate):
    """Draws a row's HTML (the match in bold) in the view's colours, selected or not."""

    def __init__(self, parent: QTreeView):
        super().__init__(parent)
        self._sizes: dict[tuple[str, int], QSize] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role).name()
        body = index.data(HTML_ROLE) or html.escape(index.data(Qt.ItemDataRole.DisplayRole) or "")
        document.setHtml(f'<span style="color:{colour}">{body}</span>')
        return document

    def paint(self, painter, option, index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        document = self._document(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        painter.save()
        painter.translate(text_rect.topLeft())
        document.setTextWidth(text_rect.width())
        document.drawContents(painter, QRectF(0, 0, text_rect.width(), text_rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        # Wrap at the width the row will get: the view's, less the indentation of its depth.
        view = self.parent()
        depth = 1 if index.parent().isValid() else 0
        width = max(200, view.viewport().width() - view.indentation() * (depth + 1) - 8)
        key = (index.data(HTML_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or "", width)
        size = self._sizes.get(key)
        if size is None:  # laying out rich text is the slow part of showing results: once per text
            item = QStyleOptionViewItem(option)
            self.initStyleOption(item, index)
            document = self._document(item, index)
            document.setTextWidth(width)
            size = QSize(int(document.idealWidth()), int(document.size().height()) + 4)
            if len(self._sizes) > 2000:
                self._sizes.clear()
            self._sizes[key] = size
        return size


class SearchDialog(QDialog):
    """Type to search all sessions; Down to the results; Enter opens the session at that stage
    with the item found selected."""

    open_requested = Signal(object)  # the SearchHit: its session opens at its stage, the item selected

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search all sessions"))
        self.resize(760, 520)
        self.searcher = store.searcher()
        self.include_private = not QSettings().value("hide_private", False, type=bool)
        self._running = False  # one search at a time: the searcher's connection is not shared
        self._shown_query: str | None = None
        self._open_when_shown = False  # Enter came before the results of what was typed
        self._kinds = self._kind_labels()  # words looked up once: a result list asks for 60 of them
        lang = i18n.language()
        self._stages = {s.number: s.title(lang) for s in STAGES}
        self._closed = False

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search statements, goals, agreements, actions…"))
        self.field.setAccessibleName(self.tr("Search all sessions"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self.tr("Type a word; “Zusage” also finds “Zusagen”."))
        self.status.setObjectName("hint")
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(_HtmlDelegate(self.view))
        self.view.activated.connect(self._open)

        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self._start)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self._open_selected_or_first)
        # Down from the field goes to the results, so the keyboard path is type, arrow, Enter.
        scoped_shortcut(Qt.Key.Key_Down, self.field, self._focus_results, Qt.ShortcutContext.WidgetShortcut)

        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.field.setFocus()

    # -- searching ------------------------------------------------------------------------------

    def _start(self) -> None:
        if self._running:
            return  # _done starts the search for the newest text
        query = self.field.text()
        if query == self._shown_query:
            return
        self._running = True
        include_private, searcher = self.include_private, self.searcher
        run_in_background(
            lambda: (query, searcher.search(query, include_private=include_private, limit=LIMIT)),
            self._done,
            self._failed,
        )

    def _done(self, result: tuple[str, list[SearchHit]]) -> None:
        self._running = False
        if self._closed:
            return
        query, hits = result
        self._show(query, hits)
        if self.field.text() != query:
            self._start()

    def _failed(self, error: Exception) -> None:
        self._running = False
        if self._closed:
            return
        from facilitator.storage.errors import WorkspaceError
        from facilitator.ui.problems import describe

        if not isinstance(error, WorkspaceError):
            raise error  # a bug: the exception hook logs it
        self.status.setText(describe(error))

    # -- showing --------------------------------------------------------------------------------

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        self._shown_query = query
        self.model.clear()
        if not query.strip():
            self.status.setText(self.tr("Type a word; “Zusage” also finds “Zusagen”."))
            return
        if not hits:
            self.status.setText(self.tr("Nothing found."))
            return
        sessions = len({h.session_id for h in hits})
        if len(hits) == 1:
            text = self.tr("One match.")
        elif sessions == 1:
            text = self.tr("%1 matches in one session")
        else:
            text = self.tr("%1 matches in %2 sessions")
        text = text.replace("%1", str(len(hits))).replace("%2", str(sessions))
        if len(hits) >= LIMIT:
            text += " " + self.tr("(the first %1; type more words to narrow down)").replace("%1", str(LIMIT))
        self.status.setText(text)
        bold = QFont(self.font())
        bold.setBold(True)
        # Fill a model the view does not show yet: one layout for all rows, not one per row.
        model = QStandardItemModel(self)
        groups: dict[int, QStandardItem] = {}
        for hit in hits:
            group = groups.get(hit.session_id)
            if group is None:
                group = QStandardItem(hit.session_title or self.tr("Untitled session"))
                group.setFont(bold)
                group.setData(hit, HIT_ROLE)  # the session opens at its first match
                groups[hit.session_id] = group
                model.appendRow(group)
            where = self._where(hit)
            row = QStandardItem(f"{where}: {' '.join(hit.text.split())}")
            row.setData(hit, HIT_ROLE)
            row.setData(self._html(hit, where), HTML_ROLE)
            row.setToolTip(hit.text)
            group.appendRow(row)
        self._set_model(model)
        self.view.expandAll()
        first_group = self.model.index(0, 0)
        self.view.setCurrentIndex(self.model.index(0, 0, first_group))
        if self._open_when_shown and query == self.field.text():
            self._open_selected_or_first()

    def _set_model(self, model: QStandardItemModel) -> None:
        old, self.model = self.model, model
        self.view.setModel(model)
        old.deleteLater()

    def _where(self, hit: SearchHit) -> str:
        if hit.stage == 0:
            where = self.tr("Review of the last session · %3")
        else:
            stage = self._stages.get(hit.stage, str(hit.stage))
            where = self.tr("Stage %1 (%2) · %3").replace("%1", str(hit.stage)).replace("%2", stage)
        where = where.replace("%3", self._kinds[hit.kind])
        return where + (" · " + self.tr("private, only you see this") if hit.private else "")

    def _html(self, hit: SearchHit, where: str) -> str:
        text = "".join(
            f"<b><u>{html.escape(part)}</u></b>" if matched else html.escape(part) for part, matched in hit.segments()
        )
        where = html.escape(where)
        if hit.private:
            where = f"<i>{where}</i>"
        return f"<small>{where}</small><br>{' '.join(text.split())}"

    def _kind_labels(self) -> dict[SearchKind, str]:
        return {
            SearchKind.TITLE: self.tr("Title"),
            SearchKind.TRIGGER: self.tr("Trigger"),
            SearchKind.GROUND_RULES: self.tr("Ground rules"),
            SearchKind.LEARNINGS: self.tr("Learnings"),
            SearchKind.HARDEST_REASON: self.tr("Hardest agreement"),
            SearchKind.PARTICIPANT: self.tr("Participant"),
            SearchKind.INCIDENT: self.tr("Incident"),
            SearchKind.STATEMENT: self.tr("Statement as said"),
            SearchKind.REFRAME: self.tr("Reframed statement"),
            SearchKind.GOAL: self.tr("Goal"),
            SearchKind.INTEREST: self.tr("Interest"),
            SearchKind.TENSION: self.tr("Tension"),
            SearchKind.PRACTICE: self.tr("Way of working"),
            SearchKind.CRITERION: self.tr("Criterion"),
            SearchKind.OPTION: self.tr("Option"),
            SearchKind.AGREEMENT: self.tr("Agreement"),
            SearchKind.ACTION: self.tr("Action item"),
            SearchKind.FOLLOW_UP: self.tr("Follow-up"),
            SearchKind.PRIVATE_NOTE: self.tr("Private note"),
            SearchKind.CONCERN: self.tr("Concern to resolve"),
            SearchKind.REVIEW_NOTE: self.tr("Review note"),
        }

    # -- opening --------------------------------------------------------------------------------

    def _focus_results(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _open_selected_or_first(self) -> None:
        self.timer.stop()
        if self._shown_query != self.field.text():
            self._open_when_shown = True  # opens as soon as the results of what was typed are in
            self._start()
            return
        self._open_when_shown = False
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open(index)

    def _open(self, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.accept()
            self.open_requested.emit(hit)

    def done(self, result: int) -> None:
        # The searcher's connection closes with the last reference to it, after a running search.
        self._closed = True
        self.timer.stop()
        super().done(result)
