"""Session files from the menus: import a session file (JSON, as `facilitator import FILE`) and
add the demo session to the open workspace. Export to JSON is a format of the export dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from facilitator.domain.model import SessionData
    from facilitator.ui.main_window import MainWindow


def read_session_file(path: Path) -> SessionData:
    """The session in a file; ValueError with a one-line message a user can act on."""
    from facilitator.export.session_file import loads
    from facilitator.export.session_input import UnreadableFile, read_session_text
    from facilitator.ui.problems import unreadable

    try:
        text = read_session_text(path)  # a pipe, a device or a huge file is refused at once
    except UnreadableFile as error:
        raise ValueError(unreadable(error)) from None
    return loads(text)  # InvalidSessionFile (a ValueError) says what is wrong; nothing is written


def _import_and_open(window: MainWindow, load: Callable[[], SessionData], failed: str) -> int | None:
    """Store a whole session through the service (every view hears of it) and open it; None
    after a message that says why not."""
    from facilitator.storage.errors import WorkspaceError
    from facilitator.ui.problems import describe

    if window.store is None or not window.settle_unsaved():
        return None
    try:
        session_id = window.ctx.service.import_session(load()).session_id
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
    return _import_and_open(window, lambda: read_session_file(path), failed)


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


def add_demo(window: MainWindow) -> int | None:
    """Add a fresh copy of the demo session (in the UI language) and open it at stage 1."""

    def load() -> SessionData:
        from facilitator.demo import demo_session
        from facilitator.ui import i18n

        data = demo_session(i18n.language())
        data.session.current_stage = 1
        return data

    failed = QCoreApplication.translate("SessionFiles", "Could not add the demo session")
    return _import_and_open(window, load, failed)
