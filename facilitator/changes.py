"""A change set: what one operation on a session added, updated and removed, and who made it.

Light on purpose (no domain, no storage imports): the cockpit's context imports it before the
first paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Who made a change. A participant's own phone is "participant:<id>"; an anonymous answer is ANONYMOUS.
COCKPIT = "cockpit"
AUDIENCE = "audience"
ANONYMOUS = "anonymous"
IMPORT = "import"


def participant(participant_id: int) -> str:
    """The initiator name of a participant writing from their phone."""
    return f"participant:{participant_id}"


Key = tuple[type, int]


def key(entity: Any) -> Key:
    return type(entity), entity.id


@dataclass(frozen=True)
class Changes:
    """What one operation changed. Entities are copies: safe to hand to another thread.

    `fields` names the fields of each updated entity that changed (absent: the whole entity).
    `origin` is the view that made the change, so it can ignore its own echo; other views act on it.
    """

    initiator: str
    session_id: int
    added: tuple[Any, ...] = ()
    updated: tuple[Any, ...] = ()
    removed: tuple[Any, ...] = ()
    fields: dict[Key, frozenset[str]] = field(default_factory=dict)
    origin: object | None = field(default=None, compare=False)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def kinds(self) -> set[type]:
        return {type(e) for e in (*self.added, *self.updated, *self.removed)}

    def touches(self, *kinds: type) -> bool:
        return bool(self.kinds() & set(kinds))

    def structural(self) -> set[type]:
        """Kinds of which entities were added or removed (lists change shape, not just words)."""
        return {type(e) for e in (*self.added, *self.removed)}

    def removes(self, entity: Any) -> bool:
        return entity is not None and key(entity) in {key(e) for e in self.removed}

    def updates(self, entity: Any) -> bool:
        return entity is not None and key(entity) in {key(e) for e in self.updated}

    def changed_fields(self, entity: Any) -> frozenset[str] | None:
        """The fields of an updated entity that changed; None when the whole entity may have."""
        return self.fields.get(key(entity))
