"""The server in its own thread: it listens only on the chosen address, and only while open."""

from __future__ import annotations

import http.client
import socket

import pytest

from facilitator.room import Activity, RoomError, RoomServer
from tests.room.sockets import listening


def test_the_room_listens_only_on_its_address_and_only_while_open(service, session):
    before = listening()
    room = RoomServer(service, session.session.id, "127.0.0.1", 0).start()
    try:
        assert listening() - before == {("127.0.0.1", room.port)}
        assert room.join_url.startswith(f"http://127.0.0.1:{room.port}/j/")
        assert len(room.join_url.rsplit("/", 1)[1]) >= 20  # a token nobody guesses
    finally:
        room.stop()
    assert listening() == before
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", room.port), timeout=2):
        pass


def test_a_phone_joins_through_the_real_server(service, session):
    room = RoomServer(service, session.session.id).start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", room.port, timeout=5)
        connection.request("GET", room.join_url.split(str(room.port), 1)[1])
        answer = connection.getresponse()
        answer.read()
        assert answer.status == 303 and "facilitator_phone=" in answer.getheader("Set-Cookie")
        room.open(Activity.PULSE_BEFORE)
        assert room.activity is Activity.PULSE_BEFORE and room.participants == 0
        assert room.qr_svg().startswith(b"<svg") and room.qr_png().startswith(b"\x89PNG")
    finally:
        room.stop()
    assert not room.running


def test_an_address_in_use_is_one_clear_error(service, session):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        with pytest.raises(RoomError, match=r"cannot open on 127\.0\.0\.1:\d+ \(address already in use\)"):
            RoomServer(service, session.session.id, "127.0.0.1", taken.getsockname()[1]).start()
    finally:
        taken.close()
