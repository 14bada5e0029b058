"""Room load benchmark (a script, not a timed test): 60 phones on loopback sending at once.

    python tests/benchmarks/room_load.py [--phones 60] [--rounds 3]

Each phone joins through the join link, keeps its WebSocket open (so every change is also
pushed to every phone, as in a real room), then all phones send at the same moment: a statement,
a fist-of-five vote on one agreement, and the four pulse answers. Prints p50/p95/max from send to
stored (the session service's subscriber hears the commit) and checks nothing was lost.
Target: p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp

from facilitator.domain import model as m
from facilitator.room import Activity, Limits, RoomServer
from facilitator.session import SessionService
from facilitator.storage.store import Store


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Clock:
    """When each submission was sent and when the service committed it."""

    def __init__(self):
        self.sent: dict[str, float] = {}
        self.stored: dict[str, float] = {}
        self.lock = threading.Lock()

    def hear(self, changes) -> None:
        now = time.perf_counter()
        with self.lock:
            for entity in (*changes.added, *changes.updated):
                if isinstance(entity, m.Statement):
                    self.stored[entity.raw_text] = now
            if changes.initiator.startswith("participant:") and changes.touches(m.Agreement):
                self.stored[f"vote:{changes.initiator}"] = now

    def latencies(self, prefix: str) -> list[float]:
        return [(self.stored[k] - t) * 1000 for k, t in self.sent.items() if k.startswith(prefix) and k in self.stored]


async def phones_send(room: RoomServer, clock: Clock, count: int, agreement_id: int, round_no: int) -> dict:
    origin = {"Origin": room.room.origin}
    sessions = [aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) for _ in range(count)]
    sockets = []
    try:
        for i, session in enumerate(sessions):
            async with session.get(room.join_url, allow_redirects=False) as answer:
                assert answer.status == 303, answer.status
            body = {"name": f"Phone {round_no}-{i}", "side": "sales" if i % 2 else "product"}
            async with session.post(f"{room.room.origin}/api/join", json=body, headers=origin) as answer:
                assert answer.status == 200, await answer.text()
            sockets.append(await session.ws_connect(f"{room.room.origin}/ws", headers=origin))

        async def drain(ws):
            async for _message in ws:
                pass

        readers = [asyncio.create_task(drain(ws)) for ws in sockets]

        async def send(session, path: str, body: dict, key: str) -> int:
            clock.sent[key] = time.perf_counter()
            async with session.post(f"{room.room.origin}/api/{path}", json=body, headers=origin) as answer:
                return answer.status

        room.open(Activity.WRITING)
        texts = [f"round {round_no} phone {i}: the release moved a week" for i in range(count)]
        statuses = await asyncio.gather(
            *(send(s, "statement", {"text": t}, t) for s, t in zip(sessions, texts, strict=True))
        )
        room.open(Activity.CONSENT, agreement_id)
        votes = [
            send(s, "consent", {"agreement_id": agreement_id, "score": i % 6}, f"vote:{i}")
            for i, s in enumerate(sessions)
        ]
        statuses += await asyncio.gather(*votes)
        room.open(Activity.PULSE_AFTER)
        pulse = {"phase": "after", "answers": dict.fromkeys(m.PULSE_ITEMS, 5)}
        statuses += await asyncio.gather(*(send(s, "pulse", pulse, f"pulse:{i}") for i, s in enumerate(sessions)))
        for ws in sockets:
            await ws.close()
        for reader in readers:
            reader.cancel()
        return {"statuses": statuses, "texts": texts}
    finally:
        for session in sessions:
            await session.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "load.facilitator")
        service = SessionService(store)
        session = store.create_session("Load", "2026-10-14")
        agreement = service.add(m.Agreement(session_id=session.id, text="Deal desk")).added[0]
        clock = Clock()
        service.subscribe(clock.hear)
        statement_ms, lost, refused = [], 0, 0
        for round_no in range(args.rounds):
            clock.sent.clear()
            clock.stored.clear()
            room = RoomServer(service, session.id, limits=Limits(max_phones=args.phones)).start()
            try:
                started = time.perf_counter()
                result = asyncio.run(phones_send(room, clock, args.phones, agreement.id, round_no))
                wall = (time.perf_counter() - started) * 1000
            finally:
                room.stop()
            refused += sum(s != 200 for s in result["statuses"])
            stored = {s.raw_text for s in store.load(session.id).statements}
            lost += sum(t not in stored for t in result["texts"])
            latencies = clock.latencies("round")
            statement_ms += latencies
            print(f"round {round_no + 1}: {len(latencies)} statements, joins+sends {wall:.0f} ms wall")
        data = store.load(session.id)
        votes = len(data.agreements[0].consent)
        pulses = len(data.pulse_responses)
        store.close()
    expected_votes = args.phones * args.rounds
    print(f"phones: {args.phones} at once, {args.rounds} rounds")
    print(
        f"send -> stored (statements): p50 {statistics.median(statement_ms):.1f} ms, "
        f"p95 {percentile(statement_ms, 0.95):.1f} ms, max {max(statement_ms):.1f} ms (target p95 < 200 ms)"
    )
    print(f"lost statements: {lost}; refused requests: {refused}")
    print(f"votes stored: {votes} of {expected_votes}; pulse answers stored: {pulses} of {expected_votes * 4}")
    ok = not lost and not refused and votes == expected_votes and pulses == expected_votes * 4
    print("OK" if ok else "LOST SUBMISSIONS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
