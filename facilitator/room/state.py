"""What the room allows right now and who has joined: held in memory by the server, never stored.

The CEO opens one activity at a time (the pulse, silent writing, ...); a phone may do only what
is open. A phone is known by its cookie; nothing here is written to the workspace, so an
anonymous answer stored by the session service has no link back to the phone that gave it.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from enum import StrEnum


class Activity(StrEnum):
    """What the phones may do; the CEO opens one at a time."""

    NONE = "none"
    PULSE_BEFORE = "pulse_before"
    WRITING = "writing"
    PARAPHRASE = "paraphrase"
    CONSENT = "consent"
    PULSE_AFTER = "pulse_after"
    END = "end"


SIDES = ("sales", "product", "other")


@dataclass(frozen=True)
class Limits:
    """Guards against a misbehaving or hostile phone on the same network."""

    max_phones: int = 80
    max_body: int = 16 * 1024  # bytes of one request or WebSocket message
    burst: int = 30  # requests a phone may make at once ...
    per_second: float = 3.0  # ... and on average after that
    max_text: int = 2000  # characters of a statement or paraphrase
    max_name: int = 60


@dataclass
class Phone:
    """One joined browser. `participant_id` is None until it joins with a name (or votes)."""

    id: str
    lang: str = "en"
    joined: bool = False
    name: str = ""
    side: str = ""
    participant_id: int | None = None
    answered: set[str] = field(default_factory=set)  # pulse phases already answered
    tokens: float = 0.0
    refilled: float = 0.0


@dataclass
class Paraphrase:
    """One side's paraphrase of the other side's goal, waiting for that side's "that's right"."""

    key: str
    goal_id: int  # the stored goal
    goal_key: int  # the same goal as the projection names it to phones
    owner_side: str  # the side whose goal it is: they confirm
    text: str
    phone_id: str
    check_id: int = 0  # the stored PerspectiveCheck
    attempts: int = 1
    confirmed: bool | None = None  # None: not answered yet


class RoomState:
    """Join token, phones, the open activity and pending paraphrases; safe across threads."""

    def __init__(self, limits: Limits | None = None):
        self.limits = limits or Limits()
        self.token = secrets.token_urlsafe(16)
        self.activity = Activity.NONE
        self.agreement_id: int | None = None  # the agreement open for consent
        self.phones: dict[str, Phone] = {}
        self.paraphrases: dict[str, Paraphrase] = {}
        self.lock = threading.RLock()
        self.closed = False

    def open(self, activity: Activity, agreement_id: int | None = None) -> None:
        with self.lock:
            self.activity = Activity(activity)
            self.agreement_id = agreement_id if self.activity is Activity.CONSENT else None

    def close(self) -> None:
        """The room closed: the token and every phone's cookie are dead."""
        with self.lock:
            self.closed = True
            self.token = ""
            self.phones.clear()
            self.paraphrases.clear()

    def new_phone(self, token: str) -> Phone | None:
        """A phone that came with the join token; None for a wrong token or a full room."""
        with self.lock:
            if self.closed or not secrets.compare_digest(token.encode(), self.token.encode()):
                return None
            if len(self.phones) >= self.limits.max_phones:
                return None
            phone = Phone(secrets.token_urlsafe(24), tokens=self.limits.burst, refilled=time.monotonic())
            self.phones[phone.id] = phone
            return phone

    def phone(self, cookie: str | None) -> Phone | None:
        with self.lock:
            return None if self.closed or not cookie else self.phones.get(cookie)

    def allow(self, phone: Phone) -> bool:
        """Token bucket per phone: False when it sends faster than a person could."""
        with self.lock:
            now = time.monotonic()
            phone.tokens = min(self.limits.burst, phone.tokens + (now - phone.refilled) * self.limits.per_second)
            phone.refilled = now
            if phone.tokens < 1:
                return False
            phone.tokens -= 1
            return True

    @property
    def joined(self) -> int:
        """How many phones have joined (the cockpit shows this)."""
        with self.lock:
            return sum(p.joined for p in self.phones.values())
