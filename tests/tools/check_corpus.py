"""Check the blame corpus' training files and drop the lines that do not belong there.

    python tests/tools/check_corpus.py            # report bad lines, change nothing
    python tests/tools/check_corpus.py --fix      # rewrite the training files without them

A line is kept when it is a JSON object with the corpus fields (see resources/blame/corpus/
README.md): the file's language, a known label and category, a reframe for accusations (and
none for fair sentences), and a text that no earlier line, no test sentence and no sentence of
the calm talk (dev_talk_*) already has (compared casefolded, umlauts spelled out, spaces
collapsed). Test sentences are compared by program only: this script never prints them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a plain script from a source checkout

from facilitator.domain import blame_model  # noqa: E402

CORPUS = ROOT / "resources" / "blame" / "corpus"
ACCUSATIONS = set(json.loads((ROOT / "resources" / "blame" / "categories.json").read_text("utf-8"))["categories"])
FAIR = {"fact", "number", "i_message", "request", "question", "proposal", "praise", "customer_quote"}
FAIR |= {"schedule_absolute", "self_absolute", "lookalike"}
FIELDS = {"text", "language", "label", "category", "reframe"}


def key(text: str) -> str:
    return re.sub(r"\s+", " ", blame_model.normalise(text)).strip()


def problem(row: object, lang: str) -> str | None:
    """Why this parsed line does not belong in a training file of ``lang``, or None."""
    if not isinstance(row, dict) or not set(row) <= FIELDS:
        return "not an object with the corpus fields"
    text, label, category = row.get("text"), row.get("label"), row.get("category")
    if not isinstance(text, str) or not text.strip():
        return "no text"
    if row.get("language") != lang:
        return "wrong language"
    if label == "accusation":
        reframe = row.get("reframe")
        if category not in ACCUSATIONS:
            return "unknown accusation category"
        if not isinstance(reframe, str) or not reframe.strip() or reframe == text:
            return "accusation without a reframe"
    elif label == "fair":
        if category not in FAIR:
            return "unknown fair category"
        if "reframe" in row:
            return "fair sentence with a reframe"
    else:
        return "unknown label"
    return None


def check(fix: bool) -> dict[str, Counter]:
    """Per training file: a count of dropped lines by reason (rewritten only when ``fix``)."""
    seen = set()
    for path in [*CORPUS.glob("test_*.jsonl"), *CORPUS.glob("dev_talk_*.jsonl")]:  # never trained on
        seen |= {key(json.loads(line)["text"]) for line in path.read_text("utf-8").splitlines() if line.strip()}
    report: dict[str, Counter] = {}
    for path in sorted(CORPUS.glob("train_*.jsonl")):
        lang = path.stem.rsplit("_", 1)[1]
        kept, reasons = [], Counter()
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                reasons["not JSON"] += 1
                continue
            why = problem(row, lang) or ("duplicate" if key(row["text"]) in seen else None)
            if why:
                reasons[why] += 1
                continue
            seen.add(key(row["text"]))
            kept.append(json.dumps(row, ensure_ascii=False))
        report[path.name] = reasons
        if fix and reasons:
            path.write_text("".join(k + "\n" for k in kept), "utf-8")
    return report


def main() -> int:
    report = check(fix="--fix" in sys.argv)
    for name, reasons in report.items():
        detail = ", ".join(f"{n} {r}" for r, n in reasons.items())
        print(f"{name}: {sum(reasons.values())} bad line(s)" + (f": {detail}" if detail else ""))
    return 1 if any(report.values()) and "--fix" not in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
