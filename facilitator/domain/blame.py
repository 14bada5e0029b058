"""Blame-language detector (playbook section 3): regex rules plus a small sentence model.

The rules live in ``resources/blame/rules.json`` as data and mark the exact words. Text and
patterns are normalised (NFC, casefold, ä→ae ö→oe ü→ue ß→ss); hits report offsets into the
caller's original text. English and German patterns both run on every text, because people mix
them. A linear sentence model (``blame_model``, trained on ``resources/blame/corpus/``) then
reads each sentence: one that reads as an accusation with no rule hit (irony, insinuation,
metaphors ...) gets a whole-sentence hit ``S-<category>`` with its own hint; in a sentence it
does not read as blame, the rules' hits drop ("Our invoices always go out on the first").

Typical use::

    hits = scan(text)
    lvl = level(score(hits))          # Level.NONE / SOFT / STRONG
    rule(hits[0].rule_id).hint("de")  # the neutral-reframe prompt
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable, Mapping
from enum import Enum
from types import MappingProxyType

from facilitator.domain import blame_model
from facilitator.domain.blame_match import _rule_hits
from facilitator.domain.blame_rules import Hit, Rule, _ruleset
from facilitator.domain.blame_rules import _compile_rules as _compile_rules  # for tests: compile given data

# The engine lives in blame_rules (records, folding, compiling) and blame_match (matching);
# this module is the public face: scan(), score(), level(), rules(), rule(), Hit, Rule, Level.
from facilitator.resources import read_text

log = logging.getLogger(__name__)

SOFT_AT = 1.0
STRONG_AT = 3.0


class Level(Enum):
    """How prominent the UI hint should be."""

    NONE = "none"
    SOFT = "soft"
    STRONG = "strong"


def score(hits: Iterable[Hit]) -> float:
    """Sum of the hits' (already self-reference-adjusted) weights."""
    return float(sum(h.weight for h in hits))


def level(value: float) -> Level:
    """SOFT from 1, STRONG from 3 (playbook: soft hint, then prominent hint + reframe)."""
    if value >= STRONG_AT:
        return Level.STRONG
    if value >= SOFT_AT:
        return Level.SOFT
    return Level.NONE


def rules() -> list[Rule]:
    """All regex rules in file order. Loads the sentence model too, so a warm-up call off the
    GUI thread prepares everything the first keystroke needs."""
    _model()
    return list(_ruleset().rules)


def rule(rule_id: str) -> Rule:
    """The rule (or sentence category, ``S-...``) with this id; KeyError if there is none."""
    for r in _ruleset().rules:
        if r.id == rule_id:
            return r
    found = _sentence_rules().get(rule_id)
    if found is None:
        raise KeyError(rule_id)
    return found


def scan(text: str) -> list[Hit]:
    """Blame markers in ``text``, ordered by start. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _scan(text)
    except Exception:  # the detector runs on every keystroke: a bug must not kill the editor
        log.exception("blame scan failed on %d characters", len(text))
        return []


def scan_rules(text: str) -> list[Hit]:
    """The rule hits alone, before the sentence model reads the text (for tests and reports)."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _rule_hits(text)
    except Exception:
        log.exception("blame rule scan failed on %d characters", len(text))
        return []


def _scan(text: str) -> list[Hit]:
    hits = _rule_hits(text)
    model = _model()
    return hits if model is None else _with_sentences(text, hits, model)


# --- the sentence model --------------------------------------------------------------------

SENTENCE_PREFIX = "S-"


@functools.cache
def _model() -> blame_model.Model | None:
    """The sentence model, loaded once; None leaves the rules alone (logged)."""
    model = blame_model.load()
    if model is None:
        log.warning("blame sentence model missing or unreadable: rules only")
    return model


@functools.cache
def _sentence_rules() -> Mapping[str, Rule]:
    """One Rule per model category, id ``S-<category>``; classic ones borrow a rule's texts."""
    data = json.loads(read_text("blame", "categories.json"))
    weight = float(data["weight"])
    out = {}
    for cat, raw in data["categories"].items():
        if "rule" in raw:
            base = rule(raw["rule"])
            names, hints = base.names, base.hints
        else:
            names, hints = MappingProxyType(dict(raw["name"])), MappingProxyType(dict(raw["hint"]))
        rid = SENTENCE_PREFIX + cat
        out[rid] = Rule(id=rid, weight=weight, names=names, hints=hints, self_policy="keep")
    return MappingProxyType(out)


def _survives_fair(hit: Hit) -> bool:
    """Does a rule hit stay in a sentence the model does not read as blame (below ``low``)?

    The model reads the rules' hits as cues of its own (``blame_model.rule_cues``), so when it
    still does not find the sentence an accusation, the words were a schedule, a fact or a quote
    ("Our invoices always go out on the first", "The customer said: you never listen") and the
    hit drops. Dropping every rule there, not only absolutes, was chosen by cross-validation on
    the training split (more accusations found at the same false-alarm bound). Self-referential
    hits stay: they count half, never flag alone, and the editor still names them quietly
    ("We always ship late"). A sentence aimed at the other side (``aimed``) keeps its hits
    unless the model is very sure it is fair (below ``guard``).
    """
    return hit.self_referential


# The rules that name the other side's behaviour or character (weight 2 and more: accusing
# "you", obstruction, labels, intent, fault ...); R1 is the absolute, R3 the character label.
ABSOLUTE, LABEL = "R1", "R3"
STRONG_WEIGHT = 2.0


def aimed(hits: Iterable[Hit]) -> bool:
    """Is this a strong rule hit aimed at the other side: a character label, or an absolute
    with a strong marker about someone else ("I think product always blocks us.")?"""
    ids = {h.rule_id for h in hits if not h.self_referential}
    strong = any(h.weight >= STRONG_WEIGHT for h in hits if not h.self_referential)
    return LABEL in ids or (ABSOLUTE in ids and strong)


def _with_sentences(text: str, hits: list[Hit], model: blame_model.Model) -> list[Hit]:
    """Let the model read each sentence: add whole-sentence hits, drop the rule hits in one it
    does not read as blame.

    Where the rules already mark words in an accusation, their hints stay the only ones: the
    sentence hit is for what the rules cannot see.
    """
    sentence_rules = _sentence_rules()
    out: list[Hit] = []
    for start, end in blame_model.units(text):
        inside = [h for h in hits if start <= h.start < end]
        verdict = model.judge(text[start:end], blame_model.rule_cues(inside))
        if verdict.clearly_fair and (verdict.surely_fair or not aimed(inside)):
            inside = [h for h in inside if _survives_fair(h)]
        out.extend(inside)
        cat = verdict.category
        if verdict.accusation and cat is not None and score(inside) < SOFT_AT:
            rid = SENTENCE_PREFIX + cat
            if rid in sentence_rules:
                out.append(Hit(rid, start, end, sentence_rules[rid].weight, False))
    out.sort(key=lambda h: (h.start, h.end, h.rule_id))
    return out
