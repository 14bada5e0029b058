"""Turn domain dataclasses into table rows and back; a value that cannot be read is reported.

Storage media flip bits. A stored value that no longer decodes (broken JSON, an unknown enum
value, text that is not UTF-8, a number stored as text) must not take the whole session down:
`decode` falls back to the field's default (for text: the readable part, with U+FFFD for the
bytes that are not) and names the field, so the store can report it once and keep it safe.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import re
import types
import typing
from enum import Enum
from functools import cache
from typing import Any, NamedTuple

from facilitator.domain.model import Session


def table_name(kind: type) -> str:
    """Participant -> participant, PerspectiveCheck -> perspective_check, ActionItem -> action_item."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", kind.__name__).lower()


class Damage(NamedTuple):
    """Where a stored value cannot be read: ids and a field name, never the value itself."""

    session_id: int
    table: str
    row_id: int
    field: str

    def describe(self) -> str:
        """'session 3: title' or 'session 3, statement 12: kind'."""
        if self.table == "session":
            return f"session {self.session_id}: {self.field}"
        return f"session {self.session_id}, {self.table} {self.row_id}: {self.field}"


def owner(kind: type, row: dict[str, Any]) -> tuple[int, int]:
    """(session id, row id) of a row of `kind`, for a Damage: a session row is its own session."""
    row_id = row.get("id") or 0
    return (row_id if kind is Session else row.get("session_id") or 0), row_id


class UnreadableText(str):
    """Stored text that is not valid UTF-8, with U+FFFD for each byte that is not."""


def lenient_text(data: bytes) -> str:
    """A text_factory for sqlite3 that never fails: bad UTF-8 comes back as UnreadableText.

    The default factory raises an error that quotes the text, and fails the whole query.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return UnreadableText(data.decode("utf-8", "replace"))


class _Unreadable(Exception):
    """A value that does not decode; `fallback` is what the field shows instead, if not the default."""

    def __init__(self, fallback: Any = dataclasses.MISSING):
        super().__init__()
        self.fallback = fallback


@cache
def _field_types(kind: type) -> dict[str, Any]:
    hints = typing.get_type_hints(kind)
    return {f.name: hints[f.name] for f in dataclasses.fields(kind)}


def _split_optional(annotation: Any) -> tuple[Any, bool]:
    """`int | None` -> (int, True); other annotations -> (annotation, False)."""
    if isinstance(annotation, types.UnionType):
        args = [a for a in annotation.__args__ if a is not type(None)]
        return args[0], len(args) < len(annotation.__args__)
    return annotation, False


def to_row(entity: Any) -> dict[str, Any]:
    row = {}
    for name in _field_types(type(entity)):
        value = getattr(entity, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False)
        row[name] = value
    return row


def from_row(kind: type, row: dict[str, Any]) -> Any:
    """The entity of a row; damaged values fall back as in `decode`."""
    return decode(kind, row)[0]


def decode(kind: type, row: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The entity of a row, and {field: value used instead} for each value that cannot be read."""
    values: dict[str, Any] = {}
    damaged: dict[str, Any] = {}
    for name, plain, optional, convert in _decoders(kind):
        if name not in row:
            continue  # a column added by a newer minor version is ignored; a missing one defaults
        value = row[name]
        if type(value) is plain or (value is None and optional):  # the common case, kept fast
            values[name] = value
            continue
        try:
            if value is None:
                raise _Unreadable
            values[name] = convert(value)
        except (_Unreadable, ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as error:
            fallback = getattr(error, "fallback", dataclasses.MISSING)
            if fallback is dataclasses.MISSING:
                fallback = _default(kind, name)
            values[name] = fallback
            damaged[name] = copy.deepcopy(fallback)  # the entity's own copy may be edited in place
    return kind(**values), damaged


def _default(kind: type, name: str) -> Any:
    field = _fields(kind)[name]
    if field.default is not dataclasses.MISSING:
        return field.default
    return field.default_factory()  # type: ignore[misc]


@cache
def _fields(kind: type) -> dict[str, dataclasses.Field]:
    return {f.name: f for f in dataclasses.fields(kind)}


@cache
def _decoders(kind: type) -> tuple[tuple[str, Any, bool, Any], ...]:
    """Per field: (name, the Python type a sound value comes back as, may it be None, converter).

    Worked out once per kind: the home screen decodes 10,000 sessions, and asking the type
    hints each time took most of a second.
    """
    out = []
    for name, annotation in _field_types(kind).items():
        base, optional = _split_optional(annotation)
        plain = base if base in (str, int) else None  # floats are checked: a flipped bit may make inf
        out.append((name, plain, optional, _decoder(base)))
    return tuple(out)


def _decoder(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is dict:
        key_type, value_type = typing.get_args(annotation)
        check = _element(value_type)
        if key_type is int:
            return lambda value: {int(k): check(v) for k, v in _json(value, dict).items()}
        return lambda value: {str(k): check(v) for k, v in _json(value, dict).items()}
    if origin is list:
        check = _element(typing.get_args(annotation)[0])
        return lambda value: [check(v) for v in _json(value, list)]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    if annotation is bool:
        return _BOOLS.__getitem__  # C speed: a home screen decodes 10,000 sessions; 2 is a KeyError
    if annotation is float:
        return _number
    if annotation is int:
        return _integer
    if annotation is str:
        return _text
    return lambda value: value


def _json(value: Any, shape: type) -> Any:
    if not isinstance(value, str) or isinstance(value, UnreadableText):
        raise _Unreadable
    decoded = json.loads(value)
    if not isinstance(decoded, shape):
        raise _Unreadable
    return decoded


def _element(annotation: Any) -> Any:
    """A check for one element of a JSON list or dict value."""
    if annotation is int:
        return _integer
    if annotation is float:  # as stored: 3 stays 3, or the next save would rewrite every score
        return lambda value: value if _number(value) is not None else None
    if annotation is dict or typing.get_origin(annotation) is dict:
        return lambda value: value if isinstance(value, dict) else _fail()
    return lambda value: value


def _fail() -> Any:
    raise _Unreadable


def _text(value: Any) -> str:
    if isinstance(value, UnreadableText):
        raise _Unreadable(str(value))  # show what can be read; the rest is marked U+FFFD
    if isinstance(value, bytes):  # a flipped type bit turned TEXT into BLOB
        raise _Unreadable(value.decode("utf-8", "replace"))
    raise _Unreadable


def _integer(value: Any) -> int:
    if type(value) is not int:
        raise _Unreadable
    return value


_BOOLS = {0: False, 1: True}


def _number(value: Any) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise _Unreadable
    return float(value)
