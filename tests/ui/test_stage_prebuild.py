"""The stage pages are built while the cockpit idles (session_view.py, ui/idle.py): every first
visit finds its page ready, Alt+N at once still lands on its stage with its content, and a
session opened while pages are still being built shows only its own data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit

from facilitator.domain import model as m
from facilitator.domain.stages import STAGES
from facilitator.ui.blame_highlighter import warmed_up
from facilitator.ui.idle import IdleWork
from tests.ui.keyboard import show_active

ALL = len(STAGES)


def session_with_markers(store, marker: str) -> int:
    """A session whose title, participant, statement and private note on every stage carry
    `marker`; returns its id."""
    data = m.SessionData(
        session=m.Session(title=f"Session {marker}", date="2026-10-14"),
        participants=[m.Participant(name=f"Speaker {marker}", side=m.Side.SALES)],
        statements=[m.Statement(raw_text=f"The deal {marker} slipped by two weeks")],
        private_notes=[m.PrivateNote(stage=s.number, text=f"Note {s.number} {marker}") for s in STAGES],
    )
    return store.import_session(data).id


def all_text(widget) -> str:
    """Every text a page shows: labels, fields and the cells of its tables."""
    parts = [label.text() for label in widget.findChildren(QLabel)]
    parts += [edit.text() for edit in widget.findChildren(QLineEdit)]
    parts += [edit.toPlainText() for edit in widget.findChildren(QPlainTextEdit)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for row in range(model.rowCount(root)):
            for column in range(columns):
                parts.append(str(model.index(row, column, root).data() or ""))
    return "\n".join(parts)


def built(view) -> int:
    """How many stage pages are in the cockpit's stack, ready to show."""
    return sum(1 for page in view._built.values() if view.pages.indexOf(page) >= 0)


@pytest.fixture
def opened(qtbot, window, store):
    session_id = session_with_markers(store, "ALPHA")
    window.open_session(session_id)
    show_active(qtbot, window)
    return window


def test_every_stage_page_is_built_while_the_window_idles(qtbot, opened):
    view = opened.session_view
    qtbot.waitUntil(lambda: built(view) == ALL, timeout=20_000)
    assert view.current == 1  # built out of sight: the stage on screen stays
    for number in range(1, ALL + 1):
        page = view._built[number]
        assert page.private_note.editor.toPlainText() == f"Note {number} ALPHA"
        qtbot.keyClick(opened, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert view.pages.currentWidget() is page  # the page built in idle time, not a new one
    assert "The deal ALPHA slipped" in all_text(view._built[2])


def test_pages_built_before_any_session_fill_with_the_one_opened(qtbot, window, store):
    view = window.session_view  # what app.py makes while the home screen idles
    qtbot.waitUntil(lambda: built(view) == ALL, timeout=20_000)
    window.open_session(session_with_markers(store, "BRAVO"))
    for number in range(1, ALL + 1):
        assert view._built[number].private_note.editor.toPlainText() == f"Note {number} BRAVO"
    assert "Speaker BRAVO" in all_text(view._built[2])


def test_alt_n_right_after_opening_lands_on_that_stage_with_its_content(qtbot, opened):
    view = opened.session_view
    for number in (5, 2, 7):
        qtbot.keyClick(opened, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert view.current == number
        page = view.pages.currentWidget()
        assert page.number == number
        assert page.private_note.editor.toPlainText() == f"Note {number} ALPHA"
    assert "The deal ALPHA slipped" in all_text(view.page(2))


def test_a_session_opened_while_pages_are_being_built_shows_only_its_own_data(qtbot, window, store, monkeypatch):
    first, other = session_with_markers(store, "ALPHA"), session_with_markers(store, "BRAVO")
    with monkeypatch.context() as patch:  # halfway, exactly: the steps are taken by hand
        patch.setattr(IdleWork, "start", lambda _self: None)
        window.open_session(first)
        view = window.session_view
        qtbot.waitUntil(warmed_up, timeout=20_000)
        for _ in range(3):
            view._build_next()
    assert built(view) == 2 and len(view._built) == 3  # stage 3 made, not yet in the stack
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the home screen
    window.open_session(other)
    qtbot.waitUntil(lambda: built(view) == ALL, timeout=20_000)
    for number in range(1, ALL + 1):
        text = all_text(view._built[number])
        assert "ALPHA" not in text, f"stage {number} shows the other session"
        assert f"Note {number} BRAVO" in text
    assert "The deal BRAVO slipped" in all_text(view._built[2])


def test_building_waits_while_the_user_types(qtbot, opened, monkeypatch):
    """A key press holds the next step back: typing never queues behind a page being built."""
    view = opened.session_view
    steps = []
    monkeypatch.setattr(view, "_make", lambda number: steps.append(number) or type(view)._make(view, number))
    editor = view.page(1).private_note.editor
    editor.setFocus()
    qtbot.waitUntil(warmed_up, timeout=20_000)  # from now on only input holds the building back
    qtbot.keyClick(editor, Qt.Key.Key_A)
    before = len(steps)  # a step may have run between the warm-up and the first key
    for _ in range(8):  # typing on, a key every 100 ms: less than the pause after input
        qtbot.wait(100)
        qtbot.keyClick(editor, Qt.Key.Key_A)
    assert len(steps) == before
    qtbot.waitUntil(lambda: built(view) == ALL, timeout=20_000)  # and once typing stops, it goes on
    assert editor.toPlainText() == "a" * 9 + "Note 1 ALPHA"
