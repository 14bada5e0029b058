"""The workspace lock: one window per file, by identity, and never a trap (below the GUI)."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import workspace_lock
from facilitator.workspace_lock import WorkspaceLock
from tests.faults_env import lock_files_on_a_full_disk


@pytest.fixture
def registry(tmp_path) -> Path:
    return tmp_path / "registry"


@pytest.fixture
def workspace(tmp_path) -> Path:
    path = tmp_path / "team.facilitator"
    path.write_bytes(b"SQLite format 3\x00")
    return path


def test_the_lock_records_host_pid_and_time_owner_only(workspace, registry):
    lock = WorkspaceLock(workspace, registry)
    assert lock.acquire() is None
    record = json.loads(Path(f"{workspace}.lock").read_text())
    assert record["host"] == socket.gethostname() and record["pid"] == os.getpid() and record["since"]
    assert stat.S_IMODE(Path(f"{workspace}.lock").stat().st_mode) == 0o600
    lock.release()
    assert not Path(f"{workspace}.lock").exists()  # a clean close leaves nothing to offer


def test_a_live_window_keeps_the_workspace_even_against_take_over(workspace, registry):
    first = WorkspaceLock(workspace, registry)
    assert first.acquire() is None
    second = WorkspaceLock(workspace, registry)
    holder = second.acquire(take_over=True)
    assert holder is not None and holder.live and holder.here and holder.pid == os.getpid()
    first.release()
    assert second.acquire() is None  # once the first window closes, the second opens at once
    second.release()


@pytest.mark.parametrize("alias", ["symlink", "hardlink"])
def test_the_same_file_under_another_name_is_seen_as_open(workspace, registry, alias):
    other = workspace.parent / "elsewhere" / "alias.facilitator"
    other.parent.mkdir()
    if alias == "symlink":
        other.symlink_to(workspace)
    else:
        os.link(workspace, other)
    first = WorkspaceLock(workspace, registry)
    assert first.acquire() is None
    holder = WorkspaceLock(other, registry).acquire(take_over=True)
    assert holder is not None and holder.live
    assert first.is_same_file(other)
    first.release()


def test_a_workspace_created_after_locking_is_held_by_identity_once_pinned(tmp_path, registry):
    path = tmp_path / "new.facilitator"
    lock = WorkspaceLock(path, registry)
    assert lock.acquire() is None
    path.write_bytes(b"now it exists")
    assert lock.pin() is None
    os.link(path, tmp_path / "link.facilitator")
    holder = WorkspaceLock(tmp_path / "link.facilitator", registry).acquire()
    assert holder is not None and holder.live
    lock.release()


def _leave_lock(workspace: Path, text: str | bytes) -> None:
    data = text.encode() if isinstance(text, str) else text
    Path(f"{workspace}.lock").write_bytes(data)


def test_a_lock_from_another_computer_is_offered_and_can_be_taken_over(workspace, registry):
    _leave_lock(workspace, json.dumps({"host": "meeting-room-pc", "pid": 4242, "since": "2026-11-20T09:15:00+00:00"}))
    lock = WorkspaceLock(workspace, registry)
    holder = lock.acquire()
    assert holder is not None and not holder.live and holder.host == "meeting-room-pc" and not holder.here
    assert holder.since is not None and holder.since.hour == 9
    assert not lock.held
    assert lock.acquire(take_over=True) is None
    assert json.loads(Path(f"{workspace}.lock").read_text())["host"] == socket.gethostname()
    lock.release()


@pytest.mark.parametrize("left", [b"", b"\x00\xff garbage \x13", b'{"host": 3', b"12\n"])
def test_an_empty_or_garbled_lock_is_offered_as_stale(workspace, registry, left):
    _leave_lock(workspace, left)
    lock = WorkspaceLock(workspace, registry)
    holder = lock.acquire()
    assert holder is not None and not holder.live and holder.host == ""
    assert holder.since is not None  # the file's time stands in
    assert lock.acquire(take_over=True) is None
    lock.release()


def test_an_unreadable_lock_is_offered_as_stale_and_replaced(workspace, registry, monkeypatch):
    _leave_lock(workspace, "not yours")
    real_open = os.open

    def refuse(path, flags, *args):  # as another user's 0600 file would (root reads anything)
        if str(path).endswith(".lock") and not flags & os.O_EXCL and Path(path).read_text() == "not yours":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(workspace_lock.os, "open", refuse)
    lock = WorkspaceLock(workspace, registry)
    holder = lock.acquire()
    assert holder is not None and not holder.live and holder.host == ""
    assert lock.acquire(take_over=True) is None
    assert json.loads(Path(f"{workspace}.lock").read_text())["pid"] == os.getpid()
    lock.release()


def test_an_older_versions_lock_file_is_read(workspace, registry):
    _leave_lock(workspace, "777\nFacilitator\nold-laptop\n")
    holder = WorkspaceLock(workspace, registry).acquire()
    assert holder is not None and (holder.host, holder.pid, holder.live) == ("old-laptop", 777, False)


CHILD = """
import sys
from pathlib import Path
from facilitator.workspace_lock import WorkspaceLock
lock = WorkspaceLock(sys.argv[1], Path(sys.argv[2]))
print("held" if lock.acquire() is None else "refused", flush=True)
sys.stdin.read()
"""


def test_a_window_in_another_process_is_live_until_it_dies(workspace, registry):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workspace), str(registry)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "held"
        holder = WorkspaceLock(workspace, registry).acquire(take_over=True)
        assert holder is not None and holder.live and holder.pid == child.pid
    finally:
        child.send_signal(signal.SIGKILL)  # a crash: no clean release
        child.wait()
    assert Path(f"{workspace}.lock").exists()
    lock = WorkspaceLock(workspace, registry)
    holder = lock.acquire()
    assert holder is not None and not holder.live and holder.here and holder.pid == child.pid
    assert lock.acquire(take_over=True) is None
    lock.release()


def test_a_lock_that_cannot_be_made_is_an_os_error_and_holds_nothing(workspace, registry, monkeypatch):
    lock_files_on_a_full_disk(monkeypatch)
    lock = WorkspaceLock(workspace, registry)
    with pytest.raises(OSError) as caught:
        lock.acquire()
    assert caught.value.errno == 28 and not lock.held
