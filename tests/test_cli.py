"""The command line: each command works, and every user error is one clear line and changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.storage.store import Store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, timeout=120)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "ws.facilitator"


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("facilitator ")


def test_workspace_and_language_given_before_the_command_count(db, capsys):
    """`facilitator --db PATH list` is as good as `facilitator list --db PATH`."""
    assert main(["--db", str(db), "--lang", "de", "demo"]) == 0
    session_id = int(capsys.readouterr().out.strip())
    assert main(["--db", str(db), "list", "--json"]) == 0
    assert [s["id"] for s in json.loads(capsys.readouterr().out)] == [session_id]
    assert main(["--lang", "de", "--db", str(db), "export", str(session_id)]) == 0
    assert "Vereinbarungen" in capsys.readouterr().out  # the language given first is the minutes'


def test_demo_then_list_then_export_import_round_trip(db, tmp_path, capsys):
    assert main(["demo", "--db", str(db), "--lang", "de"]) == 0
    session_id = int(capsys.readouterr().out.strip())
    assert main(["list", "--db", str(db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == session_id
    assert listed[0]["status"] == "closed"

    exported = tmp_path / "s.json"
    assert main(["export", str(session_id), "--format", "json", "-o", str(exported), "--db", str(db)]) == 0
    other = tmp_path / "other.facilitator"
    capsys.readouterr()
    assert main(["import", str(exported), "--db", str(other)]) == 0
    new_id = int(capsys.readouterr().out.strip())
    again = tmp_path / "again.json"
    assert main(["export", str(new_id), "--format", "json", "-o", str(again), "--db", str(other)]) == 0

    first, second = json.loads(exported.read_text()), json.loads(again.read_text())
    for doc in (first, second):
        doc["session"].pop("id", None)
        for key in ("exported", "created", "updated"):
            doc.pop(key, None)
            doc["session"].pop(key, None)
    assert first == second


def test_private_notes_only_in_a_full_backup(db, tmp_path, capsys):
    main(["demo", "--db", str(db)])
    session_id = capsys.readouterr().out.strip()
    store = Store(db)
    notes = [n.text for n in store.load(int(session_id)).private_notes]
    store.close()
    assert notes
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    main(["export", session_id, "--format", "json", "-o", str(plain), "--db", str(db)])
    main(["export", session_id, "--format", "json", "--include-private", "-o", str(full), "--db", str(db)])
    assert not any(note in plain.read_text(encoding="utf-8") for note in notes)
    assert all(note in full.read_text(encoding="utf-8") for note in notes)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "JSON"),
        ('{"hello": "world"}', "session file"),
        ("[1, 2, 3]", "session file"),
    ],
)
def test_import_rejects_bad_files_and_writes_nothing(db, tmp_path, content, expected):
    Store(db).close()
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    line = one_line_error(run("import", str(bad), "--db", str(db)))
    assert expected.lower() in line.lower()
    store = Store(db)
    assert store.sessions() == []
    store.close()


def test_import_of_a_missing_file(db, tmp_path):
    line = one_line_error(run("import", str(tmp_path / "nope.json"), "--db", str(db)))
    assert "does not exist" in line


def test_import_of_binary_file(db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00garbage\x81")
    line = one_line_error(run("import", str(bad), "--db", str(db)))
    assert "session file" in line


def test_unknown_id(db):
    Store(db).close()
    line = one_line_error(run("export", "99", "--format", "json", "--db", str(db)))
    assert "no session with id 99" in line
    assert "facilitator list" in line


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda p: p.write_bytes(b"garbage" * 100), "not a Facilitator workspace"),
        (lambda p: p.mkdir(), "is a folder, not a file"),
    ],
)
def test_bad_workspace_is_one_line(tmp_path, setup, expected):
    path = tmp_path / "ws.facilitator"
    setup(path)
    line = one_line_error(run("list", "--db", str(path)))
    assert expected in line


def test_newer_workspace_is_refused_and_untouched(db):
    store = Store(db)
    store.create_session("keep")
    store.db.conn.execute("PRAGMA user_version=99")
    store.close()
    before = db.read_bytes()
    line = one_line_error(run("list", "--db", str(db)))
    assert "newer version" in line
    assert db.read_bytes() == before


def test_missing_folder_for_workspace(tmp_path):
    line = one_line_error(run("list", "--db", "/proc/no/such/folder/ws.facilitator"))
    assert "facilitator:" in line


def test_include_private_needs_json(db):
    Store(db).close()
    line = one_line_error(run("export", "1", "--format", "md", "--include-private", "--db", str(db)))
    assert "--include-private" in line


def test_usage_errors_are_one_line():
    line = one_line_error(run("export"))
    assert "facilitator --help" in line


def test_a_mistyped_workspace_path_creates_nothing(tmp_path):
    missing = tmp_path / "typo" / "ws.facilitator"
    for args in (("list",), ("export", "1", "--format", "md")):
        line = one_line_error(run(*args, "--db", str(missing)))
        assert "does not exist" in line
    assert not (tmp_path / "typo").exists()


def gui_without(env_changes: dict[str, str | None], prelude: str = "") -> subprocess.CompletedProcess:
    """`facilitator --demo` in a controlled environment; `prelude` runs first in the child."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({k: v for k, v in env_changes.items() if v is not None})
    code = f"{prelude}\nimport sys\nfrom facilitator.__main__ import main\nsys.exit(main(['--demo']))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)


def test_no_display_says_so_in_one_line_instead_of_a_qt_abort():
    result = gui_without({})
    line = one_line_error(result)
    assert result.returncode == 1  # not 134, Qt's abort
    assert "no display" in line
    assert "QT_QPA_PLATFORM=offscreen" in line


def test_missing_xcb_cursor_names_the_package_to_install():
    hide_library = """
import ctypes
real = ctypes.CDLL
def without_xcb_cursor(name, *args, **kwargs):
    if "xcb-cursor" in str(name):
        raise OSError(f"{name}: cannot open shared object file")
    return real(name, *args, **kwargs)
ctypes.CDLL = without_xcb_cursor
"""
    result = gui_without({"DISPLAY": ":99"}, prelude=hide_library)
    line = one_line_error(result)
    assert result.returncode == 1
    assert "sudo apt install libxcb-cursor0" in line


@pytest.mark.parametrize(
    ("env", "loads", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, False, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False, None),  # Wayland needs no libxcb-cursor
        ({"DISPLAY": ":0"}, True, None),
        ({"DISPLAY": ":0"}, False, "libxcb-cursor0"),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True, "DISPLAY is not set"),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, True, "WAYLAND_DISPLAY is not set"),
        ({}, True, "no display"),
    ],
)
def test_display_check_follows_the_platform_qt_will_pick(env, loads, expected, monkeypatch):
    from facilitator import display

    monkeypatch.setattr(display.sys, "platform", "linux")
    found = display.problem(env, loads=lambda _library: loads)
    assert (found is None) if expected is None else (expected in found)


def test_the_demo_command_lays_the_session_in_the_present(db, capsys):
    """`facilitator demo` gives a session held about ten days ago, not one with weeks-old dates."""
    import datetime as dt

    assert main(["demo", "--db", str(db)]) == 0
    store = Store(db)
    try:
        session = store.session(int(capsys.readouterr().out.strip()))
    finally:
        store.close()
    assert 7 <= (dt.date.today() - dt.date.fromisoformat(session.date)).days <= 13
    assert not session.title.startswith("Q3")
