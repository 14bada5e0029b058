"""Templates driven as a user would: from an empty stage by keyboard (Alt+M, arrows, Enter),
Esc, Undo, asking before adding to a stage that is not empty, Save as template, rename, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from facilitator.domain import model as m
from facilitator.domain import templates as t
from facilitator.ui.stages.agreements import AgreementsPage
from facilitator.ui.stages.frame import FramePage
from facilitator.ui.stages.options import OptionsPage
from facilitator.ui.templates import TemplatePicker
from tests.ui.keyboard import assert_mnemonics_unique, open_page, reopened, show_active

ALT = Qt.KeyboardModifier.AltModifier
_timers: list[QTimer] = []


@pytest.fixture(autouse=True)
def _stop_timers():
    yield
    while _timers:
        _timers.pop().stop()


def in_picker(qtbot, act):
    """Run `act(picker)` once the picker is open (it is modal: exec() waits for it, and a
    mnemonic clicks its button after a short animation)."""
    seen: list[TemplatePicker] = []
    timer = QTimer(QApplication.instance(), interval=5)

    def poll():
        picker = QApplication.activeModalWidget()
        if isinstance(picker, TemplatePicker) and picker.isActiveWindow() and not seen:
            timer.stop()
            seen.append(picker)
            try:
                act(picker)
            finally:
                if picker.isVisible():  # a failed check must not leave the modal loop waiting
                    picker.reject()

    timer.timeout.connect(poll)
    timer.start()
    _timers.append(timer)
    return seen


def alt(qtbot, page, letter):
    """Alt+letter as a user presses it: to whatever has the focus."""
    qtbot.keyClick(QApplication.focusWidget() or page, letter, ALT)


def german(ctx):
    ctx.data.session.lang = "de"
    ctx.save(ctx.data.session)


def test_an_empty_stage_is_filled_from_the_picker_by_keyboard_in_the_session_language(qtbot, ctx, store):
    german(ctx)  # the app speaks English; the session is held in German
    page = open_page(qtbot, ctx, AgreementsPage)
    assert_mnemonics_unique(page)
    bar = page.agreement_templates
    assert bar.start_button.isVisible() and "Start" in bar.start_button.text()
    second = t.library("de", t.Kind.AGREEMENTS)[1]

    def choose(picker):
        assert picker.list.hasFocus()
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
        assert picker.current().name == second.name
        assert second.items[0].text in picker.preview.toPlainText()  # what it will add, before adding
        qtbot.keyClick(picker.list, Qt.Key.Key_Return)

    seen = in_picker(qtbot, choose)
    alt(qtbot, page, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    texts = [a.text for a in ctx.data.agreements]
    assert texts == second.preview()  # added once, in German
    assert [a.text for a in reopened(store).agreements] == texts
    assert page.agreements.model.rowCount() == len(texts)
    assert "Add from" in bar.start_button.text() and bar.save_button.isVisible()
    show_active(qtbot, page)  # the window manager's part: the offscreen platform leaves no window active
    assert page.agreements.view.hasFocus()  # carry on with what was added

    assert bar.undo_button.isVisible()
    alt(qtbot, page, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: not ctx.data.agreements)
    assert ctx.data.agreements == [] and reopened(store).agreements == []
    assert page.agreements.model.rowCount() == 0
    assert not bar.undo_button.isVisible() and "Start" in bar.start_button.text()


def test_escape_closes_the_picker_and_adds_nothing(qtbot, ctx, store):
    page = open_page(qtbot, ctx, FramePage)
    seen = in_picker(qtbot, lambda picker: qtbot.keyClick(picker.list, Qt.Key.Key_Escape))
    alt(qtbot, page, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert ctx.data.session.ground_rules == "" and reopened(store).session.ground_rules == ""


def test_a_template_never_adds_to_a_stage_that_is_not_empty_without_asking(qtbot, ctx, store, monkeypatch):
    ctx.add(m.Criterion(name="Our own criterion", weight=2))
    page = open_page(qtbot, ctx, OptionsPage)
    bar = page.criteria_templates
    assert "Add from" in bar.start_button.text()
    asked = []
    answer = [QMessageBox.StandardButton.No]

    def question(*args, **kwargs):
        asked.append(args[2])
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    in_picker(qtbot, lambda picker: qtbot.keyClick(picker.list, Qt.Key.Key_Return))
    alt(qtbot, page, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: bool(asked))
    show_active(qtbot, page)
    assert len(asked) == 1 and "already has" in asked[0]
    assert [c.name for c in reopened(store).criteria] == ["Our own criterion"]

    answer[0] = QMessageBox.StandardButton.Yes
    in_picker(qtbot, lambda picker: qtbot.keyClick(picker.list, Qt.Key.Key_Return))
    alt(qtbot, page, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: len(ctx.data.criteria) > 1)
    names = [c.name for c in reopened(store).criteria]
    assert names[0] == "Our own criterion" and names[1:] == t.library("en", t.Kind.CRITERIA)[0].preview()


def test_save_as_template_then_rename_and_delete_it_in_the_picker(qtbot, ctx, store, monkeypatch):
    page = open_page(qtbot, ctx, FramePage)
    page.rules_edit.setFocus()
    qtbot.keyClicks(page.rules_edit, "1. One voice at a time.")
    qtbot.keyClick(page.rules_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.rules_edit, "2. Phones away.")
    ctx.flush()
    bar = page.rules_templates
    assert bar.save_button.isVisible()
    names = iter([("Our rules", True), ("Rules for Q4", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(names))
    bar.save_button.click()
    saved = store.templates(t.Kind.GROUND_RULES)
    assert [(x.name, x.items) for x in saved] == [("Our rules", ["One voice at a time.", "Phones away."])]

    picker = TemplatePicker(store, t.Kind.GROUND_RULES, "en")
    qtbot.addWidget(picker)
    show_active(qtbot, picker)
    rows = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert rows[-2:] == ["Your templates", "Our rules"]
    picker.list.setCurrentRow(len(rows) - 1)
    assert picker.rename_button.isEnabled()
    qtbot.keyClick(picker.list, Qt.Key.Key_F2)
    assert [x.name for x in store.templates()] == ["Rules for Q4"]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    picker.list.setCurrentRow(picker.list.count() - 1)
    qtbot.keyClick(picker.list, Qt.Key.Key_Delete)
    assert store.templates() == []
    picker.list.setCurrentRow(1)  # a ready template cannot be renamed or deleted
    assert not picker.rename_button.isEnabled() and not picker.delete_button.isEnabled()


@pytest.mark.parametrize("page_class", [FramePage, OptionsPage, AgreementsPage])
def test_stages_keep_one_key_per_mnemonic_with_the_template_buttons(qtbot, ctx, page_class):
    assert_mnemonics_unique(open_page(qtbot, ctx, page_class))


def test_file_export_backup_carries_own_templates_and_importing_it_does_not_duplicate_them(
    qtbot, window, store, tmp_path, monkeypatch
):
    import json

    session = store.create_session("Q3 review", "2026-10-14")
    window.open_session(session.id)
    store.add_template(t.Template(kind=t.Kind.GROUND_RULES, name="Our rules", lang="en", items=["Phones away."]))
    target = tmp_path / "backup.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup_action.trigger()
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: "keep it private" in window.statusBar().currentMessage())
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["templates"] == [
        {"kind": "ground_rules", "name": "Our rules", "lang": "en", "description": "", "items": ["Phones away."]}
    ]
    assert "private_notes" in doc  # a full backup

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(target), ""))
    window.import_action.trigger()
    assert len(store.sessions()) == 2
    assert [x.name for x in store.templates()] == ["Our rules"]  # already there: not added twice
    store.delete_template(store.templates()[0].id)
    window.import_action.trigger()
    assert [x.name for x in store.templates()] == ["Our rules"]  # gone: the backup brings it back
