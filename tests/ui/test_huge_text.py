"""The largest text a field may hold: typing and pasting stop at the limit with a gentle note,
a long statement keeps its blame marks while it is typed, and tables show long texts in part."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip

from facilitator.domain import blame
from facilitator.domain import model as m
from facilitator.domain.limits import MAX_TEXT_CHARS
from facilitator.ui import text_limit
from facilitator.ui.blame_highlighter import SYNC_SCAN_CHARS, BlameHighlighter, moved_hits
from facilitator.ui.stages.facts import FactsPage
from facilitator.ui.stages.frame import FramePage
from tests.ui.keyboard import open_page, reopened
from tests.ui.test_blame_highlighter import char_marks


def test_typing_stops_at_the_limit_with_a_note(qtbot, ctx, store):
    ctx.data.session.trigger_text = "x" * (MAX_TEXT_CHARS - 2)
    store.save(ctx.data.session)
    ctx.reload()
    page = open_page(qtbot, ctx, FramePage)
    edit = page.what_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)

    qtbot.keyClicks(edit, "abcd")

    assert edit.toPlainText() == "x" * (MAX_TEXT_CHARS - 2) + "ab"
    assert QToolTip.text() == text_limit.message()
    ctx.flush()
    assert reopened(store).session.trigger_text.endswith("xab")


def test_a_paste_is_cut_to_fit_and_saved(qtbot, ctx, store):
    page = open_page(qtbot, ctx, FramePage)
    QApplication.clipboard().setText("word " * 6_000)  # 30,000 characters
    for edit in (page.what_edit, page.title_edit):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(page.what_edit.toPlainText()) == MAX_TEXT_CHARS
    assert len(page.title_edit.text()) == MAX_TEXT_CHARS
    ctx.flush()
    saved = reopened(store).session
    assert len(saved.trigger_text) == len(saved.title) == MAX_TEXT_CHARS


def test_a_longer_stored_text_is_shown_whole_not_cut(qtbot, ctx, store):
    """Text from before the limit is the user's: loading it must not shorten it behind their back."""
    ctx.data.session.trigger_text = "y" * (MAX_TEXT_CHARS + 500)
    store.save(ctx.data.session)
    ctx.reload()
    page = open_page(qtbot, ctx, FramePage)
    assert len(page.what_edit.toPlainText()) == MAX_TEXT_CHARS + 500
    ctx.flush()
    assert len(reopened(store).session.trigger_text) == MAX_TEXT_CHARS + 500


def test_marks_move_with_an_edit():
    hits = [blame.Hit("R1", 10, 15, 1.0, False), blame.Hit("R2", 40, 45, 2.0, False)]
    old = "a" * 50
    # Two characters typed at 20: the first mark stays, the second moves on by two.
    assert [(h.start, h.end) for h in moved_hits(old, hits, old[:20] + "bb" + old[20:])] == [(10, 15), (42, 47)]
    # An edit inside a mark drops that mark only.
    assert [h.rule_id for h in moved_hits(old, hits, old[:12] + "z" + old[13:])] == ["R2"]


def test_a_long_paragraph_keeps_its_marks_while_typed_and_is_marked_anew_after(qtbot, editor):
    highlighter = BlameHighlighter(editor.document(), language="en")
    filler = "The report went out on Monday as planned and the numbers were checked. " * 40
    assert len(filler) > SYNC_SCAN_CHARS
    editor.setPlainText(filler + "You always ignore us.")
    block = editor.document().firstBlock()
    qtbot.waitUntil(lambda: any(char_marks(block)))  # scanned off the GUI thread, then marked
    marked = [i for i, mark in enumerate(char_marks(block)) if mark]
    assert marked and min(marked) >= len(filler)

    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Hi ")
    # At once, before any scan: the marks moved on by the three characters typed before them.
    assert [i for i, mark in enumerate(char_marks(block)) if mark] == [i + 3 for i in marked]

    qtbot.keyClicks(editor, "they always blame us. ")
    qtbot.waitUntil(lambda: any(char_marks(block)[: len("Hi they always blame us.")]))
    assert highlighter.document() is editor.document()


def test_a_long_statement_shows_its_level_and_hints_once_typing_pauses(qtbot, ctx):
    text = "We met on Monday and the figures were checked by both teams. " * 50 + "You never listen!"
    statement = ctx.add(m.Statement(raw_text=text, kind=m.StatementKind.EVALUATION))
    page = open_page(qtbot, ctx, FactsPage, (1200, 1000))
    model = page.statements.model
    row = model.row_of(statement)
    page.statements.view.setCurrentIndex(model.index(row, 2))
    qtbot.waitUntil(lambda: "never" in page.hint_label.text().lower() or "blame" in page.hint_label.text().lower())
    level = model.index(row, len(model.columns) - 1)
    qtbot.waitUntil(lambda: model.data(level) != "")

    shown = model.data(model.index(row, 2))
    assert len(shown) <= 2_000 and shown.endswith("…")  # the cell shows the start of it
    assert replace(statement).raw_text == text  # the statement itself is whole


def test_the_rooms_board_shows_a_huge_agreement_in_part(ctx):
    from facilitator.ui.boards import BOARD_CHARS, board_html, public_view

    text = "We meet every Tuesday to review the deal desk. " * 430  # about 20,000 characters
    ctx.add(m.Agreement(text=text))
    html = board_html(public_view(ctx.data), 6, 30)
    assert "We meet every Tuesday" in html and "…" in html
    assert html.count("We meet every Tuesday") <= BOARD_CHARS // len("We meet every Tuesday")
