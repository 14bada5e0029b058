"""One open session: the stage navigator, the current stage's page, progress and the timer."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.stages import STAGES
from facilitator.session import Changes
from facilitator.ui import i18n
from facilitator.ui.context import SessionContext
from facilitator.ui.stage_page import StagePage
from facilitator.ui.timer import Clock, TimerWidget, system_clock


def page_class(code: str) -> type[StagePage]:
    """Each stage lives in facilitator.ui.stages.<code> and names its page PAGE."""
    return importlib.import_module(f"facilitator.ui.stages.{code}").PAGE


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
            text = self.tr("%1. %2\n%3 min").replace("%1", str(s.number))
            item = QListWidgetItem(text.replace("%2", s.title(lang)).replace("%3", str(s.minutes)))
            item.setData(Qt.ItemDataRole.UserRole, s.number)
            self.navigator.addItem(item)
        self.navigator.setWordWrap(True)
        self.navigator.setMinimumWidth(200)
        self.navigator.setMaximumWidth(280)
        self.navigator.currentRowChanged.connect(lambda row: self.show_stage(row + 1))

        self.session_title = QLabel()
        self.session_title.setObjectName("sessionTitle")
        self.progress_label = QLabel()
        self.progress = QProgressBar(minimum=0, maximum=len(STAGES), textVisible=False)
        self.progress.setAccessibleName(self.tr("Progress through the stages"))
        self.progress.setMaximumWidth(220)
        self.timer = TimerWidget(ctx, clock)

        header = QHBoxLayout()
        header.addWidget(self.session_title, 1)
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
        layout.addLayout(body, 1)

        ctx.loaded.connect(self._on_loaded)
        ctx.changes.connect(self._on_changes)

    @property
    def current(self) -> int:
        return self.navigator.currentRow() + 1

    def page(self, number: int) -> StagePage:
        """The page of a stage, built when first visited so opening a session stays instant."""
        if number not in self._built:
            page = page_class(STAGES[number - 1].code)(self.ctx)
            if self.ctx.data is not None:
                page.show_session()
            self._built[number] = page
            self.pages.addWidget(page)
        return self._built[number]

    def show_stage(self, number: int) -> None:
        if not 1 <= number <= len(STAGES) or self.ctx.data is None:
            return
        self.ctx.flush()
        if self.navigator.currentRow() != number - 1:
            self.navigator.setCurrentRow(number - 1)  # comes back here through the signal
            return
        page = self.page(number)
        self.pages.setCurrentWidget(page)
        session = self.ctx.data.session
        if session.current_stage != number:
            session.current_stage = number
            self.ctx.save(session)
        self.progress.setValue(number)
        self.progress_label.setText(self.tr("Stage %1 of %2").replace("%1", str(number)).replace("%2", "7"))
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
        self._show_title()
        target = data.session.current_stage or 1
        self.navigator.blockSignals(True)
        self.navigator.setCurrentRow(target - 1)
        self.navigator.blockSignals(False)
        self.show_stage(target)
        if data.session.follows_id and target == 1:
            self.show_review()  # a follow-up starts with what became of the last session

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
        self.progress_label.setText(self.tr("Review"))
        self._review.focus_first()

    def _on_changes(self, changes: Changes) -> None:
        if changes.updates(self.ctx.data.session):
            self._show_title()

    def _show_title(self) -> None:
        self.session_title.setText(self.ctx.data.session.title or self.tr("Untitled session"))
