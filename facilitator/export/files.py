"""Write export files so that a failure never leaves half a file or spoils a good one."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class ExportError(Exception):
    """An export failed for a reason the user can act on; the message says what and what to do."""


#: errno -> what it means for the user, and what to do about it.
_REASONS = {
    errno.ENOSPC: "the disk is full; free some space or choose another place",
    errno.EDQUOT: "your disk quota is used up; free some space or choose another place",
    errno.EROFS: "the disk is read-only; choose another place",
    errno.EACCES: "you have no permission to write there; choose another folder",
    errno.EPERM: "you have no permission to write there; choose another folder",
    errno.ENOENT: "the folder does not exist; choose an existing folder",
    errno.ENOTDIR: "part of the path is not a folder; choose an existing folder",
    errno.EISDIR: "a folder of that name exists; choose a file name",
    errno.ENAMETOOLONG: "the file name is too long; choose a shorter one",
}


#: Longest file name most file systems take, in bytes (ext4, APFS, NTFS in UTF-16 units).
_NAME_MAX = 255


def describe(path: Path, error: OSError) -> ExportError:
    """One clear sentence for an OS error while writing `path`."""
    reason = _REASONS.get(error.errno or 0) or f"{error.strerror or error}; choose another place"
    return ExportError(f"cannot write {path}: {reason}")


def write_atomic(path: Path | str, data: bytes | str) -> Path:
    """Write `data` (str as UTF-8) to `path` through a temporary file in the same folder.

    The temporary file is flushed to disk and then renamed over `path`, so readers see either
    the old file or the complete new one. A new file is readable by its owner only (0600); a
    replaced file keeps its mode; a symbolic link is followed and its target replaced, so the
    link stays a link. On failure the temporary file is removed, an existing file is untouched,
    and ExportError says what went wrong. Returns the absolute path written.
    """
    requested = Path(path).expanduser().absolute()
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        target = requested.resolve() if requested.is_symlink() else requested
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o600
        if len(target.name.encode("utf-8", "surrogateescape")) > _NAME_MAX:
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG))
        # mkstemp creates the file with mode 0600 and O_EXCL: no other user can read it meanwhile.
        # A short fixed prefix: a name close to the limit must not become too long as a temp name.
        fd, temp_name = tempfile.mkstemp(prefix=".facilitator-", suffix=".part", dir=target.parent)
    except OSError as error:
        raise describe(requested, error) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if hasattr(os, "chmod"):
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise describe(requested, error) from error
        raise
    _sync_folder(target.parent)
    return requested


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort, the data is already on disk."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
