"""Backups that exist: verified, rotated, listed with dates and counts, restorable, and the one
before a migration never overwritten by a migrated copy, even with three processes at once."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from facilitator.storage import backups
from facilitator.storage.errors import Problem, WorkspaceError
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_MAJOR, migrations
from facilitator.storage.store import Store


def titles(path: Path) -> list[str]:
    store = Store(path, create=False)
    try:
        return sorted(s.title for s in store.sessions())
    finally:
        store.close()


def test_a_backup_is_verified_owner_only_and_listed_with_date_and_count(store):
    store.create_session("Q3 pipeline")
    store.create_session("Roadmap")
    path = store.backup()
    assert path.parent == backups.folder(store.path) and path.parent.parent == store.path.parent
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert not Path(f"{path}-wal").exists()  # the copy is one complete file
    [listed] = [b for b in backups.listing(store.path) if b.path == path]
    assert listed.sessions == 2 and listed.reason == "manual" and listed.taken.date() == date.today()


def test_the_first_open_of_a_day_keeps_one_copy(tmp_path):
    path = tmp_path / "team.facilitator"
    store = Store(path)
    assert backups.listing(path) == []  # nothing worth keeping yet
    store.create_session("kept")
    store.close()
    for _ in range(3):
        Store(path).close()
    [daily] = backups.listing(path)
    assert daily.reason == "daily" and daily.sessions == 1


def test_only_the_newest_are_kept(store):
    store.create_session("x")
    taken = [store.backup() for _ in range(backups.KEEP + 3)]
    assert [b.path for b in backups.listing(store.path)] == taken[::-1][: backups.KEEP]
    assert not any(p.exists() for p in taken[:3])


def test_a_backup_that_cannot_be_written_says_why_and_leaves_nothing(store, monkeypatch):
    store.create_session("x")
    real_connect = sqlite3.connect

    def full(target, *args, **kwargs):
        if str(target).endswith(".bak"):
            raise OSError(28, "No space left on device")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backups.sqlite3, "connect", full)
    with pytest.raises(WorkspaceError) as caught:
        store.backup()
    assert caught.value.problem == Problem.DISK_FULL
    assert list(backups.folder(store.path).glob("*.bak")) == []


def test_restore_puts_the_backup_back_and_keeps_the_current_file(store):
    store.create_session("before")
    chosen = store.backup()
    store.create_session("after")
    reader = Store(store.path)  # another connection, open meanwhile (e.g. a CLI)
    kept = backups.restore(chosen, store.path)
    assert titles(store.path) == ["before"]
    assert sorted(s.title for s in reader.sessions()) == ["before"]  # sees the restored file
    assert titles(kept) == ["after", "before"] and kept.name.endswith(".before-restore.bak")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    reader.close()


def test_restore_over_a_damaged_workspace_keeps_the_damaged_file(tmp_path):
    path = tmp_path / "team.facilitator"
    store = Store(path)
    store.create_session("safe")
    chosen = store.backup()
    store.close()
    with path.open("r+b") as f:
        f.seek(100)
        f.write(b"\xff" * 4000)  # the schema page is gone
    kept = backups.restore(chosen, path)
    assert titles(path) == ["safe"]
    assert kept is not None and kept.read_bytes()[100:110] == b"\xff" * 10
    assert next(b for b in backups.listing(path) if b.path == kept).sessions is None


def test_a_damaged_or_foreign_backup_is_refused_and_changes_nothing(store, tmp_path):
    store.create_session("current")
    bogus = tmp_path / "bogus.bak"
    bogus.write_text("not a database")
    with pytest.raises(WorkspaceError) as caught:
        backups.restore(bogus, store.path)
    assert caught.value.problem == Problem.CORRUPT and caught.value.path == bogus
    assert titles(store.path) == ["current"]
    assert "before-restore" not in [b.reason for b in backups.listing(store.path)]


def test_the_damaged_message_points_to_real_commands(tmp_path):
    text = str(WorkspaceError(Problem.CORRUPT, tmp_path / "team.facilitator"))
    assert "*.bak" not in text
    assert f"facilitator backups --db {tmp_path / 'team.facilitator'}" in text
    assert "facilitator restore" in text


def make_old_workspace(path: Path) -> None:
    """A workspace as an older release left it: the first migrations only, one session."""
    from sqlite_utils import Database

    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m007_session_uid")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_MAJOR}")
    conn.execute(
        "INSERT INTO session (title, trigger_type, glasl_stage, status, created, updated)"
        " VALUES ('from v6', 'missed_target', 3, 'draft', 'x', 'x')"
    )
    conn.close()


def is_old(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(session)")}
        return "uid" not in columns
    finally:
        conn.close()


OPENER = textwrap.dedent(
    """
    import sys
    from facilitator.storage.store import Store
    print("ready", flush=True)
    sys.stdin.readline()  # all three start opening at the same moment
    store = Store(sys.argv[1])
    print(store.backup_path or "", flush=True)
    store.close()
    """
)


def test_three_processes_opening_an_old_workspace_leave_one_true_pre_migration_backup(tmp_path):
    for round_ in range(6):
        path = tmp_path / f"round{round_}" / "old.facilitator"
        path.parent.mkdir()
        make_old_workspace(path)
        children = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, str(path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        reported = [child.communicate(timeout=60)[0].strip() for child in children]
        assert all(child.returncode == 0 for child in children)
        before = [b for b in backups.listing(path) if b.reason.startswith("before-")]
        assert len(before) == 1, (round_, before)
        assert [r for r in reported if r] == [str(before[0].path)]  # the one that migrated took it
        assert is_old(before[0].path) and before[0].sessions == 1
        assert not is_old(path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_older_copies_beside_the_workspace_are_listed_too(store):
    store.create_session("x")
    legacy = store.path.with_name(f"{store.path.name}.before-m004_public_projection-20260101-101500.bak")
    sqlite3.connect(store.path).backup(sqlite3.connect(legacy))
    [found] = [b for b in backups.listing(store.path) if b.path == legacy]
    assert found.reason == "before-m004_public_projection" and found.taken.year == 2026 and found.sessions == 1
