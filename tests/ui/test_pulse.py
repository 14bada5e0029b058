"""The pulse table: typing scores stores PulseResponse rows; the before values show beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from facilitator.domain.model import PULSE_ITEMS, Participant, PulsePhase, PulseResponse, Side
from facilitator.storage.store import Store
from facilitator.ui.pulse import PulseTable, PulseTableModel
from tests.ui.keyboard import show_active

BEFORE, AFTER = PulsePhase.BEFORE, PulsePhase.AFTER


def add_people(ctx):
    ana = ctx.add(Participant(name="Ana Alves", role="AE", side=Side.SALES))
    ben = ctx.add(Participant(name="Ben Brandt", role="PM", side=Side.PRODUCT))
    cleo = ctx.add(Participant(name="Cleo Chen", role="CEO", side=Side.CEO))
    return ana, ben, cleo


def add_pulse(ctx, person, phase, scores):
    for item, score in zip(PULSE_ITEMS, scores, strict=True):
        ctx.add(PulseResponse(participant_id=person.id, phase=phase, item_id=item, score=score))


def stored_pulse(store, session_id, phase):
    """{(participant id, item): score} and the number of rows, read through a new connection."""
    fresh = Store(store.path)
    try:
        rows = [r for r in fresh.load(session_id).pulse_responses if r.phase == phase]
    finally:
        fresh.close()
    return {(r.participant_id, r.item_id): r.score for r in rows}, len(rows)


def show_table(qtbot, ctx, phase, compare_with=None):
    table = PulseTable(ctx, phase, compare_with)
    qtbot.addWidget(table)
    table.resize(900, 400)
    show_active(qtbot, table)  # keys and mnemonics reach only the active window
    table.focus_first()
    return table


def cell(table, row, column):
    return table.model.index(row, column).data()


def test_pulse_models_pass_the_model_tester(qtmodeltester, ctx):
    ana, ben, _cleo = add_people(ctx)
    add_pulse(ctx, ana, BEFORE, (2, 3, 4, 3))
    add_pulse(ctx, ben, BEFORE, (4, 5, 2, 1))
    add_pulse(ctx, ana, AFTER, (6, 5, 4, 5))
    qtmodeltester.check(PulseTableModel(ctx, AFTER, compare_with=BEFORE))
    qtmodeltester.check(PulseTableModel(ctx, BEFORE))


def test_typing_after_scores_stores_rows_and_shows_them_beside_before(qtbot, ctx, store):
    ana, ben, cleo = add_people(ctx)
    add_pulse(ctx, ana, BEFORE, (2, 3, 4, 3))
    add_pulse(ctx, ben, BEFORE, (4, 5, 2, 1))
    table = show_table(qtbot, ctx, AFTER, compare_with=BEFORE)

    # The CEO hosts and is not polled: two people and the average row.
    assert table.model.rowCount() == 3
    names = [table.model.headerData(r, Qt.Orientation.Vertical) for r in range(3)]
    assert names == ["Ana Alves", "Ben Brandt", "Average"]
    assert cleo.name not in names

    qtbot.keyClicks(table.view, "6545")  # Ana, item by item; the cursor moves along the row
    qtbot.keyClicks(table.view, "7336")  # then wraps to Ben
    qtbot.keyClicks(table.view, "9")  # outside 1..7: refused, nothing changes

    assert cell(table, 0, 0) == "6 (before 2)"
    assert cell(table, 1, 3) == "6 (before 1)"
    # Averages by hand: shared goal before (2+4)/2 = 3.0, after (6+7)/2 = 6.5;
    # risks before (3+1)/2 = 2.0, after (5+6)/2 = 5.5.
    assert cell(table, 2, 0) == "3.0 → 6.5"
    assert cell(table, 2, 3) == "2.0 → 5.5"
    assert not table.model.flags(table.model.index(2, 0)) & Qt.ItemFlag.ItemIsEditable

    after, count = stored_pulse(store, ctx.session_id, AFTER)
    assert count == 8
    assert [after[(ana.id, i)] for i in PULSE_ITEMS] == [6, 5, 4, 5]
    assert [after[(ben.id, i)] for i in PULSE_ITEMS] == [7, 3, 3, 6]
    before, count = stored_pulse(store, ctx.session_id, BEFORE)
    assert count == 8 and before[(ana.id, "shared_goal")] == 2


def test_a_second_score_updates_the_row_and_delete_removes_it(qtbot, ctx, store):
    ana, _ben, _cleo = add_people(ctx)
    table = show_table(qtbot, ctx, AFTER, compare_with=BEFORE)

    qtbot.keyClicks(table.view, "5")
    qtbot.keyClick(table.view, Qt.Key.Key_Left)
    qtbot.keyClicks(table.view, "2")
    after, count = stored_pulse(store, ctx.session_id, AFTER)
    assert count == 1 and after[(ana.id, "shared_goal")] == 2
    assert cell(table, 0, 0) == "2"  # no before value: just the score

    qtbot.keyClick(table.view, Qt.Key.Key_Left)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert stored_pulse(store, ctx.session_id, AFTER) == ({}, 0)


def test_return_opens_a_spin_box_limited_to_one_to_seven(qtbot, ctx, store):
    ana, _ben, _cleo = add_people(ctx)
    table = show_table(qtbot, ctx, BEFORE)

    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    assert (editor.minimum(), editor.maximum()) == (1, 7)
    assert editor.accessibleName() == "Ana Alves: Shared goal"
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored_pulse(store, ctx.session_id, BEFORE)[1] == 1)
    assert stored_pulse(store, ctx.session_id, BEFORE)[0] == {(ana.id, "shared_goal"): 7}
    assert cell(table, 2, 0) == "7.0"  # plain average without a comparison


def test_averages_compare_the_same_people_while_the_pulse_is_taken(qtbot, ctx):
    ana, ben, _cleo = add_people(ctx)
    add_pulse(ctx, ana, BEFORE, (2, 3, 4, 3))
    add_pulse(ctx, ben, BEFORE, (4, 5, 2, 1))
    table = show_table(qtbot, ctx, AFTER, compare_with=BEFORE)
    assert cell(table, 2, 0) == "3.0 → –"  # nobody answered again yet: everyone's before

    qtbot.keyClicks(table.view, "6")  # only Ana so far
    # Ana's before (2) against Ana's after (6), not everyone's before (3.0).
    assert cell(table, 2, 0) == "2.0 → 6.0"


def test_renaming_or_adding_a_participant_updates_the_rows(qtbot, ctx):
    ana, _ben, _cleo = add_people(ctx)
    table = show_table(qtbot, ctx, AFTER, compare_with=BEFORE)
    ana.name = "Ana Alves-Berg"
    ctx.save(ana)
    assert table.model.headerData(0, Qt.Orientation.Vertical) == "Ana Alves-Berg"
    ctx.add(Participant(name="Dev Dias", side=Side.OTHER))
    assert table.model.rowCount() == 4
