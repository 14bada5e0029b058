"""Session files from the menus: import a session file (JSON, as `facilitator import FILE`) and
add the demo session to the open workspace. Export to JSON is a format of the export dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from facilitator.domain.model import SessionData
    from facilitator.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionFiles", text)


def read_session_file(path: Path) -> SessionData:
    """The session in a file; ValueError with a one-line message a user can act on."""
    from facilitator.export.session_file import loads

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValueError(tr("%1 is not a session file (expected JSON text).").replace("%1", path.name)) from None
    except OSError as error:
        message = tr("%1 cannot be read: %2").replace("%1", path.name).replace("%2", error.strerror or "")
        raise ValueError(message) from None
    return loads(text)  # InvalidSessionFile (a ValueError) says what is wrong; nothing is written


def import_path(window: MainWindow, path: Path) -> int | None:
    """Import the session in `path` into the open workspace and open it; None after a message."""
    from facilitator.storage.errors import WorkspaceError
    from facilitator.ui.problems import describe

    if window.store is None or not window.settle_unsaved():
        return None
    try:  # through the service: an import is a change every view hears of
        session_id = window.ctx.service.import_session(read_session_file(path)).session_id
    except ValueError as error:
        QMessageBox.warning(window, tr("Could not import the session"), str(error).splitlines()[0])
        return None
    except WorkspaceError as error:
        QMessageBox.critical(window, tr("Could not import the session"), describe(error))
        return None
    window.sessions.refresh(session_id)
    window.open_session(session_id)
    return session_id


def import_file(window: MainWindow) -> None:
    if window.store is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window, tr("Import a session file"), "", tr("Session files (*.json);;All files (*)")
    )
    if path:
        import_path(window, Path(path))


def add_demo(window: MainWindow) -> int | None:
    """Add a fresh copy of the demo session (in the UI language) and open it at stage 1."""
    from facilitator.demo import demo_session
    from facilitator.storage.errors import WorkspaceError
    from facilitator.ui import i18n
    from facilitator.ui.problems import describe

    if window.store is None or not window.settle_unsaved():
        return None
    data = demo_session(i18n.language())
    data.session.current_stage = 1
    try:
        session_id = window.ctx.service.import_session(data).session_id
    except WorkspaceError as error:
        QMessageBox.critical(window, tr("Could not add the demo session"), describe(error))
        return None
    window.sessions.refresh(session_id)
    window.open_session(session_id)
    return session_id
