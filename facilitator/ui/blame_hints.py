"""The blame-language hints beside the statement editor of stage 2: a panel that lists each rule
hit with its reframe hint (prominent for strong blame, quiet otherwise), and tooltips on the
words the highlighter underlined. The page chooses the words; this module only shows them."""

from __future__ import annotations

import html
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QToolTip, QVBoxLayout

from facilitator.domain import blame
from facilitator.ui import theme
from facilitator.ui.blame_highlighter import SYNC_SCAN_CHARS, BlameHighlighter, cached_hits, hits_of

HINT_STYLE = """
QFrame#blameHints { border-radius: 6px; padding: 2px; }
QFrame#blameHints[level="none"] { border: 1px solid transparent; }
QFrame#blameHints[level="soft"] { border: 1px solid palette(mid); border-left: 5px solid @caution; }
QFrame#blameHints[level="strong"] {
    border: 2px solid @warning; border-left: 8px solid @warning; background: @warning_tint;
}
QFrame#blameHints[level="none"] QLabel { color: palette(placeholder-text); }
QFrame#blameHints[level="strong"] QLabel { font-size: 12.5pt; }
"""


@lru_cache(maxsize=512)
def level_of(text: str) -> blame.Level:
    """The list asks for a cell many times per repaint (display, tooltip, accessibility): scan once."""
    return blame.level(blame.score(hits_of(text)))


def level_if_known(text: str) -> blame.Level | None:
    """The level, or None for a long text not scanned yet (it is, once typing pauses)."""
    if len(text) <= SYNC_SCAN_CHARS:
        return level_of(text)
    hits = cached_hits(text)
    return None if hits is None else blame.level(blame.score(hits))


def rule_hints(hits: list[blame.Hit], lang: str) -> list[tuple[str, str]]:
    """Each rule hit once, in the order first hit, as (name, reframe hint) in `lang`."""
    rules = dict.fromkeys(hit.rule_id for hit in hits)
    return [(blame.rule(r).name(lang), blame.rule(r).hint(lang)) for r in rules]


class BlameHints(QFrame):
    """A heading and a list of (rule name, hint), framed by how strong the blame is."""

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("blameHints")
        self.setStyleSheet(theme.fill(HINT_STYLE))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(accessible_name)
        QVBoxLayout(self).addWidget(self.label)

    def set_hints(self, head: str, items: list[tuple[str, str]], level: str) -> None:
        """Show `head` and the items; `level` is "none", "soft" or "strong" (the frame's style)."""
        lines = "".join(f"<li><b>{html.escape(name)}</b>: {html.escape(hint)}</li>" for name, hint in items)
        self.label.setText(f"<p><b>{html.escape(head)}</b></p>" + (f"<ul>{lines}</ul>" if lines else ""))
        plain = " ".join([head] + [f"{name}: {hint}" for name, hint in items])
        self.setAccessibleDescription(plain)
        self.label.setAccessibleDescription(plain)
        if self.property("level") != level:
            self.setProperty("level", level)
            self.setStyleSheet(theme.fill(HINT_STYLE))  # re-polish the frame and its label


class HintTooltips(QObject):
    """Hovering an underlined word shows its rule and hint (the highlighter cannot)."""

    def __init__(self, edit: QPlainTextEdit, highlighter: BlameHighlighter):
        super().__init__(edit)
        self.edit, self.highlighter, self.viewport = edit, highlighter, edit.viewport()
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: while the editor is being destroyed, its viewport still gets events.
        if event.type() == QEvent.Type.ToolTip and watched is self.viewport:
            assert isinstance(event, QHelpEvent)
            cursor = self.edit.cursorForPosition(event.pos())
            line = self.edit.cursorRect(cursor)
            # Below the last line Qt still answers with a position on it: no hint there.
            on_text = line.top() <= event.pos().y() <= line.bottom()
            tip = self.highlighter.tooltip_at(cursor.position()) if on_text else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.edit)
            else:
                QToolTip.hideText()
            return True
        return False
