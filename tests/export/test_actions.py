"""Action items as CSV (spreadsheets) and iCalendar (calendars)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain import model as m
from facilitator.export.ical import escape_text, fold
from facilitator.export.minutes import actions_csv, actions_ics


def _rows(text: str, delimiter: str = ",") -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=delimiter))


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_has_header_and_one_row_per_action(session_data):
    rows = _rows(actions_csv(session_data))
    assert rows[0] == ["Action", "Owner", "Side", "Due date", "Status", "Evidence", "Agreement", "Session"]
    assert len(rows) == 1 + len(session_data.action_items)
    assert rows[1] == [
        "Set up the deal desk calendar slot (Tue and Thu)",
        "Priya Nair",
        "Product",
        "2026-10-09",
        "Done",
        "Slots in the shared calendar since 8 Oct",
        "No dated customer commitment outside the Now column without Product sign-off.",
        "Q3 reset: Sales and Product",
    ]
    assert rows[5][1:5] == ["Claire Dubois", "CEO", "", "Open"]


def test_csv_in_german_keeps_umlauts_and_uses_semicolons(session_de):
    text = actions_csv(session_de, "de")
    raw = text.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = _rows(text, delimiter=";")
    assert rows[0] == [
        "Aufgabe",
        "Verantwortlich",
        "Seite",
        "Fällig am",
        "Status",
        "Nachweis",
        "Vereinbarung",
        "Sitzung",
    ]
    assert rows[4][0] == "Schritt „Produktprüfung“ in der CRM-Vertragsphase ergänzen"
    assert rows[5][2] == "Geschäftsführung"


def test_csv_quotes_commas_quotes_and_newlines(session_data):
    session_data.action_items[0].text = 'Say "yes", then\nfollow up; done'
    rows = _rows(actions_csv(session_data))
    assert rows[1][0] == 'Say "yes", then\nfollow up; done'
    assert len(rows) == 1 + len(session_data.action_items)


@pytest.mark.parametrize("formula", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)"])
def test_csv_cells_never_start_a_formula(session_data, formula):
    session_data.action_items[0].text = formula
    session_data.session.title = formula
    rows = _rows(actions_csv(session_data))
    assert rows[1][0] == "'" + formula
    assert rows[1][7] == "'" + formula


def test_csv_without_actions_is_just_the_header():
    data = m.SessionData(session=m.Session(title="Empty"))
    header = ["Action", "Owner", "Side", "Due date", "Status", "Evidence", "Agreement", "Session"]
    assert _rows(actions_csv(data)) == [header]


# -- iCalendar ---------------------------------------------------------------------------------


def test_ics_parses_with_one_vtodo_per_action(session_data):
    text = actions_ics(session_data)
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"].startswith("-//Facilitator//")
    todos = calendar.walk("VTODO")
    assert len(todos) == len(session_data.action_items)
    first = todos[0]
    assert str(first["SUMMARY"]) == "Set up the deal desk calendar slot (Tue and Thu)"
    assert first.decoded("DUE") == date(2026, 10, 9)
    assert str(first["STATUS"]) == "COMPLETED"
    assert "Owner: Priya Nair (Product)" in str(first["DESCRIPTION"])
    assert [str(t["STATUS"]) for t in todos] == [
        "COMPLETED",
        "IN-PROCESS",
        "NEEDS-ACTION",
        "NEEDS-ACTION",
        "NEEDS-ACTION",
    ]
    assert "DUE" not in todos[4]  # no due date entered
    assert len({str(t["UID"]) for t in todos}) == len(todos)


def test_ics_status_mapping_covers_every_action_status(session_data):
    session_data.action_items = [
        m.ActionItem(id=i, text=s.value, status=s) for i, s in enumerate(m.ActionStatus, start=1)
    ]
    todos = icalendar.Calendar.from_ical(actions_ics(session_data)).walk("VTODO")
    assert [str(t["STATUS"]) for t in todos] == [
        "NEEDS-ACTION",
        "IN-PROCESS",
        "COMPLETED",
        "NEEDS-ACTION",
        "CANCELLED",
    ]


def test_ics_uids_are_stable_across_exports(session_data):
    first = actions_ics(session_data, now=datetime(2026, 10, 6, 12, 0, tzinfo=UTC))
    second = actions_ics(session_data, now=datetime(2026, 10, 9, 8, 30, tzinfo=UTC))
    uids = lambda text: [str(t["UID"]) for t in icalendar.Calendar.from_ical(text).walk("VTODO")]  # noqa: E731
    assert uids(first) == uids(second)
    session_data.action_items[0].text = "Renamed"
    session_data.action_items[0].status = m.ActionStatus.OPEN
    assert uids(actions_ics(session_data)) == uids(first)  # an edited item updates, it is not duplicated


def test_ics_uids_differ_between_a_session_and_its_duplicate(store, session_data):
    original = store.load(store.import_session(session_data).id)
    copy = store.load(store.duplicate_session(original.session.id, "Copy").id)
    assert not set(_uids(actions_ics(original))) & set(_uids(actions_ics(copy)))


def test_ics_lines_are_crlf_and_at_most_75_octets(session_de):
    session_de.action_items[0].text = "Große Überprüfung " * 30 + "👩🏽‍💻" * 20
    text = actions_ics(session_de, "de")
    assert "\n" not in text.replace("\r\n", "")
    assert text.endswith("\r\n")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line
    todo = icalendar.Calendar.from_ical(text).walk("VTODO")[0]
    assert str(todo["DESCRIPTION"]).startswith(session_de.action_items[0].text.strip() + "\n")
    assert len(str(todo["SUMMARY"])) <= 80 and str(todo["SUMMARY"]).endswith("…")


def test_ics_escapes_text(session_data):
    nasty = "a;b,c\\d\nnew line\r\nEND:VTODO\nBEGIN:VEVENT"
    session_data.action_items[0].text = nasty
    text = actions_ics(session_data)
    assert "\r\nEND:VTODO\r\nBEGIN:VEVENT" not in text.split("SUMMARY")[1].split("\r\nDESCRIPTION")[0]
    calendar = icalendar.Calendar.from_ical(text)
    assert len(calendar.walk("VTODO")) == len(session_data.action_items)
    # the one event is the follow-up date's, not one smuggled in through an action's text
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [f"Follow-up session: {session_data.session.title}"]
    todo = calendar.walk("VTODO")[0]
    assert str(todo["SUMMARY"]) == "a;b,c\\d"
    assert str(todo["DESCRIPTION"]).startswith(nasty.replace("\r\n", "\n") + "\n")


def test_ics_has_dtstamp_in_utc(session_data):
    text = actions_ics(session_data, now=datetime(2026, 10, 6, 14, 30, tzinfo=UTC))
    assert "DTSTAMP:20261006T143000Z\r\n" in text


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=300))
def test_escape_and_fold_round_trip_through_icalendar(text):
    line = fold("SUMMARY:" + escape_text(text))
    for part in line.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTODO\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\n"
    calendar += line + "\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    parsed = icalendar.Calendar.from_ical(calendar).walk("VTODO")[0]["SUMMARY"]
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(c for c in expected if c in "\t\n" or not (ord(c) < 32 or ord(c) == 127))
    assert str(parsed) == expected


# -- iCalendar round trips (issue 8 point 16) -------------------------------------------------


def _uids(text: str) -> list[str]:
    """The to-dos' UIDs and the follow-up event's."""
    calendar = icalendar.Calendar.from_ical(text)
    return [str(c["UID"]) for c in calendar.walk("VTODO") + calendar.walk("VEVENT")]


@pytest.mark.parametrize("anonymous", [False, True])
def test_the_follow_up_date_is_an_event_naming_who_attended(store, session_data, anonymous):
    session_data.session.anonymous = anonymous
    data = store.load(store.import_session(session_data).id)
    (event,) = icalendar.Calendar.from_ical(actions_ics(data)).walk("VEVENT")
    assert event["DTSTART"].dt == date.fromisoformat(data.session.follow_up_date)
    assert str(event["UID"]) == data.session.uid
    names = [p.name for p in data.participants]
    assert all((name in str(event["DESCRIPTION"])) != anonymous for name in names)  # counted only if anonymous


def test_no_follow_up_date_no_event(session_data):
    session_data.session.follow_up_date = ""
    assert not icalendar.Calendar.from_ical(actions_ics(session_data)).walk("VEVENT")


def test_ics_uids_survive_a_session_file_export_and_import(store, session_data):
    """Export JSON, import it (new ids, new creation time), export .ics: the same to-dos, not new ones."""
    from facilitator.export.session_file import dumps, loads, to_document

    first = store.load(store.import_session(session_data).id)
    assert all(a.uid for a in first.action_items)
    again = store.load(store.import_session(loads(dumps(to_document(first)))).id)
    assert again.session.id != first.session.id
    assert _uids(actions_ics(again)) == _uids(actions_ics(first))


def test_ics_has_sequence_and_last_modified_that_grow_with_each_change(store, session_data):
    data = store.load(store.import_session(session_data).id)
    todo = icalendar.Calendar.from_ical(actions_ics(data)).walk("VTODO")[0]
    assert int(todo["SEQUENCE"]) == 0 and todo.decoded("LAST-MODIFIED").tzinfo is not None
    action = data.action_items[0]
    action.status = m.ActionStatus.OPEN
    store.save(action)
    changed = icalendar.Calendar.from_ical(actions_ics(store.load(data.session.id))).walk("VTODO")[0]
    assert int(changed["SEQUENCE"]) == 1
    assert changed.decoded("LAST-MODIFIED") >= todo.decoded("LAST-MODIFIED")


def test_ics_puts_a_multi_line_action_whole_into_the_description(session_data):
    session_data.action_items[0].text = "Book the deal desk\n\nTuesdays and Thursdays, 30 minutes each"
    session_data.action_items[0].evidence = "Invite sent"
    todo = icalendar.Calendar.from_ical(actions_ics(session_data)).walk("VTODO")[0]
    assert str(todo["SUMMARY"]) == "Book the deal desk"
    description = str(todo["DESCRIPTION"])
    assert description.startswith("Book the deal desk\n\nTuesdays and Thursdays, 30 minutes each\n")
    assert "Evidence: Invite sent" in description


def test_ics_of_a_session_without_actions_is_a_valid_empty_calendar():
    text = actions_ics(m.SessionData(session=m.Session(title="Empty")))
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar.walk("VTODO") == [] and str(calendar["VERSION"]) == "2.0"


def test_actions_of_an_older_workspace_get_a_uid_once_when_it_is_upgraded(tmp_path):
    """m004: actions stored before UIDs existed get one, which then stays the same."""
    import sqlite3

    from sqlite_utils import Database

    from facilitator.storage.schema import APPLICATION_ID, SCHEMA_MAJOR, migrations
    from facilitator.storage.store import Store

    path = tmp_path / "old.facilitator"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m004_public_projection")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_MAJOR}")
    conn.execute(
        "INSERT INTO session (title, trigger_type, glasl_stage, status, created, updated)"
        " VALUES ('old', 'missed_target', 3, 'closed', 'x', 'x')"
    )
    for text in ("First", "Second"):
        conn.execute(
            "INSERT INTO action_item (session_id, agreement_id, text, owner_id, due, status, evidence)"
            " VALUES (1, NULL, ?, NULL, '', 'open', '')",
            (text,),
        )
    conn.close()
    store = Store(path)
    data = store.load(1)
    assert data.session.anonymous is True
    uids = _uids(actions_ics(data))
    assert len(set(uids)) == 2 and all(uid.endswith("@facilitator") for uid in uids)
    store.close()
    reopened = Store(path)
    assert _uids(actions_ics(reopened.load(1))) == uids
    reopened.close()
