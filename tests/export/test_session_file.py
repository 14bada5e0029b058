"""The JSON session file: round trip, schema, and a clear message for every kind of bad file."""

from __future__ import annotations

import copy
import dataclasses
import json
from enum import Enum

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import model as m
from facilitator.domain.limits import MAX_TEXT_CHARS
from facilitator.export import session_file as sf
from tests.export.sample import make_session

# Any Unicode a user can type (no lone surrogates: no editor produces them), with the
# characters that have bitten before: no-break spaces, right-to-left text, emoji, NUL.
TRICKY = st.sampled_from(["\u00a0", "z.\u00a0B.", "§\u00a05", "שלום", "مرحبا", "👩🏽‍💻", "\u200f", "\x00", "\r\n", "€"])
TEXT = st.lists(st.one_of(st.text(st.characters(exclude_categories=("Cs",))), TRICKY), max_size=6).map("".join)


def text_fields(kind: type) -> list[str]:
    return [name for name, codec in sf.FIELDS[kind] if type(codec) is sf._Codec and _is_text(kind, name)]


def _is_text(kind: type, name: str) -> bool:
    default = next(f for f in dataclasses.fields(kind) if f.name == name).default
    formatted = {"date", "due", "review_date", "follow_up_date", "scheduled", "held", "lang", "item_id", "uid"}
    timestamps = {"ts", "created", "updated", "running_since", "started", "ended", "modified"}
    return isinstance(default, str) and name not in formatted | timestamps


def _reparse(doc: dict) -> dict:
    return json.loads(sf.dumps(doc))


def test_round_trip_gives_equal_data(session_data):
    session_data.private_notes = []
    assert sf.loads(sf.dumps(sf.to_document(session_data))) == session_data


def test_round_trip_with_private_notes(session_data):
    assert sf.loads(sf.dumps(sf.to_document(session_data, include_private=True))) == session_data


def test_export_import_export_is_identical(session_data):
    text = sf.dumps(sf.to_document(session_data))
    assert sf.dumps(sf.to_document(sf.loads(text))) == text


def test_document_validates_against_its_own_schema(session_data):
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(sf.schema())
    jsonschema.validate(_reparse(sf.to_document(session_data, include_private=True)), sf.schema())


def test_dumps_is_readable_utf8_with_stable_key_order(session_de):
    text = sf.dumps(sf.to_document(session_de))
    assert "„Jetzt“" in text and "\\u" not in text  # ensure_ascii=False
    assert text.startswith('{\n  "format": "facilitator-session",\n  "version": 1,')
    assert text == sf.dumps(sf.to_document(make_session("de")))
    assert list(json.loads(text)["participants"][0]) == ["id", "name", "role", "side", "is_decision_maker"]


def test_private_notes_only_when_asked_for_under_a_private_key(private_session, marker):
    without = sf.dumps(sf.to_document(private_session))
    assert marker not in without and "private" not in without
    with_notes = sf.to_document(private_session, include_private=True)
    assert [n["stage"] for n in with_notes["private_notes"]] == [1, 2, 3, 5, 6, 7]
    assert all(marker in n["text"] for n in with_notes["private_notes"])


DEF_NAMES = {
    m.Session: "session",
    m.Participant: "participant",
    m.Incident: "incident",
    m.Statement: "statement",
    m.Goal: "goal",
    m.Interest: "interest",
    m.PerspectiveCheck: "perspective_check",
    m.Tension: "tension",
    m.WorkingPractice: "working_practice",
    m.Criterion: "criterion",
    m.Option: "option",
    m.Agreement: "agreement",
    m.ActionItem: "action_item",
    m.PulseResponse: "pulse_response",
    m.StageLog: "stage_log",
    m.FollowUp: "follow_up",
    m.PrivateNote: "private_note",
}


#: Fields deliberately not in a session file. follows_id is the id of another session in the same
#: workspace: meaningless in another one (a series is linked again by order when imported).
LEFT_OUT = {m.Session: {"follows_id"}}


def test_every_domain_field_is_exported_or_deliberately_left_out():
    """A new domain field must be added to FIELDS and the schema on purpose (allow-list)."""
    assert set(sf.FIELDS) == set(DEF_NAMES) == {m.Session, *m.CHILD_TYPES}
    defs = sf.schema()["$defs"]
    for kind, fields in sf.FIELDS.items():
        exported = {"id"} | {name for name, _ in fields}
        left_out = {"session_id"} | LEFT_OUT.get(kind, set())
        assert {f.name for f in dataclasses.fields(kind)} - left_out == exported, kind.__name__
        assert set(defs[DEF_NAMES[kind]]["properties"]) == exported, kind.__name__
        required = ["id", *(name for name, _ in fields if (kind, name) not in sf.OPTIONAL)]
        assert defs[DEF_NAMES[kind]]["required"] == required, kind.__name__
    for kind in m.CHILD_TYPES:
        items = sf.schema()["properties"][m.COLLECTION[kind]]["items"]
        assert items == {"$ref": f"#/$defs/{DEF_NAMES[kind]}"}


def test_schema_enums_match_the_domain():
    defs = sf.schema()["$defs"]
    pairs = {
        ("side", None): m.Side,
        ("goal", "owner"): m.GoalOwner,
        ("goal", "horizon"): m.Horizon,
        ("session", "trigger_type"): m.TriggerType,
        ("session", "status"): m.SessionStatus,
        ("statement", "kind"): m.StatementKind,
        ("tension", "type"): m.TensionType,
        ("working_practice", "area"): m.Area,
        ("criterion", "source"): m.CriterionSource,
        ("option", "status"): m.OptionStatus,
        ("agreement", "type"): m.AgreementType,
        ("agreement", "status"): m.AgreementStatus,
        ("action_item", "status"): m.ActionStatus,
        ("pulse_response", "phase"): m.PulsePhase,
    }
    for (name, field), enum in pairs.items():
        spec = defs[name] if field is None else defs[name]["properties"][field]
        assert spec["enum"] == [e.value for e in enum], (name, field)
    assert defs["pulse_response"]["properties"]["item_id"]["enum"] == list(m.PULSE_ITEMS)
    assert defs["follow_up"]["properties"]["reviews"]["items"]["properties"]["kept"]["enum"] == [
        k.value for k in m.Kept
    ]


def test_every_field_is_documented():
    defs = sf.schema()["$defs"]

    def walk(node, path):
        if isinstance(node, dict):
            for name, spec in node.get("properties", {}).items():
                target = defs.get(spec.get("$ref", "").rpartition("/")[2], {})
                assert "description" in spec or "description" in target, f"{path}.{name}"
            for key, value in node.items():
                walk(value, f"{path}.{key}")

    walk(sf.schema(), "schema")


def test_references_cover_every_id_field():
    """Every *_id / *_ids field is checked on import (through the domain's REFERENCES)."""
    checked = set(m.REFERENCES)
    for kind, fields in sf.FIELDS.items():
        for name, _ in fields:
            if (name != "item_id" and name.endswith(("_id", "_ids"))) or name in (
                "scores",
                "consent",
                "ground_rule_consent",
                "reviews",
            ):
                assert (kind, name) in checked, (kind.__name__, name)


def test_domain_references_include_follow_up_reviews():
    assert (m.FollowUp, "reviews") in m.REFERENCES


def test_import_with_new_ids_exports_the_same_document(session_data):
    """What the store does on import (new ids through REFERENCES) changes nothing but ids."""
    original = sf.to_document(session_data)
    imported = sf.loads(sf.dumps(original))
    mapping = {kind: {item.id: item.id + 100 for item in imported.items(kind)} for kind in m.CHILD_TYPES}
    for kind in m.CHILD_TYPES:
        for item in imported.items(kind):
            item.id = mapping[kind][item.id]
    for entity in [imported.session, *(e for k in m.CHILD_TYPES for e in imported.items(k))]:
        for (kind, name), target in m.REFERENCES.items():
            if isinstance(entity, kind):
                setattr(entity, name, m.remap(getattr(entity, name), mapping[target]))
    again = sf.loads(sf.dumps(sf.to_document(imported)))
    back = {kind: {new: old for old, new in mapping[kind].items()} for kind in m.CHILD_TYPES}
    for kind in m.CHILD_TYPES:
        for item in again.items(kind):
            item.id = back[kind][item.id]
    for entity in [again.session, *(e for k in m.CHILD_TYPES for e in again.items(k))]:
        for (kind, name), target in m.REFERENCES.items():
            if isinstance(entity, kind):
                setattr(entity, name, m.remap(getattr(entity, name), back[target]))
    assert sf.to_document(again) == original


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=8))
def test_any_unicode_survives_the_round_trip(texts):
    data = make_session("en")
    entities = [data.session, *(e for kind in m.CHILD_TYPES for e in data.items(kind))]
    for i, entity in enumerate(entities):
        for name in text_fields(type(entity)):
            setattr(entity, name, texts[i % len(texts)])
    assert sf.loads(sf.dumps(sf.to_document(data, include_private=True))) == data


def test_a_field_as_long_as_the_limit_survives_the_round_trip(session_data):
    big = ("Nicht blockieren – z.\u00a0B. § 5 👩🏽‍💻 שלום " * 3000)[:MAX_TEXT_CHARS]
    session_data.session.trigger_text = big
    session_data.private_notes[0].text = big
    back = sf.loads(sf.dumps(sf.to_document(session_data, include_private=True)))
    assert back.session.trigger_text == big and back.private_notes[0].text == big


def test_integers_in_float_fields_come_back_as_floats(session_data):
    doc = _reparse(sf.to_document(session_data))
    doc["criteria"][0]["weight"] = 2
    data = sf.loads(json.dumps(doc))
    assert isinstance(data.criteria[0].weight, float)
    assert isinstance(data.participants[0].side, m.Side)


def test_utf8_bom_is_accepted(session_data):
    assert sf.loads("\ufeff" + sf.dumps(sf.to_document(session_data))).session.title == session_data.session.title


# -- every error path has its own clear sentence -----------------------------------------------


def _mutated(change) -> str:
    doc = _reparse(sf.to_document(make_session("en"), include_private=True))
    change(doc)
    return json.dumps(doc)


def _set(path: str, value):
    def change(doc):
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str):
    def change(doc):
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[last]

    return change


ERRORS = [
    ('{\n  "format": \n', "not JSON: expecting value at line 3 column 1"),
    ("", "not JSON: expecting value at line 1 column 1"),
    ('{"a": NaN}', "not a Facilitator session file"),
    ("[1, 2]", "not a Facilitator session file"),
    ('{"format": "something-else", "version": 1}', "not a Facilitator session file"),
    (
        '{"format": "facilitator-session", "version": "1"}',
        "not a Facilitator session file: unknown format version '1'",
    ),
    (
        '{"format": "facilitator-session", "version": 2}',
        "made by a newer version of Facilitator (format version 2); update the app",
    ),
    (_mutated(_delete("participants")), "the file is missing the field 'participants'"),
    (_mutated(_set("surprise", 1)), "the file has an unknown field 'surprise'"),
    (_mutated(_delete("goals.0.metric")), "goals[0] is missing the field 'metric'"),
    (
        _mutated(_set("participants.2.side", "x")),
        "field participants[2].side: 'x' is not one of sales, product, ceo, other",
    ),
    (
        _mutated(_set("session.glasl_stage", "3")),
        "field session.glasl_stage: expected a whole number, found text '3'",
    ),
    (_mutated(_set("session.glasl_stage", 12)), "field session.glasl_stage: 12 is above the maximum 9"),
    (
        _mutated(_set("pulse_responses.0.score", 0)),
        "field pulse_responses[0].score: 0 is below the minimum 1",
    ),
    (
        _mutated(_set("participants.0.is_decision_maker", 1)),
        "field participants[0].is_decision_maker: expected true or false, found a whole number 1",
    ),
    (_mutated(_set("participants", {})), "field participants: expected a list, found an object {}"),
    (
        _mutated(_set("session.date", "06.10.2026")),
        "field session.date: '06.10.2026' is not a date in the form yyyy-mm-dd",
    ),
    (_mutated(_set("session.date", "2026-02-30")), "field session.date: '2026-02-30' is not a real date"),
    (
        _mutated(_set("statements.0.ts", "yesterday")),
        "field statements[0].ts: 'yesterday' is not a date and time in ISO 8601 form",
    ),
    (
        _mutated(_set("statements.0.lang", "English")),
        "field statements[0].lang: 'English' is not a language code such as en or de",
    ),
    (
        _mutated(_set("tensions.0.incident_ids", [1, 1])),
        "field tensions[0].incident_ids: lists the same id more than once",
    ),
    (
        _mutated(_set("participants.1.id", 1)),
        "field participants[1].id: 1 is already used by participants[0]",
    ),
    (_mutated(_set("participants.1.id", 0)), "field participants[1].id: 0 is below the minimum 1"),
    (
        _mutated(_set("participants.1.id", 2**70)),
        "field participants[1].id: a number with 22 digits, larger than the limit of 9,223,372,036,854,775,807",
    ),
    (
        _mutated(_set("agreements.0.consent.1.participant_id", 1)),
        "field agreements[0].consent[1].participant_id: 1 is listed more than once",
    ),
    (
        _mutated(_set("action_items.0.owner_id", 99)),
        "action_items[0].owner_id refers to participant 99 that is not in the file",
    ),
    (
        _mutated(_set("session.shared_goal_id", 42)),
        "session.shared_goal_id refers to goal 42 that is not in the file",
    ),
    (
        _mutated(_set("tensions.0.incident_ids", [1, 7])),
        "tensions[0].incident_ids[1] refers to incident 7 that is not in the file",
    ),
    (
        _mutated(_set("options.0.scores.1.criterion_id", 9)),
        "options[0].scores[1].criterion_id refers to criterion 9 that is not in the file",
    ),
    (
        _mutated(_set("agreements.1.consent.0.participant_id", 8)),
        "agreements[1].consent[0].participant_id refers to participant 8 that is not in the file",
    ),
    (
        _mutated(_set("follow_ups.0.reviews.0.agreement_id", 5)),
        "follow_ups[0].reviews[0].agreement_id refers to agreement 5 that is not in the file",
    ),
    (_mutated(_set("private_notes.0.stage", 8)), "field private_notes[0].stage: 8 is above the maximum 7"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS, ids=[message[:60] for _, message in ERRORS])
def test_every_bad_file_gets_a_clear_message(text, message):
    with pytest.raises(sf.InvalidSessionFile) as caught:
        sf.loads(text)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    assert "\n" not in str(caught.value)


def test_first_error_reported_is_the_first_in_the_file():
    doc = _reparse(sf.to_document(make_session("en")))
    doc["participants"][3]["side"] = "nobody"
    doc["action_items"][0]["status"] = "maybe"
    with pytest.raises(sf.InvalidSessionFile, match=r"participants\[3\]\.side"):
        sf.loads(json.dumps(doc))


def test_enum_codecs_reject_nothing_the_schema_allows():
    """Every enum value the schema lists builds the domain value (no KeyError after validation)."""
    for fields in sf.FIELDS.values():
        for _, codec in fields:
            if isinstance(codec, sf._Enum):
                assert issubclass(codec.kind, Enum)
                for value in codec.kind:
                    assert codec.into(value.value) is value


def test_loads_returns_nothing_partial_on_late_errors():
    doc = _reparse(sf.to_document(make_session("en")))
    broken = copy.deepcopy(doc)
    broken["follow_ups"][0]["reviews"][0]["agreement_id"] = 77  # the very last check
    with pytest.raises(sf.InvalidSessionFile):
        sf.loads(json.dumps(broken))
    assert sf.loads(json.dumps(doc)).session.title == doc["session"]["title"]


def test_a_file_written_before_the_optional_fields_existed_still_imports(session_data):
    """Files from before anonymity, concerns and stored UIDs: the new fields get their defaults."""
    doc = _reparse(sf.to_document(session_data))
    for kind, name in sf.OPTIONAL:
        items = [doc["session"]] if kind is m.Session else doc[m.COLLECTION[kind]]
        for item in items:
            del item[name]
    data = sf.loads(json.dumps(doc))
    assert data.session.anonymous is True and data.session.lang == ""
    assert data.agreements[0].concern == "" and data.action_items[0].uid == ""
    assert data.action_items[0].text == session_data.action_items[0].text
