"""The window and the workspace lock: a live window keeps it, a stale lock is offered, driven as a user."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from facilitator.storage.store import Store
from facilitator.workspace_lock import WorkspaceLock
from tests.faults_env import lock_files_on_a_full_disk


@pytest.fixture
def workspace(tmp_path) -> Path:
    path = tmp_path / "team.facilitator"
    Store(path).close()
    return path


def answer_take_over(qtbot, seen: list[str], button: str | None) -> None:
    """When the question appears: remember its text, then click `button` (or press Escape)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "takeOver":
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        if button is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_a_lock_from_another_computer_is_taken_over_when_the_user_says_so(app, qtbot, workspace):
    Path(f"{workspace}.lock").write_text(
        json.dumps({"host": "meeting-room-pc", "pid": 4242, "since": "2026-11-20T09:15:00+00:00"})
    )
    seen: list[str] = []
    answer_take_over(qtbot, seen, "openAnyway")
    assert app.open_workspace(workspace)
    assert "meeting-room-pc" in seen[0] and "Open it anyway?" in seen[0]
    assert app.store is not None and app.store.path == workspace
    assert json.loads(Path(f"{workspace}.lock").read_text())["host"] == socket.gethostname()
    assert app.messages == []


def test_declining_leaves_the_lock_and_opens_nothing(app, qtbot, workspace):
    left = json.dumps({"host": "meeting-room-pc", "pid": 4242, "since": "2026-11-20T09:15:00+00:00"})
    Path(f"{workspace}.lock").write_text(left)
    seen: list[str] = []
    answer_take_over(qtbot, seen, None)
    assert not app.open_workspace(workspace)
    assert "meeting-room-pc" in seen[0]
    assert app.store is None and Path(f"{workspace}.lock").read_text() == left


@pytest.mark.parametrize(
    "left",
    [
        json.dumps({"host": socket.gethostname(), "pid": 999_999, "since": "2026-11-20T09:15:00+00:00"}).encode(),
        b"\x00\x01 broken",
        b"",
    ],
    ids=["crashed-window-here", "garbled", "empty"],
)
def test_a_stale_lock_never_traps_or_asks(app, qtbot, workspace, monkeypatch, left):
    """A window on this computer that ended holds no OS lock any more; an unreadable lock is stale."""
    asked: list[object] = []
    monkeypatch.setattr("facilitator.ui.takeover.ask", lambda *a: asked.append(a) or False)
    Path(f"{workspace}.lock").write_bytes(left)
    assert app.open_workspace(workspace)
    assert asked == [] and app.messages == []
    assert app.store is not None and app.store.path == workspace
    assert json.loads(Path(f"{workspace}.lock").read_text())["pid"] == os.getpid()


def test_a_live_window_is_never_offered_for_take_over(app, workspace, tmp_path):
    other = WorkspaceLock(tmp_path / "alias.facilitator")
    os.link(workspace, tmp_path / "alias.facilitator")  # the same file under another name
    assert other.acquire() is None
    try:
        assert not app.open_workspace(workspace)
        assert "open in another Facilitator window" in app.messages[-1]
        assert app.store is None
    finally:
        other.release()
    assert app.open_workspace(workspace)
    assert app.open_workspace(tmp_path / "alias.facilitator")  # already open here: nothing to do
    assert app.store.path == workspace


def test_a_lock_that_cannot_be_made_names_the_real_cause(app, workspace, monkeypatch):
    lock_files_on_a_full_disk(monkeypatch)
    assert not app.open_workspace(workspace)
    assert "full" in app.messages[-1] and "another Facilitator window" not in app.messages[-1]
