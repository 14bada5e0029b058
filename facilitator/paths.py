"""Where workspaces live by default: the user's data folder, owner-only."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("Facilitator", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def default_workspace() -> Path:
    return data_dir() / "workspace.facilitator"


def demo_workspace() -> Path:
    return data_dir() / "demo.facilitator"
