"""The main window only assembles: the session list, the open session, menus and the save state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from facilitator import __version__
from facilitator.language import LANGUAGES
from facilitator.ui import guards, i18n, theme
from facilitator.ui.context import SessionContext
from facilitator.ui.problems import describe
from facilitator.ui.session_list import SessionList

if TYPE_CHECKING:
    from facilitator.changes import Changes
    from facilitator.storage.store import Store
    from facilitator.ui.presenting import Presenter
    from facilitator.ui.session_view import SessionView
    from facilitator.ui.timer import Clock


class MainWindow(QMainWindow):
    language_requested = Signal(str)  # the app rebuilds the window in the new language
    theme_requested = Signal(str)  # the app applies the theme and rebuilds the window
    workspace_requested = Signal(str)  # the app opens another workspace file
    restore_requested = Signal()  # the app lists the workspace's backups and restores one

    def __init__(self, clock: Clock | None = None):
        super().__init__()
        self.store: Store | None = None
        self.ctx = SessionContext(None, self)
        self.clock = clock
        self.setWindowTitle(self.tr("Facilitator"))
        self.setMinimumSize(960, 600)

        self.sessions = SessionList()
        self._session_view: SessionView | None = None
        self._presenter: Presenter | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sessions)
        self.setCentralWidget(self.stack)
        self.sessions.open_requested.connect(self.open_session)
        self.sessions.open_at_requested.connect(self.open_hit)

        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.statusBar().addPermanentWidget(self.save_state)
        self.ctx.saving.connect(lambda: self._show_state(self.tr("Saving…"), "pending"))
        self.ctx.saved.connect(lambda: self._show_state(self.tr("All changes saved"), "saved"))
        self.ctx.failed.connect(self._save_failed)
        self._show_state(self.tr("All changes saved"), "saved")
        # Leaving a field stores it at once, so a crash right after loses nothing.
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self.notes_hidden = QLabel(self.tr("Private notes hidden"))
        self.notes_hidden.setObjectName("notesHidden")
        self.notes_hidden.setToolTip(self.tr("View > Hide private notes (Ctrl+H) shows them again"))
        self.statusBar().addPermanentWidget(self.notes_hidden)
        self.notes_hidden.hide()  # after adding: the status bar shows what it is given
        self.ctx.changes.connect(self._on_changes)
        self._build_menus()
        self._session_actions_enabled(False)
        # The window's Ctrl shortcuts win over a text field's editing keys (Ctrl+E, Ctrl+H). The
        # guard starts filtering right after the first paint (paintEvent): before it, no key or
        # wheel can reach the window, and filtering the first paint's events costs 25 ms.
        guards.guard().shortcuts |= {QKeySequence(k) for k in ("Ctrl+E", "Ctrl+H", "Ctrl+T", "Ctrl+Shift+T", "Ctrl+L")}
        self._painted = False

    @property
    def presenter(self) -> Presenter:
        """Built when presenting starts: the cockpit paints without it."""
        if self._presenter is None:
            from facilitator.ui.presenting import Presenter

            self._presenter = Presenter(self)
            self._presenter.changed.connect(self.present_action.setChecked)
        return self._presenter

    @property
    def session_view(self) -> SessionView:
        """Built when the first session opens: the session list paints without it."""
        if self._session_view is None:
            from facilitator.ui.session_view import SessionView
            from facilitator.ui.timer import system_clock

            self._session_view = SessionView(self.ctx, self.clock or system_clock)
            self.stack.addWidget(self._session_view)
        return self._session_view

    def attach(self, store: Store) -> None:
        """Show the sessions of a workspace (opened after the window is painted: start-up stays fast)."""
        from facilitator.session import SessionService

        self.ctx.attach(SessionService(store))
        self.store = self.sessions.store = store
        from facilitator.ui.blame_highlighter import warm_up

        warm_up()  # stage 2's first visit would otherwise stall while the detector compiles
        self.show_sessions()
        message = str(store.path)
        if store.backup_path is not None:
            message = self.tr("Workspace updated; a copy of the old version is at %1").replace(
                "%1", str(store.backup_path)
            )
        self.statusBar().showMessage(message)

    # -- menus --------------------------------------------------------------------------------

    def _action(self, menu, text: str, keys, slot, name: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys] if isinstance(keys, list) else [QKeySequence(keys)])
        action.triggered.connect(slot)
        action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New session"), QKeySequence.StandardKey.New, self.sessions.new_session)
        self._action(file, self.tr("All &sessions"), "Ctrl+L", self.show_sessions)
        self._action(file, self.tr("Open &workspace…"), QKeySequence.StandardKey.Open, self.choose_workspace)
        self._action(file, self.tr("&Restore from backup…"), None, self.restore_requested.emit, "restoreBackup")
        file.addSeparator()
        self.export_action = self._action(file, self.tr("&Export…"), "Ctrl+E", self.export)
        self.import_action = self._action(
            file, self.tr("&Import session file…"), None, lambda: _session_files().import_file(self)
        )
        self.backup_action = self._action(
            file, self.tr("Export &backup…"), None, lambda: _session_files().export_backup(self)
        )
        file.addSeparator()
        self._action(file, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        session = bar.addMenu(self.tr("&Session"))
        view = lambda: self.session_view  # noqa: E731 - built on first use

        def follow_up() -> None:
            from facilitator.ui.review import start_follow_up  # imported when used: start-up stays fast

            start_follow_up(self)

        self._action(session, self.tr("&Follow up"), "Ctrl+Shift+N", follow_up, "followUp")
        self.stage_actions = [
            self._action(session, self.tr("&Next stage"), "Ctrl+PgDown", lambda: view().next_stage()),
            self._action(session, self.tr("&Previous stage"), "Ctrl+PgUp", lambda: view().previous_stage()),
        ]
        jump = session.addMenu(self.tr("&Go to stage"))
        for number in range(1, 8):
            self.stage_actions.append(
                self._action(jump, str(number), f"Alt+{number}", lambda _=False, n=number: view().show_stage(n))
            )
        self.stage_actions.append(
            self._action(jump, self.tr("Review of the last session"), "Alt+0", lambda: view().show_review())
        )
        session.addSeparator()
        self.stage_actions += [
            self._action(session, self.tr("&Start or pause timer"), "Ctrl+T", lambda: view().timer.toggle()),
            self._action(session, self.tr("&Add five minutes"), "Ctrl+Shift+T", lambda: view().timer.extend()),
        ]
        session.addSeparator()

        def open_room() -> None:
            from facilitator.ui.room_panel import open_room_panel  # loads the server only when asked

            open_room_panel(self, self.ctx)
            if self._presenter is not None:
                self._presenter.follow_room()

        self.stage_actions.append(  # with the other session actions: only while a session is open
            self._action(session, self.tr("Open the &room…"), "Ctrl+R", open_room, "openRoom")
        )

        settings = bar.addMenu(self.tr("&View"))
        self.present_action = self._action(
            settings, self.tr("&Present to the room"), "F5", lambda: self.presenter.toggle(), "present"
        )
        self.present_action.setCheckable(True)
        self.stage_actions += [
            self.present_action,
            self._action(settings, self.tr("End presenting"), "Shift+F5", lambda: self.presenter.stop()),
            self._action(
                settings, self.tr("&Blank the room's screen"), "Ctrl+B", lambda: self.presenter.toggle_blank()
            ),
        ]
        settings.addSeparator()
        self._action(settings, self.tr("Zoom &in"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], lambda: self.zoom(+1))
        self._action(settings, self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1))
        self._action(settings, self.tr("&Normal size"), "Ctrl+0", lambda: self.zoom(0))
        settings.addSeparator()
        self.hide_private = self._action(
            settings, self.tr("&Hide private notes (for a shared screen)"), "Ctrl+H", self._toggle_private
        )
        self.hide_private.setCheckable(True)
        language = settings.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            action = self._action(language, name, None, lambda _=False, c=code: self._switch_language(c))
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
        themes = settings.addMenu(self.tr("&Theme"))
        theme_names = {
            "system": self.tr("&System"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
            "high-contrast": self.tr("&High contrast"),
        }
        for code, name in theme_names.items():
            action = self._action(themes, name, None, lambda _=False, c=code: self._switch_theme(c))
            action.setCheckable(True)
            action.setChecked(code == theme.current())

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Tour of the seven stages"), None, self.show_tour)
        self._action(help_menu, self.tr("Open the &demo session"), None, lambda: _session_files().add_demo(self))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        self._action(help_menu, self.tr("&About Facilitator"), None, self.about)

    def _session_actions_enabled(self, enabled: bool) -> None:
        for action in [*self.stage_actions, self.export_action, self.backup_action]:
            action.setEnabled(enabled)

    # -- navigation ---------------------------------------------------------------------------

    def show_sessions(self) -> None:
        if not self.settle_unsaved():
            return
        current = self.ctx.data.session.id if self.ctx.data else None
        if self._presenter is not None:
            self._presenter.stop()  # the room never sees the list of sessions
        self.ctx.close_session()  # the list may delete it; nothing may keep saving into it
        self.sessions.refresh(current)
        self.stack.setCurrentWidget(self.sessions)
        self._session_actions_enabled(False)
        self._show_title()
        self.sessions.filter.setFocus()

    def open_session(self, session_id: int, stage: int | None = None) -> None:
        """Show a session at the stage it was left at, or at `stage` (a search result)."""
        from facilitator.storage.errors import WorkspaceError

        self.session_view  # noqa: B018 - must exist before the session loads: it listens for that
        try:
            self.ctx.open(session_id)
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Could not open the session"), describe(error))
            return
        self.stack.setCurrentWidget(self.session_view)
        if stage is not None:
            self.session_view.show_stage(stage)
        self._session_actions_enabled(True)
        self._show_title()
        self._report_damage(session_id)

    def _report_damage(self, session_id: int) -> None:
        from facilitator.ui.damage_report import report_damage

        if self.store is not None:
            report_damage(self, self.store.damaged(session_id))

    def open_hit(self, hit) -> None:
        """A search result: its session at its stage, the item found selected and in view (ui/reveal.py)."""
        from facilitator.ui.reveal import reveal

        self.open_session(hit.session_id, hit.stage or None)
        reveal(self.session_view, hit)

    def _show_title(self) -> None:
        data = self.ctx.data
        if data is None:
            self.setWindowTitle(self.tr("Facilitator"))
        else:
            from facilitator.ui.labels import short  # after the first paint: it loads the domain model

            title = short(data.session.title, 120) or self.tr("Untitled session")  # never 20,000 chars
            self.setWindowTitle(self.tr("%1 – Facilitator").replace("%1", title))

    def _on_changes(self, changes: Changes) -> None:
        """The window title follows a rename as it is typed."""
        if self.ctx.data is not None and changes.updates(self.ctx.data.session):
            self._show_title()

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or create a workspace"),
            str(self.store.path.parent) if self.store else "",
            self.tr("Facilitator workspaces (*.facilitator *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.workspace_requested.emit(path)

    def export(self) -> None:
        from facilitator.ui.export_dialog import ExportDialog

        if self.ctx.data is not None and self.ctx.flush():
            data = self.ctx.data
            series = self.store.series_figures(data.session.id) if self.store and data.session.follows_id else None
            ExportDialog(data, self, series).exec()

    # -- state --------------------------------------------------------------------------------

    def _on_focus_changed(self, _old, _new) -> None:
        if self.ctx.data is not None:
            self.ctx.flush()

    def _show_state(self, text: str, state: str) -> None:
        self.save_state.setText(text)
        self.save_state.setProperty("state", state)
        if self.save_state.isVisible():  # re-style for the new state; before the first paint
            self.save_state.style().unpolish(self.save_state)  # there is nothing to redo, and
            self.save_state.style().polish(self.save_state)  # style() costs ~10 ms the first time

    def _save_failed(self, message: str) -> None:
        self._show_state(self.tr("Not saved: %1").replace("%1", message), "failed")

    def _toggle_private(self, hidden: bool) -> None:
        """Hidden notes collapse the pages' side column; the status bar says they are hidden.
        The choice is kept: the app starts with notes shown only if they were shown at quit."""
        from facilitator.ui.stage_page import StagePage
        from facilitator.ui.widgets import PrivateNoteBox

        QSettings().setValue("hide_private", hidden)
        PrivateNoteBox.hidden = hidden
        for page in self.findChildren(StagePage):
            page.show_private(not hidden)
        self.notes_hidden.setVisible(hidden)

    def _switch_language(self, code: str) -> None:
        if code != i18n.language() and self.settle_unsaved():
            self.language_requested.emit(code)

    def _switch_theme(self, code: str) -> None:
        if code != theme.current() and self.settle_unsaved():
            self.theme_requested.emit(code)

    def settle_unsaved(self) -> bool:
        """Store what is pending; if that fails, the user decides to keep trying or to drop it."""
        if self.ctx.flush():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Changes not saved"),
            self.tr("Your last changes could not be saved. Continue anyway and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self.ctx.discard()
        return True

    def show_tour(self) -> None:
        from facilitator.ui.tour import TourDialog

        TourDialog(self).exec()

    def show_shortcuts(self) -> None:
        from facilitator.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Facilitator"),
            self.tr(
                "Facilitator %1\n\nRun a fair session between Sales and Product and leave with "
                "agreements both sides own. Everything stays on this computer."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._session_view is not None and self.ctx.data is not None:
            self._session_view.timer.pause()
        event.setAccepted(self.settle_unsaved())
        if event.isAccepted() and self._presenter is not None:
            self._presenter.stop()

    def zoom(self, step: int) -> None:
        """The cockpit's text one step larger (+1), smaller (-1) or normal (0); remembered."""
        from facilitator.ui.audience import next_zoom

        current = float(QSettings().value("zoom/cockpit", 1.0, type=float))
        QSettings().setValue("zoom/cockpit", next_zoom(current, step))
        self.apply_zoom()

    def apply_zoom(self) -> None:
        """The remembered zoom: the cockpit's text scales, the room's screen keeps its own."""
        theme.zoom(QApplication.instance(), float(QSettings().value("zoom/cockpit", 1.0, type=float)), self)

    def restore_hidden_private(self) -> None:
        if QSettings().value("hide_private", False, type=bool):
            self.hide_private.setChecked(True)
            self._toggle_private(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first paint is done: now the input guard (see __init__)
            self._painted = True
            QTimer.singleShot(0, guards.install)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self._session_view:
            return  # Escape closes editors; it must never leave a live session by accident
        super().keyPressEvent(event)


def _session_files():
    """The menus' session files (ui/session_files.py), imported when first used: start-up stays fast."""
    from facilitator.ui import session_files

    return session_files
