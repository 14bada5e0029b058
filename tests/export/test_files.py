"""Atomic writes: the old file survives every failure, and no half file is left behind."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from facilitator.export import files
from facilitator.export.files import ExportError, write_atomic


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_bytes_and_text(tmp_path):
    write_atomic(tmp_path / "a.bin", b"\x00\x01")
    write_atomic(tmp_path / "b.md", "Grüße – z.\u00a0B.")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "Grüße – z.\u00a0B."
    assert _leftovers(tmp_path) == []


def test_a_new_file_is_private(tmp_path):
    target = write_atomic(tmp_path / "new.md", "x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_replacing_a_file_keeps_its_mode(tmp_path):
    """The user made it readable for others on purpose (a shared folder): exporting again keeps that."""
    target = tmp_path / "minutes.md"
    target.write_text("old")
    target.chmod(0o644)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 and target.read_text() == "new"


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "shared" / "minutes.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    assert write_atomic(link, "new") == link
    assert link.is_symlink() and real.read_text() == "new"


def test_a_file_name_over_255_bytes_gets_a_clear_message(tmp_path):
    with pytest.raises(ExportError, match="the file name is too long"):
        write_atomic(tmp_path / ("ä" * 130 + ".md"), "x")
    assert _leftovers(tmp_path) == []


def test_a_name_just_under_the_limit_is_written(tmp_path):
    """The temporary name must not be what makes a long but valid name fail."""
    target = write_atomic(tmp_path / ("a" * 252 + ".md"), "x")
    assert target.read_text() == "x"


def test_replaces_an_existing_file(tmp_path):
    target = tmp_path / "x.csv"
    target.write_text("old")
    assert write_atomic(target, "new") == target
    assert target.read_text() == "new"


@pytest.mark.parametrize("step", ["fsync", "replace", "write"])
def test_failure_leaves_old_file_and_no_temp(tmp_path, monkeypatch, step):
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"good old file")

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if step == "write":
        monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: _FullDisk(fd))
    else:
        monkeypatch.setattr(files.os, step, disk_full)
    with pytest.raises(ExportError) as caught:
        write_atomic(target, b"new content" * 1000)
    assert str(caught.value) == f"cannot write {target}: the disk is full; free some space or choose another place"
    assert target.read_bytes() == b"good old file"
    assert _leftovers(tmp_path) == []


class _FullDisk:
    def __init__(self, fd):
        self.fd = fd

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        os.close(self.fd)

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_unwritable_folder_gets_a_clear_message(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(ExportError, match="you have no permission to write there; choose another folder"):
        write_atomic(tmp_path / "a.md", "x")


def test_missing_folder(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_atomic(tmp_path / "nope" / "a.md", "x")
    assert "the folder does not exist; choose an existing folder" in str(caught.value)


def test_target_is_a_folder(tmp_path):
    with pytest.raises(ExportError, match="a folder of that name exists; choose a file name"):
        write_atomic(tmp_path, "x")


def test_parent_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="part of the path is not a folder"):
        write_atomic(tmp_path / "file" / "a.md", "x")


def test_interrupt_removes_the_temporary_file(tmp_path, monkeypatch):
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.md", "x")
    assert list(tmp_path.iterdir()) == []
