"""The blame detector's rules: the Hit and Rule records, text folding, and compiling rules.json.

``rules.json`` holds the patterns as data; they are compiled here once per process into a few
keyed regex gates (see ``_RuleSet``). Text and patterns are folded alike (NFC, casefold,
ä→ae ö→oe ü→ue ß→ss), and ``_Folded`` maps offsets back to the caller's original text.
The public entry points stay in ``facilitator.domain.blame``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from types import MappingProxyType

from facilitator.resources import read_text


@dataclass(frozen=True)
class Hit:
    """One marker found in a text; ``text[start:end]`` is the matched wording."""

    rule_id: str
    start: int
    end: int
    weight: float
    self_referential: bool


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
