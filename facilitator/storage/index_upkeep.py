"""The search index kept in step with the sessions it is derived from; mixed into `Store`.

A flipped bit in a text usually has a twin in the index's copy of it, and FTS5 removes a row's
words by reading that copy: once a copy changed under the words, every later change of the row
leaves words behind. The index holds nothing that is not in the sessions, so it is never patched:
found out of step, it is made again from the sessions (search.rebuild), under the write lock, in
one transaction, without touching anything else.

When: the first load of a session in a process compares its index rows with its texts (a few
ms). If they differ, or the session has damaged values (whose copies may have changed with them
while the words did not), FTS5's own integrity check runs too (about 0.5 s for 2,000 sessions)
before the rebuild. A write that changes or deletes a row with a damaged value checks the same
way before it commits. A search that fails as if the file were damaged runs FTS5's check, and
if the index is what is damaged, rebuilds it and searches again (storage/search.py does the same
for the search box's own read-only connection).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from facilitator.log import log_event
from facilitator.storage import search
from facilitator.storage.errors import WorkspaceError


class IndexUpkeep:
    """Methods of Store; `db`, `lock`, `_damage` and `transaction` come from it."""

    db: Any
    lock: Any
    _damage: dict[tuple[str, int], tuple[int, dict[str, Any]]]
    _index_checked: set[int]  # sessions whose index rows this process has compared
    _index_due: set[int]  # sessions whose index rows must be checked before the commit

    def _index_after_load(self, session_id: int) -> None:
        """Once per session and process: rebuild the index if it is out of step with the session."""
        if session_id in self._index_checked:
            return
        self._index_checked.add(session_id)
        try:
            with self.lock:
                stale = search.stale(self.db.conn, session_id)
            if stale or self._damaged_in_index(session_id):
                with self.transaction():  # checked again under the write lock, before its commit
                    self._index_due.add(session_id)
        except (WorkspaceError, sqlite3.Error) as error:  # the session still opens; search may miss
            log_event(f"search index of session {session_id} not checked: {type(error).__name__}")

    def _damaged_in_index(self, session_id: int) -> bool:
        """Whether a row of this session that the index copies has a damaged value."""
        return any(
            owner == session_id and table in search.INDEXED_TABLES
            for (table, _row_id), (owner, _fields) in self._damage.items()
        )

    def _index_write(self, session_id: int) -> None:
        """A row of this session is changed or deleted in this transaction: if the session has
        damaged values, the index's copies may no longer match its words; check before commit."""
        if self._damaged_in_index(session_id):
            self._index_due.add(session_id)

    def _settle_index(self) -> None:
        """Before a commit: the index of the sessions marked due checked, and rebuilt if needed."""
        if not self._index_due:
            return
        due, self._index_due = self._index_due, set()
        conn = self.db.conn
        try:
            if any(search.stale(conn, session_id) for session_id in due) or not search.sound(conn):
                search.rebuild(conn)
                log_event(f"search index rebuilt from the sessions (out of step in session {min(due)})")
        except BaseException:
            self._index_due |= due  # rolled back with the transaction: the next one tries again
            raise

    def _rebuild_damaged_index(self) -> bool:
        """A search failed as if the file were damaged: if the index is, rebuild it (True)."""
        try:
            with self.transaction():
                if search.sound(self.db.conn):
                    return False  # the damage is elsewhere: the caller reports it
                search.rebuild(self.db.conn)
        except (WorkspaceError, sqlite3.Error):
            return False
        log_event("search index rebuilt from the sessions (a search found it damaged)")
        return True
