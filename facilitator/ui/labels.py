"""Words for the domain's codes, in the UI language (each literal goes through Qt Linguist),
and numbers and long texts made fit to show."""

from __future__ import annotations

from enum import Enum
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator.domain import model as m
from facilitator.ui import i18n


def _table() -> dict[Enum, str]:
    """The words in the installed language; built once per language, since cells ask on every paint."""
    return _table_in(i18n.language())


@cache
def _table_in(_lang: str) -> dict[Enum, str]:
    return {
        m.Side.SALES: QCoreApplication.translate("Labels", "Sales"),
        m.Side.PRODUCT: QCoreApplication.translate("Labels", "Product"),
        m.Side.CEO: QCoreApplication.translate("Labels", "CEO"),
        m.Side.OTHER: QCoreApplication.translate("Labels", "Other"),
        m.GoalOwner.SALES: QCoreApplication.translate("Labels", "Sales"),
        m.GoalOwner.PRODUCT: QCoreApplication.translate("Labels", "Product"),
        m.GoalOwner.SHARED: QCoreApplication.translate("Labels", "Shared"),
        m.TriggerType.MISSED_TARGET: QCoreApplication.translate("Labels", "Missed target"),
        m.TriggerType.ESCALATED_DEAL: QCoreApplication.translate("Labels", "Escalated deal"),
        m.TriggerType.OTHER: QCoreApplication.translate("Labels", "Other"),
        m.SessionStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        m.SessionStatus.LIVE: QCoreApplication.translate("Labels", "Live"),
        m.SessionStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        m.StatementKind.OBSERVATION: QCoreApplication.translate("Labels", "Observation"),
        m.StatementKind.EVALUATION: QCoreApplication.translate("Labels", "Evaluation"),
        m.StatementKind.FEELING: QCoreApplication.translate("Labels", "Feeling"),
        m.StatementKind.NEED: QCoreApplication.translate("Labels", "Need"),
        m.StatementKind.REQUEST: QCoreApplication.translate("Labels", "Request"),
        m.StatementKind.POSITION: QCoreApplication.translate("Labels", "Position"),
        m.StatementKind.INTEREST: QCoreApplication.translate("Labels", "Interest"),
        m.Horizon.QUARTER: QCoreApplication.translate("Labels", "Quarter"),
        m.Horizon.HALF: QCoreApplication.translate("Labels", "Half year"),
        m.Horizon.YEAR: QCoreApplication.translate("Labels", "Year"),
        m.Horizon.MULTI_YEAR: QCoreApplication.translate("Labels", "Multi-year"),
        m.TensionType.CONFLICT: QCoreApplication.translate("Labels", "Conflict"),
        m.TensionType.DEPENDENCY: QCoreApplication.translate("Labels", "Dependency"),
        m.TensionType.REINFORCING: QCoreApplication.translate("Labels", "Reinforcing"),
        m.Area.COMMITMENT: QCoreApplication.translate("Labels", "Commitments"),
        m.Area.INTAKE: QCoreApplication.translate("Labels", "Intake"),
        m.Area.PRIORITISATION: QCoreApplication.translate("Labels", "Prioritisation"),
        m.Area.ROADMAP: QCoreApplication.translate("Labels", "Roadmap"),
        m.Area.HANDOFF: QCoreApplication.translate("Labels", "Hand-off"),
        m.Area.ESCALATION: QCoreApplication.translate("Labels", "Escalation"),
        m.Area.COMMUNICATION: QCoreApplication.translate("Labels", "Communication"),
        m.CriterionSource.ARR: QCoreApplication.translate("Labels", "ARR at stake"),
        m.CriterionSource.COST_OF_DELAY: QCoreApplication.translate("Labels", "Cost of delay"),
        m.CriterionSource.RICE: QCoreApplication.translate("Labels", "RICE score"),
        m.CriterionSource.ACCOUNTS_AFFECTED: QCoreApplication.translate("Labels", "Accounts affected"),
        m.CriterionSource.STRATEGIC_FIT: QCoreApplication.translate("Labels", "Strategic fit"),
        m.CriterionSource.EFFORT: QCoreApplication.translate("Labels", "Effort"),
        m.OptionStatus.PROPOSED: QCoreApplication.translate("Labels", "Proposed"),
        m.OptionStatus.SHORTLISTED: QCoreApplication.translate("Labels", "Shortlisted"),
        m.OptionStatus.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
        m.OptionStatus.ADOPTED: QCoreApplication.translate("Labels", "Adopted"),
        m.AgreementType.WORKING_AGREEMENT: QCoreApplication.translate("Labels", "Working agreement"),
        m.AgreementType.POLICY: QCoreApplication.translate("Labels", "Policy"),
        m.AgreementType.SHARED_OKR: QCoreApplication.translate("Labels", "Shared OKR"),
        m.AgreementType.DECISION: QCoreApplication.translate("Labels", "Decision"),
        m.AgreementStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        m.AgreementStatus.REVISED: QCoreApplication.translate("Labels", "Revised"),
        m.AgreementStatus.RETIRED: QCoreApplication.translate("Labels", "Retired"),
        m.ActionStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        m.ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        m.ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        m.ActionStatus.BLOCKED: QCoreApplication.translate("Labels", "Blocked"),
        m.ActionStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
        m.PulsePhase.BEFORE: QCoreApplication.translate("Labels", "Before"),
        m.PulsePhase.AFTER: QCoreApplication.translate("Labels", "After"),
        m.PulsePhase.FOLLOWUP: QCoreApplication.translate("Labels", "Follow-up"),
        m.Kept.YES: QCoreApplication.translate("Labels", "Kept"),
        m.Kept.PARTLY: QCoreApplication.translate("Labels", "Partly kept"),
        m.Kept.NO: QCoreApplication.translate("Labels", "Not kept"),
    }


def label(value: Enum) -> str:
    """The word for an enum value in the UI language."""
    return _table()[value]


def choices(enum: type[Enum]) -> list[tuple[Enum, str]]:
    """(value, word) pairs for a combo box, in declaration order."""
    table = _table()
    return [(v, table[v]) for v in enum]


def pulse_item(item_id: str) -> str:
    return {
        "shared_goal": QCoreApplication.translate(
            "Labels", "I can state the goal Sales and Product share this quarter."
        ),
        "mistakes_not_held_against": QCoreApplication.translate(
            "Labels", "If I make a mistake here, it is not held against me."
        ),
        "raise_tough_issues": QCoreApplication.translate("Labels", "We can bring up problems and tough issues."),
        "safe_to_take_risks": QCoreApplication.translate("Labels", "It is safe to take a risk in this group."),
    }[item_id]


def pulse_item_short(item_id: str) -> str:
    return {
        "shared_goal": QCoreApplication.translate("Labels", "Shared goal"),
        "mistakes_not_held_against": QCoreApplication.translate("Labels", "Mistakes"),
        "raise_tough_issues": QCoreApplication.translate("Labels", "Tough issues"),
        "safe_to_take_risks": QCoreApplication.translate("Labels", "Risks"),
    }[item_id]


def number(value: float, decimals: int = 1) -> str:
    """A number in the UI language's format (4.5 / 4,5)."""
    return QLocale().toString(float(value), "f", decimals)


def short(text: str, length: int = 60) -> str:
    """One line of at most `length` characters, for combo boxes and headers."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, "…" last if cut: for labels and cells that show a long text in part."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
