"""Workspace and file problems in the user's language (storage words them in English for the CLI)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from facilitator.storage.errors import OPENING, FileKind, Problem, WorkspaceError

if TYPE_CHECKING:
    from facilitator.export.session_input import UnreadableFile


def describe(error: WorkspaceError) -> str:
    t = {
        Problem.NOT_FOUND: QCoreApplication.translate("Problems", "%1 does not exist. Check the path."),
        Problem.CORRUPT: QCoreApplication.translate(
            "Problems", "%1 is damaged and cannot be opened. Put a backup in its place: File > Restore from backup."
        ),
        Problem.FOREIGN: QCoreApplication.translate(
            "Problems", "%1 is not a Facilitator workspace. Choose a workspace file or a new file name."
        ),
        Problem.NEWER: QCoreApplication.translate(
            "Problems", "%1 was written by a newer version of Facilitator. Update the app to open it."
        ),
        Problem.READ_ONLY: QCoreApplication.translate(
            "Problems", "%1 is read-only. Copy it to a folder you can write to, or change its permissions."
        ),
        Problem.LOCKED: QCoreApplication.translate(
            "Problems", "%1 is busy in another program. Close it there and try again."
        ),
        Problem.DISK_FULL: QCoreApplication.translate(
            "Problems", "The disk holding %1 is full. Free some space; what you typed is kept and saved again."
        )
        if error.detail != OPENING
        else QCoreApplication.translate("Problems", "The disk holding %1 is full. Free some space and open it again."),
        Problem.UNKNOWN_ID: QCoreApplication.translate("Problems", "There is no session with id %2 in %1."),
        Problem.NOT_A_FILE: QCoreApplication.translate(
            "Problems", "%1 is a %2, not a file. Choose a workspace file or a new file name."
        ),
        Problem.NO_ACCESS: QCoreApplication.translate(
            "Problems", "%1 is inside %2, a folder you may not open. Ask for access or choose another place."
        ),
        Problem.READ_ONLY_FOLDER: QCoreApplication.translate(
            "Problems",
            "%1 is in a folder you may not write to. Choose a folder you can write to, or change the folder's permissions.",  # noqa: E501
        ),
        Problem.READ_ONLY_DISK: QCoreApplication.translate(
            "Problems", "%1 is on a read-only disk. Copy it to a disk you can write to."
        ),
    }[error.problem]
    detail = kind_word(error.detail) if error.problem is Problem.NOT_A_FILE else error.detail
    return t.replace("%1", str(error.path)).replace("%2", detail)


def kind_word(kind: str) -> str:
    """What a path is instead of a file (FileKind's value), in the user's language."""
    words = {
        FileKind.FOLDER: QCoreApplication.translate("Problems", "folder"),
        FileKind.PIPE: QCoreApplication.translate("Problems", "named pipe"),
        FileKind.DEVICE: QCoreApplication.translate("Problems", "device"),
        FileKind.SOCKET: QCoreApplication.translate("Problems", "socket"),
        FileKind.OTHER: QCoreApplication.translate("Problems", "special file"),
    }
    try:
        return words[FileKind(kind)]
    except ValueError:
        return kind


def unreadable(error: UnreadableFile) -> str:
    """Why a session file could not be read, in the user's language."""
    from facilitator.domain.limits import MAX_FILE_BYTES
    from facilitator.export.session_input import MEGABYTE, Unreadable

    name = error.path.name
    t = {
        Unreadable.MISSING: QCoreApplication.translate("SessionFiles", "%1 does not exist. Check the path."),
        Unreadable.NOT_A_FILE: QCoreApplication.translate(
            "SessionFiles", "%1 is a %2, not a file. Choose a session file."
        ),
        Unreadable.NO_PERMISSION: QCoreApplication.translate(
            "SessionFiles", "%1 cannot be read: you have no permission. Check its permissions."
        ),
        Unreadable.TOO_BIG: QCoreApplication.translate(
            "SessionFiles", "%1 is %2 MB, larger than the limit of %3 MB for a session file. Check that it is one."
        ),
        Unreadable.NOT_TEXT: QCoreApplication.translate(
            "SessionFiles", "%1 is not a session file (expected JSON text)."
        ),
        Unreadable.OTHER: QCoreApplication.translate("SessionFiles", "%1 cannot be read: %2"),
    }[error.reason]
    detail = kind_word(error.detail) if error.reason is Unreadable.NOT_A_FILE else error.detail
    return t.replace("%1", name).replace("%3", str(MAX_FILE_BYTES // MEGABYTE)).replace("%2", detail)
