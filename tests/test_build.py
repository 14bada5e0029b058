"""The standalone build (build.spec) starts, knows its version and lays the demo from its bundle."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    """The lines of the README's ```sh blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def test_ci_runs_the_readme_test_command_verbatim():
    [test_command] = [c for c in readme_commands() if "pytest" in c]
    assert test_command.startswith("python3 -m venv .venv && ")  # works where pip install is refused
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert [line for line in script if line and not line.startswith("#")][-1] == test_command


def test_readme_build_command_can_run_twice():
    """Without --noconfirm, PyInstaller asks before replacing dist/ and fails the second time."""
    [build_command] = [c for c in readme_commands() if "pyinstaller" in c]
    assert build_command.endswith("pyinstaller --noconfirm build.spec")


@pytest.mark.slow
def test_one_folder_build_runs_and_builds_again(tmp_path):
    """What the README's build command does, twice over the same folders, as a user rebuilding."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp_path / "dist")]
    command += ["--workpath", str(tmp_path / "work"), str(ROOT / "build.spec")]
    for _ in range(2):
        build = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL)
        assert build.returncode == 0, build.stderr[-2000:]
    # build.spec lists no module by hand: the analysis must have found every one of ours,
    # including those imported inside functions (the stage pages, the CLI's commands).
    bundled = (tmp_path / "work" / "build" / "PYZ-00.toc").read_text(encoding="utf-8")
    for module in (ROOT / "facilitator").rglob("*.py"):
        name = ".".join(module.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        assert name.endswith("__main__") or f"'{name}'" in bundled, f"{name} is missing from the build"
    exe = tmp_path / "dist" / "facilitator" / ("facilitator.exe" if sys.platform == "win32" else "facilitator")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.startswith("facilitator ")
    db = tmp_path / "w.facilitator"
    demo = subprocess.run([exe, "demo", "--db", db, "--lang", "de"], capture_output=True, text=True, timeout=60)
    assert demo.returncode == 0, demo.stderr
    listed = subprocess.run([exe, "list", "--db", db], capture_output=True, text=True, timeout=60)
    assert "Vertrieb" in listed.stdout


@pytest.mark.slow
def test_wheel_carries_every_resource_and_package(tmp_path):
    """`pip install .` (not editable) must find templates, rules and translations too."""
    import zipfile

    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = ROOT / "resources"
    for path in resources.rglob("*"):
        if path.is_file() and "screenshots" not in path.parts:
            assert f"facilitator/_resources/{path.relative_to(resources).as_posix()}" in names, path
    for module in (ROOT / "facilitator").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names, module
