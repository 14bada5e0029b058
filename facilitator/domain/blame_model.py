"""The sentence model of the blame detector: does a sentence read as an accusation, and which kind.

A linear classifier over word and character n-grams, trained by ``tests/tools/train_blame.py``
on ``resources/blame/corpus/`` and shipped as plain JSON (``resources/blame/model.json``).
Pure Python at run time: the same ``features()`` serve training and prediction, so the two
can never drift apart.

Typical use::

    model = load()                       # None if the file is missing or broken
    verdict = model.judge("Your roadmap is a wish list.")
    verdict.accusation, verdict.category, verdict.probability
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from facilitator.resources import read_text

MODEL_FILE = "model.json"
CHAR_SIZES = (5,)  # 5-grams alone did better than 3- to 5-grams (tests/tools/train_blame.py)
STEM = 4  # characters of a word's stem feature (s:, sb:); 0: none
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "\u2019": "'", "\u2018": "'"})
_WORDS = re.compile(r"[\w']+|[?!]")
_CACHE_LIMIT = 4096  # sentences remembered: retyping one sentence must not rescore the rest


def normalise(text: str) -> str:
    """Casefolded, umlauts spelled out, typographic apostrophes straightened."""
    return text.casefold().translate(_FOLD)


def features(text: str, cues: Iterable[str] = ()) -> set[str]:
    """Word unigrams and bigrams (w:, b:), character n-grams inside words (c:), word stems and
    stem bigrams (s:, sb:), and the given cues (the rules' hits in the sentence, r:<id>)."""
    words = _WORDS.findall(normalise(text))
    out = {"w:" + w for w in words}
    padded = ["<s>", *words, "</s>"]
    out.update(f"b:{a} {b}" for a, b in pairwise(padded))
    for w in words:
        if len(w) < 2:
            continue
        marked = f" {w} "
        for n in CHAR_SIZES:
            out.update("c:" + marked[i : i + n] for i in range(len(marked) - n + 1))
    if STEM:
        # German compounds and inflections: "blockiert", "blockieren" share a stem.
        stems = ["<s>", *(w[:STEM] for w in words), "</s>"]
        out.update("s:" + s for s in stems[1:-1])
        out.update(f"sb:{a} {b}" for a, b in pairwise(stems))
    out.update("r:" + c for c in cues)
    return out


def rule_cues(hits: Iterable) -> frozenset[str]:
    """The model's cue features for the rule hits in a sentence: the rule id, ``s`` appended
    when the hit is about the speaker's own side ("we always ...")."""
    return frozenset(h.rule_id + ("s" if h.self_referential else "") for h in hits)


# A sentence ends at . ! ? ; or an ellipsis (before closing quotes/brackets), or at a line break.
_UNIT_END = re.compile(r"(?:[.!?;\u2026]+[\"'\u201c\u201d\u00bb\u00ab)\]]*)(?=\s|$)|\n")
_SHORT = 4  # words: "Sales, who else." or "Wonderful." only mean something with their neighbour


def units(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences the model reads, whitespace trimmed.

    A fragment shorter than four words joins its neighbour in the same line, because
    "Who signed it off? Sales, who else." is one thought.
    """
    raw, pos = [], 0
    for m in _UNIT_END.finditer(text):
        raw.append((pos, m.end()))
        pos = m.end()
    raw.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    short_before = False
    for start, end in raw:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        short = len(_WORDS.findall(text, start, end)) < _SHORT
        joins = out and (short or short_before) and "\n" not in text[out[-1][1] : start]
        if joins:
            out[-1] = (out[-1][0], end)
            short_before = False
        else:
            out.append((start, end))
            short_before = short
    return out


@dataclass(frozen=True)
class Verdict:
    """The model's reading of one sentence."""

    probability: float  # that the sentence reads as an accusation
    accusation: bool  # probability at or above the model's threshold
    clearly_fair: bool  # probability below the model's low threshold: the rules' hits drop
    category: str | None  # for accusations: the most likely category


class Model:
    """Binary accusation classifier plus a category classifier for the accusations."""

    def __init__(self, data: Mapping) -> None:
        self.threshold = float(data["threshold"])
        self.low = float(data["low"])
        self.bias = float(data["bias"])
        self.weights: dict[str, float] = data["weights"]
        self.categories: list[str] = list(data["categories"])
        self.cat_bias: list[float] = list(data["category_bias"])
        self.cat_weights: dict[str, Mapping[str, float]] = data["category_weights"]
        self._cache: dict[tuple[str, frozenset[str]], Verdict] = {}

    def probability(self, text: str, cues: Iterable[str] = ()) -> float:
        feats = features(text, cues)
        if not feats:
            return 0.0
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def category(self, text: str, cues: Iterable[str] = ()) -> str:
        feats = features(text, cues)
        scores = dict(zip(self.categories, self.cat_bias, strict=True))
        scale = 1.0 / math.sqrt(len(feats) or 1)
        for f in feats:
            row = self.cat_weights.get(f)
            if row:
                for cat, w in row.items():
                    scores[cat] += w * scale
        return max(self.categories, key=lambda c: (scores[c], c))

    def judge(self, text: str, cues: frozenset[str] = frozenset()) -> Verdict:
        """The verdict on one sentence with the rules' cues in it (``rule_cues``); memoised, so
        typing rescoring the same text is free."""
        key = (text, cues)
        found = self._cache.get(key)
        if found is None:
            p = self.probability(text, cues)
            # Two or three words alone ("Alles gut.") give the model too little to go on.
            accusation = p >= self.threshold and len(_WORDS.findall(text)) >= _SHORT
            found = Verdict(p, accusation, p < self.low, self.category(text, cues) if accusation else None)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
        return found


def load() -> Model | None:
    """The shipped model, or None (then the detector runs on its rules alone)."""
    try:
        return Model(json.loads(read_text("blame", MODEL_FILE)))
    except (OSError, ValueError, KeyError, TypeError):
        return None
