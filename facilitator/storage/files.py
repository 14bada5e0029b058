"""The workspace file as a file: what it is before SQLite opens it, and what a failed open left."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from facilitator.storage.errors import Problem, WorkspaceError, file_kind, from_os_error

#: The first bytes of every SQLite file.
SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_path(path: Path) -> os.stat_result | None:
    """The workspace file's status, None if it does not exist yet. Refuses at once, without
    opening it, anything that is not a regular file (a FIFO would block the open forever) and a
    path inside a folder the user may not enter."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise WorkspaceError(Problem.NOT_FOUND, path) from None
    except OSError as error:
        raise from_os_error(error, path) from None
    kind = file_kind(found.st_mode)
    if kind is not None:
        raise WorkspaceError(Problem.NOT_A_FILE, path, kind.value)
    return found


#: A -shm file in use by a live connection is at least this big (SQLite's wal-index header and
#: first hash table); a smaller one is debris of an open that failed.
LIVE_SHM_BYTES = 32 * 1024


def remove_left_behind(created: Path | None, sidecars: list[Path]) -> None:
    """Remove what a failed open made: the new workspace file, and the -wal/-shm that SQLite
    made but (e.g. on a full disk) could not clean up. Only debris goes: a -wal with content, or
    a -shm the size of a live one (another process may have opened the workspace meanwhile), is
    left alone, since only SQLite may decide it is safe to drop."""

    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return 0

    wal = [p for p in sidecars if p.name.endswith("-wal")]
    shm = [p for p in sidecars if p.name.endswith("-shm")]
    if any(size(p) > 0 for p in wal) or any(size(p) >= LIVE_SHM_BYTES for p in shm):
        return
    for leftover in ([created] if created else []) + sidecars:
        with suppress(OSError):  # nothing more to do: the message about the real problem matters more
            leftover.unlink(missing_ok=True)
