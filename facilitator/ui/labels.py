"""Words for the domain's codes, in the UI language (each literal goes through Qt Linguist),
and numbers and long texts made fit to show."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator.domain import model as m


def _table() -> dict[Enum, str]:
    t = QCoreApplication.translate
    return {
        m.Side.SALES: t("Labels", "Sales"),
        m.Side.PRODUCT: t("Labels", "Product"),
        m.Side.CEO: t("Labels", "CEO"),
        m.Side.OTHER: t("Labels", "Other"),
        m.GoalOwner.SALES: t("Labels", "Sales"),
        m.GoalOwner.PRODUCT: t("Labels", "Product"),
        m.GoalOwner.SHARED: t("Labels", "Shared"),
        m.TriggerType.MISSED_TARGET: t("Labels", "Missed target"),
        m.TriggerType.ESCALATED_DEAL: t("Labels", "Escalated deal"),
        m.TriggerType.OTHER: t("Labels", "Other"),
        m.SessionStatus.DRAFT: t("Labels", "Draft"),
        m.SessionStatus.LIVE: t("Labels", "Live"),
        m.SessionStatus.CLOSED: t("Labels", "Closed"),
        m.StatementKind.OBSERVATION: t("Labels", "Observation"),
        m.StatementKind.EVALUATION: t("Labels", "Evaluation"),
        m.StatementKind.FEELING: t("Labels", "Feeling"),
        m.StatementKind.NEED: t("Labels", "Need"),
        m.StatementKind.REQUEST: t("Labels", "Request"),
        m.StatementKind.POSITION: t("Labels", "Position"),
        m.StatementKind.INTEREST: t("Labels", "Interest"),
        m.Horizon.QUARTER: t("Labels", "Quarter"),
        m.Horizon.HALF: t("Labels", "Half year"),
        m.Horizon.YEAR: t("Labels", "Year"),
        m.Horizon.MULTI_YEAR: t("Labels", "Multi-year"),
        m.TensionType.CONFLICT: t("Labels", "Conflict"),
        m.TensionType.DEPENDENCY: t("Labels", "Dependency"),
        m.TensionType.REINFORCING: t("Labels", "Reinforcing"),
        m.Area.COMMITMENT: t("Labels", "Commitments"),
        m.Area.INTAKE: t("Labels", "Intake"),
        m.Area.PRIORITISATION: t("Labels", "Prioritisation"),
        m.Area.ROADMAP: t("Labels", "Roadmap"),
        m.Area.HANDOFF: t("Labels", "Hand-off"),
        m.Area.ESCALATION: t("Labels", "Escalation"),
        m.Area.COMMUNICATION: t("Labels", "Communication"),
        m.CriterionSource.ARR: t("Labels", "ARR at stake"),
        m.CriterionSource.COST_OF_DELAY: t("Labels", "Cost of delay"),
        m.CriterionSource.RICE: t("Labels", "RICE score"),
        m.CriterionSource.ACCOUNTS_AFFECTED: t("Labels", "Accounts affected"),
        m.CriterionSource.STRATEGIC_FIT: t("Labels", "Strategic fit"),
        m.CriterionSource.EFFORT: t("Labels", "Effort"),
        m.OptionStatus.PROPOSED: t("Labels", "Proposed"),
        m.OptionStatus.SHORTLISTED: t("Labels", "Shortlisted"),
        m.OptionStatus.REJECTED: t("Labels", "Rejected"),
        m.OptionStatus.ADOPTED: t("Labels", "Adopted"),
        m.AgreementType.WORKING_AGREEMENT: t("Labels", "Working agreement"),
        m.AgreementType.POLICY: t("Labels", "Policy"),
        m.AgreementType.SHARED_OKR: t("Labels", "Shared OKR"),
        m.AgreementType.DECISION: t("Labels", "Decision"),
        m.AgreementStatus.ACTIVE: t("Labels", "Active"),
        m.AgreementStatus.REVISED: t("Labels", "Revised"),
        m.AgreementStatus.RETIRED: t("Labels", "Retired"),
        m.ActionStatus.OPEN: t("Labels", "Open"),
        m.ActionStatus.IN_PROGRESS: t("Labels", "In progress"),
        m.ActionStatus.DONE: t("Labels", "Done"),
        m.ActionStatus.BLOCKED: t("Labels", "Blocked"),
        m.ActionStatus.DROPPED: t("Labels", "Dropped"),
        m.PulsePhase.BEFORE: t("Labels", "Before"),
        m.PulsePhase.AFTER: t("Labels", "After"),
        m.PulsePhase.FOLLOWUP: t("Labels", "Follow-up"),
        m.Kept.YES: t("Labels", "Kept"),
        m.Kept.PARTLY: t("Labels", "Partly kept"),
        m.Kept.NO: t("Labels", "Not kept"),
    }


def label(value: Enum) -> str:
    """The word for an enum value in the UI language."""
    return _table()[value]


def choices(enum: type[Enum]) -> list[tuple[Enum, str]]:
    """(value, word) pairs for a combo box, in declaration order."""
    table = _table()
    return [(v, table[v]) for v in enum]


def pulse_item(item_id: str) -> str:
    t = QCoreApplication.translate
    return {
        "shared_goal": t("Labels", "I can state the goal Sales and Product share this quarter."),
        "mistakes_not_held_against": t("Labels", "If I make a mistake here, it is not held against me."),
        "raise_tough_issues": t("Labels", "We can bring up problems and tough issues."),
        "safe_to_take_risks": t("Labels", "It is safe to take a risk in this group."),
    }[item_id]


def pulse_item_short(item_id: str) -> str:
    t = QCoreApplication.translate
    return {
        "shared_goal": t("Labels", "Shared goal"),
        "mistakes_not_held_against": t("Labels", "Mistakes"),
        "raise_tough_issues": t("Labels", "Tough issues"),
        "safe_to_take_risks": t("Labels", "Risks"),
    }[item_id]


def number(value: float, decimals: int = 1) -> str:
    """A number in the UI language's format (4.5 / 4,5)."""
    return QLocale().toString(float(value), "f", decimals)


def short(text: str, length: int = 60) -> str:
    """One line of at most `length` characters, for combo boxes and headers."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"
