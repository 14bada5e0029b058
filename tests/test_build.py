"""The standalone build (build.spec) starts, knows its version and lays the demo from its bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_one_folder_build_runs(tmp_path):
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    exe = tmp_path / "dist" / "facilitator" / ("facilitator.exe" if sys.platform == "win32" else "facilitator")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.startswith("facilitator ")
    db = tmp_path / "w.facilitator"
    demo = subprocess.run([exe, "demo", "--db", db, "--lang", "de"], capture_output=True, text=True, timeout=60)
    assert demo.returncode == 0, demo.stderr
    listed = subprocess.run([exe, "list", "--db", db], capture_output=True, text=True, timeout=60)
    assert "Vertrieb" in listed.stdout


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
