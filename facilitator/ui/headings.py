"""Column headings wrapped to a narrow column: between words, and a long word hyphenated between
its syllables ("Verzöge-/rungs-/kosten") instead of cut off or cut anywhere.

Widths are in any unit `measure` gives (characters by default, pixels with a font's advance).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

Measure = Callable[[str], int]

VOWELS = set("aeiouyäöüéèàAEIOUYÄÖÜÉ")
ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr"}  # "be-trof-fen", "Enter-prise"


def syllables(word: str) -> list[str]:
    """A word cut where a hyphen reads naturally: after a hyphen it has, and before the consonant
    (or consonant pair like "tr") that starts a syllable ("Verzö-ge-rungs-kos-ten", "Pas-sung",
    "ma-chen"), never leaving one letter alone. A rule of thumb for German and English."""
    head, dash, tail = word.partition("-")
    if dash and head and tail:
        first = syllables(head)
        return [*first[:-1], first[-1] + "-", *syllables(tail)]
    cuts: list[int] = []
    for i in range(2, len(word) - 1):
        if not word[i].isalpha() or word[i] in VOWELS or word[i + 1] not in VOWELS:
            continue
        pair = word[i - 1 : i + 1].lower()
        cut = i - 1 if pair in ONSETS or pair in ("ch", "ck", "ph", "th") else i  # never "mac-hen"
        if pair == "ch" and word[i - 2 : i - 1].lower() == "s":
            cut = i - 2  # "Ta-sche"
        elif pair in ONSETS and word[i - 2 : i].lower() == "ck":
            cut = i  # "Ent-wick-lung", not "Entwic-klung"
        if 2 <= cut <= len(word) - 2 and (not cuts or cut - cuts[-1] >= 2):
            cuts.append(cut)
    bounds = [0, *cuts, len(word)]
    return [word[a:b] for a, b in pairwise(bounds)]


def _hyphened(text: str) -> str:
    return text if text.endswith("-") else text + "-"


def hyphenate(word: str, room: int, measure: Measure = len) -> list[str]:
    """`word` in lines no wider than `room`, hyphenated between syllables (or, for a syllable
    wider than a line, where the line ends, leaving at least two letters)."""

    def fits(text: str, hyphen: bool) -> bool:
        return measure(text + ("-" if hyphen and not text.endswith("-") else "")) <= room

    parts = syllables(word)
    lines: list[str] = []
    current = ""
    for n, part in enumerate(parts):
        hyphen = n < len(parts) - 1  # a line that ends inside the word ends with a hyphen
        if current and not fits(current + part, hyphen):
            lines.append(_hyphened(current))
            current = ""
        current += part
        while len(current) >= 4 and not fits(current, hyphen):  # one syllable wider than the line
            cut = max([2] + [k for k in range(2, len(current) - 1) if fits(current[:k], True)])
            lines.append(_hyphened(current[:cut]))
            current = current[cut:]
    return [*lines, current] if current else lines


def _plain(text: str, room: int, measure: Measure) -> list[str]:
    """Whole words a line; only a word wider than a line is hyphenated."""
    pieces = [p for word in text.split() for p in (hyphenate(word, room, measure) if measure(word) > room else [word])]
    lines: list[str] = []
    for piece in pieces:
        if lines and measure(f"{lines[-1]} {piece}") <= room:
            lines[-1] = f"{lines[-1]} {piece}"
        else:
            lines.append(piece)
    return lines


def _filled(text: str, room: int, measure: Measure) -> list[str]:
    """Each line filled: a word that does not fit the line's end is hyphenated there."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        parts = syllables(word)
        while parts:
            rest = "".join(parts)
            if measure(f"{line} {rest}" if line else rest) <= room:
                line = f"{line} {rest}" if line else rest
                break
            for n in range(len(parts) - 1, 0, -1):  # the most syllables that fit, with a hyphen
                head = _hyphened("".join(parts[:n]))
                if measure(f"{line} {head}" if line else head) <= room:
                    lines.append(f"{line} {head}" if line else head)
                    line, parts = "", parts[n:]
                    break
            else:
                if line:  # the word starts the next line
                    lines.append(line)
                    line = ""
                else:  # its first syllable is wider than a line
                    *whole, line = hyphenate(rest, room, measure)
                    lines += whole
                    parts = []
    return [*lines, line] if line else lines


def wrap_heading(text: str, room: int, measure: Measure = len) -> str:
    """`text` in lines no wider than `room`: whole words where they fit a line of their own; a
    word hyphenated at a line's end only where that saves a line ("Leicht einzu-/führen")."""
    plain, filled = _plain(text, room, measure), _filled(text, room, measure)
    return "\n".join(filled if len(filled) < len(plain) else plain)


SOFT_HYPHEN = "\u00ad"


def soft_hyphens(text: str, letters: int = 10) -> str:
    """`text` with soft hyphens between the syllables of its long words: Qt breaks a line there,
    with a hyphen, where the word does not fit ("Wöchent-/licher" instead of "Wöchentlich…")."""

    def marked(word: str) -> str:  # none after a hyphen of its own: the line breaks there anyway
        parts = syllables(word)
        return "".join(p if p.endswith("-") else p + SOFT_HYPHEN for p in parts[:-1]) + parts[-1]

    return " ".join(marked(word) if len(word) >= letters else word for word in text.split(" "))
