"""Session > Open the room (Ctrl+R): let phones join, choose what they may do, close the room.

A dock beside the cockpit. The server runs on its own thread (`facilitator.room`); this panel only
starts and stops it and tells it which activity is open. Phones' writes reach the pages through
the session context's change sets like any other writer's.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.room import Activity, RoomError, RoomServer
from facilitator.room.addresses import ALL, local_addresses
from facilitator.ui.context import SessionContext

DEFAULT_PORT = 8765
POLL_MS = 1000
COMBO_CHARS = 28  # participants joined, and whether the session is still open


class RoomPanel(QWidget):
    """Open and close the room, show its join link and QR code, open one activity at a time."""

    room_changed = Signal(object)  # the running RoomServer, or None once the room is closed

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.ctx = ctx
        self.server: RoomServer | None = None

        self.address = QComboBox()
        self.address.setAccessibleName(self.tr("Network address"))
        for address in local_addresses():
            self.address.addItem(address, address)
        self.address.addItem(self.tr("Every network of this computer (%1)").replace("%1", ALL), ALL)
        self.port = QSpinBox(minimum=1024, maximum=65535, value=DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        form = QFormLayout()
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Port"), self.port)

        self.toggle = QPushButton(self.tr("&Open the room"))
        self.toggle.setObjectName("roomToggle")
        self.toggle.clicked.connect(self.toggle_room)
        self.status = QLabel(self.tr("Closed: nothing on this computer listens for phones."))
        self.status.setWordWrap(True)
        self.url = QLabel()
        self.url.setObjectName("joinUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code of the join link"))
        self.joined = QLabel()

        self.activities = QButtonGroup(self)
        self.activities.idToggled.connect(self._activity_chosen)
        choices = QVBoxLayout()
        self.choices: dict[Activity, QRadioButton] = {}
        for activity, text in (
            (Activity.NONE, self.tr("Nothing open: phones wait")),
            (Activity.PULSE_BEFORE, self.tr("Pulse before")),
            (Activity.WRITING, self.tr("Silent writing: what happened")),
            (Activity.PARAPHRASE, self.tr("Paraphrase the other side's goal")),
            (Activity.CONSENT, self.tr("Consent on the agreement below")),
            (Activity.PULSE_AFTER, self.tr("Pulse after")),
            (Activity.END, self.tr("End: agreements and own action items")),
        ):
            button = QRadioButton(text)
            self.choices[activity] = button
            self.activities.addButton(button, list(Activity).index(activity))
            choices.addWidget(button)
        self.agreement = QComboBox()
        self.agreement.setAccessibleName(self.tr("Agreement for the consent round"))
        for box in (self.address, self.agreement):  # long agreements must not widen the dock
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(COMBO_CHARS)
        self.agreement.currentIndexChanged.connect(lambda _: self._activity_chosen(self.activities.checkedId(), True))
        choices.addWidget(self.agreement)
        self.choices[Activity.NONE].setChecked(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.toggle)
        layout.addWidget(self.status)
        layout.addWidget(self.qr)
        layout.addWidget(self.url)
        layout.addWidget(self.joined)
        self.what = QLabel(self.tr("<b>Phones may now</b>"))
        layout.addWidget(self.what)
        layout.addLayout(choices)
        layout.addStretch()

        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check)
        self.ctx.loaded.connect(self._fill_agreements)
        self.ctx.changes.connect(lambda _changes: self._fill_agreements())
        QApplication.instance().aboutToQuit.connect(self.close_room)
        self._fill_agreements()
        self._show_state()

    # -- opening and closing --------------------------------------------------------------------

    def toggle_room(self) -> None:
        if self.server is None:
            self.open_room()
        else:
            self.close_room()

    def open_room(self) -> bool:
        """Listen on the chosen address; every network only after the CEO agreed to it."""
        if self.server is not None:
            return True
        if self.ctx.data is None:
            self.status.setText(self.tr("Open a session first: the room belongs to one session."))
            return False
        host = self.address.currentData()
        if host == ALL and not self._every_network_agreed():
            return False
        self.ctx.flush()
        try:
            server = RoomServer(self.ctx.service, self.ctx.session_id, host, self.port.value()).start()
        except RoomError as error:
            QMessageBox.warning(self, self.tr("The room did not open"), str(error))
            return False
        self.server = server
        self.destroyed.connect(partial(server.stop))  # a panel torn down with its window stops it too
        self._activity_chosen(self.activities.checkedId(), True)
        self._poll.start()
        self._show_state()
        self.room_changed.emit(server)
        return True

    def close_room(self) -> None:
        """Stop the server: phones are cut off and nothing listens any more."""
        if self.server is None:
            return
        self.server.stop()
        self.server = None
        self._poll.stop()
        self._show_state()
        self.room_changed.emit(None)

    def _every_network_agreed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Listen on every network?"),
            self.tr(
                "Phones on every network this computer is connected to could reach the join page "
                "(they still need the code). Listen on all of them?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- state --------------------------------------------------------------------------------

    def _activity_chosen(self, button_id: int, checked: bool) -> None:
        if not checked or self.server is None or button_id < 0:
            return
        activity = list(Activity)[button_id]
        self.server.open(activity, self.agreement.currentData() if activity is Activity.CONSENT else None)

    def _fill_agreements(self) -> None:
        chosen = self.agreement.currentData()
        self.agreement.blockSignals(True)
        self.agreement.clear()
        for agreement in self.ctx.data.agreements if self.ctx.data else []:
            self.agreement.addItem(agreement.text or self.tr("(no text yet)"), agreement.id)
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(chosen)))
        self.agreement.blockSignals(False)

    def _check(self) -> None:
        """Closing the session closes its room; otherwise show how many phones joined."""
        server = self.server
        if server is not None and (self.ctx.data is None or self.ctx.session_id != server.room.session_id):
            self.close_room()
            return
        self._show_state()

    def _show_state(self) -> None:
        server = self.server
        running = server is not None
        self.toggle.setText(self.tr("&Close the room") if running else self.tr("&Open the room"))
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        for button in self.choices.values():
            button.setEnabled(running)
        self.agreement.setEnabled(running)
        self.url.setVisible(running)
        self.qr.setVisible(running)
        self.joined.setVisible(running)
        if not running:
            self.status.setText(self.tr("Closed: nothing on this computer listens for phones."))
            return
        self.status.setText(self.tr("Open: phones on the same network scan the code or type the link."))
        if self.url.text() != server.join_url:
            self.url.setText(server.join_url)
            pixmap = QPixmap()
            pixmap.loadFromData(server.qr_png(scale=5))
            self.qr.setPixmap(pixmap)
        self.joined.setText(self.tr("Phones joined: %1").replace("%1", str(server.participants)))


def open_room_panel(window: QMainWindow, ctx: SessionContext) -> RoomPanel:
    """Show the room's dock (built on first use) and put the focus on it."""
    panel = window.findChild(RoomPanel)
    if panel is None:
        dock = QDockWidget(QCoreApplication.translate("RoomPanel", "The room"), window)
        dock.setObjectName("roomDock")
        panel = RoomPanel(ctx, dock)
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    panel.parentWidget().show()
    panel.toggle.setFocus()
    return panel
