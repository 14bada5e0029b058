"""The keyboard overlay (F1): every shortcut of the app in one readable table."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

# A key ends at a comma, a space or the end: "Ctrl++" and "Ctrl+-" are keys too (were left English).
_KEY = re.compile(
    r"(?:(?:Ctrl|Shift|Alt)\+)*(?:PgDown|PgUp|Return|Escape|Delete|Insert|Tab|F\d+|[A-Z0-9+-])(?=$|[,\s])"
)


def native(keys: QKeySequence | str) -> str:
    """Key names as the platform and language write them (Strg+L, Entf, Einfg in German)."""
    if isinstance(keys, QKeySequence):
        return keys.toString(QKeySequence.SequenceFormat.NativeText)
    return _KEY.sub(lambda m: QKeySequence(m.group()).toString(QKeySequence.SequenceFormat.NativeText), keys)


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (QKeySequence(QKeySequence.StandardKey.New), self.tr("New session")),
            ("Ctrl+L", self.tr("All sessions")),
            (QKeySequence(QKeySequence.StandardKey.Open), self.tr("Open or create a workspace")),
            ("Ctrl+E", self.tr("Export minutes or action items")),
            ("Ctrl+PgDown", self.tr("Next stage")),
            ("Ctrl+PgUp", self.tr("Previous stage")),
            ("Alt+1 … Alt+7", self.tr("Go to stage 1 to 7")),
            ("Ctrl+T", self.tr("Start or pause the stage timer")),
            ("Ctrl+Shift+T", self.tr("Add five minutes to the time box")),
            ("Ctrl+H", self.tr("Hide or show private notes (shared screen)")),
            ("Insert, Ctrl+Return", self.tr("Add a row to the focused table")),
            ("Delete", self.tr("Remove the selected row (asks first)")),
            ("F2", self.tr("Edit the selected cell; in the session list: rename")),
            ("0 … 7", self.tr("Score the cell in pulse, consent and scorecard tables; the cursor moves on")),
            (self.tr("Alt+letter"), self.tr("Jump to the field or button whose label has that letter underlined")),
            ("Return, Escape", self.tr("In a list: edit the selected item; in its editor: back to the list")),
            ("Ctrl+Return", self.tr("In the statement editor: start the next statement")),
            ("F11", self.tr("Show the goal map full screen")),
            ("F5", self.tr("Present to the room: the room's board on the second screen or in its own window")),
            ("Shift+F5, Escape", self.tr("End presenting (Escape in the room's window)")),
            ("B, Ctrl+B", self.tr("Blank the room's screen and show it again (B in the room's window)")),
            ("PgDown, PgUp", self.tr("In the room's window: scroll a board longer than the screen")),
            ("Ctrl++, Ctrl+-, Ctrl+0", self.tr("Zoom the cockpit or the room's window, whichever has the focus")),
            ("Ctrl+R", self.tr("Open the room for phones")),
            ("Ctrl+D", self.tr("Duplicate the selected session")),
            ("Ctrl+F", self.tr("In the session list: search all text in all sessions")),
            ("Tab, Shift+Tab", self.tr("Next or previous field")),
            ("F1", self.tr("This overview")),
        ]
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(native(keys)))
            table.setItem(row, 1, QTableWidgetItem(action))
            table.item(row, 1).setToolTip(action)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        table.setWordWrap(True)
        # Rows follow the width the action column gets when the dialog opens and resizes (fitted
        # once, before it had its width, one-line rows stood two lines tall).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.resize(760, 640)
