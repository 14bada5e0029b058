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

import contextlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer
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
from facilitator.ui.background import run_in_background

STRONG_WEIGHT = 2.0  # rules with this weight or more get the stronger colour
RULE_PROPERTY = QTextFormat.Property.UserProperty  # the rule id, for tests and tooling
# A paragraph up to this long is scanned on the keystroke itself (a few ms). A longer one (up to
# MAX_TEXT_CHARS: a scan of 20,000 characters takes 40-70 ms, more on a busy machine) keeps its
# marks, moved along with the edit, and is scanned off the GUI thread once typing pauses.
SYNC_SCAN_CHARS = 2_000
RESCAN_DELAY_MS = 250
_CACHED_TEXTS = 32


_cache: OrderedDict[str, tuple[Hit, ...]] = OrderedDict()


def cached_hits(text: str) -> list[Hit] | None:
    """The hits of `text` if it was scanned lately, else None (without scanning)."""
    found = _cache.get(text)
    if found is None:
        return None
    _cache.move_to_end(text)
    return list(found)


def hits_of(text: str) -> list[Hit]:
    """blame.scan, once per text: the highlighter, the statement list and the hint panel all ask
    on every keystroke, and a long statement would be scanned three times over."""
    found = cached_hits(text)
    if found is None:
        found = blame.scan(text)
        _remember(text, found)
    return list(found)


def _remember(text: str, hits: list[Hit] | tuple[Hit, ...]) -> None:
    _cache[text] = tuple(hits)
    _cache.move_to_end(text)
    if len(_cache) > _CACHED_TEXTS:
        _cache.popitem(last=False)


_waiting: dict[str, list[Callable[[list[Hit]], None]]] = {}


def when_scanned(text: str, then: Callable[[list[Hit]], None]) -> None:
    """Call `then(hits)` on the GUI thread: now if `text` was scanned lately, else once a worker
    thread has scanned it (the detector is plain Python, safe to run beside the GUI)."""
    found = cached_hits(text)
    if found is not None:
        then(found)
        return
    if text in _waiting:
        _waiting[text].append(then)
        return
    _waiting[text] = [then]

    def done(hits: tuple[Hit, ...]) -> None:
        _remember(text, hits)
        for callback in _waiting.pop(text, []):
            with contextlib.suppress(RuntimeError):  # its widget was closed meanwhile
                callback(list(hits))

    run_in_background(lambda: tuple(blame.scan(text)), done, lambda _error: _waiting.pop(text, None))


_warming = {"started": False, "done": False}


def warm_up() -> None:
    """Compile the detector's ~600 patterns and load its model off the GUI thread (0.8-3 s on
    a busy 2-core machine), before the first statement list or keystroke needs them. Once:
    two threads compiling at the same time would both do all the work."""
    if _warming["started"]:
        return
    _warming["started"] = True

    def finished(_result: object) -> None:  # failed too: scanning then logs its own error
        _warming["done"] = True

    run_in_background(blame.rules, finished, finished)


def warmed_up() -> bool:
    """Whether warm_up has finished: scanning no longer compiles the detector first."""
    return _warming["done"]


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start, by halving (slice comparisons run in C: fast on 20,000 chars)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def moved_hits(old: str, hits: list[Hit], new: str) -> list[Hit]:
    """The hits of `old` that an edit leading to `new` left alone, at their new offsets."""
    prefix = _common_prefix(old, new)
    suffix = _common_prefix(old[prefix:][::-1], new[prefix:][::-1])
    delta = len(new) - len(old)
    kept = [h for h in hits if h.end <= prefix]
    kept += [replace(h, start=h.start + delta, end=h.end + delta) for h in hits if h.start >= len(old) - suffix]
    return kept


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
        self._shown: dict[int, tuple[str, list[Hit]]] = {}  # block number -> (text, hits) last marked
        self._moved: set[int] = set()  # blocks showing moved marks, waiting for their scan
        self._rescan = QTimer(self, singleShot=True, interval=RESCAN_DELAY_MS)
        self._rescan.timeout.connect(self._scan_long_blocks)

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
        hits = hits_of(text)
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
        number = self.currentBlock().blockNumber()
        hits = hits_of(text) if len(text) <= SYNC_SCAN_CHARS else cached_hits(text)
        if hits is None:  # a long paragraph being typed: keep its marks until typing pauses
            old_text, old_hits = self._shown.get(number, ("", []))
            hits = moved_hits(old_text, old_hits, text) if old_hits else []
            self._moved.add(number)
            self._rescan.start()
        else:
            self._moved.discard(number)
        self._shown[number] = (text, hits)
        if not hits:
            return
        # Sentence hits first, then lighter rules, so where hits overlap the word marks and the
        # stronger colour are the ones left.
        hits.sort(key=lambda h: (not h.rule_id.startswith(blame.SENTENCE_PREFIX), blame.rule(h.rule_id).weight))
        offsets = _utf16_offsets(text, [o for h in hits for o in (h.start, h.end)])
        for i, hit in enumerate(hits):
            start, end = offsets[2 * i], offsets[2 * i + 1]
            self.setFormat(start, end - start, self._format(hit.rule_id))

    def _scan_long_blocks(self) -> None:
        """Typing paused: scan the long paragraphs whose marks were only moved along."""
        document = self.document()
        if document is None:
            return
        block = document.begin()
        while block.isValid():
            if block.blockNumber() in self._moved:
                when_scanned(block.text(), lambda _hits: self._mark_scanned())
            block = block.next()

    def _mark_scanned(self) -> None:
        """Mark anew each waiting paragraph whose scan is in (its text is what was scanned)."""
        document = self.document()
        if document is None:
            return
        block = document.begin()
        while block.isValid():
            if block.blockNumber() in self._moved and cached_hits(block.text()) is not None:
                self.rehighlightBlock(block)
            block = block.next()

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
