"""What one phone sees: taken from the public projection only, then narrowed to what the page shows.

`project_for_phone` is the one call into `facilitator.public` (audience PARTICIPANT). Everything
a phone receives is built by `phone_view` from its result, field by field from an allow-list, so
a field the projection gains later does not reach phones by accident.
"""

from __future__ import annotations

from typing import Any

from facilitator.domain import model as m
from facilitator.room.state import Activity, Phone, RoomState


def project_for_phone(data: m.SessionData, participant_id: int | None) -> Any:
    """The public projection of the session for one participant (or an anonymous phone)."""
    try:
        from facilitator import public
    except ImportError:  # until the projection lands on this branch
        return _interim_projection(data, participant_id)
    return public.project(data, public.Audience.PARTICIPANT, participant_id=participant_id)


def _interim_projection(data: m.SessionData, participant_id: int | None) -> dict:
    """Stand-in for `public.project(..., PARTICIPANT)`: only fields meant for the room."""
    return {
        "session": {"title": data.session.title},
        "goals": [
            {"id": g.id, "owner": g.owner.value, "objective": g.objective, "metric": g.metric, "target": g.target}
            for g in data.goals
        ],
        "agreements": [{"id": a.id, "text": a.text} for a in data.agreements],
        "actions": [
            {"id": a.id, "text": a.text, "due": a.due, "status": a.status.value, "agreement_id": a.agreement_id}
            for a in data.action_items
            if participant_id is not None and a.owner_id == participant_id
        ],
    }


def _get(item: Any, name: str, default: Any = None) -> Any:
    """A field of the projection, whether it hands out dicts or dataclasses."""
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def _text(value: Any) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def phone_view(projected: Any, room: RoomState, phone: Phone) -> dict:
    """The state message for one phone: plain JSON-able data, nothing beyond what its page shows."""
    with room.lock:
        activity = room.activity
        view: dict[str, Any] = {
            "type": "state",
            "title": _text(_get(_get(projected, "session", {}), "title", "")),
            "activity": activity.value,
            "joined": phone.joined,
            "name": phone.name,
            "side": phone.side,
            "answered": sorted(phone.answered),
        }
        if activity is Activity.PARAPHRASE:
            view["goals"] = goals_to_paraphrase(projected, phone.side)
            view["paraphrases"] = [
                {"key": p.key, "goal_id": p.goal_id, "text": p.text, "mine": p.phone_id == phone.id,
                 "confirmed": p.confirmed, "attempts": p.attempts}
                for p in room.paraphrases.values()
                if p.phone_id == phone.id or (p.owner_side == phone.side and p.confirmed is None)
            ]  # fmt: skip
        agreements = [
            {"id": int(_get(a, "id", 0)), "text": _text(_get(a, "text", ""))}
            for a in _get(projected, "agreements", []) or []
        ]
        if activity is Activity.CONSENT:
            view["agreement"] = next((a for a in agreements if a["id"] == room.agreement_id), None)
        if activity is Activity.END:
            view["agreements"] = agreements
            view["actions"] = [
                {"text": _text(_get(a, "text", "")), "due": _text(_get(a, "due", "")),
                 "status": _text(_get(a, "status", ""))}
                for a in _get(projected, "actions", []) or []
                if _get(a, "owner_id", phone.participant_id) == phone.participant_id
            ]  # fmt: skip
        return view


def goals_to_paraphrase(projected: Any, side: str) -> list[dict]:
    """The other side's goals: Sales paraphrases Product's and Product paraphrases Sales'."""
    other = {"sales": "product", "product": "sales"}.get(side)
    return [
        {
            "id": int(_get(g, "id", 0)),
            "objective": _text(_get(g, "objective", "")),
            "metric": _text(_get(g, "metric", "")),
            "target": _text(_get(g, "target", "")),
        }
        for g in _get(projected, "goals", []) or []
        if _text(_get(g, "owner", "")) == other
    ]
