"""Exporting from the app mid-session: Ctrl+E, a file written off the GUI thread, the clipboard."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.demo import demo_session
from facilitator.ui.export_dialog import ExportDialog
from facilitator.ui.main_window import MainWindow
from tests.ui.keyboard import show_active


@pytest.fixture
def window(qtbot, store):
    session = store.import_session(demo_session("de"))
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(store)
    win.open_session(session.id)
    show_active(qtbot, win)
    return win


def test_ctrl_e_opens_the_export_dialog_on_the_open_session(qtbot, window):
    seen = []

    def inspect():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(100, inspect)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(seen[0], ExportDialog)
    assert seen[0].data.session.title == window.ctx.data.session.title


@pytest.mark.slow
def test_pdf_is_written_in_the_background_and_the_window_keeps_ticking(qtbot, window, tmp_path, monkeypatch):
    import facilitator.export as export

    threads = []
    render = export.render

    def render_and_note_the_thread(*args, **kwargs):
        threads.append(threading.get_ident())
        return render(*args, **kwargs)

    monkeypatch.setattr(export, "render", render_and_note_the_thread)
    dialog = ExportDialog(window.ctx.data, window)
    qtbot.addWidget(dialog)
    ticks = []  # a freeze probe: the GUI thread's timer, every 5 ms, while the export runs
    probe = QTimer(interval=5, timeout=lambda: ticks.append(time.perf_counter()))
    probe.start()
    target = tmp_path / "Protokoll.pdf"
    dialog.write("pdf", target)
    assert dialog.status.text() == "Exporting…"  # write() returned before the file was done
    qtbot.waitUntil(lambda: target.exists() and "Protokoll.pdf" in dialog.status.text(), timeout=10000)
    probe.stop()
    assert threads and threading.get_ident() not in threads, "the PDF was rendered on the GUI thread"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"freeze probe: {len(ticks)} ticks, longest gap {max(gaps, default=0) * 1000:.0f} ms")  # a figure
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert window.ctx.data.session.title in text
    for note in window.ctx.data.private_notes:
        assert note.text[:40] not in text


def test_copy_checklist_to_the_clipboard(qtbot, window):
    dialog = ExportDialog(window.ctx.data, window)
    qtbot.addWidget(dialog)
    dialog.copy_checklist.click()
    clip = QApplication.clipboard().text()
    assert clip.count("- [") == len(window.ctx.data.action_items)
    assert "- [x]" in clip  # the demo has done items


def test_the_session_file_round_trips_through_the_menus(qtbot, window, store, tmp_path, monkeypatch):
    """Export dialog > Session file (JSON), then File > Import session file: the same session,
    without the private notes."""
    dialog = ExportDialog(window.ctx.data, window)
    qtbot.addWidget(dialog)
    [json_choice] = [b for b in dialog.group.buttons() if b.accessibleName() == "Session file (JSON)"]
    json_choice.click()
    assert dialog.selected() == "json"
    target = tmp_path / "session.json"
    dialog.write(dialog.selected(), target)
    qtbot.waitUntil(target.exists, timeout=10000)
    for note in window.ctx.data.private_notes:
        assert note.text[:40] not in target.read_text(encoding="utf-8")

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(target), ""))
    window.import_action.trigger()
    assert len(store.sessions()) == 2
    imported = window.ctx.data
    assert imported.session.title == demo_session("de").session.title
    assert len(imported.agreements) == len(demo_session("de").agreements)
    assert imported.private_notes == []


def test_the_export_language_defaults_to_the_sessions_not_the_apps(qtbot, window):
    """A German session exported from the English app gives German minutes unless changed (point 23)."""
    from facilitator.ui import i18n

    assert i18n.language() == "en"
    dialog = ExportDialog(window.ctx.data, window)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "de"
    window.ctx.data.session.lang = ""
    window.ctx.data.statements.clear()
    unknown = ExportDialog(window.ctx.data, window)
    qtbot.addWidget(unknown)
    assert unknown.language.currentData() == "en"


def test_ctrl_e_on_a_follow_up_copies_minutes_with_the_trend_of_its_series(qtbot, window, store):
    from facilitator.demo_series import demo_series, import_series
    from facilitator.session import SessionService

    last = import_series(SessionService(store), demo_series("en"))[-1]
    window.open_session(last)
    copied = []

    def copy_minutes():
        dialog = QApplication.activeModalWidget()
        dialog.copy_minutes.click()
        copied.append(QApplication.clipboard().text())
        dialog.reject()

    QTimer.singleShot(100, copy_minutes)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "## Trend over the series" in copied[0]
    assert "| 14 Oct 2026 | 13 Nov 2026 | 12 Jan 2027 |" in copied[0]
