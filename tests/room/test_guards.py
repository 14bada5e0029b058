"""The room's guards: each test fails when its guard is removed."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from facilitator.room.app import COOKIE, CSP
from tests.room.conftest import Activity, make_room, phones, run

PROTECTED = [
    ("GET", "/"),
    ("GET", "/static/app.js"),
    ("GET", "/api/state"),
    ("POST", "/api/join"),
    ("POST", "/api/statement"),
    ("POST", "/api/consent"),
    ("GET", "/ws"),
]


def test_the_join_link_gives_the_phone_a_cookie_and_the_page(room):
    async def go():
        async with phones(room) as ((phone,), _):
            response = await phone.join_link()
            assert response.status == 303 and response.headers["Location"] == "/"
            cookie = response.cookies[COOKIE]
            assert cookie["httponly"] and cookie["samesite"] == "Strict"
            page = await phone.get("/")
            assert page.status == 200 and "/static/app.js" in await page.text()

    run(go())


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_without_the_cookie_everything_is_forbidden(room, method, path):
    async def go():
        async with phones(room) as ((phone,), _):
            response = await phone.client.request(method, path, json={}, headers={"Origin": room.origin})
            assert response.status == 403

    run(go())


def test_a_wrong_token_gets_no_cookie(room):
    async def go():
        async with phones(room) as ((phone,), _):
            response = await phone.join_link("not-the-token")
            assert response.status == 403 and COOKIE not in response.cookies
            assert (await phone.get("/api/state")).status == 403

    run(go())


def test_closing_the_room_kills_the_token_and_every_cookie(room):
    async def go():
        async with phones(room, 2) as ((joined, late), _):
            token = room.state.token
            await joined.join("Ana")
            room.state.close()
            assert (await joined.get("/api/state")).status == 403
            assert (await late.join_link(token)).status == 403

    run(go())


def test_a_full_room_turns_the_next_phone_away(service, session):
    room = make_room(service, session, max_phones=2)

    async def go():
        async with phones(room, 3) as ((a, b, c), _):
            assert (await a.join_link()).status == 303
            assert (await b.join_link()).status == 303
            assert (await c.join_link()).status == 403

    run(go())


def test_a_body_over_the_limit_is_refused_and_stores_nothing(service, session, store):
    room = make_room(service, session, max_body=1024)
    room.state.open(Activity.WRITING)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            response = await phone.post("/api/statement", {"text": "x" * 2000})
            assert response.status == 413

    run(go())
    assert len(store.load(session.session.id).statements) == 1  # only the one planted


def test_a_phone_sending_faster_than_a_person_is_slowed(service, session):
    room = make_room(service, session, burst=3, per_second=0.001)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join_link()
            answers = [(await phone.get("/api/state")).status for _ in range(4)]
            assert answers == [200, 200, 200, 429]

    run(go())


def test_writes_from_another_origin_are_forbidden(room, store):
    room.state.open(Activity.WRITING)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            response = await phone.post("/api/statement", {"text": "hello"}, origin="http://evil.example")
            assert response.status == 403
            response = await phone.post("/api/statement", {"text": "hello"}, origin="")
            assert response.status == 403

    run(go())
    assert [s.raw_text for s in store.load(room.session_id).statements if s.raw_text == "hello"] == []


def test_the_websocket_checks_the_origin(room):
    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await phone.client.ws_connect("/ws", headers={"Origin": "http://evil.example"})
            assert refused.value.status == 403
            ws = await phone.client.ws_connect("/ws", headers={"Origin": room.origin})
            first = await ws.receive_json()
            assert first["type"] == "state" and first["joined"]
            await ws.close()

    run(go())


@pytest.mark.parametrize("path", ["/", "/j/wrong", "/api/state"])
def test_every_answer_carries_a_strict_content_security_policy(room, path):
    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join_link()
            response = await phone.get(path)
            assert response.headers["Content-Security-Policy"] == CSP
            assert "'unsafe-inline'" not in CSP and "default-src 'none'" in CSP
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Referrer-Policy"] == "no-referrer"  # the token stays in the room

    run(go())


def test_only_the_page_s_own_files_are_served(room):
    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join_link()
            assert (await phone.get("/static/app.css")).status == 200
            assert (await phone.get("/static/..%2F..%2Fpyproject.toml")).status == 404
            assert (await phone.get("/static/index.html")).status == 404

    run(go())


def test_the_page_never_parses_text_as_html():
    from facilitator.resources import read_text

    script = read_text("room", "app.js")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


def test_a_refused_browser_is_told_in_its_own_language(room):
    async def go():
        async with phones(room) as ((phone,), _):
            english = await phone.client.get("/j/wrong", headers={"Accept-Language": "en-GB"})
            german = await phone.client.get("/j/wrong", headers={"Accept-Language": "de-DE,de;q=0.9"})
            return await english.text(), await german.text()

    english, german = run(go())
    assert "not valid" in english and "gilt nicht" in german


def test_only_json_is_taken(room, store):
    room.state.open(Activity.WRITING)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            response = await phone.client.post(
                "/api/statement", data="text=hello", headers={"Origin": room.origin, "Content-Type": "text/plain"}
            )
            assert response.status == 415

    run(go())
    assert "text=hello" not in [s.raw_text for s in store.load(room.session_id).statements]


def test_a_phone_may_keep_only_a_few_live_connections(room):
    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            sockets = [await phone.client.ws_connect("/ws", headers={"Origin": room.origin}) for _ in range(3)]
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await phone.client.ws_connect("/ws", headers={"Origin": room.origin})
            assert refused.value.status == 429
            for ws in sockets:
                await ws.close()

    run(go())


def test_an_oversized_websocket_message_closes_the_connection(service, session):
    room = make_room(service, session, max_body=1024)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            ws = await phone.client.ws_connect("/ws", headers={"Origin": room.origin})
            await ws.receive_json()
            await ws.send_str("x" * 4096)
            message = await asyncio.wait_for(ws.receive(), 10)
            assert message.type in {aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING}
            assert ws.closed or message.data == aiohttp.WSCloseCode.MESSAGE_TOO_BIG

    run(go())
