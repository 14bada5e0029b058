"""The blame detector's sentence model: corpus, shipped model, sentence hits, held-out figures."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from facilitator.domain import blame, blame_model
from facilitator.resources import read_text, resource_path

CORPUS = resource_path("blame", "corpus")
ISSUE_CATEGORIES = {"irony", "insinuation", "disowning", "mock_politeness", "rhetorical", "metaphor", "conditional"}
CLASSIC_CATEGORIES = {"absolute", "you_accusation", "label", "obstruction", "overpromise", "minimising"}
CLASSIC_CATEGORIES |= {"exclusion", "burden", "intent", "stereotype"}
HARD_FAIR = {"schedule_absolute", "self_absolute", "fact", "number", "i_message", "request", "customer_quote"}


def rows(split: str, lang: str) -> list[dict]:
    """All sentences of a split in one language (``train_en.jsonl``, ``train_r3_en.jsonl`` ...)."""
    paths = sorted(CORPUS.glob(f"{split}_*{lang}.jsonl"))
    assert paths, (split, lang)
    return [json.loads(line) for path in paths for line in path.read_text("utf-8").splitlines() if line]


def flagged(text: str) -> bool:
    return blame.score(blame.scan(text)) >= blame.SOFT_AT


def rates(split: str, lang: str, detect) -> tuple[float, float]:
    data = rows(split, lang)
    accusations = [r["text"] for r in data if r["label"] == "accusation"]
    fair = [r["text"] for r in data if r["label"] == "fair"]
    return sum(map(detect, accusations)) / len(accusations), sum(map(detect, fair)) / len(fair)


# --- the corpus ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_corpus_has_1500_sentences_per_language_with_valid_fields(lang: str) -> None:
    data = rows("train", lang) + rows("test", lang)
    assert len(data) >= 1500
    known = set(json.loads(read_text("blame", "categories.json"))["categories"])
    for r in data:
        assert r["language"] == lang and r["text"].strip() and r["category"], r
        assert r["label"] in ("accusation", "fair"), r
        if r["label"] == "accusation":
            assert r["category"] in known, r
            assert r["reframe"].strip() and r["reframe"] != r["text"], r
        else:
            assert "reframe" not in r, r
    texts = [r["text"] for r in data]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_category_and_hard_fair_kind_is_in_both_splits(lang: str) -> None:
    for split in ("train", "test"):
        categories = {r["category"] for r in rows(split, lang)}
        assert categories >= ISSUE_CATEGORIES | CLASSIC_CATEGORIES | HARD_FAIR, split
        fair = sum(r["label"] == "fair" for r in rows(split, lang))
        assert fair >= 0.4 * len(rows(split, lang)), split  # "as many hard fair sentences"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_test_split_is_disjoint_from_training(lang: str) -> None:
    train = {blame_model.normalise(r["text"]) for r in rows("train", lang)}
    assert not train & {blame_model.normalise(r["text"]) for r in rows("test", lang)}


# --- the shipped model -----------------------------------------------------------------------


def test_model_is_small_plain_json_trained_on_the_current_corpus() -> None:
    """Rebuild byte for byte with ``python tests/tools/train_blame.py --check`` (about ten minutes on two cores)."""
    path = resource_path("blame", "model.json")
    assert path.stat().st_size < 2_000_000
    model = json.loads(path.read_text("utf-8"))
    digest = hashlib.sha256()
    classic = Path(__file__).parent / "data" / "blame_corpus.json"
    for file in [*sorted(CORPUS.glob("train_*.jsonl")), *sorted(CORPUS.glob("dev_talk_*.jsonl")), classic]:
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    assert model["corpus_sha256"] == digest.hexdigest(), "corpus changed: run tests/tools/train_blame.py"
    for lang in ("en", "de"):  # an operating point per language
        assert 0 < model["guard"][lang] <= model["low"][lang] < model["threshold"][lang] < 1
    known = set(json.loads(read_text("blame", "categories.json"))["categories"])
    assert set(model["categories"]) <= known


def test_training_never_reads_the_test_split() -> None:
    source = (Path(__file__).parents[1] / "tools" / "train_blame.py").read_text("utf-8")
    assert 'glob("train_*.jsonl")' in source and "test_" not in source.replace("test_*.jsonl", "")


def test_features_mix_words_bigrams_character_ngrams_stems_and_rule_cues() -> None:
    feats = blame_model.features("Ihr Backlog ist ein schwarzes Loch.")
    assert {"w:backlog", "b:schwarzes loch", "c: ihr ", "c:loch ", "s:back", "sb:schw loch"} <= feats
    assert not any(f.startswith("r:") for f in feats)
    assert blame_model.features("Übergabe") == blame_model.features("uebergabe")
    hits = blame.scan_rules("Ihr blockiert immer alles, wir nie.")
    cues = blame_model.rule_cues(hits)
    assert {"R1", "R2", "R4"} <= cues and "R1s" in cues  # "wir nie" is about the speaker's side
    assert {"r:" + c for c in cues} <= blame_model.features("Ihr blockiert immer alles, wir nie.", cues)


def test_wide_features_read_the_sides_as_one_class_and_grams_across_words() -> None:
    sales = blame_model.features("Sales never reads the tickets.")
    product = blame_model.features("Product never reads the tickets.")
    assert {"n:<T> never", "n3:<T> never reads"} <= sales & product  # one side teaches the other
    assert "n:<Y> lest" in blame_model.features("Ihr lest nie die Tickets.")
    assert "x:t least" in blame_model.features("At least our team reads them.")  # across a word break
    assert not any(f[:2] in ("n:", "x:") or f.startswith("n3:") for f in blame_model.features("Sales", wide=False))


def test_two_or_three_words_alone_are_never_flagged_by_the_model() -> None:
    model = blame._model()
    assert model.judge("Sehr schön.").accusation is False
    assert model.probability("Sehr schön.") >= model.threshold["de"]  # it would have been flagged
    assert model.judge("Jeder Forecast vom Vertrieb ist ein Horoskop.").accusation is True


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ihr blockiert immer alles.", "de"),
        ("You never listen to customers.", "en"),
        ("Schöne Demo heute.", "de"),  # no function word: German by its spelling
        ("Great demo today.", "en"),
        ("Der Vertrieb hat einen Go-live-Termin zugesagt, ohne zu fragen.", "de"),
    ],
)
def test_language_picks_the_operating_point(text: str, lang: str) -> None:
    assert blame_model.language(text) == lang


def test_language_agrees_with_the_training_corpus() -> None:
    data = rows("train", "en") + rows("train", "de")
    wrong = sum(blame_model.language(r["text"]) != r["language"] for r in data)
    assert wrong <= 0.005 * len(data)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Wonderful, yet another priority change.", "k:pos+again"),
        ("Toll, dass ihr euch auch mal meldet.", "k:posopen"),
        ("Who signed it off? Sales, who else.", "k:selfans"),
        ("Not our department's mess.", "k:disown"),
        ("Maybe checking the calendar first would be too much effort.", "k:mockpol"),
        ("At least our team reads the tickets.", "k:atleast"),
        ("Hättet ihr mal gefragt, wäre das nicht passiert.", "k:cond"),
        ("Their 'process' takes six weeks.", "k:scare"),
    ],
)
def test_cue_features_for_what_n_grams_see_only_in_pieces(text: str, cue: str) -> None:
    assert cue in blame_model.features(text)
    assert not any(f.startswith("k:") for f in blame_model.features(text, extra=False))


def test_sentence_units_join_short_fragments() -> None:
    text = "Who signed it off? Sales, who else.\nThe server is never updated on weekends. Great."
    assert [text[s:e] for s, e in blame_model.units(text)] == [
        "Who signed it off? Sales, who else.",
        "The server is never updated on weekends. Great.",
    ]
    assert blame_model.units("   ") == []


# --- sentence hits in scan() -----------------------------------------------------------------

# Training sentences: these check the mechanism, the held-out figures are measured below.
SENTENCE_ACCUSATIONS = [
    "Some people prefer slides to shipping.",
    "Oh look, product discovered customers exist.",
    "Jeder Forecast vom Vertrieb ist ein Horoskop.",
    "Das ist ein Vertriebsproblem im Produktkostüm.",
]


@pytest.mark.parametrize("text", SENTENCE_ACCUSATIONS)
def test_model_marks_whole_sentences_the_rules_miss(text: str) -> None:
    assert blame.scan_rules(text) == []
    (hit,) = blame.scan(text)
    assert (hit.start, hit.end) == (0, len(text))
    assert hit.rule_id.startswith(blame.SENTENCE_PREFIX) and hit.weight >= blame.SOFT_AT
    r = blame.rule(hit.rule_id)
    assert r.hint("de") != r.hint("en") and r.name("de") and r.name("en")


def test_sentence_hit_in_a_paragraph_has_that_sentence_span() -> None:
    text = "Q3 closed at 2.05M against 2.5M. Some people prefer slides to shipping. Let's look at the deals."
    hits = [h for h in blame.scan(text) if h.rule_id.startswith(blame.SENTENCE_PREFIX)]
    assert [text[h.start : h.end] for h in hits] == ["Some people prefer slides to shipping."]


def test_new_categories_have_hints_of_their_own_in_both_languages() -> None:
    data = json.loads(read_text("blame", "categories.json"))["categories"]
    hints = set()
    for cat in ISSUE_CATEGORIES:
        r = blame.rule(blame.SENTENCE_PREFIX + cat)
        assert "rule" not in data[cat]
        hints |= {r.hint("en"), r.hint("de")}
    assert len(hints) == 2 * len(ISSUE_CATEGORIES)
    irony = blame.rule("S-irony")
    assert "irony" in irony.hint("en") and "Ironisch" in irony.hint("de")
    # Classic categories borrow the rule's texts.
    assert blame.rule("S-label").hint("de") == blame.rule("R3").hint("de")


@pytest.mark.parametrize(
    "text",
    [
        "The nightly build always runs at two in the morning.",
        "The board never meets in August.",
        "Der Support ist samstags nie besetzt, Notfälle laufen über die Hotline.",
    ],
)
def test_lone_soft_markers_drop_in_sentences_that_read_as_fair(text: str) -> None:
    assert blame.scan_rules(text)  # the rules alone see an absolute about someone else
    assert blame.scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I think product always blocks us.",  # an absolute with obstruction, about the other side
        "Du bist einfach unfähig.",  # a character label
    ],
)
def test_hits_aimed_at_the_other_side_stay(text: str) -> None:
    assert blame.aimed(blame.scan_rules(text))
    assert blame.score(blame.scan(text)) >= blame.SOFT_AT


def test_the_guard_keeps_aimed_hits_unless_the_model_is_very_sure(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "I think product always blocks us."
    model = blame._model()
    hits = blame.scan_rules(text)
    assert blame.aimed(hits) and not blame.aimed(blame.scan_rules("The board never meets in August."))
    unsure = blame_model.Verdict(0.5, False, True, False, None)  # below low, above the guard
    monkeypatch.setattr(model, "judge", lambda *_: unsure)
    assert {h.rule_id for h in blame._with_sentences(text, hits, model)} == {"R1", "R4"}
    sure = blame_model.Verdict(0.05, False, True, True, None)  # below the guard too
    monkeypatch.setattr(model, "judge", lambda *_: sure)
    assert blame._with_sentences(text, hits, model) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales never lets us down.",  # praise with an absolute about the other side
        "Heute geht es nicht darum, wer schuld ist.",  # the facilitator's framing, not blame
    ],
)
def test_known_false_flags_stay_quiet(text: str) -> None:
    assert blame.score(blame.scan(text)) < blame.SOFT_AT


def test_self_referential_soft_markers_stay_quiet_hints() -> None:
    (hit,) = blame.scan("We always ship late.")
    assert hit.rule_id == "R1" and hit.self_referential and blame.score([hit]) < blame.SOFT_AT


def test_playbook_accusations_keep_their_rule_hits() -> None:
    hits = blame.scan("Ihr blockiert immer alles.")
    assert {h.rule_id for h in hits} == {"R1", "R2", "R4"}


def test_without_the_model_the_rules_work_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*_parts: str) -> str:
        raise FileNotFoundError("model.json")

    monkeypatch.setattr(blame_model, "read_text", missing)
    assert blame_model.load() is None
    monkeypatch.setattr(blame, "_model", lambda: None)
    assert blame.scan("Some people prefer slides to shipping.") == []
    assert {h.rule_id for h in blame.scan("Product blocks everything.")} == {"R1", "R4"}


def test_model_loads_with_the_rules_warm_up() -> None:
    blame._model.cache_clear()
    assert blame._model.cache_info().currsize == 0
    blame.rules()  # the app calls this off the GUI thread after the first paint
    assert blame._model.cache_info().currsize == 1 and blame._model() is not None


# --- held-out figures ------------------------------------------------------------------------

# Measured on the test split (never trained on); floors a little below, so that a regression
# fails. tests/benchmarks/blame_report.py prints the details. Rounds 1 to 3 measured 0.694 /
# 0.661, 0.727 / 0.686 and 0.802 / 0.851 on the old split (now train_oldtest_*, retired into
# training: it had been looked at too often). Round 4's split (test_r4_*, 600 sentences a
# language by two writers who never saw the corpus or the model) was evaluated once, after the
# final model was fixed: rules alone 0.256 / 0.247 (false alarms 0.096 / 0.082), round 3's model
# 0.694 / 0.744 (0.029 / 0.021), round 4's 0.725 / 0.797 (0.036 / 0.029). Both short of 0.85;
# that split was then retired into training (train_r4test_*). Round 5's split (test_r5_*, same
# brief, two new writers) was evaluated once, after the final model was committed: rules alone
# 0.253 / 0.247 (0.079 / 0.093), round 4's model 0.734 / 0.766 (0.032 / 0.025), round 5's
# 0.891 / 0.850 (0.043 / 0.014).
FLOORS = {"en": 0.87, "de": 0.83}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_held_out_split_rules_plus_model(lang: str) -> None:
    recall, false_alarms = rates("test", lang, flagged)
    rules_recall, rules_false_alarms = rates("test", lang, lambda t: blame.score(blame.scan_rules(t)) >= 1)
    print(f"test split {lang}: recall {recall:.3f} (rules {rules_recall:.3f}), false alarms {false_alarms:.3f}")
    assert false_alarms <= 0.05
    assert recall >= FLOORS[lang]
    assert recall > rules_recall and false_alarms < rules_false_alarms
