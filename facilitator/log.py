"""A private log for bugs and damaged data. It never holds user content: ids and field names only.

An exception's message may quote anything: SQLite quotes text it cannot decode, a ValueError
quotes the value it refused, an OSError names a file called after the session's title. So the
log keeps the exception's type, a few content-free codes (errno, SQLite's error name) and where
in our code it happened (file, line, function), and leaves the message out.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import traceback
from datetime import datetime
from pathlib import Path


def log_file() -> Path:
    from facilitator.paths import data_dir

    return data_dir() / "facilitator.log"


def _write(text: str) -> Path:
    path = log_file()
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        f.write(f"--- {datetime.now().isoformat(timespec='seconds')} {text}")
    return path


def log_exception(error: BaseException, context: str = "") -> Path:
    """A bug with where it happened; `context` names what was being done (ids only)."""
    return _write(f"{context.lstrip(' ')}\n{describe(error)}")


def log_event(message: str) -> Path:
    """One line, e.g. 'damaged value: session 3, statement 12: kind'. The caller passes ids only."""
    return _write(f"{message}\n")


def describe(error: BaseException) -> str:
    """The traceback as Python prints it, but each exception's message replaced by its codes."""
    chain = []
    current: BaseException | None = error
    while current is not None and all(current is not e for e in chain):  # causes may form a cycle
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts = []
    for each in reversed(chain):  # the first cause first, as Python prints it
        frames = "".join(traceback.format_list(traceback.extract_tb(each.__traceback__)))
        parts.append(f"Traceback (most recent call last):\n{frames}{_kind(each)}\n")
    return "\nwhich led to:\n\n".join(parts)


def _kind(error: BaseException) -> str:
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    codes = []
    if isinstance(error, OSError) and error.errno:
        codes.append(errno.errorcode.get(error.errno, str(error.errno)))
    if isinstance(getattr(error, "sqlite_errorname", None), str):  # sqlite3.Error: e.g. SQLITE_CORRUPT
        codes.append(error.sqlite_errorname)  # type: ignore[attr-defined]
    return f"{name} ({', '.join(codes)})" if codes else name


class _Handler(logging.Handler):
    """Python logging (ours and aiohttp's) into the same file, on the same terms: a record keeps
    its fixed message template; arguments are filled in only when they are all numbers."""

    def emit(self, record: logging.LogRecord) -> None:
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        args = record.args if isinstance(record.args, tuple) else ()
        if args and all(isinstance(a, int | float) and not isinstance(a, bool) for a in args):
            with contextlib.suppress(TypeError, ValueError):
                template %= args
        text = f"{record.levelname} {record.name}: {template}\n"
        if record.exc_info and record.exc_info[1] is not None:
            text += describe(record.exc_info[1])
        with contextlib.suppress(OSError):  # a log that cannot be written must not break the app
            _write(text)


_installed = False


def install() -> None:
    """Send warnings of our modules and of the room's web server to the log file (once)."""
    global _installed
    if _installed:
        return
    _installed = True
    handler = _Handler(logging.WARNING)
    for name in ("facilitator", "aiohttp"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.propagate = False  # not also to stderr: a record's text may quote user content
