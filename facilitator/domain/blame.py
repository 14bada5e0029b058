"""Blame-language detector (playbook section 3): regex rules plus a small sentence model.

The rules live in ``resources/blame/rules.json`` as data and mark the exact words. Text and
patterns are normalised (NFC, casefold, ä→ae ö→oe ü→ue ß→ss); hits report offsets into the
caller's original text. English and German patterns both run on every text, because people mix
them. A linear sentence model (``blame_model``, trained on ``resources/blame/corpus/``) then
reads each sentence: one that reads as an accusation with no rule hit (irony, insinuation,
metaphors ...) gets a whole-sentence hit ``S-<category>`` with its own hint; in a sentence it
reads as clearly fair, lone soft markers ("Our invoices always go out on the first") drop.

Typical use::

    hits = scan(text)
    lvl = level(score(hits))          # Level.NONE / SOFT / STRONG
    rule(hits[0].rule_id).hint("de")  # the neutral-reframe prompt
"""

from __future__ import annotations

import functools
import json
import logging
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from itertools import accumulate, pairwise
from types import MappingProxyType

from facilitator.domain import blame_model
from facilitator.resources import read_text

log = logging.getLogger(__name__)

SOFT_AT = 1.0
STRONG_AT = 3.0


@dataclass(frozen=True)
class Hit:
    """One marker found in a text; ``text[start:end]`` is the matched wording."""

    rule_id: str
    start: int
    end: int
    weight: float
    self_referential: bool


class Level(Enum):
    """How prominent the UI hint should be."""

    NONE = "none"
    SOFT = "soft"
    STRONG = "strong"


@dataclass(frozen=True)
class Rule:
    """One marker class with its weight and its bilingual name and reframe hint."""

    id: str
    weight: float
    names: Mapping[str, str] = field(repr=False, compare=False)
    hints: Mapping[str, str] = field(repr=False, compare=False)
    self_policy: str = "half"

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]

    def hint(self, lang: str = "en") -> str:
        return self.hints.get(lang) or self.hints["en"]


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


# --- normalisation -----------------------------------------------------------------------

# Beyond casefolding: German umlauts as their ASCII spelling (so "Schluessel" and "Schlüssel"
# match alike), typographic apostrophes (macOS and Word insert them in "don't"), odd spaces.
_CHAR_FOLD = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "ß": "ss",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\t": " ",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2028": "\n",
    "\u2029": "\n",
}
_ASCII_TABLE = str.maketrans({"\t": " "})
# The same folding for whole strings, applied before casefold (so it lists capitals too).
# A regex substitution rather than str.translate: a dict table costs ~40 ns for every
# non-ASCII character, the regex only calls back for the few characters that change.
_PRE_MAP = {**_CHAR_FOLD, "Ä": "ae", "Ö": "oe", "Ü": "ue", "\u1e9e": "ss"}  # capital sharp s
_PRE_RE = re.compile("[" + "".join(sorted(_PRE_MAP)) + "]")
_EXPANDING = re.compile("[äöüÄÖÜß\u1e9e]")  # the table entries that become two characters
_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    folded = _FOLD_CACHE.get(ch)
    if folded is None:
        folded = "".join(_CHAR_FOLD.get(c, c) for c in ch.casefold())
        if len(_FOLD_CACHE) < 20_000:  # bounded: arbitrary Unicode must not grow it forever
            _FOLD_CACHE[ch] = folded
    return folded


class _Folded:
    """Normalised text plus the way back to offsets in the original string.

    Three cases, fastest first: ASCII (offsets unchanged); NFC text where only the umlauts and
    ß grow (each adds one character, so an offset maps back by counting those before it); and
    anything else (ligatures, decomposed accents), cut into pieces that fold one by one.
    """

    __slots__ = ("_ends", "_extras", "_starts", "text")

    def __init__(self, original: str) -> None:
        self._extras: list[int] | None = None  # folded offsets of the second letter of ae/ss
        self._ends: list[int] | None = None  # cumulative folded length after each piece
        self._starts: list[int] | None = None  # original offset of each piece (non-NFC input)
        if original.isascii():
            self.text = original.lower().translate(_ASCII_TABLE)
            return
        if unicodedata.is_normalized("NFC", original):
            pre = _PRE_RE.sub(lambda m: _PRE_MAP[m.group()], original)
            folded = pre.casefold()
            if len(folded) == len(pre):  # casefold was one-to-one: only the table grew
                self.text = folded
                self._extras = [m.start() + k + 1 for k, m in enumerate(_EXPANDING.finditer(original))]
                return
            pieces = [_fold_char(c) for c in original]
        else:
            pieces, starts = [], []
            i, n = 0, len(original)
            while i < n:
                j = i + 1
                while j < n and unicodedata.combining(original[j]):
                    j += 1
                cluster = unicodedata.normalize("NFC", original[i:j])
                pieces.append("".join(_fold_char(c) for c in cluster) or " ")
                starts.append(i)
                i = j
            starts.append(n)
            self._starts = starts
        self.text = "".join(pieces)
        self._ends = list(accumulate(map(len, pieces)))

    def original_offset(self, pos: int) -> int:
        """Original offset of the character that folded character ``pos`` came from."""
        if self._extras is not None:
            return pos - bisect_right(self._extras, pos)
        if self._ends is None:
            return pos
        piece = bisect_right(self._ends, pos)
        return self._starts[piece] if self._starts is not None else piece

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span covering folded ``[start, end)``; whole characters, never empty."""
        if self._ends is None:
            return self.original_offset(start), self.original_offset(end - 1) + 1
        first = bisect_right(self._ends, start)
        last = bisect_right(self._ends, end - 1)
        if self._starts is not None:
            return self._starts[first], self._starts[last + 1]
        return first, last + 1


# --- rule loading --------------------------------------------------------------------------

_SELF_POLICIES = ("half", "drop", "keep")
_MACRO = re.compile(r"\{([a-z_]+)\}")
_LC_GROUP = "(?P<lc>"
_KEY_LEN = 3  # alternatives are indexed by their first (up to) three literal characters
_DISTRIBUTE_LIMIT = 48
_DIGITS = tuple("0123456789")  # keys for alternatives that start with \d


@dataclass(frozen=True)
class _Slot:
    """One rule-and-kind inside a gate: its capture group and its lowercase-check groups."""

    group: int
    order: int  # rule index
    weak: bool
    lc_groups: tuple[str, ...]


@dataclass(frozen=True)
class _Gate:
    """All alternatives (of every rule) that start with one key, as a single regex.

    Each rule-and-kind sits in an optional lookahead with its own capture group, so one match
    call at a word start reports every rule that matches there, overlapping ones included.
    """

    pattern: re.Pattern[str]
    slots: tuple[_Slot, ...]


@dataclass(frozen=True)
class _RuleSet:
    rules: tuple[Rule, ...]
    excludes: tuple[re.Pattern[str] | None, ...]  # by rule order
    index: Mapping[str, _Gate]  # key: first one to _KEY_LEN literal characters
    fallback: _Gate | None  # alternatives with no literal start: tried at every word start
    # Memo: a word's first _KEY_LEN characters -> gates of all its key lengths. Word heads
    # repeat a lot, so one dict lookup per word replaces three slices and three lookups.
    by_head: dict[str, tuple[_Gate, ...]] = field(default_factory=dict, compare=False)

    def gates_for(self, head: str) -> tuple[_Gate, ...]:
        found = [self.index.get(head[:size]) for size in range(1, len(head) + 1)]
        if self.fallback is not None:
            found.append(self.fallback)
        gates = tuple(g for g in found if g is not None)
        if len(self.by_head) < 50_000:  # bounded for arbitrary input
            self.by_head[head] = gates
        return gates


def _scan_regex(pattern: str) -> Iterable[tuple[int, str]]:
    """(index, char) outside escapes and character classes, with the class/escape skipped."""
    in_class, i = False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch
        i += 1


def _spaces_to_runs(pattern: str) -> str:
    """Let a literal space in a pattern match a run of spaces (pasted text has doubles)."""
    spaces = {i for i, ch in _scan_regex(pattern) if ch == " "}
    return "".join("(?: +)" if i in spaces else ch for i, ch in enumerate(pattern))


def _group_end(pattern: str) -> int:
    """Index just past the group that opens at index 0; -1 if unbalanced."""
    depth = 0
    for i, ch in _scan_regex(pattern):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _top_level_split(body: str) -> list[str]:
    """Split at the '|' that are not inside a group."""
    cuts, depth = [], 0
    for i, ch in _scan_regex(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            cuts.append(i)
    bounds = [-1, *cuts, len(body)]
    return [body[a + 1 : b] for a, b in pairwise(bounds)]


def _distribute(alternative: str) -> list[str]:
    """Rewrite ``(?:you|they) x`` as ``you x``, ``they x`` (and ``(?:a )?x`` as ``a x``, ``x``).

    Meaning stays; the point is that every alternative then starts with literal characters,
    which is what the first-characters index below is keyed on.
    """
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _group_end(alternative)
    if end < 0:
        return [alternative]
    options = _top_level_split(alternative[3 : end - 1])
    rest = alternative[end:]
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
        options, rest = [*options, ""], rest[1:]
    elif rest[:1] in ("*", "+", "{", "?"):
        return [alternative]  # a repeated leading group stays as written
    out: list[str] = []
    for option in options:
        out.extend(_distribute(option + rest))
        if len(out) > _DISTRIBUTE_LIMIT:
            return [alternative]
    return out


def _literal_key(alternative: str) -> str:
    """The first (up to _KEY_LEN) characters every match of ``alternative`` starts with, or ''."""
    while alternative.startswith(("(?<=", "(?<!")):  # a lookbehind consumes nothing: look past it
        end = _group_end(alternative)
        alternative = alternative[end:] if end > 0 else ""
    key = ""
    for i, ch in enumerate(alternative[:_KEY_LEN]):
        if not (ch.isalnum() or (key and ch in "'-/&")):
            break
        if alternative[i + 1 : i + 2] in ("?", "*", "+", "{"):
            break
        key += ch
    return key


def _prepare(pattern: str, macros: Mapping[str, str]) -> list[str]:
    expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
    # Patterns may be written with umlauts; fold only non-ASCII so escapes like \S stay intact.
    folded = "".join(c if c.isascii() else _fold_char(c) for c in expanded)
    spaced = _spaces_to_runs(unicodedata.normalize("NFC", folded))
    return [alt for piece in _top_level_split(spaced) for alt in _distribute(piece)]


def _alternatives(entry: Mapping[str, list[str]] | None, macros: Mapping[str, str]) -> list[str]:
    if not entry:
        return []
    return [alt for lang in sorted(entry) for p in entry[lang] for alt in _prepare(p, macros)]


def _rename_lc(alt: str, counter: list[int], names: list[str]) -> str:
    while _LC_GROUP in alt:
        counter[0] += 1
        names.append(f"lc{counter[0]}")
        alt = alt.replace(_LC_GROUP, f"(?P<{names[-1]}>", 1)
    return alt


def _exclusion_regex(alternatives: list[str]) -> re.Pattern[str]:
    parts = [alt.replace(_LC_GROUP, "(?:") for alt in alternatives]  # no case check needed
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.MULTILINE)


def _gate(slots: list[tuple[int, bool, list[str]]], counter: list[int]) -> _Gate:
    """One regex for several rule-and-kind alternative lists (see _Gate)."""
    parts, meta = [], []
    for n, (order, weak, alts) in enumerate(slots):
        lc: list[str] = []
        # An alternation reports its first alternative that matches, not the longest: put
        # the longer (more specific) patterns first so "you guys never listen" beats
        # "you guys never".
        ordered = sorted(alts, key=len, reverse=True)
        body = "|".join(_rename_lc(alt, counter, lc) for alt in ordered)
        parts.append(rf"(?:(?=(?P<g{n}>(?:{body})(?!\w)))|)")
        meta.append((f"g{n}", order, weak, tuple(lc)))
    pattern = re.compile(r"(?<!\w)" + "".join(parts), re.MULTILINE)
    return _Gate(
        pattern,
        tuple(_Slot(pattern.groupindex[g], order, weak, lc) for g, order, weak, lc in meta),
    )


def _load_rule(raw: Mapping, seen: set[str]) -> Rule:
    rid = raw["id"]
    if rid in seen:
        raise ValueError(f"duplicate rule id {rid}")
    seen.add(rid)
    policy = raw.get("self", "half")
    if policy not in _SELF_POLICIES:
        raise ValueError(f"{rid}: unknown self policy {policy!r}")
    for key in ("name", "hint"):
        if "en" not in raw[key]:
            raise ValueError(f"{rid}: {key} needs an 'en' text")
    return Rule(
        id=rid,
        weight=float(raw["weight"]),
        names=MappingProxyType(dict(raw["name"])),
        hints=MappingProxyType(dict(raw["hint"])),
        self_policy=policy,
    )


def _compile_rules(data: Mapping) -> _RuleSet:
    macros = data.get("macros", {})
    rules: list[Rule] = []
    excludes: list[re.Pattern[str] | None] = []
    keyed: dict[str, dict[tuple[int, bool], list[str]]] = {}
    unkeyed: dict[tuple[int, bool], list[str]] = {}
    seen: set[str] = set()
    for order, raw in enumerate(data["rules"]):
        rules.append(_load_rule(raw, seen))
        for kind, weak in (("patterns", False), ("weak", True)):
            for alt in _alternatives(raw.get(kind), macros):
                keys = _DIGITS if alt.startswith("\\d") else (_literal_key(alt),)
                for key in keys:
                    bucket = keyed.setdefault(key, {}) if key else unkeyed
                    bucket.setdefault((order, weak), []).append(alt)
        exclude = _alternatives(raw.get("exclude"), macros)
        excludes.append(_exclusion_regex(exclude) if exclude else None)
    counter = [0]
    index = {
        key: _gate([(o, w, alts) for (o, w), alts in sorted(slots.items())], counter) for key, slots in keyed.items()
    }
    fallback = _gate([(o, w, alts) for (o, w), alts in sorted(unkeyed.items())], counter) if unkeyed else None
    return _RuleSet(tuple(rules), tuple(excludes), MappingProxyType(index), fallback)


@functools.cache
def _ruleset() -> _RuleSet:
    """Rules compiled once per process."""
    return _compile_rules(json.loads(read_text("blame", "rules.json")))


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


def _scan(text: str) -> list[Hit]:
    hits = _rule_hits(text)
    model = _model()
    return hits if model is None else _with_sentences(text, hits, model)


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


# Absolutes are the marker that most often sits in a plain fact ("Backups always run at two").
_DROPS_WHEN_FAIR = frozenset({"R1"})


def _survives_fair(hit: Hit, weights: Mapping[str, float]) -> bool:
    """Does a rule hit stay in a sentence the model reads as clearly fair?

    Absolutes there are schedules and facts and drop. Self-referential ones stay: they already
    count half, never flag alone, and the editor still names them quietly ("We always ship
    late"). Every other rule stays: its words carry blame whatever the sentence around them.
    """
    return hit.self_referential or hit.rule_id not in _DROPS_WHEN_FAIR


def _with_sentences(text: str, hits: list[Hit], model: blame_model.Model) -> list[Hit]:
    """Let the model read each sentence: add whole-sentence hits, drop lone soft markers.

    Where the rules already mark words in an accusation, their hints stay the only ones: the
    sentence hit is for what the rules cannot see.
    """
    rs = _ruleset()
    weights = {r.id: r.weight for r in rs.rules}
    sentence_rules = _sentence_rules()
    out: list[Hit] = []
    for start, end in blame_model.units(text):
        inside = [h for h in hits if start <= h.start < end]
        verdict = model.judge(text[start:end])
        if verdict.clearly_fair:
            inside = [h for h in inside if _survives_fair(h, weights)]
        out.extend(inside)
        cat = verdict.category
        if verdict.accusation and cat is not None and score(inside) < SOFT_AT:
            rid = SENTENCE_PREFIX + cat
            if rid in sentence_rules:
                out.append(Hit(rid, start, end, sentence_rules[rid].weight, False))
    out.sort(key=lambda h: (h.start, h.end, h.rule_id))
    return out
