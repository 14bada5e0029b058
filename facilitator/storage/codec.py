"""Turn domain dataclasses into table rows and back."""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from enum import Enum
from functools import cache
from typing import Any


def table_name(kind: type) -> str:
    """Participant -> participant, PerspectiveCheck -> perspective_check, ActionItem -> action_item."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", kind.__name__).lower()


@cache
def _field_types(kind: type) -> dict[str, Any]:
    hints = typing.get_type_hints(kind)
    return {f.name: hints[f.name] for f in dataclasses.fields(kind)}


def _base(annotation: Any) -> Any:
    """`int | None` -> int; leaves other annotations alone."""
    if isinstance(annotation, types.UnionType):
        args = [a for a in annotation.__args__ if a is not type(None)]
        return args[0]
    return annotation


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
    values = {}
    for name, decode in _decoders(kind):
        if name not in row:
            continue  # a column added by a newer minor version is ignored; a missing one defaults
        value = row[name]
        values[name] = value if decode is None or value is None else decode(value)
    return kind(**values)


@cache
def _decoders(kind: type) -> tuple[tuple[str, Any], ...]:
    """Per field, how to decode its column (None: as stored). Worked out once per kind: the home
    screen decodes 10,000 sessions, and asking the type hints each time took most of a second."""
    return tuple((name, _decoder(_base(annotation))) for name, annotation in _field_types(kind).items())


def _decoder(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is dict:
        key_type = typing.get_args(annotation)[0]
        if key_type is int:
            return lambda value: {int(k): v for k, v in json.loads(value).items()}
        return json.loads
    if origin is list:
        return json.loads
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    if annotation is bool:
        return bool
    if annotation is float:
        return float
    return None
