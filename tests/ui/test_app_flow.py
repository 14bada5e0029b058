"""The flows a CEO relies on, driven by keyboard: create, fill set-up, close, reopen; and a crash."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.storage.store import Store
from facilitator.ui.main_window import MainWindow
from tests.ui.keyboard import reopened, show_active, type_text


def test_create_and_set_up_a_session_by_keyboard(qtbot, window, store):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.session_view.page(1)
    assert window.stack.currentWidget() is window.session_view
    assert QApplication.focusWidget() is page.title_edit

    page.title_edit.selectAll()
    type_text(page.title_edit, "Q3 Rückblick: Vertrieb & Produkt")
    qtbot.keyClicks(page.quarter_edit, "Q3 2026")
    qtbot.keyClicks(page.what_edit, "Ziel um 18\u00a0% verfehlt; Deal Nordhafen eskaliert.")
    page.glasl_spin.setFocus()
    qtbot.keyClick(page.glasl_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.glasl_spin, "5")
    assert "mediator" in page.glasl_advice.text()

    table = page.participants.view
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    type_text(editor, "Anna Bergström")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(page.rules_edit, "Eine Person spricht.")
    window.close()

    reopened = Store(store.path)
    [session] = reopened.sessions()
    data = reopened.load(session.id)
    assert session.title == "Q3 Rückblick: Vertrieb & Produkt"
    assert session.trigger_quarter == "Q3 2026"
    assert session.trigger_text == "Ziel um 18\u00a0% verfehlt; Deal Nordhafen eskaliert."
    assert session.glasl_stage == 5
    assert session.ground_rules == "Eine Person spricht."
    assert [p.name for p in data.participants] == ["Anna Bergström"]
    reopened.close()


def test_typing_is_saved_within_half_a_second_without_leaving_the_field(qtbot, window, store):
    session = store.create_session("draft")
    window.open_session(session.id)
    page = window.session_view.page(1)
    page.title_edit.setFocus()
    page.title_edit.selectAll()
    # Only the autosave timer may store this: a focus change also saves (the offscreen platform
    # may deactivate the window while we wait), which would hide a broken autosave.
    QApplication.instance().focusChanged.disconnect(window._on_focus_changed)
    qtbot.keyClicks(page.title_edit, "Live")
    assert window.save_state.text() == "Saving…"
    assert reopened(store, session.id).session.title == "draft"  # not stored on the keystroke
    qtbot.waitUntil(lambda: reopened(store, session.id).session.title == "Live", timeout=600)
    assert window.save_state.text() == "All changes saved"


def test_stage_navigation_by_keyboard_and_progress(qtbot, window, store):
    session = store.create_session("nav")
    window.open_session(session.id)
    view = window.session_view
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current == 2
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert view.current == 7
    assert view.progress_label.text() == "Stage 7 of 7"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.current == 6
    assert Store(store.path).session(session.id).current_stage == 6


def test_session_list_filter_rename_duplicate_delete(qtbot, window, store, monkeypatch):
    store.create_session("Quarterly review Sales", "2026-01-10")
    store.create_session("Roadmap dispute", "2026-02-10")
    window.show_sessions()
    sessions = window.sessions
    sessions.refresh()
    qtbot.keyClicks(sessions.filter, "roadmap")
    assert sessions.proxy.rowCount() == 1

    monkeypatch.setattr("facilitator.ui.session_list.QInputDialog.getText", lambda *a, **k: ("Roadmap settled", True))
    qtbot.keyClick(sessions.view, Qt.Key.Key_F2)
    assert {s.title for s in store.sessions()} == {"Quarterly review Sales", "Roadmap settled"}

    sessions.filter.clear()
    sessions.refresh(next(s.id for s in store.sessions() if s.title == "Roadmap settled"))
    qtbot.keyClick(sessions.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert sorted(s.title for s in store.sessions()) == [
        "Copy of Roadmap settled",
        "Quarterly review Sales",
        "Roadmap settled",
    ]

    monkeypatch.setattr(
        "facilitator.ui.session_list.QMessageBox.warning", lambda *a, **k: QMessageBox.StandardButton.Cancel
    )
    sessions.view.setFocus()
    qtbot.keyClick(sessions.view, Qt.Key.Key_Delete)
    assert len(store.sessions()) == 3  # cancelled: nothing deleted
    monkeypatch.setattr(
        "facilitator.ui.session_list.QMessageBox.warning", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    doomed = sessions.current_id()
    qtbot.keyClick(sessions.view, Qt.Key.Key_Delete)
    assert doomed not in {s.id for s in store.sessions()}
    assert len(store.sessions()) == 2


def test_timer_with_a_controllable_clock(qtbot, store):
    import datetime as dt

    now = [dt.datetime(2026, 10, 14, 9, 0, tzinfo=dt.UTC)]
    win = MainWindow(clock=lambda: now[0])
    qtbot.addWidget(win)
    win.attach(store)
    show_active(qtbot, win)
    session = store.create_session("timed")
    win.open_session(session.id)
    timer = win.session_view.timer
    assert timer.display.text() == "10:00"
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    now[0] += dt.timedelta(minutes=11, seconds=30)
    timer.update_display()
    assert timer.display.text() == "-01:30"
    assert timer.display.property("overrun") is True
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert timer.display.text() == "03:30"
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # pause
    now[0] += dt.timedelta(minutes=30)
    timer.update_display()
    assert timer.display.text() == "03:30"
    log = next(x for x in Store(store.path).load(session.id).stage_logs if x.stage == 1)
    assert log.planned_minutes == 15
    assert log.elapsed_seconds == pytest.approx(690)


def test_save_failure_is_shown_and_the_text_stays(qtbot, window, store, monkeypatch):
    from facilitator.storage.errors import Problem, WorkspaceError

    session = store.create_session("disk")
    window.open_session(session.id)
    page = window.session_view.page(1)

    def full(*_args):
        raise WorkspaceError(Problem.DISK_FULL, store.path)

    monkeypatch.setattr(store, "transaction", full)  # every write fails, as on a full disk
    page.title_edit.setFocus()
    qtbot.keyClicks(page.title_edit, " typed")
    qtbot.waitUntil(lambda: "Not saved" in window.save_state.text(), timeout=2000)
    assert "disk" in window.save_state.text()
    assert page.title_edit.text() == "disk typed"
    monkeypatch.undo()
    window.ctx.flush()
    assert Store(store.path).session(session.id).title == "disk typed"


CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from facilitator.storage.store import Store
    from facilitator.ui.main_window import MainWindow
    app = QApplication([])
    store = Store(sys.argv[1])
    window = MainWindow()
    window.attach(store)
    window.open_session(store.sessions()[0].id)
    window.show()
    edit = window.session_view.page(1).what_edit
    edit.setFocus()
    typed = []
    def type_one():
        char = "abcdefghij"[len(typed) % 10]
        QTest.keyClicks(edit, char)
        typed.append(char)
        print(len(typed), time.monotonic(), flush=True)
    timer = QTimer(interval=25, timeout=type_one)
    timer.start()
    app.exec()
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_mid_typing_loses_at_most_half_a_second(store):
    session = store.create_session("crash")
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(store.path)], stdout=subprocess.PIPE, text=True, env=env)
    progress: list[tuple[int, float]] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        count, stamp = line.split()
        progress.append((int(count), float(stamp)))
        if int(count) >= 80:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert len(progress) >= 80, "the app did not start typing"
    killed_at = progress[-1][1]
    safe = max(c for c, t in progress if t <= killed_at - 0.5)

    reopened = Store(store.path)
    text = reopened.session(session.id).trigger_text
    assert reopened.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    expected = "".join("abcdefghij"[i % 10] for i in range(progress[-1][0]))
    assert expected.startswith(text)
    assert len(text) >= safe, f"stored {len(text)} characters, typed {safe} more than 0.5 s before the kill"
    reopened.close()
    assert sqlite3.connect(store.path).execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_tab_leaves_the_text_boxes_of_the_set_up(qtbot, window, store):
    session = store.create_session("tabs")
    window.open_session(session.id)
    page = window.session_view.page(1)
    for box in (page.what_edit, page.rules_edit):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert not box.hasFocus()
        assert "\t" not in box.toPlainText()
