"""The open session as the pages see it: its data, and saving that never needs a Save button.

Text edits are batched: a change is stored at most SAVE_DELAY_MS after it was typed, in one
transaction with everything else pending. The timer is not restarted by later keystrokes, so
someone typing without a pause is saved every SAVE_DELAY_MS too. Structural changes (add,
delete, a cell edit) save at once.
A failed save keeps the edit pending, tells the window, and retries with the next change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.storage.errors import WorkspaceError
from facilitator.ui.problems import describe

if TYPE_CHECKING:
    from facilitator.domain.model import SessionData
    from facilitator.storage.store import Store

E = TypeVar("E")
SAVE_DELAY_MS = 400  # a crash loses at most this much typing (QUALITY: at most half a second)
RETRY_MS = 3000


class SessionContext(QObject):
    loaded = Signal()  # a session's data has been (re)loaded: pages refill themselves
    changed = Signal(type)  # entities of this kind were added or removed
    edited = Signal(object)  # one entity changed in place (pages may update derived views)
    saving = Signal()  # changes are waiting to be stored
    saved = Signal()  # everything is stored
    failed = Signal(str)  # storing failed; the message says what the user can do

    def __init__(self, store: Store | None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.data: SessionData | None = None
        self._pending: dict[int, Any] = {}
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def session_id(self) -> int:
        assert self.data is not None
        return self.data.session.id

    def open(self, session_id: int) -> None:
        self.flush()
        self.data = self.store.load(session_id)
        self.loaded.emit()

    def reload(self) -> None:
        if self.data is not None:
            self.open(self.data.session.id)

    def close_session(self) -> None:
        self.flush()
        self.data = None

    # -- saving -------------------------------------------------------------------------------

    def edit(self, entity: Any) -> None:
        """An entity changed by typing: store it within SAVE_DELAY_MS."""
        self._pending[id(entity)] = entity
        if not self._timer.isActive():
            self._timer.start(SAVE_DELAY_MS)
        self.saving.emit()
        self.edited.emit(entity)

    def flush(self) -> bool:
        """Store everything pending now (on focus change, stage switch and close)."""
        self._timer.stop()
        if not self._pending:
            return True
        entities = list(self._pending.values())
        try:
            self.store.save_all(entities)
        except WorkspaceError as error:
            self._timer.start(RETRY_MS)
            self.failed.emit(describe(error))
            return False
        for entity in entities:
            self._pending.pop(id(entity), None)
        self.saved.emit()
        return True

    def save(self, entity: E) -> bool:
        """Store one entity now, e.g. after a cell edit or a choice in a list."""
        self._pending[id(entity)] = entity
        ok = self.flush()
        if ok:
            self.edited.emit(entity)
        return ok

    def add(self, entity: E) -> E | None:
        """Add an entity to the open session; None when it could not be stored."""
        assert self.data is not None
        entity.session_id = self.session_id
        if not self.flush():
            return None
        try:
            self.store.save(entity)
        except WorkspaceError as error:
            self.failed.emit(describe(error))
            return None
        self.data.items(type(entity)).append(entity)
        self.saved.emit()
        self.changed.emit(type(entity))
        return entity

    def delete(self, entity: Any) -> bool:
        assert self.data is not None
        self._pending.pop(id(entity), None)
        try:
            self.store.delete(entity)
        except WorkspaceError as error:
            self.failed.emit(describe(error))
            return False
        self.data.items(type(entity)).remove(entity)
        from facilitator.domain.model import detach

        changed, orphans = detach(self.data, entity)  # the store did the same in its transaction
        for orphan in orphans:
            self.data.items(type(orphan)).remove(orphan)
            self.changed.emit(type(orphan))
        for item in changed:
            self.edited.emit(item)
        self.saved.emit()
        self.changed.emit(type(entity))
        return True

    def discard(self) -> None:
        """Drop what could not be stored (the user chose so) and close the session."""
        self._timer.stop()
        self._pending.clear()
        self.data = None

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)
