"""The seven stages of the playbook: order, codes and time boxes. Words live in resources/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from facilitator.resources import read_text


@dataclass(frozen=True)
class Stage:
    number: int  # 1..7
    code: str
    minutes: int  # the playbook's time box

    def title(self, lang: str) -> str:
        return _content(self.code, lang)["title"]

    def purpose(self, lang: str) -> str:
        return _content(self.code, lang)["purpose"]

    def prompts(self, lang: str) -> list[str]:
        """What the facilitator says: for the cockpit only, never the room's screen."""
        return list(_content(self.code, lang)["prompts"])

    def room_question(self, lang: str) -> str:
        """The stage's question, as the room sees it on the projector."""
        questions = _room_questions()
        return questions.get(lang, questions["en"])[self.code]


STAGES: tuple[Stage, ...] = (
    Stage(1, "frame", 10),
    Stage(2, "facts", 20),
    Stage(3, "goals", 25),
    Stage(4, "working", 20),
    Stage(5, "options", 25),
    Stage(6, "agreements", 20),
    Stage(7, "close", 10),
)


def stage(number: int) -> Stage:
    return STAGES[number - 1]


def total_minutes() -> int:
    return sum(s.minutes for s in STAGES)


@cache
def _all_content() -> dict:
    return json.loads(read_text("content", "stages.json"))


@cache
def _room_questions() -> dict:
    return json.loads(read_text("content", "room.json"))


def _content(code: str, lang: str) -> dict:
    content = _all_content()
    return content.get(lang, content["en"])[code]
