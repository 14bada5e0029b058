"""Templates: ready ground rules, criteria sets and typical agreements, and a user's own.

The library ships as data in `resources/library/<lang>.json`, written per language (not
translated word for word). A user's templates live in the workspace. A template fills one
stage: stage 1's ground rules, stage 5's criteria or stage 6's agreements. It fills a stage
that is empty; adding to one that is not needs `append=True`, which the UI asks for first.
No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from typing import Any

from facilitator.domain import model as m
from facilitator.domain.limits import MAX_ITEMS_PER_SESSION, MAX_TEXT_CHARS
from facilitator.resources import read_text

LIBRARY_LANGUAGES = ("en", "de")
NAME_MAX = 120
REVIEW_AFTER_DAYS = 30  # an agreement is reviewed at the first follow-up, 30 days on


class Kind(StrEnum):
    GROUND_RULES = "ground_rules"
    CRITERIA = "criteria"
    AGREEMENTS = "agreements"


#: The stage each kind of template fills.
STAGE = {Kind.GROUND_RULES: 1, Kind.CRITERIA: 5, Kind.AGREEMENTS: 6}


class TemplateRefused(ValueError):
    """A template cannot be applied or saved; the message says why. `code` lets the UI word it."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass
class Template:
    """One ready set for one stage. `id` 0 is a library template (read-only); others are the user's.

    `items` holds, by kind: ground rules as strings, criteria as `Criterion`, agreements as
    `Agreement` (unsaved: id and session_id 0).
    """

    kind: Kind
    name: str
    lang: str
    items: list[Any] = field(default_factory=list)
    description: str = ""
    id: int = 0
    key: str = ""  # the library's name for it, the same in every language
    created: str = ""

    @property
    def builtin(self) -> bool:
        return not self.id

    def preview(self) -> list[str]:
        """One line per item, as it would be added (weights and types as codes: the UI words them)."""
        if self.kind is Kind.GROUND_RULES:
            return rules_lines(self.items)
        if self.kind is Kind.CRITERIA:
            return [c.name for c in self.items]
        return [a.text for a in self.items]


# -- items as plain JSON (the library, the workspace and the backup share this) ---------------


def items_to_json(kind: Kind, items: list[Any]) -> list[Any]:
    if kind is Kind.GROUND_RULES:
        return [str(rule) for rule in items]
    if kind is Kind.CRITERIA:
        return [{"name": c.name, "weight": float(c.weight), "source": c.source.value} for c in items]
    return [{"text": a.text, "type": a.type.value} for a in items]


def items_from_json(kind: Kind, items: Any) -> list[Any]:
    """Items of a template from JSON; ValueError with one sentence for anything malformed."""
    if not isinstance(items, list) or not items:
        raise ValueError("a template needs at least one item")
    if len(items) > MAX_ITEMS_PER_SESSION:  # a hostile backup must not fill a stage with millions
        raise ValueError(f"a template has at most {MAX_ITEMS_PER_SESSION} items")
    for item in items:
        texts = [item] if isinstance(item, str) else list(item.values()) if isinstance(item, dict) else []
        if any(isinstance(x, str) and len(x) > MAX_TEXT_CHARS for x in texts):
            raise ValueError(f"a template's text is at most {MAX_TEXT_CHARS} characters")
    try:
        if kind is Kind.GROUND_RULES:
            if not all(isinstance(rule, str) and rule.strip() for rule in items):
                raise ValueError("ground rules must be non-empty texts")
            return [rule.strip() for rule in items]
        if kind is Kind.CRITERIA:
            criteria = []
            for c in items:
                weight = c["weight"]
                if not isinstance(c["name"], str) or isinstance(weight, bool) or not isinstance(weight, int | float):
                    raise ValueError("a criterion needs a name and a number as weight")
                if not 0 <= weight <= 100:
                    raise ValueError(f"a criterion's weight is 0 to 100, not {weight}")
                criteria.append(
                    m.Criterion(name=c["name"], weight=float(weight), source=m.CriterionSource(c["source"]))
                )
            return criteria
        agreements = []
        for a in items:
            if not isinstance(a["text"], str):
                raise ValueError("an agreement needs a text")
            agreements.append(m.Agreement(text=a["text"], type=m.AgreementType(a["type"])))
        return agreements
    except (KeyError, TypeError) as error:
        raise ValueError(f"a {kind.value} item is incomplete ({error})") from None


def to_json(template: Template) -> dict[str, Any]:
    """A user's template as a JSON object (for the backup)."""
    return {
        "kind": template.kind.value,
        "name": template.name,
        "lang": template.lang,
        "description": template.description,
        "items": items_to_json(template.kind, template.items),
    }


def from_json(doc: dict[str, Any]) -> Template:
    """A template from a JSON object; ValueError with one sentence if it is malformed."""
    try:
        kind = Kind(doc["kind"])
        name = check_name(doc["name"])
        lang = doc["lang"]
    except KeyError as error:
        raise ValueError(f"a template lacks {error}") from None
    if not isinstance(lang, str):
        raise ValueError("a template's language must be a text such as 'en'")
    items = items_from_json(kind, doc.get("items"))
    return Template(kind=kind, name=name, lang=lang, items=items, description=str(doc.get("description", "")))


# -- the library ------------------------------------------------------------------------------


@cache
def _library(lang: str) -> tuple[Template, ...]:
    doc = json.loads(read_text("library", f"{lang}.json"))
    return tuple(
        Template(
            kind=Kind(t["kind"]),
            name=t["name"],
            lang=lang,
            items=items_from_json(Kind(t["kind"]), t["items"]),
            description=t.get("description", ""),
            key=t["key"],
        )
        for t in doc["templates"]
    )


def library(lang: str, kind: Kind | None = None) -> list[Template]:
    """The ready templates in `lang` (English where the library has no such language)."""
    lang = lang if lang in LIBRARY_LANGUAGES else "en"
    return [replace(t, items=list(t.items)) for t in _library(lang) if kind is None or t.kind is kind]


def choose(lang: str, kind: Kind, own: list[Template]) -> list[Template]:
    """What the picker offers for a stage: the library in the session's language, then the
    user's own templates of that kind, those in the session's language first, by name."""
    mine = sorted((t for t in own if t.kind is kind), key=lambda t: (t.lang != lang, t.name.casefold()))
    return library(lang, kind) + mine


# -- applying to a session --------------------------------------------------------------------


def rules_lines(rules: list[str]) -> list[str]:
    return [f"{i}. {rule}" for i, rule in enumerate(rules, 1)]


def is_empty(data: m.SessionData, kind: Kind) -> bool:
    """True when the stage this kind fills has nothing in it yet."""
    if kind is Kind.GROUND_RULES:
        return not data.session.ground_rules.strip()
    if kind is Kind.CRITERIA:
        return not data.criteria
    return not data.agreements


def review_default(session: m.Session) -> str:
    """An agreement's review date: the follow-up date if set, else 30 days after the session."""
    if session.follow_up_date:
        return session.follow_up_date
    try:
        day = dt.date.fromisoformat(session.date)
    except ValueError:
        day = dt.date.today()
    return (day + dt.timedelta(days=REVIEW_AFTER_DAYS)).isoformat()


@dataclass
class Plan:
    """What applying a template adds: new entities, or the new ground-rules text."""

    entities: list[Any] = field(default_factory=list)
    ground_rules: str | None = None


def plan(template: Template, data: m.SessionData, append: bool = False) -> Plan:
    """What `template` adds to the session. Refuses a stage that is not empty unless `append`
    (the user was asked), and criteria that are agreed (locked for scoring)."""
    if data.session.status is m.SessionStatus.CLOSED:
        raise TemplateRefused("closed", "the session is closed; reopen it to change it")
    if template.kind is Kind.CRITERIA and data.session.criteria_agreed:
        raise TemplateRefused("locked", "the criteria are agreed and locked; reopen them first")
    if not append and not is_empty(data, template.kind):
        raise TemplateRefused("not_empty", "this stage is not empty; a template is added only when you confirm")
    session_id = data.session.id
    if template.kind is Kind.GROUND_RULES:
        existing = data.session.ground_rules.rstrip()
        rules = "\n".join(rules_lines(template.items))
        return Plan(ground_rules=f"{existing}\n\n{rules}" if existing else rules)
    if template.kind is Kind.CRITERIA:
        return Plan([replace(c, id=0, session_id=session_id) for c in template.items])
    ceo = next((p.id for p in data.participants if p.side is m.Side.CEO), None)
    review = review_default(data.session)
    return Plan(
        [
            m.Agreement(session_id=session_id, text=a.text, type=a.type, approver_id=ceo, review_date=review)
            for a in template.items
        ]
    )


# -- saving a stage as a template -------------------------------------------------------------


def check_name(name: Any, taken: Iterable[str] = ()) -> str:
    """The name, trimmed; TemplateRefused when it is empty, too long or already used."""
    if not isinstance(name, str) or not name.strip():
        raise TemplateRefused("no_name", "a template needs a name")
    name = " ".join(name.split())
    if len(name) > NAME_MAX:
        raise TemplateRefused("too_long", f"a template's name is at most {NAME_MAX} characters")
    if name.casefold() in {t.casefold() for t in taken}:
        raise TemplateRefused("taken", f"there is already a template called “{name}”")
    return name


def split_rules(text: str) -> list[str]:
    """Ground rules as typed, one per line; numbering and bullets are dropped (they are added back)."""
    rules = []
    for line in text.splitlines():
        line = line.strip()
        head, dot, rest = line.partition(". ")
        if dot and head.isdigit():
            line = rest.strip()
        elif line[:2] in ("- ", "* ", "• "):
            line = line[2:].strip()
        if line:
            rules.append(line)
    return rules


def from_stage(data: m.SessionData, kind: Kind, name: str, lang: str) -> Template:
    """The stage's content as a new template of the user's (not stored yet)."""
    if kind is Kind.GROUND_RULES:
        items: list[Any] = split_rules(data.session.ground_rules)
    elif kind is Kind.CRITERIA:
        items = [
            m.Criterion(name=c.name.strip(), weight=c.weight, source=c.source) for c in data.criteria if c.name.strip()
        ]
    else:
        items = [m.Agreement(text=a.text.strip(), type=a.type) for a in data.agreements if a.text.strip()]
    if not items:
        raise TemplateRefused("empty", "there is nothing on this stage to save as a template")
    return Template(kind=kind, name=name, lang=lang, items=items)


def same_content(a: Template, b: Template) -> bool:
    """True for two templates an import must not duplicate: same kind, language, name and items."""
    return (a.kind, a.lang, a.name, items_to_json(a.kind, a.items)) == (
        b.kind,
        b.lang,
        b.name,
        items_to_json(b.kind, b.items),
    )
