"""The open session as the cockpit sees it: its data, typing that saves itself, and change sets.

Every change, the cockpit's own and another writer's (the participant server's thread, say),
reaches the pages as one `changes` signal on the GUI thread, carrying a `session.Changes` whose
entities are the objects in `data`. A page ignores a change whose `origin` is itself.

Typing is batched: a change is stored at most SAVE_DELAY_MS after it was typed, in one
transaction with everything else pending, and is announced to the other views at once. The timer
is not restarted by later keystrokes, so someone typing without a pause is saved every
SAVE_DELAY_MS too. Structural changes (add, delete, a cell edit) save at once. A failed save
keeps the edit pending, tells the window, and retries.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.changes import COCKPIT, Changes, key
from facilitator.storage.errors import WorkspaceError
from facilitator.ui.problems import describe

if TYPE_CHECKING:
    from facilitator.domain.model import SessionData
    from facilitator.session import SessionService
    from facilitator.storage.store import Store

E = TypeVar("E")
SAVE_DELAY_MS = 400  # a crash loses at most this much typing (QUALITY: at most half a second)
RETRY_MS = 3000


class SessionContext(QObject):
    loaded = Signal()  # a session's data has been (re)loaded: pages refill themselves
    changes = Signal(object)  # a session.Changes whose entities are the objects in `data`
    saving = Signal()  # changes are waiting to be stored
    saved = Signal()  # everything is stored
    failed = Signal(str)  # storing failed; the message says what the user can do
    _arrived = Signal(object)  # a change set from any thread, delivered on the GUI thread

    def __init__(self, store: Store | None, parent: QObject | None = None):
        super().__init__(parent)
        self.service: SessionService | None = None
        self.data: SessionData | None = None
        self._pending: dict[int, tuple[Any, set[str] | None]] = {}
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._arrived.connect(self._apply_foreign)
        self._unsubscribe = lambda: None
        self._gui_thread = threading.current_thread()
        if store is not None:
            from facilitator.session import SessionService

            self.attach(SessionService(store))

    def attach(self, service: SessionService) -> None:
        """Work on another workspace (the session open before is closed first)."""
        self.close_session()
        self._unsubscribe()
        self.service = service
        self._unsubscribe = service.subscribe(self._hear)

    @property
    def session_id(self) -> int:
        assert self.data is not None
        return self.data.session.id

    def open(self, session_id: int) -> None:
        self.flush()
        self.data = self.service.load(session_id)
        self.loaded.emit()

    def reload(self) -> None:
        if self.data is not None:
            self.open(self.data.session.id)

    def close_session(self) -> None:
        self.flush()
        self.data = None

    # -- saving -------------------------------------------------------------------------------

    def edit(self, entity: Any, field: str | None = None, origin: object | None = None) -> None:
        """An entity changed by typing: tell the other views now, store it within SAVE_DELAY_MS."""
        self._note(entity, field)
        if not self._timer.isActive():
            self._timer.start(SAVE_DELAY_MS)
        self.saving.emit()
        self._announce(self._typed(entity, field, origin))

    def save(self, entity: E, field: str | None = None, origin: object | None = None) -> bool:
        """Store one entity now (with anything else pending), e.g. after a cell edit or a choice."""
        self._note(entity, field)
        if not self.flush():
            return False
        self._announce(self._typed(entity, field, origin))
        return True

    def _typed(self, entity: Any, field: str | None, origin: object | None) -> Changes:
        fields = {} if field is None else {key(entity): frozenset({field})}
        return Changes(COCKPIT, self.session_id, updated=(entity,), fields=fields, origin=origin)

    def _note(self, entity: Any, field: str | None) -> None:
        """Remember a changed field (None: the whole entity) until the next flush."""
        _entity, fields = self._pending.get(id(entity), (entity, set()))
        self._pending[id(entity)] = (entity, None if field is None or fields is None else fields | {field})

    def flush(self) -> bool:
        """Store everything pending now (on focus change, stage switch and close)."""
        self._timer.stop()
        if not self._pending:
            return True
        pending = list(self._pending.values())
        try:
            self.service.update(pending, COCKPIT, origin=self)
        except WorkspaceError as error:
            self._timer.start(RETRY_MS)
            self.failed.emit(describe(error))
            return False
        for entity, _fields in pending:
            self._pending.pop(id(entity), None)
        self.saved.emit()
        return True

    def add(self, entity: E, origin: object | None = None) -> E | None:
        """Add an entity to the open session; None when it could not be stored."""
        assert self.data is not None
        entity.session_id = self.session_id
        if not self.flush():
            return None
        try:
            self.service.add(entity, COCKPIT, origin=self)
        except WorkspaceError as error:
            self.failed.emit(describe(error))
            return None
        self.data.items(type(entity)).append(entity)
        self.saved.emit()
        self._announce(Changes(COCKPIT, self.session_id, added=(entity,), origin=origin))
        return entity

    def delete(self, entity: Any, origin: object | None = None) -> bool:
        assert self.data is not None
        self._pending.pop(id(entity), None)
        try:
            changes = self.service.delete(entity, COCKPIT, origin=self)
        except WorkspaceError as error:
            self.failed.emit(describe(error))
            return False
        self.saved.emit()
        self._announce(self._merge(changes, origin))
        return True

    def discard(self) -> None:
        """Drop what could not be stored (the user chose so) and close the session."""
        self._timer.stop()
        self._pending.clear()
        self.data = None

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    # -- change sets --------------------------------------------------------------------------

    def _hear(self, changes: Changes) -> None:
        """Every change set of the workspace, on the thread that made it."""
        if changes.origin is self and threading.current_thread() is self._gui_thread:
            return  # our own: already in `data`, announced by the method that made it
        self._arrived.emit(changes)  # queued to the GUI thread when another thread made it

    def _apply_foreign(self, changes: Changes) -> None:
        if self.data is None or changes.session_id != self.data.session.id:
            return
        self._announce(self._merge(changes, changes.origin))

    def _merge(self, changes: Changes, origin: object | None) -> Changes:
        """Bring a change set into `data`; returns it with `data`'s own objects in place of copies."""
        data = self.data
        own = {key(e): e for e in _entities(data)}
        added = []
        for copy in changes.added:
            if key(copy) not in own:
                data.items(type(copy)).append(copy)
                own[key(copy)] = copy
            added.append(own[key(copy)])
        updated = []
        for copy in changes.updated:
            target = own.get(key(copy))
            if target is None:
                continue
            names = changes.changed_fields(copy) or {f.name for f in dataclasses.fields(copy)}
            typing = self._pending.get(id(target), (None, set()))[1]
            for name in names:
                if typing is None or name in typing:
                    continue  # what is being typed here wins; it is stored within SAVE_DELAY_MS
                setattr(target, name, getattr(copy, name))
            updated.append(target)
        removed = []
        for copy in changes.removed:
            target = own.get(key(copy))
            if target is not None:
                data.items(type(target)).remove(target)
                self._pending.pop(id(target), None)
                removed.append(target)
        return dataclasses.replace(
            changes, added=tuple(added), updated=tuple(updated), removed=tuple(removed), origin=origin
        )

    def _announce(self, changes: Changes) -> None:
        if changes and self.data is not None:
            self.changes.emit(changes)


def _entities(data: SessionData) -> list:
    """The session itself and everything it holds."""
    from facilitator.domain.model import CHILD_TYPES

    return [data.session, *(e for kind in CHILD_TYPES for e in data.items(kind))]
