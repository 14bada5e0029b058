"""Reading a session file from disk, safely: a pipe, a device or a huge file never hangs the app
or eats its memory. `read_session_text` returns the text for `session_file.loads`."""

from __future__ import annotations

import errno
import os
from enum import StrEnum
from pathlib import Path

from facilitator.domain.limits import MAX_FILE_BYTES
from facilitator.export.session_checks import InvalidSessionFile
from facilitator.storage.errors import file_kind

MEGABYTE = 1024 * 1024


class Unreadable(StrEnum):
    """Why a session file could not be read (the UI words it in the user's language)."""

    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
    NO_PERMISSION = "no_permission"
    TOO_BIG = "too_big"
    NOT_TEXT = "not_text"
    OTHER = "other"


_MESSAGES = {
    Unreadable.MISSING: "{path} does not exist; check the path",
    Unreadable.NOT_A_FILE: "{path} is a {detail}, not a file; give the path of a session file",
    Unreadable.NO_PERMISSION: "{path} cannot be read (permission denied); check its permissions",
    Unreadable.TOO_BIG: "{path} is {detail} MB, larger than the limit of {limit} MB for a session file; "
    "check that it is a session file",
    Unreadable.NOT_TEXT: "{path} is not a text file; expected a Facilitator session file (JSON)",
    Unreadable.OTHER: "{path} cannot be read ({detail}); check the file and the disk",
}


class UnreadableFile(InvalidSessionFile):
    """The file could not be read at all; `reason` says why, the message says it in one line."""

    def __init__(self, reason: Unreadable, path: Path, detail: str = ""):
        self.reason, self.path, self.detail = reason, path, detail
        limit = MAX_FILE_BYTES // MEGABYTE
        super().__init__(_MESSAGES[reason].format(path=path, detail=detail, limit=limit))


def read_session_text(path: Path) -> str:
    """The file's text. Looks before it reads: anything but a regular file is refused without
    opening it (a FIFO would block forever, /dev/zero never ends), and so is a file over
    MAX_FILE_BYTES; at most MAX_FILE_BYTES + 1 bytes are read, should it grow meanwhile."""
    try:
        found = os.stat(path)
        kind = file_kind(found.st_mode)
        if kind is not None:
            raise UnreadableFile(Unreadable.NOT_A_FILE, path, kind.value)
        _check_size(found.st_size, path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            kind = file_kind(os.fstat(fd).st_mode)
            if kind is not None:  # swapped for a pipe since we looked
                raise UnreadableFile(Unreadable.NOT_A_FILE, path, kind.value)
            data = _read_at_most(fd, MAX_FILE_BYTES + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise UnreadableFile(Unreadable.MISSING, path) from None
    except PermissionError:
        raise UnreadableFile(Unreadable.NO_PERMISSION, path) from None
    except OSError as error:
        if error.errno in (errno.ENOTDIR, errno.ENAMETOOLONG):
            raise UnreadableFile(Unreadable.MISSING, path) from None
        raise UnreadableFile(Unreadable.OTHER, path, error.strerror or str(error)) from None
    _check_size(len(data), path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableFile(Unreadable.NOT_TEXT, path) from None


def _check_size(size: int, path: Path) -> None:
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(Unreadable.TOO_BIG, path, f"{size / MEGABYTE:,.0f}")


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks, total = [], 0
    while total < limit:
        chunk = os.read(fd, min(limit - total, MEGABYTE))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
