"""What minutes may show: the MINUTES projection of `facilitator.public`, put into words.

Templates (ours and the user's) only ever see this context, never the domain objects, so a
field added to the domain cannot reach the minutes by accident. This module reads nothing
but the projection: what may be shared is decided there, once, for every audience.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from functools import cache
from typing import Any

from facilitator import __version__, public
from facilitator.domain import model as m
from facilitator.export.files import ExportError
from facilitator.language import LANGUAGES
from facilitator.public import Audience, project
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


def build_context(data: m.SessionData, lang: str = "en", series: list | None = None) -> dict[str, Any]:
    """Everything a minutes template may use (documented in resources/templates/README.md).

    Built only from the MINUTES projection of `facilitator.public`: whatever that does not
    hand over (private notes, raw statements, who scored what) cannot reach a template.
    `series`: the `SessionFigures` of the sessions this one follows and its own (means and
    counts only), for the trend of a follow-up; see `export.series`.
    """
    from facilitator.export.series import series_context

    view = project(data, Audience.MINUTES)
    words = labels(lang)
    enums = words["enums"]

    def person(p: public.Person | None) -> dict[str, Any] | None:
        if p is None:
            return None
        return {
            "name": p.name,
            "role": p.role,
            "side": p.side,
            "side_label": enums["side"][p.side],
            "decision_maker": p.decision_maker,
        }

    def goal(key: int | None) -> dict[str, Any] | None:
        if key is None:
            return None
        g = view.goals[key]
        return {
            "owner": g.owner,
            "owner_label": enums["goal_owner"][g.owner],
            "objective": g.objective,
            "metric": g.metric,
            "baseline": g.baseline,
            "target": g.target,
            "unit": g.unit,
            "horizon": g.horizon,
            "horizon_label": enums["horizon"][g.horizon],
            "due": g.due,
            "confidence": g.confidence,
        }

    agreements = {a.number: a for a in view.agreements}
    hardest = agreements.get(view.hardest_agreement) if view.hardest_agreement else None
    groups = [
        {
            "side": group.side,
            "label": enums["side"][group.side],
            "count": group.count,
            "participants": [person(p) for p in group.people],
        }
        for group in view.participants
    ]
    return {
        "lang": lang,
        "labels": words,
        "generator": f"Facilitator {__version__}",
        "anonymous": view.anonymous,
        "session": {
            "title": view.title,
            "date": view.date,
            "status": view.status,
            "status_label": enums["session_status"][view.status],
            "interim": view.status != m.SessionStatus.CLOSED.value,
            "trigger": {
                "type": view.trigger_type,
                "type_label": enums["trigger_type"][view.trigger_type],
                "quarter": view.trigger_quarter,
                "gap_pct": view.trigger_gap_pct,
                "text": view.trigger_text,
                # a new session's trigger type is only a default: don't claim "Missed target" for it
                "given": bool(view.trigger_quarter or view.trigger_gap_pct is not None or view.trigger_text.strip()),
            },
            "ground_rules": view.ground_rules,
            "learnings": view.learnings,
            "hardest_agreement": hardest.text if hardest else None,
            "hardest_agreement_number": hardest.number if hardest else None,
            "hardest_reason": view.hardest_reason,
            "follow_up_date": view.follow_up_date,
        },
        "participants": [p for group in groups for p in group["participants"]],
        "participants_by_side": groups,
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
            for i in view.incidents
        ],
        "statements": [{"text": st.text} for st in view.statements],
        "statements_unconfirmed": view.statements_unconfirmed,
        "shared_goal": goal(view.shared_goal),
        "goal_groups": _goal_groups(view, enums, goal),
        "tensions": [
            {
                "type": t.type,
                "type_label": enums["tension_type"][t.type],
                "severity": t.severity,
                "goal_a": goal(t.goal_a),
                "goal_b": goal(t.goal_b),
                "note": t.note,
            }
            for t in view.tensions
        ],
        **_ways_of_working(view, enums),
        **_options(view, enums),
        "agreements": [_agreement(a, enums, person) for a in view.agreements],
        "actions": [
            {
                "number": a.number,
                "uid": a.uid,
                "text": a.text,
                "owner": person(a.owner),
                "due": a.due,
                "status": a.status,
                "status_label": enums["action_status"][a.status],
                "done": a.status == m.ActionStatus.DONE.value,
                "closed": a.status in (m.ActionStatus.DONE.value, m.ActionStatus.DROPPED.value),
                "agreement": agreements[a.agreement].text if a.agreement else None,
                "agreement_number": a.agreement,
                "evidence": a.evidence,
            }
            for a in view.actions
        ],
        "pulse": _pulse(view, enums),
        # the heading of the pulse's first column: "Before", or "Follow-up" (see _first_phase)
        "pulse_first_label": words["before"]
        if _first_phase(view) is m.PulsePhase.BEFORE
        else enums["pulse_phase"][m.PulsePhase.FOLLOWUP.value],
        "series": series_context(series or [], lang, words),
    }


def _goal_groups(view: public.Public, enums: dict, goal: Any) -> list[dict[str, Any]]:
    """Each side's goals (the shared goal apart) and interests, Sales first."""
    groups = []
    for code in ("sales", "product", "shared", "ceo", "other"):
        goals = [goal(g.key) for g in view.goals if g.owner == code and g.key != view.shared_goal]
        interests = [{"text": i.text} for i in view.interests if i.side == code]
        if goals or interests:
            label = enums["goal_owner"].get(code) or enums["side"][code]
            groups.append({"side": code, "label": label, "goals": goals, "interests": interests})
    return groups


def _ways_of_working(view: public.Public, enums: dict) -> dict[str, Any]:
    practices = view.practices
    # Sales and Product always face each other; CEO and other columns only when they have entries.
    sides = [
        side.value
        for side in _SIDE_ORDER
        if practices and (side in (m.Side.SALES, m.Side.PRODUCT) or any(p.side == side.value for p in practices))
    ]

    def practice(p: public.Practice) -> dict[str, Any]:
        return {
            "side": p.side,
            "side_label": enums["side"][p.side],
            "area": p.area,
            "area_label": enums["area"][p.area],
            "current": p.current,
            "pain_for_other_side": p.pain_for_other_side,
            "stop_candidate": p.stop_candidate,
        }

    areas = [
        {
            "area": area.value,
            "label": enums["area"][area.value],
            "cells": [[practice(p) for p in practices if p.area == area.value and p.side == side] for side in sides],
        }
        for area in m.Area
        if any(p.area == area.value for p in practices)
    ]
    return {
        "ways_of_working": {
            "sides": [{"side": s, "label": enums["side"][s]} for s in sides],
            "areas": areas,
        },
        "stop_list": [practice(p) for p in practices if p.stop_candidate],
    }


def _options(view: public.Public, enums: dict) -> dict[str, Any]:
    return {
        "criteria": [
            {
                "name": c.name,
                "weight": c.weight,
                "source": c.source,
                "source_label": enums["criterion_source"][c.source],
            }
            for c in view.criteria
        ],
        "options": [
            {
                "rank": o.rank,
                "text": o.text,
                "score": o.score,
                "scores": list(o.scores),
                "status": o.status,
                "status_label": enums["option_status"][o.status],
            }
            for o in view.options
        ],
    }


def _agreement(a: public.Agreement, enums: dict, person: Any) -> dict[str, Any]:
    consent = a.consent
    return {
        "number": a.number,
        "text": a.text,
        "type": a.type,
        "type_label": enums["agreement_type"][a.type],
        "status": a.status,
        "status_label": enums["agreement_status"][a.status],
        "review_date": a.review_date,
        "option": a.option,
        "driver": person(a.driver),
        "approver": person(a.approver),
        "contributors": [person(p) for p in a.contributors],
        "informed": [person(p) for p in a.informed],
        "consent": {
            "votes": consent.votes,
            "counts": [{"fingers": k, "count": n} for k, n in enumerate(consent.counts) if n],
            # every vote, highest first: "5 · 4 · 4 · 3 · 2" shows the spread, not the voters
            "fingers": [k for k in range(len(consent.counts) - 1, -1, -1) for _ in range(consent.counts[k])],
            "mean": consent.mean,
            "concerns": consent.concerns,
            "concern": consent.concern,
        },
        "has_dissent": consent.concerns > 0,
    }


def _first_phase(view: public.Public) -> m.PulsePhase:
    """The pulse a session starts from: "before", or in a follow-up that skipped it, the
    follow-up pulse taken in the review step (else the minutes would show "before: –" only)."""
    phases = {f.phase for f in view.pulse}
    if m.PulsePhase.BEFORE.value not in phases and m.PulsePhase.FOLLOWUP.value in phases:
        return m.PulsePhase.FOLLOWUP
    return m.PulsePhase.BEFORE


def _pulse(view: public.Public, enums: dict) -> list[dict[str, Any]]:
    """Average score per pulse statement before (or at the follow-up) and after the session
    (items nobody answered drop out)."""
    figures = {(f.phase, f.item): f for f in view.pulse}
    first = _first_phase(view).value
    rows = []
    for item in m.PULSE_ITEMS:
        before = figures.get((first, item))
        after = figures.get((m.PulsePhase.AFTER.value, item))
        if before is None and after is None:
            continue
        rows.append(
            {
                "item": item,
                "label": enums["pulse_item"][item],
                "before": before.mean if before else None,
                "after": after.mean if after else None,
                "change": (after.mean - before.mean) if before and after else None,
                "n_before": before.count if before else 0,
                "n_after": after.count if after else 0,
                "low_before": before.low if before else None,
                "high_before": before.high if before else None,
                "low_after": after.low if after else None,
                "high_after": after.high if after else None,
            }
        )
    return rows
