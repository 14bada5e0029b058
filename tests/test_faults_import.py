"""Hostile session files (issue 13): refused at once with one line that names the field or the
limit, exit 1, and nothing written. Before the fix a pipe hung `import` for ever, /dev/zero read
until memory ran out, a 400-digit number or a lone surrogate gave exit 70 "internal error", and
1e999 or a timestamp like 2026-99-99T99:99 was accepted."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import threading
import time
from pathlib import Path

import pytest

from facilitator.domain.limits import MAX_FILE_BYTES, MAX_INTEGER, MAX_ITEMS_PER_SESSION, MAX_TEXT_CHARS
from facilitator.export import session_file as sf
from facilitator.storage.store import Store
from tests.export.sample import make_session
from tests.faults_env import HANG, PYTHON, one_line

#: Enough for the CLI; a regression that reads /dev/zero into memory stops at this, not at the
#: machine's end.
MEMORY_CAP = 1024 * 1024 * 1024


def _doc() -> dict:
    return json.loads(sf.dumps(sf.to_document(make_session("en"), include_private=True)))


def _with(path: str, raw: str) -> str:
    """The sample session as JSON text with the value at `path` replaced by the raw JSON `raw`."""
    doc = _doc()
    *parents, last = path.split(".")
    node = doc
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[int(last) if last.isdigit() else last] = "@@here@@"
    return json.dumps(doc).replace('"@@here@@"', raw)


def _refusal(text: str) -> str:
    with pytest.raises(sf.InvalidSessionFile) as caught:
        sf.loads(text)
    return str(caught.value)


# -- values no field may hold ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "raw", "message"),
    [
        (
            "incidents.0.deal_value",
            "1" + "0" * 399,
            f"field incidents[0].deal_value: a number with 400 digits, larger than the limit of {MAX_INTEGER:,}",
        ),
        (
            "action_items.0.sequence",
            str(MAX_INTEGER + 1),
            f"field action_items[0].sequence: a number with 19 digits, larger than the limit of {MAX_INTEGER:,}",
        ),
        (
            "incidents.0.deal_value",
            "1" + "0" * 100_000,  # beyond Python's own 4,300-digit limit: once "not JSON" with a hint at sys
            f"field incidents[0].deal_value: a number with 100,001 digits, larger than the limit of {MAX_INTEGER:,}",
        ),
        (
            "options.0.scores.0.score",
            "1e999",
            "field options[0].scores[0].score: 1e999 is not a finite number; give a number",
        ),
        ("criteria.0.weight", "-1e999", "field criteria[0].weight: -1e999 is not a finite number; give a number"),
        ("session.trigger_gap_pct", "NaN", "field session.trigger_gap_pct: NaN is not a finite number; give a number"),
        ("goals.0.confidence", "Infinity", "field goals[0].confidence: Infinity is not a finite number; give a number"),
        (
            "session.title",
            '"Q3 \\ud800"',
            "field session.title: contains \\ud800, half of a character pair (a lone surrogate), "
            "which is not valid text; re-export the file from the app that wrote it",
        ),
        (
            "statements.0.raw_text",
            '"\\udfff"',
            "field statements[0].raw_text: contains \\udfff, half of a character pair (a lone surrogate), "
            "which is not valid text; re-export the file from the app that wrote it",
        ),
    ],
    ids=[
        "400 digits",
        "2**63",
        "100,001 digits",
        "1e999 score",
        "-1e999 weight",
        "NaN percentage",
        "Infinity",
        "surrogate title",
        "surrogate statement",
    ],
)
def test_values_no_field_may_hold_are_refused_with_the_field_named(path, raw, message):
    assert _refusal(_with(path, raw)) == message


def test_a_lone_surrogate_in_a_field_name_is_refused():
    text = json.dumps(_doc()).replace('"title"', '"ti\\ud800tle"', 1)
    assert _refusal(text).startswith("a field name in session: contains \\ud800")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-99-99T99:99", "field stage_logs[0].started: '2026-99-99T99:99' is not a real date and time"),
        ("2026-02-30T10:00:00", "field stage_logs[0].started: '2026-02-30T10:00:00' is not a real date and time"),
        (
            "2026-10-14T10:00:00 and then some",
            "field stage_logs[0].started: '2026-10-14T10:00:00 and then some' is not a date and time in ISO 8601 form",
        ),
        (
            "2026-10-14T10:00junk",
            "field stage_logs[0].started: '2026-10-14T10:00junk' is not a date and time in ISO 8601 form",
        ),
    ],
)
def test_timestamps_must_be_real_and_end_where_they_end(value, message):
    assert _refusal(_with("stage_logs.0.started", json.dumps(value))) == message


def test_real_timestamps_in_every_form_the_app_writes_are_accepted():
    for value in (
        "",
        "2026-10-14T10:00",
        "2026-10-14T10:00:05",
        "2026-10-14T10:00:05.123456",
        "2026-10-14T10:00:05+02:00",
        "2026-10-14 10:00:05Z",
    ):
        sf.loads(_with("stage_logs.0.started", json.dumps(value)))


# -- the documented limits ---------------------------------------------------------------------


def test_text_beyond_the_limit_is_refused_naming_the_limit():
    text = _with("session.title", json.dumps("x" * 200_000))
    assert _refusal(text) == "field session.title: 200,000 characters, more than the limit of 20,000; shorten it"
    assert sf.loads(_with("session.title", json.dumps("x" * MAX_TEXT_CHARS))).session.title == "x" * MAX_TEXT_CHARS


def test_more_items_than_a_session_may_have_are_refused_before_the_schema_runs():
    doc = _doc()
    statement = doc["statements"][0]
    doc["statements"] = [{**statement, "id": i + 1} for i in range(MAX_ITEMS_PER_SESSION + 1)]
    total = sum(len(value) for value in doc.values() if isinstance(value, list))
    assert _refusal(json.dumps(doc)) == (
        f"the file holds {total:,} items, more than the limit of {MAX_ITEMS_PER_SESSION:,} per session"
    )


def test_the_schema_states_the_limits_the_code_enforces():
    schema = sf.schema()
    defs = schema["$defs"]
    assert defs["text"]["maxLength"] == MAX_TEXT_CHARS
    assert defs["agreement"]["properties"]["concern"]["maxLength"] == MAX_TEXT_CHARS
    for key, spec in schema["properties"].items():
        if spec.get("type") == "array":
            assert spec["maxItems"] == MAX_ITEMS_PER_SESSION, key
    for number in (
        defs["incident"]["properties"]["deal_value"],
        defs["session"]["properties"]["trigger_gap_pct"],
        defs["criterion"]["properties"]["weight"],
        defs["option"]["properties"]["scores"]["items"]["properties"]["score"],
        defs["stage_log"]["properties"]["elapsed_seconds"],
        defs["action_item"]["properties"]["sequence"],
        defs["id"],
    ):
        assert number["maximum"] == MAX_INTEGER
    assert f"{MAX_FILE_BYTES:,} bytes" in schema["description"]
    assert f"{MAX_TEXT_CHARS:,} characters" in schema["description"]
    assert f"{MAX_ITEMS_PER_SESSION:,} items" in schema["description"]


# -- files that are no files, and files too big ------------------------------------------------


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _import(source: str | Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-m", "facilitator", "import", str(source), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=HANG,
        preexec_fn=_cap_memory,
    )


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "ws.facilitator"
    store = Store(path)
    store.create_session("already there")
    store.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_without_reading_it(db, source):
    before = _digest(db)
    result = _import(source, db)
    assert result.returncode == 1
    assert one_line(result.stderr) == f"facilitator: {source} is a device, not a file; give the path of a session file"
    assert _digest(db) == before


def test_a_pipe_is_refused_without_waiting_for_it(db, tmp_path):
    pipe = tmp_path / "session.json"
    os.mkfifo(pipe)
    result = _import(pipe, db)
    assert result.returncode == 1
    assert (
        one_line(result.stderr) == f"facilitator: {pipe} is a named pipe, not a file; give the path of a session file"
    )


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(db, tmp_path):
    big = tmp_path / "session.json"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    result = _import(big, db)
    assert result.returncode == 1
    assert one_line(result.stderr) == (
        f"facilitator: {big} is 20 MB, larger than the limit of 20 MB for a session file; check that it is a session file"  # noqa: E501
    )


@pytest.mark.parametrize(
    ("path", "raw", "words"),
    [
        ("incidents.0.deal_value", "1" + "0" * 399, "incidents[0].deal_value: a number with 400 digits"),
        ("session.title", '"\\ud800"', "session.title: contains \\ud800"),
    ],
)
def test_the_cli_refuses_what_used_to_be_an_internal_error(db, tmp_path, path, raw, words):
    source = tmp_path / "session.json"
    source.write_text(_with(path, raw))
    before = _digest(db)
    result = _import(source, db)
    assert result.returncode == 1  # was 70, "internal error"
    assert words in one_line(result.stderr)
    assert _digest(db) == before


def test_the_window_refuses_a_pipe_without_waiting(qtbot, tmp_path, monkeypatch):
    from facilitator.ui import session_files

    pipe = tmp_path / "session.json"
    os.mkfifo(pipe)
    _release_readers_later(pipe)  # should the window open it for reading, it gets EOF, not a hang
    with pytest.raises(ValueError) as caught:
        session_files.read_session_file(pipe)
    assert str(caught.value) == "session.json is a named pipe, not a file. Choose a session file."


def _release_readers_later(pipe: Path, after: float = 3.0) -> None:
    """Open the pipe for writing once, a few seconds from now, so a test of a regression ends."""

    def release() -> None:
        deadline = time.monotonic() + after + 5
        time.sleep(after)
        while time.monotonic() < deadline:
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
                return
            except OSError:  # no reader: nobody is stuck
                time.sleep(0.1)

    threading.Thread(target=release, daemon=True).start()


def test_the_readme_states_the_limits_the_code_enforces():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for stated in (
        f"at most {MAX_FILE_BYTES // 2**20} MB",
        f"at most {MAX_TEXT_CHARS:,} characters",
        f"at most {MAX_ITEMS_PER_SESSION:,} items",
        f"at most {MAX_INTEGER:,}",
    ):
        assert stated in " ".join(readme.split()), stated


@pytest.mark.parametrize(
    ("name", "content", "told"),
    [
        ("deal.json", ("incidents.0.deal_value", "1" + "0" * 399), "field incidents[0].deal_value: a number with 400"),
        ("title.json", ("session.title", '"\\ud800"'), "field session.title: contains \\ud800"),
        ("pipe.json", None, "pipe.json is a named pipe, not a file. Choose a session file."),
    ],
)
def test_the_window_import_menu_refuses_hostile_files_in_one_line(qtbot, tmp_path, monkeypatch, name, content, told):
    from PySide6.QtWidgets import QMessageBox

    from facilitator.ui.main_window import MainWindow

    store = Store(tmp_path / "ws.facilitator")
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(store)
    source = tmp_path / name
    if content is None:
        os.mkfifo(source)
        _release_readers_later(source)
    else:
        source.write_text(_with(*content), encoding="utf-8")
    messages: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _title, text, *a: messages.append(text))
    window.import_action.trigger()  # File > Import session file…
    assert len(messages) == 1 and messages[0].startswith(told), messages
    assert store.sessions() == []
    store.close()
