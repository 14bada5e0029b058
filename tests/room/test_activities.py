"""What phones do, as the CEO opens it: stored through the session service, seen by every phone."""

from __future__ import annotations

import asyncio

from facilitator.domain import model as m
from facilitator.session import ANONYMOUS, participant
from tests.room.conftest import SECRET, Activity, phones, run

ALL_ITEMS = dict.fromkeys(m.PULSE_ITEMS, 6)


def heard(service):
    changes = []
    service.subscribe(changes.append)
    return changes


def test_pulse_answers_are_stored_with_no_link_to_the_phone(room, service, store):
    room.state.open(Activity.PULSE_BEFORE)
    changes = heard(service)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            assert (await phone.post("/api/pulse", {"phase": "before", "answers": ALL_ITEMS})).status == 200
            again = await phone.post("/api/pulse", {"phase": "before", "answers": ALL_ITEMS})
            assert again.status == 409  # one set of answers per phone
            assert (await phone.state())["answered"] == ["before"]

    run(go())
    mine = [r for r in store.load(room.session_id).pulse_responses if r.score == 6]
    assert len(mine) == len(m.PULSE_ITEMS) and {r.participant_id for r in mine} == {None}
    assert {c.initiator for c in changes if c.touches(m.PulseResponse)} == {ANONYMOUS}


def test_nothing_is_taken_that_the_ceo_has_not_opened(room, store):
    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            assert (await phone.post("/api/pulse", {"phase": "before", "answers": ALL_ITEMS})).status == 409
            assert (await phone.post("/api/statement", {"text": "too early"})).status == 409
            room.state.open(Activity.PULSE_AFTER)
            assert (await phone.post("/api/pulse", {"phase": "before", "answers": ALL_ITEMS})).status == 409

    run(go())
    data = store.load(room.session_id)
    assert len(data.pulse_responses) == 1 and len(data.statements) == 1  # the planted ones only


def test_bad_input_is_refused_with_a_code_and_changes_nothing(room, store):
    room.state.open(Activity.PULSE_BEFORE)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            for answers in ({"shared_goal": 9}, {"nonsense": 3}, {}, "x"):
                response = await phone.post("/api/pulse", {"phase": "before", "answers": answers})
                assert response.status == 400 and (await response.json())["error"] == "invalid"
            bad_side = await phone.post("/api/join", {"name": "Eve", "side": "ceo-of-everything"})
            assert bad_side.status == 400

    run(go())
    assert len(store.load(room.session_id).pulse_responses) == 1


def test_a_sent_statement_lands_in_the_cockpit_as_a_draft_from_its_writer(room, service, store):
    room.state.open(Activity.WRITING)
    changes = heard(service)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana")
            assert (await phone.post("/api/statement", {"text": "The deal slipped a week"})).status == 200

    run(go())
    ana = next(p for p in store.load(room.session_id).participants if p.name == "Ana")
    statement = next(s for s in store.load(room.session_id).statements if s.raw_text == "The deal slipped a week")
    assert statement.participant_id == ana.id and not statement.reframe_confirmed
    assert [c.initiator for c in changes if c.touches(m.Statement)] == [participant(ana.id)]


def test_an_anonymous_statement_names_no_one(room, store):
    room.state.open(Activity.WRITING)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("", side="product")
            assert (await phone.post("/api/statement", {"text": "Nobody asked us"})).status == 200

    run(go())
    statement = next(s for s in store.load(room.session_id).statements if s.raw_text == "Nobody asked us")
    assert statement.participant_id is None


def test_the_hint_shows_blame_language_before_sending(room):
    room.state.open(Activity.WRITING)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("Ana", lang="de")
            accusing = await (await phone.post("/api/hint", {"text": "You always ignore us and never listen"})).json()
            neutral = await (await phone.post("/api/hint", {"text": "The release moved from May to June"})).json()
            return accusing, neutral

    accusing, neutral = run(go())
    assert accusing["level"] in {"soft", "strong"} and accusing["hits"]
    assert {"words", "hint"} <= set(accusing["hits"][0]) and accusing["hits"][0]["hint"]
    assert neutral == {"ok": True, "level": "none", "hits": []}


def test_consent_is_recorded_for_the_open_agreement_only(room, service, store, session):
    agreement = session.agreements[0]

    async def go():
        async with phones(room, 2) as ((named, anonymous), _):
            await named.join("Ana")
            await anonymous.join("", side="product", lang="de")
            assert (await named.post("/api/consent", {"agreement_id": agreement.id, "score": 4})).status == 409
            room.state.open(Activity.CONSENT, agreement.id)
            assert (await named.state())["agreement"] == {"id": agreement.id, "text": "Weekly deal desk"}
            assert (await named.post("/api/consent", {"agreement_id": agreement.id, "score": 4})).status == 200
            assert (await anonymous.post("/api/consent", {"agreement_id": agreement.id, "score": 2})).status == 200
            assert (await named.post("/api/consent", {"agreement_id": agreement.id, "score": 6})).status == 400

    run(go())
    data = store.load(room.session_id)
    by_name = {data.participant(pid).name: v for pid, v in data.agreements[0].consent.items()}
    assert by_name["Ana"] == 4 and by_name["Anonym 3"] == 2  # a German phone without a name
    assert len(by_name) == 3  # the vote stored before is kept


def test_a_paraphrase_is_confirmed_by_the_goal_s_own_side(room, store, session):
    room.state.open(Activity.PARAPHRASE)
    product_goal = next(g for g in session.goals if g.owner == m.GoalOwner.PRODUCT)

    async def go():
        async with phones(room, 2) as ((sales, product), _):
            await sales.join("Ana", side="sales")
            await product.join("Dev", side="product")
            view = await sales.state()
            assert [g["objective"] for g in view["goals"]] == ["Ship the intake form"]  # the other side's goals
            text = "You want the intake form live by Q4"
            goal = view["goals"][0]["key"]
            assert (await product.post("/api/paraphrase", {"goal": goal, "text": text})).status == 400  # their own
            assert (await sales.post("/api/paraphrase", {"goal": goal, "text": text})).status == 200
            (asked,) = (await product.state())["paraphrases"]
            assert asked["text"] == text
            assert (await sales.post("/api/confirm", {"key": asked["key"], "right": True})).status == 400  # not theirs
            assert (await product.post("/api/confirm", {"key": asked["key"], "right": True})).status == 200
            (mine,) = (await sales.state())["paraphrases"]
            assert mine["confirmed"] is True

    run(go())
    (check,) = store.load(room.session_id).perspective_checks
    ana = next(p for p in store.load(room.session_id).participants if p.name == "Ana")
    assert (check.goal_id, check.paraphraser_id, check.confirmed) == (product_goal.id, ana.id, True)


def test_the_end_view_shows_agreements_and_only_the_phone_s_own_actions(room):
    room.state.open(Activity.END)

    async def go():
        async with phones(room) as ((phone,), _):
            await phone.join("ana")  # matched to the participant "Ana", whatever the case
            return await phone.state()

    view = run(go())
    assert [a["text"] for a in view["agreements"]] == ["Weekly deal desk"]
    assert view["actions"] == [{"text": "Call Nordhafen", "due": "", "status": "open"}]


def test_every_phone_hears_a_change_at_once(room, service):
    async def go():
        async with phones(room, 2) as ((a, b), _):
            await a.join("Ana")
            await b.join("", side="product")
            ws = await b.client.ws_connect("/ws", headers={"Origin": room.origin})
            assert (await ws.receive_json())["activity"] == "none"
            room.state.open(Activity.WRITING)
            room.changed()
            assert (await asyncio.wait_for(ws.receive_json(), 10))["activity"] == "writing"
            await ws.close()

    run(go())


def test_nothing_private_reaches_a_phone(room, service, session):
    """A marker sits in private notes, others' raw statements and named scores; phones go through it all."""
    agreement = session.agreements[0]

    async def go():
        async with phones(room, 3) as ((sales, product, anonymous), received):
            await sales.join("Ana", side="sales")
            await product.join(f"Dev {SECRET}-name", side="product")
            await anonymous.join("", side="other")
            sockets = [await p.client.ws_connect("/ws", headers={"Origin": room.origin}) for p in (sales, anonymous)]
            steps = [
                (Activity.PULSE_BEFORE, None),
                (Activity.WRITING, None),
                (Activity.PARAPHRASE, None),
                (Activity.CONSENT, agreement.id),
                (Activity.PULSE_AFTER, None),
                (Activity.END, None),
            ]
            for activity, agreement_id in steps:
                room.state.open(activity, agreement_id)
                room.changed()
                await sales.post("/api/statement", {"text": "The deal slipped"})
                await sales.post("/api/hint", {"text": "Dev always blocks us"})
                await sales.post("/api/paraphrase", {"goal": 0, "text": "Intake by Q4"})
                await anonymous.post("/api/consent", {"agreement_id": agreement.id, "score": 3})
                await anonymous.post("/api/pulse", {"phase": "after", "answers": ALL_ITEMS})
                for phone in (sales, anonymous):
                    await phone.state()
                    await phone.get("/")
                    await phone.get("/static/app.js")
            for ws in sockets:
                while True:
                    try:
                        message = await asyncio.wait_for(ws.receive(), 0.5)
                    except TimeoutError:
                        break
                    received.append(str(message.data))
                await ws.close()
            return received

    received = run(go())
    assert len(received) > 50 and any("Weekly deal desk" in r for r in received)  # phones did see the public parts
    leaks = [r for r in received if SECRET in r]
    assert leaks == []
