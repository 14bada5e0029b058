"""Damaged values: a flipped bit in one stored value is named once, the rest of the session
works, a save keeps the damaged value as stored, and `facilitator check` finds every problem."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.domain import model as m
from facilitator.storage.store import Store

TITLE = "Pricing review ZQXJ"
DUE = "2031-07-19"


@dataclass
class Ids:
    session: int
    statement: int
    option: int
    criterion: int
    action: int
    participant: int


def make_workspace(path: Path) -> Ids:
    """A small session whose values to damage are each stored once, in a file with no WAL left."""
    store = Store(path)
    session = store.create_session(TITLE, "2026-10-14")
    ana = store.save(m.Participant(session_id=session.id, name="Ana", side=m.Side.SALES))
    statement = store.save(
        m.Statement(session_id=session.id, raw_text="They never listen", kind=m.StatementKind.FEELING)
    )
    criterion = store.save(m.Criterion(session_id=session.id, name="Fit"))
    option = store.save(m.Option(session_id=session.id, text="Pilot", scores={criterion.id: 4}))
    action = store.save(m.ActionItem(session_id=session.id, text="Call Nordhafen", due=DUE))
    store.close()  # the last connection checkpoints the WAL into the file
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return Ids(session.id, statement.id, option.id, criterion.id, action.id, ana.id)


def flip(path: Path, needle: bytes, offset: int, bit: int, only_first: bool = False) -> int:
    """Flip one bit at `offset` into each occurrence of `needle` in the file (or the first only)."""
    data = bytearray(path.read_bytes())
    found, start = 0, 0
    while (at := data.find(needle, start)) >= 0:
        data[at + offset] ^= 1 << bit
        found += 1
        start = at + len(needle)
        if only_first:
            break
    assert found, needle
    path.write_bytes(bytes(data))
    return found


def stored(path: Path, sql: str, params: tuple = ()) -> tuple:
    with sqlite3.connect(path) as conn:
        conn.text_factory = bytes
        return conn.execute(sql, params).fetchone()


@pytest.fixture
def ws(tmp_path) -> Path:
    return tmp_path / "ws.facilitator"


def flip_three(ws: Path, ids: Ids) -> None:
    """The title no longer UTF-8, the statement's kind no longer a kind, the scores no longer JSON."""
    flip(ws, b"ZQXJ", 0, 7)  # "Z" (0x5A) -> 0xDA: a lead byte without its continuation
    flip(ws, b"feeling", 0, 0)  # "feeling" -> "geeling"
    flip(ws, f'{{"{ids.criterion}": 4}}'.encode(), 0, 0)  # "{" -> "z"


def test_flipped_bits_are_named_and_the_rest_of_the_session_loads(ws):
    ids = make_workspace(ws)
    flip_three(ws, ids)

    store = Store(ws, create=False)
    data = store.load(ids.session)

    assert data.session.title.startswith("Pricing review ") and "\ufffd" in data.session.title
    assert data.statements[0].kind is m.StatementKind.EVALUATION  # the default
    assert data.statements[0].raw_text == "They never listen"  # the row's other values are intact
    assert data.options[0].scores == {} and data.options[0].text == "Pilot"
    assert [a.due for a in data.action_items] == [DUE]
    assert [d.describe() for d in store.damaged(ids.session)] == [
        f"session {ids.session}: title",
        f"session {ids.session}, option {ids.option}: scores",
        f"session {ids.session}, statement {ids.statement}: kind",
    ]
    store.close()


def test_bad_values_written_with_plain_sqlite_are_named(ws):
    ids = make_workspace(ws)
    with sqlite3.connect(ws) as conn:
        conn.execute("UPDATE session SET glasl_stage = 'three', ground_rule_consent = '[1]'")
        conn.execute("UPDATE participant SET is_decision_maker = 7, side = 'marketing'")
        conn.execute("UPDATE criterion SET weight = 'heavy'")
        conn.execute("UPDATE action_item SET status = 'sort of', text = CAST(X'43616C6CFF' AS BLOB)")
    conn.close()

    store = Store(ws, create=False)
    data = store.load(ids.session)

    assert data.session.glasl_stage == 3 and data.session.ground_rule_consent == {}
    assert data.participants[0].name == "Ana" and data.participants[0].side is m.Side.OTHER
    assert data.criteria[0].weight == 1.0
    assert data.action_items[0].text == "Call\ufffd" and data.action_items[0].due == DUE
    assert {(d.table, d.field) for d in store.damaged(ids.session)} == {
        ("session", "glasl_stage"),
        ("session", "ground_rule_consent"),
        ("participant", "is_decision_maker"),
        ("participant", "side"),
        ("criterion", "weight"),
        ("action_item", "status"),
        ("action_item", "text"),
    }
    store.close()


def test_a_save_keeps_the_damaged_value_until_the_user_changes_that_field(ws):
    ids = make_workspace(ws)
    flip_three(ws, ids)
    store = Store(ws, create=False)
    data = store.load(ids.session)

    statement = data.statements[0]
    statement.reframe_text = "I need to be heard"  # another field of the same row
    store.save(statement)
    data.session.current_stage = 3
    store.save(data.session)

    assert stored(ws, "SELECT kind, reframe_text FROM statement WHERE id = ?", (ids.statement,)) == (
        b"geeling",
        b"I need to be heard",
    )
    assert b"\xdaQXJ" in stored(ws, "SELECT title FROM session")[0]  # not replaced by the U+FFFD reading
    assert store.damaged(ids.session)  # still reported

    statement.kind = m.StatementKind.NEED  # the user chooses a kind: that is stored
    store.save(statement)
    data.session.title = "Pricing review"
    store.save(data.session)
    assert stored(ws, "SELECT kind FROM statement WHERE id = ?", (ids.statement,)) == (b"need",)
    assert [d.field for d in store.damaged(ids.session)] == ["scores"]
    store.close()
    assert main(["check", "--db", str(ws)]) == 1  # the scores are still damaged in the file


def test_check_names_every_problem_on_one_line_each(ws, capsys):
    ids = make_workspace(ws)
    flip_three(ws, ids)

    assert main(["check", "--db", str(ws)]) == 1
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert f"{ws}: session {ids.session}: title cannot be read" in lines
    assert f"{ws}: session {ids.session}, statement {ids.statement}: kind cannot be read" in lines
    assert f"{ws}: session {ids.session}, option {ids.option}: scores cannot be read" in lines
    assert "ZQXJ" not in out and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_check_runs_sqlites_integrity_check(ws, capsys):
    make_workspace(ws)
    flip(ws, DUE.encode(), 9, 0, only_first=True)  # the table and its due-date index now disagree

    assert main(["check", "--db", str(ws)]) == 1
    out = capsys.readouterr().out
    assert "SQLite integrity check:" in out
    assert "missing from index idx_action_item" in out


def test_check_reports_a_page_that_cannot_be_read(ws, capsys):
    make_workspace(ws)
    data = bytearray(ws.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    last = len(data) // page - 1
    data[last * page : (last + 1) * page] = b"\xa5" * page  # a whole page of garbage
    ws.write_bytes(bytes(data))

    assert main(["check", "--db", str(ws)]) == 1
    out, err = capsys.readouterr()
    assert out.strip() and "Traceback" not in out + err


def test_check_on_a_clean_workspace_says_so(ws, capsys):
    make_workspace(ws)
    assert main(["check", "--db", str(ws)]) == 0
    assert "no damage found (1 session," in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 84])
def test_check_on_something_else_is_one_line(tmp_path, capsys, content):
    path = tmp_path / "other.facilitator"
    path.write_bytes(content)
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_check_of_a_missing_file_creates_nothing(tmp_path, capsys):
    path = tmp_path / "missing.facilitator"
    assert main(["check", "--db", str(path)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not path.exists()


def test_export_of_a_damaged_session_warns_once_and_exports_the_rest(ws, capsys):
    ids = make_workspace(ws)
    flip_three(ws, ids)

    assert main(["export", str(ids.session), "--format", "md", "--db", str(ws)]) == 0
    out, err = capsys.readouterr()
    assert "Pricing review" in out and "Pilot" in out
    warning = err.strip().splitlines()
    assert len(warning) == 1
    assert f"session {ids.session}, statement {ids.statement}: kind" in warning[0]
    assert f"session {ids.session}: title" in warning[0]


def test_list_warns_of_damage(ws, capsys):
    ids = make_workspace(ws)
    flip_three(ws, ids)
    assert main(["list", "--db", str(ws)]) == 0
    out, err = capsys.readouterr()
    assert f"{ids.session}" in out
    assert "damaged" in err and "facilitator check" in err
