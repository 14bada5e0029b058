"""The search index is derived data: `facilitator check` names a damaged text once (not again for
its copy in the index), and the index makes itself again from the sessions when it is found out
of step, in the same transaction as the write that found it, never touching the sessions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.domain import model as m
from facilitator.storage import search
from facilitator.storage.errors import WorkspaceError
from facilitator.storage.store import Store
from tests.test_check import flip, flip_three, make_workspace, stored

SAID = b"They never listen"  # a statement's text: stored in its row and, once, in the index's copy


@pytest.fixture
def ws(tmp_path) -> Path:
    return tmp_path / "ws.facilitator"


def index_sound(path: Path) -> bool:
    """FTS5's own check (on a connection of the test's own)."""
    conn = sqlite3.connect(path)
    try:
        return search.sound(conn)
    finally:
        conn.close()


def flip_index_copy_only(path: Path, needle: bytes) -> None:
    """Flip the first byte of the index's copy of a text, and of nothing else."""
    original = path.read_bytes()
    start = 0
    while (at := original.find(needle, start)) >= 0:
        data = bytearray(original)
        data[at] ^= 0x80
        path.write_bytes(bytes(data))
        if stored(path, "SELECT raw_text FROM statement")[0] == needle:  # the row kept its text
            return
        start = at + 1
    path.write_bytes(original)
    raise AssertionError("no copy of the text outside its row")


def test_check_names_a_damaged_text_once_not_again_for_its_index_copy(ws, capsys):
    ids = make_workspace(ws)
    flip_three(ws, ids)
    assert flip(ws, SAID, 0, 7) == 2  # the row and the index's copy, as a flipped sector would

    assert main(["check", "--db", str(ws)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert f"{ws}: session {ids.session}, statement {ids.statement}: raw_text cannot be read" in lines
    assert f"{ws}: session {ids.session}: title cannot be read" in lines
    assert not [line for line in lines if "search_index" in line]
    assert len(lines) == 4  # title, scores, kind, raw_text: each once


def test_an_index_copy_damaged_alone_is_no_problem_and_is_rebuilt_when_its_session_opens(ws, capsys):
    ids = make_workspace(ws)
    flip_index_copy_only(ws, SAID)

    assert main(["check", "--db", str(ws)]) == 0  # the sessions are whole: nothing to restore
    assert "no damage found" in capsys.readouterr().out

    store = Store(ws, create=False)
    data = store.load(ids.session)
    assert data.statements[0].raw_text == SAID.decode() and store.damaged() == []
    hits = store.search("never listen")
    assert [(h.kind.value, h.entity_id) for h in hits] == [("statement", ids.statement)]
    assert hits[0].marked.replace("\x02", "").replace("\x03", "") == SAID.decode()  # the copy is whole again
    store.close()
    conn = sqlite3.connect(ws)
    assert search.out_of_step(conn) == []
    conn.close()


def test_opening_a_session_with_a_damaged_text_rebuilds_an_index_whose_words_no_longer_match(ws):
    ids = make_workspace(ws)
    flip_three(ws, ids)  # the title and its index copy flipped alike: the index's words are stale
    assert not index_sound(ws)

    store = Store(ws, create=False)
    data = store.load(ids.session)
    assert index_sound(ws)
    assert store.search("ZQXJ") == []  # no hit for a word the title no longer holds
    assert [h.kind.value for h in store.search("pricing")] == ["title"]
    assert [s.raw_text for s in data.statements] == [SAID.decode()]
    store.close()
    assert b"\xdaQXJ" in stored(ws, "SELECT title FROM session")[0]  # the value itself: untouched


def test_replacing_a_damaged_text_leaves_no_stale_words_in_the_index(ws):
    ids = make_workspace(ws)
    flip(ws, SAID, 5, 7)  # "never" -> "\xeever" in the row and in the copy; the words still say "never"
    store = Store(ws, create=False)
    statement = store.get(m.Statement, ids.statement)  # no session load: the write alone must catch it
    assert "\ufffd" in statement.raw_text

    statement.raw_text = "They listen now"
    store.save(statement)

    assert index_sound(ws)
    assert store.search("never") == []  # before: the old word still found the statement
    assert [h.entity_id for h in store.search("listen now")] == [ids.statement]
    assert store.load(ids.session).statements[0].raw_text == "They listen now"
    store.close()


def test_a_rebuild_that_fails_takes_the_write_with_it_and_changes_nothing(ws, monkeypatch):
    ids = make_workspace(ws)
    flip(ws, SAID, 5, 7)
    store = Store(ws, create=False)
    statement = store.get(m.Statement, ids.statement)

    def full(_conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(search, "rebuild", full)
    statement.raw_text = "They listen now"
    with pytest.raises(WorkspaceError):
        store.save(statement)
    store.close()
    assert stored(ws, "SELECT raw_text FROM statement")[0] == SAID[:5] + b"\xee" + SAID[6:]  # as it was
    assert not index_sound(ws)  # the index too: one transaction, rolled back whole


def flip_index_structure(path: Path) -> None:
    """Flip a bit in the record that tells FTS5 where the index's words are (its record 10)."""
    conn = sqlite3.connect(path)
    block = conn.execute("SELECT block FROM search_index_data WHERE id = 10").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    assert data.count(block) == 1
    data[data.find(block) + 4] ^= 0x40
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("through", ["store", "search box"])
def test_a_search_that_meets_a_damaged_index_rebuilds_it_instead_of_calling_the_workspace_damaged(ws, through):
    ids = make_workspace(ws)
    flip_index_structure(ws)
    assert main(["check", "--db", str(ws)]) == 0  # the sessions are whole

    store = Store(ws, create=False)
    searcher = store.searcher() if through == "search box" else store  # the box reads on its own connection
    hits = searcher.search("pricing")  # before: "... is damaged and cannot be opened; restore a backup"
    assert [(h.kind.value, h.session_id) for h in hits] == [("title", ids.session)]
    assert [h.entity_id for h in searcher.search("never listen")] == [ids.statement]
    if searcher is not store:
        searcher.close()
    store.close()
    assert index_sound(ws)


def test_opening_a_session_rebuilds_an_index_fts5_cannot_open(ws):
    ids = make_workspace(ws)
    flip_index_structure(ws)
    store = Store(ws, create=False)
    assert store.load(ids.session).statements[0].raw_text == SAID.decode()
    store.close()
    assert index_sound(ws)
