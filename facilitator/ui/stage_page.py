"""What every stage page has: title, purpose, what to say, its own content, private notes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from facilitator.domain.stages import stage
from facilitator.ui import i18n
from facilitator.ui.context import SessionContext
from facilitator.ui.widgets import Binder, PrivateNoteBox


class StagePage(QWidget):
    """Base of the seven stage pages. Subclasses set `number` and fill `self.body` in build()."""

    number = 0

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.binder = Binder(ctx)
        info = stage(self.number)
        lang = i18n.language()

        title = QLabel(info.title(lang))
        title.setObjectName("stageTitle")
        title.setAccessibleName(title.text())
        purpose = QLabel(info.purpose(lang))
        purpose.setWordWrap(True)
        purpose.setObjectName("stagePurpose")

        say = QLabel(self.tr("What to say"))
        say.setObjectName("sideHeading")
        opening, closing = ("„", "“") if lang == "de" else ("“", "”")
        prompts = QLabel("".join(f"<p>{opening}{html.escape(p)}{closing}</p>" for p in info.prompts(lang)))
        prompts.setObjectName("prompts")
        prompts.setWordWrap(True)
        prompts.setTextFormat(Qt.TextFormat.RichText)
        prompts.setAccessibleName(self.tr("Facilitator prompts"))
        self.private_note = PrivateNoteBox(ctx, self.number)

        side = QVBoxLayout()
        side.addWidget(say)
        side.addWidget(prompts)
        side.addWidget(self.private_note, 1)
        side_panel = QFrame()
        side_panel.setObjectName("sidePanel")
        side_panel.setLayout(side)
        side_panel.setMinimumWidth(260)
        side_panel.setMaximumWidth(420)
        self.side_panel = side_panel

        content = QWidget()
        self.content = content
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the scroll area

        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(side_panel, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addLayout(columns, 1)

        self.build()
        self.show_private(not PrivateNoteBox.hidden)
        ctx.loaded.connect(self.refresh)

    def show_private(self, shown: bool) -> None:
        """Hiding private notes (for a shared screen) collapses the whole side column, prompts
        included, so no gap or lone heading is left and the stage's content gets the width."""
        self.private_note.setVisible(shown)
        self.side_panel.setVisible(shown)

    def set_read_only(self, read_only: bool) -> None:
        """A closed session: nothing on the page changes data; text can still be read."""
        self.content.setEnabled(not read_only)
        self.private_note.editor.setReadOnly(read_only)

    def build(self) -> None:
        """Add the stage's own widgets to self.body."""

    def show_session(self) -> None:
        """Fill a page built after the session loaded (it missed the `loaded` signal)."""
        self.binder.load()
        self.private_note.binder.load()
        self.refresh()

    def refresh(self) -> None:
        """Update derived views after the session (re)loaded; bound fields refill themselves."""

    def focus_first(self) -> None:
        """Put the keyboard focus on the page's first input (called when the stage is entered)."""
        self.focusNextChild()
