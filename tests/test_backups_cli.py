"""`facilitator backups` and `facilitator restore`: what a user types when a workspace goes wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.storage import backups
from facilitator.storage.store import Store
from facilitator.workspace_lock import WorkspaceLock


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ws.facilitator"
    store = Store(path)
    store.create_session("Pipeline review")
    store.backup()
    store.create_session("Typed later")
    store.close()
    return path


def one_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    return err[0]


def test_backups_are_listed_with_date_session_count_and_file(db, capsys):
    assert main(["backups", "--db", str(db)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    [backup] = backups.listing(db)
    assert line.startswith(f"{backup.taken:%Y-%m-%d %H:%M}") and "1 session " in line
    assert line.endswith(str(backup.path)) and Path(line.split()[-1]).is_file()


def test_restore_puts_the_backup_back_and_says_where_the_previous_file_is(db, capsys):
    [backup] = backups.listing(db)
    assert main(["restore", str(backup.path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and ".before-restore.bak" in out
    assert [s.title for s in Store(db).sessions()] == ["Pipeline review"]
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert [r["title"] for r in json.loads(capsys.readouterr().out)] == ["Pipeline review"]


def test_restore_waits_for_a_window_that_has_the_workspace_open(db, capsys):
    [backup] = backups.listing(db)
    window = WorkspaceLock(db)
    assert window.acquire() is None
    try:
        assert main(["restore", str(backup.path), "--db", str(db)]) == 1
        assert "open in a Facilitator window" in one_line(capsys)
    finally:
        window.release()
    assert sorted(s.title for s in Store(db).sessions()) == ["Pipeline review", "Typed later"]


def test_restore_over_another_computers_lock_needs_force(db, capsys):
    [backup] = backups.listing(db)
    Path(f"{db}.lock").write_text(json.dumps({"host": "laptop-7", "pid": 1, "since": "2026-11-01T08:00:00+00:00"}))
    assert main(["restore", str(backup.path), "--db", str(db)]) == 1
    assert "laptop-7" in one_line(capsys)
    assert main(["restore", str(backup.path), "--db", str(db), "--force"]) == 0


def test_restoring_something_that_is_not_a_backup_changes_nothing(db, tmp_path, capsys):
    assert main(["restore", str(tmp_path / "nope.bak"), "--db", str(db)]) == 1
    assert "facilitator backups" in one_line(capsys)
    junk = tmp_path / "junk.bak"
    junk.write_text("hello")
    assert main(["restore", str(junk), "--db", str(db)]) == 1
    assert "damaged" in one_line(capsys)
    assert len(Store(db).sessions()) == 2


def test_no_backups_yet_is_said(tmp_path, capsys):
    path = tmp_path / "fresh.facilitator"
    Store(path).close()
    assert main(["backups", "--db", str(path)]) == 0
    assert "no backups yet" in one_line(capsys)
    assert main(["backups", "--db", str(tmp_path / "missing.facilitator")]) == 1
    assert "does not exist" in one_line(capsys)
