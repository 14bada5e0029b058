"""Values that cannot be read: reported once, kept as stored until the user replaces them; mixed into `Store`.

A flipped bit in one stored value must not cost the rest of the session. The codec falls back
to a default for that field; this registry remembers which fields those are, so the window and
the CLI can name them, the log records them once (ids and field names only), and a save of the
entity leaves the damaged value in the file unless the user changed the field from the fallback.
(A user who sets the field to exactly the fallback value leaves it damaged: it still reports.)
"""

from __future__ import annotations

from typing import Any, TypeVar

from facilitator.log import log_event
from facilitator.storage import codec

E = TypeVar("E")


class DamageRegistry:
    """Methods of Store; `_damage`, `lock` and `_index_write` (IndexUpkeep) come from it."""

    _damage: dict[tuple[str, int], tuple[int, dict[str, Any]]]
    lock: Any
    _index_write: Any

    def _decode(self, kind: type[E], row: dict[str, Any]) -> E:
        """The entity of a row. A value that cannot be read falls back to a default and is
        remembered: reported by `damaged`, logged once, and kept as stored by `_update` until
        the user gives that field a value of their own (so a save cannot silently replace it)."""
        entity, damaged = codec.decode(kind, row)
        if damaged or self._damage:  # usually neither: nothing to do
            self._remember(kind, row, damaged)
        return entity

    def _remember(self, kind: type, row: dict[str, Any], damaged: dict[str, Any]) -> None:
        """What this read found is what is damaged in that row now (another process may repair it)."""
        table = codec.table_name(kind)
        session_id, row_id = codec.owner(kind, row)
        with self.lock:
            known = self._damage.pop((table, row_id), (session_id, {}))[1]
            if not damaged:
                return
            for field in sorted(damaged.keys() - known.keys()):
                log_event(f"damaged value: {codec.Damage(session_id, table, row_id, field).describe()}")
            self._damage[(table, row_id)] = (session_id, damaged)

    def damaged(self, session_id: int | None = None) -> list[codec.Damage]:
        """Values found unreadable so far (in this session, or anywhere), in a stable order."""
        found = [
            codec.Damage(owner, table, row_id, field)
            for (table, row_id), (owner, fields) in self._damage.items()
            for field in fields
            if session_id is None or owner == session_id
        ]
        return sorted(found, key=lambda d: (d.session_id, d.table != "session", d.table, d.row_id, d.field))

    def _keep_damaged(self, table: str, entity: Any, row: dict[str, Any]) -> None:
        """Leave a damaged value as stored unless the user changed the field from its fallback."""
        entry = self._damage.get((table, entity.id)) if self._damage else None
        if entry is None:
            return
        self._index_write(entry[0])  # the index's copy of this row may have changed with it
        fields = entry[1]
        for name, fallback in list(fields.items()):
            if name not in row:
                continue
            if getattr(entity, name) == fallback:
                del row[name]
            else:
                del fields[name]  # the user's own value replaces the damaged one
        if not fields:
            del self._damage[(table, entity.id)]
