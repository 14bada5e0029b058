"""Whole-sentence blame marks from the sentence model, typed into an editor as a user does."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from facilitator.domain import blame
from facilitator.ui.blame_highlighter import RULE_PROPERTY, BlameHighlighter

DOTS = QTextCharFormat.UnderlineStyle.DotLine


def sentence_marks(editor: QPlainTextEdit) -> list[str | None]:
    """Per position of the first block: the rule id of a dotted (sentence) mark, or None."""
    block = editor.document().firstBlock()
    marks: list[str | None] = [None] * block.length()
    for r in block.layout().formats():
        if r.format.underlineStyle() == DOTS:
            for i in range(r.start, r.start + r.length):
                marks[i] = r.format.property(RULE_PROPERTY)
    return marks


def test_a_sentence_the_rules_miss_is_marked_whole_with_its_hint(qtbot, editor: QPlainTextEdit) -> None:
    highlighter = BlameHighlighter(editor.document(), language="de")
    calm, barb = "Q3 endete bei 2,05 Mio. Euro. ", "Jeder Forecast vom Vertrieb ist ein Horoskop."
    qtbot.keyClicks(editor, calm + barb)
    qtbot.waitUntil(lambda: any(sentence_marks(editor)))
    marks = sentence_marks(editor)
    start = len(calm)
    assert marks[:start] == [None] * start  # the calm fact stays unmarked
    assert set(marks[start : start + len(barb)]) == {"S-metaphor"}
    tip = highlighter.tooltip_at(start + 5)
    assert blame.rule("S-metaphor").hint("de") in tip and "Bild" in tip


def test_typing_a_schedule_with_an_absolute_leaves_it_unmarked(qtbot, editor: QPlainTextEdit) -> None:
    highlighter = BlameHighlighter(editor.document())
    qtbot.keyClicks(editor, "The board never meets in August.")
    qtbot.wait(50)  # let the highlighter run (it is queued after the edit)
    assert highlighter.document_hits() == []
    assert not any(sentence_marks(editor))
