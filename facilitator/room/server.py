"""The participant server in its own thread with its own event loop; no Qt, so the CLI runs it too.

room = RoomServer(service, session_id, "192.168.1.20", 8765).start()
print(room.join_url)      # also in room.qr_svg() for the room's screen
room.open(Activity.PULSE_BEFORE)
room.stop()               # the token and every phone's cookie die with it
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import threading

import segno
from aiohttp import web

from facilitator.room.addresses import reachable_host
from facilitator.room.app import Room, create_app
from facilitator.room.state import Activity, Limits, RoomState
from facilitator.session import SessionService

START_TIMEOUT_S = 10


class RoomError(Exception):
    """The room could not open (address taken, not this machine's...): one line for the user."""


class RoomServer:
    """Start and stop the phones' web server for one session."""

    def __init__(
        self,
        service: SessionService,
        session_id: int,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: Limits | None = None,
    ):
        self.host, self.port = host, port
        self.state = RoomState(limits)
        self.room = Room(service, session_id, self.state)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> RoomServer:
        """Listen on host:port (port 0: any free one); returns once phones can connect."""
        self._thread = threading.Thread(target=self._serve, name="room-server", daemon=True)
        self._thread.start()
        self._ready.wait(START_TIMEOUT_S)
        if self._error is not None:
            self._thread.join()
            raise RoomError(f"the room cannot open on {self.host}:{self.port} ({_reason(self._error)})")
        return self

    def _serve(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._listen())
        except BaseException as error:  # reported by start() in the caller's thread
            self._error = error
            if self._runner is not None:
                loop.run_until_complete(self._runner.cleanup())
            loop.close()
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

    async def _listen(self) -> None:
        self._runner = web.AppRunner(create_app(self.room), access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=False)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.room.origin = f"http://{_netloc(reachable_host(self.host), self.port)}"

    def stop(self) -> None:
        """Close the room: phones are cut off, the token dies and nothing listens any more."""
        self.state.close()
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- what the cockpit needs ---------------------------------------------------------------

    @property
    def join_url(self) -> str:
        return f"{self.room.origin}/j/{self.state.token}"

    def qr_svg(self) -> bytes:
        """The join link as a QR code (SVG), for the room's screen."""
        return segno.make(self.join_url, error="m").svg_inline(scale=8, border=2).encode()

    def qr_png(self, scale: int = 8) -> bytes:
        import io

        out = io.BytesIO()
        segno.make(self.join_url, error="m").save(out, kind="png", scale=scale, border=2)
        return out.getvalue()

    def open(self, activity: Activity, agreement_id: int | None = None) -> None:
        """Let phones do one thing now (the pulse, writing, consent on one agreement, ...)."""
        self.state.open(activity, agreement_id)
        self.room.changed()

    @property
    def activity(self) -> Activity:
        return self.state.activity

    @property
    def participants(self) -> int:
        """How many phones have joined."""
        return self.state.joined


def _netloc(host: str, port: int) -> str:
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        return f"{host}:{port}"
    return f"[{literal}]:{port}" if literal.version == 6 else f"{literal}:{port}"


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.errno:
        return os.strerror(error.errno).lower()
    return type(error).__name__
