"""One open session: the stage navigator, the current stage's page, progress and the timer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.domain import timebox
from facilitator.domain.model import SessionStatus, StageLog
from facilitator.domain.stages import STAGES
from facilitator.ui import i18n
from facilitator.ui.blame_highlighter import warm_up, warmed_up
from facilitator.ui.context import SessionContext
from facilitator.ui.idle import IdleWork
from facilitator.ui.stage_page import StagePage
from facilitator.ui.stages import page_class
from facilitator.ui.timer import Clock, TimerWidget, system_clock
from facilitator.ui.widgets import ElidedLabel, PrivateNoteBox

DETECTOR_WAIT_MS = 200


class SessionView(QWidget):
    stage_changed = Signal(int)

    def __init__(self, ctx: SessionContext, clock: Clock = system_clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        lang = i18n.language()

        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setAccessibleName(self.tr("Stages"))
        for s in STAGES:
            item = QListWidgetItem(f"{s.number}. {s.title(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, s.number)
            self.navigator.addItem(item)
        self.navigator.setWordWrap(True)
        self.navigator.setMinimumWidth(200)
        self.navigator.setMaximumWidth(280)
        self.navigator.currentRowChanged.connect(lambda row: self.show_stage(row + 1))

        self.session_title = ElidedLabel()
        self.session_title.setObjectName("sessionTitle")
        self.progress_label = QLabel()
        self.progress = QProgressBar(minimum=0, maximum=len(STAGES), textVisible=False)
        self.progress.setAccessibleName(self.tr("Progress through the stages"))
        self.progress.setMaximumWidth(220)
        self.timer = TimerWidget(ctx, clock)
        self.timer.ticked.connect(self.show_times)
        self.session_clock = QLabel()
        self.session_clock.setObjectName("sessionClock")
        self.session_clock.setAccessibleName(self.tr("Time used in the session"))

        self.closed_banner = QFrame()
        self.closed_banner.setObjectName("closedBanner")
        self.closed_banner.setFrameShape(QFrame.Shape.StyledPanel)
        closed_text = QLabel(
            self.tr("This session is closed and read-only. Exports still work. Reopen it to change anything.")
        )
        closed_text.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("R&eopen session"))
        self.reopen_button.clicked.connect(self.reopen)
        banner = QHBoxLayout(self.closed_banner)
        banner.addWidget(closed_text, 1)
        banner.addWidget(self.reopen_button)
        self.closed_banner.hide()
        self._closed_applied: bool | None = None

        header = QHBoxLayout()
        header.addWidget(self.session_title, 1)
        header.addWidget(self.session_clock)
        header.addSpacing(16)
        header.addWidget(self.progress_label)
        header.addWidget(self.progress)
        header.addSpacing(16)
        header.addWidget(self.timer)

        self.pages = QStackedWidget()
        self._built: dict[int, StagePage] = {}
        self._review = None  # a follow-up session's review step, built when first needed
        body = QHBoxLayout()
        body.addWidget(self.navigator)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.closed_banner)
        layout.addLayout(body, 1)

        # The pages not shown yet are built while the user does nothing, in steps of 10-100 ms
        # (a whole page costs 40-150 ms): a first visit finds its page ready instead of stalling.
        # From the start, before any session opens: pages hear `loaded` and fill themselves.
        self._idle = IdleWork(self._build_next, self)
        self._idle.start()
        ctx.loaded.connect(self._on_loaded)
        ctx.changes.connect(self._on_changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._idle.start()

    @property
    def current(self) -> int:
        return self.navigator.currentRow() + 1

    def page(self, number: int) -> StagePage:
        """The page of a stage, ready to show: built now if idle time has not built it yet."""
        page = self._built.get(number) or self._make(number)
        if self.pages.indexOf(page) < 0:
            self._place(page)
        return page

    def _make(self, number: int) -> StagePage:
        page = page_class(STAGES[number - 1].code)(self.ctx)
        if self.ctx.data is not None:
            page.show_session()  # it missed the `loaded` signal; later ones it hears itself
        page.set_read_only(self.closed)
        self._built[number] = page
        return page

    def _place(self, page: StagePage) -> None:
        """Into the stack, where the style sheet polishes it, and laid out at the stack's size,
        so that its first show has less to do."""
        self.pages.addWidget(page)
        page.show_private(not PrivateNoteBox.hidden)  # Ctrl+H may have come since it was made
        page.resize(self.pages.size())
        page.layout().activate()

    def _build_next(self) -> int | None:
        """One step of building the pages not shown yet, the stages after the current one first:
        make a page in one step, place it in the next. None when all are built, and while the
        window is not on screen (a window being closed keeps its session but not its store)."""
        if not self.window().isVisible():
            return None  # showing the window or a session starts this again
        if not warmed_up():
            # The detector compiles in the background (0.2-3 s) and shares the GIL with us: pages
            # built meanwhile would take twice as long, and stage 2 would compile it here again.
            warm_up()  # a no-op when it is running already
            return DETECTOR_WAIT_MS
        unplaced = [page for page in self._built.values() if self.pages.indexOf(page) < 0]
        current = max(self.current, 1)
        order = [*range(current, len(STAGES) + 1), *range(current - 1, 0, -1)]
        missing = [number for number in order if number not in self._built]
        if unplaced:
            self._place(unplaced[0])
        elif missing:
            self._make(missing[0])
        else:
            return None
        return 0

    def show_stage(self, number: int) -> None:
        if not 1 <= number <= len(STAGES) or self.ctx.data is None:
            return
        self.ctx.flush()
        if self.navigator.currentRow() != number - 1:
            self.navigator.setCurrentRow(number - 1)  # comes back here through the signal
            return
        page = self.page(number)
        # Before the page changes: QProgressBar repaints at once, and after it that would paint
        # the whole new page there and again when the focus moves (twice 10-20 ms).
        self.progress.setValue(number)
        self.progress_label.setText(self.tr("Stage %1 of %2").replace("%1", str(number)).replace("%2", "7"))
        self.pages.setCurrentWidget(page)
        session = self.ctx.data.session
        if session.current_stage != number:
            session.current_stage = number
            self.ctx.save(session)
        self.timer.show_stage(number)
        page.focus_first()
        self.stage_changed.emit(number)

    def next_stage(self) -> None:
        self.show_stage(min(self.current + 1, len(STAGES)))

    def previous_stage(self) -> None:
        self.show_stage(max(self.current - 1, 1))

    def _on_loaded(self) -> None:
        data = self.ctx.data
        if data is None:
            return
        self._closed_applied = None  # another session: apply its state whatever it is
        self._show_session()
        self.show_times()
        target = data.session.current_stage or 1
        self.navigator.blockSignals(True)
        self.navigator.setCurrentRow(target - 1)
        self.navigator.blockSignals(False)
        self.show_stage(target)
        if data.session.follows_id and target == 1:
            self.show_review()  # a follow-up starts with what became of the last session
        self._idle.start()  # built, if anything is missing, after what is shown now has painted

    def show_review(self) -> None:
        """The review step before stage 1 (follow-up sessions only)."""
        if self.ctx.data is None or not self.ctx.data.session.follows_id:
            return
        if self._review is None:
            from facilitator.ui.review import ReviewPage

            self._review = ReviewPage(self.ctx)
            self._review.finished.connect(lambda: self.show_stage(1))
            self.pages.addWidget(self._review)
        self.ctx.flush()
        self._review.show_session()
        self.pages.setCurrentWidget(self._review)
        # No stage is current: the navigator must not show the stage left last (stage 7 of a
        # closed session) as if it were open; choosing any stage from it still works.
        self.navigator.blockSignals(True)
        self.navigator.setCurrentRow(-1)
        self.navigator.blockSignals(False)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Review"))
        self._review.focus_first()

    def _on_changes(self, changes: Changes) -> None:
        if changes.updates(self.ctx.data.session):
            self._show_session()
        if changes.touches(StageLog):
            self.show_times()

    def _show_session(self) -> None:
        self.session_title.setText(self.ctx.data.session.title or self.tr("Untitled session"))
        self._apply_closed()

    # -- a closed session is read-only ------------------------------------------------------------

    @property
    def closed(self) -> bool:
        data = self.ctx.data
        return data is not None and data.session.status == SessionStatus.CLOSED

    def _apply_closed(self) -> None:
        """Closed means read-only until Reopen: pages, notes and the timer; exports still work."""
        closed = self.closed
        if closed == self._closed_applied:
            return
        self._closed_applied = closed
        if closed:
            self.timer.pause()
        self.timer.setEnabled(not closed)
        self.closed_banner.setVisible(closed)
        for page in self._built.values():
            page.set_read_only(closed)

    def reopen(self) -> None:
        if self.ctx.data is not None and self.closed:
            self.ctx.data.session.status = SessionStatus.LIVE
            self.ctx.save(self.ctx.data.session)

    # -- time -----------------------------------------------------------------------------------

    def show_times(self) -> None:
        """Each stage's used and planned time in the navigator, and the session's total."""
        data = self.ctx.data
        if data is None:
            return
        now = self.timer.clock()
        logs = {log.stage: log for log in data.stage_logs}
        lang = i18n.language()
        total = 0.0
        for row, info in enumerate(STAGES):
            log = logs.get(info.number)
            used = timebox.elapsed(log, now) if log else 0.0
            total += used
            planned = log.planned_minutes if log else info.minutes
            if used:
                times = self.tr("%1 of %2 min").replace("%1", timebox.clock_text(used)).replace("%2", str(planned))
            else:
                times = self.tr("%1 min").replace("%1", str(planned))
            text = f"{info.number}. {info.title(lang)}\n{times}"
            item = self.navigator.item(row)
            if item.text() != text:
                item.setText(text)
        whole = int(total)
        clock = f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
        self.session_clock.setText(self.tr("Session %1").replace("%1", clock))
