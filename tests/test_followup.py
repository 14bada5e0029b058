"""Follow-up sessions: what carries over, the reviews, the series, the dashboard's reads and the CLI."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.__main__ import main
from facilitator.domain import followup, trends
from facilitator.domain import model as m
from facilitator.session import SessionService
from facilitator.storage.store import Store


@pytest.fixture
def service(store):
    return SessionService(store)


def closed_session(store: Store, title: str = "Q3 escalation", date: str = "2026-10-14") -> m.SessionData:
    """A closed session with two people, a shared goal, two agreements and three actions."""
    ana = m.Participant(id=1, name="Ana", side=m.Side.SALES)
    ben = m.Participant(id=2, name="Ben", side=m.Side.PRODUCT)
    goal = m.Goal(id=1, owner=m.GoalOwner.SHARED, objective="Win the Nordhafen renewal together")
    other_goal = m.Goal(id=2, owner=m.GoalOwner.SALES, objective="Close 12 deals")
    desk = m.Agreement(id=1, text="Deal desk on Mondays", driver_id=1, consent={1: 4, 2: 5}, review_date="2026-11-13")
    old = m.Agreement(id=2, text="Retired rule", status=m.AgreementStatus.RETIRED)
    data = m.SessionData(
        session=m.Session(
            title=title,
            date=date,
            status=m.SessionStatus.CLOSED,
            ground_rules="One voice at a time",
            shared_goal_id=1,
            glasl_stage=4,
            follow_up_date="2026-11-13",
        ),
        participants=[ana, ben],
        goals=[goal, other_goal],
        statements=[m.Statement(id=1, raw_text="You always overpromise")],
        agreements=[desk, old],
        action_items=[
            m.ActionItem(id=1, agreement_id=1, text="Draft the intake form", owner_id=2, due="2026-10-28"),
            m.ActionItem(id=2, text="Book the room", owner_id=1, due="2026-10-20", status=m.ActionStatus.DONE),
            m.ActionItem(id=3, text="Share the pipeline", owner_id=1, due="2026-12-20", status=m.ActionStatus.BLOCKED),
        ],
    )
    session = store.import_session(data)
    return store.load(session.id)


def test_a_follow_up_carries_people_rules_goal_agreements_and_open_actions(service, store):
    first = closed_session(store)
    changes = service.follow_up(first.session.id, date="2026-11-13")
    data = store.load(changes.session_id)
    assert data.session.follows_id == first.session.id
    assert data.session.status == m.SessionStatus.DRAFT and data.session.date == "2026-11-13"
    assert data.session.ground_rules == "One voice at a time" and data.session.glasl_stage == 4
    assert [p.name for p in data.participants] == ["Ana", "Ben"]
    assert data.shared_goal.objective == "Win the Nordhafen renewal together"
    assert [g.objective for g in data.goals] == ["Win the Nordhafen renewal together"]
    assert not data.statements  # what was said stays in its own session
    (desk,) = data.agreements  # the retired rule is not reviewed again
    assert desk.text == "Deal desk on Mondays"
    assert data.participant(desk.driver_id).name == "Ana"  # references point into the new session
    assert sorted(a.text for a in data.action_items) == ["Draft the intake form", "Share the pipeline"]
    intake = next(a for a in data.action_items if a.text == "Draft the intake form")
    assert data.participant(intake.owner_id).name == "Ben" and intake.agreement_id == desk.id
    (record,) = data.follow_ups
    assert (record.scheduled, record.held, record.reviews) == ("2026-11-13", "2026-11-13", [])
    # the earlier session is untouched
    assert len(store.load(first.session.id).action_items) == 3


def test_only_a_closed_session_can_be_followed_up_and_only_once(service, store):
    draft = store.create_session("Still running")
    with pytest.raises(followup.FollowUpRefused, match="not closed"):
        service.follow_up(draft.id)
    first = closed_session(store)
    service.follow_up(first.session.id)
    before = len(store.sessions())
    with pytest.raises(followup.FollowUpRefused, match="already has a follow-up"):
        service.follow_up(first.session.id)
    assert len(store.sessions()) == before


def test_reviews_record_what_happened_to_agreements_and_actions(service, store):
    first = closed_session(store)
    follow_id = service.follow_up(first.session.id, date="2026-11-13").session_id
    heard = []
    service.subscribe(heard.append)
    data = store.load(follow_id)
    desk = data.agreements[0]
    intake, pipeline = sorted(data.action_items, key=lambda a: a.text)

    service.review_agreement(follow_id, desk.id, m.Kept.PARTLY, "Twice skipped in October")
    service.review_agreement(follow_id, desk.id, m.Kept.YES, "Held every Monday")  # changed their mind
    service.review_action(intake.id, followup.ActionOutcome.DONE, note="Form live since 3 Nov")
    service.review_action(pipeline.id, followup.ActionOutcome.MOVED, due="2026-12-15")

    data = store.load(follow_id)
    record = data.follow_ups[0]
    assert record.reviews == [{"agreement_id": desk.id, "kept": "yes", "note": "Held every Monday"}]
    intake, pipeline = sorted(data.action_items, key=lambda a: a.text)
    assert followup.action_outcome(record, intake) == followup.ActionOutcome.DONE
    assert intake.evidence == "Form live since 3 Nov"
    assert followup.action_outcome(record, pipeline) == followup.ActionOutcome.MOVED
    assert (pipeline.due, pipeline.status) == ("2026-12-15", m.ActionStatus.OPEN)
    assert [c.session_id for c in heard] == [follow_id] * 4  # every review is a change set


def test_a_bad_review_changes_nothing(service, store):
    first = closed_session(store)
    follow_id = service.follow_up(first.session.id).session_id
    data = store.load(follow_id)
    action = data.action_items[0]
    with pytest.raises(ValueError, match="new due date"):
        service.review_action(action.id, followup.ActionOutcome.MOVED, due="next week")
    with pytest.raises(ValueError):
        service.review_agreement(follow_id, data.agreements[0].id, "maybe")
    with pytest.raises(ValueError, match="no agreement"):
        service.review_agreement(follow_id, 9999, m.Kept.YES)
    assert store.load(follow_id) == data


def test_series_are_chains_of_follow_ups_oldest_first(service, store):
    first = closed_session(store, "Q3", "2026-10-14")
    second_id = service.follow_up(first.session.id, date="2026-11-13").session_id
    second = store.session(second_id)
    second.status = m.SessionStatus.CLOSED
    store.save(second)
    third_id = service.follow_up(second_id, date="2027-01-12").session_id
    lone = store.create_session("Unrelated")
    chains = followup.series(store.sessions())
    assert [[s.id for s in chain] for chain in chains] == [[first.session.id, second_id, third_id]]
    assert lone.id not in {s.id for chain in chains for s in chain}
    # The home screen's narrow read lists the same sessions in the same order, and finds the same series.
    summaries = store.session_summaries()
    assert [(s.id, s.title, s.date, s.status, s.follows_id) for s in summaries] == [
        (s.id, s.title, s.date, s.status, s.follows_id) for s in store.sessions()
    ]
    assert [[s.id for s in chain] for chain in followup.series(summaries)] == [[first.session.id, second_id, third_id]]


def test_the_dashboard_sees_only_open_work_of_the_latest_session_in_a_series(service, store):
    first = closed_session(store)
    today = dt.date(2026, 11, 25)
    due = store.open_actions_due(trends.week_end(today))
    assert sorted(a.text for a in due) == ["Draft the intake form"]  # done and later ones left out
    assert due[0].owner == "Ben" and due[0].session_title == "Q3 escalation"
    assert [a.text for a in store.agreements_due(today.isoformat())] == ["Deal desk on Mondays"]

    follow_id = service.follow_up(first.session.id, date="2026-11-13").session_id
    due = store.open_actions_due(trends.week_end(today))
    assert [(a.text, a.session_id) for a in due] == [("Draft the intake form", follow_id)]  # not twice
    overdue, this_week = trends.split_due(due, today)
    assert [a.text for a in overdue] == ["Draft the intake form"] and this_week == []
    service.set_action_status(due[0].id, m.ActionStatus.DONE)
    assert store.open_actions_due(trends.week_end(today)) == []


def test_figures_of_a_series_show_the_trend(service, store):
    first = closed_session(store)
    sid = first.session.id
    for who, before, after in ((1, 2, 4), (2, 3, 5)):
        service.add_pulse_response(sid, m.PulsePhase.BEFORE, "shared_goal", before, participant_id=who)
        service.add_pulse_response(sid, m.PulsePhase.AFTER, "shared_goal", after, participant_id=who)
    follow_id = service.follow_up(sid, date="2026-11-13").session_id
    service.add_pulse_response(follow_id, m.PulsePhase.FOLLOWUP, "shared_goal", 6)
    data = store.load(follow_id)
    service.review_agreement(follow_id, data.agreements[0].id, m.Kept.PARTLY)
    points = store.session_figures([sid, follow_id])
    lines = trends.pulse_series(points, "shared_goal")
    assert lines[m.PulsePhase.BEFORE] == [(0, 2.5)] and lines[m.PulsePhase.AFTER] == [(0, 4.5)]
    assert lines[m.PulsePhase.FOLLOWUP] == [(1, 6.0)]
    assert trends.trend(points, "shared_goal") == 3.5
    assert trends.kept_series(points) == [(1, 0.5)]
    assert trends.glasl_series(points) == [(0, 4), (1, 4)]


def test_cli_follow_up_prints_the_new_id(tmp_path, capsys):
    db = tmp_path / "ws.facilitator"
    store = Store(db)
    first = closed_session(store)
    store.close()
    assert main(["follow-up", str(first.session.id), "--db", str(db)]) == 0
    new_id = int(capsys.readouterr().out.strip())
    store = Store(db)
    assert store.session(new_id).follows_id == first.session.id
    store.close()
    assert main(["follow-up", str(first.session.id), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"facilitator: session {first.session.id} already has a follow-up (session {new_id})"]
    assert main(["follow-up", "999", "--db", str(db)]) == 1
    assert "no session with id 999" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_demo_series_imports_as_one_series_with_a_real_trend(service, store, lang):
    from facilitator.demo_series import demo_series, import_series

    ids = import_series(service, demo_series(lang))
    (chain,) = followup.series(store.sessions())
    assert [s.id for s in chain] == ids
    assert [s.date for s in chain] == ["2026-10-14", "2026-11-13", "2027-01-12"]  # 30 and 90 days on
    points = store.session_figures(ids)
    for item in m.PULSE_ITEMS:
        assert trends.trend(points, item) > 0  # every pulse item got better over the series
    assert [x for x, _ in trends.kept_series(points)] == [1, 2]
    shares = [share for _, share in trends.kept_series(points)]
    assert shares[1] > shares[0]  # more agreements kept at the second follow-up
    assert [g for _, g in trends.glasl_series(points)] == [3, 2, 2]
    second = store.load(ids[1])
    record = followup.follow_up_record(second)
    outcomes = [followup.action_outcome(record, a) for a in followup.carried_actions(second)]
    assert outcomes.count(followup.ActionOutcome.DONE) == 3 and followup.ActionOutcome.MOVED in outcomes
    german = "Folgetermin" in chain[1].title
    assert german == (lang == "de")
