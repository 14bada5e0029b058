"""Help > Tour: the seven stages one at a time, with their purpose and time box."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from facilitator.domain.stages import STAGES
from facilitator.ui import i18n


class TourDialog(QDialog):
    """Back and Next walk through the stages; the last page says how to start."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tour of the seven stages"))
        self.setMinimumWidth(560)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setMinimumHeight(220)
        self.back = QPushButton(self.tr("&Back"))
        self.next = QPushButton(self.tr("&Next"))
        self.done = QPushButton(self.tr("Close"))
        self.back.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next.clicked.connect(lambda: self.show_step(self.step + 1))
        self.done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.next)
        buttons.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.step = 0
        self.show_step(0)

    def show_step(self, step: int) -> None:
        """Step 0 introduces; steps 1 to 7 are the stages."""
        self.step = max(0, min(step, len(STAGES)))
        lang = i18n.language()
        if self.step == 0:
            text = self.tr(
                "<h3>A session in seven stages</h3><p>Each stage has a purpose, a time box and prompts "
                "for what to say. The navigator on the left shows where you are and how much time each "
                "stage has used. Alt+1 to Alt+7 jump to a stage; Ctrl+T starts its timer.</p>"
                "<p>Private notes beside each stage are only for you; Ctrl+H hides them on a shared "
                "screen.</p>"
            )
        else:
            info = STAGES[self.step - 1]
            heading = self.tr("%1. %2 (%3 min)").replace("%1", str(info.number))
            heading = heading.replace("%2", info.title(lang)).replace("%3", str(info.minutes))
            text = f"<h3>{html.escape(heading)}</h3><p>{html.escape(info.purpose(lang))}</p>"
        self.text.setText(text)
        self.back.setEnabled(self.step > 0)
        self.next.setEnabled(self.step < len(STAGES))
        (self.next if self.next.isEnabled() else self.done).setFocus()
