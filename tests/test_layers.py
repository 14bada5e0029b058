"""The layers stay honest: the import-linter contracts in pyproject.toml hold, SQL only in
storage, network only in room/ (the participant server)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facilitator"


def lint_imports(*config: str) -> subprocess.CompletedProcess:
    script = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    command = [sys.executable, "-c", script, "--no-cache", *config]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_import_contracts_are_kept():
    """Domain and storage without Qt or anything above them, exports without screens, Qt only in
    the ui and the PDF writer: every import, including those inside functions."""
    result = lint_imports()
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def test_a_broken_contract_is_caught(tmp_path):
    """The check can fail: a config whose rule the code breaks (storage imports the domain)."""
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "facilitator"\n'
        '[[tool.importlinter.contracts]]\nname = "storage alone"\ntype = "forbidden"\n'
        'source_modules = ["facilitator.storage"]\nforbidden_modules = ["facilitator.domain"]\n'
    )
    result = lint_imports(str(config))
    assert result.returncode != 0
    assert "storage alone BROKEN" in result.stdout


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


@pytest.mark.parametrize("path", [p for p in modules("") if "storage" not in p.parts], ids=lambda p: p.name)
def test_only_storage_speaks_sql(path):
    assert not {"sqlite3", "sqlite_utils"} & {name.split(".")[0] for name in imports(path)}


NETWORK = {"socket", "urllib", "http", "requests", "ssl", "aiohttp", "PySide6.QtNetwork"}


@pytest.mark.parametrize("path", [p for p in modules("") if "room" not in p.parts], ids=lambda p: p.name)
def test_no_network_code_outside_the_participant_server(path):
    assert not NETWORK & ({name.split(".")[0] for name in imports(path)} | imports(path))
