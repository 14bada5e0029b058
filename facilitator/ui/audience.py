"""The room's screen: what the projector shows, fed only by the public projection.

Large type that wraps instead of cutting, the stage's question for the room and its timer on
every stage, and nothing from the cockpit: no prompts for the CEO, no private notes, no raw
statements, no escalation estimate, no one's individual score. `B` blanks it, `Esc` ends
presenting, `Ctrl++`/`Ctrl+-`/`Ctrl+0` zoom it (remembered).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from facilitator.changes import Changes
from facilitator.domain import timebox
from facilitator.domain.stages import STAGES, stage
from facilitator.ui import i18n
from facilitator.ui.context import SessionContext
from facilitator.ui.timer import Clock, system_clock

BODY_PX_AT_1080 = 28  # readable from the back of a meeting room
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
ZOOM_KEY = "zoom/room"
RENDER_EVERY_MS = 30
FIT_FLOOR = 0.75  # a full board may shrink to three quarters of the size before it scrolls


def next_zoom(current: float, step: int) -> float:
    """One zoom step larger (+1) or smaller (-1) than `current`, or normal size (0)."""
    if step == 0:
        return 1.0
    nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - current))
    return ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, nearest + step))]


def body_px(height: int, zoom: float = 1.0) -> int:
    """Body text size: 28 px on a 1080-line screen, scaled with the window's height and the zoom."""
    return max(14, round(BODY_PX_AT_1080 * max(height, 540) / 1080 * zoom))


class AudienceWindow(QWidget):
    """A top-level window for the projector or a shared window in a video call."""

    ended = Signal()  # Esc or Shift+F5 in this window: presenting stops
    painted = Signal()  # the board was redrawn (the cockpit refreshes its thumbnail)

    def __init__(self, ctx: SessionContext, current_stage: Callable[[], int], clock: Clock = system_clock):
        super().__init__(None, Qt.WindowType.Window)
        self.ctx, self.current_stage, self.clock = ctx, current_stage, clock
        self.setObjectName("audience")
        self.setWindowTitle(self.tr("Facilitator: the room's screen"))
        self.setAccessibleName(self.tr("The room's screen"))
        self.zoom = float(QSettings().value(ZOOM_KEY, 1.0, type=float))

        self.stage_title = QLabel()
        self.stage_title.setObjectName("roomStage")
        self.stage_title.setWordWrap(True)
        self.timer = QLabel()
        self.timer.setObjectName("roomTimer")
        self.timer.setAccessibleName(self.tr("Time left in this stage"))
        self.question = QLabel()
        self.question.setObjectName("roomQuestion")
        self.question.setWordWrap(True)
        self.board = QTextBrowser()
        self.board.setObjectName("roomBoard")
        self.board.setOpenLinks(False)
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.board.setAccessibleName(self.tr("What the room sees"))
        self.board.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # no controls on a projector
        self.board.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.map_slot = QVBoxLayout()  # the goal map of stage 3 goes here

        # While the room is open for phones: the QR code and the short link, large enough to scan.
        self.join_qr = QLabel()
        self.join_qr.setObjectName("roomJoinQr")
        self.join_qr.setAccessibleName(self.tr("QR code to join from a phone"))
        self.join_link = QLabel()
        self.join_link.setObjectName("roomJoinLink")
        self.join_link.setWordWrap(True)
        self.join_link.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        join = QVBoxLayout()
        join.addWidget(self.join_qr, 0, Qt.AlignmentFlag.AlignRight)
        join.addWidget(self.join_link, 0, Qt.AlignmentFlag.AlignRight)
        self.show_join(None)

        top = QHBoxLayout()
        top.addWidget(self.stage_title, 1)
        top.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.question)
        middle = QHBoxLayout()
        middle.addWidget(self.board, 1)
        middle.addLayout(join)
        layout.addLayout(middle, 3)
        layout.addLayout(self.map_slot, 4)
        self.blank_page = QWidget()
        self.blank_page.setObjectName("roomBlank")
        self.blank_page.setAccessibleName(self.tr("The room's screen is blank"))
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.blank_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._map = None

        # Keystrokes within RENDER_EVERY_MS render once: the room is still current within 100 ms.
        self._render_soon = QTimer(self, singleShot=True, interval=RENDER_EVERY_MS)
        self._shown: tuple | None = None  # what the board shows now: unchanged input, no redraw
        self._render_soon.timeout.connect(self.render_board)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self.update_timer)
        self._tick.start()
        ctx.loaded.connect(self._render_soon.start)
        ctx.changes.connect(self._on_changes)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its keys work once the room's window is clicked
        self.apply_zoom()
        self.render_board()

    # -- content ------------------------------------------------------------------------------

    def _on_changes(self, _changes: Changes) -> None:
        self._render_soon.start()

    def stage_changed(self, _number: int) -> None:
        self._render_soon.start()

    def render_board(self) -> None:
        """Draw the current stage's board from the public projection (and nothing else)."""
        from facilitator.ui.boards import board_html, public_view

        data = self.ctx.data
        number = self.current_stage()
        lang = i18n.language()
        info = stage(number)
        self.stage_title.setText(
            self.tr("Stage %1 of %2: %3")
            .replace("%1", str(number))
            .replace("%2", str(len(STAGES)))
            .replace("%3", info.title(lang))
        )
        self.question.setText(info.room_question(lang))
        view = public_view(data) if data is not None else None
        shown = (view, number, lang, self._px(), self.board.viewport().size())
        if shown == self._shown:
            return  # e.g. typing in a statement that is not confirmed yet: the room sees no change
        self._shown = shown
        self._show_map(view if number == 3 else None)
        self._fill(lambda px: board_html(view, number, px) if view is not None else "")
        self.update_timer()
        self.painted.emit()

    def _fill(self, html: Callable[[int], str]) -> None:
        """Set the board's text as large as it fits, shrinking to FIT_FLOOR of the size at most;
        what still does not fit scrolls with PgDn/PgUp in the room's window."""
        px = self._px()
        floor = max(14, round(px * FIT_FLOOR))
        document = self.board.document()
        document.setTextWidth(self.board.viewport().width())
        while True:
            self.board.setHtml(html(px))
            if px <= floor or document.size().height() <= self.board.viewport().height():
                return
            px = max(floor, round(px * 0.92))

    def _show_map(self, view) -> None:
        if view is None:
            if self._map is not None:
                self._map.hide()
            return
        from facilitator.ui.boards import goal_map_data

        self._map_data = goal_map_data(view)
        if self._map is None:
            from facilitator.ui.goal_map import GoalMap

            self._map = GoalMap(self.ctx, source=lambda: self._map_data)
            self.map_slot.addWidget(self._map)
        self._map.data_changed()
        self._map.show()

    def update_timer(self) -> None:
        data = self.ctx.data
        number = self.current_stage()
        log = next((x for x in data.stage_logs if x.stage == number), None) if data else None
        if log is None:
            self.timer.setText("")
            return
        left = timebox.remaining(log, self.clock())
        self.timer.setText(timebox.clock_text(left))
        over = left < 0
        if self.timer.property("overrun") != over:
            self.timer.setProperty("overrun", over)
            self.timer.style().unpolish(self.timer)
            self.timer.style().polish(self.timer)

    def show_join(self, server) -> None:
        """Show how to join from a phone while the room is open (`server` is a RoomServer or None)."""
        for widget in (self.join_qr, self.join_link):
            widget.setVisible(server is not None)
        if server is None:
            return
        from PySide6.QtGui import QPixmap

        pixmap = QPixmap()
        pixmap.loadFromData(server.qr_png(scale=max(4, self._px() // 4)))
        self.join_qr.setPixmap(pixmap)
        self.join_link.setText(self.tr("Join from your phone:") + "\n" + server.join_url)
        self.join_link.setStyleSheet(f"font-size: {round(self._px() * 0.8)}px;")

    # -- presenting ---------------------------------------------------------------------------

    @property
    def blanked(self) -> bool:
        return self.pages.currentWidget() is self.blank_page

    def toggle_blank(self) -> None:
        self.pages.setCurrentIndex(0 if self.blanked else 1)
        self.painted.emit()

    def set_zoom(self, step: int) -> None:
        """One step larger (+1) or smaller (-1), or back to normal (0); remembered."""
        self.zoom = next_zoom(self.zoom, step)
        QSettings().setValue(ZOOM_KEY, self.zoom)
        self.apply_zoom()
        self.render_board()

    def _px(self) -> int:
        return body_px(self.height(), self.zoom)

    def apply_zoom(self) -> None:
        px = self._px()
        self.stage_title.setStyleSheet(f"font-size: {round(px * 1.5)}px; font-weight: 600;")
        self.question.setStyleSheet(f"font-size: {round(px * 1.25)}px; font-style: italic;")
        self.timer.setStyleSheet(f"font-size: {round(px * 1.6)}px;")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_B and not ctrl:
            self.toggle_blank()
        elif key == Qt.Key.Key_Escape or (key == Qt.Key.Key_F5 and mods & Qt.KeyboardModifier.ShiftModifier):
            self.ended.emit()
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)):
            self.set_zoom(+1)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and key == Qt.Key.Key_Minus):
            self.set_zoom(-1)
        elif ctrl and key == Qt.Key.Key_0:
            self.set_zoom(0)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space):
            bar = self.board.verticalScrollBar()
            page = bar.pageStep() if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Space) else 60
            bar.setValue(bar.value() + (-page if key in (Qt.Key.Key_PageUp, Qt.Key.Key_Up) else page))
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_zoom()
        self._render_soon.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ended.emit()
        super().closeEvent(event)
