"""The workspace keeps sessions safe: round trips, migrations, refusals, file modes, concurrency."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.demo import demo_session
from facilitator.domain import model as m
from facilitator.storage.errors import Problem, WorkspaceError
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_MAJOR, migrations
from facilitator.storage.store import Store


def test_every_entity_survives_reopening(store, tmp_path):
    data = demo_session("en")
    session = store.import_session(data)
    store.close()
    reopened = Store(store.path)
    loaded = reopened.load(session.id)
    for kind in m.CHILD_TYPES:
        assert len(loaded.items(kind)) == len(data.items(kind)), kind.__name__
    assert loaded.shared_goal is not None and loaded.shared_goal.owner == m.GoalOwner.SHARED
    assert loaded.shared_goal.objective == data.goal(data.session.shared_goal_id).objective
    agreement = loaded.agreements[0]
    assert loaded.participant(agreement.approver_id).side == m.Side.CEO
    assert set(agreement.consent) == {p.id for p in loaded.participants}
    reopened.close()


def test_duplicate_is_independent(store):
    original = store.import_session(demo_session("de"))
    copy = store.duplicate_session(original.id, "Kopie")
    data = store.load(copy.id)
    data.participants[0].name = "Geändert"
    store.save(data.participants[0])
    assert store.load(original.id).participants[0].name != "Geändert"
    assert store.session(copy.id).title == "Kopie"
    goals = lambda sid: [(g.owner, g.objective, g.target) for g in store.load(sid).goals]  # noqa: E731
    assert goals(original.id) == goals(copy.id)


def test_delete_session_removes_everything(store):
    session = store.import_session(demo_session("en"))
    store.delete_session(session.id)
    assert store.sessions() == []
    for table in ("participant", "goal", "private_note", "action_item"):
        assert store.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_unknown_id_is_a_user_error(store):
    with pytest.raises(WorkspaceError) as caught:
        store.load(42)
    assert caught.value.problem == Problem.UNKNOWN_ID
    assert "42" in str(caught.value)


def test_sessions_are_listed_newest_first(store):
    store.create_session("old", "2025-01-01")
    store.create_session("new", "2026-06-01")
    store.create_session("middle", "2025-09-01")
    assert [s.title for s in store.sessions()] == ["new", "middle", "old"]


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"this is not a database at all, just some bytes" * 20, Problem.FOREIGN),
        (b"SQLite format 3\x00" + b"\xff" * 2000, Problem.CORRUPT),
    ],
)
def test_garbage_files_are_refused_untouched(tmp_path, content, problem):
    path = tmp_path / "bad.facilitator"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError) as caught:
        Store(path)
    assert caught.value.problem == problem
    assert _bytes(path) == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.facilitator"]


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(WorkspaceError) as caught:
        Store(path)
    assert caught.value.problem == Problem.FOREIGN
    assert _bytes(path) == before


def test_newer_major_version_is_refused_untouched(store):
    store.create_session("keep me")
    store.db.conn.execute(f"PRAGMA user_version={SCHEMA_MAJOR + 1}")
    store.close()
    before = _bytes(store.path)
    with pytest.raises(WorkspaceError) as caught:
        Store(store.path)
    assert caught.value.problem == Problem.NEWER
    assert "newer version" in str(caught.value)
    assert _bytes(store.path) == before


def test_newer_minor_version_still_opens(store):
    """A later release may add a table or column; this version ignores what it does not know."""
    store.create_session("still here")
    store.db.conn.execute("ALTER TABLE session ADD COLUMN mood TEXT")
    store.db.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('facilitator', 'm999_future', 'x')"
    )
    store.close()
    again = Store(store.path)
    assert [s.title for s in again.sessions()] == ["still here"]
    again.close()


def test_older_schema_is_migrated_after_a_verified_backup(tmp_path):
    path = tmp_path / "old.facilitator"
    conn = sqlite3.connect(path, isolation_level=None)
    from sqlite_utils import Database

    db = Database(conn)
    migrations.apply(db, stop_before="m002_session_indexes")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_MAJOR}")
    conn.execute(
        "INSERT INTO session (title, trigger_type, glasl_stage, status, created, updated)"
        " VALUES ('from v1', 'missed_target', 3, 'draft', 'x', 'x')"
    )
    conn.close()

    store = Store(path)
    assert store.backup_path is not None and store.backup_path.exists()
    backup = sqlite3.connect(store.backup_path)
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert backup.execute("SELECT title FROM session").fetchall() == [("from v1",)]
    assert not backup.execute("SELECT name FROM sqlite_master WHERE name = 'idx_goal_session'").fetchall()
    backup.close()
    indexes = store.db.conn.execute("SELECT name FROM sqlite_master WHERE name = 'idx_goal_session'")
    assert indexes.fetchall() == [("idx_goal_session",)]
    assert [s.title for s in store.sessions()] == ["from v1"]
    assert stat.S_IMODE(store.backup_path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_workspace_files_are_owner_only(store):
    store.create_session("private")
    names = [store.path, Path(f"{store.path}-wal"), Path(f"{store.path}-shm"), store.backup()]
    for path in names:
        assert path.exists(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_read_only_folder_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "w.facilitator"
    Store(path).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(WorkspaceError) as caught:
        Store(path)
    assert caught.value.problem == Problem.READ_ONLY
    assert "read-only" in str(caught.value)


def test_disk_full_keeps_the_previous_state(store, monkeypatch):
    session = store.create_session("before")
    session.title = "after"
    conn = store.db.conn

    class FullDisk:
        """A connection whose writes fail the way SQLite reports a full disk."""

        def __getattr__(self, name):
            return getattr(conn, name)

        def execute(self, sql, *args):
            if sql.startswith("UPDATE"):
                raise sqlite3.OperationalError("database or disk is full")
            return conn.execute(sql, *args)

    monkeypatch.setattr(store.db, "conn", FullDisk())
    with pytest.raises(WorkspaceError) as caught:
        store.save(session)
    assert caught.value.problem == Problem.DISK_FULL
    monkeypatch.undo()
    assert store.session(session.id).title == "before"
    assert not conn.in_transaction


def test_busy_workspace_reports_locked(store, monkeypatch):
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("facilitator.storage.store.BUSY_TIMEOUT_S", 0.1)
    store.db.conn.execute("PRAGMA busy_timeout=100")
    try:
        with pytest.raises(WorkspaceError) as caught:
            store.create_session("blocked")
        assert caught.value.problem == Problem.LOCKED
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.sessions() == []


WRITER = textwrap.dedent(
    """
    import sys
    from facilitator.domain.model import Participant
    from facilitator.storage.store import Store
    store = Store(sys.argv[1])
    session_id = int(sys.argv[2])
    for i in range(150):
        # read-then-write, the pattern that fails with a plain BEGIN
        store.load(session_id)
        store.save(Participant(session_id=session_id, name=f"{sys.argv[3]}-{i}"))
    """
)


def test_two_processes_writing_at_once_lose_nothing(store):
    session = store.create_session("busy")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store.path), str(session.id), name],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    names = {p.name for p in store.load(session.id).participants}
    assert len(names) == 300
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_deleting_an_entity_removes_every_reference_to_it(store):
    session = store.import_session(demo_session("en"))
    data = store.load(session.id)
    hardest = data.agreement(data.session.hardest_agreement_id)
    linked_actions = [a.id for a in data.action_items if a.agreement_id == hardest.id]
    assert linked_actions
    store.delete(hardest)
    store.delete(data.participants[1])
    after = store.load(session.id)
    assert after.session.hardest_agreement_id is None
    assert all(a.agreement_id is None for a in after.action_items if a.id in linked_actions)
    gone = data.participants[1].id
    for agreement in after.agreements:
        assert gone not in agreement.consent and gone not in agreement.contributor_ids + agreement.informed_ids
        assert gone not in (agreement.driver_id, agreement.approver_id)
    assert gone not in after.session.ground_rule_consent
    assert all(r.participant_id != gone for r in after.pulse_responses)
    assert len(after.pulse_responses) == len(data.pulse_responses) - 2 * 4  # before and after, 4 items


def test_a_failed_insert_leaves_the_entity_new_so_the_retry_inserts_it(store, monkeypatch):
    session = store.create_session("retry")
    note = m.PrivateNote(session_id=session.id, stage=1, text="first words")
    real_touch = store._touch

    def full_disk(_entity):
        raise WorkspaceError(Problem.DISK_FULL, store.path)

    monkeypatch.setattr(store, "_touch", full_disk)
    with pytest.raises(WorkspaceError):
        store.save_all([note])
    assert note.id == 0
    monkeypatch.setattr(store, "_touch", real_touch)
    store.save_all([note])  # the disk has space again
    assert [n.text for n in store.load(session.id).private_notes] == ["first words"]
