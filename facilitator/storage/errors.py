"""Problems a user can act on. Each carries a kind (the UI words it) and a one-line message.

The diagnosis matters more than the wording: a full disk reported as "damaged, restore a backup"
makes a user throw away newer work, so OS and SQLite errors are mapped to their real cause here.
"""

from __future__ import annotations

import errno
import os
import stat
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
    NOT_A_FILE = "not_a_file"
    NO_ACCESS = "no_access"
    READ_ONLY_FOLDER = "read_only_folder"
    READ_ONLY_DISK = "read_only_disk"


class FileKind(StrEnum):
    """What a path is when it is not a regular file (the detail of Problem.NOT_A_FILE)."""

    FOLDER = "folder"
    PIPE = "named pipe"
    DEVICE = "device"
    SOCKET = "socket"
    OTHER = "special file"


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
    Problem.NOT_A_FILE: "{path} is a {detail}, not a file; choose a workspace file or a new file name",
    Problem.NO_ACCESS: "{path} is inside {detail}, a folder you may not open; ask for access or choose another place",
    Problem.READ_ONLY_FOLDER: "{path} is in a folder you may not write to; choose a folder you can write to, "
    "or change the folder's permissions",
    Problem.READ_ONLY_DISK: "{path} is on a read-only disk; copy it to a disk you can write to",
}

#: The detail of a problem met while opening a workspace, where "nothing typed is lost" means nothing.
OPENING = "opening"
_WHILE_OPENING = {
    Problem.DISK_FULL: "the disk holding {path} is full; free some space and open it again",
}

#: Below this much free space an I/O error is taken for a full disk (SQLite often reports a
#: failed write to its -shm or -wal file as "disk I/O error", not as "disk is full").
NEARLY_FULL_BYTES = 1024 * 1024


class WorkspaceError(Exception):
    """A workspace problem the user can fix: shown as a dialog or one CLI line, never a traceback."""

    def __init__(self, problem: Problem, path: Path | str, detail: str = ""):
        self.problem = problem
        self.path = Path(path)
        self.detail = detail
        text = _WHILE_OPENING.get(problem) if detail == OPENING else None
        super().__init__((text or _MESSAGES[problem]).format(path=self.path, detail=detail))

    def while_opening(self) -> WorkspaceError:
        """The same problem, worded for a workspace that is being opened."""
        if self.problem in _WHILE_OPENING and not self.detail:
            return WorkspaceError(self.problem, self.path, OPENING)
        return self


def file_kind(mode: int) -> FileKind | None:
    """None for a regular file; otherwise what it is instead."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return FileKind.FOLDER
    if stat.S_ISFIFO(mode):
        return FileKind.PIPE
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return FileKind.DEVICE
    if stat.S_ISSOCK(mode):
        return FileKind.SOCKET
    return FileKind.OTHER


def closed_folder(path: Path) -> Path:
    """The outermost folder above `path` that the user may not enter (the parent if none is found)."""
    for folder in reversed(path.parents):
        try:
            os.stat(folder)
        except PermissionError:
            return folder.parent
        except OSError:
            break
        if not os.access(folder, os.X_OK):
            return folder
    return path.parent


def disk_nearly_full(path: Path) -> bool:
    folder = path if os.path.isdir(path) else path.parent  # os.path: no PermissionError
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return info.f_bavail * info.f_frsize < NEARLY_FULL_BYTES


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def from_os_error(error: OSError, path: Path) -> WorkspaceError:
    """The real cause of an OSError met while opening or writing beside the workspace."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return WorkspaceError(Problem.DISK_FULL, path)
    if code == errno.EROFS:
        return WorkspaceError(Problem.READ_ONLY_DISK, path)
    if code in (errno.ENOENT, errno.ENOTDIR):
        return WorkspaceError(Problem.NOT_FOUND, path if os.path.isdir(path.parent) else path.parent)
    return unwritable(path) or WorkspaceError(Problem.READ_ONLY, path)  # EACCES, EPERM and the rare rest


def unwritable(path: Path) -> WorkspaceError | None:
    """Why the workspace, or a file beside it (its lock, -wal, a backup), cannot be written;
    None when nothing is found wrong (then another program is the likely cause)."""
    folder = path.parent
    try:
        os.stat(folder)
    except PermissionError:
        return WorkspaceError(Problem.NO_ACCESS, path, str(closed_folder(path)))
    except OSError:
        return WorkspaceError(Problem.NOT_FOUND, folder)
    if not os.access(folder, os.X_OK):
        return WorkspaceError(Problem.NO_ACCESS, path, str(closed_folder(path)))
    if _read_only_mount(folder):
        return WorkspaceError(Problem.READ_ONLY_DISK, path)
    if os.path.lexists(path) and not os.access(path, os.W_OK):
        return WorkspaceError(Problem.READ_ONLY, path)
    if not os.access(folder, os.W_OK):
        return WorkspaceError(Problem.READ_ONLY_FOLDER, path)
    if disk_nearly_full(path):
        return WorkspaceError(Problem.DISK_FULL, path)
    return None


def translate_sqlite_error(error: sqlite3.Error, path: Path) -> WorkspaceError | None:
    """Map SQLite's wording to a problem the user can act on; None for genuine bugs."""
    text = str(error).lower()
    primary = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if "locked" in text or "busy" in text:
        return WorkspaceError(Problem.LOCKED, path)
    if primary == 13 or "disk is full" in text or "database or disk is full" in text:  # SQLITE_FULL
        return WorkspaceError(Problem.DISK_FULL, path)
    if primary == 10 or "disk i/o" in text:  # SQLITE_IOERR: a failed write to a full disk looks like this
        if disk_nearly_full(path):
            return WorkspaceError(Problem.DISK_FULL, path)
        return unwritable(path) or WorkspaceError(Problem.CORRUPT, path)
    if "readonly" in text or "read-only" in text:
        return unwritable(path) or WorkspaceError(Problem.READ_ONLY, path)
    if primary == 11 or "not a database" in text or "malformed" in text:  # SQLITE_CORRUPT (also _VTAB)
        return WorkspaceError(Problem.CORRUPT, path)
    if "unable to open" in text:
        return unwritable(path) or WorkspaceError(Problem.READ_ONLY, path)
    return None
