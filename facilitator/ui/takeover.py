"""The question when another computer's lock is on a workspace: who opened it, when, open it anyway?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.workspace_lock import Holder


def _when(holder: Holder) -> str:
    if holder.since is None:
        return QCoreApplication.translate("TakeOver", "an unknown time")
    moment = QDateTime.fromSecsSinceEpoch(int(holder.since.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def question(path: Path, holder: Holder) -> str:
    """Where and when it was opened, and the question (only another computer's lock is asked about)."""
    text = QCoreApplication.translate(
        "TakeOver",
        "%1 was opened on %2 at %3 and may still be open there; two computers writing at once can lose changes. Open it anyway?",  # noqa: E501
    )
    return text.replace("%1", str(path)).replace("%2", holder.host).replace("%3", _when(holder))


def ask(parent: QWidget | None, path: Path, holder: Holder) -> bool:
    """True when the user chooses to open the workspace anyway."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("TakeOver", "Workspace may be open elsewhere"),
        question(path, holder),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("takeOver")
    anyway = box.addButton(QCoreApplication.translate("TakeOver", "&Open anyway"), QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("openAnyway")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # the other computer may really be writing
    box.exec()
    return box.clickedButton() is anyway
