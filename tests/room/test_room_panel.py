"""The cockpit's side of the room, driven by keyboard and mouse: open, choose what phones may do, close."""

from __future__ import annotations

import http.client

import pytest
from PySide6.QtCore import Qt

from facilitator.room import Activity
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room_panel import RoomPanel
from tests.room.sockets import listening
from tests.ui.keyboard import show_active


@pytest.fixture
def window(qtbot, store, session):
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(store)
    window.open_session(session.session.id)
    show_active(qtbot, window)  # shortcuts reach only the active window
    yield window
    panel = window.findChild(RoomPanel)
    if panel is not None:
        panel.close_room()


def open_panel(qtbot, window) -> RoomPanel:
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    panel = window.findChild(RoomPanel)
    assert panel is not None and panel.isVisible()
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    panel.port.setValue(free_port())
    return panel


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_ctrl_r_opens_the_room_on_the_chosen_address_and_closing_it_stops_listening(qtbot, window):
    before = listening()
    panel = open_panel(qtbot, window)
    assert listening() == before and not panel.url.isVisible()  # showing the panel opens nothing
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert panel.server is not None
    assert listening() - before == {("127.0.0.1", panel.server.port)}
    assert panel.url.text() == panel.server.join_url and not panel.qr.pixmap().isNull()
    qtbot.mouseClick(panel.choices[Activity.WRITING], Qt.MouseButton.LeftButton)
    assert panel.server.activity is Activity.WRITING
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert panel.server is None and listening() == before


def test_consent_opens_on_the_agreement_chosen(qtbot, window, session):
    panel = open_panel(qtbot, window)
    panel.open_room()
    assert [panel.agreement.itemText(i) for i in range(panel.agreement.count())] == ["Weekly deal desk"]
    qtbot.mouseClick(panel.choices[Activity.CONSENT], Qt.MouseButton.LeftButton)
    assert panel.server.state.agreement_id == session.agreements[0].id


def test_closing_the_session_closes_its_room(qtbot, window):
    before = listening()
    panel = open_panel(qtbot, window)
    assert panel.open_room()
    port = panel.server.port
    window.show_sessions()
    panel._check()  # what the panel's poll does every second
    assert panel.server is None and listening() == before
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    with pytest.raises(ConnectionRefusedError):
        connection.request("GET", "/")


def test_a_phone_s_statement_reaches_the_open_cockpit(qtbot, window):
    panel = open_panel(qtbot, window)
    panel.open_room()
    qtbot.mouseClick(panel.choices[Activity.WRITING], Qt.MouseButton.LeftButton)
    service, session_id = window.ctx.service, window.ctx.session_id
    with qtbot.waitSignal(window.ctx.changes):
        panel.server.room.service.add_statement(session_id, "From a phone", initiator="anonymous")
    assert service is panel.server.room.service
    assert "From a phone" in [s.raw_text for s in window.ctx.data.statements]


def test_without_an_open_session_the_room_stays_closed_and_says_why(qtbot, window):
    panel = open_panel(qtbot, window)
    window.show_sessions()
    assert not panel.open_room()
    assert panel.server is None and "Open a session first" in panel.status.text()


def test_the_rooms_screen_shows_how_to_join_while_the_room_is_open(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    audience = window.presenter.audience
    assert not audience.join_link.isVisible()
    panel = open_panel(qtbot, window)  # opened after presenting started
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert audience.join_link.isVisible() and panel.server.join_url in audience.join_link.text()
    assert not audience.join_qr.pixmap().isNull()
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert not audience.join_link.isVisible()
    window.presenter.stop()
