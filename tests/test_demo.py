"""The demo session files (resources/demo/): complete, consistent, and told the same way in English and German."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from enum import Enum

import pytest

from facilitator.demo import demo_session
from facilitator.domain.model import (
    CHILD_TYPES,
    COLLECTION,
    PULSE_ITEMS,
    PULSE_MAX,
    PULSE_MIN,
    REFERENCES,
    Area,
    GoalOwner,
    OptionStatus,
    PulsePhase,
    Session,
    SessionData,
    SessionStatus,
    Side,
    dissenters,
    ranked_options,
)
from facilitator.domain.stages import STAGES

LANGS = ("en", "de")


@pytest.fixture(params=LANGS)
def data(request) -> SessionData:
    return demo_session(request.param)


def _entities(data: SessionData, kind: type) -> list:
    return [data.session] if kind is Session else data.items(kind)


def _ids(value) -> list[int]:
    """The ids in a reference field (single id, list of ids or dict keyed by id)."""
    if value is None:
        return []
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return list(value)
    return [value]


def _texts(data: SessionData) -> list[str]:
    """Every free-text value in the session, except codes (enums)."""
    out = []
    for entity in [data.session, *(e for kind in CHILD_TYPES for e in data.items(kind))]:
        for f in dataclasses.fields(entity):
            value = getattr(entity, f.name)
            if isinstance(value, str) and not isinstance(value, Enum):
                out.append(value)
    return out


def _prose(data: SessionData, min_words: int = 4) -> set[str]:
    return {s for s in _texts(data) if len(s.split()) >= min_words}


def test_every_collection_is_filled(data):
    for name in COLLECTION.values():
        assert getattr(data, name), f"{name} is empty"


def test_ids_run_from_one_per_type_and_belong_to_the_session(data):
    for kind in CHILD_TYPES:
        items = data.items(kind)
        assert [e.id for e in items] == list(range(1, len(items) + 1)), kind.__name__
        assert all(e.session_id == data.session.id for e in items), kind.__name__


def test_every_reference_resolves(data):
    for (kind, field_name), target in REFERENCES.items():
        known = {e.id for e in _entities(data, target)}
        for entity in _entities(data, kind):
            for ref in _ids(getattr(entity, field_name)):
                assert ref in known, f"{kind.__name__}.{field_name} -> {target.__name__} {ref}"


def test_session_is_closed_and_complete(data):
    s = data.session
    assert s.title and s.trigger_text and s.ground_rules and s.learnings and s.hardest_reason
    assert s.status is SessionStatus.CLOSED
    assert s.trigger_quarter == "Q3 2026" and s.trigger_gap_pct < 0
    assert s.glasl_stage == 3 and not s.needs_mediator
    assert data.shared_goal is not None and data.shared_goal.owner is GoalOwner.SHARED
    assert data.agreement(s.hardest_agreement_id) is not None
    assert set(s.ground_rule_consent) == {p.id for p in data.participants}


def test_participants_cover_ceo_sales_and_product(data):
    sides = [p.side for p in data.participants]
    assert sides.count(Side.CEO) == 1
    assert sides.count(Side.SALES) == 3 and sides.count(Side.PRODUCT) == 3
    deciders = [p for p in data.participants if p.is_decision_maker]
    assert [p.side for p in deciders] == [Side.CEO]
    assert all(p.name and p.role for p in data.participants)


def test_statements_are_reframed_and_mostly_confirmed(data):
    assert 8 <= len(data.statements) <= 10
    assert all(st.stage == 2 and st.raw_text and st.reframe_text for st in data.statements)
    assert all(st.raw_text != st.reframe_text for st in data.statements)
    assert sum(not st.reframe_confirmed for st in data.statements) == 1
    assert {st.lang for st in data.statements} == {data.statements[0].lang}


def test_goals_interests_and_perspective_checks(data):
    owners = [g.owner for g in data.goals]
    assert 2 <= owners.count(GoalOwner.SALES) <= 3
    assert 2 <= owners.count(GoalOwner.PRODUCT) <= 3
    assert owners.count(GoalOwner.SHARED) == 1
    for side in (Side.SALES, Side.PRODUCT):
        assert 4 <= sum(i.side is side for i in data.interests) <= 6
    assert all(pc.confirmed for pc in data.perspective_checks)
    assert any(pc.attempts == 3 for pc in data.perspective_checks)
    for pc in data.perspective_checks:  # each side paraphrases the other side's goal
        goal, who = data.goal(pc.goal_id), data.participant(pc.paraphraser_id)
        assert goal.owner.value != who.side.value
    assert {t.type.value for t in data.tensions} == {"conflict", "dependency", "reinforcing"}
    assert all(t.incident_ids and 1 <= t.severity <= 5 for t in data.tensions)


def test_working_practices_show_both_sides_for_every_area(data):
    pairs = {(wp.side, wp.area) for wp in data.working_practices}
    for area in Area:
        assert (Side.SALES, area) in pairs and (Side.PRODUCT, area) in pairs, area
    assert all(wp.pain_for_other_side for wp in data.working_practices)
    assert any(wp.stop_candidate for wp in data.working_practices)
    assert any(wp.triz_currently_doing for wp in data.working_practices)


def test_options_are_scored_and_adopted_ones_become_agreements(data):
    criterion_ids = {c.id for c in data.criteria}
    assert all(set(o.scores) == criterion_ids for o in data.options)
    statuses = {o.status for o in data.options}
    assert {OptionStatus.ADOPTED, OptionStatus.REJECTED} <= statuses
    ranked = ranked_options(data.options, data.criteria)
    assert ranked[-1][0].status is OptionStatus.REJECTED
    adopted = {o.id for o in data.options if o.status is OptionStatus.ADOPTED}
    assert adopted <= {a.option_id for a in data.agreements}


def test_every_agreement_has_consent_from_every_participant(data):
    everyone = {p.id for p in data.participants}
    ceo = next(p.id for p in data.participants if p.side is Side.CEO)
    for a in data.agreements:
        assert set(a.consent) == everyone, a.id
        assert a.approver_id == ceo and a.driver_id and a.review_date
    assert sum(len(dissenters(a)) for a in data.agreements) == 1


def test_action_items_have_owners_dates_and_mixed_statuses(data):
    assert all(ai.owner_id and ai.due and ai.agreement_id for ai in data.action_items)
    assert len({ai.status for ai in data.action_items}) >= 3


def test_every_participant_answers_every_pulse_item_before_and_after(data):
    polled = [p for p in data.participants if p.side is not Side.CEO]  # the CEO hosts
    for p in polled:
        for item in PULSE_ITEMS:
            for phase in (PulsePhase.BEFORE, PulsePhase.AFTER):
                score = data.pulse(phase, p.id, item)
                assert score is not None, (p.name, item, phase)
                assert PULSE_MIN <= score <= PULSE_MAX
        before = sum(data.pulse(PulsePhase.BEFORE, p.id, i) for i in PULSE_ITEMS)
        after = sum(data.pulse(PulsePhase.AFTER, p.id, i) for i in PULSE_ITEMS)
        assert after > before, p.name


def test_stage_logs_follow_the_playbook(data):
    logs = sorted(data.stage_logs, key=lambda log: log.stage)
    assert [log.stage for log in logs] == [s.number for s in STAGES]
    assert [log.planned_minutes for log in logs] == [s.minutes for s in STAGES]
    assert any(log.elapsed_seconds > log.planned_minutes * 60 for log in logs)
    for log in logs:
        assert log.started.startswith(data.session.date) and log.ended > log.started
        assert not log.running_since


def test_follow_up_is_scheduled_thirty_days_later(data):
    (follow_up,) = data.follow_ups
    expected = date.fromisoformat(data.session.date) + timedelta(days=30)
    assert follow_up.scheduled == data.session.follow_up_date == expected.isoformat()
    assert not follow_up.held


def test_private_notes_cover_three_stages(data):
    assert len({n.stage for n in data.private_notes}) == 3
    assert all(n.text for n in data.private_notes)


def test_both_languages_tell_the_same_story():
    """Same numbers, dates, codes and links; only the words differ."""
    en, de = demo_session("en"), demo_session("de")
    dated = {"date", "due", "ts", "started", "ended", "review_date", "scheduled"}
    for kind in (Session, *CHILD_TYPES):
        for a, b in zip(_entities(en, kind), _entities(de, kind), strict=True):
            for f in dataclasses.fields(a):
                va, vb = getattr(a, f.name), getattr(b, f.name)
                if f.name == "lang" and kind is not Session:  # a statement's language
                    assert (va, vb) == ("en", "de")
                elif f.name in dated or not isinstance(va, str) or isinstance(va, Enum):
                    assert va == vb, f"{kind.__name__}.{f.name}"


def test_german_demo_has_no_english_text_left():
    en, de = demo_session("en"), demo_session("de")
    assert not _prose(en) & _prose(de)
    de_texts = _texts(de)
    assert not [s for s in de_texts if '"' in s], "German text uses „…“ quotes"
    assert any("„" in s for s in de_texts)
    assert any("€" in s and "." in s for s in de_texts)  # e.g. 310.000 €
    for a, b in zip(en.participants, de.participants, strict=True):
        assert a.name != b.name


def test_unknown_language_falls_back_to_english():
    assert demo_session("xx") == demo_session("en")
    assert demo_session() == demo_session("en")
    assert demo_session("de-DE") == demo_session("de")


def test_each_call_returns_a_fresh_session():
    first = demo_session()
    first.participants.clear()
    first.agreements[0].consent.clear()
    second = demo_session()
    assert second.participants and second.agreements[0].consent


def test_a_goal_value_and_its_unit_are_written_once(data):
    """The minutes print "baseline → target unit": a unit inside the value shows twice ("82 % %")."""
    for goal in data.goals:
        unit = goal.unit.strip()
        for value in (goal.baseline, goal.target):
            assert value
            if unit:
                assert unit not in value and "€" not in value and "%" not in value, (value, unit)


# -- laid for a user: in the present --------------------------------------------------------------

DAYS_OF_THE_YEAR = [date(2026, 11, 29), date(2027, 3, 3), date(2027, 7, 1), date(2027, 10, 15)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("today", DAYS_OF_THE_YEAR, ids=str)
def test_laid_on_any_day_the_demo_was_held_about_ten_days_before(lang, today):
    """`facilitator demo` and Help > Open the demo session: a new user sees work due about now,
    not actions overdue for weeks, and a missed quarter that is the last one to have ended."""
    from tests.test_demo_series import absolute_time, quarter_end

    written, laid = demo_session(lang), demo_session(lang, today)
    held = date.fromisoformat(laid.session.date)
    assert 7 <= (today - held).days <= 13
    assert held.weekday() == date.fromisoformat(written.session.date).weekday()  # still a working day
    ended = quarter_end(laid.session.trigger_quarter)
    assert ended < held <= ended + timedelta(days=92)
    unfinished = [date.fromisoformat(a.due) for a in laid.action_items if a.status.value != "done"]
    assert max(unfinished) > today  # work still ahead
    assert all(today - due <= timedelta(days=4) for due in unfinished)  # overdue by days at most, not weeks
    assert date.fromisoformat(laid.session.follow_up_date) > today
    assert all(log.started.startswith(laid.session.date) for log in laid.stage_logs)
    assert absolute_time(laid) == []  # the prose names no month, day date or "Q3"


def test_without_a_day_the_demo_keeps_the_files_dates():
    assert demo_session("en").session.date == "2026-10-14"
    assert demo_session("en", date(2026, 10, 24)).session.date == "2026-10-14"  # ten days on: as written
