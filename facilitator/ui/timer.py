"""The visible time box of the current stage. Overrun turns it red; it never interrupts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.domain import timebox
from facilitator.domain.model import StageLog
from facilitator.ui.context import SessionContext

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TimerWidget(QWidget):
    """One stage's time box at a time. Moving to another stage while a timer runs hands the
    running clock over to the stage now shown (the screen shows what is being discussed), so
    exactly one timer runs and it is always the visible one. Starting the first timer makes
    a draft session Live."""

    overrun = Signal(bool)
    ticked = Signal()  # the used time changed (each second while running, and on start/pause)

    def __init__(self, ctx: SessionContext, clock: Clock = system_clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.clock = ctx, clock
        self.log: StageLog | None = None
        self.display = QLabel("00:00")
        self.display.setObjectName("timer")
        self.display.setAccessibleName(self.tr("Time left in this stage"))
        self.toggle_button = QPushButton(self.tr("Start"))
        self.toggle_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.toggle_button.clicked.connect(self.toggle)
        self.extend_button = QPushButton(self.tr("+5 min"))
        self.extend_button.setAccessibleName(self.tr("Add five minutes"))
        self.extend_button.clicked.connect(self.extend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.extend_button)
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._on_tick)
        self._was_overrun = False

    def show_stage(self, number: int) -> None:
        data = self.ctx.data
        running = [log for log in data.stage_logs if timebox.is_running(log)] if data else []
        self.log = next((log for log in data.stage_logs if log.stage == number), None) if data else None
        if self.log is None and data is not None:
            from facilitator.domain.stages import stage

            self.log = self.ctx.add(StageLog(stage=number, planned_minutes=stage(number).minutes))
        if self.log is not None and running and self.isEnabled() and self.log not in running:
            self._pause_others()
            timebox.start(self.log, self.clock())  # the clock follows the stage on screen
            self.ctx.save(self.log)
        self.update_display()
        self.ticked.emit()

    def running(self) -> bool:
        return self.log is not None and timebox.is_running(self.log)

    def toggle(self) -> None:
        if self.log is None or not self.isEnabled():  # disabled: the session is closed
            return
        if timebox.is_running(self.log):
            timebox.pause(self.log, self.clock())
        else:
            self._pause_others()
            timebox.start(self.log, self.clock())
            self._go_live()
        self.ctx.save(self.log)
        self.update_display()
        self.ticked.emit()

    def _go_live(self) -> None:
        """The session is Live from its first timer on (a closed one is never timed)."""
        from facilitator.domain.model import SessionStatus

        session = self.ctx.data.session if self.ctx.data else None
        if session is not None and session.status == SessionStatus.DRAFT:
            session.status = SessionStatus.LIVE
            self.ctx.save(session)

    def pause(self) -> None:
        """Stop every running clock (e.g. when the session is closed or the app quits)."""
        self._pause_others()
        if self.log is not None and timebox.is_running(self.log):
            timebox.pause(self.log, self.clock())
            self.ctx.save(self.log)
        self.update_display()
        self.ticked.emit()

    def _pause_others(self) -> None:
        """Only one stage's time box runs at a time: moving on stops the previous one."""
        now = self.clock()
        for log in self.ctx.data.stage_logs if self.ctx.data else []:
            if log is not self.log and timebox.is_running(log):
                timebox.pause(log, now)
                self.ctx.save(log)

    def extend(self) -> None:
        if self.log is not None and self.isEnabled():
            timebox.extend(self.log)
            self.ctx.save(self.log)
            self.update_display()
            self.ticked.emit()

    def _on_tick(self) -> None:
        self.update_display()
        self.ticked.emit()

    def update_display(self) -> None:
        log = self.log
        if log is None:
            self.display.setText("--:--")
            return
        left = timebox.remaining(log, self.clock())
        running = timebox.is_running(log)
        self.display.setText(timebox.clock_text(left))
        self.toggle_button.setText(self.tr("Pause") if running else self.tr("Start"))
        self.display.setToolTip(self.tr("Time box: %n minute(s)", "", log.planned_minutes))
        over = left < 0
        if over != self._was_overrun:
            self._was_overrun = over
            self.display.setProperty("overrun", over)
            self.display.style().unpolish(self.display)
            self.display.style().polish(self.display)
            self.overrun.emit(over)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
