"""The session service: one transaction per operation, change sets to every subscriber, any thread."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from facilitator.domain import model as m
from facilitator.session import ANONYMOUS, IMPORT, SessionService, participant


@pytest.fixture
def service(store):
    return SessionService(store)


@pytest.fixture
def session(store):
    return store.create_session("Q3", "2026-10-14")


def heard(service):
    changes = []
    service.subscribe(changes.append)
    return changes


def test_an_added_statement_reaches_every_subscriber_with_its_initiator(service, session, store):
    first, second = heard(service), heard(service)
    changes = service.add_statement(session.id, "The Nordhafen deal slipped", participant_id=None, initiator=ANONYMOUS)
    assert first == second == [changes]
    (added,) = changes.added
    assert changes.initiator == ANONYMOUS and changes.session_id == session.id
    assert added.raw_text == "The Nordhafen deal slipped" and added.id
    assert [s.raw_text for s in store.load(session.id).statements] == ["The Nordhafen deal slipped"]


def test_change_sets_carry_copies_that_later_edits_do_not_alter(service, session):
    statement = m.Statement(session_id=session.id, raw_text="before")
    changes = service.add(statement)
    statement.raw_text = "after"
    assert changes.added[0].raw_text == "before"


def test_a_field_update_keeps_what_another_writer_stored_in_other_fields(service, session, store):
    agreement = m.Agreement(session_id=session.id, text="Deal desk")
    service.add(agreement)
    stale = store.load(session.id).agreements[0]  # the cockpit's copy, loaded before the vote
    service.record_consent(agreement.id, 7, 4, initiator=participant(7))
    stale.text = "Deal desk with a Product seat"
    changes = service.update([(stale, ["text"])])
    stored = store.get(m.Agreement, agreement.id)
    assert stored.text == "Deal desk with a Product seat"
    assert stored.consent == {7: 4}  # the phone's vote survived the cockpit's stale copy
    assert changes.changed_fields(stale) == {"text"}


def test_intents_record_what_they_say(service, session, store):
    statement = service.add_statement(session.id, "You always block us").added[0]
    action = m.ActionItem(session_id=session.id, text="Draft the intake form")
    service.add(action)
    service.confirm_reframe(statement.id, "Three requests are undecided; when can we decide?")
    service.set_action_status(action.id, m.ActionStatus.DONE)
    service.add_pulse_response(session.id, m.PulsePhase.BEFORE, "shared_goal", 5)
    data = store.load(session.id)
    assert data.statements[0].reframe_confirmed
    assert data.statements[0].reframe_text.startswith("Three requests")
    assert data.action_items[0].status == m.ActionStatus.DONE
    (pulse,) = data.pulse_responses
    assert (pulse.participant_id, pulse.score) == (None, 5)  # anonymous: no link to who answered


def test_bad_input_changes_nothing(service, session, store):
    agreement = m.Agreement(session_id=session.id, text="x")
    service.add(agreement)
    events = heard(service)
    with pytest.raises(ValueError):
        service.record_consent(agreement.id, 1, 9)
    with pytest.raises(ValueError):
        service.add_pulse_response(session.id, m.PulsePhase.BEFORE, "no_such_item", 3)
    from facilitator.storage.errors import WorkspaceError

    with pytest.raises(WorkspaceError):
        service.set_action_status(4711, m.ActionStatus.DONE)
    assert events == []
    assert store.load(session.id).pulse_responses == []


def test_a_failed_transaction_is_not_announced_and_a_retry_inserts(service, session, monkeypatch, store):
    events = heard(service)
    statement = m.Statement(session_id=session.id, raw_text="kept")

    def broken(entity):
        entity.id = 99
        raise RuntimeError("disk gone")

    monkeypatch.setattr(store, "save", broken)
    with pytest.raises(RuntimeError):
        service.add(statement)
    monkeypatch.undo()
    assert events == [] and statement.id == 0
    service.add(statement)
    assert [s.raw_text for s in store.load(session.id).statements] == ["kept"]


def test_deleting_announces_orphans_and_dropped_references(service, session, store):
    person = m.Participant(session_id=session.id, name="Dev")
    service.add(person)
    action = m.ActionItem(session_id=session.id, text="Call", owner_id=person.id)
    service.add(action)
    service.add_pulse_response(session.id, m.PulsePhase.BEFORE, "shared_goal", 3, participant_id=person.id)
    changes = service.delete(person)
    assert {type(e) for e in changes.removed} == {m.Participant, m.PulseResponse}
    assert [a.owner_id for a in changes.updated if isinstance(a, m.ActionItem)] == [None]
    assert store.load(session.id).action_items[0].owner_id is None


def test_imports_are_announced_as_a_new_session(service, store):
    events = heard(service)
    changes = service.import_session(m.SessionData(session=m.Session(title="From a file")))
    assert events == [changes] and changes.initiator == IMPORT
    assert store.session(changes.session_id).title == "From a file"


def test_many_threads_writing_at_once_lose_nothing_and_are_heard_in_commit_order(service, session, store):
    agreement = m.Agreement(session_id=session.id, text="Deal desk")
    service.add(agreement)
    order: list[int] = []
    service.subscribe(lambda c: order.extend(e.id for e in c.added))
    errors: list[BaseException] = []

    def phone(pid: int) -> None:
        try:
            for i in range(25):
                service.add_statement(session.id, f"{pid}-{i}", initiator=participant(pid))
            service.record_consent(agreement.id, pid, pid % 6, initiator=participant(pid))
        except BaseException as error:  # a "database is locked" would land here
            errors.append(error)

    threads = [threading.Thread(target=phone, args=(pid,)) for pid in range(1, 9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    data = store.load(session.id)
    assert len(data.statements) == 8 * 25
    assert data.agreements[0].consent == {pid: pid % 6 for pid in range(1, 9)}  # no vote lost
    assert order == sorted(order)  # heard in the order the ids were committed


def test_the_service_and_the_projection_need_no_qt():
    code = "import sys; sys.modules['PySide6'] = None; import facilitator.session"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
