"""The documented JSON session file: a whole session that another installation can import.

The document is built from an explicit list of fields per entity (never by dumping
dataclasses), so a field added to the domain stays out until someone adds it here and to
`resources/schema/session.schema.json`. Private facilitator notes go in only when asked for,
under the top-level key `private_notes`.

`loads` validates everything (JSON Schema, dates, unique ids, references) before it returns
anything, and raises InvalidSessionFile with one sentence that says what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from enum import Enum
from functools import cache
from typing import Any

from facilitator import __version__
from facilitator.domain import model as m
from facilitator.export.session_checks import (
    SHARED_TYPES,
    InvalidSessionFile,
    NotFinite,
    check_counts,
    check_dates,
    check_ids,
    check_references,
    check_values,
    parse_float,
    parse_int,
    schema,
    schema_message,
    validating_schema,
)

__all__ = [
    "FORMAT",
    "SHARED_TYPES",
    "VERSION",
    "InvalidSessionFile",
    "dumps",
    "loads",
    "schema",
    "to_document",
]

FORMAT = "facilitator-session"
VERSION = 1
PRIVATE_KEY = "private_notes"


# -- field codecs: how one domain value looks in the file, and back --------------------------


class _Codec:
    def out(self, value: Any) -> Any:
        return list(value) if isinstance(value, list) else value

    def into(self, value: Any) -> Any:
        return list(value) if isinstance(value, list) else value


class _Float(_Codec):
    def out(self, value: Any) -> Any:
        return None if value is None else float(value)

    into = out


class _Enum(_Codec):
    def __init__(self, kind: type[Enum]):
        self.kind = kind

    def out(self, value: Any) -> Any:
        return self.kind(value).value

    def into(self, value: Any) -> Any:
        return self.kind(value)


class _IdMap(_Codec):
    """A dict keyed by id ({participant id: fingers}) as a list of small objects."""

    def __init__(self, key: str, value: str, convert: Callable[[Any], Any] = int):
        self.key, self.value, self.convert = key, value, convert

    def out(self, value: dict) -> list[dict]:
        return [{self.key: k, self.value: self.convert(v)} for k, v in value.items()]

    def into(self, value: list[dict]) -> dict:
        return {item[self.key]: self.convert(item[self.value]) for item in value}


class _Reviews(_Codec):
    """FollowUp.reviews: only the three documented keys go out."""

    def out(self, value: list[dict]) -> list[dict]:
        return [
            {
                "agreement_id": r.get("agreement_id"),
                "kept": m.Kept(r.get("kept", m.Kept.YES)).value,
                "note": r.get("note", ""),
            }
            for r in value
        ]

    def into(self, value: list[dict]) -> list[dict]:
        return [{"agreement_id": r["agreement_id"], "kept": r["kept"], "note": r["note"]} for r in value]


_ = _Codec()
_F = _Float()
_CONSENT = _IdMap("participant_id", "fingers")

#: What goes into the file, per entity, in this order. `id` is implied; `session_id` is the file.
FIELDS: dict[type, tuple[tuple[str, _Codec], ...]] = {
    m.Session: (
        ("title", _),
        ("date", _),
        ("trigger_type", _Enum(m.TriggerType)),
        ("trigger_quarter", _),
        ("trigger_gap_pct", _F),
        ("trigger_text", _),
        ("glasl_stage", _),
        ("status", _Enum(m.SessionStatus)),
        ("ground_rules", _),
        ("ground_rule_consent", _CONSENT),
        ("current_stage", _),
        ("criteria_agreed", _),
        ("shared_goal_id", _),
        ("learnings", _),
        ("hardest_agreement_id", _),
        ("hardest_reason", _),
        ("follow_up_date", _),
        ("created", _),
        ("updated", _),
        ("anonymous", _),
        ("lang", _),
        ("uid", _),
    ),
    m.Participant: (("name", _), ("role", _), ("side", _Enum(m.Side)), ("is_decision_maker", _)),
    m.Incident: (
        ("date", _),
        ("account", _),
        ("deal_value", _F),
        ("feature", _),
        ("facts", _),
        ("impact_revenue", _),
        ("impact_other", _),
    ),
    m.Statement: (
        ("participant_id", _),
        ("stage", _),
        ("ts", _),
        ("lang", _),
        ("raw_text", _),
        ("kind", _Enum(m.StatementKind)),
        ("reframe_text", _),
        ("reframe_confirmed", _),
        ("revealed", _),
    ),
    m.Goal: (
        ("owner", _Enum(m.GoalOwner)),
        ("objective", _),
        ("metric", _),
        ("baseline", _),
        ("target", _),
        ("unit", _),
        ("horizon", _Enum(m.Horizon)),
        ("due", _),
        ("confidence", _F),
    ),
    m.Interest: (("side", _Enum(m.Side)), ("text", _), ("source_statement_id", _)),
    m.PerspectiveCheck: (("goal_id", _), ("paraphraser_id", _), ("attempts", _), ("confirmed", _)),
    m.Tension: (
        ("goal_a_id", _),
        ("goal_b_id", _),
        ("type", _Enum(m.TensionType)),
        ("severity", _),
        ("incident_ids", _),
        ("note", _),
    ),
    m.WorkingPractice: (
        ("side", _Enum(m.Side)),
        ("area", _Enum(m.Area)),
        ("current", _),
        ("pain_for_other_side", _),
        ("triz_currently_doing", _),
        ("stop_candidate", _),
    ),
    m.Criterion: (("name", _), ("weight", _F), ("source", _Enum(m.CriterionSource))),
    m.Option: (
        ("text", _),
        ("interest_ids", _),
        ("tension_ids", _),
        ("scores", _IdMap("criterion_id", "score", float)),
        ("status", _Enum(m.OptionStatus)),
    ),
    m.Agreement: (
        ("option_id", _),
        ("text", _),
        ("type", _Enum(m.AgreementType)),
        ("driver_id", _),
        ("approver_id", _),
        ("contributor_ids", _),
        ("informed_ids", _),
        ("consent", _CONSENT),
        ("review_date", _),
        ("status", _Enum(m.AgreementStatus)),
        ("concern", _),
    ),
    m.ActionItem: (
        ("agreement_id", _),
        ("text", _),
        ("owner_id", _),
        ("due", _),
        ("status", _Enum(m.ActionStatus)),
        ("evidence", _),
        ("uid", _),
        ("sequence", _),
        ("modified", _),
    ),
    m.PulseResponse: (("participant_id", _), ("phase", _Enum(m.PulsePhase)), ("item_id", _), ("score", _)),
    m.StageLog: (
        ("stage", _),
        ("planned_minutes", _),
        ("elapsed_seconds", _F),
        ("running_since", _),
        ("started", _),
        ("ended", _),
    ),
    m.FollowUp: (
        ("scheduled", _),
        ("held", _),
        ("reviews", _Reviews()),
        ("action_snapshot", _),
        ("learnings", _),
    ),
    m.PrivateNote: (("stage", _), ("text", _)),
}


#: Fields added after format version 1 was published: a file may lack them (they get the default).
OPTIONAL: frozenset[tuple[type, str]] = frozenset(
    {
        (m.Session, "anonymous"),
        (m.Session, "lang"),
        (m.Session, "uid"),
        (m.Statement, "revealed"),
        (m.Agreement, "concern"),
        (m.ActionItem, "uid"),
        (m.ActionItem, "sequence"),
        (m.ActionItem, "modified"),
    }
)


def _entity(entity: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": entity.id}
    for name, codec in FIELDS[type(entity)]:
        doc[name] = codec.out(getattr(entity, name))
    return doc


def to_document(data: m.SessionData, include_private: bool = False, templates: Iterable[Any] = ()) -> dict[str, Any]:
    """The session as a JSON-ready dict. Private notes, and the workspace's own `templates`,
    only with `include_private` (a full backup)."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "session": _entity(data.session),
    }
    for kind in SHARED_TYPES:
        doc[m.COLLECTION[kind]] = [_entity(item) for item in data.items(kind)]
    if include_private:
        doc[PRIVATE_KEY] = [_entity(note) for note in data.private_notes]
        _add_templates(doc, templates)
    return doc


def dumps(doc: dict[str, Any]) -> str:
    """UTF-8-ready JSON text: readable, indented, keys in the documented order, ending in a newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# -- reading ---------------------------------------------------------------------------------


@cache
def _validator() -> Any:
    import jsonschema  # imported on first import of a file: it is slow to load

    return jsonschema.Draft202012Validator(validating_schema())


def loads(text: str) -> m.SessionData:
    """Read and fully validate a session file; raises InvalidSessionFile, never returns half."""
    try:
        doc = json.loads(
            text.removeprefix("\ufeff"), parse_constant=NotFinite, parse_int=parse_int, parse_float=parse_float
        )
    except json.JSONDecodeError as error:
        message = error.msg[:1].lower() + error.msg[1:]
        raise InvalidSessionFile(f"not JSON: {message} at line {error.lineno} column {error.colno}") from None
    except (ValueError, RecursionError) as error:
        raise InvalidSessionFile(f"not JSON: {error}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidSessionFile("not a Facilitator session file")
    check_counts(doc)  # before anything slower: a file with a million items is refused at once
    check_values(doc)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidSessionFile(f"not a Facilitator session file: unknown format version {version!r}")
    if version > VERSION:
        raise InvalidSessionFile(f"made by a newer version of Facilitator (format version {version}); update the app")
    errors = sorted(_validator().iter_errors(doc), key=lambda error: _document_order(doc, error))
    if errors:
        raise InvalidSessionFile(schema_message(errors[0]))
    check_dates(doc)
    check_ids(doc)
    check_references(doc)
    return _build(doc)


def _document_order(doc: Any, error: Any) -> list[int]:
    """Where an error sits in the file, so the first one reported is the first one in the text."""
    position, node = [], doc
    for part in error.absolute_path:
        position.append(list(node).index(part) if isinstance(node, dict) else part)
        node = node[part]
    return position


def _build(doc: dict[str, Any]) -> m.SessionData:
    def make(kind: type, item: dict[str, Any], session_id: int) -> Any:
        # Fields added after version 1 was published are optional; a file without them gets the defaults.
        values = {name: codec.into(item[name]) for name, codec in FIELDS[kind] if name in item}
        if kind is m.Session:
            return kind(id=item["id"], **values)
        return kind(id=item["id"], session_id=session_id, **values)

    session = make(m.Session, doc["session"], 0)
    data = m.SessionData(session=session)
    for kind in (*SHARED_TYPES, m.PrivateNote):
        for item in doc.get(m.COLLECTION[kind], []):
            data.items(kind).append(make(kind, item, session.id))
    return data


# -- a full backup carries the workspace's own templates (kept apart from the session's checks) --

TEMPLATES_KEY = "templates"


def _add_templates(doc: dict[str, Any], templates: Iterable[Any]) -> None:
    from facilitator.domain.templates import to_json

    listed = [to_json(t) for t in templates]
    if listed:
        doc[TEMPLATES_KEY] = listed


def templates_in(text: str) -> list[Any]:
    """The user's templates in a full backup (none in a plain session file). Call after `loads`
    has validated the file; a malformed template raises InvalidSessionFile."""
    from facilitator.domain.templates import from_json

    doc = json.loads(text.removeprefix("\ufeff"))
    found = []
    for i, item in enumerate(doc.get(TEMPLATES_KEY, []), 1):
        try:
            found.append(from_json(item))
        except ValueError as error:
            raise InvalidSessionFile(f"template {i}: {error}") from None
    return found
