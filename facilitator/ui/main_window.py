"""The main window only assembles: the session list, the open session, menus and the save state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from facilitator import __version__
from facilitator.ui import i18n
from facilitator.ui.context import SessionContext
from facilitator.ui.problems import describe
from facilitator.ui.session_list import SessionList

if TYPE_CHECKING:
    from facilitator.storage.store import Store
    from facilitator.ui.session_view import SessionView
    from facilitator.ui.timer import Clock


class MainWindow(QMainWindow):
    language_requested = Signal(str)  # the app rebuilds the window in the new language
    workspace_requested = Signal(str)  # the app opens another workspace file

    def __init__(self, clock: Clock | None = None):
        super().__init__()
        self.store: Store | None = None
        self.ctx = SessionContext(None, self)
        self.clock = clock
        self.setWindowTitle(self.tr("Facilitator"))
        self.setMinimumSize(960, 600)

        self.sessions = SessionList()
        self._session_view: SessionView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sessions)
        self.setCentralWidget(self.stack)
        self.sessions.open_requested.connect(self.open_session)

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
        self._build_menus()
        self._session_actions_enabled(False)

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
            action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
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
        file.addSeparator()
        self.export_action = self._action(file, self.tr("&Export…"), "Ctrl+E", self.export)
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

        settings = bar.addMenu(self.tr("&View"))
        self.hide_private = self._action(
            settings, self.tr("&Hide private notes (for a shared screen)"), "Ctrl+H", self._toggle_private
        )
        self.hide_private.setCheckable(True)
        language = settings.addMenu(self.tr("&Language"))
        for code, name in (("en", "English"), ("de", "Deutsch")):
            action = self._action(language, name, None, lambda _=False, c=code: self._switch_language(c))
            action.setCheckable(True)
            action.setChecked(code == i18n.language())

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        self._action(help_menu, self.tr("&About Facilitator"), None, self.about)

    def _session_actions_enabled(self, enabled: bool) -> None:
        for action in [*self.stage_actions, self.export_action]:
            action.setEnabled(enabled)

    # -- navigation ---------------------------------------------------------------------------

    def show_sessions(self) -> None:
        if not self.settle_unsaved():
            return
        current = self.ctx.data.session.id if self.ctx.data else None
        self.ctx.close_session()  # the list may delete it; nothing may keep saving into it
        self.sessions.refresh(current)
        self.stack.setCurrentWidget(self.sessions)
        self._session_actions_enabled(False)
        self.sessions.filter.setFocus()

    def open_session(self, session_id: int) -> None:
        from facilitator.storage.errors import WorkspaceError

        self.session_view  # noqa: B018 - must exist before the session loads: it listens for that
        try:
            self.ctx.open(session_id)
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Could not open the session"), describe(error))
            return
        self.stack.setCurrentWidget(self.session_view)
        self._session_actions_enabled(True)
        self.setWindowTitle(self.tr("%1 – Facilitator").replace("%1", self.ctx.data.session.title))

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
            ExportDialog(self.ctx.data, self).exec()

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
        from facilitator.ui.widgets import PrivateNoteBox

        QSettings().setValue("hide_private", hidden)
        PrivateNoteBox.hidden = hidden
        for box in self.findChildren(PrivateNoteBox):
            box.setVisible(not hidden)

    def _switch_language(self, code: str) -> None:
        if code != i18n.language() and self.settle_unsaved():
            self.language_requested.emit(code)

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

    def restore_hidden_private(self) -> None:
        if QSettings().value("hide_private", False, type=bool):
            self.hide_private.setChecked(True)
            self._toggle_private(True)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self._session_view:
            return  # Escape closes editors; it must never leave a live session by accident
        super().keyPressEvent(event)
