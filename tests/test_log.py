"""The log never holds user content: a marker in every text field of a session, every logged
error path provoked, and the log file read back (ids, field names and exception types only)."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3

import pytest

from facilitator import log
from facilitator.__main__ import main
from facilitator.domain import model as m
from facilitator.log import log_file
from facilitator.storage.store import Store
from tests.test_check import flip

MARKER = "MRKq7"  # planted in every text field; short, so the flipped-bit test can find it in the file


def planted(kind: type, **values) -> object:
    """An entity of `kind` with the marker (and the field's name) in each of its text fields."""
    texts = {
        f.name: f"{MARKER} {f.name}"
        for f in dataclasses.fields(kind)
        if f.type in ("str", str) and f.name not in values
    }
    return kind(**texts, **values)


@pytest.fixture
def workspace(tmp_path):
    """A session with one of everything, the marker in every text field; the file has no WAL left."""
    path = tmp_path / "ws.facilitator"
    store = Store(path)
    session = planted(m.Session, date="2026-10-14")
    data = m.SessionData(session=session)
    for kind in m.CHILD_TYPES:
        fixed = {"item_id": m.PULSE_ITEMS[0]} if kind is m.PulseResponse else {}
        data.items(kind).append(planted(kind, **fixed))
    session_id = store.import_session(data).id
    store.close()
    return path, session_id


@pytest.fixture
def installed():
    """Python logging of ours and of aiohttp into the log, as `main` sets it up; undone afterwards."""
    log.install()
    yield
    for name in ("facilitator", "aiohttp"):
        logger = logging.getLogger(name)
        logger.handlers = [h for h in logger.handlers if not isinstance(h, log._Handler)]
        logger.propagate = True
    log._installed = False


def read_log() -> str:
    return log_file().read_text(encoding="utf-8") if log_file().exists() else ""


def test_a_damaged_value_is_logged_by_ids_and_field_name(workspace):
    path, session_id = workspace
    flip(path, f"{MARKER} raw_text".encode(), 4, 7)  # the statement's text is no longer UTF-8
    store = Store(path, create=False)
    statement = store.load(session_id).statements[0]
    store.load(session_id)  # a second reading does not log it again
    store.close()

    text = read_log()
    assert f"damaged value: session {session_id}, statement {statement.id}: raw_text" in text
    assert text.count("damaged value") == 1
    assert MARKER not in text


def test_an_export_that_fails_logs_no_session_text(workspace, monkeypatch, capsys):
    path, session_id = workspace

    def broken(data, *args, **kwargs):
        raise ValueError(f"cannot render {data.session.title} / {data.private_notes[0].text}")

    monkeypatch.setattr("facilitator.export.export_session", broken)
    assert main(["export", str(session_id), "--db", str(path)]) == 70
    assert "internal error (ValueError)" in capsys.readouterr().err

    text = read_log()
    assert "ValueError" in text and "in broken" in text  # where it happened is kept
    assert MARKER not in text


def test_a_room_error_logs_no_session_text(workspace, monkeypatch, installed):
    from facilitator.room.app import Room
    from facilitator.room.state import Limits, RoomState
    from facilitator.session import SessionService
    from tests.room.conftest import phones, run

    path, session_id = workspace
    store = Store(path, create=False)
    room = Room(SessionService(store), session_id, RoomState(Limits()))

    def broken(data, *args):
        raise RuntimeError(f"cannot show {data.statements[0].raw_text}")

    monkeypatch.setattr("facilitator.room.app.project_for_phone", broken)

    async def ask():
        async with phones(room) as ([phone], _received):
            await phone.join()
            return (await phone.get("/api/state")).status

    assert run(ask()) == 500
    store.close()
    text = read_log()
    assert "aiohttp" in text and "RuntimeError" in text and "in broken" in text
    assert MARKER not in text


def test_our_warnings_keep_their_template_and_numbers_only(installed):
    logger = logging.getLogger("facilitator.domain.blame")
    try:
        raise KeyError(f"{MARKER} statement")
    except KeyError:
        logger.exception("blame scan failed on %d characters", 4711)
    logger.warning("odd text: %s", f"{MARKER} text")

    text = read_log()
    assert "blame scan failed on 4711 characters" in text and "KeyError" in text
    assert "odd text: %s" in text
    assert MARKER not in text


def test_errors_whose_message_quotes_content_are_logged_without_it(tmp_path):
    errors = [
        sqlite3.OperationalError(f"Could not decode to UTF-8 column 'title' with text '{MARKER}'"),
        ValueError(f"'{MARKER}' is not a valid StatementKind"),
    ]
    try:
        open(tmp_path / f"{MARKER} minutes.pdf" / "x")  # noqa: SIM115 - the error is the point
    except OSError as error:
        errors.append(error)
    for error in errors:
        log.log_exception(error, context=f"export session 3 ({len(errors)} errors)")

    text = read_log()
    assert "sqlite3.OperationalError" in text and "FileNotFoundError (ENOENT)" in text
    assert "export session 3" in text
    assert MARKER not in text


@pytest.mark.qt_no_exception_capture
def test_the_windows_exception_hook_logs_no_content(qtbot):
    from facilitator.ui.app import ErrorReporter

    reporter = ErrorReporter(lambda: None)
    try:
        raise RuntimeError(f"private note: {MARKER}")
    except RuntimeError as error:
        reporter(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    reporter.box.close()

    text = read_log()
    assert "RuntimeError" in text and MARKER not in text
    assert log_file().stat().st_mode & 0o777 == 0o600


def test_a_traceback_keeps_types_and_frames_but_no_message():
    try:
        raise ValueError(MARKER)
    except ValueError as error:
        described = log.describe(error)
    assert "ValueError" in described and "test_a_traceback_keeps_types" in described
    assert MARKER not in described
