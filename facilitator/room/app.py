"""The participant server's routes: join, the phone page, what a phone may send, live updates.

Every route but the join link needs the phone's cookie (403 otherwise); writes and the
WebSocket need the page's own Origin; a phone that sends faster than a person gets 429.
Writes go through the session service on a worker thread, with the participant (or ANONYMOUS)
as the initiator; every phone hears the result over its WebSocket.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from facilitator.domain import model as m
from facilitator.resources import resource_path
from facilitator.room import actions
from facilitator.room.state import Phone, RoomState
from facilitator.room.view import phone_view, project_for_phone
from facilitator.session import Changes, SessionService
from facilitator.storage.errors import WorkspaceError

COOKIE = "facilitator_phone"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
STATIC = {"app.js": "text/javascript", "app.css": "text/css"}
MAX_SOCKETS_PER_PHONE = 3
COALESCE_S = 0.05  # phones hear a change within this much more than it takes to load the session
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Room:
    """What the routes share: the session, the room's state and the open WebSockets."""

    service: SessionService
    session_id: int
    state: RoomState
    origin: str = ""  # e.g. "http://192.168.1.20:8765": writes and WebSockets must come from here
    sockets: dict[web.WebSocketResponse, str] = field(default_factory=dict)
    dirty: asyncio.Event | None = None
    loop: asyncio.AbstractEventLoop | None = None

    def changed(self) -> None:
        """Something phones may see changed (from any thread): push fresh state to every phone."""
        if self.loop is not None and self.dirty is not None and not self.loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop stopped meanwhile
                self.loop.call_soon_threadsafe(self.dirty.set)


ROOM = web.AppKey("room", Room)
UNSUBSCRIBE = web.AppKey("unsubscribe", Callable[[], None])
BROADCASTER = web.AppKey("broadcaster", asyncio.Task)
PHONE = web.RequestKey("phone", Phone)


def create_app(room: Room) -> web.Application:
    """The aiohttp application for one room."""
    app = web.Application(client_max_size=room.state.limits.max_body, middlewares=[_headers, _guard])
    app[ROOM] = room
    app.router.add_get("/j/{token}", join_link)
    app.router.add_get("/", page)
    app.router.add_get("/static/{name}", static)
    app.router.add_get("/api/state", state)
    app.router.add_get("/ws", socket)
    for name, action in actions.ACTIONS.items():
        app.router.add_post(f"/api/{name}", _action_handler(action))
    app.on_startup.append(_start)
    app.on_shutdown.append(_stop)
    return app


# -- guards -------------------------------------------------------------------------------------


@web.middleware
async def _headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A strict Content Security Policy and no caching, on every answer (errors too)."""
    try:
        response = await handler(request)
    except web.HTTPException as error:
        _secure(error.headers)
        raise
    _secure(response.headers)
    return response


def _secure(headers) -> None:
    headers["Content-Security-Policy"] = CSP
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"  # the join token must not travel on
    headers["Cache-Control"] = "no-store"


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Cookie, Origin and request rate, before any route runs."""
    if request.path.startswith("/j/"):
        return await handler(request)
    room = request.app[ROOM]
    phone = room.state.phone(request.cookies.get(COOKIE))
    if phone is None:
        raise web.HTTPForbidden(text=_say(request, "forbidden"))
    if (request.method == "POST" or request.path == "/ws") and not _same_origin(request, room):
        raise web.HTTPForbidden(text="This page may only be used from the room's own link.")
    if not room.state.allow(phone):
        raise web.HTTPTooManyRequests(text="Slow down a little, then try again.")
    request[PHONE] = phone
    return await handler(request)


def _same_origin(request: web.Request, room: Room) -> bool:
    return bool(room.origin) and request.headers.get("Origin") == room.origin


#: What a browser reads when it never gets the page (the page words everything else itself).
MESSAGES = {
    "forbidden": {
        "en": "Scan the code on the room's screen to join.",
        "de": "Scanne den Code auf dem Bildschirm im Raum, um teilzunehmen.",
    },
    "invalid_link": {
        "en": "This link is not valid (any more), or the room is full. Ask the facilitator.",
        "de": "Dieser Link gilt nicht (mehr), oder der Raum ist voll. Frag die Moderation.",
    },
}


def _say(request: web.Request, message: str) -> str:
    lang = "de" if request.headers.get("Accept-Language", "").lower().startswith("de") else "en"
    return MESSAGES[message][lang]


# -- routes -------------------------------------------------------------------------------------


async def join_link(request: web.Request) -> web.StreamResponse:
    """The link in the QR code: a valid token gives this browser its own cookie."""
    room = request.app[ROOM]
    existing = room.state.phone(request.cookies.get(COOKIE))
    phone = existing or room.state.new_phone(request.match_info["token"])
    if phone is None:
        raise web.HTTPForbidden(text=_say(request, "invalid_link"))
    response = web.HTTPSeeOther("/")
    response.set_cookie(COOKIE, phone.id, httponly=True, samesite="Strict", path="/")
    raise response


async def page(request: web.Request) -> web.StreamResponse:
    return web.FileResponse(resource_path("room", "index.html"), headers={"Content-Type": "text/html"})


async def static(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    if name not in STATIC:  # a fixed list: no path from the request reaches the file system
        raise web.HTTPNotFound()
    return web.FileResponse(resource_path("room", name), headers={"Content-Type": STATIC[name]})


async def state(request: web.Request) -> web.StreamResponse:
    room = request.app[ROOM]
    data = await _in_worker(room.service.load, room.session_id)
    return web.json_response(_view(room, data, request[PHONE]))


def _view(room: Room, data: m.SessionData, phone: Phone) -> dict:
    open_agreement = room.state.agreement_id
    number = next((i for i, a in enumerate(data.agreements, start=1) if a.id == open_agreement), None)
    return phone_view(project_for_phone(data, phone.participant_id), room.state, phone, number)


def _action_handler(action: Callable[..., Any]) -> Handler:
    async def handle(request: web.Request) -> web.StreamResponse:
        room = request.app[ROOM]
        if request.content_type != "application/json":
            raise web.HTTPUnsupportedMediaType(text="Send JSON.")
        try:
            body = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text="Send JSON.") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="Send a JSON object.")
        try:
            result = await _in_worker(action, room.service, room.session_id, room.state, request[PHONE], body)
        except actions.Refused as refusal:
            return web.json_response({"error": refusal.code}, status=refusal.status)
        except WorkspaceError:
            return web.json_response({"error": "storage"}, status=503)
        room.changed()
        return web.json_response({"ok": True, **(result or {})})

    return handle


async def socket(request: web.Request) -> web.StreamResponse:
    """Live updates: the phone's state whenever something it may see changes."""
    room = request.app[ROOM]
    phone = request[PHONE]
    if list(room.sockets.values()).count(phone.id) >= MAX_SOCKETS_PER_PHONE:
        raise web.HTTPTooManyRequests(text="Too many open pages.")
    ws = web.WebSocketResponse(max_msg_size=room.state.limits.max_body, heartbeat=30)
    await ws.prepare(request)
    room.sockets[ws] = phone.id
    try:
        data = await _in_worker(room.service.load, room.session_id)
        await ws.send_json(_view(room, data, phone))
        async for message in ws:  # phones only listen; anything they send is dropped
            if message.type == WSMsgType.ERROR:
                break
    finally:
        room.sockets.pop(ws, None)
    return ws


# -- live updates -------------------------------------------------------------------------------


async def _start(app: web.Application) -> None:
    room = app[ROOM]
    room.loop, room.dirty = asyncio.get_running_loop(), asyncio.Event()

    def hear(changes: Changes) -> None:
        if changes.session_id == room.session_id:
            room.changed()

    app[UNSUBSCRIBE] = room.service.subscribe(hear)
    app[BROADCASTER] = asyncio.create_task(_broadcast(room))


async def _stop(app: web.Application) -> None:
    app[UNSUBSCRIBE]()
    app[BROADCASTER].cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await app[BROADCASTER]
    for ws in list(app[ROOM].sockets):
        with contextlib.suppress(ConnectionError, RuntimeError):
            await ws.send_json({"type": "closed"})  # the page says so instead of reconnecting
        await ws.close(code=1001, message=b"room closed")


async def _broadcast(room: Room) -> None:
    """Coalesce changes: one fresh load per burst, one state message per open page."""
    while True:
        await room.dirty.wait()
        await asyncio.sleep(COALESCE_S)  # a burst of votes becomes one load and one message
        room.dirty.clear()
        if not room.sockets:
            continue
        try:
            data = await _in_worker(room.service.load, room.session_id)
        except WorkspaceError:
            continue
        for ws, phone_id in list(room.sockets.items()):
            phone = room.state.phone(phone_id)
            if phone is None:
                await ws.close()
                continue
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.send_json(_view(room, data, phone))


async def _in_worker(function: Callable[..., Any], *args: Any) -> Any:
    """Storage blocks: run it off the event loop so other phones keep being served."""
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)
