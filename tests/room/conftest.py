"""A small session with a marker in every private field, and phones talking to its room."""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest
from aiohttp.test_utils import TestClient, TestServer

from facilitator.domain import model as m
from facilitator.room.app import Room, create_app
from facilitator.room.state import Activity, Limits, RoomState
from facilitator.session import SessionService

SECRET = "SECRET-7f3a"  # planted in every private field; no phone may ever receive it


@pytest.fixture
def service(store):
    return SessionService(store)


@pytest.fixture
def session(service, store) -> m.SessionData:
    """Two sides, goals, an agreement with named votes and an action each, and private things."""
    s = store.create_session("Q3 review", "2026-10-14")
    s.glasl_stage = 5
    s.ground_rule_consent = {}
    store.save(s)
    dev = service.add(m.Participant(session_id=s.id, name=f"Dev {SECRET}-name", side=m.Side.PRODUCT)).added[0]
    ana = service.add(m.Participant(session_id=s.id, name="Ana", side=m.Side.SALES)).added[0]
    service.add(m.Goal(session_id=s.id, owner=m.GoalOwner.PRODUCT, objective="Ship the intake form", target="Q4"))
    service.add(m.Goal(session_id=s.id, owner=m.GoalOwner.SALES, objective="Close Nordhafen", metric="ARR"))
    agreement = service.add(m.Agreement(session_id=s.id, text="Weekly deal desk")).added[0]
    service.record_consent(agreement.id, dev.id, 1)
    service.add(m.ActionItem(session_id=s.id, text="Draft the intake form", owner_id=dev.id, due="2026-11-01"))
    service.add(m.ActionItem(session_id=s.id, text="Call Nordhafen", owner_id=ana.id))
    service.add_statement(s.id, f"Dev always blocks us {SECRET}-raw", participant_id=ana.id)
    service.add(m.PrivateNote(session_id=s.id, stage=2, text=f"Ana is angry {SECRET}-note"))
    service.add_pulse_response(s.id, m.PulsePhase.BEFORE, "shared_goal", 2, participant_id=dev.id)
    return store.load(s.id)


@pytest.fixture
def room(service, session) -> Room:
    return Room(service, session.session.id, RoomState(Limits()))


def make_room(service, session, **limits) -> Room:
    return Room(service, session.session.id, RoomState(Limits(**limits)))


class Phone:
    """One browser: its own cookie jar; records every body and WebSocket message it receives."""

    def __init__(self, client: TestClient, room: Room, received: list[str]):
        self.client, self.room, self.received = client, room, received

    async def join_link(self, token: str | None = None):
        response = await self.client.get(f"/j/{token or self.room.state.token}", allow_redirects=False)
        self.received.append(await response.text())
        return response

    async def get(self, path: str, **kwargs):
        response = await self.client.get(path, **kwargs)
        self.received.append(await response.text())
        return response

    async def post(self, path: str, body: dict, origin: str | None = None):
        headers = {"Origin": self.room.origin if origin is None else origin}
        response = await self.client.post(path, json=body, headers=headers)
        self.received.append(await response.text())
        return response

    async def join(self, name: str = "", side: str = "sales", lang: str = "en"):
        await self.join_link()
        response = await self.post("/api/join", {"name": name, "side": side, "lang": lang})
        assert response.status == 200, await response.text()

    async def state(self) -> dict:
        response = await self.get("/api/state")
        return json.loads(self.received[-1]) if response.status == 200 else {}


@contextlib.asynccontextmanager
async def phones(room: Room, count: int = 1):
    """`count` phones on one test server; yields them and everything they received."""
    server = TestServer(create_app(room), host="127.0.0.1")
    await server.start_server()
    room.origin = f"http://127.0.0.1:{server.port}"
    received: list[str] = []
    clients = [TestClient(server) for _ in range(count)]
    try:
        for c in clients:
            await c.start_server()
        yield [Phone(c, room, received) for c in clients], received
    finally:
        for c in clients:
            await c.close()
        await server.close()


def run(coroutine):
    return asyncio.run(coroutine)


__all__ = ["SECRET", "Activity", "Phone", "make_room", "phones", "run"]
