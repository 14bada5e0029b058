"""Hostile surroundings for the fault tests, made for real where the machine allows it.

- A small full disk and a read-only disk: a tmpfs mounted in a private mount namespace
  (`unshare -rm`: root inside it, nothing changes outside), with the command run in there.
- A folder the user may not enter or write to: `chmod`, and when the tests run as root (who
  may enter anything) the command runs as user nobody (`setpriv`).
Where neither is possible the tests inject the same OS error at the file layer instead.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PYTHON = sys.executable
REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534
#: Generous: the point is that nothing hangs for ever; the answers themselves take well under 2 s.
HANG = 20


@functools.cache
def can_mount() -> bool:
    """Whether a tmpfs can be mounted in a private namespace here."""
    if not shutil.which("unshare"):
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = f"mount -t tmpfs -o size=64k tmpfs {shlex.quote(folder)}"
        result = subprocess.run(["unshare", "-rm", "sh", "-c", probe], capture_output=True, timeout=HANG)
    return result.returncode == 0


def in_namespace(script: str) -> subprocess.CompletedProcess:
    """Run a shell script in a private mount namespace, where it may mount and fill a tmpfs."""
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", "set -e\n" + script], capture_output=True, text=True, timeout=HANG
    )


def fill_script(folder: Path, size: str = "2m", read_only: bool = False) -> str:
    """Mount a small tmpfs on `folder` with the current contents copied in, then fill it or make
    it read-only."""
    q = shlex.quote(str(folder))
    stash = shlex.quote(str(folder) + ".stash")
    lines = [
        f"mkdir -p {stash} && cp -a {q}/. {stash}/",
        f"mount -t tmpfs -o size={size} tmpfs {q}",
        f"cp -a {stash}/. {q}/",
    ]
    if read_only:
        lines.append(f"mount -o remount,ro {q}")
    else:
        lines.append(f"dd if=/dev/zero of={q}/filler bs=4k 2>/dev/null || true")
    return "\n".join(lines) + "\n"


def cli_line(*args: str) -> str:
    """A shell line that runs the CLI and records its exit code and stderr beside nothing it checks."""
    return " ".join(shlex.quote(a) for a in (PYTHON, "-m", "facilitator", *args))


def unprivileged_folder() -> Path:
    """A fresh folder that user nobody can reach (pytest's tmp_path is private to its user)."""
    folder = Path(tempfile.mkdtemp(prefix="facilitator-faults-"))
    folder.chmod(0o777)
    return folder


def as_user(command: list[str], home: Path, data: Path | None = None) -> subprocess.CompletedProcess:
    """Run a command as an ordinary user: this one, or nobody when the tests run as root."""
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data or home), "XDG_CONFIG_HOME": str(home)}
    env["PYTHONPATH"] = f"{os.environ.get('PYTHONPATH', '')}{os.pathsep}{REPO}"  # for tests.faults_env
    if os.geteuid() == 0:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=HANG, env=env)


def one_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.strip().splitlines() if not line.startswith("QStandardPaths")]
    assert len(lines) == 1, stderr
    return lines[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a folder with its bytes: 'the files untouched' is this, equal before and after."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def open_in_window(path: str) -> None:
    """Open a workspace in the app's window, headless, and print what the user was told (one line
    per message box). Run as `python -m tests.faults_env PATH` inside a namespace or as nobody."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import facilitator.ui.app as app_module

    told: list[str] = []
    for kind in ("warning", "critical"):
        setattr(app_module.QMessageBox, kind, staticmethod(lambda _parent, _title, text, *_a: told.append(text)))
    qapp = QApplication([])
    app = app_module.App(qapp, "en")
    opened = app.open_workspace(Path(path))
    app.release()
    print("opened" if opened else "refused")
    for text in told:
        print(text)


if __name__ == "__main__":
    open_in_window(sys.argv[1])


def lock_files_on_a_full_disk(monkeypatch) -> None:
    """Making a workspace's lock file fails as on a full disk; every other file opens as usual."""
    from facilitator import workspace_lock

    real_open = os.open

    def full(path, flags, *args):
        if str(path).endswith(".lock"):
            raise OSError(28, "No space left on device")
        return real_open(path, flags, *args)

    monkeypatch.setattr(workspace_lock.os, "open", full)
