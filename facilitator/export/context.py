"""What minutes may show: an explicit allow-list of plain values built from a session.

Templates (ours and the user's) only ever see this context, never the domain objects, so a
field added to the domain cannot reach the minutes by accident. Private notes are not read
here at all; statements appear only as their confirmed reframe, without the speaker.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from functools import cache
from typing import Any

from facilitator import __version__
from facilitator.domain import model as m
from facilitator.export.files import ExportError
from facilitator.language import LANGUAGES
from facilitator.resources import read_text

_SIDE_ORDER = (m.Side.SALES, m.Side.PRODUCT, m.Side.CEO, m.Side.OTHER)


@cache
def _all_labels() -> dict[str, Any]:
    return json.loads(read_text("templates", "labels.json"))


def labels(lang: str) -> dict[str, Any]:
    """The words for one language (a fresh copy: templates may not change the shared one)."""
    if lang not in LANGUAGES:
        raise ExportError(f"unknown language '{lang}'; choose one of {', '.join(LANGUAGES)}")
    return copy.deepcopy(_all_labels()[lang])


def format_date(value: str, lang: str, style: str = "long") -> str:
    """An ISO date in the reader's words: 5 March 2026 / 5. März 2026 (short: 5 Mar 2026 / 05.03.2026)."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)  # not a date: show what was entered
    words = _all_labels()[lang]
    return words[f"date_{style}"].format(
        day=day.day,
        month=words["months"][day.month - 1],
        month_short=words["months_short"][day.month - 1],
        month_number=day.month,
        year=day.year,
    )


def format_number(
    value: float | int | None, lang: str, digits: int = 1, sign: bool = False, compact: bool = False
) -> str:
    """1234.5 -> 1,234.5 (en) / 1.234,5 (de); `compact` drops trailing zeros (1.50 -> 1.5, 3.0 -> 3)."""
    if value is None:
        return ""
    words = _all_labels()[lang]
    rounded = round(float(value), digits) + 0.0  # + 0.0 turns -0.0 into 0.0
    text = f"{rounded:{'+' if sign else ''},.{digits}f}"
    if compact and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(str.maketrans({",": words["thousands_separator"], ".": words["decimal_separator"]}))


def build_context(data: m.SessionData, lang: str = "en") -> dict[str, Any]:
    """Everything a minutes template may use (documented in resources/templates/README.md)."""
    words = labels(lang)
    enums = words["enums"]
    s = data.session
    people = {p.id: p for p in data.participants}

    def person(pid: int | None) -> dict[str, Any] | None:
        p = people.get(pid) if pid is not None else None
        if p is None:
            return None
        return {
            "name": p.name,
            "role": p.role,
            "side": p.side.value,
            "side_label": enums["side"][p.side.value],
            "decision_maker": p.is_decision_maker,
        }

    def goal(g: m.Goal | None) -> dict[str, Any] | None:
        if g is None:
            return None
        return {
            "owner": g.owner.value,
            "owner_label": enums["goal_owner"][g.owner.value],
            "objective": g.objective,
            "metric": g.metric,
            "baseline": g.baseline,
            "target": g.target,
            "unit": g.unit,
            "horizon": g.horizon.value,
            "horizon_label": enums["horizon"][g.horizon.value],
            "due": g.due,
            "confidence": g.confidence,
        }

    participants = [person(p.id) for p in data.participants]
    agreement_numbers = {a.id: i for i, a in enumerate(data.agreements, start=1)}
    hardest = data.agreement(s.hardest_agreement_id)

    return {
        "lang": lang,
        "labels": words,
        "generator": f"Facilitator {__version__}",
        "session": {
            "title": s.title,
            "date": s.date,
            "status": s.status.value,
            "status_label": enums["session_status"][s.status.value],
            "interim": s.status is not m.SessionStatus.CLOSED,
            "trigger": {
                "type": s.trigger_type.value,
                "type_label": enums["trigger_type"][s.trigger_type.value],
                "quarter": s.trigger_quarter,
                "gap_pct": s.trigger_gap_pct,
                "text": s.trigger_text,
            },
            "ground_rules": s.ground_rules,
            "learnings": s.learnings,
            "hardest_agreement": hardest.text if hardest else None,
            "hardest_agreement_number": agreement_numbers.get(hardest.id) if hardest else None,
            "hardest_reason": s.hardest_reason,
            "follow_up_date": s.follow_up_date,
        },
        "participants": participants,
        "participants_by_side": [
            {
                "side": side.value,
                "label": enums["side"][side.value],
                "participants": [p for p in participants if p and p["side"] == side.value],
            }
            for side in _SIDE_ORDER
            if any(p.side is side for p in data.participants)
        ],
        "incidents": [
            {
                "date": i.date,
                "account": i.account,
                "deal_value": i.deal_value,
                "feature": i.feature,
                "facts": i.facts,
                "impact_revenue": i.impact_revenue,
                "impact_other": i.impact_other,
            }
            for i in sorted(data.incidents, key=lambda i: i.date or "9999")
        ],
        "statements": [
            {"text": st.reframe_text.strip()}
            for st in data.statements
            if st.reframe_confirmed and st.reframe_text.strip()
        ],
        "shared_goal": goal(data.shared_goal),
        "goal_groups": _goal_groups(data, enums, goal),
        "tensions": [
            {
                "type": t.type.value,
                "type_label": enums["tension_type"][t.type.value],
                "severity": t.severity,
                "goal_a": goal(data.goal(t.goal_a_id)),
                "goal_b": goal(data.goal(t.goal_b_id)),
                "note": t.note,
            }
            for t in data.tensions
        ],
        **_ways_of_working(data, enums),
        **_options(data, enums),
        "agreements": [_agreement(a, i, data, enums, person) for i, a in enumerate(data.agreements, start=1)],
        "actions": [
            {
                "number": i,
                "text": a.text,
                "owner": person(a.owner_id),
                "due": a.due,
                "status": a.status.value,
                "status_label": enums["action_status"][a.status.value],
                "done": a.status is m.ActionStatus.DONE,
                "closed": a.status in (m.ActionStatus.DONE, m.ActionStatus.DROPPED),
                "agreement": (data.agreement(a.agreement_id).text if data.agreement(a.agreement_id) else None),
                "agreement_number": agreement_numbers.get(a.agreement_id),
                "evidence": a.evidence,
            }
            for i, a in enumerate(data.action_items, start=1)
        ],
        "pulse": _pulse(data, enums),
    }


def _goal_groups(data: m.SessionData, enums: dict, goal: Any) -> list[dict[str, Any]]:
    """Each side's goals (the shared goal apart) and interests, Sales first."""
    groups = []
    for code in ("sales", "product", "shared", "ceo", "other"):
        goals = [goal(g) for g in data.goals if g.owner.value == code and g.id != data.session.shared_goal_id]
        interests = [{"text": i.text} for i in data.interests if i.side.value == code]
        if goals or interests:
            label = enums["goal_owner"].get(code) or enums["side"][code]
            groups.append({"side": code, "label": label, "goals": goals, "interests": interests})
    return groups


def _ways_of_working(data: m.SessionData, enums: dict) -> dict[str, Any]:
    practices = data.working_practices
    # Sales and Product always face each other; CEO and other columns only when they have entries.
    sides = [
        side
        for side in _SIDE_ORDER
        if practices and (side in (m.Side.SALES, m.Side.PRODUCT) or any(p.side is side for p in practices))
    ]

    def practice(p: m.WorkingPractice) -> dict[str, Any]:
        return {
            "side": p.side.value,
            "side_label": enums["side"][p.side.value],
            "area": p.area.value,
            "area_label": enums["area"][p.area.value],
            "current": p.current,
            "pain_for_other_side": p.pain_for_other_side,
            "stop_candidate": p.stop_candidate,
        }

    areas = [
        {
            "area": area.value,
            "label": enums["area"][area.value],
            "cells": [[practice(p) for p in practices if p.area is area and p.side is side] for side in sides],
        }
        for area in m.Area
        if any(p.area is area for p in practices)
    ]
    return {
        "ways_of_working": {
            "sides": [{"side": s.value, "label": enums["side"][s.value]} for s in sides],
            "areas": areas,
        },
        "stop_list": [practice(p) for p in practices if p.stop_candidate],
    }


def _options(data: m.SessionData, enums: dict) -> dict[str, Any]:
    criteria = data.criteria
    ranked = m.ranked_options(data.options, criteria)
    options, rank, previous = [], 0, None
    for position, (option, score) in enumerate(ranked, start=1):
        if score != previous:
            rank, previous = position, score
        options.append(
            {
                "rank": rank,
                "text": option.text,
                "score": score,
                "scores": [option.scores.get(c.id) for c in criteria],
                "status": option.status.value,
                "status_label": enums["option_status"][option.status.value],
            }
        )
    return {
        "criteria": [
            {
                "name": c.name,
                "weight": c.weight,
                "source": c.source.value,
                "source_label": enums["criterion_source"][c.source.value],
            }
            for c in criteria
        ],
        "options": options,
    }


def _agreement(a: m.Agreement, number: int, data: m.SessionData, enums: dict, person: Any) -> dict[str, Any]:
    order = {p.id: i for i, p in enumerate(data.participants)}
    consent = []
    for pid, fingers in sorted(a.consent.items(), key=lambda kv: order.get(kv[0], len(order))):
        who = person(pid)
        if who is not None:
            consent.append({**who, "fingers": fingers, "dissent": fingers <= m.DISSENT_AT_OR_BELOW})
    option = next((o for o in data.options if o.id == a.option_id), None)
    return {
        "number": number,
        "text": a.text,
        "type": a.type.value,
        "type_label": enums["agreement_type"][a.type.value],
        "status": a.status.value,
        "status_label": enums["agreement_status"][a.status.value],
        "review_date": a.review_date,
        "option": option.text if option else None,
        "driver": person(a.driver_id),
        "approver": person(a.approver_id),
        "contributors": [p for p in map(person, a.contributor_ids) if p],
        "informed": [p for p in map(person, a.informed_ids) if p],
        "consent": consent,
        "dissenters": [c for c in consent if c["dissent"]],
        "has_dissent": any(c["dissent"] for c in consent),
    }


def _pulse(data: m.SessionData, enums: dict) -> list[dict[str, Any]]:
    """Average score per pulse statement before and after the session (items nobody answered drop out)."""
    rows = []
    for item in m.PULSE_ITEMS:
        scores = {
            phase: [r.score for r in data.pulse_responses if r.item_id == item and r.phase is phase]
            for phase in (m.PulsePhase.BEFORE, m.PulsePhase.AFTER)
        }
        before, after = scores[m.PulsePhase.BEFORE], scores[m.PulsePhase.AFTER]
        if not before and not after:
            continue
        avg_before = sum(before) / len(before) if before else None
        avg_after = sum(after) / len(after) if after else None
        rows.append(
            {
                "item": item,
                "label": enums["pulse_item"][item],
                "before": avg_before,
                "after": avg_after,
                "change": (avg_after - avg_before) if before and after else None,
                "n_before": len(before),
                "n_after": len(after),
            }
        )
    return rows
