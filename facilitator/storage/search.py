"""Full-text search over every session: an FTS5 index kept current by SQL triggers.

Each searchable text has one index row whose rowid is derived from where it lives
(`session id * SESSION_STRIDE + entity id * SLOTS + source code`), so a trigger replaces or
removes it by rowid instead of scanning the index, and the index hands out matches newest
session first without ranking them all: the first results of a common word come at once.
The tokenizer folds case and diacritics ("Überprüfung" = "uberprufung");
every word the user types becomes a quoted prefix ("Zusage" finds "Zusagen"), so no input can
break the query syntax.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.domain.search import MATCH_END, MATCH_START, SearchHit, SearchKind
from facilitator.storage.codec import lenient_text
from facilitator.storage.errors import Problem, WorkspaceError, translate_sqlite_error

TABLE = "search_index"
SLOTS = 32  # more than the number of sources below; part of the stored rowids, never change it
SESSION_STRIDE = 2**40  # entity ids below 2**35 and session ids below 2**23 fit a 64-bit rowid
MAX_TERMS = 12  # a pasted paragraph is not a search; its first words are
EXCERPT_TOKENS = 24


@dataclass(frozen=True)
class Source:
    """One searchable text: which table, which columns (joined), which stage, whether private."""

    code: int
    table: str
    kind: SearchKind
    columns: tuple[str, ...]
    stage: str  # an SQL expression over the row, e.g. "1" or "{row}.stage"
    private: bool = False
    #: an SQL expression over the row for the text, when it is not the columns joined; the
    #: columns are then what it reads (a change to them re-indexes the row)
    expression: str = ""


K = SearchKind
SOURCES: tuple[Source, ...] = (
    Source(0, "session", K.TITLE, ("title",), "1"),
    Source(1, "session", K.TRIGGER, ("trigger_quarter", "trigger_text"), "1"),
    Source(2, "session", K.GROUND_RULES, ("ground_rules",), "1"),
    Source(3, "session", K.LEARNINGS, ("learnings",), "7"),
    Source(4, "session", K.HARDEST_REASON, ("hardest_reason",), "7"),
    Source(5, "participant", K.PARTICIPANT, ("name", "role"), "1"),
    Source(6, "incident", K.INCIDENT, ("account", "feature", "facts", "impact_revenue", "impact_other"), "2"),
    Source(7, "statement", K.STATEMENT, ("raw_text",), "{row}.stage"),
    Source(8, "statement", K.REFRAME, ("reframe_text",), "{row}.stage"),
    Source(9, "goal", K.GOAL, ("objective", "metric", "baseline", "target", "unit"), "3"),
    Source(10, "interest", K.INTEREST, ("text",), "3"),
    Source(11, "tension", K.TENSION, ("note",), "3"),
    Source(12, "working_practice", K.PRACTICE, ("current", "pain_for_other_side"), "4"),
    Source(13, "criterion", K.CRITERION, ("name",), "5"),
    Source(14, "option", K.OPTION, ("text",), "5"),
    Source(15, "agreement", K.AGREEMENT, ("text",), "6"),
    Source(16, "action_item", K.ACTION, ("text", "evidence"), "6"),
    Source(17, "follow_up", K.FOLLOW_UP, ("learnings",), "7"),
    Source(18, "private_note", K.PRIVATE_NOTE, ("text",), "{row}.stage", private=True),
    Source(19, "agreement", K.CONCERN, ("concern",), "6"),
    # The notes of a follow-up's review (kept / partly / not kept, and why), on the review step.
    Source(
        20,
        "follow_up",
        K.REVIEW_NOTE,
        ("reviews",),
        "0",
        expression="(SELECT group_concat(r.value ->> '$.note', ' · ') FROM json_each(CASE WHEN"
        " json_valid({row}.reviews) THEN {row}.reviews ELSE '[]' END) AS r WHERE r.value ->> '$.note' <> '')",
    ),
)
assert len(SOURCES) < SLOTS and len({s.code for s in SOURCES}) == len(SOURCES)


def _text(source: Source, row: str) -> str:
    """The columns joined with " · ", empty ones left out (no concat_ws before SQLite 3.44)."""
    if source.expression:
        return source.expression.format(row=row)
    if len(source.columns) == 1:
        return f"{row}.[{source.columns[0]}]"
    parts = " || ".join(f"coalesce(' · ' || nullif({row}.[{c}], ''), '')" for c in source.columns)
    return f"substr({parts}, 4)"


def _rowid(source: Source, row: str) -> str:
    session_id = f"{row}.id" if source.table == "session" else f"{row}.session_id"
    return f"{session_id} * {SESSION_STRIDE} + {row}.id * {SLOTS} + {source.code}"


def _insert(source: Source, row: str) -> str:
    session_id = f"{row}.id" if source.table == "session" else f"{row}.session_id"
    text = _text(source, row)
    return (
        f"INSERT INTO {TABLE} (rowid, text, session_id, kind, entity_id, stage, private) "
        f"SELECT {_rowid(source, row)}, {text}, {session_id}, '{source.kind.value}', "
        f"{row}.id, {source.stage.format(row=row)}, {int(source.private)}"
        + (f" FROM [{source.table}] AS {row} NOT INDEXED" if row != "new" else "")  # the rows, not an index's copy
        + f" WHERE {text} <> ''"
    )


def drop_statements(names: list[str]) -> list[str]:
    """What removes the index and its triggers (`names`: the workspace's trigger names)."""
    triggers = [f"DROP TRIGGER IF EXISTS [{name}]" for name in names if name.startswith(f"{TABLE}_")]
    return [*triggers, f"DROP TABLE IF EXISTS {TABLE}"]


def schema_statements() -> list[str]:
    """The index, its triggers and the rows for what is already stored (for the migration)."""
    statements = [
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, session_id UNINDEXED, kind UNINDEXED,"
        " entity_id UNINDEXED, stage UNINDEXED, private UNINDEXED,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    ]
    for table in dict.fromkeys(s.table for s in SOURCES):
        sources = [s for s in SOURCES if s.table == table]
        columns = [c for s in sources for c in s.columns]
        columns += ["stage"] if any("{row}" in s.stage for s in sources) else []
        # Only these columns re-index: a session's `updated` stamp changes on every save.
        watched = ", ".join(f"[{c}]" for c in dict.fromkeys(columns))
        removal = "; ".join(f"DELETE FROM {TABLE} WHERE rowid = {_rowid(s, 'old')}" for s in sources)
        adding = "; ".join(_insert(s, "new") for s in sources)
        statements += [
            f"CREATE TRIGGER {TABLE}_{table}_insert AFTER INSERT ON [{table}] BEGIN {adding}; END",
            f"CREATE TRIGGER {TABLE}_{table}_update AFTER UPDATE OF {watched} ON [{table}]"
            f" BEGIN {removal}; {adding}; END",
            f"CREATE TRIGGER {TABLE}_{table}_delete AFTER DELETE ON [{table}] BEGIN {removal}; END",
        ]
        statements += [_insert(s, "r") for s in sources]
    return statements


# -- keeping the index in step ------------------------------------------------------------------
#
# The index is derived data: every row of it can be made again from the sessions. A damaged
# value's copy in the index, or an index whose words no longer match its copies (FTS5 removes a
# row's words by reading its copy, so a copy that changed under it leaves words behind), is never
# repaired by hand: the whole index is made again from the sessions, in the caller's transaction.

INDEXED_TABLES = frozenset(s.table for s in SOURCES)


def is_index_table(name: str) -> bool:
    """The index or one of the tables FTS5 keeps it in."""
    return name == TABLE or name.startswith(f"{TABLE}_")


def _expected(session_id: int | None) -> str:
    """What the index should hold, as (rowid, text): for every session, or for one (`:session`)."""
    parts = []
    for s in SOURCES:
        text = _text(s, "r")
        owner = "r.id" if s.table == "session" else "r.session_id"
        # All sessions: read the tables themselves, not a copy of a column in one of their indexes.
        scope = f"AS r WHERE {owner} = :session AND" if session_id is not None else "AS r NOT INDEXED WHERE"
        parts.append(f"SELECT {_rowid(s, 'r')} AS rowid, {text} AS text FROM [{s.table}] {scope} {text} <> ''")
    return " UNION ALL ".join(parts)


def out_of_step(conn: sqlite3.Connection, session_id: int | None = None) -> list[int]:
    """Sessions whose index rows differ from their texts (missing, left over or another text),
    among all sessions or in just this one. Reads only: works on a read-only connection."""
    expected = _expected(session_id)
    indexed = f"SELECT rowid, text FROM {TABLE}"
    if session_id is not None:  # a rowid range: FTS5 reads just that session's rows
        indexed += f" WHERE rowid >= :session * {SESSION_STRIDE} AND rowid < (:session + 1) * {SESSION_STRIDE}"
    sql = (
        f"SELECT DISTINCT rowid / {SESSION_STRIDE} FROM ("
        f"SELECT rowid FROM (SELECT * FROM ({expected}) EXCEPT SELECT * FROM ({indexed}))"
        f" UNION SELECT rowid FROM (SELECT * FROM ({indexed}) EXCEPT SELECT * FROM ({expected}))) ORDER BY 1"
    )
    return [row[0] for row in conn.execute(sql, {"session": session_id})]


def corrupt(error: sqlite3.Error) -> bool:
    """SQLite found the file (or, as SQLITE_CORRUPT_VTAB, the index) damaged."""
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_CORRUPT


def stale(conn: sqlite3.Connection, session_id: int) -> bool:
    """Whether the session's index rows differ from its texts, or cannot be read at all."""
    try:
        return bool(out_of_step(conn, session_id))
    except sqlite3.DatabaseError as error:
        if corrupt(error):
            return True
        raise


def sound(conn: sqlite3.Connection) -> bool:
    """FTS5's own check that the index's words match the copies it keeps (it needs write access,
    though it changes nothing)."""
    try:
        conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        if corrupt(error):
            return False
        raise
    return True


def repair(path: Path, timeout: float) -> bool:
    """After a search failed as if the file were damaged: if it is the index, rebuild it on a
    connection of its own, under the write lock (the caller's may be read-only). True when
    rebuilt; False when the index is sound (the damage is elsewhere) or cannot be written."""
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        if sound(conn):
            return False
        rebuild(conn)
        conn.execute("COMMIT")
        return True
    except sqlite3.Error:
        return False
    finally:
        if conn.in_transaction:
            conn.rollback()
        conn.close()


def rebuild(conn: sqlite3.Connection) -> None:
    """The index made again from the sessions (as migration m009 does), in the caller's
    transaction. Nothing but the index and its triggers is touched."""
    triggers = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    *drop_triggers, drop_table = drop_statements(triggers)
    for statement in drop_triggers:
        conn.execute(statement)
    try:
        conn.execute(drop_table)
    except sqlite3.DatabaseError:  # FTS5 cannot even open an index whose structure record is
        # damaged: with its words gone and an empty structure (record 10) it opens, and goes.
        conn.execute(f"DELETE FROM {TABLE}_idx")
        conn.execute(f"DELETE FROM {TABLE}_data")
        conn.execute(f"INSERT INTO {TABLE}_data (id, block) VALUES (10, X'')")
        conn.execute(drop_table)
    for statement in schema_statements():
        conn.execute(statement)


# -- querying --------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str:
    """The user's words as an FTS5 query: every word a quoted prefix, all words required.

    The tokenizer does not fold "ß" to "ss", so a word with either spelling looks for both.
    Returns "" when the input has no word in it.
    """
    terms = []
    for word in _WORD.findall(query.casefold().replace("_", " "))[:MAX_TERMS]:
        spellings = dict.fromkeys([word, word.replace("ß", "ss"), word.replace("ss", "ß")])
        quoted = [f'"{w}"*' for w in spellings]
        terms.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(terms)


def _sql(include_private: bool) -> str:
    privacy = "" if include_private else f" AND {TABLE}.private = 0"
    return (
        f"SELECT {TABLE}.session_id, session.title, {TABLE}.stage, kind, entity_id, private,"
        f" snippet({TABLE}, 0, ?, ?, '…', {EXCERPT_TOKENS}) AS marked"
        f" FROM {TABLE} JOIN session ON session.id = {TABLE}.session_id"
        f" WHERE {TABLE} MATCH ?{privacy} ORDER BY {TABLE}.rowid DESC LIMIT ?"
    )


Rows = Callable[[str, tuple], list[dict[str, Any]]]


def find(rows: Rows, query: str, include_private: bool, limit: int) -> list[SearchHit]:
    """Texts that contain every word of `query` (as a word start): newest session first, each
    session's hits in stage order. Private notes only with `include_private`.

    `rows(sql, params)` runs the query: the Store's own reader, or a Searcher's connection.
    """
    expression = match_expression(query)
    if not expression or limit < 1:
        return []
    hits = [_hit(row) for row in rows(_sql(include_private), (MATCH_START, MATCH_END, expression, limit))]
    first_seen = {session_id: n for n, session_id in enumerate(dict.fromkeys(h.session_id for h in hits))}
    return sorted(hits, key=lambda h: (first_seen[h.session_id], h.stage))


def _hit(row: dict[str, Any]) -> SearchHit:
    return SearchHit(
        session_id=int(row["session_id"]),
        session_title=row["title"],
        stage=int(row["stage"]),
        kind=SearchKind(row["kind"]),
        entity_id=int(row["entity_id"]),
        marked=row["marked"],
        private=bool(row["private"]),
    )


class Searcher:
    """A read-only connection of its own, so a worker thread can search while the GUI writes.

    Use it from one thread at a time (the search box keeps at most one search running).
    """

    def __init__(self, path: Path, timeout: float):
        self.path, self.timeout = path, timeout
        uri = f"{path.absolute().as_uri()}?mode=ro"  # as_uri escapes "?" and "#" in the path
        self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
        self.conn.text_factory = lenient_text  # a damaged text shows U+FFFD; it must not fail the search

    def search(self, query: str, include_private: bool = False, limit: int = 50) -> list[SearchHit]:
        try:
            return find(self._rows, query, include_private, limit)
        except WorkspaceError as error:  # a damaged index is derived data, not a damaged workspace
            if error.problem is not Problem.CORRUPT or not repair(self.path, self.timeout):
                raise
        return find(self._rows, query, include_private, limit)

    def _rows(self, sql: str, params: tuple) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor]
        except sqlite3.Error as error:
            raise translate_sqlite_error(error, self.path) or error from None

    def close(self) -> None:
        self.conn.close()
