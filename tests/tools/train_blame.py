"""Train the blame detector's sentence model and write resources/blame/model.json.

    python tests/tools/train_blame.py            # writes the model
    python tests/tools/train_blame.py --check    # exit 1 if the shipped model differs
    python tests/tools/train_blame.py --report   # also print cross-validated figures

Deterministic: full-batch gradient descent from zeros in a fixed order, weights rounded before
they are written, keys sorted, so the same corpus gives the same bytes. Trains only on the
``train_*.jsonl`` files and the classic tuning corpus; the calm talk (``dev_talk_*.jsonl``)
only bounds the operating points' false alarms; the ``test_*.jsonl`` split and the classic
hold-out sets are never read here. numpy is a development dependency only: the app
evaluates the JSON in pure Python (facilitator/domain/blame_model.py).
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a plain script from a source checkout

from facilitator.domain import blame_model  # noqa: E402


@functools.cache
def features(text: str) -> frozenset[str]:
    """The sentence's features with the rules' cues, as blame._with_sentences passes them."""
    from facilitator.domain import blame

    return frozenset(blame_model.features(text, blame_model.rule_cues(blame._rule_hits(text))))


CORPUS = ROOT / "resources" / "blame" / "corpus"
CLASSIC = ROOT / "tests" / "domain" / "data" / "blame_corpus.json"
OUT = ROOT / "resources" / "blame" / "model.json"
# Round 3 settings, each chosen by 5-fold cross-validation on the training data (mean recall
# at 3, 4 and 5 % false alarms per language; the test split was not looked at):
# - the rules' hits as cue features of the model (r:<id>): +0.05 to +0.08 recall;
# - character 5-grams plus word stems (blame_model.CHAR_SIZES, STEM) instead of 3- to 5-grams:
#   +0.02 to +0.03; features seen in two sentences kept (MIN_DOCS 3 -> 2): +0.02;
# - 3,200 steps instead of 400 (the fit was not converged): +0.02 at 1,600, +0.02 more at
#   3,200 (6,400 found no more at 3.5 % false alarms);
# - NB smoothing and the fair sentences' share of the loss (NB_ALPHA, FAIR_SHARE, below);
# - in a sentence the model does not read as blame every rule hit drops, not only absolutes
#   (blame._survives_fair): +0.05 at 3.5 % false alarms; only the soft rules (weight 1): +0.02;
#   strong rules with a stricter low threshold of their own: no gain.
# Tried and not kept: per-language models (-0.05), word trigrams, skip-grams, punctuation
# tokens, pronoun and team cue groups, character 2-6 or 3-5-grams, other L2 and NB floors
# (all within +-0.01).
# Round 4 (5-fold cross-validation on the training files, the retired test split among them;
# recall at 3.5 % false alarms, EN / DE):
# - cues of irony, scare quotes, self-answered questions, disowning, mock politeness,
#   insinuation and conditional reproach (blame_model._CUES, k:): +0.023 / +0.000;
# - an operating point per language (threshold, low, guard; blame_model.language): +0.00 / +0.02;
# - the guard for hits aimed at the other side (blame.aimed): -0.003 / +0.001, and it keeps the
#   classic hold-out sets' rule-marked accusations ("I think product always blocks us.");
# - the rules' hits and the cues boosted 3 times in the fit (CUE_BOOST): +0.001 / +0.005, and
#   +0.03 / +0.03 on the retired test split's sentences (out of fold); 5 times no better;
# - not kept: pairs of rule cues (-0.001), a lexicon of negative situations with praise
#   (+0.000), more irony cues ("how generous of", "finally", "do you even ...?": -0.01),
#   FAIR_SHARE 0.6 (+0.002, within noise), character 4-5 (-0.01) or 5-6-grams (-0.01),
#   averaging models of other settings (no gain), guarding every strong hit, not only aimed
#   ones (-0.01 / -0.04).
MIN_DOCS = 2  # a feature seen in one sentence only is noise (and would bloat the file)
L2 = 1e-5  # chosen by cross-validation (1e-3 to 3e-6 tried)
# Naive-Bayes feature scaling (smoothing, and the scale kept by features with no lean either
# way); chosen by 5-fold cross-validation on the training data (round 2; round 3 moved the
# smoothing from 1 to 0.5: +0.01 to +0.03, 0.25 no better, 2 worse).
NB_ALPHA = 0.5
NB_FLOOR = 0.1
# The fair sentences' share of the loss (0.5 was balanced): 0.65 and 0.75 both found about
# +0.05 at 3 % and +0.01 to +0.02 at 3.5 % false alarms in cross-validation; 0.7 between them.
FAIR_SHARE = 0.7
# Round 4: the rules' hits and the cue features scaled up in the fit (folded into the weights
# like the NB scale), so the descent leans on them more than on the thousands of n-grams.
CUE_BOOST = 3.0
STEPS = 3200
FOLDS = 5
WORKERS = int(os.environ.get("BLAME_TRAIN_WORKERS", "2"))  # processes for the folds (same result)
# Operating point, chosen on cross-validated training data only (never on the test split):
# the (threshold, low) pair with the best recall at which rules + model flag at most
# MAX_FALSE_ALARM of the fair sentences in each language. The bound sits below the 5 %
# so that new sentences have a margin; a flag in a calm sentence costs the CEO's trust in the
# hints, so the false-alarm bound is the one that is kept; recall is whatever remains.
# Round 5: chosen on the out-of-fold sentences of the files written to the test split's brief
# (CALIBRATION) only. Trained without the dev set (train_r4test*), points chosen on every
# file's out-of-fold sentences were far too strict for a new writer: at a bound of 0.04 the dev
# set came out at 0.011 / 0.018 false alarms (EN / DE) and found 0.791 / 0.812; chosen on the
# train_r5* files alone, 0.036 / 0.025 and 0.881 / 0.866 (their own: 0.040 / 0.038), so these
# files' figures track a new writer's. Bounds on dev (EN / DE found, false alarms): 0.035:
# 0.863 / 0.838 at 0.029 / 0.025; 0.04: 0.881 / 0.866 at 0.036 / 0.025; 0.045: 0.891 / 0.875 at
# 0.039 / 0.032. 0.04 keeps a margin of about one standard error (280 fair sentences) under 5 %.
MAX_FALSE_ALARM = 0.04
CALIBRATION = ("train_r4test", "train_r5")  # files written to the test split's brief
# Round 5: the points chosen on those files alone flagged 5.0 % / 7.3 % (EN / DE) of fresh calm
# session talk (dev_talk_*.jsonl: the moderator's phrases, facts, thanks, words that blame also
# uses said sincerely; written by two more writers and never trained on), and sincere thanks in
# the classic hold-out set 1 ("Danke, dass ihr uns den Intake-Prozess erklärt habt."); the calm
# talk in training (train_talk_*) had lowered them from 5.5 % / 8.2 %. A point must also keep the
# shipped model's false alarms on that talk within the 5 %: German moved from 0.66 to
# 0.73 and found 0.805 instead of 0.851 on the calibration files; English stayed at 0.69.
MAX_TALK_FALSE_ALARM = 0.05
MIN_WEIGHT = 0.02  # smaller weights are dropped from the file (keeps it well under 2 MB)
# Round 5: only the largest weights are kept, in the folds too (so the operating points are
# chosen for the pruned model): with the wide features the model had 167,000 weights (3.6 MB).
# On dev, 55,000 found the same at 4 % false alarms (0.900 / 0.884 instead of 0.903 / 0.884);
# 40,000 lost 0.016 / 0.009.
MAX_WEIGHTS = 55_000
# The category model only picks the hint: pruned harder to keep the file under 2 MB. Chosen by
# 5-fold cross-validation of the category among training accusations: 0.787 right with
# (2 sentences, 0.1), 0.776 with (3, 0.3) at 715 instead of 1,880 KiB.
MIN_CATEGORY_WEIGHT = 0.3
CATEGORY_MIN_DOCS = 3
# Round 5: the category model does without the wide features (n:, n3:, x:; blame_model.
# _wide_features): they would double its file share and its training time for a hint's choice.
CATEGORY_SKIPS = ("n:", "n3:", "x:")
CATEGORY_STEPS = 400  # 19 classes: the slow part of training
# Below the low threshold the model does not read the sentence as blame and its rule hits drop:
# the rules mark the words, the model decides. The training split is full of fair sentences that
# reuse the rules' words (look-alikes, quotes, schedules): letting the model silence rule hits up
# to a low of 0.7 found 0.06 more accusations than stopping at 0.5 at 3.5 % false alarms
# (cross-validated, balanced probabilities); the cost is a rule-marked accusation the model
# reads as fair ("I think product always blocks us.").
CANDIDATES = [round(0.5 + i / 100, 2) for i in range(46)]
LOW_CANDIDATES = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8)  # 0.75: round 4, +0.006 (DE)
# Round 4: a sentence aimed at the other side (blame.aimed: a label, or an absolute with a
# strong marker) keeps its rule hits unless the model is surer than this that it is fair.
GUARD_CANDIDATES = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def training_files() -> list[Path]:
    return sorted(CORPUS.glob("train_*.jsonl"))


def talk_files() -> list[Path]:
    """Calm session talk that is never trained on: it bounds the operating points' false alarms."""
    return sorted(CORPUS.glob("dev_talk_*.jsonl"))


def load_training() -> list[dict]:
    """Every training sentence, with the file it came from (``group``: one writer's batch)."""
    rows = []
    for path in training_files():
        rows += [{**json.loads(line), "group": path.stem} for line in path.read_text("utf-8").splitlines() if line]
    classic = json.loads(CLASSIC.read_text("utf-8"))  # the tuning part only, never its hold-outs
    for lang in ("en", "de"):
        rows += [
            {"text": t, "language": lang, "label": "accusation", "group": "classic"}
            for t in classic["accusations"][lang]
        ]
        rows += [{"text": t, "language": lang, "label": "fair", "group": "classic"} for t in classic["neutral"][lang]]
    return rows


def folds(rows: list[dict]) -> np.ndarray:
    """Each sentence's fold: whole training files, so that a writer's sentences are never on both
    sides (round 5: folds by index had let a writer's own turns of phrase predict their other
    sentences, and the operating points came out looser than on a new writer's split). The
    largest files first, each to the fold with the fewest sentences so far."""
    sizes: dict[str, int] = {}
    for r in rows:
        sizes[r["group"]] = sizes.get(r["group"], 0) + 1
    load, fold_of = [0] * FOLDS, {}
    for group in sorted(sizes, key=lambda g: (-sizes[g], g)):
        fold = min(range(FOLDS), key=lambda i: (load[i], i))
        fold_of[group] = fold
        load[fold] += sizes[group]
    return np.array([fold_of[r["group"]] for r in rows])


def corpus_hash() -> str:
    digest = hashlib.sha256()
    for path in [*training_files(), *talk_files(), CLASSIC]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class Design:
    """Sparse rows (feature ids per sentence), each scaled to unit length."""

    def __init__(self, texts: list[str], vocab: dict[str, int]) -> None:
        # The rules' hits (r:) and the cues (k:) count CUE_BOOST times in the fit.
        self.boost = np.ones(len(vocab))
        self.boost[[i for f, i in vocab.items() if f[:2] in ("r:", "k:")]] = CUE_BOOST
        ids = [sorted(vocab[f] for f in features(t) if f in vocab) for t in texts]
        self.n, self.dim = len(texts), len(vocab)
        self.lengths = np.array([len(r) for r in ids], dtype=np.int64)
        self.cols = np.array([c for r in ids for c in r], dtype=np.int64)
        self.rows = np.repeat(np.arange(self.n), self.lengths)
        # Scale by the sentence's full feature count (as at run time), not by the known ones.
        full = np.array([max(1, len(features(t))) for t in texts], dtype=np.float64)
        self.vals = np.repeat(1.0 / np.sqrt(full), self.lengths)

    def dot(self, w: np.ndarray) -> np.ndarray:
        """X @ w for a vector (dim,) or a matrix (dim, k)."""
        if w.ndim == 2:
            return np.stack([self.dot(w[:, j]) for j in range(w.shape[1])], axis=1)
        return np.bincount(self.rows, weights=self.vals * w[self.cols], minlength=self.n)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        """X.T @ g for a vector (n,) or a matrix (n, k)."""
        if g.ndim == 2:
            return np.stack([self.tdot(g[:, j]) for j in range(g.shape[1])], axis=1)
        return np.bincount(self.cols, weights=self.vals * g[self.rows], minlength=self.dim)


def vocabulary(texts: list[str], min_docs: int = MIN_DOCS) -> dict[str, int]:
    counts: dict[str, int] = {}
    for t in texts:
        for f in features(t):
            counts[f] = counts.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_docs))}


def descend(grad, shape: tuple[int, ...], bias_shape: tuple[int, ...], steps: int = STEPS):
    """Nesterov-accelerated gradient descent from zeros; ``grad(w, b)`` returns (gw, gb)."""
    w, b = np.zeros(shape), np.zeros(bias_shape)
    vw, vb = np.zeros(shape), np.zeros(bias_shape)
    rate, momentum = 2.0, 0.9
    for _ in range(steps):
        gw, gb = grad(w + momentum * vw, b + momentum * vb)
        vw = momentum * vw - rate * gw
        vb = momentum * vb - rate * gb
        w, b = w + vw, b + vb
    return w, b


def log_count_ratios(x: Design, y: np.ndarray) -> np.ndarray:
    """Per feature: log of how much likelier it is in accusations than in fair sentences."""
    pos = np.bincount(x.cols, weights=(y[x.rows] == 1).astype(float), minlength=x.dim) + NB_ALPHA
    neg = np.bincount(x.cols, weights=(y[x.rows] == 0).astype(float), minlength=x.dim) + NB_ALPHA
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def train_binary(x: Design, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Logistic regression on features scaled by their log-count ratios (NBSVM-style).

    The scaling lets the few telling n-grams ("toll, dass", "at least our") stand out among
    the thousands of neutral character n-grams; it is folded back into the weights, so the
    run-time model stays a plain sum of weights.
    """
    scale = (np.abs(log_count_ratios(x, y)) + NB_FLOOR) * x.boost
    plain = x.vals
    x.vals = plain * scale[x.cols]
    w, b = _logistic(x, y)
    x.vals = plain
    # The fair share tilts the probabilities towards "fair"; moved back, 0.5 means the same
    # as with balanced classes, so that "low" (below which rule hits drop) keeps its sense.
    return w * scale, b + float(np.log(FAIR_SHARE / (1 - FAIR_SHARE)))


def _logistic(x: Design, y: np.ndarray) -> tuple[np.ndarray, float]:
    # Each class counts a fixed share, whatever the corpus mix: the fair sentences more, because
    # the operating point sits where only a few percent of them may be flagged.
    weight = np.where(y == 1, (1 - FAIR_SHARE) / max(1, y.sum()), FAIR_SHARE / max(1, (1 - y).sum()))

    def grad(w, b):
        p = 1.0 / (1.0 + np.exp(-(x.dot(w) + b)))
        r = (p - y) * weight
        return x.tdot(r) + L2 * w, np.array(r.sum())

    w, b = descend(grad, (x.dim,), ())
    return w, float(b)


def train_categories(x: Design, labels: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    onehot = np.eye(k)[labels]

    def grad(w, b):
        z = x.dot(w) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        r = (p - onehot) / x.n
        return x.tdot(r) + L2 * w, r.sum(axis=0)

    return descend(grad, (x.dim, k), (k,), CATEGORY_STEPS)


def pruned(w: np.ndarray) -> np.ndarray:
    """The MAX_WEIGHTS largest weights (on a tie the feature first by name), the rest zero."""
    keep = np.argsort(-np.abs(w), kind="stable")[:MAX_WEIGHTS]
    out = np.zeros_like(w)
    out[keep] = w[keep]
    return out


def _fold(texts: list[str], y: np.ndarray, test: np.ndarray) -> np.ndarray:
    """The probabilities of the held-out sentences from a model trained on the others."""
    train_texts = [t for t, held in zip(texts, test, strict=True) if not held]
    vocab = vocabulary(train_texts)
    w, b = train_binary(Design(train_texts, vocab), y[~test])
    w = pruned(w)
    held = Design([t for t, held in zip(texts, test, strict=True) if held], vocab)
    return 1.0 / (1.0 + np.exp(-(held.dot(w) + b)))


def cross_validated(rows: list[dict], y: np.ndarray) -> np.ndarray:
    """Out-of-fold probabilities (folds by training file), for choosing the thresholds.

    The folds run in WORKERS processes (forked after the features are cached); each fold is the
    same computation wherever it runs, so the result does not depend on the number of workers.
    """
    texts = [r["text"] for r in rows]
    for t in texts:
        features(t)
    fold_of = folds(rows)
    tests = [fold_of == fold for fold in range(FOLDS)]
    out = np.zeros(len(rows))
    if WORKERS > 1:
        pool = ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("fork"))
        with pool:
            probabilities = list(pool.map(_fold, [texts] * FOLDS, [y] * FOLDS, tests))
    else:
        probabilities = [_fold(texts, y, test) for test in tests]
    for test, p in zip(tests, probabilities, strict=True):
        out[test] = p
    return out


def talk_verdicts(vocab: dict[str, int], w: np.ndarray, b: float) -> tuple[np.ndarray, tuple, np.ndarray]:
    """The calm talk (dev_talk_*) as the shipped model sees it: its probabilities, the rules'
    scores and the detected languages."""
    rows = [json.loads(line) for path in talk_files() for line in path.read_text("utf-8").splitlines() if line]
    held = Design([r["text"] for r in rows], vocab)
    return 1.0 / (1.0 + np.exp(-(held.dot(w) + b))), rule_scores(rows), detected(rows)


def rule_scores(rows: list[dict]) -> tuple[np.ndarray, ...]:
    """Per sentence: the rules' score, the score of the hits that survive a 'clearly fair',
    whether the sentence is aimed at the other side (blame.aimed), and whether it is long
    enough for the model to flag it alone."""
    from facilitator.domain import blame

    scores, kept, aimed, long_enough = [], [], [], []
    for r in rows:
        hits = blame._rule_hits(r["text"])
        scores.append(blame.score(hits))
        kept.append(blame.score(h for h in hits if blame._survives_fair(h)))
        aimed.append(blame.aimed(hits))
        long_enough.append(len(blame_model._WORDS.findall(r["text"])) >= blame_model._SHORT)
    return np.array(scores), np.array(kept), np.array(aimed), np.array(long_enough)


def combined(oof: np.ndarray, scores, threshold: float, low: float, guard: float) -> np.ndarray:
    """Which sentences rules + model flag (the same decision as blame._with_sentences)."""
    full, kept, aimed, long_enough = scores
    drops = (oof < low) & ~(aimed & (oof >= guard))
    return ((oof >= threshold) & long_enough) | (np.where(drops, kept, full) >= 1.0)


def detected(rows: list[dict]) -> np.ndarray:
    """The language the model sees in each sentence (blame_model.language), as at run time."""
    return np.array([blame_model.language(r["text"]) for r in rows])


def flag_all(oof: np.ndarray, scores, points: dict, langs: np.ndarray) -> np.ndarray:
    """combined() with each sentence's operating point by its (detected) language."""
    out = np.zeros(len(oof), dtype=bool)
    for lang, point in points.items():
        out[langs == lang] = combined(oof, scores, *point)[langs == lang]
    return out


def calibration(rows: list[dict]) -> np.ndarray:
    """Which sentences the operating points are chosen on (CALIBRATION)."""
    return np.array([r["group"].startswith(CALIBRATION) for r in rows])


def thresholds(rows: list[dict], y: np.ndarray, oof: np.ndarray, scores, talk) -> dict[str, tuple[float, float, float]]:
    """Per language, the (threshold, low, guard) with the best recall whose false alarms stay
    in bounds on the calibration files (out of fold) and on the calm talk (``talk``: the
    shipped model's probabilities, rule scores and languages of dev_talk_*; on a tie the highest
    guard: aimed hits drop only when the model is surest)."""
    langs, chosen = detected(rows), calibration(rows)
    talk_p, talk_scores, talk_langs = talk
    out = {}
    for lang in ("en", "de"):
        acc, fair = (y == 1) & (langs == lang) & chosen, (y == 0) & (langs == lang) & chosen
        best = (-1.0, CANDIDATES[-1], LOW_CANDIDATES[0], GUARD_CANDIDATES[0])
        for low in LOW_CANDIDATES:
            for guard in (g for g in GUARD_CANDIDATES if g <= low):
                for threshold in (t for t in CANDIDATES if t >= low):
                    flagged = combined(oof, scores, threshold, low, guard)
                    calm = combined(talk_p, talk_scores, threshold, low, guard)[talk_langs == lang]
                    if flagged[fair].mean() <= MAX_FALSE_ALARM and calm.mean() <= MAX_TALK_FALSE_ALARM:
                        best = max(best, (round(float(flagged[acc].mean()), 6), threshold, low, guard))
                        break
        out[lang] = best[1:]
    return out


def cv_report(rows: list[dict], y: np.ndarray, oof: np.ndarray, scores, points: dict, talk) -> None:
    """Out-of-fold recall and false alarms of rules + model, on every training file and on the
    calibration files; the shipped model's false alarms on the calm talk."""
    langs = np.array([r["language"] for r in rows])
    rules_only = scores[0] >= 1.0
    flagged = flag_all(oof, scores, points, detected(rows))
    for name, chosen in (("all files", np.ones(len(rows), dtype=bool)), ("calibration", calibration(rows))):
        for lang in ("en", "de"):
            acc, fair = (y == 1) & (langs == lang) & chosen, (y == 0) & (langs == lang) & chosen
            print(
                f"cv {name} {lang}: rules recall {rules_only[acc].mean():.3f} false alarms "
                f"{rules_only[fair].mean():.3f}; rules + model recall {flagged[acc].mean():.3f} "
                f"false alarms {flagged[fair].mean():.3f}"
            )
    talk_p, talk_scores, talk_langs = talk
    calm = flag_all(talk_p, talk_scores, points, talk_langs)
    for lang in ("en", "de"):
        mine = talk_langs == lang
        print(
            f"calm talk {lang}: rules false alarms {(talk_scores[0] >= 1.0)[mine].mean():.3f}; "
            f"rules + model false alarms {calm[mine].mean():.3f}"
        )


def build(report: bool = False) -> str:
    rows = load_training()
    texts = [r["text"] for r in rows]
    y = np.array([1.0 if r["label"] == "accusation" else 0.0 for r in rows])
    oof = cross_validated(rows, y)
    scores = rule_scores(rows)
    vocab = vocabulary(texts)
    names = sorted(vocab, key=vocab.__getitem__)
    w, b = train_binary(Design(texts, vocab), y)
    w = pruned(w)
    w, b = np.where(np.abs(w) >= MIN_WEIGHT, np.round(w, 3), 0.0), round(b, 4)  # as written
    talk = talk_verdicts(vocab, w, b)
    points = thresholds(rows, y, oof, scores, talk)
    if report:
        print("operating points (threshold, low, guard):", points)
        cv_report(rows, y, oof, scores, points, talk)
    weights = {f: float(v) for f, v in zip(names, w, strict=True) if v}

    accusations = [r for r in rows if r["label"] == "accusation" and r.get("category")]
    categories = sorted({r["category"] for r in accusations})
    cat_texts = [r["text"] for r in accusations]
    cat_features = sorted(f for f in vocabulary(cat_texts, CATEGORY_MIN_DOCS) if not f.startswith(CATEGORY_SKIPS))
    cat_vocab = {f: i for i, f in enumerate(cat_features)}
    cat_names = sorted(cat_vocab, key=cat_vocab.__getitem__)
    labels = np.array([categories.index(r["category"]) for r in accusations])
    cw, cb = train_categories(Design(cat_texts, cat_vocab), labels, len(categories))
    cat_weights = {}
    for f, row in zip(cat_names, cw, strict=True):
        kept = {c: round(float(v), 2) for c, v in zip(categories, row, strict=True) if abs(v) >= MIN_CATEGORY_WEIGHT}
        if kept:
            cat_weights[f] = kept
    model = {
        "about": "Blame sentence model; generated by tests/tools/train_blame.py, do not edit.",
        "corpus_sha256": corpus_hash(),
        "threshold": {lang: p[0] for lang, p in points.items()},
        "low": {lang: p[1] for lang, p in points.items()},
        "guard": {lang: p[2] for lang, p in points.items()},
        "extra_cues": True,
        "wide": True,
        "bias": b,
        "weights": weights,
        "categories": categories,
        "category_bias": [round(float(v), 4) for v in cb],
        "category_weights": cat_weights,
    }
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main() -> int:
    text = build(report="--report" in sys.argv)
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text("utf-8") == text
        print("model.json matches the corpus" if same else "model.json is out of date: retrain")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text.encode()) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
