"""Session files from the menus: import a session file (JSON, as `facilitator import FILE`) and
add the demo session to the open workspace. Export to JSON is a format of the export dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from facilitator.domain.model import SessionData
    from facilitator.ui.main_window import MainWindow


def _read_text(path: Path) -> str:
    """A session file's text; ValueError with a one-line message a user can act on."""
    from facilitator.export.session_input import UnreadableFile, read_session_text
    from facilitator.ui.problems import unreadable

    try:
        return read_session_text(path)  # a pipe, a device or a huge file is refused at once
    except UnreadableFile as error:
        raise ValueError(unreadable(error)) from None


def read_session_file(path: Path) -> SessionData:
    """The session in a file; ValueError with a one-line message a user can act on."""
    from facilitator.export.session_file import loads

    return loads(_read_text(path))  # InvalidSessionFile (a ValueError) says what is wrong; nothing is written


def read_backup(path: Path) -> tuple[SessionData, list]:
    """The session in a file and, from a full backup, the user's templates in it (read once)."""
    from facilitator.export.session_file import loads, templates_in

    text = _read_text(path)
    return loads(text), templates_in(text)


def _import_and_open(window: MainWindow, load: Callable[[], tuple[SessionData, list]], failed: str) -> int | None:
    """Store a whole session through the service (every view hears of it) and open it; None
    after a message that says why not."""
    from facilitator.storage.errors import WorkspaceError
    from facilitator.ui.problems import describe

    if window.store is None or not window.settle_unsaved():
        return None
    try:
        data, templates = load()
        session_id = window.ctx.service.import_session(data, templates=templates).session_id
    except ValueError as error:
        QMessageBox.warning(window, failed, str(error).splitlines()[0])
        return None
    except WorkspaceError as error:
        QMessageBox.critical(window, failed, describe(error))
        return None
    window.sessions.refresh(session_id)
    window.open_session(session_id)
    return session_id


def import_path(window: MainWindow, path: Path) -> int | None:
    """Import the session in `path` into the open workspace and open it; None after a message."""
    failed = QCoreApplication.translate("SessionFiles", "Could not import the session")
    return _import_and_open(window, lambda: read_backup(path), failed)


def import_file(window: MainWindow) -> None:
    if window.store is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("SessionFiles", "Import a session file"),
        "",
        QCoreApplication.translate("SessionFiles", "Session files (*.json);;All files (*)"),
    )
    if path:
        import_path(window, Path(path))


def today() -> dt.date:
    """The day the demo is laid on (a test sets another)."""
    return dt.date.today()


def add_demo(window: MainWindow) -> int | None:
    """Add a fresh copy of the demo session (in the UI language), held about ten days ago, and
    open it at stage 1."""

    def load() -> tuple[SessionData, list]:
        from facilitator.demo import demo_session
        from facilitator.ui import i18n

        data = demo_session(i18n.language(), today())
        data.session.current_stage = 1
        return data, []  # no templates of its own

    failed = QCoreApplication.translate("SessionFiles", "Could not add the demo session")
    return _import_and_open(window, load, failed)


def export_backup(window: MainWindow) -> None:
    """File > Export backup: the open session as a full session file, with private notes and
    the workspace's own templates, as `facilitator export ID --format json --include-private`."""
    import copy

    from PySide6.QtCore import QSettings, QStandardPaths

    from facilitator.export import export_session, suggested_filename
    from facilitator.ui import i18n
    from facilitator.ui.background import run_in_background

    if window.store is None or window.ctx.data is None or not window.settle_unsaved():
        return
    data = copy.deepcopy(window.ctx.data)  # a snapshot: the meeting goes on while the file is written
    templates = window.store.templates()
    folder = QSettings().value("export/folder") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    name = (
        suggested_filename(data, "json", i18n.language()).removesuffix(".json")
        + " "
        + QCoreApplication.translate("SessionFiles", "backup")
        + ".json"
    )
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("SessionFiles", "Export a full backup"),
        str(Path(folder) / name),
        QCoreApplication.translate("SessionFiles", "Session files (*.json)"),
    )
    if not path:
        return
    window.statusBar().showMessage(QCoreApplication.translate("SessionFiles", "Writing the backup…"))
    run_in_background(
        lambda: export_session(data, "json", Path(path), include_private=True, templates=templates),
        lambda _result: window.statusBar().showMessage(
            QCoreApplication.translate(
                "SessionFiles", "Backup with private notes saved to %1; keep it private."
            ).replace("%1", path)
        ),
        lambda error: QMessageBox.warning(
            window,
            QCoreApplication.translate("SessionFiles", "Could not export the backup"),
            str(error).splitlines()[0],
        ),
    )
