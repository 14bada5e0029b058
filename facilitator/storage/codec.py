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
    for name, annotation in _field_types(kind).items():
        if name not in row:
            continue  # a column added by a newer minor version is ignored; a missing one defaults
        values[name] = _decode(_base(annotation), row[name])
    return kind(**values)


def _decode(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin is dict:
        key_type = typing.get_args(annotation)[0]
        return {key_type(k) if key_type is int else k: v for k, v in json.loads(value).items()}
    if origin is list:
        return json.loads(value)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation(value)
    if annotation is bool:
        return bool(value)
    if annotation is float:
        return float(value)
    return value
