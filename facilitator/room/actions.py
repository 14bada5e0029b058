"""What a phone may send, checked against what the CEO opened; each write goes through the service.

Each action takes (service, session_id, room state, phone, JSON body), runs on a worker thread and
returns extra fields for the answer, or raises `Refused` with a code the phone page words.
"""

from __future__ import annotations

import secrets
import threading
import unicodedata
from collections.abc import Callable
from typing import Any

from facilitator.domain import blame
from facilitator.domain import model as m
from facilitator.room.state import SIDES, Activity, Paraphrase, Phone, RoomState
from facilitator.room.view import goals_to_paraphrase, project_for_phone
from facilitator.session import ANONYMOUS, SessionService, participant

#: Who created a participant for a phone that joined by name.
ROOM = "room"
_NEW_VOTER = threading.Lock()


class Refused(Exception):
    """A request the room does not allow now; `code` is a word the page translates."""

    def __init__(self, code: str, status: int = 409):
        super().__init__(code)
        self.code, self.status = code, status


def _clean(value: Any, limit: int, required: bool = True) -> str:
    """User text: a string, without control characters, within the limit."""
    if not isinstance(value, str):
        raise Refused("invalid", 400)
    text = "".join(c for c in value if c in "\n\t" or unicodedata.category(c)[0] != "C").strip()
    if len(text) > limit:
        raise Refused("too_long", 400)
    if required and not text:
        raise Refused("empty", 400)
    return text


def _int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Refused("invalid", 400)
    return value


def _open(state: RoomState, *activities: Activity) -> None:
    if state.activity not in activities:
        raise Refused("closed")


def _joined(phone: Phone) -> None:
    if not phone.joined:
        raise Refused("not_joined", 403)


def _initiator(phone: Phone) -> str:
    return participant(phone.participant_id) if phone.participant_id and phone.name else ANONYMOUS


def join(service: SessionService, session_id: int, state: RoomState, phone: Phone, body: dict) -> dict:
    """Join with a name (matched to a participant of the session, or added) or anonymously."""
    name = _clean(body.get("name", ""), state.limits.max_name, required=False)
    side = body.get("side")
    if side not in SIDES:
        raise Refused("invalid", 400)
    lang = "de" if str(body.get("lang", "")).lower().startswith("de") else "en"
    participant_id = None
    if name:
        data = service.load(session_id)
        known = next((p for p in data.participants if p.name.casefold() == name.casefold()), None)
        if known is None:
            known = m.Participant(session_id=session_id, name=name, side=m.Side(side))
            service.add(known, ROOM)
        participant_id = known.id
    with state.lock:
        phone.name, phone.side, phone.lang, phone.participant_id, phone.joined = name, side, lang, participant_id, True
    return {}


def pulse(service: SessionService, session_id: int, state: RoomState, phone: Phone, body: dict) -> dict:
    """The pulse, before or after: stored with no participant, one set of answers per phone."""
    _joined(phone)
    phase = {Activity.PULSE_BEFORE: m.PulsePhase.BEFORE, Activity.PULSE_AFTER: m.PulsePhase.AFTER}.get(state.activity)
    if phase is None or body.get("phase") != phase.value:
        raise Refused("closed")
    answers = body.get("answers")
    if not isinstance(answers, dict) or not answers or set(answers) - set(m.PULSE_ITEMS):
        raise Refused("invalid", 400)
    scores = {item: _int(score, m.PULSE_MIN, m.PULSE_MAX) for item, score in answers.items()}
    with state.lock:
        if phase.value in phone.answered:
            raise Refused("answered")
        phone.answered.add(phase.value)
    try:
        for item, score in scores.items():
            service.add_pulse_response(session_id, phase, item, score, participant_id=None, initiator=ANONYMOUS)
    except Exception:
        with state.lock:
            phone.answered.discard(phase.value)  # not stored: the phone may send again
        raise
    return {}


def hint(service: SessionService, session_id: int, state: RoomState, phone: Phone, body: dict) -> dict:
    """The blame-language hint for a draft, shown on the writer's phone before they send."""
    _open(state, Activity.WRITING)
    text = _clean(body.get("text", ""), state.limits.max_text, required=False)
    hits = blame.scan(text)
    seen: dict[str, dict] = {}
    for hit in hits:
        rule = blame.rule(hit.rule_id)
        seen.setdefault(hit.rule_id, {"words": text[hit.start : hit.end], "hint": rule.hint(phone.lang)})
    return {"level": blame.level(blame.score(hits)).value, "hits": list(seen.values())}


def statement(service: SessionService, session_id: int, state: RoomState, phone: Phone, body: dict) -> dict:
    """What happened, as the participant wrote it: a draft in the cockpit, unseen by the room."""
    _joined(phone)
    _open(state, Activity.WRITING)
    text = _clean(body.get("text"), state.limits.max_text)
    who = phone.participant_id if phone.name else None
    service.add_statement(session_id, text, participant_id=who, lang=phone.lang, initiator=_initiator(phone))
    return {}


def paraphrase(service: SessionService, session_id: int, state: RoomState, phone: Phone, body: dict) -> dict:
    """Say the other side's goal in your own words; that side confirms it (or not) on their phones."""
    _joined(phone)
    _open(state, Activity.PARAPHRASE)
    text = _clean(body.get("text"), state.limits.max_text)
    goal_key = _int(body.get("goal"), 0, 10_000)
    other = {"sales": "product", "product": "sales"}.get(phone.side)
    data = service.load(session_id)
    projected = project_for_phone(data, phone.participant_id)
    if other is None or goal_key not in {g["key"] for g in goals_to_paraphrase(projected, phone.side)}:
        raise Refused("invalid", 400)
    goal_id = data.goals[goal_key].id  # the projection's key is the goal's position
    with state.lock:
        mine = next((p for p in state.paraphrases.values() if p.phone_id == phone.id and p.goal_id == goal_id), None)
    if mine is None:
        who = phone.participant_id if phone.name else None
        check = m.PerspectiveCheck(session_id=session_id, goal_id=goal_id, paraphraser_id=who)
        service.add(check, _initiator(phone))
        mine = Paraphrase(secrets.token_urlsafe(8), goal_id, goal_key, other, text, phone.id, check_id=check.id)
        with state.lock:
            state.paraphrases[mine.key] = mine
        return {}
    with state.lock:
        if mine.confirmed:
            raise Refused("answered")
        mine.text, mine.confirmed = text, None
        mine.attempts += 1
    check = m.PerspectiveCheck(id=mine.check_id, session_id=session_id, attempts=mine.attempts)
    service.update([(check, ["attempts"])], _initiator(phone))
    return {}


def confirm(service: SessionService, session_id: int, state: RoomState, phone: Phone, body: dict) -> dict:
    """The goal's own side says whether the paraphrase got it right."""
    _joined(phone)
    _open(state, Activity.PARAPHRASE)
    right = body.get("right")
    if not isinstance(right, bool):
        raise Refused("invalid", 400)
    with state.lock:
        pending = state.paraphrases.get(str(body.get("key", "")))
        if pending is None or pending.owner_side != phone.side or pending.phone_id == phone.id:
            raise Refused("invalid", 400)
        if pending.confirmed is not None:
            raise Refused("answered")
        pending.confirmed = right
    if right:
        check = m.PerspectiveCheck(id=pending.check_id, session_id=session_id, confirmed=True)
        service.update([(check, ["confirmed"])], _initiator(phone))
    return {}


def consent(service: SessionService, session_id: int, state: RoomState, phone: Phone, body: dict) -> dict:
    """Fist of five on the agreement the CEO opened; a phone without a name votes as 'Anonymous N'."""
    _joined(phone)
    _open(state, Activity.CONSENT)
    if body.get("agreement_id") != state.agreement_id or state.agreement_id is None:
        raise Refused("closed")
    score = _int(body.get("score"), m.CONSENT_MIN, m.CONSENT_MAX)
    with _NEW_VOTER:  # two phones voting at once get two different numbers
        _give_voter_a_participant(service, session_id, state, phone)
    service.record_consent(state.agreement_id, phone.participant_id, score, initiator=_initiator(phone))
    return {}


def _give_voter_a_participant(service: SessionService, session_id: int, state: RoomState, phone: Phone) -> None:
    """Votes are stored per participant: a phone without a name votes as "Anonymous N"."""
    if phone.participant_id is None:
        data = service.load(session_id)
        label = "Anonym" if phone.lang == "de" else "Anonymous"
        voter = m.Participant(
            session_id=session_id, name=f"{label} {len(data.participants) + 1}", side=m.Side(phone.side)
        )
        service.add(voter, ROOM)
        with state.lock:
            phone.participant_id = voter.id


ACTIONS: dict[str, Callable[..., dict]] = {
    "join": join,
    "pulse": pulse,
    "hint": hint,
    "statement": statement,
    "paraphrase": paraphrase,
    "confirm": confirm,
    "consent": consent,
}
