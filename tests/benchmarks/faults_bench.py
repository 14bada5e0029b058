"""How fast, and with how much memory, the CLI refuses hostile input (issue 13 asks: each within
two seconds, exit 1, one line). Figures, not a test:

    .venv/bin/python tests/benchmarks/faults_bench.py

Prints, per case, the wall time of the whole `facilitator` process, its peak memory, its exit
code and its one line. Also the largest file the limits allow (about 18 MB, 8,000 statements of
2,200 characters): how long it takes to be validated and refused for one broken reference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from facilitator.domain.limits import MAX_FILE_BYTES  # noqa: E402
from facilitator.export import session_file as sf  # noqa: E402
from tests.export.sample import make_session  # noqa: E402


def _doc() -> dict:
    return json.loads(sf.dumps(sf.to_document(make_session("en"))))


def _with(doc: dict, change) -> str:
    doc = json.loads(json.dumps(doc))
    result = change(doc)
    return result if isinstance(result, str) else json.dumps(doc)


def _raw(doc: dict, item: dict, field: str, raw: str) -> str:
    item[field] = "@@raw@@"
    return json.dumps(doc).replace('"@@raw@@"', raw)


def _cases(folder: Path) -> list[tuple[str, list[str]]]:
    doc = _doc()
    files = {
        "400-digit deal value": _with(doc, lambda d: _raw(d, d["incidents"][0], "deal_value", "1" + "0" * 399)),
        "lone surrogate title": _with(doc, lambda d: json.dumps(d).replace('"title": "', '"title": "\\ud800', 1)),
        "1e999 weight": _with(doc, lambda d: _raw(d, d["criteria"][0], "weight", "1e999")),
        "200,000-character title": _with(doc, lambda d: d["session"].update(title="x" * 200_000)),
        "timestamp 2026-99-99T99:99": _with(doc, lambda d: d["stage_logs"][0].update(started="2026-99-99T99:99")),
        "150,000 empty items": _with(doc, lambda d: d.update(pulse_responses=[{}] * 150_000)),
        "200,000 statements": _with(
            doc, lambda d: d.update(statements=[{**d["statements"][0], "id": i + 1} for i in range(200_000)])
        ),
    }
    cases = []
    for name, text in files.items():
        path = folder / f"{len(cases)}.json"
        path.write_text(text, encoding="utf-8")
        cases.append((f"{name} ({path.stat().st_size / 2**20:.1f} MB)", ["import", str(path)]))
    pipe = folder / "pipe.json"
    os.mkfifo(pipe)
    big = folder / "big.json"
    with big.open("wb") as f:
        f.truncate(250 * 2**20)
    cases += [
        ("/dev/zero", ["import", "/dev/zero"]),
        ("a named pipe", ["import", str(pipe)]),
        (f"a 250 MB file (limit {MAX_FILE_BYTES // 2**20} MB)", ["import", str(big)]),
        ("a pipe as workspace (list)", ["list", "--db", str(pipe)]),
    ]
    cases.append(("largest allowed file, one broken reference", ["import", str(_largest(folder, doc))]))
    return cases


def _largest(folder: Path, doc: dict) -> Path:
    statement = doc["statements"][0]
    text = ("Sales hat das zugesagt, ohne zu fragen. " * 60)[:2200]
    doc = json.loads(json.dumps(doc))
    doc["statements"] = [{**statement, "id": i + 1, "raw_text": text} for i in range(8000)]
    doc["interests"] = [{**i, "source_statement_id": None} for i in doc["interests"]]
    doc["options"][0]["interest_ids"] = [999_999]  # the one broken reference, found after the schema
    path = folder / "largest.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "ws.facilitator"
        print(f"{'case':<52} {'seconds':>7} {'peak MB':>8} exit  line")
        for label, args in _cases(folder):
            start = time.perf_counter()
            command = [sys.executable, "-m", "facilitator", *args, *(["--db", str(db)] if "--db" not in args else [])]
            # /usr/bin/time: a child forked from this big process would report this one's memory
            timed = ["/usr/bin/time", "-f", "peak %M"] if Path("/usr/bin/time").exists() else []
            result = subprocess.run([*timed, *command], capture_output=True, text=True, timeout=120, cwd=ROOT)
            seconds = time.perf_counter() - start
            lines = result.stderr.strip().splitlines()
            peak = float(lines.pop()[5:]) / 1024 if timed else float("nan")
            line = lines[0] if lines else result.stdout.strip()
            code = result.returncode
            print(f"{label:<52} {seconds:7.2f} {peak:8.0f} {code:>4}  {line[:110]}")


if __name__ == "__main__":
    main()
