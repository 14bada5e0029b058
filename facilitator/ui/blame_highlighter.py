"""Wavy underlines under blame language while a statement is typed (playbook section 3).

Usage::

    editor = QPlainTextEdit()
    highlighter = BlameHighlighter(editor.document(), language="de")
    highlighter.hits_at(editor.textCursor().position())  # for a side panel or tooltip

The highlighter only marks; it never blocks typing. Tooltips are not automatic: formats set by
a QSyntaxHighlighter live in the block layout, not in the document's character formats, so
Qt's own tooltip handling does not see them. Use ``tooltip_at`` from the editor's
``QEvent.ToolTip`` handler (with ``cursorForPosition``) or a side panel fed by ``hits_at``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import (
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from facilitator.domain import blame
from facilitator.domain.blame import Hit
from facilitator.ui import theme

STRONG_WEIGHT = 2.0  # rules with this weight or more get the stronger colour
RULE_PROPERTY = QTextFormat.Property.UserProperty  # the rule id, for tests and tooling


def _utf16_offsets(text: str, offsets: list[int]) -> list[int]:
    """Python (code point) offsets as Qt (UTF-16) offsets; they differ after emoji."""
    if not text or max(text) <= "\uffff":
        return offsets
    return [len(text[:i].encode("utf-16-le", "surrogatepass")) // 2 for i in offsets]


class BlameHighlighter(QSyntaxHighlighter):
    """Underlines blame markers block by block (a block is a paragraph)."""

    def __init__(self, document: QTextDocument, language: str = "en") -> None:
        # Qt highlights a new document from a zero-delay timer, so the attributes below are
        # in place before the first highlightBlock call.
        super().__init__(document)
        self._language = language
        self._formats: dict[str, QTextCharFormat] = {}

    # -- public ---------------------------------------------------------------------------

    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Language of rule names and hints in tooltips ("en" or "de")."""
        if language != self._language:
            self._language = language
            self._formats.clear()
            self.rehighlight()

    def block_hits(self, block: QTextBlock) -> list[Hit]:
        """Hits in one block, with start/end as document positions (QTextCursor units)."""
        if not block.isValid():
            return []
        text = block.text()
        hits = blame.scan(text)
        if not hits:
            return []
        offsets = _utf16_offsets(text, [o for h in hits for o in (h.start, h.end)])
        base = block.position()
        return [replace(h, start=base + offsets[2 * i], end=base + offsets[2 * i + 1]) for i, h in enumerate(hits)]

    def hits_at(self, position: int) -> list[Hit]:
        """Hits touching a document position (a caret right after a word still counts)."""
        document = self.document()
        if document is None:
            return []
        block = document.findBlock(position)
        return [h for h in self.block_hits(block) if h.start <= position <= h.end]

    def document_hits(self) -> list[Hit]:
        """All hits in the document, in document positions; for a side panel or a score."""
        document = self.document()
        if document is None:
            return []
        hits: list[Hit] = []
        block = document.begin()
        while block.isValid():
            hits.extend(self.block_hits(block))
            block = block.next()
        return hits

    def tooltip_at(self, position: int) -> str:
        """'Name: hint' lines for the hits at ``position``; empty if there are none."""
        lines = []
        for h in self.hits_at(position):
            r = blame.rule(h.rule_id)
            lines.append(f"{r.name(self._language)}: {r.hint(self._language)}")
        return "\n".join(dict.fromkeys(lines))

    # -- QSyntaxHighlighter ---------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        hits = blame.scan(text)
        if not hits:
            return
        # Sentence hits first, then lighter rules, so where hits overlap the word marks and the
        # stronger colour are the ones left.
        hits.sort(key=lambda h: (not h.rule_id.startswith(blame.SENTENCE_PREFIX), blame.rule(h.rule_id).weight))
        offsets = _utf16_offsets(text, [o for h in hits for o in (h.start, h.end)])
        for i, hit in enumerate(hits):
            start, end = offsets[2 * i], offsets[2 * i + 1]
            self.setFormat(start, end - start, self._format(hit.rule_id))

    def _format(self, rule_id: str) -> QTextCharFormat:
        fmt = self._formats.get(rule_id)
        if fmt is None:
            r = blame.rule(rule_id)
            fmt = QTextCharFormat()
            # A whole sentence the model reads as blame gets a quieter dotted line, so the
            # exact words the rules mark still stand out inside it.
            sentence = rule_id.startswith(blame.SENTENCE_PREFIX)
            style = QTextCharFormat.UnderlineStyle.DotLine if sentence else QTextCharFormat.UnderlineStyle.WaveUnderline
            fmt.setUnderlineStyle(style)
            fmt.setUnderlineColor(theme.colors().q("strong_blame" if r.weight >= STRONG_WEIGHT else "soft_blame"))
            fmt.setToolTip(f"{r.name(self._language)}: {r.hint(self._language)}")
            fmt.setProperty(RULE_PROPERTY, rule_id)
            self._formats[rule_id] = fmt
        return fmt
