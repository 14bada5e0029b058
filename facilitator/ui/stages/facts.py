"""Stage 2, facts not verdicts: one shared incident timeline, and statements with blame marks.

The statement editor highlights blame language in place as the CEO types (BlameHighlighter)
and, a moment after the last keystroke, lists each rule hit with its reframe hint: prominent
for strong blame, quiet otherwise. Nothing here blocks typing or saving. Typing into the empty
editor starts a new statement, so the CEO can simply write down what was said.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.domain import blame
from facilitator.domain import model as m
from facilitator.ui import i18n, labels
from facilitator.ui.blame_highlighter import SYNC_SCAN_CHARS, BlameHighlighter, hits_of, when_scanned
from facilitator.ui.blame_hints import BlameHints, HintTooltips, level_if_known, rule_hints
from facilitator.ui.entity_model import Column, enum_choices
from facilitator.ui.fields import fill_combo
from facilitator.ui.incident_editor import IncidentEditor
from facilitator.ui.keys import scoped_shortcut
from facilitator.ui.stage_page import StagePage
from facilitator.ui.widgets import Binder, EntityTable, combo_box, plain_text

SCAN_DELAY_MS = 150  # the hint list follows typing this long after the last keystroke
BOUND_NAME_CHARS = 24  # a speaker's name up to this long stays on one line in the list


class _StatementTable(EntityTable):
    """The statements list; adding a statement starts the editor below instead of a cell."""

    page: FactsPage

    def add_row(self) -> None:
        self.page.new_statement()


class FactsPage(StagePage):
    number = 2

    def build(self) -> None:
        self._levels: dict[int, blame.Level] = {}  # statement id -> its level at the last scan
        self.incidents = EntityTable(
            self.ctx,
            m.Incident,
            [
                Column(self.tr("Date"), "date", "date", width=7),
                Column(self.tr("Account or deal"), "account", width=8),
                # Whole euros: a deal value's cents never matter, and "180,000.00" was cut to "180,000.…".
                Column(self.tr("Value (€)"), "deal_value", "float", decimals=0, width=6),
                Column(self.tr("Feature"), "feature", width=8),
                Column(self.tr("Facts"), "facts", width=16),
                Column(self.tr("Revenue impact"), "impact_revenue", width=8),
                Column(self.tr("Other impact"), "impact_other", width=8),
            ],
            self.tr("Incidents: one shared timeline"),
            self.tr("Add &incident"),
            fit=True,
            lines=3,
        )
        self.incidents.view.setMinimumHeight(170)
        # The impacts are in the editor below, whole: the table keeps to what fits a 720 px page.
        for column in (5, 6):
            self.incidents.view.setColumnHidden(column, True)
        self.body.addWidget(self.incidents)
        self.incident: m.Incident | None = None
        self.incident_box = IncidentEditor(self.ctx, self.incidents.model)
        self.incident_edits = self.incident_box.edits
        self.body.addWidget(self.incident_box)

        self.statements = _StatementTable(
            self.ctx,
            m.Statement,
            [
                Column(self.tr("Speaker"), "participant_id", "choice", self._speaker_cells, width=8),
                Column(self.tr("Kind"), "kind", "choice", enum_choices(m.StatementKind), width=6),
                Column(self.tr("Statement as said"), "raw_text", editable=False, width=9),
                Column(self.tr("Neutral reframe"), "reframe_text", editable=False, width=9),
                Column(self.tr("Confirmed"), "reframe_confirmed", "bool", width=6),
                Column(self.tr("Blame"), kind="text", editable=False, get=self._level_text, width=5),
            ],
            self.tr("Statements"),
            self.tr("Add s&tatement"),
            fit=True,
            lines=2,  # the editor below shows the selected statement whole
        )
        self.statements.page = self
        self.statements.view.setMinimumHeight(170)
        # Return on a statement goes to its text in the editor below.
        scoped_shortcut(
            Qt.Key.Key_Return, self.statements.view, self._edit_statement, Qt.ShortcutContext.WidgetShortcut
        )
        self.body.addWidget(self.statements)
        self.body.addWidget(self._build_statement_editor())

        self.incidents.view.selectionModel().currentRowChanged.connect(self._on_incident)
        self.statements.view.selectionModel().currentRowChanged.connect(self._on_statement)
        self.ctx.changes.connect(self._on_changes)

    # -- incidents ----------------------------------------------------------------------------

    def _on_incident(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.incidents.model
        self.incident = model.entity(current.row()) if current.isValid() else None
        self._show_incident()

    def _show_incident(self) -> None:
        self.incident_box.show_incident(self.incident)

    # -- statements ---------------------------------------------------------------------------

    def _build_statement_editor(self) -> QGroupBox:
        self.current: m.Statement | None = None
        box = QGroupBox()
        self.statement_box = box
        self.editor_binder = Binder(self.ctx)
        statement = lambda: self.current  # noqa: E731

        self.speaker_box = combo_box([], self.tr("Speaker"))
        self.editor_binder.combo(self.speaker_box, statement, "participant_id")
        self.kind_box = combo_box(labels.choices(m.StatementKind), self.tr("Kind of statement"))
        self.editor_binder.combo(self.kind_box, statement, "kind")

        self.raw_edit = QPlainTextEdit()
        self.raw_edit.setAccessibleName(self.tr("Statement as said"))
        self.raw_edit.setPlaceholderText(
            self.tr("Type what was said, word for word. Blame language is marked as you type.")
        )
        self.reframe_edit = QPlainTextEdit()
        self.reframe_edit.setAccessibleName(self.tr("Neutral reframe"))
        self.reframe_edit.setPlaceholderText(
            self.tr("The same concern as an observation, a need and a request, in the speaker's words.")
        )
        self.confirmed_check = QCheckBox(self.tr("Confir&med by the speaker"))
        self.confirmed_check.setAccessibleName(self.tr("Reframe confirmed by the speaker"))
        # A statement reaches the room's screen once its reframe is confirmed, or when shown here.
        self.reveal_check = QCheckBox(self.tr("Sho&w to the room"))
        self.reveal_check.setAccessibleName(self.tr("Show this statement on the room's screen"))
        self.reveal_check.setToolTip(
            self.tr("The room's screen shows it as said, without the speaker's name, before its reframe is confirmed.")
        )
        lines = self.fontMetrics().lineSpacing()
        for edit in (self.raw_edit, self.reframe_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(lines * 4 + 14)  # fixed: spare room goes to the list, not here
            edit.installEventFilter(self)  # arriving in it scrolls the whole editor into view
            edit.textChanged.connect(self._ensure_statement)  # before the binder: it needs a target
        self.confirmed_check.toggled.connect(self._ensure_statement)
        self.editor_binder.text(self.raw_edit, statement, "raw_text")
        self.editor_binder.text(self.reframe_edit, statement, "reframe_text")
        self.editor_binder.check(self.confirmed_check, statement, "reframe_confirmed")
        self.editor_binder.check(self.reveal_check, statement, "revealed")
        self.highlighter = BlameHighlighter(self.raw_edit.document(), language=i18n.language())
        self.tooltips = HintTooltips(self.raw_edit, self.highlighter)  # on the underlined words

        self.hint_panel = BlameHints(self.tr("Blame-language hints"))
        self.hint_panel.installEventFilter(self)  # grown by new hints while typing: keep it in view
        self.hint_label = self.hint_panel.label
        self._scan_timer = QTimer(self, singleShot=True, interval=SCAN_DELAY_MS)
        self._scan_timer.timeout.connect(self.scan)
        self.raw_edit.textChanged.connect(self._scan_timer.start)
        self.reframe_edit.textChanged.connect(self._scan_timer.start)  # the list row follows too

        speaker_label = QLabel(self.tr("Spea&ker"))
        speaker_label.setBuddy(self.speaker_box)
        kind_label = QLabel(self.tr("Ki&nd"))
        kind_label.setBuddy(self.kind_box)
        raw_label = QLabel(self.tr("Statement &as said"))
        raw_label.setBuddy(self.raw_edit)
        reframe_label = QLabel(self.tr("Ne&utral reframe"))
        reframe_label.setBuddy(self.reframe_edit)
        who = QHBoxLayout()
        who.addWidget(speaker_label)
        who.addWidget(self.speaker_box, 2)
        who.addSpacing(12)
        who.addWidget(kind_label)
        who.addWidget(self.kind_box, 1)
        grid = QGridLayout(box)
        grid.addLayout(who, 0, 0, 1, 2)
        grid.addWidget(raw_label, 1, 0)
        reframe_row = QHBoxLayout()  # the confirmation beside its label: one row less on a 720 px screen
        reframe_row.addWidget(reframe_label)
        reframe_row.addStretch()
        reframe_row.addWidget(self.confirmed_check)
        grid.addLayout(reframe_row, 1, 1)
        grid.addWidget(self.raw_edit, 2, 0)
        grid.addWidget(self.reframe_edit, 2, 1)
        grid.addWidget(self.reveal_check, 3, 0, 1, 2)  # a row of its own: long German words fit at 1280 px
        grid.addWidget(self.hint_panel, 4, 0, 1, 2)
        order = (self.speaker_box, self.kind_box, self.raw_edit, self.reframe_edit, self.confirmed_check)
        order += (self.reveal_check,)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # Ctrl+Return starts the next statement from anywhere in the editor, as in the tables.
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        scoped_shortcut("Ctrl+Return", box, self.new_statement, within)
        scoped_shortcut(Qt.Key.Key_Escape, box, self.statements.view.setFocus, within)
        return box

    def _speaker_choices(self) -> list[tuple[Any, str]]:
        data = self.ctx.data
        people = data.participants if data else []
        text = self.tr("%1 (%2)")
        return [(None, "—")] + [
            (p.id, text.replace("%1", p.name or self.tr("unnamed")).replace("%2", labels.label(p.side))) for p in people
        ]

    def _speaker_cells(self) -> list[tuple[Any, str]]:
        """The speakers as the list shows them: a name never wraps inside ("Elena Kowalski" on one
        line, "(Product)" below), so the column is never narrower than the longest name (up to
        BOUND_NAME_CHARS: a longer name still wraps, the table never scrolls sideways)."""
        people = {p.id: p.name for p in self.ctx.data.participants} if self.ctx.data else {}
        people = {key: name for key, name in people.items() if name and len(name) <= BOUND_NAME_CHARS}
        return [
            (key, text.replace(people[key], people[key].replace(" ", "\u00a0"), 1) if people.get(key) else text)
            for key, text in self._speaker_choices()
        ]

    def _fill_speakers(self) -> None:
        chosen = self.current.participant_id if self.current else self.speaker_box.currentData()
        fill_combo(self.speaker_box, self._speaker_choices(), chosen, narrow=False)

    def _level_text(self, statement: m.Statement) -> str:
        level = level_if_known(statement.raw_text)
        if level is None:  # a long statement being typed: its level as of the last pause in typing
            level = self._levels.get(statement.id, blame.Level.NONE)
        else:
            self._levels[statement.id] = level
        return {blame.Level.STRONG: self.tr("Strong"), blame.Level.SOFT: self.tr("Soft")}.get(level, "")

    def _edit_statement(self) -> None:
        if self.current is not None:
            self.raw_edit.setFocus()
            self._reveal(self.statement_box)

    def new_statement(self) -> None:
        """Add an empty statement, select it and put the cursor on its speaker."""
        if self._add_statement() is not None:
            self.speaker_box.setFocus()
            self._reveal(self.statement_box)

    def _add_statement(self, **values: Any) -> m.Statement | None:
        self.ctx.flush()
        statement = m.Statement(
            stage=self.number,
            lang=i18n.language(),
            ts=dt.datetime.now().isoformat(timespec="seconds"),
            **values,
        )
        # Current before it is added: the list's reset must keep the editor on it, or the
        # editor would be cleared under the first typed character.
        self.current = statement
        added = self.ctx.add(statement)
        self._select(added)
        return added

    def _ensure_statement(self, *_args: object) -> None:
        """Typing with no statement selected starts a new one with the speaker and kind shown."""
        if self.current is not None or self.ctx.data is None:
            return
        raw, reframe = plain_text(self.raw_edit), plain_text(self.reframe_edit)
        if not (raw or reframe or self.confirmed_check.isChecked()):
            return
        self._add_statement(
            participant_id=self.speaker_box.currentData(),
            kind=self.kind_box.currentData(),
            raw_text=raw,
            reframe_text=reframe,
            reframe_confirmed=self.confirmed_check.isChecked(),
        )

    def _select(self, statement: m.Statement | None) -> None:
        self.current = statement
        view = self.statements.view
        row = self.statements.model.row_of(statement) if statement is not None else -1
        view.selectionModel().blockSignals(True)
        if row >= 0:
            view.setCurrentIndex(self.statements.model.index(row, 2))
            view.scrollTo(view.currentIndex())  # the list shows the statement being typed
        else:
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
        view.selectionModel().blockSignals(False)
        self._show_statement()

    def _on_statement(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current = self.statements.model.entity(current.row()) if current.isValid() else None
        self._show_statement()

    def _show_statement(self) -> None:
        statement = self.current
        if statement is None:
            self.statement_box.setTitle(self.tr("New statement: start typing, or select one above"))
        else:
            row = self.statements.model.row_of(statement) + 1
            self.statement_box.setTitle(self.tr("Statement %1").replace("%1", str(row)))
            self._fill_speakers()
        self.reveal_check.setEnabled(statement is not None)  # showing needs something to show
        self.editor_binder.load()
        self.scan()

    def _on_changes(self, changes: Changes) -> None:
        """Rows and bound fields follow by themselves; here: who can speak, what is selected, hints."""
        if changes.touches(m.Participant):
            self._fill_speakers()
        if changes.removes(self.current):
            self._select(None)
        if changes.removes(self.incident):
            self.incident = None
            self._show_incident()
        if changes.updates(self.current) and changes.origin is not self.raw_edit:
            self.scan()  # its words changed elsewhere (the list, a phone): hints follow

    # -- the blame hints ----------------------------------------------------------------------

    def scan(self) -> None:
        """List each rule hit once, with its reframe hint, in the UI language."""
        self._scan_timer.stop()
        text = plain_text(self.raw_edit)
        if len(text) <= SYNC_SCAN_CHARS:
            self._show_hints(text, hits_of(text))
        else:  # 40-70 ms of scanning: off the GUI thread
            when_scanned(text, lambda hits: self._show_hints(text, hits))

    def _show_hints(self, text: str, hits: list[blame.Hit]) -> None:
        if text != plain_text(self.raw_edit):
            return  # typed on meanwhile: the scan of the newer text follows
        if len(text) > SYNC_SCAN_CHARS and self.current is not None:
            self._repaint_level(self.current)  # the list skipped scanning it while it was typed
        level = blame.level(blame.score(hits)) if hits else blame.Level.NONE
        items = rule_hints(hits, i18n.language())
        if level == blame.Level.STRONG:
            state = "strong"
            head = self.tr("Strong blame language. Ask the speaker to say it again as facts and needs:")
        elif level == blame.Level.SOFT:
            state = "soft"
            head = self.tr("Possible blame language. A neutral reframe could help:")
        elif items:  # below the threshold, e.g. said about themselves ("we always")
            state = "none"
            head = self.tr("Mild wording only; no reframe needed.")
        elif not text.strip():
            state = "none"
            head = self.tr("Hints on blame language appear here as you type.")
        else:
            state = "none"
            head = self.tr("No blame language found.")
        self.hint_panel.set_hints(head, items, state)

    def _repaint_level(self, statement: m.Statement) -> None:
        model = self.statements.model
        row = model.row_of(statement)
        if row >= 0:
            index = model.index(row, len(model.columns) - 1)  # the Blame column
            model.dataChanged.emit(index, index)

    # -- page ---------------------------------------------------------------------------------

    def _editing(self, box: QWidget) -> bool:
        focus = self.focusWidget()
        return focus is not None and box.isAncestorOf(focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.raw_edit, self.reframe_edit):
            QTimer.singleShot(0, lambda: self._reveal(self.statement_box))  # after Qt's own scroll
        elif event.type() == QEvent.Type.Resize and watched is self.hint_panel and self._editing(self.statement_box):
            QTimer.singleShot(0, lambda: self._reveal(self.statement_box))
        return super().eventFilter(watched, event)

    def _reveal(self, widget: QWidget) -> None:
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget, 0, 0)

    def refresh(self) -> None:
        self.current = None
        self.incident = None
        self._fill_speakers()
        self._select(None)
        self._show_incident()

    def focus_first(self) -> None:
        self.incidents.view.setFocus()


PAGE = FactsPage
