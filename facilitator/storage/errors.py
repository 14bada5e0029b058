"""Problems a user can act on. Each carries a kind (the UI words it) and a one-line message."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3


class Problem(StrEnum):
    NOT_FOUND = "not_found"
    CORRUPT = "corrupt"
    FOREIGN = "foreign"
    NEWER = "newer"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    UNKNOWN_ID = "unknown_id"


_MESSAGES = {
    Problem.NOT_FOUND: "{path} does not exist; check the path",
    Problem.CORRUPT: "{path} is damaged and cannot be opened; `facilitator backups --db {path}` lists its backups,"
    " `facilitator restore BACKUP --db {path}` puts one back",
    Problem.FOREIGN: "{path} is not a Facilitator workspace; choose a workspace file or a new file name",
    Problem.NEWER: "{path} was written by a newer version of Facilitator; update the app to open it",
    Problem.READ_ONLY: "{path} is read-only; copy it to a folder you can write to, or change its permissions",
    Problem.LOCKED: "{path} is busy in another program; close it there and try again",
    Problem.DISK_FULL: "the disk holding {path} is full; free some space, nothing typed is lost yet",
    Problem.UNKNOWN_ID: "there is no session with id {detail} in {path}; run `facilitator list` to see the ids",
}


class WorkspaceError(Exception):
    """A workspace problem the user can fix: shown as a dialog or one CLI line, never a traceback."""

    def __init__(self, problem: Problem, path: Path | str, detail: str = ""):
        self.problem = problem
        self.path = Path(path)
        self.detail = detail
        super().__init__(_MESSAGES[problem].format(path=self.path, detail=detail))


def translate_sqlite_error(error: sqlite3.Error, path: Path) -> WorkspaceError | None:
    """Map SQLite's wording to a problem the user can act on; None for genuine bugs."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return WorkspaceError(Problem.LOCKED, path)
    if "disk is full" in text or "database or disk is full" in text:
        return WorkspaceError(Problem.DISK_FULL, path)
    if "readonly" in text or "read-only" in text:
        return WorkspaceError(Problem.READ_ONLY, path)
    if "not a database" in text or "malformed" in text or "disk i/o" in text:
        return WorkspaceError(Problem.CORRUPT, path)
    if "unable to open" in text:
        return WorkspaceError(Problem.READ_ONLY, path)
    return None
