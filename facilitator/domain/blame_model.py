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


# Round 4: cues of blame the n-grams see only in pieces (k:), each kept by cross-validation:
# irony (a positive word opening a sentence, "yet another"), scare quotes, a question answered
# by itself, disowning, mock politeness, insinuating comparisons, conditional reproach.
_POSITIVE = (
    r"(great|wonderful|fantastic|brilliant|lovely|perfect|amazing|awesome|excellent|nice|super|cool|"
    r"bravo|congrats|congratulations|toll|prima|klasse|wunderbar|herrlich|grossartig|fantastisch|"
    r"spitze|sauber|schoen|perfekt|genial|glueckwunsch|respekt)"
)
_CUES = {
    "k:posopen": re.compile(
        r"^(oh,? |ah,? |na,? |ach,? |wow,? |yeah,? |ja,? )?(how |so |wie |really |ganz |echt |just |einfach |"
        r"absolutely |wirklich )?" + _POSITIVE + r"\b[^?]*[,!:.]"
    ),
    "k:pos": re.compile(r"\b" + _POSITIVE + r"\b"),
    "k:again": re.compile(
        r"\b(yet another|once again|yet again|again|as always|schon wieder|mal wieder|wieder mal|wieder einmal|"
        r"einmal mehr|wie immer|as usual|wie gewohnt|zum x-ten|for the \w+th time)\b"
    ),
    "k:scare": re.compile(  # 'so-called' words in quotes
        r"(['\"\u201e\u201c\u201d\u00bb\u00ab\u201a])\s?[\w\- ]{2,25}\s?['\"\u201c\u201d\u00bb\u00ab\u2018]"
    ),
    "k:excl": re.compile(r"!"),
    "k:selfans": re.compile(r"\?\s*\w"),
    "k:whoelse": re.compile(
        r"\b(who else|wer (denn )?sonst|wer auch sonst|of course|natuerlich|klar doch|na klar|surprise|"
        r"ueberraschung)\b"
    ),
    "k:disown": re.compile(
        r"\b(not (our|my)|nicht (unser|mein|unsere|meine)|we only did|we just did|wir haben nur|"
        r"wir haben doch nur|not on us|nicht auf uns|not our problem|nicht unser problem|above my pay|"
        r"someone else's|jemand anderes|das war(en)? (die|der|ihr)|that was (them|you|sales|product))\b"
    ),
    "k:mockpol": re.compile(
        r"\b(would it be too much|too much to ask|zu viel verlangt|waere es zu viel|wuerde es .* umbringen|"
        r"would it kill|if it's not too much|maybe .* first|vielleicht .* (erst|zuerst|vorher)|kindly|"
        r"gnaedigerweise|freundlicherweise|netterweise|if you could possibly|falls es nicht zu viel|"
        r"whenever you find the time|wenn ihr mal zeit)\b"
    ),
    "k:atleast": re.compile(
        r"\b(at least (we|our|i|my|some)|wenigstens (wir|unser|ich|einer)|immerhin (wir|unser|ich)|"
        r"some of us|manche von uns|einige von uns|unlike some|anders als (manche|gewisse|einige))\b"
    ),
    "k:cond": re.compile(
        r"\b(had (you|they|sales|product)|if (you|they) had|haettet ihr|haetten (die|sie)|haettest du|"
        r"wenn ihr .* haettet|wuerdet ihr mal|if only)\b"
    ),
    "k:you": re.compile(
        r"\b(you|your|ihr|euch|euer|eure|euren|eurem|eurer|they|their|die da|sales|product|vertrieb|produkt\w*)\b"
    ),
}


def _cue_features(folded: str) -> set[str]:
    out = {name for name, pattern in _CUES.items() if pattern.search(folded)}
    if "k:pos" in out and "k:you" in out:
        out.add("k:pos+you")  # praise aimed at the other side: thanks or irony
    if "k:pos" in out and "k:again" in out:
        out.add("k:pos+again")  # "Wonderful, yet another priority change"
    return out


# Round 5: the sides as token classes, so that a sentence about one team teaches the model about
# the other ("Sales never reads it" and "Ihr lest es nie" share "<T> never", "<Y> ..."); "sie"
# and "they" count as the other side.
_SIDES = {
    "<T>": "sales vertrieb vertriebs product produkt produkts produktteam engineering marketing they them sie ihnen",
    "<Y>": "you your yours ihr euch euer eure euren eurem eurer du dich dir dein deine",
    "<W>": "we our us ours wir uns unser unsere unseren unserem unserer i my ich mein meine",
}
_SIDE_OF = {w: side for side, words in _SIDES.items() for w in words.split()}
WIDE_SIZE = 7  # characters of a gram across a word boundary (x:); 6 and 8 did no better on dev


def _wide_features(words: list[str]) -> set[str]:
    """Round 5: bigrams (at a side or the sentence's edge) and trigrams over the sides' token
    classes (n:, n3:), and character 7-grams across word boundaries (x:: "at least our")."""
    sided = ["<s>", *(_SIDE_OF.get(w, w) for w in words), "</s>"]
    out = {f"n:{a} {b}" for a, b in pairwise(sided) if a[0] == "<" or b[0] == "<"}
    out.update(f"n3:{a} {b} {c}" for a, b, c in zip(sided, sided[1:], sided[2:], strict=False))
    joined = " " + " ".join(words) + " "
    n = WIDE_SIZE
    out.update("x:" + joined[i : i + n] for i in range(len(joined) - n + 1) if " " in joined[i + 1 : i + n - 1])
    return out


def features(text: str, cues: Iterable[str] = (), extra: bool = True, wide: bool = True) -> set[str]:
    """Word unigrams and bigrams (w:, b:), character n-grams inside words (c:), word stems and
    stem bigrams (s:, sb:), the given cues (the rules' hits in the sentence, r:<id>), with
    ``extra`` the cues of irony, disowning ... (k:; models before round 4 do without) and with
    ``wide`` the sides' n-grams and the grams across words (n:, n3:, x:; round 5 on)."""
    folded = normalise(text)
    words = _WORDS.findall(folded)
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
    if extra:
        out |= _cue_features(folded)
    if wide:
        out |= _wide_features(words)
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


# Function words that tell English from German (shared words like "in", "an", "was" left out);
# each language has an operating point of its own (chosen by cross-validation).
_DE_LIST = (
    "der die das und ist nicht ihr wir euch ich ein eine einen zu mit auf fuer dass es sie den dem des "
    "noch schon mal auch wie wer haben habt hat sind seid wieder immer nie nur doch uns unser unsere eure "
    "euer bei von vom zum zur im am aber oder wenn weil kein keine man sich ja nein du dich dir mein dein "
    "deine kann kannst koennen wird werden wurde diese dieser dieses welche bitte danke lieber manche "
    "andere jeder jede alle viel sehr dann halt tja na ueber unter nach vor"
)
_EN_LIST = (
    "the and is not you we i a to with on for that it they of are have has do does what who again always "
    "never only just our your their this were be been at but or if because no yes he she can will would "
    "please thanks some other every all very then about after before"
)
_DE_WORDS, _EN_WORDS = frozenset(_DE_LIST.split()), frozenset(_EN_LIST.split())
_GERMAN_LOOK = re.compile(r"[äöüß]|sch|ung\b|eit\b|lich")


def language(text: str) -> str:
    """``de`` or ``en``, by function words; on a tie by German spelling (umlauts, "sch", "-ung")."""
    words = _WORDS.findall(normalise(text))
    de = sum(w in _DE_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    if de == en:
        de += bool(_GERMAN_LOOK.search(text.casefold()))
    return "de" if de > en else "en"


@dataclass(frozen=True)
class Verdict:
    """The model's reading of one sentence."""

    probability: float  # that the sentence reads as an accusation
    accusation: bool  # probability at or above the model's threshold
    clearly_fair: bool  # probability below the model's low threshold: the rules' hits drop
    surely_fair: bool  # below the guard: even hits aimed at the other side drop (blame.aimed)
    category: str | None  # for accusations: the most likely category


class Model:
    """Binary accusation classifier plus a category classifier for the accusations."""

    def __init__(self, data: Mapping) -> None:
        # Per language ({"en": ..., "de": ...}); a single number in older models.
        self.threshold = _per_language(data["threshold"])
        self.low = _per_language(data["low"])
        # Below ``guard`` even a strong hit aimed at the other side drops (blame.aimed).
        self.guard = _per_language(data.get("guard", 1.0))  # 1: no guard (older models)
        self.bias = float(data["bias"])
        self.weights: dict[str, float] = data["weights"]
        self.categories: list[str] = list(data["categories"])
        self.cat_bias: list[float] = list(data["category_bias"])
        self.cat_weights: dict[str, Mapping[str, float]] = data["category_weights"]
        self.extra = bool(data.get("extra_cues", False))  # the k: cues (round 4 on)
        self.wide = bool(data.get("wide", False))  # the n:, n3:, x: features (round 5 on)
        self._cache: dict[tuple[str, frozenset[str]], Verdict] = {}

    def probability(self, text: str, cues: Iterable[str] = ()) -> float:
        feats = features(text, cues, self.extra, self.wide)
        if not feats:
            return 0.0
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def category(self, text: str, cues: Iterable[str] = ()) -> str:
        feats = features(text, cues, self.extra, self.wide)
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
            lang = language(text)
            # Two or three words alone ("Alles gut.") give the model too little to go on.
            accusation = p >= self.threshold[lang] and len(_WORDS.findall(text)) >= _SHORT
            category = self.category(text, cues) if accusation else None
            found = Verdict(p, accusation, p < self.low[lang], p < self.guard[lang], category)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
        return found


def _per_language(value) -> dict[str, float]:
    if isinstance(value, Mapping):
        return {lang: float(value[lang]) for lang in ("en", "de")}
    return {"en": float(value), "de": float(value)}


def load() -> Model | None:
    """The shipped model, or None (then the detector runs on its rules alone)."""
    try:
        return Model(json.loads(read_text("blame", MODEL_FILE)))
    except (OSError, ValueError, KeyError, TypeError):
        return None
