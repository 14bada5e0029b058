"""One window per workspace file, with a lock that never traps the user. No Qt.

Two small lock files, each held with an OS lock (flock) while a window has the workspace open:
- `<resolved path>.lock` beside the workspace: the same file through every symlink, and seen by
  other computers on a shared or synced folder. It records host, pid and time, so a window
  elsewhere can say who opened the workspace and when.
- `<data folder>/locks/<device>-<inode>.lock`: the same file through a hard link.

Why an OS lock and not only a pid in a file: the kernel drops it when the process ends, so a
crash leaves nothing that traps the user and a reused pid cannot keep a dead lock alive. When
the OS lock is free, nobody on this computer has the workspace open; what the file says then
(another computer, a crashed window, garbage) is only offered to the user for take-over.
"""

from __future__ import annotations

import json
import os
import platform
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_APP = "facilitator"


def _host() -> str:
    """This computer's name (platform.node() is the host name, without importing network code)."""
    return platform.node()


@dataclass(frozen=True)
class Holder:
    """Who has the workspace open, as far as its lock file tells ("" host: unreadable or garbled)."""

    host: str = ""
    pid: int = 0
    since: datetime | None = None
    live: bool = False  # a running window on this computer: it is never taken over

    @property
    def here(self) -> bool:
        return self.host == _host()


def _os_lock(fd: int) -> bool:
    """Try the OS lock without waiting; False when another open file holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except BlockingIOError:
        return False
    except OSError as error:
        if error.errno in (11, 13, 35):  # EAGAIN, EACCES (Windows), EWOULDBLOCK (macOS)
            return False
        raise  # e.g. a file system without locks: say so rather than pretend to hold it
    return True


def _parse(text: str, mtime: float | None) -> Holder:
    """Our JSON record, or an older version's QLockFile (pid, app, host); anything else: unreadable."""
    since = datetime.fromtimestamp(mtime, UTC) if mtime else None
    try:
        record = json.loads(text)
        return Holder(str(record["host"]), int(record["pid"]), datetime.fromisoformat(record["since"]))
    except (ValueError, KeyError, TypeError):
        pass
    lines = text.splitlines()
    if len(lines) >= 3 and lines[0].strip().isdigit() and lines[2].strip():
        return Holder(lines[2].strip(), int(lines[0]), since)
    return Holder(since=since)


def _record() -> bytes:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    return json.dumps({"app": _APP, "host": _host(), "pid": os.getpid(), "since": now}).encode()


class _Held:
    """One lock file held open with its OS lock."""

    def __init__(self, path: Path, fd: int):
        self.path, self.fd = path, fd

    def read(self) -> Holder:
        data = os.pread(self.fd, 64 * 1024, 0)
        return _parse(data.decode("utf-8", "replace"), os.fstat(self.fd).st_mtime)

    def write(self) -> None:
        data = _record()
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, data, 0)

    def other_holder(self) -> Holder | None:
        """None once we hold the OS lock; otherwise the live holder, and this file is let go."""
        if _os_lock(self.fd):
            return None
        holder = self.read()
        self.drop(remove=False)
        return replace(holder, live=True)

    def drop(self, remove: bool) -> None:
        if remove:  # while still holding it: nobody can take a file that is about to vanish
            with suppress(OSError):  # e.g. the folder became read-only: the next open offers a take-over
                self.path.unlink(missing_ok=True)
        os.close(self.fd)


def _open(path: Path, take_over: bool) -> tuple[int, bool] | None:
    """Open a lock file for reading and writing: (fd, created). None when it cannot be read and
    may not be replaced. A file that vanished or was replaced while we locked it is opened again."""
    for _attempt in range(5):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            created = True
        except FileExistsError:
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                continue
            except PermissionError:
                if not take_over:
                    return None
                path.unlink()  # another user's or a chmod-ed lock: replace it
                continue
            created = False
        if os.name == "posix":
            with suppress(OSError):  # not our file: we still may use it
                os.fchmod(fd, 0o600)
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd, created
        os.close(fd)
    raise OSError(f"the lock file {path} keeps changing")


class WorkspaceLock:
    """The lock of one workspace file; `acquire` it before opening the workspace, `release` after."""

    def __init__(self, workspace: Path | str, registry: Path | None = None):
        self.workspace = Path(os.path.realpath(Path(workspace).expanduser()))
        self.path = Path(f"{self.workspace}.lock")
        self._registry = registry
        self._beside: _Held | None = None
        self._identity: _Held | None = None

    @property
    def held(self) -> bool:
        return self._beside is not None

    def registry(self) -> Path:
        if self._registry is None:
            from facilitator.paths import data_dir

            self._registry = data_dir() / "locks"
        self._registry.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self._registry

    def is_same_file(self, other: Path | str) -> bool:
        """Whether `other` names the workspace this lock is for (a symlink or hard link counts)."""
        target = Path(os.path.realpath(Path(other).expanduser()))
        if target == self.workspace:
            return True
        try:
            return os.path.samefile(target, self.workspace)
        except OSError:
            return False

    def acquire(self, take_over: bool = False) -> Holder | None:
        """Hold the lock: None when it is ours now, otherwise who has the workspace. A holder that
        is not live (another computer, a window that ended, an unreadable file) is replaced only
        with `take_over`. OSError when the lock file cannot be made (read-only folder, full disk)."""
        self.release()
        try:
            holder = self._claim_beside(take_over) or self.pin()
            if holder is not None:
                self.release()
                return holder
            assert self._beside is not None
            self._beside.write()
        except BaseException:
            self.release()
            raise
        return None

    def pin(self) -> Holder | None:
        """Hold the workspace's device and inode too (call again once a new file exists): None when
        held, or the live holder that has the same file open through another name."""
        try:
            info = os.stat(self.workspace)
            path = self.registry() / f"{info.st_dev}-{info.st_ino}.lock"
            if self._identity is not None and self._identity.path == path:
                return None
            opened = _open(path, take_over=True)
        except OSError:  # not created yet, or no data folder: the lock beside it still holds
            return None
        assert opened is not None
        held = _Held(path, opened[0])
        holder = held.other_holder()
        if holder is not None:
            return holder
        held.write()
        if self._identity is not None:
            self._identity.drop(remove=True)
        self._identity = held
        return None

    def _claim_beside(self, take_over: bool) -> Holder | None:
        self.workspace.parent.mkdir(parents=True, exist_ok=True)
        opened = _open(self.path, take_over)
        if opened is None:  # unreadable: stale, offered for take-over
            try:
                mtime = os.stat(self.path).st_mtime
            except OSError:
                mtime = None
            return _parse("", mtime)
        held = _Held(self.path, opened[0])
        live = held.other_holder()
        if live is not None:
            return live
        if not opened[1] and not take_over:  # left behind: by another computer, a crash, garbage
            holder = held.read()
            held.drop(remove=False)
            return holder
        self._beside = held
        return None

    def release(self) -> None:
        """Let go of the workspace; the lock files go with it."""
        for held in (self._identity, self._beside):
            if held is not None:
                held.drop(remove=True)
        self._identity = self._beside = None
