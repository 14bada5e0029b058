"""Starting the app: the demo workspace, the lock against a second window, refusing bad files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.storage.store import Store
from facilitator.ui.app import App
from facilitator.workspace_lock import WorkspaceLock


def test_demo_workspace_is_laid_anew_each_time(app, tmp_path):
    path = tmp_path / "demo.facilitator"
    assert app.open_workspace(path, demo=True)
    first = app.store.sessions()
    assert len(first) == 3  # the demo session and its two follow-ups: the dashboard has a trend
    opened = app.window.ctx.data.session
    assert opened.follows_id is None and opened.current_stage == 1  # the first, from the start
    app.store.create_session("scribble")
    app.release()
    app.lock = app.store = None
    assert app.open_workspace(path, demo=True)
    assert [s.title for s in app.store.sessions()] == [s.title for s in first]


def test_german_demo_follows_the_language(qtbot, tmp_path, monkeypatch):
    application = App(QApplication.instance(), "de")
    qtbot.addWidget(application.window)
    try:
        assert application.open_workspace(tmp_path / "demo.facilitator", demo=True)
        data = application.window.ctx.data
        assert any(p.side.value == "sales" for p in data.participants)
        assert "Vertrieb" in data.session.title or "Vertrieb" in data.session.trigger_text
    finally:
        application.release()


def test_a_second_window_is_told_the_workspace_is_open(app, tmp_path):
    path = tmp_path / "shared.facilitator"
    Store(path).close()
    other = WorkspaceLock(path)
    assert other.acquire() is None
    try:
        assert not app.open_workspace(path)
        assert app.store is None
        assert "open in another Facilitator window" in app.messages[-1]
    finally:
        other.release()
    assert app.open_workspace(path)


def test_a_foreign_file_is_refused_and_untouched(app, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my shopping list")
    assert not app.open_workspace(path)
    assert "not a Facilitator workspace" in app.messages[-1]
    assert path.read_text() == "my shopping list"
    assert not Path(f"{path}.lock").exists()


def test_workspace_problems_are_worded_in_german(qtbot, tmp_path):
    from facilitator.storage.errors import Problem, WorkspaceError
    from facilitator.ui import i18n
    from facilitator.ui.problems import describe

    i18n.install("de")
    try:
        for problem in Problem:
            text = describe(WorkspaceError(problem, tmp_path / "kunde.facilitator", "7"))
            assert "kunde.facilitator" in text
            assert text != describe.__doc__
        assert "neueren" in describe(WorkspaceError(Problem.NEWER, tmp_path / "x"))
        assert "voll" in describe(WorkspaceError(Problem.DISK_FULL, tmp_path / "x"))
    finally:
        i18n.install("en")
    assert "newer version" in describe(WorkspaceError(Problem.NEWER, tmp_path / "x"))


def test_switching_language_keeps_the_open_session_and_its_edits(app, qtbot, tmp_path):
    from facilitator.ui import i18n

    assert app.open_workspace(tmp_path / "ws.facilitator", demo=True)
    window = app.window
    session_id = window.ctx.data.session.id
    page = window.session_view.page(1)
    page.title_edit.setText("Neu")
    page.title_edit.textEdited.emit("Neu")  # typed, not yet saved (debounce pending)
    try:
        app.switch_language("de")
        assert app.window is not window
        assert app.window.ctx.data.session.id == session_id
        assert app.window.menuBar().actions()[0].text() == "&Datei"
        assert Store(app.store.path).session(session_id).title == "Neu"
    finally:
        i18n.install("en")


def test_unsaved_edits_never_travel_into_another_workspace(app, tmp_path, monkeypatch):
    from facilitator.storage.errors import Problem, WorkspaceError

    first, second = tmp_path / "a.facilitator", tmp_path / "b.facilitator"
    Store(second).close()
    assert app.open_workspace(first, demo=True)
    ctx = app.window.ctx

    def full(*_args):
        raise WorkspaceError(Problem.DISK_FULL, first)

    monkeypatch.setattr(app.store, "save_all", full)
    ctx.data.session.title = "typed while the disk was full"
    ctx.edit(ctx.data.session)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr("facilitator.ui.main_window.QMessageBox.warning", lambda *a, **k: next(answers))
    assert not app.open_workspace(second)  # cancelled: stay, keep the edit waiting
    assert ctx.has_pending and app.store.path == first
    assert app.open_workspace(second)  # discarded
    assert not app.window.ctx.has_pending
    assert Store(second).sessions() == []
