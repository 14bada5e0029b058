"""Rotating, verified copies of a workspace, made with SQLite's backup API.

They live in a folder beside the workspace, `<name>.backups/` (owner-only), so they move with it
and a message can point to them. Each is a complete SQLite file named after when and why it was
taken (`2026-11-29_091233.daily.bak`), checked with `PRAGMA integrity_check` before it counts;
the newest KEEP are kept. A file is copied only through SQLite: copying a live workspace byte
by byte can miss what is still in its -wal file.
"""

from __future__ import annotations

import errno
import glob
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from facilitator.storage.errors import Problem, WorkspaceError, from_os_error
from facilitator.storage.schema import APPLICATION_ID

KEEP = 7
BUSY_TIMEOUT_S = 5.0
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}_\d{6})(?:-(\d+))?\.([\w-]+)\.bak$")
_LEGACY = re.compile(r"^.+\.([\w-]+)-(\d{8}-\d{6})\.bak$")  # beside the workspace, before this folder


@dataclass(frozen=True)
class Backup:
    """One backup: when and why it was taken, and how many sessions it holds (None: unreadable)."""

    path: Path
    taken: datetime
    reason: str
    sessions: int | None


def _real(workspace: Path | str) -> Path:
    return Path(os.path.realpath(Path(workspace).expanduser()))


def folder(workspace: Path | str) -> Path:
    real = _real(workspace)
    return real.with_name(f"{real.name}.backups")


def _reserve(where: Path, reason: str) -> Path:
    """A new, empty, owner-only file named after now: never one another process is writing
    (O_EXCL), and numbered after any taken in the same second, so names sort as they were taken."""
    stamp = datetime.now().strftime(_STAMP)
    same_second = [_NAME.match(name) for name in os.listdir(where) if name.startswith(stamp)]
    last = max((int(m[2] or 1) for m in same_second if m), default=0)
    for n in range(last + 1, last + 1000):
        target = where / (f"{stamp}.{reason}.bak" if n == 1 else f"{stamp}-{n}.{reason}.bak")
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            return target
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free backup name", str(where))


def _connect_read(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)


def _copy(source: sqlite3.Connection, target: Path, one_file: bool = True) -> None:
    """Copy with the backup API into `target` and verify the copy; `one_file`: no -wal beside it."""
    if not target.exists():
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    copy = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        if one_file:  # a new file: one fsync at the end instead of one per step (the copy before
            copy.execute("PRAGMA synchronous=OFF")  # a migration is taken under the write lock)
        source.backup(copy)
        if one_file:  # a backup is complete in itself, and opens read-only anywhere
            copy.execute("PRAGMA journal_mode=DELETE")
        verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
    if verdict != "ok":
        raise sqlite3.DatabaseError("the copy failed its integrity check")
    if one_file:
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def take(workspace: Path | str, reason: str, keep: int | None = KEEP) -> Path:
    """A verified copy of the workspace in its backups folder; then only the newest `keep` stay
    (None: none are deleted now).

    Reads through a connection of its own, so a caller may hold the write lock meanwhile (the
    copy before a migration). Raises WorkspaceError (disk full, read-only, damaged) or
    sqlite3.Error for what SQLite says about the source."""
    real = _real(workspace)
    where = folder(real)
    try:
        where.mkdir(mode=0o700, exist_ok=True)
        target = _reserve(where, reason)
    except OSError as error:
        raise from_os_error(error, where) from None
    try:
        source = sqlite3.connect(real, timeout=BUSY_TIMEOUT_S)
        try:
            _copy(source, target)
        finally:
            source.close()
    except BaseException as error:
        target.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise from_os_error(error, target) from None
        raise
    if keep is not None:
        prune(real, keep)
    return target


def daily(workspace: Path | str) -> Path | None:
    """The first backup of the day, when the workspace holds sessions; None when there is one already."""
    today = date.today()
    if any(taken.date() == today for _path, taken, _reason, _ours in _found(workspace)):
        return None
    return take(workspace, "daily")


def _found(workspace: Path | str) -> list[tuple[Path, datetime, str, bool]]:
    """(path, taken, reason, ours) for every backup file, newest first; only `ours` are rotated."""
    real = _real(workspace)
    found = []
    try:
        entries = list(os.scandir(folder(real)))
    except OSError:  # no backups yet, or a folder we may not read: nothing to list
        entries = []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match[1], _STAMP).replace(microsecond=int(match[2] or 1))
            found.append((Path(entry.path), taken, match[3], True))
    for path in real.parent.glob(f"{glob.escape(real.name)}.*.bak"):
        match = _LEGACY.match(path.name)
        if match:
            found.append((path, datetime.strptime(match[2], "%Y%m%d-%H%M%S"), match[1], False))
    return sorted(found, key=lambda f: f[1], reverse=True)


def prune(workspace: Path | str, keep: int = KEEP) -> None:
    """Delete all but the newest `keep` backups in the folder (older copies beside it stay)."""
    ours = [path for path, _taken, _reason, rotated in _found(workspace) if rotated]
    for path in ours[keep:]:
        path.unlink(missing_ok=True)


def sessions_in(path: Path) -> int | None:
    """How many sessions a backup holds; None when it is not a readable, intact workspace."""
    try:
        conn = _connect_read(path)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return None
            if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                return None
            return int(conn.execute("SELECT count(*) FROM session").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def listing(workspace: Path | str) -> list[Backup]:
    """Every backup of the workspace, newest first, with its session count."""
    return [Backup(path, taken, reason, sessions_in(path)) for path, taken, reason, _ in _found(workspace)]


def restore(backup: Path | str, workspace: Path | str) -> Path | None:
    """Put a backup in place of the workspace, after keeping the current file as a backup too.

    Returns that copy of the current file (None when there was none). A current file too damaged
    to copy through SQLite is moved into the backups folder as it is, with its -wal and -shm.
    No Facilitator window may have the workspace open (the caller holds its lock)."""
    backup, real = Path(backup), _real(workspace)
    if sessions_in(backup) is None:
        raise WorkspaceError(Problem.CORRUPT, backup)
    kept = None
    if real.exists() and real.stat().st_size > 0:
        try:
            kept = take(real, "before-restore", keep=None)  # pruned after: the backup to restore must stay
        except sqlite3.Error:
            kept = _move_aside(real)
    try:
        source = _connect_read(backup)
        try:
            _copy(source, real, one_file=False)  # through SQLite: a window elsewhere sees it whole
        finally:
            source.close()
    except OSError as error:
        raise from_os_error(error, real) from None
    prune(real)
    return kept


def _move_aside(real: Path) -> Path:
    """Keep a damaged workspace (and its -wal and -shm, which belong to it) as it is."""
    target = _reserve(folder(real), "damaged")
    os.replace(real, target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{real}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target
