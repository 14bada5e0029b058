"""The time box of a stage: start, pause, extend, and how much is left. The clock is passed in."""

from __future__ import annotations

import datetime as dt

from facilitator.domain.model import StageLog

EXTENSION_MINUTES = 5


def _parse(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp)


def is_running(log: StageLog) -> bool:
    return bool(log.running_since)


def elapsed(log: StageLog, now: dt.datetime) -> float:
    """Seconds spent in the stage so far, including the running stretch."""
    running = (now - _parse(log.running_since)).total_seconds() if log.running_since else 0.0
    return log.elapsed_seconds + max(0.0, running)


def remaining(log: StageLog, now: dt.datetime) -> float:
    """Seconds left in the time box; negative once it is overrun."""
    return log.planned_minutes * 60 - elapsed(log, now)


def start(log: StageLog, now: dt.datetime) -> None:
    if log.running_since:
        return
    log.running_since = now.isoformat()
    if not log.started:
        log.started = now.isoformat()


def pause(log: StageLog, now: dt.datetime) -> None:
    if not log.running_since:
        return
    log.elapsed_seconds = elapsed(log, now)
    log.running_since = ""
    log.ended = now.isoformat()


def extend(log: StageLog, minutes: int = EXTENSION_MINUTES) -> None:
    log.planned_minutes += minutes


def clock_text(seconds: float) -> str:
    """mm:ss, with a leading minus when the box is overrun; hours roll into minutes."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"
