"""Workspace problems in the user's language (storage words them in English for the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.storage.errors import Problem, WorkspaceError


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
        ),
        Problem.UNKNOWN_ID: QCoreApplication.translate("Problems", "There is no session with id %2 in %1."),
    }[error.problem]
    return t.replace("%1", str(error.path)).replace("%2", error.detail)
