"""BlameHighlighter in a real QPlainTextEdit, typed into the way a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from facilitator.domain import blame
from facilitator.ui import theme
from facilitator.ui.blame_highlighter import RULE_PROPERTY, BlameHighlighter

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


def char_marks(block: QTextBlock) -> list[tuple[str, str] | None]:
    """Per UTF-16 position of the block: (underline colour, rule id) or None."""
    marks: list[tuple[str, str] | None] = [None] * block.length()
    for r in block.layout().formats():
        fmt = r.format
        if fmt.underlineStyle() != WAVE:
            continue
        for i in range(r.start, r.start + r.length):
            marks[i] = (fmt.underlineColor().name(), fmt.property(RULE_PROPERTY))
    return marks


def test_typing_marks_the_blame_spans(qtbot, editor: QPlainTextEdit) -> None:
    highlighter = BlameHighlighter(editor.document(), language="de")
    text = "Ihr blockiert immer alles."
    qtbot.keyClicks(editor, text)
    assert editor.toPlainText() == text

    block = editor.document().firstBlock()
    qtbot.waitUntil(lambda: any(char_marks(block)))
    marks = char_marks(block)
    strong, soft = theme.colors().strong_blame, theme.colors().soft_blame
    # "Ihr " (R2 only), "blockiert" (R2 and R4: R4 painted last), "immer alles" (R1).
    assert marks[0:4] == [(strong, "R2")] * 4
    assert marks[4:13] == [(strong, "R4")] * 9
    assert marks[13] is None
    assert marks[14:25] == [(soft, "R1")] * 11
    assert marks[25] is None  # the full stop

    assert {h.rule_id for h in highlighter.hits_at(6)} == {"R2", "R4"}
    assert [h.rule_id for h in highlighter.hits_at(20)] == ["R1"]
    assert highlighter.hits_at(13) != []  # a caret right after "blockiert" still counts
    r1 = highlighter.hits_at(20)[0]
    assert text[r1.start : r1.end] == "immer alles"
    assert "Nenne einen konkreten Fall" in highlighter.tooltip_at(20)
    assert highlighter.tooltip_at(25 + 1) == ""


def test_marks_follow_edits(qtbot, editor: QPlainTextEdit) -> None:
    BlameHighlighter(editor.document())
    qtbot.keyClicks(editor, "You guys never listen")
    block = editor.document().firstBlock()
    qtbot.waitUntil(lambda: any(char_marks(block)))
    # Select all and type a neutral sentence: the marks must go away.
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "We missed the quarter by 8 percent.")
    block = editor.document().firstBlock()
    qtbot.waitUntil(lambda: not any(char_marks(block)))


def test_offsets_are_utf16_after_emoji_and_per_block(qtbot, editor: QPlainTextEdit) -> None:
    highlighter = BlameHighlighter(editor.document())
    editor.setPlainText("Alles gut.\n😀 Ihr blockiert das.")
    second = editor.document().findBlockByNumber(1)
    qtbot.waitUntil(lambda: any(char_marks(second)))
    marks = char_marks(second)
    # The emoji is two UTF-16 units, then a space: "Ihr" starts at 3.
    assert marks[0:3] == [None, None, None]
    assert marks[3][1] == "R2"
    assert not any(char_marks(editor.document().firstBlock()))

    hits = highlighter.document_hits()
    assert {h.rule_id for h in hits} == {"R2", "R4"}
    cursor = editor.textCursor()
    r4 = next(h for h in hits if h.rule_id == "R4")
    cursor.setPosition(r4.start)
    cursor.setPosition(r4.end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "blockiert"


def test_language_switch_changes_tooltips(qtbot, editor: QPlainTextEdit) -> None:
    highlighter = BlameHighlighter(editor.document(), language="en")
    editor.setPlainText("Das ist rücksichtslos.")
    assert highlighter.tooltip_at(10).startswith(blame.rule("R3").name("en"))
    highlighter.set_language("de")
    assert highlighter.language() == "de"
    assert highlighter.tooltip_at(10).startswith("Charakter-Etiketten")
