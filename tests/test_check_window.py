"""The window opens a session with damaged values fully, says so once, and leaves them as stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.storage.store import Store
from facilitator.ui.main_window import MainWindow
from tests.test_check import flip_three, make_workspace, stored
from tests.ui.keyboard import show_active


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "ws.facilitator"
    ids = make_workspace(path)
    flip_three(path, ids)
    store = Store(path, create=False)
    yield path, ids, store
    store.close()


def reports(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "damage-report") if box.isVisible()]


def test_opening_a_damaged_session_says_once_what_cannot_be_read(qtbot, damaged):
    path, ids, store = damaged
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(store)
    show_active(qtbot, window)

    qtbot.keyClick(window.sessions.filter, Qt.Key.Key_Return)  # open the selected session

    qtbot.waitUntil(lambda: bool(reports(window)))
    assert window.stack.currentWidget() is window.session_view  # fully open behind the message
    [box] = reports(window)
    text = box.text()
    assert f"statement {ids.statement}: kind" in text
    assert f"option {ids.option}: scores" in text
    assert f"session {ids.session}: title" in text
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not reports(window))

    window.ctx.reload()  # reading it again (e.g. after another writer) does not repeat the message
    window.ctx.flush()
    assert not reports(window)
    assert stored(path, "SELECT kind FROM statement WHERE id = ?", (ids.statement,)) == (b"geeling",)
    assert stored(path, "SELECT scores FROM option WHERE id = ?", (ids.option,))[0].startswith(b"z")
