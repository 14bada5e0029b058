"""File > Restore from backup: the workspace's backups with dates and session counts; one is
chosen, confirmed, and the app puts it in place (the current file is kept as a backup first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from facilitator.storage.backups import Backup

_Index = QModelIndex | QPersistentModelIndex


def when(backup: Backup) -> str:
    moment = QDateTime(backup.taken.date(), backup.taken.time().replace(microsecond=0))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class BackupModel(QAbstractTableModel):
    """The backups, newest first: when, how many sessions, why it was taken."""

    def __init__(self, found: list[Backup], parent=None):
        super().__init__(parent)
        self.found = found
        self.headers = [self.tr("Taken"), self.tr("Sessions"), self.tr("Why")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.found)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        backup = self.found[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if index.column() == 0:
            return when(backup)
        if index.column() == 1:
            return self.tr("cannot be read") if backup.sessions is None else str(backup.sessions)
        return self.reason(backup.reason)

    def reason(self, code: str) -> str:
        if code.startswith("before-m"):
            return self.tr("Before an update of the app")
        return {
            "daily": self.tr("First opening of the day"),
            "manual": self.tr("Kept by hand"),
            "before-restore": self.tr("Before a restore"),
            "damaged": self.tr("Damaged file, kept as it was"),
        }.get(code, code)


class RestoreDialog(QDialog):
    """Choose a backup; `chosen` is set when the user confirmed replacing the workspace with it."""

    def __init__(self, workspace: Path, found: list[Backup], parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.chosen: Backup | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        intro = QLabel(
            self.tr(
                "Backups of %1, newest first. Restoring puts the chosen one in place of the workspace; the current file is kept as a backup first."  # noqa: E501
            ).replace("%1", str(workspace))
            if found
            else self.tr("%1 has no backups yet: one is kept on the first opening of each day.").replace(
                "%1", str(workspace)
            )
        )
        intro.setWordWrap(True)
        self.model = BackupModel(found, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.confirm())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # The accept role makes it the default button: Return on a chosen row asks to restore it.
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        if found:
            self.table.selectRow(0)
            self.table.setFocus()
        self._enable()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.found[rows[0].row()] if rows else None

    def _enable(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.sessions is not None)

    def confirm(self) -> None:
        backup = self.selected()
        if backup is None or backup.sessions is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace %1 with the backup from %2 (sessions: %3)? The current file is kept as a backup first.")
            .replace("%1", str(self.workspace))
            .replace("%2", when(backup))
            .replace("%3", str(backup.sessions)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()
