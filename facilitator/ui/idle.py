"""Work done in small steps while the user does nothing (building the stage pages ahead of use).

One step runs per event-loop turn, so input waits at most one step. A key press, mouse button or
wheel postpones the next step by INPUT_PAUSE_MS: someone typing or clicking is never made to wait
behind work they did not ask for.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

INPUT_PAUSE_MS = 300
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleWork(QObject):
    """Calls `step` on later event-loop turns until it returns None; otherwise it returns how
    many milliseconds to wait before the next step (0: the next turn)."""

    def __init__(self, step: Callable[[], int | None], parent: QObject | None = None):
        super().__init__(parent)
        self._step = step
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._run)
        self._last_input = 0.0
        self._listening = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Begin (or go on) on the next turn; listen for input while there is work."""
        if not self._listening:
            QCoreApplication.instance().installEventFilter(self)
            self._listening = True
        if not self._timer.isActive():
            self._timer.start(0)

    def stop(self) -> None:
        self._timer.stop()
        if self._listening:
            QCoreApplication.instance().removeEventFilter(self)
            self._listening = False

    def _run(self) -> None:
        quiet_ms = (time.monotonic() - self._last_input) * 1000
        if quiet_ms < INPUT_PAUSE_MS:
            self._timer.start(int(INPUT_PAUSE_MS - quiet_ms) + 1)
            return
        wait = self._step()
        if wait is None:
            self.stop()
        else:
            self._timer.start(wait)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False
