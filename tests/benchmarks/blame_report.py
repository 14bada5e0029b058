"""Report on the blame-language detector: catch and false-flag rates, misses, speed.

    python tests/benchmarks/blame_report.py [--quiet]

Reads tests/domain/data/blame_corpus.json. The 'holdout' section was not used to tune the
rules, so its figures are the honest estimate of how the detector does on new wording; fix
misses there by generalising a rule, then write a fresh holdout.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a plain script from a source checkout

from facilitator.domain import blame  # noqa: E402

CORPUS = ROOT / "tests" / "domain" / "data" / "blame_corpus.json"
LANGS = ("en", "de")


def describe(text: str) -> str:
    hits = blame.scan(text)
    marks = ", ".join(f"{h.rule_id}[{text[h.start : h.end]}]" for h in hits)
    return f"{blame.score(hits):4.1f}  {text}" + (f"  <- {marks}" if marks else "")


def rates(section: dict, title: str, quiet: bool) -> None:
    print(f"\n== {title}")
    for lang in LANGS:
        accusations = section["accusations"][lang]
        neutral = section["neutral"][lang]
        misses = [t for t in accusations if blame.score(blame.scan(t)) < 1]
        flags = [t for t in neutral if blame.score(blame.scan(t)) >= 1]
        caught = 1 - len(misses) / len(accusations)
        flagged = len(flags) / len(neutral)
        print(
            f"{lang}: catch rate {caught:.3f} ({len(accusations) - len(misses)}/{len(accusations)})"
            f"   false-flag rate {flagged:.3f} ({len(flags)}/{len(neutral)})"
        )
        if not quiet:
            for t in misses:
                print("   miss  " + describe(t))
            for t in flags:
                print("   flag  " + describe(t))


def timing(texts: dict[str, str], compile_ms: float, runs: int = 300) -> None:
    print("\n== scan() timing (median per call)")
    print(f"first use (compiling the rules, once per process): {compile_ms:.0f} ms")
    for name, text in texts.items():
        blame.scan(text)
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            blame.scan(text)
            samples.append(time.perf_counter() - t0)
        print(f"{name:<34} {len(text):>6} chars  {statistics.median(samples) * 1e6:8.0f} us")


def main() -> None:
    quiet = "--quiet" in sys.argv
    start = time.perf_counter()
    blame.rules()
    compile_ms = (time.perf_counter() - start) * 1000
    corpus = json.loads(CORPUS.read_text("utf-8"))
    rates(corpus, "tuning corpus (rules were developed against it)", quiet)
    if "holdout" in corpus:
        rates(corpus["holdout"], "holdout (never tuned on)", quiet)
    neutral = {lang: " ".join(corpus["neutral"][lang]) for lang in LANGS}
    mixed = {lang: " ".join(corpus["neutral"][lang][:30] + corpus["accusations"][lang][:8]) for lang in LANGS}
    timing(
        {
            "statement, EN (~200 chars)": neutral["en"][:200],
            "statement, DE (~200 chars)": neutral["de"][:200],
            "paragraph, EN neutral (2000)": neutral["en"][:2000],
            "paragraph, DE neutral (2000)": neutral["de"][:2000],
            "paragraph, EN with blame (2000)": mixed["en"][:2000],
            "paragraph, DE with blame (2000)": mixed["de"][:2000],
        },
        compile_ms,
    )


if __name__ == "__main__":
    main()
