"""The layers stay honest: no Qt in the domain or storage, SQL only in storage, network only in room/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator"


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py")) if folder else sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", modules("domain") + modules("storage"), ids=lambda p: p.name)
def test_domain_and_storage_have_no_qt(path):
    assert not any(name.startswith("PySide6") for name in imports(path))


@pytest.mark.parametrize("path", [p for p in modules("") if "storage" not in p.parts], ids=lambda p: p.name)
def test_only_storage_speaks_sql(path):
    assert not {"sqlite3", "sqlite_utils"} & {name.split(".")[0] for name in imports(path)}


NETWORK = {"socket", "urllib", "http", "requests", "ssl", "aiohttp", "PySide6.QtNetwork"}


@pytest.mark.parametrize("path", [p for p in modules("") if "room" not in p.parts], ids=lambda p: p.name)
def test_no_network_code_outside_the_participant_server(path):
    assert not NETWORK & ({name.split(".")[0] for name in imports(path)} | imports(path))


@pytest.mark.parametrize("path", modules("room"), ids=lambda p: p.name)
def test_the_participant_server_has_no_qt(path):
    assert not any(name.startswith("PySide6") for name in imports(path))
