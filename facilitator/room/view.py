"""What one phone sees: taken from the public projection only, then narrowed to what the page shows.

`project_for_phone` is the one call into `facilitator.public`: audience PARTICIPANT for a phone
that joined with a name, ROOM (what the room's screen shows anyway) for one that did not.
`phone_view` copies from its result field by field from an allow-list, so a field the
projection gains later does not reach phones by accident.
"""

from __future__ import annotations

from typing import Any

from facilitator import public
from facilitator.domain import model as m
from facilitator.room.state import Activity, Phone, RoomState


def project_for_phone(data: m.SessionData, participant_id: int | None) -> public.Public:
    """The public projection of the session for one participant, or for the room."""
    if participant_id is not None and data.participant(participant_id) is not None:
        return public.project(data, public.Audience.PARTICIPANT, participant_id=participant_id)
    return public.project(data, public.Audience.ROOM)


def _get(item: Any, name: str, default: Any = None) -> Any:
    """A field of the projection."""
    return getattr(item, name, default)


def _text(value: Any) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def phone_view(projected: Any, room: RoomState, phone: Phone, agreement_number: int | None = None) -> dict:
    """The state message for one phone: plain JSON-able data, nothing beyond what its page shows.

    `agreement_number` is the position (from 1) of the agreement open for consent.
    """
    with room.lock:
        activity = room.activity
        view: dict[str, Any] = {
            "type": "state",
            "title": _text(_get(projected, "title", "")),
            "activity": activity.value,
            "joined": phone.joined,
            "name": phone.name,
            "side": phone.side,
            "answered": sorted(phone.answered),
        }
        if activity is Activity.PARAPHRASE:
            view["goals"] = goals_to_paraphrase(projected, phone.side)
            view["paraphrases"] = [
                {"key": p.key, "goal": p.goal_key, "text": p.text, "mine": p.phone_id == phone.id,
                 "confirmed": p.confirmed, "attempts": p.attempts}
                for p in room.paraphrases.values()
                if p.phone_id == phone.id or (p.owner_side == phone.side and p.confirmed is None)
            ]  # fmt: skip
        agreements = [(_get(a, "number"), _text(_get(a, "text", ""))) for a in _get(projected, "agreements", ()) or ()]
        if activity is Activity.CONSENT:
            text = next((t for number, t in agreements if number == agreement_number), None)
            view["agreement"] = None if text is None else {"id": room.agreement_id, "text": text}
        if activity is Activity.END:
            view["agreements"] = [{"text": t} for _number, t in agreements]
            view["actions"] = [
                {"text": _text(_get(a, "text", "")), "due": _text(_get(a, "due", "")),
                 "status": _text(_get(a, "status", ""))}
                for a in _get(projected, "actions", ()) or ()
                if _get(a, "mine", False) is True
            ]  # fmt: skip
        return view


def goals_to_paraphrase(projected: Any, side: str) -> list[dict]:
    """The other side's goals: Sales paraphrases Product's and Product paraphrases Sales'.

    A goal is named by its `key` in the projection (its position), not by a database id.
    """
    other = {"sales": "product", "product": "sales"}.get(side)
    return [
        {
            "key": int(_get(g, "key", -1)),
            "objective": _text(_get(g, "objective", "")),
            "metric": _text(_get(g, "metric", "")),
            "target": _text(_get(g, "target", "")),
        }
        for g in _get(projected, "goals", ()) or ()
        if _text(_get(g, "owner", "")) == other
    ]
