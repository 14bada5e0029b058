"""Start the app: paint the window first, then open the workspace (QUALITY: first paint fast)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.ui import i18n, theme
from facilitator.ui.main_window import MainWindow

if TYPE_CHECKING:
    from facilitator.workspace_lock import WorkspaceLock


def apply_style(app: QApplication) -> None:
    """A larger font, and the chosen theme (system by default): palette and stylesheet."""
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.1)  # readable from across a meeting room
    app.setFont(font)
    app.setProperty(theme.UNZOOMED, font.pointSizeF())  # the zoom (Ctrl++) scales from this size
    theme.apply(app, theme.choose(QSettings().value("theme")))


class ErrorReporter:
    """sys.excepthook for the GUI: a bug goes to the log with its traceback, and the user reads one
    sentence. No exception text: it means nothing to them and could quote a private note."""

    def __init__(self, parent: Callable[[], QWidget | None]):
        self.parent = parent
        self.box: QMessageBox | None = None

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        from facilitator.log import log_exception

        try:
            where = str(log_exception(error.with_traceback(tb)))
        except OSError:  # the log cannot be written either: still tell the user
            sys.__excepthook__(kind, error, tb)
            where = "stderr"
        if self.box is not None and self.box.isVisible():
            return  # one message at a time, however many errors follow it (e.g. from painting)
        self.box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Internal error"),
            QCoreApplication.translate(
                "App",
                "Facilitator hit an internal error (details in %1); you can keep working, and restart it if anything looks wrong.",  # noqa: E501
            ).replace("%1", where),
            QMessageBox.StandardButton.Ok,
            self.parent(),
        )
        self.box.open()  # not exec(): no nested event loop inside a failing callback


class App:
    """Owns the window, the workspace lock and the language; rebuilds the window on a switch."""

    def __init__(self, qapp: QApplication, lang: str | None):
        self.qapp = qapp
        self.lock: WorkspaceLock | None = None
        self.store = None
        self.failed_path: Path | None = None  # a workspace that would not open: its backups still can
        i18n.install(i18n.choose(lang or QSettings().value("language")))
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow()
        window.language_requested.connect(self.switch_language)
        window.theme_requested.connect(self.switch_theme)
        window.workspace_requested.connect(lambda path: self.open_workspace(Path(path)))
        window.restore_requested.connect(self.restore_backup)
        window.restore_hidden_private()
        window.apply_zoom()
        available = self.qapp.primaryScreen().availableGeometry()
        window.resize(min(1280, available.width()), min(820, available.height()))
        return window

    def open_workspace(self, path: Path, demo: bool = False) -> bool:
        """Lock and open a workspace; on a problem tell the user and keep what is open."""
        if not self.window.settle_unsaved():  # never carry one workspace's edits into another
            return False
        if self.lock is not None and self.lock.is_same_file(path):
            if not demo:
                return True  # already open in this window (perhaps under another name)
            self._close_workspace()  # the demo is laid anew over itself
        from facilitator.workspace_lock import WorkspaceLock  # after the first paint, as the store

        lock = WorkspaceLock(path)
        if not self._lock(lock, path):
            return False
        from facilitator.storage.errors import WorkspaceError
        from facilitator.storage.store import Store
        from facilitator.ui.problems import describe

        try:
            store = _fresh_demo(path, i18n.language()) if demo else Store(path)
        except WorkspaceError as error:
            lock.release()
            self.failed_path = path
            QMessageBox.critical(
                self.window, QCoreApplication.translate("App", "Cannot open the workspace"), describe(error)
            )
            return False
        if lock.pin() is not None:  # a new file's identity, or the demo's new file
            store.close()
            lock.release()
            self._already_open(path)
            return False
        self._close_workspace()
        self.store, self.lock = store, lock
        self.window.attach(store)
        if demo:  # the first session of the demo series: the whole session, from stage 1
            self.window.open_session(min(s.id for s in store.sessions()))
        return True

    def restore_backup(self) -> None:
        """File > Restore from backup, for the open workspace or the one that would not open."""
        from facilitator.paths import default_workspace
        from facilitator.storage import backups
        from facilitator.storage.errors import WorkspaceError
        from facilitator.storage.store import Store
        from facilitator.ui.problems import describe
        from facilitator.ui.restore import RestoreDialog, when
        from facilitator.workspace_lock import WorkspaceLock

        if not self.window.settle_unsaved():
            return
        path = self.store.path if self.store is not None else (self.failed_path or default_workspace())
        dialog = RestoreDialog(path, backups.listing(path), self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if self.lock is None:  # nothing open: hold the workspace while its file is replaced
            lock = WorkspaceLock(path)
            if not self._lock(lock, path):
                return
            self.lock = lock
        self._close_store()  # our own connection goes; the window shows the restored file
        kept = None
        try:
            kept = backups.restore(dialog.chosen.path, path)
            done = QCoreApplication.translate("App", "Restored the backup from %1; the previous file is kept as %2")
            done = done.replace("%1", when(dialog.chosen)).replace("%2", kept.name if kept else "-")
        except WorkspaceError as error:  # nothing was replaced: the workspace opens as it was
            QMessageBox.critical(
                self.window, QCoreApplication.translate("App", "Cannot restore the backup"), describe(error)
            )
            done = ""
        try:
            self.store = Store(path)
        except WorkspaceError as error:
            self.lock.release()
            self.lock, self.failed_path = None, path
            QMessageBox.critical(
                self.window, QCoreApplication.translate("App", "Cannot open the workspace"), describe(error)
            )
            return
        self.failed_path = None
        self.window.attach(self.store)
        if done:
            self.window.statusBar().showMessage(done)

    def _lock(self, lock: WorkspaceLock, path: Path) -> bool:
        """Hold the workspace's lock. A live window keeps it; a crashed window's or an unreadable lock
        is taken over; another computer's lock, which may still be in use, is offered for take-over."""
        from facilitator.storage.errors import from_os_error
        from facilitator.ui import takeover
        from facilitator.ui.problems import describe

        try:
            holder = lock.acquire()
            # Stale for sure: a window on this computer that ended (the OS let go of its lock) or a
            # lock file nobody can read. Only another computer's lock may still be in use: ask.
            if (
                holder is not None
                and not holder.live
                and (holder.here or not holder.host or takeover.ask(self.window, path, holder))
            ):
                holder = lock.acquire(take_over=True)
        except OSError as error:  # never "open in another window" when the file cannot be made
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("App", "Cannot open the workspace"),
                describe(from_os_error(error, path).while_opening()),
            )
            return False
        if holder is not None and holder.live:
            self._already_open(path)
        return holder is None

    def _already_open(self, path: Path) -> None:
        QMessageBox.warning(
            self.window,
            QCoreApplication.translate("App", "Workspace already open"),
            QCoreApplication.translate(
                "App",
                "%1 is open in another Facilitator window. Switch to that window, or open a different workspace.",
            ).replace("%1", str(path)),
        )

    def _close_store(self) -> None:
        if self.store is not None:
            self.window.ctx.close_session()
            self.store.close()
        self.store = None

    def _close_workspace(self) -> None:
        self._close_store()
        if self.lock is not None:
            self.lock.release()
        self.lock = None

    def switch_language(self, lang: str) -> None:
        QSettings().setValue("language", lang)
        i18n.install(lang)
        self._rebuild()

    def switch_theme(self, name: str) -> None:
        QSettings().setValue("theme", name)
        theme.apply(self.qapp, name)
        self._rebuild()  # pages set some colours once (stylesheets, underline formats)

    def _rebuild(self) -> None:
        """A new window in the new language or theme, on the same workspace and session."""
        old = self.window
        session_id = old.ctx.data.session.id if old.ctx.data else None
        geometry = old.saveGeometry()
        old.hide()  # no more painting from a window whose session is about to close
        old.ctx.close_session()
        self.window = self._new_window()
        self.window.restoreGeometry(geometry)
        self.window.attach(self.store)
        if session_id is not None:
            self.window.open_session(session_id)
        self.window.show()
        old.deleteLater()

    def release(self) -> None:
        self._close_workspace()  # the session first: nothing may reach a closed store (a page built late)


def _fresh_demo(path: Path, lang: str):
    """The demo workspace is laid anew each time, apart from the user's real one: the demo
    session and its two follow-ups, so the dashboard shows a trend on first start."""
    import datetime as dt

    from facilitator.demo_series import demo_series, import_series
    from facilitator.session import SessionService
    from facilitator.storage.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store(path)
    series = demo_series(lang, today=dt.date.today())  # moved to the present: real work due
    series[0].session.current_stage = 1  # a newcomer starts at the beginning of the finished session
    import_series(SessionService(store), series)
    return store


def run(
    db: Path | None = None,
    lang: str | None = None,
    demo: bool = False,
    open_id: int | None = None,
    present: bool = False,
) -> int:
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setOrganizationName("Facilitator")
    qapp.setApplicationName("Facilitator")
    qapp.setApplicationDisplayName("Facilitator")
    apply_style(qapp)
    app = App(qapp, lang)
    sys.excepthook = ErrorReporter(lambda: app.window)
    app.window.show()
    qapp.processEvents()  # paint the window now; opening the workspace imports SQLite code

    def open_first() -> None:
        from facilitator.paths import default_workspace, demo_workspace

        path = demo_workspace() if demo else (db or default_workspace())
        if not app.open_workspace(path.expanduser().absolute(), demo=demo):
            app.window.statusBar().showMessage(
                QCoreApplication.translate("App", "No workspace open. Use File > Open workspace…")
            )
            return
        if open_id is not None and not demo:
            app.window.open_session(open_id)
        if present:
            app.window.presenter.start()
        # The cockpit, made while the home screen idles: it builds its stage pages then too
        # (session_view.py), so opening the first session shows it at once.
        QTimer.singleShot(0, lambda: app.window.session_view)

    QTimer.singleShot(0, open_first)
    # Compiling the blame detector takes 0.2-3 s: start now, off the GUI thread, not on a keystroke
    # (once: attaching the workspace asks again).
    from facilitator.ui.blame_highlighter import warm_up

    QTimer.singleShot(0, warm_up)
    try:
        return qapp.exec()
    finally:
        app.release()
