"""The one message a user sees when a session they open holds values that cannot be read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.storage.codec import Damage

# Named one per line; a badly damaged session lists the first few and says there is more.
MAX_LISTED = 8


def report_damage(parent: QWidget, damaged: list[Damage]) -> QMessageBox | None:
    """Name the damaged values (table, row id, field, as `facilitator check` does); None if none."""
    if not damaged:
        return None
    where = "\n".join(f"• {d.describe()}" for d in damaged[:MAX_LISTED])
    if len(damaged) > MAX_LISTED:
        where += "\n• …"
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DamageReport", "Some values could not be read"),
        QCoreApplication.translate(
            "DamageReport",
            "Part of this session is damaged in the workspace file. These values show as empty or as a default, and stay as stored until you change them:\n%1\n\nEverything else can be used as usual. Run “facilitator check” for a full report, or restore a backup.",  # noqa: E501 - one literal, or lupdate misses it
        ).replace("%1", where),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("damage-report")
    box.open()  # not exec(): the session is open behind it
    return box
