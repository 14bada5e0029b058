"""Presenting to the room: the audience window on the other screen, and what the cockpit shows of it.

With two screens the room's board goes full screen on the one the cockpit is not on; with one
screen it opens as a window of its own (to share just that window in a video call). The
cockpit's status bar says that the room is watching and shows a small live thumbnail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QWidget

from facilitator.ui.audience import AudienceWindow

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

THUMBNAIL_WIDTH = 160
THUMBNAIL_EVERY_MS = 300  # a live picture without grabbing the window on every keystroke


class RoomIndicator(QWidget):
    """ "The room is watching", with a small picture of what it sees."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self.tr("● The room is watching"))
        self.label.setObjectName("roomWatching")
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("roomThumbnail")
        self.thumbnail.setAccessibleName(self.tr("What the room sees"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.thumbnail)

    def show_blank(self, blank: bool) -> None:
        self.label.setText(self.tr("● The room's screen is blank") if blank else self.tr("● The room is watching"))


class Presenter(QObject):
    """Starts and ends presenting for a main window; one audience window at a time."""

    changed = Signal(bool)  # presenting or not

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.audience: AudienceWindow | None = None
        self.indicator = RoomIndicator()
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)
        self._thumb = QTimer(self, singleShot=True, interval=THUMBNAIL_EVERY_MS)
        self._thumb.timeout.connect(self._grab)

    @property
    def active(self) -> bool:
        return self.audience is not None

    def toggle(self) -> None:
        self.stop() if self.active else self.start()

    def start(self) -> None:
        """Show the room's board; with no session open yet, as soon as one opens."""
        ctx = self.window.ctx
        if self.active:
            return
        if ctx.data is None:
            ctx.loaded.connect(self._start_when_loaded, Qt.ConnectionType.SingleShotConnection)
            return
        view = self.window.session_view
        audience = AudienceWindow(self.window.ctx, lambda: view.current, view.timer.clock)
        audience.ended.connect(self.stop)
        audience.painted.connect(self._thumb.start)
        view.stage_changed.connect(audience.stage_changed)
        self.audience = audience
        self.follow_room()
        self._place(audience)
        self.window.activateWindow()  # the CEO keeps typing in the cockpit
        self.indicator.show()
        self.changed.emit(True)

    def follow_room(self) -> None:
        """The room's screen shows the join code while phones may join (the room's dock may
        open before or after presenting starts)."""
        dock = self.window.findChild(QDockWidget, "roomDock")
        if self.audience is None or dock is None:
            return
        panel = dock.widget()
        self.audience.show_join(panel.server)
        panel.room_changed.connect(self.audience.show_join, Qt.ConnectionType.UniqueConnection)

    def _start_when_loaded(self) -> None:
        QTimer.singleShot(0, self.start)  # after the session view has shown its stage

    def stop(self) -> None:
        audience, self.audience = self.audience, None
        if audience is None:
            return
        audience.ended.disconnect(self.stop)
        audience.close()
        audience.deleteLater()
        self.window.activateWindow()  # the keyboard goes back to the cockpit
        self.indicator.hide()
        self.changed.emit(False)

    def toggle_blank(self) -> None:
        if self.audience is not None:
            self.audience.toggle_blank()

    def _place(self, audience: AudienceWindow) -> None:
        cockpit = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not cockpit and s.geometry() != cockpit.geometry()]
        if others:
            target = others[0]
            audience.setScreen(target)
            audience.setGeometry(target.geometry())
            audience.showFullScreen()
        else:
            available = cockpit.availableGeometry()
            audience.resize(min(1280, available.width()), min(720, available.height()))
            audience.show()

    def _grab(self) -> None:
        if self.audience is None:
            return
        picture = self.audience.grab()
        self.indicator.thumbnail.setPixmap(
            picture.scaledToWidth(THUMBNAIL_WIDTH, Qt.TransformationMode.SmoothTransformation)
        )
        self.indicator.show_blank(self.audience.blanked)
