"""Bugs go to a private log file with their traceback; users see one line."""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path


def log_file() -> Path:
    from facilitator.paths import data_dir

    return data_dir() / "facilitator.log"


def log_exception(error: BaseException) -> Path:
    path = log_file()
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        f.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
        f.write("".join(traceback.format_exception(error)))
    return path
