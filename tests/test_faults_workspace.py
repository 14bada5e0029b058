"""Faults around the workspace file (issue 13): each gets its true cause in one line, exit 1, at
once, and the files stay as they were. A full disk is never called "damaged" (the user would
restore an old backup and lose newer work); a lock file that cannot be made is never blamed on
"another window"."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from facilitator.__main__ import main
from facilitator.storage.errors import Problem, WorkspaceError
from facilitator.storage.store import Store
from facilitator.ui.app import App
from tests.faults_env import (
    HANG,
    PYTHON,
    REPO,
    as_user,
    can_mount,
    cli_line,
    fill_script,
    in_namespace,
    one_line,
    unprivileged_folder,
)

FULL = "is full"
READ_ONLY_DISK = "on a read-only disk"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "facilitator", *args], capture_output=True, text=True, timeout=HANG)


def workspace(folder: Path, title: str = "kept") -> Path:
    path = folder / "ws.facilitator"
    store = Store(path)
    store.create_session(title)
    store.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def base():
    """A folder user nobody can reach, removed afterwards."""
    folder = unprivileged_folder()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# -- not a file: a pipe would block the open for ever ---------------------------------------


@pytest.mark.parametrize("command", ["list", "demo"])
def test_a_pipe_as_workspace_is_refused_at_once(tmp_path, command):
    pipe = tmp_path / "ws.facilitator"
    os.mkfifo(pipe)
    result = cli(command, "--db", str(pipe))  # before the fix: blocks until the timeout
    assert result.returncode == 1
    assert (
        one_line(result.stderr)
        == f"facilitator: {pipe} is a named pipe, not a file; choose a workspace file or a new file name"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws.facilitator"]


def test_a_device_as_workspace_is_refused(capsys):
    assert main(["list", "--db", os.devnull]) == 1
    assert "is a device, not a file" in capsys.readouterr().err


def test_a_pipe_as_workspace_is_refused_in_the_window(tmp_path):
    pipe = tmp_path / "ws.facilitator"
    os.mkfifo(pipe)
    env = {**os.environ, "PYTHONPATH": f"{os.environ.get('PYTHONPATH', '')}{os.pathsep}{REPO}"}
    window = subprocess.run(  # a subprocess: should the open block, the timeout ends it
        [PYTHON, "-m", "tests.faults_env", str(pipe)], capture_output=True, text=True, timeout=HANG, env=env
    )
    assert _told(window.stdout) == [
        "refused",
        f"{pipe} is a named pipe, not a file. Choose a workspace file or a new file name.",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws.facilitator"]  # the lock is gone again


# -- folders the user may not enter or write to ----------------------------------------------


def test_a_folder_the_user_may_not_enter_is_named(base):
    closed = base / "closed"
    (closed / "inner").mkdir(parents=True)
    path = workspace(closed / "inner")
    before = digest(path)
    closed.chmod(0o000)
    try:
        for command in ("list", "demo"):
            result = as_user([PYTHON, "-m", "facilitator", command, "--db", str(path)], home=base)
            assert result.returncode == 1, result.stderr  # was 70, "internal error (PermissionError)"
            assert one_line(result.stderr) == (
                f"facilitator: {path} is inside {closed}, a folder you may not open; "
                "ask for access or choose another place"
            )
        window = as_user([PYTHON, "-m", "tests.faults_env", str(path)], home=base)
        assert window.stdout.splitlines()[1:] == [
            f"{path} is inside {closed}, a folder you may not open. Ask for access or choose another place."
        ], window.stdout + window.stderr
    finally:
        closed.chmod(0o755)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["ws.facilitator"]


def test_a_read_only_folder_is_named_in_the_cli_and_the_window(base):
    folder = base / "shared"
    folder.mkdir()
    path = workspace(folder)
    path.chmod(0o666)  # the file itself may be written: only the folder is read-only
    before = digest(path)
    folder.chmod(0o555)
    try:
        result = as_user([PYTHON, "-m", "facilitator", "demo", "--db", str(path)], home=base)
        assert result.returncode == 1
        assert "in a folder you may not write to" in one_line(result.stderr)
        window = as_user([PYTHON, "-m", "tests.faults_env", str(path)], home=base)
        assert window.stdout.splitlines() == [
            "refused",
            f"{path} is in a folder you may not write to. "
            "Choose a folder you can write to, or change the folder's permissions.",
        ], window.stdout + window.stderr  # before: "open in another Facilitator window"
    finally:
        folder.chmod(0o755)
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["ws.facilitator"]


# -- a full disk and a read-only disk ----------------------------------------------------------


def _on_small_disk(tmp_path: Path, lines: list[str], read_only: bool = False) -> list[str]:
    """Mount a small tmpfs over tmp_path/disk (holding a workspace), full or read-only, run the
    lines there and return what they printed, one list per line run."""
    disk = tmp_path / "disk"
    script = fill_script(disk, read_only=read_only)
    for i, line in enumerate(lines):
        out = shlex.quote(str(tmp_path / f"out{i}"))
        script += f'rc=0; {line} > {out} 2>&1 || rc=$?; echo "rc=$rc" >> {out}\n'
    script += f"sha256sum {shlex.quote(str(disk / 'ws.facilitator'))} > {tmp_path / 'after'}\n"
    script += f"ls -A {shlex.quote(str(disk))} > {tmp_path / 'listing'}\n"
    result = in_namespace(script)
    assert result.returncode == 0, result.stderr
    return [(tmp_path / f"out{i}").read_text() for i in range(len(lines))]


def _window_line(path: Path) -> str:
    where = shlex.quote(f"{os.environ.get('PYTHONPATH', '')}{os.pathsep}{REPO}")
    return f"PYTHONPATH={where} {shlex.quote(PYTHON)} -m tests.faults_env {shlex.quote(str(path))}"


def _told(output: str) -> list[str]:
    """The window's answer: refused or opened, then each message (no exit code, no Qt chatter)."""
    return [line for line in output.strip().splitlines() if not line.startswith(("rc=", "QStandardPaths"))]


class _NoSpace:
    """statvfs of a full disk, for machines that cannot mount a tmpfs."""

    f_bavail, f_frsize, f_flag = 0, 4096, 0


def test_a_full_disk_is_called_full_not_damaged(qtbot, tmp_path, monkeypatch, capsys):
    disk = tmp_path / "disk"
    disk.mkdir()
    path = workspace(disk)
    before = digest(path)
    new = disk / "new.facilitator"
    if can_mount():
        outputs = _on_small_disk(
            tmp_path,
            [
                cli_line("list", "--db", str(path)),
                cli_line("demo", "--db", str(path)),
                cli_line("demo", "--db", str(new)),
                _window_line(path),
            ],
        )
        assert (tmp_path / "after").read_text().split()[0] == before
        assert sorted((tmp_path / "listing").read_text().split()) == ["filler", "ws.facilitator"]  # no -wal, -shm
    else:  # inject what SQLite reports on a full disk: an I/O error on its -shm file, and no space
        monkeypatch.setattr(os, "statvfs", lambda _p: _NoSpace())
        real_connect = sqlite3.connect

        def connect(*args, **kwargs):
            conn = real_connect(*args, **kwargs)
            conn.close()
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr("facilitator.storage.store.sqlite3.connect", connect)
        outputs = []
        for args in (["list", "--db", str(path)], ["demo", "--db", str(path)], ["demo", "--db", str(new)]):
            rc = main(args)
            outputs.append(capsys.readouterr().err + f"rc={rc}\n")
        outputs.append("refused\n" + _window_told(path, monkeypatch) + "\n")
        assert digest(path) == before
    for output in outputs[:3]:
        lines = output.strip().splitlines()
        assert lines[-1] == "rc=1", output
        assert len(lines) == 2 and FULL in lines[0] and "damaged" not in lines[0], output
    assert "free some space and open it again" in outputs[0]
    window = _told(outputs[3])
    assert window[0] == "refused" and "is full. Free some space and open it again." in window[1], outputs[3]
    assert not new.exists()


def test_a_read_only_disk_is_named_in_the_cli_and_the_window(qtbot, tmp_path, monkeypatch, capsys):
    disk = tmp_path / "disk"
    disk.mkdir()
    path = workspace(disk)
    if can_mount():
        outputs = _on_small_disk(tmp_path, [cli_line("demo", "--db", str(path)), _window_line(path)], read_only=True)
    else:

        class ReadOnly(_NoSpace):
            f_bavail, f_flag = 10**6, os.ST_RDONLY

        monkeypatch.setattr(os, "statvfs", lambda _p: ReadOnly())
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode))
        rc = main(["demo", "--db", str(path)])
        outputs = [capsys.readouterr().err + f"rc={rc}\n", "refused\n" + _window_told(path, monkeypatch)]
    cli_lines = outputs[0].strip().splitlines()
    assert cli_lines == [f"facilitator: {path} is on a read-only disk; copy it to a disk you can write to", "rc=1"]
    window = _told(outputs[1])
    assert window == ["refused", f"{path} is on a read-only disk. Copy it to a disk you can write to."]


def _window_told(path: Path, monkeypatch) -> str:
    """What the window tells when its lock file cannot be made (Qt's lock is C++: the injected
    OS state cannot reach it, so the lock is made to fail the way Qt reports it)."""

    class Refused(QLockFile):
        def tryLock(self, _timeout=0):
            return False

        def error(self):
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr("facilitator.ui.app.QLockFile", Refused)
    told: list[str] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(f"facilitator.ui.app.QMessageBox.{kind}", lambda _p, _t, text, *a: told.append(text))
    application = App(QApplication.instance(), "en")
    try:
        assert not application.open_workspace(path)
    finally:
        application.release()
        application.window.deleteLater()
    return "\n".join(told)


def test_another_window_is_still_named_when_the_folder_is_fine(app, tmp_path):
    path = workspace(tmp_path)
    other = QLockFile(f"{path}.lock")
    assert other.tryLock(0)
    try:
        assert not app.open_workspace(path)
        assert "open in another Facilitator window" in app.messages[-1]
    finally:
        other.unlock()


def test_os_errors_map_to_their_cause(tmp_path):
    from facilitator.storage.errors import from_os_error

    path = tmp_path / "ws.facilitator"
    assert from_os_error(OSError(28, "No space left on device"), path).problem == Problem.DISK_FULL
    assert from_os_error(OSError(30, "Read-only file system"), path).problem == Problem.READ_ONLY_DISK
    assert str(WorkspaceError(Problem.DISK_FULL, path)).startswith(f"the disk holding {path} is full")


def test_a_data_folder_the_user_may_not_open_is_one_line_not_an_internal_error(base):
    closed = base / "closed"
    (closed / "data").mkdir(parents=True)
    closed.chmod(0o000)
    try:  # no --db: the default workspace lives in the data folder, and so does the log
        result = as_user([PYTHON, "-m", "facilitator", "list"], home=base, data=closed / "data")
    finally:
        closed.chmod(0o755)
    assert result.returncode == 1, result.stderr  # was a traceback: even the log could not be written
    assert one_line(result.stderr) == (
        f"facilitator: {closed / 'data' / 'Facilitator'} cannot be used: permission denied; "
        "check the permissions of it and its folders"
    )


def test_the_new_causes_are_worded_in_german(qtbot, tmp_path):
    from facilitator.ui import i18n
    from facilitator.ui.problems import describe

    path = tmp_path / "kunde.facilitator"
    i18n.install("de")
    try:
        assert describe(WorkspaceError(Problem.NOT_A_FILE, path, "named pipe")).startswith(
            f"{path} ist eine benannte Pipe, keine Datei."
        )
        assert "schreibgeschützten Datenträger" in describe(WorkspaceError(Problem.READ_ONLY_DISK, path))
        assert "ohne Schreibrecht" in describe(WorkspaceError(Problem.READ_ONLY_FOLDER, path))
        assert f"in {tmp_path}, einem Ordner ohne Zugriffsrecht" in describe(
            WorkspaceError(Problem.NO_ACCESS, path, str(tmp_path))
        )
    finally:
        i18n.install("en")


def test_a_failed_open_removes_only_debris(tmp_path):
    from facilitator.storage.files import LIVE_SHM_BYTES, remove_left_behind

    wal, shm = tmp_path / "ws.facilitator-wal", tmp_path / "ws.facilitator-shm"
    wal.write_bytes(b"")
    shm.write_bytes(b"\0" * LIVE_SHM_BYTES)  # as big as a live connection's: someone else's, keep it
    remove_left_behind(None, [wal, shm])
    assert wal.exists() and shm.exists()
    shm.write_bytes(b"\0\0\0")  # what a full disk leaves
    remove_left_behind(None, [wal, shm])
    assert not wal.exists() and not shm.exists()
