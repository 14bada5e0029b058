"""One way to find files under resources/, from a source checkout and a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data next to the executable
    if frozen:
        return Path(frozen) / "resources"
    installed = Path(__file__).resolve().parent / "_resources"  # a non-editable pip install
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


ROOT = _root()


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("templates", "minutes.md.j2")."""
    return ROOT.joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
