"""What may leave the facilitator's screen, per audience: the room, the minutes, one phone.

`project(data, audience)` copies an explicit allow-list of values into frozen dataclasses;
nothing is copied by field name or by dumping a domain object, so a field added to the domain
stays private until someone lists it in PUBLIC_FIELDS on purpose (tests/test_public.py checks
that no projection changes whatever a field outside that list holds). Never shared: private
notes, raw statements (unless the CEO revealed one to the room) and who said them, blame
labels, the escalation estimate, single pulse or consent scores and who gave them. Values are codes; the
exporters and views put them into words. Qt-free: imports only the domain.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field, fields
from enum import StrEnum

from facilitator.domain import model as m

#: Aggregates of fewer answers than this are withheld from the room and the phones: with two
#: people, an average and a minimum tell each of them what the other said.
MIN_ANSWERS_SHOWN = 3


class Audience(StrEnum):
    ROOM = "room"  # the projector: everyone in the room reads it
    MINUTES = "minutes"  # minutes, CSV, iCalendar, checklist: may be forwarded
    PARTICIPANT = "participant"  # one participant's phone


@dataclass(frozen=True)
class Person:
    """Someone named because of a role the group gave them (owner, decision role), or attending."""

    name: str
    role: str
    side: str
    decision_maker: bool


@dataclass(frozen=True)
class SideCount:
    side: str
    count: int
    people: tuple[Person, ...]  # empty where the session is anonymous


@dataclass(frozen=True)
class StageTime:
    stage: int
    planned_minutes: int
    elapsed_seconds: float
    running_since: str


@dataclass(frozen=True)
class Incident:
    date: str
    account: str
    deal_value: float | None
    feature: str
    facts: str
    impact_revenue: str
    impact_other: str


@dataclass(frozen=True)
class Statement:
    """A confirmed neutral reframe, or a statement the CEO revealed to the room; never who said it."""

    text: str
    revealed: bool  # True: the original words, shown on purpose; False: the confirmed reframe


@dataclass(frozen=True)
class Goal:
    key: int  # position in `goals`, to refer to it (tensions); not a database id
    owner: str
    objective: str
    metric: str
    baseline: str
    target: str
    unit: str
    horizon: str
    due: str
    confidence: float | None
    paraphrase_confirmed: bool  # the other side restated it and the owner said "yes, that's it"


@dataclass(frozen=True)
class Interest:
    side: str
    text: str


@dataclass(frozen=True)
class Tension:
    type: str
    severity: int
    goal_a: int | None  # Goal.key
    goal_b: int | None
    note: str


@dataclass(frozen=True)
class Practice:
    side: str
    area: str
    current: str
    pain_for_other_side: str
    stop_candidate: bool


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: float
    source: str


@dataclass(frozen=True)
class RankedOption:
    rank: int
    text: str
    score: float
    scores: tuple[float | None, ...]  # per criterion, in the order of `criteria`
    status: str


@dataclass(frozen=True)
class Consent:
    """Fist of five as counts: `counts[k]` people showed k fingers. Never who."""

    counts: tuple[int, ...]  # index 0..5
    votes: int
    concerns: int  # votes at or below the dissent line
    concern: str  # the concern to resolve, as text

    @property
    def mean(self) -> float | None:
        return sum(k * n for k, n in enumerate(self.counts)) / self.votes if self.votes else None


@dataclass(frozen=True)
class Agreement:
    number: int
    text: str
    type: str
    status: str
    review_date: str
    option: str | None
    driver: Person | None
    approver: Person | None
    contributors: tuple[Person, ...]
    informed: tuple[Person, ...]
    consent: Consent


@dataclass(frozen=True)
class Action:
    number: int
    uid: str
    text: str
    owner: Person | None
    due: str
    status: str
    evidence: str
    agreement: int | None  # Agreement.number
    sequence: int
    modified: str
    mine: bool = False  # PARTICIPANT only: this phone's owner owns it


@dataclass(frozen=True)
class PulseFigure:
    """One pulse statement in one phase: how many answered and the spread, never one answer."""

    phase: str
    item: str
    count: int
    mean: float
    low: int
    high: int


@dataclass(frozen=True)
class Public:
    """Everything one audience may see of a session."""

    audience: str
    title: str
    date: str
    status: str
    current_stage: int
    anonymous: bool
    lang: str
    trigger_type: str
    trigger_quarter: str
    trigger_gap_pct: float | None
    trigger_text: str
    ground_rules: str
    ground_rule_consent: Consent
    agenda: tuple[StageTime, ...]
    participants: tuple[SideCount, ...]
    incidents: tuple[Incident, ...]
    statements: tuple[Statement, ...]
    statements_unconfirmed: int  # said but without a confirmed reframe: not shown
    goals: tuple[Goal, ...]
    shared_goal: int | None  # Goal.key
    interests: tuple[Interest, ...]
    tensions: tuple[Tension, ...]
    practices: tuple[Practice, ...]
    criteria_agreed: bool
    criteria: tuple[Criterion, ...]
    options: tuple[RankedOption, ...]
    agreements: tuple[Agreement, ...]
    actions: tuple[Action, ...]
    pulse: tuple[PulseFigure, ...]
    learnings: str
    hardest_agreement: int | None  # Agreement.number
    hardest_reason: str
    follow_up_date: str
    uid: str  # the follow-up event's stable calendar UID
    me: Person | None = None  # PARTICIPANT only
    my_statements: tuple[str, ...] = field(default=())  # PARTICIPANT only: what this phone sent


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Domain fields that a projection reads (directly or aggregated): the allow-list. Every other
#: field, including one added to the domain later, is private until it is listed here, and
#: tests/test_public.py checks that no projection changes when a private field does.
PUBLIC_FIELDS: dict[type, frozenset[str]] = {
    m.Session: _names(
        "title date status current_stage anonymous lang trigger_type trigger_quarter trigger_gap_pct trigger_text"
        " ground_rules ground_rule_consent criteria_agreed shared_goal_id learnings hardest_agreement_id"
        " hardest_reason follow_up_date uid"
    ),
    m.Participant: frozenset({"name", "role", "side", "is_decision_maker"}),
    m.Incident: _names("date account deal_value feature facts impact_revenue impact_other"),
    m.Statement: frozenset({"reframe_text", "reframe_confirmed", "revealed", "lang"}),  # lang: the session's
    m.Goal: _names("owner objective metric baseline target unit horizon due confidence"),
    m.Interest: frozenset({"side", "text"}),
    m.PerspectiveCheck: frozenset({"goal_id", "confirmed"}),
    m.Tension: frozenset({"goal_a_id", "goal_b_id", "type", "severity", "note"}),
    m.WorkingPractice: frozenset({"side", "area", "current", "pain_for_other_side", "stop_candidate"}),
    m.Criterion: frozenset({"name", "weight", "source"}),
    m.Option: frozenset({"text", "scores", "status"}),
    m.Agreement: _names(
        "option_id text type driver_id approver_id contributor_ids informed_ids consent review_date status concern"
    ),
    m.ActionItem: _names("agreement_id text owner_id due status evidence uid sequence modified"),
    m.PulseResponse: frozenset({"phase", "item_id", "score"}),
    m.StageLog: frozenset({"stage", "planned_minutes", "elapsed_seconds", "running_since"}),
    m.FollowUp: frozenset(),
    m.PrivateNote: frozenset(),
}


def private_fields(kind: type) -> frozenset[str]:
    """Every field of a domain type that no projection may read: all but PUBLIC_FIELDS."""
    return frozenset(f.name for f in fields(kind)) - PUBLIC_FIELDS[kind]


def consent_counts(votes: dict[int, int], concern: str = "") -> Consent:
    """Fist-of-five votes as counts per finger; the voters' ids go no further."""
    counts = Counter(v for v in votes.values() if m.CONSENT_MIN <= v <= m.CONSENT_MAX)
    return Consent(
        counts=tuple(counts.get(k, 0) for k in range(m.CONSENT_MIN, m.CONSENT_MAX + 1)),
        votes=sum(counts.values()),
        concerns=sum(n for k, n in counts.items() if k <= m.DISSENT_AT_OR_BELOW),
        concern=concern.strip(),
    )


def pulse_figures(data: m.SessionData, minimum: int = 1) -> tuple[PulseFigure, ...]:
    """Count, mean, lowest and highest per phase and item; items with fewer than `minimum` answers drop out."""
    figures = []
    for phase in m.PulsePhase:
        for item in m.PULSE_ITEMS:
            scores = [r.score for r in data.pulse_responses if r.phase is phase and r.item_id == item]
            if scores and len(scores) >= minimum:
                figures.append(
                    PulseFigure(phase.value, item, len(scores), sum(scores) / len(scores), min(scores), max(scores))
                )
    return tuple(figures)


def session_language(data: m.SessionData) -> str:
    """The language the session was held in: recorded, or what most statements were written in; "" if unknown."""
    if data.session.lang:
        return data.session.lang
    langs = Counter(s.lang for s in data.statements if s.lang)
    return langs.most_common(1)[0][0] if langs else ""


def project(data: m.SessionData, audience: Audience | str, participant_id: int | None = None) -> Public:
    """What `audience` may see of the session; PARTICIPANT needs the phone's `participant_id`."""
    audience = Audience(audience)
    if audience is Audience.PARTICIPANT and data.participant(participant_id) is None:
        raise ValueError("a participant's view needs the id of a participant of this session")
    s = data.session
    shared = audience is not Audience.MINUTES

    def person(pid: int | None) -> Person | None:
        p = data.participant(pid)
        return Person(p.name, p.role, p.side.value, p.is_decision_maker) if p else None

    goal_keys = {g.id: i for i, g in enumerate(data.goals)}
    agreement_numbers = {a.id: i for i, a in enumerate(data.agreements, start=1)}
    statements = tuple(
        Statement(st.raw_text.strip(), True)
        if audience is Audience.ROOM and st.revealed and not st.reframe_confirmed
        else Statement(st.reframe_text.strip(), False)
        for st in data.statements
        if (st.reframe_confirmed and st.reframe_text.strip()) or (audience is Audience.ROOM and st.revealed)
    )
    unconfirmed = sum(1 for st in data.statements if not (st.reframe_confirmed and st.reframe_text.strip()))
    return Public(
        audience=audience.value,
        title=s.title,
        date=s.date,
        status=s.status.value,
        current_stage=s.current_stage,
        anonymous=s.anonymous,
        lang=session_language(data),
        trigger_type=s.trigger_type.value,
        trigger_quarter=s.trigger_quarter,
        trigger_gap_pct=s.trigger_gap_pct,
        trigger_text=s.trigger_text,
        ground_rules=s.ground_rules,
        ground_rule_consent=consent_counts(s.ground_rule_consent),
        agenda=tuple(
            StageTime(log.stage, log.planned_minutes, log.elapsed_seconds, log.running_since)
            for log in sorted(data.stage_logs, key=lambda log: log.stage)
        ),
        participants=_participants(data, person),
        incidents=tuple(
            Incident(i.date, i.account, i.deal_value, i.feature, i.facts, i.impact_revenue, i.impact_other)
            for i in sorted(data.incidents, key=lambda i: i.date or "9999")
        ),
        statements=statements,
        statements_unconfirmed=unconfirmed,
        goals=tuple(
            Goal(
                goal_keys[g.id],
                g.owner.value,
                g.objective,
                g.metric,
                g.baseline,
                g.target,
                g.unit,
                g.horizon.value,
                g.due,
                g.confidence,
                any(c.goal_id == g.id and c.confirmed for c in data.perspective_checks),
            )
            for g in data.goals
        ),
        shared_goal=goal_keys.get(s.shared_goal_id) if s.shared_goal_id is not None else None,
        interests=tuple(Interest(i.side.value, i.text) for i in data.interests),
        tensions=tuple(
            Tension(t.type.value, t.severity, goal_keys.get(t.goal_a_id), goal_keys.get(t.goal_b_id), t.note)
            for t in data.tensions
        ),
        practices=tuple(
            Practice(p.side.value, p.area.value, p.current, p.pain_for_other_side, p.stop_candidate)
            for p in data.working_practices
        ),
        criteria_agreed=s.criteria_agreed,
        criteria=tuple(Criterion(c.name, c.weight, c.source.value) for c in data.criteria),
        options=_options(data),
        agreements=tuple(
            Agreement(
                number=agreement_numbers[a.id],
                text=a.text,
                type=a.type.value,
                status=a.status.value,
                review_date=a.review_date,
                option=next((o.text for o in data.options if o.id == a.option_id), None),
                driver=person(a.driver_id),
                approver=person(a.approver_id),
                contributors=tuple(p for p in map(person, a.contributor_ids) if p),
                informed=tuple(p for p in map(person, a.informed_ids) if p),
                consent=consent_counts(a.consent, a.concern),
            )
            for a in data.agreements
        ),
        actions=tuple(
            Action(
                number=i,
                uid=a.uid or _fallback_uid(s, i),
                text=a.text,
                owner=person(a.owner_id),
                due=a.due,
                status=a.status.value,
                evidence=a.evidence,
                agreement=agreement_numbers.get(a.agreement_id),
                sequence=a.sequence,
                modified=a.modified,
                mine=audience is Audience.PARTICIPANT and a.owner_id == participant_id,
            )
            for i, a in enumerate(data.action_items, start=1)
        ),
        pulse=pulse_figures(data, MIN_ANSWERS_SHOWN if shared else 1),
        learnings=s.learnings,
        hardest_agreement=agreement_numbers.get(s.hardest_agreement_id),
        hardest_reason=s.hardest_reason,
        follow_up_date=s.follow_up_date,
        uid=s.uid,
        me=person(participant_id) if audience is Audience.PARTICIPANT else None,
        my_statements=tuple(
            st.raw_text
            for st in data.statements
            if audience is Audience.PARTICIPANT and st.participant_id == participant_id
        ),
    )


#: Namespace for UIDs of actions that were never stored (a session built in memory).
_UID_NAMESPACE = uuid.UUID("5b0e7f8e-2d4c-4a51-9d7e-3c1f0a6b8e42")


def _fallback_uid(session: m.Session, number: int) -> str:
    """Stored actions carry their own UID; one built in memory gets a stable one from public values."""
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{session.title}|{session.date}|{number}')}@facilitator"


def _participants(data: m.SessionData, person) -> tuple[SideCount, ...]:
    """Who attended, by side: counted only where the session is anonymous, named otherwise."""
    groups = []
    for side in m.Side:
        members = [p for p in data.participants if p.side is side]
        if members:
            people = () if data.session.anonymous else tuple(person(p.id) for p in members)
            groups.append(SideCount(side.value, len(members), people))
    return tuple(groups)


def _options(data: m.SessionData) -> tuple[RankedOption, ...]:
    """Options best first by weighted score; equal scores share a rank."""
    ranked, rank, previous = [], 0, None
    for position, (option, score) in enumerate(m.ranked_options(data.options, data.criteria), start=1):
        if score != previous:
            rank, previous = position, score
        scores = tuple(option.scores.get(c.id) for c in data.criteria)
        ranked.append(RankedOption(rank, option.text, score, scores, option.status.value))
    return tuple(ranked)
