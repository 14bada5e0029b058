"""The workspace: one SQLite file, the only place that speaks SQL. Returns domain objects."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from facilitator.domain.model import (
    CHILD_TYPES,
    COLLECTION,
    REFERENCES,
    ActionItem,
    PrivateNote,
    Session,
    SessionData,
    StageLog,
    detach,
    remap,
)
from facilitator.domain.search import SearchHit
from facilitator.domain.stages import STAGES
from facilitator.storage import backups, codec, search
from facilitator.storage.damage import DamageRegistry
from facilitator.storage.errors import (
    Problem,
    WorkspaceError,
    file_kind,
    from_os_error,
    translate_sqlite_error,
    unwritable,
)
from facilitator.storage.files import SQLITE_HEADER, inspect_path, remove_left_behind
from facilitator.storage.index_upkeep import IndexUpkeep
from facilitator.storage.reads import CrossSessionReads
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_MAJOR, migrations
from facilitator.storage.templates import TemplateStore

E = TypeVar("E")
BUSY_TIMEOUT_S = 5.0
MIGRATION_WAIT_S = 60.0


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _private(path: Path) -> None:
    """Owner-only access on POSIX; notes about people must not be world-readable."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


class Store(CrossSessionReads, TemplateStore, DamageRegistry, IndexUpkeep):
    """A workspace file. Every public write is one transaction that takes the write lock up front.

    One connection serves every thread (the GUI, export workers, the participant server); a
    lock lets one thread at a time use it, so a reader never sees another thread's half-done
    transaction.
    """

    def __init__(self, path: Path | str, create: bool = True):
        self.path = Path(path).expanduser().absolute()
        self.backup_path: Path | None = None  # set when opening migrated an older file
        self.lock = threading.RLock()
        self._depth = 0  # nesting of transaction(): only the outermost one begins and commits
        self._damage: dict[tuple[str, int], tuple[int, dict[str, Any]]] = {}  # see DamageRegistry
        self._index_checked: set[int] = set()  # see IndexUpkeep
        self._index_due: set[int] = set()
        try:
            self._found = inspect_path(self.path)
            if not create and self._found is None:
                raise WorkspaceError(Problem.NOT_FOUND, self.path)
            self.db = self._open()
        except WorkspaceError as error:
            raise error.while_opening() from None
        self._daily_backup()

    # -- opening ------------------------------------------------------------------------------

    def _open(self) -> Database:
        path = self.path
        existed = self._found is not None and self._found.st_size > 0
        created = self._found is None
        sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
        new_sidecars = [p for p in sidecars if not os.path.lexists(p)]
        if existed:
            self._check_existing_file()
        else:
            self._create_file()
        conn = None
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            db = Database(conn)
            self.db = db
            self._check_identity(existed)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")  # survive power loss too; 0.3 ms a commit
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA secure_delete=ON")  # deleting a note really deletes it
            self._migrate(existed)
        except (sqlite3.Error, WorkspaceError) as error:
            if conn is not None:
                conn.close()  # the last connection removes the -wal and -shm it made
            remove_left_behind(path if created else None, new_sidecars)  # a refused open changes nothing
            if isinstance(error, WorkspaceError):
                raise
            raise self._problem(error) from None
        for suffix in ("", "-wal", "-shm"):
            _private(Path(f"{path}{suffix}"))
        return db

    def _check_existing_file(self) -> None:
        path = self.path
        try:  # O_NONBLOCK: should the file have become a pipe since it was looked at, do not hang
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            try:
                kind = file_kind(os.fstat(fd).st_mode)
                header = os.read(fd, len(SQLITE_HEADER)) if kind is None else b""
            finally:
                os.close(fd)
        except OSError as error:
            raise from_os_error(error, path) from None
        if kind is not None:
            raise WorkspaceError(Problem.NOT_A_FILE, path, kind.value)
        if header != SQLITE_HEADER:
            raise WorkspaceError(Problem.FOREIGN, path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise unwritable(path) or WorkspaceError(Problem.READ_ONLY, path)

    def _create_file(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NONBLOCK", 0), 0o600)
            os.close(fd)
        except FileNotFoundError:
            raise WorkspaceError(Problem.NOT_FOUND, self.path.parent) from None
        except OSError as error:
            raise from_os_error(error, self.path) from None

    def _check_identity(self, existed: bool) -> None:
        """Refuse files that are not ours or are from a newer major version, before any write."""
        conn = self.db.conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if existed and app_id != APPLICATION_ID and (tables or app_id):
            raise WorkspaceError(Problem.FOREIGN, self.path)
        if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_MAJOR:
            raise WorkspaceError(Problem.NEWER, self.path)
        if existed and tables:
            ok = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if ok != "ok":
                raise WorkspaceError(Problem.CORRUPT, self.path)

    def _migrate(self, existed: bool) -> None:
        if not migrations.pending(self.db):
            return
        # Another process may be migrating the same file (copy first, then the change): wait for
        # it as long as that takes on a busy machine, rather than calling the file busy.
        conn = self.db.conn
        conn.execute(f"PRAGMA busy_timeout={int(MIGRATION_WAIT_S * 1000)}")
        try:
            self._migrate_locked(existed)
        finally:
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")

    def _migrate_locked(self, existed: bool) -> None:
        with self.transaction():
            # Again under the write lock: another process opening the same old file may have
            # migrated it meanwhile, and its copy must never pass for the old version.
            pending = migrations.pending(self.db)
            if pending and existed and migrations.applied(self.db):
                self.backup_path = self.backup(f"before-{pending[0].name}")
            migrations.apply(self.db)
            self.db.conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            self.db.conn.execute(f"PRAGMA user_version={SCHEMA_MAJOR}")

    def backup(self, reason: str = "manual") -> Path:
        """A verified copy in the workspace's backups folder (see storage/backups.py)."""
        try:
            return backups.take(self.path, reason)
        except sqlite3.Error as error:
            raise self._problem(error) from None

    def _daily_backup(self) -> None:
        """The first open of a day keeps a copy of a workspace that holds sessions. A failed backup
        must not keep the user from their work; `facilitator backups` shows what exists."""
        try:
            if self._rows("SELECT 1 FROM session LIMIT 1"):
                backups.daily(self.path)
        except (sqlite3.Error, WorkspaceError):
            pass

    def close(self) -> None:
        self.db.conn.close()

    # -- transactions and errors --------------------------------------------------------------

    def _problem(self, error: sqlite3.Error) -> Exception:
        return translate_sqlite_error(error, self.path) or error

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action. BEGIN IMMEDIATE waits for another writer instead of failing later.

        Nested calls join the outer transaction, so a service can compose several writes into one.
        """
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            conn = self.db.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._problem(error) from None
            self._depth = 1
            try:
                yield
                self._settle_index()  # a damaged value's index copy: rebuilt in this transaction
                conn.execute("COMMIT")
            except sqlite3.Error as error:
                if conn.in_transaction:
                    conn.rollback()
                raise self._problem(error) from None
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
            finally:
                self._depth = 0

    def _rows(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        return self._read(sql, params, as_dicts=True)

    def _read(self, sql: str, params: tuple | list = (), as_dicts: bool = False) -> list:
        """The rows of a query, as dicts or (faster, for long lists) as tuples."""
        with self.lock:
            conn = self.db.conn
            try:
                try:
                    return self._fetch(sql, params, as_dicts)
                except sqlite3.OperationalError as error:
                    if "decode to utf-8" not in str(error).lower():
                        raise
                # Text that is not UTF-8 (a flipped bit) fails the whole query, with an error that
                # quotes it. Read again leniently: the codec reports that one field as damaged.
                conn.text_factory = codec.lenient_text
                try:
                    return self._fetch(sql, params, as_dicts)
                finally:
                    conn.text_factory = str
            except sqlite3.Error as error:
                raise self._problem(error) from None

    def _fetch(self, sql: str, params: tuple | list, as_dicts: bool) -> list:
        cursor = self.db.conn.execute(sql, params)
        if not as_dicts:
            return cursor.fetchall()
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads that must agree with each other (another process may write between them)."""
        with self.lock:
            if self._depth:  # inside our own write: it is consistent already
                yield
                return
            try:
                self.db.conn.execute("BEGIN")
            except sqlite3.Error as error:
                raise self._problem(error) from None
            try:
                yield
            finally:
                if self.db.conn.in_transaction:
                    self.db.conn.execute("COMMIT")

    # -- sessions -----------------------------------------------------------------------------

    def sessions(self) -> list[Session]:
        """All sessions, newest first."""
        rows = self._rows("SELECT * FROM session ORDER BY date DESC, updated DESC, id DESC")
        return [self._decode(Session, row) for row in rows]

    def session(self, session_id: int) -> Session:
        rows = self._rows("SELECT * FROM session WHERE id = ?", (session_id,))
        if not rows:
            raise WorkspaceError(Problem.UNKNOWN_ID, self.path, str(session_id))
        return self._decode(Session, rows[0])

    def create_session(self, title: str = "", date: str | None = None) -> Session:
        """A new draft session with a stage log for each of the seven stages."""
        session = Session(title=title, date=date or dt.date.today().isoformat())
        return self.import_session(SessionData(session=session))

    def load(self, session_id: int) -> SessionData:
        """The session with everything it captured."""
        with self._snapshot():
            data = SessionData(session=self.session(session_id))
            for kind in CHILD_TYPES:
                rows = self._rows(
                    f"SELECT * FROM [{codec.table_name(kind)}] WHERE session_id = ? ORDER BY id",
                    (session_id,),
                )
                data.items(kind).extend(self._decode(kind, row) for row in rows)
        self._index_after_load(session_id)
        return data

    def get(self, kind: type[E], entity_id: int) -> E:
        """One stored entity of a session by its id."""
        if kind is Session:
            return self.session(entity_id)  # type: ignore[return-value]
        rows = self._rows(f"SELECT * FROM [{codec.table_name(kind)}] WHERE id = ?", (entity_id,))
        if not rows:
            raise WorkspaceError(Problem.UNKNOWN_ID, self.path, f"{codec.table_name(kind)} {entity_id}")
        return self._decode(kind, rows[0])

    def import_session(self, data: SessionData) -> Session:
        """Store a whole session (from a file, the demo, a duplicate) under new ids."""
        with self.transaction():
            session = self._insert_data(data)
        return session

    def duplicate_session(self, session_id: int, title: str) -> Session:
        data = self.load(session_id)
        data.session = replace(data.session, title=title, uid="")
        # A copy's actions are new to-dos: fresh iCalendar UIDs, or calendars would merge them.
        data.action_items = [replace(a, uid="", sequence=0, modified="") for a in data.action_items]
        return self.import_session(data)

    def delete_session(self, session_id: int) -> None:
        self.session(session_id)  # an unknown id is the user's error, not silence
        with self.transaction():
            self._index_write(session_id)
            self.db.conn.execute("DELETE FROM session WHERE id = ?", (session_id,))

    def _insert_data(self, data: SessionData) -> Session:
        stamp = now()
        session = replace(data.session, id=0, created=stamp, updated=stamp)
        refs_to_fill = replace(session)
        session.shared_goal_id = session.hardest_agreement_id = None
        session.ground_rule_consent = {}
        session.id = self._insert(session)
        new_ids: dict[type, dict[int, int]] = {}
        logs_given = {log.stage for log in data.stage_logs}
        missing_logs = [
            StageLog(stage=s.number, planned_minutes=s.minutes) for s in STAGES if s.number not in logs_given
        ]
        for kind in CHILD_TYPES:
            items = data.items(kind) + (missing_logs if kind is StageLog else [])
            mapping = new_ids.setdefault(kind, {})
            for item in items:
                fresh = replace(item, id=0, session_id=session.id)
                self._remap(fresh, new_ids)
                new_id = self._insert(fresh)
                if item.id:
                    mapping[item.id] = new_id
        # Session fields refer to children, so they are filled in once the children exist.
        self._remap(refs_to_fill, new_ids)
        session.shared_goal_id = refs_to_fill.shared_goal_id
        session.hardest_agreement_id = refs_to_fill.hardest_agreement_id
        session.ground_rule_consent = refs_to_fill.ground_rule_consent
        self._update(session)
        return session

    @staticmethod
    def _remap(entity: Any, new_ids: dict[type, dict[int, int]]) -> None:
        for (kind, name), target in REFERENCES.items():
            if isinstance(entity, kind):
                setattr(entity, name, remap(getattr(entity, name), new_ids.get(target, {})))

    # -- search -------------------------------------------------------------------------------

    def search(self, query: str, include_private: bool = False, limit: int = 50) -> list[SearchHit]:
        """Texts of all sessions that contain every word of `query` (as a word start): newest
        session first, each session's hits in stage order. Private notes only with `include_private`.
        Input without a word finds nothing."""
        try:
            return search.find(self._rows, query, include_private, limit)
        except WorkspaceError as error:  # a damaged index is derived data, not a damaged workspace
            if error.problem is not Problem.CORRUPT or not self._rebuild_damaged_index():
                raise
        return search.find(self._rows, query, include_private, limit)

    def searcher(self) -> search.Searcher:
        """A separate read-only connection for searching from a worker thread; close it when done."""
        try:
            return search.Searcher(self.path, BUSY_TIMEOUT_S)
        except sqlite3.Error as error:
            raise self._problem(error) from None

    # -- entities -----------------------------------------------------------------------------

    def save(self, entity: E) -> E:
        """Insert (id 0) or update one entity of a session, as one transaction; returns it with its id."""
        self.save_all([entity])
        return entity

    def save_all(self, entities: list[Any]) -> None:
        """Several changes that belong to one user action, e.g. a consent round, or pending typing."""
        inserted = []
        try:
            with self.transaction():
                for entity in entities:
                    if entity.id:
                        self._update(entity)
                    else:
                        entity.id = self._insert(entity)
                        inserted.append(entity)
                    self._touch(entity)
        except BaseException:
            for entity in inserted:  # rolled back: they are still new, or the retry would update nothing
                entity.id = 0
            raise

    def update_fields(self, entity: Any, fields: Iterable[str]) -> None:
        """Store only these fields of an entity, leaving what another writer stored in the others."""
        with self.transaction():
            self._update(entity, set(fields))
            self._touch(entity)

    def delete(self, entity: Any) -> tuple[list, list]:
        """Delete an entity and every reference to it (an owner, a link, a consent vote).

        Returns (changed, orphans) as stored: entities whose references were dropped, and
        entities that went with it (see `detach`).
        """
        with self.transaction():
            changed, orphans = detach(self.load(entity.session_id), entity)
            changed = list({id(e): e for e in changed}.values())
            self._index_write(entity.session_id)
            for gone in [entity, *orphans]:
                self.db.conn.execute(f"DELETE FROM [{codec.table_name(type(gone))}] WHERE id = ?", (gone.id,))
            for item in changed:
                self._update(item)
            self._touch(entity)
        return changed, orphans

    def private_note(self, session_id: int, stage: int) -> PrivateNote:
        """The facilitator's note on a stage (unsaved and empty if there is none yet)."""
        rows = self._rows(
            "SELECT * FROM private_note WHERE session_id = ? AND stage = ? ORDER BY id LIMIT 1",
            (session_id, stage),
        )
        if rows:
            return self._decode(PrivateNote, rows[0])
        return PrivateNote(session_id=session_id, stage=stage)

    def _insert(self, entity: Any) -> int:
        if isinstance(entity, ActionItem):
            # The UID names the to-do in people's calendars: kept on import, made once otherwise.
            entity.uid = entity.uid or f"{uuid.uuid4()}@facilitator"
            entity.modified = entity.modified or now()
        elif isinstance(entity, Session):  # likewise its follow-up event
            entity.uid = entity.uid or f"{uuid.uuid4()}@facilitator"
        row = codec.to_row(entity)
        row.pop("id")
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        table = codec.table_name(type(entity))
        cursor = self.db.conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
        return int(cursor.lastrowid)

    def _update(self, entity: Any, fields: set[str] | None = None) -> None:
        row = codec.to_row(entity)
        entity_id = row.pop("id")
        if fields is not None:
            row = {name: value for name, value in row.items() if name in fields}
        table = codec.table_name(type(entity))
        self._keep_damaged(table, entity, row)
        if not row:
            return
        if isinstance(entity, Session):
            row["updated"] = entity.updated = now()
        if isinstance(entity, ActionItem):  # calendars take the highest SEQUENCE as the newest
            row["sequence"] = entity.sequence = entity.sequence + 1
            row["modified"] = entity.modified = now()
        assignments = ", ".join(f"[{c}] = ?" for c in row)
        cursor = self.db.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*row.values(), entity_id])
        if cursor.rowcount == 0:
            raise WorkspaceError(Problem.UNKNOWN_ID, self.path, f"{table} {entity_id}")

    def _touch(self, entity: Any) -> None:
        if not isinstance(entity, Session):
            self.db.conn.execute("UPDATE session SET updated = ? WHERE id = ?", (now(), entity.session_id))


assert set(COLLECTION) == set(CHILD_TYPES)
