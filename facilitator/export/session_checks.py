"""Checks of a session file beyond what JSON Schema can say, and one sentence per problem.

Used by `session_file.loads`: hostile values and the documented limits (before the schema, so
that a huge file is refused fast and no value the storage cannot hold gets further), the
schema's errors turned into plain English, calendar dates, unique ids, and references that point
at entities in the same file.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from functools import cache
from typing import Any

from facilitator.domain import model as m
from facilitator.domain.limits import MAX_INTEGER, MAX_ITEMS_PER_SESSION, MAX_TEXT_CHARS
from facilitator.resources import read_text


class InvalidSessionFile(ValueError):
    """The text is not a session file this app can import; the message says why."""


@cache
def schema() -> dict[str, Any]:
    return json.loads(read_text("schema", "session.schema.json"))


def validating_schema() -> dict[str, Any]:
    """The schema with every $ref replaced by its definition and the descriptions dropped: the
    same rules, validated twice as fast (a 20 MB file at the limits in well under a second)."""
    defs = schema()["$defs"]

    def flat(node: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in node:
            node = {**defs[node["$ref"].rpartition("/")[2]], **{k: v for k, v in node.items() if k != "$ref"}}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("description", "title", "$defs", "$id"):
                continue
            if key == "properties":
                out[key] = {name: flat(spec) for name, spec in value.items()}
            elif key == "items":
                out[key] = flat(value)
            else:
                out[key] = value
        return out

    return flat(schema())


#: The shared collections, in the domain's order (referenced kinds first). Private notes apart.
SHARED_TYPES: tuple[type, ...] = tuple(k for k in m.CHILD_TYPES if k is not m.PrivateNote)


_NOUN = {
    m.Participant: "participant",
    m.Incident: "incident",
    m.Statement: "statement",
    m.Goal: "goal",
    m.Interest: "interest",
    m.Tension: "tension",
    m.Criterion: "criterion",
    m.Option: "option",
    m.Agreement: "agreement",
}


def _where(path: Any) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, dict | list) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    for kind, word in ((str, "text"), (int, "a whole number"), (float, "a number")):
        if isinstance(value, kind):
            return word
    return "a list" if isinstance(value, list) else "an object"


def schema_message(error: Any) -> str:
    where = _where(error.absolute_path)
    field = f"field {where}" if where else "the file"
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        wanted = " or ".join(_TYPE_WORDS.get(t, t) for t in ([expected] if isinstance(expected, str) else expected))
        return f"{field}: expected {wanted}, found {_json_type(value)} {_show(value)}"
    if kind == "enum":
        return f"{field}: {_show(value)} is not one of {', '.join(map(str, expected))}"
    if kind == "const":
        return f"{field}: {_show(value)} should be {_show(expected)}"
    if kind == "required":
        missing = [name for name in expected if name not in value]
        return f"{where or 'the file'} is missing the field '{missing[0]}'"
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(name for name in value if name not in known)
        return f"{where or 'the file'} has an unknown field '{extra[0]}'"
    if kind == "maxLength":
        return f"{field}: {len(value):,} characters, more than the limit of {expected:,}; shorten it"
    if kind == "maxItems":
        return f"{field}: {len(value):,} entries, more than the limit of {expected:,}"
    if kind in ("minimum", "maximum"):
        side = "below the minimum" if kind == "minimum" else "above the maximum"
        return f"{field}: {_show(value)} is {side} {expected}"
    if kind == "pattern":
        return f"{field}: {_show(value)} is not {_pattern_meaning(expected)}"
    if kind == "uniqueItems":
        return f"{field}: lists the same id more than once"
    return f"{field}: {error.message}"


def _pattern_meaning(pattern: str) -> str:
    defs = schema()["$defs"]
    meanings = {
        defs["date"]["pattern"]: "a date in the form yyyy-mm-dd",
        defs["timestamp"]["pattern"]: "a date and time in ISO 8601 form",
    }
    return meanings.get(pattern, "a language code such as en or de")


def _date_fields(kind: str = "date") -> dict[str, list[str]]:
    """Collection (or "session") -> its fields documented as dates (or timestamps), from the schema."""
    defs, found = schema()["$defs"], {}
    for key, spec in schema()["properties"].items():
        ref = spec.get("$ref") or spec.get("items", {}).get("$ref", "")
        entity = defs.get(ref.rpartition("/")[2], {})
        names = [n for n, p in entity.get("properties", {}).items() if p.get("$ref") == f"#/$defs/{kind}"]
        if names:
            found[key] = names
    return found


def _items(doc: dict[str, Any], key: str) -> list[tuple[str, dict]]:
    if key == "session":
        return [("session", doc["session"])]
    return [(f"{key}[{i}]", item) for i, item in enumerate(doc.get(key, []))]


def check_dates(doc: dict[str, Any]) -> None:
    """Dates and timestamps that the schema's patterns let through but no calendar has (2026-02-30)."""
    for kind, parse, noun in (
        ("date", date.fromisoformat, "date"),
        ("timestamp", datetime.fromisoformat, "date and time"),
    ):
        for key, names in _date_fields(kind).items():
            for where, item in _items(doc, key):
                for name in names:
                    value = item.get(name)  # optional timestamps (modified) may be missing
                    try:
                        if value:
                            parse(value)
                    except ValueError:
                        raise InvalidSessionFile(f"field {where}.{name}: {value!r} is not a real {noun}") from None


def check_ids(doc: dict[str, Any]) -> None:
    for kind in (*SHARED_TYPES, m.PrivateNote):
        key = m.COLLECTION[kind]
        seen: dict[int, str] = {}
        for where, item in _items(doc, key):
            if item["id"] in seen:
                raise InvalidSessionFile(f"field {where}.id: {item['id']} is already used by {seen[item['id']]}")
            seen[item["id"]] = where
    for key, field, inner in (
        ("session", "ground_rule_consent", "participant_id"),
        ("agreements", "consent", "participant_id"),
        ("options", "scores", "criterion_id"),
    ):
        for where, item in _items(doc, key):
            counted: set[int] = set()
            for i, entry in enumerate(item[field]):
                if entry[inner] in counted:
                    raise InvalidSessionFile(
                        f"field {where}.{field}[{i}].{inner}: {entry[inner]} is listed more than once"
                    )
                counted.add(entry[inner])


def _references(item: dict[str, Any], field: str) -> list[tuple[str, int]]:
    """(sub-path, id) of every reference held in `field` of one document item."""
    value = item[field]
    if value is None:
        return []
    if isinstance(value, int):
        return [("", value)]
    found = []
    for i, entry in enumerate(value):
        if isinstance(entry, int):
            found.append((f"[{i}]", entry))
            continue
        for key in ("participant_id", "criterion_id", "agreement_id"):
            if entry.get(key) is not None:
                found.append((f"[{i}].{key}", entry[key]))
    return found


def check_references(doc: dict[str, Any]) -> None:
    ids = {kind: {item["id"] for item in doc[m.COLLECTION[kind]]} for kind in SHARED_TYPES}
    for (kind, field), target in m.REFERENCES.items():
        key = "session" if kind is m.Session else m.COLLECTION[kind]
        for where, item in _items(doc, key):
            for sub, ref in _references(item, field):
                if ref not in ids[target]:
                    noun = _NOUN.get(target, target.__name__.lower())
                    raise InvalidSessionFile(f"{where}.{field}{sub} refers to {noun} {ref} that is not in the file")


class NotFinite:
    """What `NaN`, `Infinity` and `-Infinity` parse to, so the check below can name their field."""

    def __init__(self, text: str):
        self.text = text


class TooLong:
    """What a whole number of more than 20 characters parses to: never converted (a number of
    100,000 digits takes seconds to convert), only reported, with its field."""

    def __init__(self, text: str):
        self.digits = len(text.lstrip("-"))


def parse_int(text: str) -> int | TooLong:
    return int(text) if len(text) <= 20 else TooLong(text)


def parse_float(text: str) -> float | NotFinite:
    value = float(text)
    return value if math.isfinite(value) else NotFinite(text)  # 1e999: keep the text to show it


def check_values(doc: Any) -> None:
    """Refuse what no field may hold, wherever it is, naming the field: text that is not valid
    Unicode (a lone surrogate cannot be stored or printed), whole numbers beyond MAX_INTEGER
    (SQLite holds 64 bits), numbers that are not finite (1e999, NaN), texts over MAX_TEXT_CHARS.
    Iterative, not recursive: the nesting of a hostile file is no limit here."""
    stack: list[tuple[tuple, Any]] = [((), doc)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            _check_text(path, value)
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int | TooLong):
            if isinstance(value, TooLong) or abs(value) > MAX_INTEGER:
                digits = value.digits if isinstance(value, TooLong) else len(str(abs(value)))
                raise InvalidSessionFile(
                    f"{_field(path)}: a number with {digits:,} digits, larger than the limit of {MAX_INTEGER:,}"
                )
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise InvalidSessionFile(f"{_field(path)}: {value!r} is not a finite number; give a number")
        elif isinstance(value, NotFinite):
            raise InvalidSessionFile(f"{_field(path)}: {value.text} is not a finite number; give a number")
        elif isinstance(value, dict):
            for key in reversed(value):  # reversed: the first problem in the file is found first
                _check_text((*path, key), key, is_key=True)
                stack.append(((*path, key), value[key]))
        elif isinstance(value, list):
            stack.extend(((*path, i), item) for i, item in reversed(list(enumerate(value))))


def _field(path: tuple) -> str:
    return f"field {_where(path)}" if path else "the file"


def _check_text(path: tuple, text: str, is_key: bool = False) -> None:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            code = f"\\u{ord(text[error.start]):04x}"
            what = f"a field name in {_where(path[:-1]) or 'the file'}" if is_key else _field(path)
            raise InvalidSessionFile(
                f"{what}: contains {code}, half of a character pair (a lone surrogate), "
                "which is not valid text; re-export the file from the app that wrote it"
            ) from None
    if len(text) > MAX_TEXT_CHARS and not is_key:
        raise InvalidSessionFile(
            f"{_field(path)}: {len(text):,} characters, more than the limit of {MAX_TEXT_CHARS:,}; shorten it"
        )


def check_counts(doc: dict[str, Any]) -> None:
    """At most MAX_ITEMS_PER_SESSION items in all lists together (a real session has hundreds)."""
    total = sum(
        len(doc.get(m.COLLECTION[kind]) or ())
        for kind in m.CHILD_TYPES
        if isinstance(doc.get(m.COLLECTION[kind]), list)
    )
    if total > MAX_ITEMS_PER_SESSION:
        raise InvalidSessionFile(
            f"the file holds {total:,} items, more than the limit of {MAX_ITEMS_PER_SESSION:,} per session"
        )
