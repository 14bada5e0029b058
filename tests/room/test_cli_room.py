"""`facilitator room ID`: the same server without the window, for rehearsals and automated checks."""

from __future__ import annotations

import http.client
import signal
import socket
import subprocess
import sys
from urllib.parse import urlsplit

import pytest


def test_the_room_command_prints_the_join_link_and_stops_on_ctrl_c(store, session):
    command = [sys.executable, "-m", "facilitator", "room", str(session.session.id), "--db", str(store.path)]
    process = subprocess.Popen([*command, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("join: http://127.0.0.1:")
        url = urlsplit(line.removeprefix("join: "))
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
        connection.request("GET", url.path)
        assert connection.getresponse().status == 303
        connection.close()
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
        assert process.stderr.read() == ""  # no traceback on Ctrl+C
    finally:
        process.kill()
        process.wait()
    with pytest.raises(ConnectionRefusedError):  # stopped: nothing listens on its port any more
        socket.create_connection(("127.0.0.1", url.port), timeout=2)


def test_an_unknown_session_is_one_line_and_nothing_listens(store, session):
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "room", "999", "--db", str(store.path), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no session with id 999" in result.stderr
