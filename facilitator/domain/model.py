"""The session and everything it captures, as plain dataclasses (no Qt, no SQL).

Every entity that belongs to a session carries `session_id`; `id == 0` means "not stored yet".
Cross references (owner, driver, goal ids...) are ids of entities in the same session.
Enums hold codes; the UI turns them into words in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated


class Side(StrEnum):
    SALES = "sales"
    PRODUCT = "product"
    CEO = "ceo"
    OTHER = "other"


class GoalOwner(StrEnum):
    SALES = "sales"
    PRODUCT = "product"
    SHARED = "shared"


class TriggerType(StrEnum):
    MISSED_TARGET = "missed_target"
    ESCALATED_DEAL = "escalated_deal"
    OTHER = "other"


class SessionStatus(StrEnum):
    DRAFT = "draft"
    LIVE = "live"
    CLOSED = "closed"


class StatementKind(StrEnum):
    OBSERVATION = "observation"
    EVALUATION = "evaluation"
    FEELING = "feeling"
    NEED = "need"
    REQUEST = "request"
    POSITION = "position"
    INTEREST = "interest"


class Horizon(StrEnum):
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    MULTI_YEAR = "multi_year"


class TensionType(StrEnum):
    CONFLICT = "conflict"
    DEPENDENCY = "dependency"
    REINFORCING = "reinforcing"


class Area(StrEnum):
    COMMITMENT = "commitment"
    INTAKE = "intake"
    PRIORITISATION = "prioritisation"
    ROADMAP = "roadmap"
    HANDOFF = "handoff"
    ESCALATION = "escalation"
    COMMUNICATION = "communication"


class CriterionSource(StrEnum):
    ARR = "arr"
    COST_OF_DELAY = "cost_of_delay"
    RICE = "rice"
    ACCOUNTS_AFFECTED = "accounts_affected"
    STRATEGIC_FIT = "strategic_fit"
    EFFORT = "effort"


class OptionStatus(StrEnum):
    PROPOSED = "proposed"
    SHORTLISTED = "shortlisted"
    REJECTED = "rejected"
    ADOPTED = "adopted"


class AgreementType(StrEnum):
    WORKING_AGREEMENT = "working_agreement"
    POLICY = "policy"
    SHARED_OKR = "shared_okr"
    DECISION = "decision"


class AgreementStatus(StrEnum):
    ACTIVE = "active"
    REVISED = "revised"
    RETIRED = "retired"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    DROPPED = "dropped"


class PulsePhase(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    FOLLOWUP = "followup"


class Kept(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


#: Dates and timestamps are plain strings ("" when not set), typed so that code can find every
#: date of a session from the model (the demo moves them all to the present).
IsoDate = Annotated[str, "date"]  # yyyy-mm-dd
IsoTimestamp = Annotated[str, "timestamp"]  # ISO 8601 date and time

#: Pulse items asked before, after and at follow-ups (scored 1 to 7). The UI words them.
PULSE_ITEMS = ("shared_goal", "mistakes_not_held_against", "raise_tough_issues", "safe_to_take_risks")
PULSE_MIN, PULSE_MAX = 1, 7
CONSENT_MIN, CONSENT_MAX = 0, 5
#: Fist of five: two fingers or fewer is dissent that needs resolving.
DISSENT_AT_OR_BELOW = 2
#: Glasl stage from which the playbook recommends an outside mediator.
MEDIATOR_FROM_GLASL = 4


@dataclass
class Session:
    id: int = 0
    title: str = ""
    date: IsoDate = ""
    trigger_type: TriggerType = TriggerType.MISSED_TARGET
    trigger_quarter: str = ""
    trigger_gap_pct: float | None = None
    trigger_text: str = ""
    glasl_stage: int = 3
    status: SessionStatus = SessionStatus.DRAFT
    ground_rules: str = ""
    ground_rule_consent: dict[int, int] = field(default_factory=dict)  # participant id -> 0..5
    current_stage: int = 1
    criteria_agreed: bool = False  # stage 5: criteria are locked before any option is scored
    shared_goal_id: int | None = None
    learnings: str = ""
    hardest_agreement_id: int | None = None
    hardest_reason: str = ""
    follow_up_date: IsoDate = ""
    anonymous: bool = True  # shared views show counts, never who scored or said what
    lang: str = ""  # language the session is held in ("en", "de"); empty: not recorded
    follows_id: int | None = None  # the session this one follows up (another session: a series)
    uid: str = ""  # stable iCalendar UID of its follow-up event; made on insert, kept on import
    created: IsoTimestamp = ""  # set by the store
    updated: IsoTimestamp = ""

    @property
    def needs_mediator(self) -> bool:
        return self.glasl_stage >= MEDIATOR_FROM_GLASL


@dataclass
class Participant:
    id: int = 0
    session_id: int = 0
    name: str = ""
    role: str = ""
    side: Side = Side.OTHER
    is_decision_maker: bool = False


@dataclass
class Statement:
    id: int = 0
    session_id: int = 0
    participant_id: int | None = None
    stage: int = 2
    ts: IsoTimestamp = ""
    lang: str = "en"
    raw_text: str = ""
    kind: StatementKind = StatementKind.EVALUATION
    reframe_text: str = ""
    reframe_confirmed: bool = False
    revealed: bool = False  # the CEO showed the raw text to the room (never the speaker)


@dataclass
class Incident:
    id: int = 0
    session_id: int = 0
    date: IsoDate = ""
    account: str = ""
    deal_value: float | None = None
    feature: str = ""
    facts: str = ""
    impact_revenue: str = ""
    impact_other: str = ""


@dataclass
class Goal:
    id: int = 0
    session_id: int = 0
    owner: GoalOwner = GoalOwner.SALES
    objective: str = ""
    metric: str = ""
    baseline: str = ""
    target: str = ""
    unit: str = ""
    horizon: Horizon = Horizon.QUARTER
    due: IsoDate = ""
    confidence: float | None = None  # 0..1


@dataclass
class Interest:
    id: int = 0
    session_id: int = 0
    side: Side = Side.SALES
    text: str = ""
    source_statement_id: int | None = None


@dataclass
class PerspectiveCheck:
    id: int = 0
    session_id: int = 0
    goal_id: int | None = None
    paraphraser_id: int | None = None
    attempts: int = 1
    confirmed: bool = False


@dataclass
class Tension:
    id: int = 0
    session_id: int = 0
    goal_a_id: int | None = None
    goal_b_id: int | None = None
    type: TensionType = TensionType.CONFLICT
    severity: int = 3  # 1..5
    incident_ids: list[int] = field(default_factory=list)
    note: str = ""


@dataclass
class WorkingPractice:
    id: int = 0
    session_id: int = 0
    side: Side = Side.SALES
    area: Area = Area.COMMITMENT
    current: str = ""
    pain_for_other_side: str = ""
    triz_currently_doing: bool = False
    stop_candidate: bool = False


@dataclass
class Criterion:
    id: int = 0
    session_id: int = 0
    name: str = ""
    weight: float = 1.0
    source: CriterionSource = CriterionSource.STRATEGIC_FIT


@dataclass
class Option:
    id: int = 0
    session_id: int = 0
    text: str = ""
    interest_ids: list[int] = field(default_factory=list)
    tension_ids: list[int] = field(default_factory=list)
    scores: dict[int, float] = field(default_factory=dict)  # criterion id -> score
    status: OptionStatus = OptionStatus.PROPOSED


@dataclass
class Agreement:
    id: int = 0
    session_id: int = 0
    option_id: int | None = None
    text: str = ""
    type: AgreementType = AgreementType.WORKING_AGREEMENT
    driver_id: int | None = None
    approver_id: int | None = None
    contributor_ids: list[int] = field(default_factory=list)
    informed_ids: list[int] = field(default_factory=list)
    consent: dict[int, int] = field(default_factory=dict)  # participant id -> 0..5
    review_date: IsoDate = ""
    status: AgreementStatus = AgreementStatus.ACTIVE
    concern: str = ""  # the concern to resolve, as text: shared without who raised it


@dataclass
class ActionItem:
    id: int = 0
    session_id: int = 0
    agreement_id: int | None = None
    text: str = ""
    owner_id: int | None = None
    due: IsoDate = ""
    status: ActionStatus = ActionStatus.OPEN
    evidence: str = ""
    uid: str = ""  # stable iCalendar UID, set by the store on insert; survives export and import
    sequence: int = 0  # iCalendar SEQUENCE: counts stored revisions
    modified: IsoTimestamp = ""  # ISO timestamp of the last stored change (iCalendar LAST-MODIFIED)


@dataclass
class PulseResponse:
    id: int = 0
    session_id: int = 0
    participant_id: int | None = None
    phase: PulsePhase = PulsePhase.BEFORE
    item_id: str = PULSE_ITEMS[0]
    score: int = 4  # 1..7


@dataclass
class StageLog:
    """Planned and actual time of one stage; `running_since` is set while its timer runs."""

    id: int = 0
    session_id: int = 0
    stage: int = 1
    planned_minutes: int = 10
    elapsed_seconds: float = 0.0
    running_since: IsoTimestamp = ""  # empty when paused
    started: IsoTimestamp = ""
    ended: IsoTimestamp = ""


@dataclass
class FollowUp:
    id: int = 0
    session_id: int = 0
    scheduled: IsoDate = ""
    held: IsoDate = ""
    reviews: list[dict] = field(default_factory=list)  # {agreement_id, kept, note}
    action_snapshot: str = ""
    learnings: str = ""


@dataclass
class PrivateNote:
    """The facilitator's own note on one stage. Never shared: exports do not read this type."""

    id: int = 0
    session_id: int = 0
    stage: int = 1
    text: str = ""


#: Entities stored per session, in an order where referenced kinds come first.
CHILD_TYPES: tuple[type, ...] = (
    Participant,
    Incident,
    Statement,
    Goal,
    Interest,
    PerspectiveCheck,
    Tension,
    WorkingPractice,
    Criterion,
    Option,
    Agreement,
    ActionItem,
    PulseResponse,
    StageLog,
    FollowUp,
    PrivateNote,
)


@dataclass
class SessionData:
    """A whole session with everything it captured: what pages, exports and imports work on."""

    session: Session
    participants: list[Participant] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    interests: list[Interest] = field(default_factory=list)
    perspective_checks: list[PerspectiveCheck] = field(default_factory=list)
    tensions: list[Tension] = field(default_factory=list)
    working_practices: list[WorkingPractice] = field(default_factory=list)
    criteria: list[Criterion] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    pulse_responses: list[PulseResponse] = field(default_factory=list)
    stage_logs: list[StageLog] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    private_notes: list[PrivateNote] = field(default_factory=list)

    def items(self, kind: type) -> list:
        """The list that holds entities of `kind`, e.g. data.items(Goal)."""
        return getattr(self, COLLECTION[kind])

    def participant(self, pid: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def goal(self, gid: int | None) -> Goal | None:
        return next((g for g in self.goals if g.id == gid), None)

    def agreement(self, aid: int | None) -> Agreement | None:
        return next((a for a in self.agreements if a.id == aid), None)

    @property
    def shared_goal(self) -> Goal | None:
        return self.goal(self.session.shared_goal_id)

    def pulse(self, phase: PulsePhase, participant_id: int, item_id: str) -> int | None:
        for r in self.pulse_responses:
            if (r.phase, r.participant_id, r.item_id) == (phase, participant_id, item_id):
                return r.score
        return None


#: SessionData attribute holding each child type.
COLLECTION: dict[type, str] = {
    Participant: "participants",
    Incident: "incidents",
    Statement: "statements",
    Goal: "goals",
    Interest: "interests",
    PerspectiveCheck: "perspective_checks",
    Tension: "tensions",
    WorkingPractice: "working_practices",
    Criterion: "criteria",
    Option: "options",
    Agreement: "agreements",
    ActionItem: "action_items",
    PulseResponse: "pulse_responses",
    StageLog: "stage_logs",
    FollowUp: "follow_ups",
    PrivateNote: "private_notes",
}


def weighted_score(option: Option, criteria: list[Criterion]) -> float:
    """Sum of score x weight over the agreed criteria (unscored criteria count 0)."""
    return sum(option.scores.get(c.id, 0.0) * c.weight for c in criteria)


def ranked_options(options: list[Option], criteria: list[Criterion]) -> list[tuple[Option, float]]:
    """Options with their weighted scores, best first (ties keep entry order)."""
    scored = [(o, weighted_score(o, criteria)) for o in options]
    return sorted(scored, key=lambda pair: -pair[1])


def dissenters(agreement: Agreement) -> list[int]:
    """Participants whose consent is at or below the dissent line."""
    return [pid for pid, v in agreement.consent.items() if v <= DISSENT_AT_OR_BELOW]


#: Fields that refer to other entities of the same session: (type, field) -> referenced type.
#: Lists and dict keys of ids are included; storage and import remap them when ids change.
REFERENCES: dict[tuple[type, str], type] = {
    (Session, "ground_rule_consent"): Participant,
    (Session, "shared_goal_id"): Goal,
    (Session, "hardest_agreement_id"): Agreement,
    (Statement, "participant_id"): Participant,
    (Interest, "source_statement_id"): Statement,
    (PerspectiveCheck, "goal_id"): Goal,
    (PerspectiveCheck, "paraphraser_id"): Participant,
    (Tension, "goal_a_id"): Goal,
    (Tension, "goal_b_id"): Goal,
    (Tension, "incident_ids"): Incident,
    (Option, "interest_ids"): Interest,
    (Option, "tension_ids"): Tension,
    (Option, "scores"): Criterion,
    (Agreement, "option_id"): Option,
    (Agreement, "driver_id"): Participant,
    (Agreement, "approver_id"): Participant,
    (Agreement, "contributor_ids"): Participant,
    (Agreement, "informed_ids"): Participant,
    (Agreement, "consent"): Participant,
    (ActionItem, "agreement_id"): Agreement,
    (ActionItem, "owner_id"): Participant,
    (PulseResponse, "participant_id"): Participant,
    (FollowUp, "reviews"): Agreement,  # each review names the agreement it reviews
}


def remap(value, mapping: dict[int, int]):
    """Rewrite an id reference (int, list of ids, dict keyed by id, or follow-up reviews that
    carry an agreement_id); unknown ids drop out."""
    if value is None:
        return None
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [{**r, "agreement_id": mapping[r["agreement_id"]]} for r in value if r["agreement_id"] in mapping]
    if isinstance(value, list):
        return [mapping[v] for v in value if v in mapping]
    if isinstance(value, dict):
        return {mapping[k]: v for k, v in value.items() if k in mapping}
    return mapping.get(value)


def drop_reference(value, gone: int):
    """The value of a reference field without id `gone` (None, a shorter list or dict)."""
    if value is None or value == gone:
        return None
    if isinstance(value, list):
        return [v for v in value if (v.get("agreement_id") if isinstance(v, dict) else v) != gone]
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k != gone}
    return value


#: References without which an entity means nothing: it goes when what it refers to goes.
OWNED_BY = {(PulseResponse, "participant_id"), (PerspectiveCheck, "goal_id")}


def detach(data: SessionData, deleted: object) -> tuple[list, list]:
    """Remove every reference to a deleted entity from the session, in memory.

    Returns (changed, orphans): entities whose references changed, and entities that belong
    to the deleted one (its pulse scores, say) and must go with it.
    """
    changed, orphans = [], []
    for entity in [data.session, *(e for kind in CHILD_TYPES for e in data.items(kind))]:
        for (kind, name), target in REFERENCES.items():
            if not (isinstance(entity, kind) and isinstance(deleted, target)):
                continue
            before = getattr(entity, name)
            if (kind, name) in OWNED_BY and before == deleted.id:
                orphans.append(entity)
                continue
            after = drop_reference(before, deleted.id)
            if after != before:
                setattr(entity, name, after)
                changed.append(entity)
    return [e for e in changed if e not in orphans], orphans
