"""Stage 5 driven from the keyboard: criteria, the agreed-criteria lock, options, the scorecard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain.model import Criterion, Goal, GoalOwner, Interest, Option, Side, Tension
from facilitator.ui.fields import MultiSelectDialog
from facilitator.ui.scorecard import ScorecardModel
from facilitator.ui.stages.options import PAGE, OptionsPage
from tests.ui.keyboard import open_page, reopened


@pytest.fixture
def page(qtbot, ctx):
    widget = open_page(qtbot, ctx, PAGE, (1280, 720))
    assert isinstance(widget, OptionsPage)
    return widget


def type_into_editor(qtbot, text):
    editor = QApplication.focusWidget()
    assert editor is not None
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def add_row(qtbot, view, *cells):
    """Insert a row, then type its cells one after the other (Tab moves to the next editor)."""
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    for i, text in enumerate(cells):
        editor = type_into_editor(qtbot, text)
        key = Qt.Key.Key_Tab if i < len(cells) - 1 else Qt.Key.Key_Return
        qtbot.keyClick(editor, key)
        qtbot.wait(1)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def press_mnemonic(qtbot, page, letter, done):
    qtbot.keyClick(QApplication.focusWidget() or page, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(done)  # buttons answer a mnemonic with an animated click


def answer_when_asked(key):
    """Press Alt+key in the next message box once it is up and active (it runs its own loop)."""

    def attempt():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isActiveWindow():
            QTest.keyClick(box, key, Qt.KeyboardModifier.AltModifier)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def weighted_and_rank(model, row):
    weighted = model.index(row, model.weighted_column).data()
    return float(weighted.replace(",", ".")), model.index(row, model.rank_column).data()


def test_scorecard_model_passes_the_model_tester(qtmodeltester, ctx):
    a = ctx.add(Criterion(name="ARR", weight=3))
    b = ctx.add(Criterion(name="Fit", weight=1.5))
    ctx.add(Option(text="Deal desk", scores={a.id: 4, b.id: 2}))
    ctx.add(Option(text="Intake form", scores={a.id: 1}))
    model = ScorecardModel(ctx)
    qtmodeltester.check(model)
    model.set_scoring_open(True)
    qtmodeltester.check(model)


def test_criteria_weights_and_scores_rank_the_options_live(qtbot, ctx, store, page):
    criteria = page.criteria.view
    add_row(qtbot, criteria, "ARR at stake", "3")
    add_row(qtbot, criteria, "Cost of delay", "1")
    add_row(qtbot, criteria, "Strategic fit", "2")
    options = page.options.view
    for text in ("Deal desk", "Intake form", "Promise policy"):
        add_row(qtbot, options, text)

    # Scores wait for agreed criteria: a digit in the scorecard changes nothing yet.
    page.scorecard.view.start()
    qtbot.keyClicks(page.scorecard.view, "4")
    assert all(not o.scores for o in ctx.data.options)
    assert "agreed" in page.scorecard.hint.text()

    press_mnemonic(qtbot, page, Qt.Key.Key_A, lambda: page.agreed)  # "Criteria &agreed"
    qtbot.keyClick(criteria, Qt.Key.Key_Insert)  # locked: no new criterion
    assert len(ctx.data.criteria) == 3
    assert "locked" in page.agree_state.text()

    page.focus_first()  # the scorecard, on the first score cell
    qtbot.keyClicks(page.scorecard.view, "421253502")  # row by row, the cursor moves on
    model = page.scorecard.model
    # By hand, weights 3, 1, 2: Deal desk 4*3 + 2*1 + 1*2 = 16; Intake 2*3 + 5*1 + 3*2 = 17;
    # Promise policy 5*3 + 0*1 + 2*2 = 19.
    assert [weighted_and_rank(model, r) for r in range(3)] == [(16.0, "3"), (17.0, "2"), (19.0, "★ 1")]
    assert "Promise policy" in page.scorecard.leader.text()

    # Reopen the criteria (it asks, because options are scored) and weigh cost of delay 4.
    answer_when_asked(Qt.Key.Key_Y)  # &Yes
    press_mnemonic(qtbot, page, Qt.Key.Key_R, lambda: not page.agreed)  # "&Reopen criteria"
    page.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(page.isActiveWindow)
    criteria.setFocus()
    criteria.setCurrentIndex(page.criteria.model.index(1, 1))
    qtbot.keyClick(criteria, Qt.Key.Key_F2)
    qtbot.keyClick(type_into_editor(qtbot, "4"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.data.criteria[1].weight == 4)
    # Live re-rank: Deal desk 12 + 2*4 + 2 = 22; Intake 6 + 5*4 + 6 = 32; Promise policy 15 + 0 + 4 = 19.
    assert [weighted_and_rank(model, r) for r in range(3)] == [(22.0, "2"), (32.0, "★ 1"), (19.0, "3")]
    assert "Intake form" in page.scorecard.leader.text()
    assert "× 4" in model.headerData(2, Qt.Orientation.Horizontal)

    data = reopened(store, ctx.session_id)
    assert [(c.name, c.weight) for c in data.criteria] == [
        ("ARR at stake", 3.0),
        ("Cost of delay", 4.0),
        ("Strategic fit", 2.0),
    ]
    ids = [c.id for c in data.criteria]
    assert [o.text for o in data.options] == ["Deal desk", "Intake form", "Promise policy"]
    assert [[o.scores.get(i) for i in ids] for o in data.options] == [[4, 2, 1], [2, 5, 3], [5, 0, 2]]


def test_rejected_options_are_not_ranked_and_delete_clears_a_score(qtbot, ctx, store, page):
    a = ctx.add(Criterion(name="ARR", weight=2))
    ctx.add(Option(text="Commission on delivery", scores={a.id: 5}))
    ctx.add(Option(text="Deal desk", scores={a.id: 3}))
    ctx.reload()
    model = page.scorecard.model
    assert page.agreed  # scores exist, so the criteria were agreed
    assert weighted_and_rank(model, 0) == (10.0, "★ 1")

    options = page.options.view
    options.setFocus()
    options.setCurrentIndex(page.options.model.index(0, 1))  # the status column
    qtbot.keyClick(options, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Rej")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: weighted_and_rank(model, 0)[1] == "–")
    assert weighted_and_rank(model, 1) == (6.0, "★ 1")

    page.scorecard.view.start()
    page.scorecard.view.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(page.scorecard.view, Qt.Key.Key_Delete)
    assert weighted_and_rank(model, 1) == (0.0, "1")
    assert page.scorecard.leader.text() == "No option leads yet."
    assert reopened(store, ctx.session_id).options[1].scores == {}


def test_interests_and_tensions_are_ticked_in_a_checklist(qtbot, ctx, store, page):
    sales = ctx.add(Interest(side=Side.SALES, text="A fast yes or no on deal requests"))
    product = ctx.add(Interest(side=Side.PRODUCT, text="Being consulted before commitments"))
    ctx.add(Interest(side=Side.PRODUCT, text="Protected reliability work"))
    arr = ctx.add(Goal(owner=GoalOwner.SALES, objective="Close the new-ARR gap"))
    uptime = ctx.add(Goal(owner=GoalOwner.PRODUCT, objective="Keep uptime at 99.9 %"))
    tension = ctx.add(Tension(goal_a_id=arr.id, goal_b_id=uptime.id))
    add_row(qtbot, page.options.view, "Weekly deal desk with a Product seat")

    view = page.options.view
    view.setCurrentIndex(page.options.model.index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = view.itemDelegate().dialog
    assert isinstance(dialog, MultiSelectDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # tick the first interest
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # and the second
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    view.setCurrentIndex(page.options.model.index(0, 3))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = view.itemDelegate().dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "Close the new-ARR gap ↔ Keep uptime" in dialog.list.item(0).text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert page.options.model.index(0, 2).data() == "Sales 1 · Product 1"
    assert page.options.model.index(0, 3).data() == "1"
    view.setCurrentIndex(page.options.model.index(0, 0))
    assert "Being consulted before commitments" in page.option_detail.text()
    stored = reopened(store, ctx.session_id).options[0]
    assert stored.interest_ids == [sales.id, product.id]
    assert stored.tension_ids == [tension.id]


def test_reopening_criteria_can_be_cancelled(qtbot, ctx, page):
    a = ctx.add(Criterion(name="ARR", weight=2))
    ctx.add(Option(text="Deal desk", scores={a.id: 3}))
    ctx.reload()
    assert page.agreed
    answer_when_asked(Qt.Key.Key_N)  # &No
    page.agree_button.setFocus()
    qtbot.keyClick(page.agree_button, Qt.Key.Key_Space)
    assert page.agreed and page.criteria.locked


def test_agreed_criteria_stay_locked_after_reopening(qtbot, ctx, store, page):
    add_row(qtbot, page.criteria.view, "ARR at stake")
    page.agree_button.setFocus()
    qtbot.keyClick(page.agree_button, Qt.Key.Key_Space)
    assert page.agreed
    assert reopened(store, ctx.session_id).session.criteria_agreed
    ctx.reload()  # what opening the session again does
    assert page.agreed and page.scorecard.model.scoring_open


def test_long_criterion_names_break_between_syllables_not_anywhere():
    """The scoring matrix's headings at 1280x720 are a few letters wide: a German compound is
    hyphenated where a reader expects it ("Pas-sung", not "Passu-ng"; "Stra-tegie", not "-Stra")."""
    from facilitator.ui.scorecard import wrap_heading

    assert wrap_heading("Passung zur Enterprise-Strategie", 6).split("\n") == [
        "Pas-",
        "sung",
        "zur",
        "Enter-",
        "prise-",
        "Stra-",
        "tegie",
    ]
    assert wrap_heading("Leicht einzuführen (geringer Aufwand)", 6).split("\n")[-2:] == ["Auf-", "wand)"]
    assert wrap_heading("Anzahl betroffener Kunden", 6).split("\n") == ["Anzahl", "be-", "trof-", "fener", "Kunden"]
    for chars in range(4, 12):
        for name in ("Verzögerungskosten (Cost of Delay)", "Kundenzufriedenheitsindex", "Accounts affected"):
            lines = wrap_heading(name, chars).split("\n")
            assert all(len(line) <= chars for line in lines), (name, chars, lines)
            assert "".join(lines).replace("-", "").replace(" ", "") == name.replace("-", "").replace(" ", "")
            assert all(len(line.rstrip("-")) >= 2 for line in lines), (name, chars, lines)


@pytest.mark.parametrize(("lang", "name_lines"), [("en", 3), ("de", 4)])
def test_the_scoring_matrix_headings_read_in_a_few_lines_at_720p(qtbot, app_style, store, lang, name_lines):
    """Stage 5 of the demo in a 1280x720 window: each criterion's name stands whole in a few lines
    above its weight (German stood eight or nine lines tall, "Fit/with/the/enter-/prise/..."),
    every column is shown and nothing scrolls sideways; the option wraps narrower instead, its long
    words hyphenated ("Wöchent-/licher", not "Wöchentlich…")."""
    from PySide6.QtGui import QFont, QFontMetrics

    from facilitator.ui.headings import SOFT_HYPHEN
    from facilitator.ui.tables import CELL_PADDING
    from tests.ui.test_cockpit import demo_window

    with demo_window(qtbot, store, lang) as window:
        window.session_view.show_stage(5)
        table = window.session_view.page(5).scorecard
        view, model = table.view, table.model
        header = view.horizontalHeader()
        line = header.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda: header.height() <= (name_lines + 1) * line + 12, timeout=2000)
        assert model.columnCount() == 8  # option, five criteria, weighted score, rank
        for column in range(1, model.weighted_column):
            name = model.criterion(column).name
            *lines, weight = model.headerData(column, Qt.Orientation.Horizontal).split("\n")
            assert weight.startswith("×") and len(lines) <= name_lines, lines
            assert "".join(lines).replace("-", "").replace(" ", "") == name.replace("-", "").replace(" ", "")
            assert header.sectionSizeFromContents(column).width() <= header.sectionSize(column), (name, lines)
        assert not any(header.isSectionHidden(c) for c in range(model.columnCount()))
        assert sum(header.sectionSize(c) for c in range(model.columnCount())) <= view.viewport().width()
        assert not view.horizontalScrollBar().isVisible()
        assert header.sectionSize(0) >= 8 * view.fontMetrics().horizontalAdvance("m")
        bold = QFont(view.font())
        bold.setBold(True)  # the leading option
        for row in range(model.rowCount()):  # a long word breaks between syllables, never elided
            for word in model.index(row, 0).data().split():
                for part in word.split(SOFT_HYPHEN):
                    assert QFontMetrics(bold).horizontalAdvance(part + "-") + CELL_PADDING <= header.sectionSize(0), (
                        part
                    )


def test_a_heading_hyphenates_at_a_line_end_only_where_that_saves_a_line():
    """ "Leicht einzu-/führen (gerin-/ger Aufwand)" takes three lines where whole words take four;
    where whole words take as many lines, no word is split ("Accounts", not "Ac-/counts")."""
    from facilitator.ui.scorecard import narrowest, wrap_heading

    assert wrap_heading("Leicht einzuführen (geringer Aufwand)", 14).split("\n") == [
        "Leicht einzu-",
        "führen (gerin-",
        "ger Aufwand)",
    ]
    assert wrap_heading("Accounts affected", 9).split("\n") == ["Accounts", "affected"]
    assert narrowest("Accounts affected", 3, len) == len("Accounts")  # "affected" is as wide
    assert narrowest("Accounts affected", 3, lambda text: len(text) + text.count("A"), slack=2) == 9


def test_an_options_long_words_may_break_between_syllables_in_the_matrix():
    """The matrix's option column is narrow at 1280 px: a long word carries soft hyphens, where Qt
    breaks it with a hyphen shown ("Ent-/wicklung"), and none beside a hyphen of its own."""
    from facilitator.ui.headings import SOFT_HYPHEN, soft_hyphens

    marked = soft_hyphens("Jedes Quartal 20 % der Entwicklungskapazität; Customer-promise")
    assert marked.split(" ")[:4] == ["Jedes", "Quartal", "20", "%"]  # short words as they are
    assert marked.split(" ")[5].split(SOFT_HYPHEN) == ["Ent", "wick", "lungs", "ka", "pa", "zi", "tät;"]
    assert "-" + SOFT_HYPHEN not in marked and marked.replace(SOFT_HYPHEN, "").endswith("Customer-promise")
