"""What a search over all sessions finds: plain hits that storage returns and the UI words.

A hit's `marked` text carries the matched words between MATCH_START and MATCH_END (control
characters no user types), so each view draws the match its own way: brackets on the command
line, bold in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MATCH_START = "\x02"
MATCH_END = "\x03"


class SearchKind(StrEnum):
    """Which text matched. The UI turns these codes into words."""

    TITLE = "title"
    TRIGGER = "trigger"
    GROUND_RULES = "ground_rules"
    LEARNINGS = "learnings"
    HARDEST_REASON = "hardest_reason"
    PARTICIPANT = "participant"
    INCIDENT = "incident"
    STATEMENT = "statement"
    REFRAME = "reframe"
    GOAL = "goal"
    INTEREST = "interest"
    TENSION = "tension"
    PRACTICE = "practice"
    CRITERION = "criterion"
    OPTION = "option"
    AGREEMENT = "agreement"
    ACTION = "action"
    FOLLOW_UP = "follow_up"
    PRIVATE_NOTE = "private_note"
    CONCERN = "concern"  # an agreement's concern to resolve
    REVIEW_NOTE = "review_note"  # a note in a follow-up's review of the last session's agreements


#: Where each kind of text lives: the entity's class name in the model and the field it is typed
#: into (None: the entity is shown as a row, not typed into one field of the page).
TARGETS: dict[SearchKind, tuple[str, str | None]] = {
    SearchKind.TITLE: ("Session", "title"),
    SearchKind.TRIGGER: ("Session", "trigger_text"),
    SearchKind.GROUND_RULES: ("Session", "ground_rules"),
    SearchKind.LEARNINGS: ("Session", "learnings"),
    SearchKind.HARDEST_REASON: ("Session", "hardest_reason"),
    SearchKind.PARTICIPANT: ("Participant", None),
    SearchKind.INCIDENT: ("Incident", None),
    SearchKind.STATEMENT: ("Statement", None),
    SearchKind.REFRAME: ("Statement", None),
    SearchKind.GOAL: ("Goal", None),
    SearchKind.INTEREST: ("Interest", None),
    SearchKind.TENSION: ("Tension", None),
    SearchKind.PRACTICE: ("WorkingPractice", None),
    SearchKind.CRITERION: ("Criterion", None),
    SearchKind.OPTION: ("Option", None),
    SearchKind.AGREEMENT: ("Agreement", None),
    SearchKind.CONCERN: ("Agreement", None),
    SearchKind.ACTION: ("ActionItem", None),
    SearchKind.FOLLOW_UP: ("FollowUp", "learnings"),
    SearchKind.PRIVATE_NOTE: ("PrivateNote", "text"),
    SearchKind.REVIEW_NOTE: ("FollowUp", None),
}


@dataclass(frozen=True)
class SearchHit:
    """One matching text: where it lives (session, stage, entity) and the text around the match."""

    session_id: int
    session_title: str
    stage: int  # 0: the review step of a follow-up session
    kind: SearchKind
    entity_id: int  # the session's id for session texts (title, trigger, ...)
    marked: str  # the text (or an excerpt of a long one) with the match between the markers
    private: bool = False  # a facilitator's private note: shown to the facilitator only

    @property
    def text(self) -> str:
        return self.marked.replace(MATCH_START, "").replace(MATCH_END, "")

    def segments(self) -> list[tuple[str, bool]]:
        """The text in pieces, each with whether it is part of the match."""
        pieces: list[tuple[str, bool]] = []
        for i, chunk in enumerate(self.marked.split(MATCH_START)):
            if i == 0:
                pieces.append((chunk, False))
                continue
            match, _, rest = chunk.partition(MATCH_END)
            pieces += [(match, True), (rest, False)]
        return [(text, hit) for text, hit in pieces if text]

    def with_marks(self, start: str, end: str) -> str:
        """The text with the match between `start` and `end`, e.g. "[" and "]"."""
        return self.marked.replace(MATCH_START, start).replace(MATCH_END, end)
