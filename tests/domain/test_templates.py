"""Templates below the GUI: the library in both languages, choosing by language, applying to a
stage (never adding to one that is not empty unless asked), and saving a stage as a template."""

from __future__ import annotations

import pytest

from facilitator.domain import model as m
from facilitator.domain import templates as t

TYPICAL = {"agreement_deal_desk", "agreement_intake", "agreement_customer_promise", "agreement_shared_okr"}


def session(**fields) -> m.SessionData:
    return m.SessionData(session=m.Session(id=7, date="2026-10-14", **fields))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_library_offers_the_typical_agreements_and_several_sets_per_stage(lang):
    keys = {x.key for x in t.library(lang)}
    assert keys >= TYPICAL
    for kind in t.Kind:
        assert len(t.library(lang, kind)) >= 3, kind


def test_german_and_english_hold_the_same_templates_written_separately():
    en = {x.key: x for x in t.library("en")}
    de = {x.key: x for x in t.library("de")}
    assert en.keys() == de.keys()
    for key, english in en.items():
        german = de[key]
        assert german.kind is english.kind and len(german.items) == len(english.items), key
        assert german.preview() != english.preview(), key  # really German, not a copy
    assert any("Vereinbarung" in line or "Vertrieb" in line for x in de.values() for line in x.preview())


def test_choosing_follows_the_session_language_and_lists_own_templates_after_the_library():
    own = [
        t.Template(kind=t.Kind.CRITERIA, name="Zeta", lang="de", items=["x"], id=1),
        t.Template(kind=t.Kind.CRITERIA, name="Alpha", lang="en", items=["x"], id=2),
        t.Template(kind=t.Kind.AGREEMENTS, name="Other stage", lang="de", items=["x"], id=3),
    ]
    offered = t.choose("de", t.Kind.CRITERIA, own)
    library = [x for x in offered if x.builtin]
    assert [x.name for x in library] == [x.name for x in t.library("de", t.Kind.CRITERIA)]
    assert all(x.lang == "de" for x in library)
    assert [x.name for x in offered if not x.builtin] == ["Zeta", "Alpha"]  # the session's language first
    assert t.choose("fr", t.Kind.CRITERIA, [])[0].lang == "en"  # no French library: English


def test_agreements_fill_an_empty_stage_with_approver_and_review_date():
    data = session()
    data.participants = [m.Participant(id=3, side=m.Side.CEO, name="Cleo")]
    deal_desk = next(x for x in t.library("en", t.Kind.AGREEMENTS) if x.key == "agreement_deal_desk")
    plan = t.plan(deal_desk, data)
    assert [a.text for a in plan.entities] == deal_desk.preview()
    assert all(a.session_id == 7 and a.id == 0 for a in plan.entities)
    assert {a.approver_id for a in plan.entities} == {3}  # the CEO approves, as a new row would have it
    assert {a.review_date for a in plan.entities} == {"2026-11-13"}  # the first follow-up, 30 days on


def test_a_stage_that_is_not_empty_is_added_to_only_when_asked():
    template = t.library("en", t.Kind.CRITERIA)[0]
    data = session()
    data.criteria = [m.Criterion(id=1, session_id=7, name="Our own")]
    with pytest.raises(t.TemplateRefused) as refused:
        t.plan(template, data)
    assert refused.value.code == "not_empty"
    assert len(t.plan(template, data, append=True).entities) == len(template.items)

    rules = t.library("en", t.Kind.GROUND_RULES)[0]
    data = session(ground_rules="Phones away.")
    with pytest.raises(t.TemplateRefused):
        t.plan(rules, data)
    text = t.plan(rules, data, append=True).ground_rules
    assert text.startswith("Phones away.\n\n1. ")  # what was there stays first


def test_agreed_criteria_and_closed_sessions_are_refused():
    template = t.library("en", t.Kind.CRITERIA)[0]
    with pytest.raises(t.TemplateRefused) as refused:
        t.plan(template, session(criteria_agreed=True), append=True)
    assert refused.value.code == "locked"
    with pytest.raises(t.TemplateRefused) as refused:
        t.plan(t.library("en", t.Kind.GROUND_RULES)[0], session(status=m.SessionStatus.CLOSED))
    assert refused.value.code == "closed"


def test_saved_ground_rules_come_back_as_they_were():
    rules = "1. One voice at a time.\n2. Examples, not “always”.\n\n- Breaks when asked"
    saved = t.from_stage(session(ground_rules=rules), t.Kind.GROUND_RULES, "Ours", "en")
    assert saved.items == ["One voice at a time.", "Examples, not “always”.", "Breaks when asked"]
    again = t.plan(saved, session()).ground_rules
    assert again == "1. One voice at a time.\n2. Examples, not “always”.\n3. Breaks when asked"


def test_saving_an_empty_stage_or_without_a_name_is_refused():
    with pytest.raises(t.TemplateRefused) as refused:
        t.from_stage(session(), t.Kind.AGREEMENTS, "Nothing", "en")
    assert refused.value.code == "empty"
    for name, code in (("  ", "no_name"), ("x" * 121, "too_long"), ("deal DESK", "taken")):
        with pytest.raises(t.TemplateRefused) as refused:
            t.check_name(name, ["Deal desk"])
        assert refused.value.code == code
    assert t.check_name("  Deal   desk 2 ", ["Deal desk"]) == "Deal desk 2"


def test_json_round_trip_and_clear_refusals():
    own = t.from_stage(
        m.SessionData(
            session=m.Session(),
            criteria=[m.Criterion(name="ARR", weight=2.5, source=m.CriterionSource.ARR)],
        ),
        t.Kind.CRITERIA,
        "Mine",
        "de",
    )
    back = t.from_json(t.to_json(own))
    assert t.same_content(back, own)
    bad = t.to_json(own) | {"items": [{"name": "ARR", "weight": "heavy", "source": "arr"}]}
    with pytest.raises(ValueError, match="number as weight"):
        t.from_json(bad)
    with pytest.raises(ValueError):
        t.from_json(t.to_json(own) | {"items": [{"name": "ARR", "weight": 1, "source": "gut feeling"}]})
    with pytest.raises(ValueError, match="at least one item"):
        t.from_json(t.to_json(own) | {"items": []})
    with pytest.raises(ValueError, match="at most"):
        t.from_json(t.to_json(own) | {"items": [{"name": "x" * 20_001, "weight": 1, "source": "arr"}]})
