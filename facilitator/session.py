"""The session service: every change to a workspace, from any screen or thread, goes through here.

Each operation is one transaction (`BEGIN IMMEDIATE`) and returns a change set: what was added,
updated and removed, and who initiated it. Every subscriber hears every change set, in the
order the changes were committed. Operations may be called from any thread (the GUI, the
participant server, an import worker): the store lets one thread at a time at the file, so no
change is lost and no reader sees half of one. No Qt here: the GUI re-emits change sets as a
Qt signal on its own thread (`facilitator.ui.context`).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from facilitator.changes import ANONYMOUS, AUDIENCE, COCKPIT, IMPORT, Changes, key, participant
from facilitator.domain import model as m

if TYPE_CHECKING:
    from facilitator.storage.store import Store

__all__ = ["ANONYMOUS", "AUDIENCE", "COCKPIT", "IMPORT", "Changes", "SessionService", "participant"]

Subscriber = Callable[[Changes], None]


class SessionService:
    """Intent-level operations on the sessions of one workspace."""

    def __init__(self, store: Store):
        self.store = store
        self._subscribers: list[Subscriber] = []
        self._subscribers_lock = threading.Lock()

    # -- subscribers --------------------------------------------------------------------------

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Hear every change set; returns the function that stops it."""
        with self._subscribers_lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._subscribers_lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def _run(self, work: Callable[[], Changes]) -> Changes:
        """One transaction; its change set goes out after the commit and before another write."""
        with self.store.lock:
            with self.store.transaction():
                changes = work()
            with self._subscribers_lock:
                subscribers = list(self._subscribers)
            for subscriber in subscribers:
                subscriber(changes)
            return changes

    # -- reading ------------------------------------------------------------------------------

    def load(self, session_id: int) -> m.SessionData:
        """A consistent copy of a whole session, for one reader to keep."""
        return self.store.load(session_id)

    # -- generic operations (the cockpit's tables and fields) ----------------------------------

    def add(self, entity: Any, initiator: str = COCKPIT, origin: object | None = None) -> Changes:
        """Store a new entity of a session; `entity.id` is set."""

        def work() -> Changes:
            self.store.save(entity)
            return Changes(initiator, entity.session_id, added=_copies([entity]), origin=origin)

        try:
            return self._run(work)
        except BaseException:
            entity.id = 0  # rolled back: still new, or a retry would update nothing
            raise

    def update(
        self,
        entities: Iterable[tuple[Any, Iterable[str] | None]],
        initiator: str = COCKPIT,
        origin: object | None = None,
    ) -> Changes:
        """Store changed fields of entities (None: every field) as one user action."""
        pairs = [(e, None if f is None else frozenset(f)) for e, f in entities]
        if not pairs:
            return Changes(initiator, 0)
        return self._run(lambda: self._update(pairs, initiator, origin))

    def _update(self, pairs: list[tuple[Any, frozenset[str] | None]], initiator: str, origin=None) -> Changes:
        added, updated = [], []
        for entity, names in pairs:
            if not entity.id:  # typed into a draft (a first private note): this stores it
                self.store.save(entity)
                added.append(entity)
                continue
            if names is None:
                self.store.save(entity)
            else:
                self.store.update_fields(entity, names)
            updated.append(entity)
        fields = {key(e): names for e, names in pairs if names is not None and e in updated}
        return Changes(
            initiator,
            _session_id(pairs[0][0]),
            added=_copies(added),
            updated=_copies(updated),
            fields=fields,
            origin=origin,
        )

    def delete(self, entity: Any, initiator: str = COCKPIT, origin: object | None = None) -> Changes:
        """Delete an entity and every reference to it; orphans (its pulse scores, say) go with it."""

        def work() -> Changes:
            changed, orphans = self.store.delete(entity)
            removed = _copies([entity, *orphans])
            return Changes(initiator, entity.session_id, updated=_copies(changed), removed=removed, origin=origin)

        return self._run(work)

    # -- intents (what a participant's phone or the room may do) -------------------------------

    def add_statement(
        self,
        session_id: int,
        text: str,
        participant_id: int | None = None,
        lang: str = "en",
        initiator: str = COCKPIT,
    ) -> Changes:
        """A statement of what happened, as written; it reaches the room only once reframed."""
        statement = m.Statement(session_id=session_id, participant_id=participant_id, raw_text=text, lang=lang)
        return self.add(statement, initiator)

    def confirm_reframe(self, statement_id: int, reframe: str, initiator: str = COCKPIT) -> Changes:
        """The speaker confirmed the neutral phrasing of their statement."""

        def work() -> Changes:
            statement = self.store.get(m.Statement, statement_id)
            statement.reframe_text, statement.reframe_confirmed = reframe, True
            return self._update([(statement, frozenset({"reframe_text", "reframe_confirmed"}))], initiator)

        return self._run(work)

    def record_consent(self, agreement_id: int, participant_id: int, score: int, initiator: str = COCKPIT) -> Changes:
        """One person's fist-of-five on an agreement; other votes stored meanwhile are kept."""
        if not m.CONSENT_MIN <= score <= m.CONSENT_MAX:
            raise ValueError(f"consent is {m.CONSENT_MIN} to {m.CONSENT_MAX}, not {score}")

        def work() -> Changes:
            agreement = self.store.get(m.Agreement, agreement_id)
            agreement.consent = {**agreement.consent, participant_id: score}
            return self._update([(agreement, frozenset({"consent"}))], initiator)

        return self._run(work)

    def set_action_status(self, action_id: int, status: m.ActionStatus, initiator: str = COCKPIT) -> Changes:
        def work() -> Changes:
            action = self.store.get(m.ActionItem, action_id)
            action.status = m.ActionStatus(status)
            return self._update([(action, frozenset({"status"}))], initiator)

        return self._run(work)

    def add_pulse_response(
        self,
        session_id: int,
        phase: m.PulsePhase,
        item_id: str,
        score: int,
        participant_id: int | None = None,
        initiator: str = ANONYMOUS,
    ) -> Changes:
        """A pulse answer; an anonymous one is stored with no link to who gave it."""
        if item_id not in m.PULSE_ITEMS or not m.PULSE_MIN <= score <= m.PULSE_MAX:
            raise ValueError(f"no pulse item {item_id!r} with score {score}")
        response = m.PulseResponse(
            session_id=session_id,
            participant_id=participant_id,
            phase=m.PulsePhase(phase),
            item_id=item_id,
            score=score,
        )
        return self.add(response, initiator)

    # -- whole sessions -----------------------------------------------------------------------

    def import_session(self, data: m.SessionData, initiator: str = IMPORT, templates: Iterable[Any] = ()) -> Changes:
        """Store a whole session (a file, the demo, a duplicate) under new ids; with a full
        backup's `templates`, those of the user's not yet in the workspace, in the same transaction."""

        def work() -> Changes:
            session = self.store.import_session(data)
            self.store.import_templates(list(templates))
            return Changes(initiator, session.id, added=(copy.deepcopy(session),))

        return self._run(work)

    # -- templates ----------------------------------------------------------------------------

    def apply_template(self, session_id: int, template: Any, append: bool = False, initiator: str = COCKPIT) -> Changes:
        """Fill a stage from a template as one user action. Raises TemplateRefused (a ValueError)
        when the stage is not empty and `append` was not confirmed, or the criteria are locked."""
        from facilitator.domain import templates

        def work() -> Changes:
            data = self.store.load(session_id)
            plan = templates.plan(template, data, append)
            for entity in plan.entities:
                self.store.save(entity)
            if plan.ground_rules is None:
                return Changes(initiator, session_id, added=_copies(plan.entities))
            data.session.ground_rules = plan.ground_rules
            self.store.update_fields(data.session, {"ground_rules"})
            fields = {key(data.session): frozenset({"ground_rules"})}
            return Changes(initiator, session_id, updated=_copies([data.session]), fields=fields)

        return self._run(work)

    def undo_template(
        self, session_id: int, added: Iterable[Any] = (), ground_rules: str | None = None, initiator: str = COCKPIT
    ) -> Changes:
        """Take back what a template added, as one user action: its entities (those still there)
        and, for ground rules, the text as it was before."""

        def work() -> Changes:
            data = self.store.load(session_id)
            removed, changed = [], {}
            for entity in added:
                stored = next((e for e in data.items(type(entity)) if e.id == entity.id), None)
                if stored is None:
                    continue  # deleted meanwhile
                updated, orphans = self.store.delete(stored)
                removed += [stored, *orphans]
                changed.update({key(e): e for e in updated})
            fields = {}
            if ground_rules is not None:
                data.session.ground_rules = ground_rules
                self.store.update_fields(data.session, {"ground_rules"})
                changed[key(data.session)] = data.session
                fields[key(data.session)] = frozenset({"ground_rules"})
            return Changes(
                initiator,
                session_id,
                updated=_copies(changed.values()),
                removed=_copies(removed),
                fields=fields,
            )

        return self._run(work)

    # -- follow-ups ---------------------------------------------------------------------------

    def follow_up(
        self, session_id: int, title: str | None = None, date: str | None = None, initiator: str = COCKPIT
    ) -> Changes:
        """Start the session that follows up a closed one; its id is in `changes.added[0]`.

        Raises FollowUpRefused (a ValueError) when the session is not closed or already followed up.
        """
        import datetime as dt

        from facilitator.domain import followup

        def work() -> Changes:
            previous = self.store.load(session_id)
            followup.check_can_follow(previous.session, self.store.follower(session_id))
            data = followup.follow_up_data(previous, date or dt.date.today().isoformat(), title)
            session = self.store.import_session(data)
            return Changes(initiator, session.id, added=(copy.deepcopy(session),))

        return self._run(work)

    def review_agreement(
        self, session_id: int, agreement_id: int, kept: m.Kept, note: str = "", initiator: str = COCKPIT
    ) -> Changes:
        """Mark an agreement carried into a follow-up as kept, partly kept or not kept."""
        from facilitator.domain import followup

        kept = m.Kept(kept)  # a wrong word is refused before anything is written

        def work() -> Changes:
            data = self.store.load(session_id)
            if data.agreement(agreement_id) is None:
                raise ValueError(f"session {session_id} has no agreement {agreement_id}")
            record = data.follow_ups[0] if data.follow_ups else m.FollowUp(session_id=session_id)
            record.reviews = followup.with_review(record, agreement_id, kept, note)
            return self._update([(record, None if not record.id else frozenset({"reviews"}))], initiator)

        return self._run(work)

    def review_action(
        self, action_id: int, outcome: str, due: str = "", note: str = "", initiator: str = COCKPIT
    ) -> Changes:
        """Mark an action carried into a follow-up as done, moved to a new due date, or dropped."""
        from facilitator.domain import followup

        outcome = followup.ActionOutcome(outcome)

        def work() -> Changes:
            action = self.store.get(m.ActionItem, action_id)
            changed = followup.apply_action_review(action, outcome, due, note)
            return self._update([(action, frozenset(changed))], initiator)

        return self._run(work)


def _copies(entities: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(copy.deepcopy(e) for e in entities)


def _session_id(entity: Any) -> int:
    return entity.id if isinstance(entity, m.Session) else entity.session_id
