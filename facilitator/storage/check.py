"""`facilitator check`: SQLite's integrity check plus our own decoding of every row of every table.

Read-only, on a connection of its own: a workspace that the app refuses to open (its quick
check failed) is exactly the one whose damage a user wants named. Each problem is one line
that says where (table, row id, field), never what the value holds, and is named once: the
search index's copy of a damaged text is not a problem of its own. The index is derived from the
sessions, and the app rebuilds it when it finds it out of step (storage/index_upkeep.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.domain.model import CHILD_TYPES, Session
from facilitator.storage import codec, search
from facilitator.storage.errors import Problem, WorkspaceError, translate_sqlite_error
from facilitator.storage.files import SQLITE_HEADER
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_MAJOR

#: At most this many lines from SQLite's integrity check: a wrecked file would list thousands.
MAX_SQLITE_LINES = 50


@dataclass
class Report:
    """What `check` found: one line per problem, and how much it read."""

    problems: list[str] = field(default_factory=list)
    sessions: int = 0
    rows: int = 0


def check(path: Path) -> Report:
    """Check a workspace file; a file that is missing or not a workspace raises WorkspaceError."""
    path = Path(path).expanduser().absolute()
    _check_file(path)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise WorkspaceError(Problem.READ_ONLY, path) from None
    conn.text_factory = codec.lenient_text  # text that is not UTF-8 is reported, not fatal
    report = Report()
    try:
        _check_identity(conn, path)
        report.problems += _sqlite_check(conn)
        report.problems += _foreign_keys(conn)
        _decode_all(conn, report)
    finally:
        conn.close()
    return report


def _check_file(path: Path) -> None:
    if not path.exists():
        raise WorkspaceError(Problem.NOT_FOUND, path)
    if not path.is_file():
        raise WorkspaceError(Problem.FOREIGN, path)
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError:
        raise WorkspaceError(Problem.READ_ONLY, path) from None
    if header != SQLITE_HEADER:
        raise WorkspaceError(Problem.FOREIGN, path)


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        major = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:  # not even the header page reads, or the file cannot be opened
        raise translate_sqlite_error(error, path) or WorkspaceError(Problem.CORRUPT, path) from None
    if app_id != APPLICATION_ID:
        raise WorkspaceError(Problem.FOREIGN, path)
    if major > SCHEMA_MAJOR:
        raise WorkspaceError(Problem.NEWER, path)


def _sqlite_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own verdict on pages, records and indexes (its lines name pages and indexes only)."""
    try:
        lines = [row[0] for row in conn.execute(f"PRAGMA integrity_check({MAX_SQLITE_LINES})")]
    except sqlite3.DatabaseError as error:
        return [f"SQLite integrity check could not finish ({_code(error)})"]
    # Newer SQLite checks FTS5 indexes too: a line about the search index is about derived data.
    lines = [line for line in lines if line != "ok" and search.TABLE not in str(line)]
    return [f"SQLite integrity check: {' '.join(str(line).split())}" for line in lines]


def _foreign_keys(conn: sqlite3.Connection) -> list[str]:
    """Rows whose reference to a session (or another row) leads nowhere."""
    try:
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [f"the references between rows could not be checked ({_code(error)})"]
    return [f"{table} {row_id}: refers to a {parent} that does not exist" for table, row_id, parent, _fk in rows]


def _decode_all(conn: sqlite3.Connection, report: Report) -> None:
    """Every row of our tables through the codec; every other table (the search index, the
    migration log) at least read in full, so a page that cannot be read is found there too.
    The search index's copies of texts are not decoded: a damaged one is its value's twin."""
    kinds = {codec.table_name(kind): kind for kind in (Session, *CHILD_TYPES)}
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in sorted(tables, key=lambda t: (t not in kinds, t != "session", t)):
        if table == search.TABLE:
            continue  # FTS5's view of the tables below, which are read as they are stored
        try:
            cursor = conn.execute(f"SELECT * FROM [{table}]")
            names = [d[0] for d in cursor.description]
            for values in cursor:
                report.rows += 1
                row = dict(zip(names, values, strict=True))
                kind = kinds.get(table)
                if kind is None:
                    if not search.is_index_table(table):
                        report.problems += _unreadable_text(table, row)
                    continue
                report.sessions += kind is Session
                _entity, damaged = codec.decode(kind, row)
                owner, row_id = codec.owner(kind, row)
                for name in damaged:
                    damage = codec.Damage(owner, table, row_id, name)
                    report.problems.append(f"{damage.describe()} cannot be read")
        except sqlite3.DatabaseError as error:
            report.problems.append(f"{table}: the table cannot be read to its end ({_code(error)})")


def _unreadable_text(table: str, row: dict) -> list[str]:
    return [f"{table}: {name} cannot be read" for name, value in row.items() if isinstance(value, codec.UnreadableText)]


def _code(error: sqlite3.Error) -> str:
    """SQLite's name for an error, e.g. SQLITE_CORRUPT: its message could quote a value."""
    return getattr(error, "sqlite_errorname", None) or type(error).__name__
