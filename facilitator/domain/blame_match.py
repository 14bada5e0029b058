"""The blame detector's rule matching: where the compiled rules hit in a text.

Finds candidates at word starts, applies exclusions and the lowercase checks, lets weak
markers count only beside strong ones, lowers self-referential hits ("we always ..."), and
merges touching hits. ``_rule_hits`` is the one entry point; ``facilitator.domain.blame``
adds the sentence model on top.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from facilitator.domain.blame_rules import _KEY_LEN, Hit, _Folded, _RuleSet, _ruleset, _Slot

# --- matching ------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[\w']+")
_CLAUSE_CUT = re.compile(r"[.,;:!?\n\u2013\u2014]")
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n")
_SELF_WINDOW = 60  # characters looked at before a hit: a short clause start
_EXCLUDE_REACH = 80  # how far left of a hit an exclusion phrase may begin

_FIRST_PERSON = frozenset(
    {
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "we've",
        "we're",
        "we'd",
        "we'll",
        "i've",
        "i'm",
        "i'd",
        "i'll",
        "let's",
        "ich",
        "mich",
        "mir",
        "mein",
        "meine",
        "meinen",
        "meinem",
        "meiner",
        "meines",
        "wir",
        "uns",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "unserer",
        "unseres",
    }
)
# Object and possessive forms: "Das Produkt schiebt unsere Anfragen ..." is about the product,
# so these decide only when no other party comes before them in the clause.
_FIRST_PERSON_OBJECT = frozenset(
    {"me", "my", "mine", "us", "our", "ours", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner"}
    | {"meines", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"}
)
# Another party as the subject ends the look-back: "I think product always ..." is about
# product, not about me.
_OTHER_PARTY = frozenset(
    {
        "you",
        "your",
        "yours",
        "you're",
        "you've",
        "you'll",
        "you'd",
        "ya",
        "they",
        "them",
        "their",
        "theirs",
        "they're",
        "they've",
        "they'll",
        "he",
        "she",
        "his",
        "her",
        "him",
        "sales",
        "product",
        "engineering",
        "marketing",
        "pm",
        "pms",
        "devs",
        "reps",
        "ihr",
        "euch",
        "euer",
        "eure",
        "euren",
        "eurem",
        "eurer",
        "eures",
        "sie",
        "er",
        "vertrieb",
        "produkt",
        "entwicklung",
        "entwickler",
        "vertriebler",
        "produktteam",
        "produktleute",
        "engineers",
        "developers",
        "denen",
        "ihnen",
    }
)
_SELF_TOKENS = 6  # German puts the subject after the verb: "So habe ich das noch nie gesehen"


def _is_self_referential(norm: str, start: int, end: int) -> bool:
    """Is the subject of the clause before the hit first person ("we always", "uns immer")?

    A hit that itself names the other side ("wir ... wegen euch") is never about oneself.
    Subject pronouns (I, we, let's, ich, wir) decide at once; object and possessive forms
    (us, our, uns, unsere) only when no other party precedes them in the clause, because
    "Das Produkt schiebt unsere Anfragen ..." is about the product.
    """
    if any(token in _OTHER_PARTY for token in _TOKEN.findall(norm, start, end)):
        return False
    window = norm[max(0, start - _SELF_WINDOW) : start]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(window)]
    if cuts:
        window = window[cuts[-1] :]
    # "our", "uns" may be the object of another party's verb ("Das Produkt schiebt unsere
    # Anfragen ..."): after one, keep looking back through the clause for that party.
    own_object = False
    for i, token in enumerate(reversed(_TOKEN.findall(window))):
        if i >= _SELF_TOKENS and not own_object:
            break
        if token in _FIRST_PERSON_OBJECT:
            own_object = True
        elif token in _FIRST_PERSON:
            return True
        elif token in _OTHER_PARTY:
            return False
    return own_object


def _matches(rs: _RuleSet, norm: str) -> Iterable[tuple[_Slot, re.Match[str], int]]:
    """(slot, match, end) for every rule matching at every word start, overlaps included.

    Keyed gates instead of one regex pass per rule: a pass with a leading word-boundary
    assertion costs about 25 us per 2,000 characters before it matches anything, so 20-odd
    passes alone would miss the budget. Here each word start runs at most three gates (keys
    of one to three characters), and each gate tests all rules that can start there at once.
    """
    by_head = rs.by_head
    for word in _WORD.finditer(norm):
        pos = word.start()
        head = norm[pos : pos + _KEY_LEN]
        gates = by_head.get(head)
        if gates is None:
            gates = rs.gates_for(head)
        for gate in gates:
            found = gate.pattern.match(norm, pos)
            if found is None or found.lastindex is None:  # no rule matched here: the usual case
                continue
            for slot in gate.slots:
                end = found.end(slot.group)
                if end > pos:
                    yield slot, found, end


def _lowercase_ok(match: re.Match[str], groups: tuple[str, ...], folded: _Folded, text: str) -> bool:
    """German nouns are capitalised: 'Ihr Angebot' is a possessive, 'ihr blockiert' is not."""
    for name in groups:
        pos = match.start(name)
        if pos >= 0 and not text[folded.original_offset(pos)].islower():
            return False
    return True


def _excluded(pattern: re.Pattern[str], norm: str, start: int, end: int) -> bool:
    # Bounded on both sides: an unbounded finditer would run to the end of a long text.
    lo, hi = max(0, start - _EXCLUDE_REACH), min(len(norm), end + _EXCLUDE_REACH)
    for m in pattern.finditer(norm, lo, hi):
        if m.start() > start:
            return False
        if m.end() >= end:
            return True
    return False


@dataclass
class _Candidate:
    order: int
    start: int
    end: int
    weak: bool
    weight: float
    self_ref: bool = False


def _candidates(rs: _RuleSet, folded: _Folded, text: str) -> list[_Candidate]:
    norm = folded.text
    found: list[_Candidate] = []
    for slot, m, end in _matches(rs, norm):
        start = m.start()
        if slot.lc_groups and not _lowercase_ok(m, slot.lc_groups, folded, text):
            continue
        exclude = rs.excludes[slot.order]
        if exclude is not None and _excluded(exclude, norm, start, end):
            continue
        r = rs.rules[slot.order]
        cand = _Candidate(slot.order, start, end, slot.weak, r.weight)
        if r.self_policy != "keep" and _is_self_referential(norm, start, end):
            if r.self_policy == "drop":
                continue
            cand.self_ref = True
            cand.weight = r.weight / 2
        found.append(cand)
    return found


def _with_context(strong: list[_Candidate], weak: list[_Candidate], norm: str) -> None:
    """Add the weak candidates that share a sentence with a strong one.

    At most one weak hit per rule and sentence, and none where the rule already has a strong
    hit there: repeating "euch ... eure" is not more blame than saying it once. A weak hit
    right next to a strong one of its rule is still added, to extend it ("immer alles").
    """
    bounds = [m.end() for m in _SENTENCE_END.finditer(norm)]
    loaded = {bisect_right(bounds, c.start) for c in strong}
    ruled: dict[tuple[int, int], list[_Candidate]] = {}
    for c in strong:
        ruled.setdefault((c.order, bisect_right(bounds, c.start)), []).append(c)
    taken: set[tuple[int, int]] = set()
    for c in sorted(weak, key=lambda c: c.start):
        key = (c.order, bisect_right(bounds, c.start))
        if key[1] not in loaded:
            continue
        if key in ruled:
            if any(_touching(s, c, norm) for s in ruled[key]):
                strong.append(c)
        elif key not in taken:
            taken.add(key)
            strong.append(c)


def _touching(a: _Candidate, b: _Candidate, norm: str) -> bool:
    """Do two spans overlap or sit side by side with only spaces between them?"""
    if a.start > b.start:
        a, b = b, a
    return b.start <= a.end or norm[a.end : b.start].isspace()


def _merge(cands: list[_Candidate], norm: str) -> list[_Candidate]:
    """Overlapping or merely space-separated hits of one rule become one ("immer alles")."""
    cands.sort(key=lambda c: (c.order, c.start, -c.end))
    merged: list[_Candidate] = []
    for c in cands:
        last = merged[-1] if merged else None
        if last is not None and last.order == c.order and _touching(last, c, norm):
            last.end = max(last.end, c.end)
            last.weight = max(last.weight, c.weight)
            last.self_ref = last.self_ref and c.self_ref
        else:
            merged.append(c)
    return merged


def _rule_hits(text: str) -> list[Hit]:
    rs = _ruleset()
    folded = _Folded(text)
    norm = folded.text
    cands = _candidates(rs, folded, text)
    strong = [c for c in cands if not c.weak]
    if not strong:
        return []  # weak markers never count alone
    weak = [c for c in cands if c.weak]
    if weak:
        _with_context(strong, weak, norm)
    hits = []
    for c in _merge(strong, norm):
        start, end = folded.original_span(c.start, c.end)
        hits.append((start, end, c.order, Hit(rs.rules[c.order].id, start, end, c.weight, c.self_ref)))
    hits.sort(key=lambda t: t[:3])
    return [h for *_, h in hits]
