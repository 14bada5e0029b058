"""File > Restore from backup, driven as a user: choose, confirm, and the window shows the backup."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from facilitator.storage import backups
from facilitator.storage.store import Store
from facilitator.ui.restore import BackupModel, RestoreDialog


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "team.facilitator"
    store = Store(path)
    store.create_session("Kept in the backup")
    store.backup()
    store.create_session("Typed after it")
    store.close()
    return path


def when_modal(accepts: Callable[[QWidget], bool], act: Callable[[QWidget], None]) -> None:
    """Once a modal window that `accepts` is showing, act on it as the user would."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not accepts(modal):
            QTimer.singleShot(10, look)
            return
        act(modal)

    QTimer.singleShot(0, look)


def test_the_backup_list_passes_the_model_tester(qtmodeltester, workspace):
    qtmodeltester.check(BackupModel(backups.listing(workspace)))


def test_restoring_by_menu_keyboard_and_mouse(app, qtbot, workspace):
    assert app.open_workspace(workspace)
    seen: list[str] = []

    def confirm(box: QWidget) -> None:
        seen.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    def choose(dialog: QWidget) -> None:
        seen.append(dialog.model.data(dialog.model.index(0, 1)))
        when_modal(lambda w: isinstance(w, QMessageBox), confirm)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Home)
        qtbot.mouseClick(dialog.findChild(QPushButton, "restore"), Qt.MouseButton.LeftButton)

    when_modal(lambda w: isinstance(w, RestoreDialog), choose)
    app.window.findChild(type(app.window.menuBar().actions()[0]), "restoreBackup").trigger()

    assert seen[0] == "1"  # the session count of the newest backup
    assert str(workspace) in seen[1] and "kept as a backup first" in seen[1]
    assert [s.title for s in app.store.sessions()] == ["Kept in the backup"]
    assert [s.title for s in app.window.sessions.store.sessions()] == ["Kept in the backup"]
    assert "previous file is kept as" in app.window.statusBar().currentMessage()
    kept = [b for b in backups.listing(workspace) if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].sessions == 2
    assert app.lock is not None and app.lock.held  # the window still holds its workspace


def test_cancelling_changes_nothing(app, qtbot, workspace):
    assert app.open_workspace(workspace)

    def close(dialog: QWidget) -> None:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)

    when_modal(lambda w: isinstance(w, RestoreDialog), close)
    app.restore_backup()
    assert len(app.store.sessions()) == 2


def test_a_workspace_that_will_not_open_can_still_be_restored(app, qtbot, workspace):
    with workspace.open("r+b") as f:
        f.seek(100)
        f.write(b"\xff" * 4000)
    assert not app.open_workspace(workspace)
    assert "Restore from backup" in app.messages[-1]

    def choose(dialog: QWidget) -> None:
        when_modal(
            lambda w: isinstance(w, QMessageBox),
            lambda box: qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton),
        )
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Return on the chosen row: Restore…

    when_modal(lambda w: isinstance(w, RestoreDialog), choose)
    app.restore_backup()
    assert app.store is not None, app.messages
    assert [s.title for s in app.store.sessions()] == ["Kept in the backup"]
    [damaged] = [b for b in backups.listing(workspace) if b.reason == "damaged"]
    assert damaged.sessions is None  # the damaged file is kept as it was
