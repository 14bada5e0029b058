"""Fixtures the GUI tests share (the app itself: tests/conftest.py): the main window on a fresh
workspace, a plain text editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from facilitator.ui.main_window import MainWindow
from tests.ui.keyboard import show_active


@pytest.fixture(autouse=True)
def _normal_size():
    """A test that zooms (Ctrl++) scales the app's font: the next test starts at normal size."""
    yield
    from PySide6.QtWidgets import QApplication

    from facilitator.ui import theme

    if QApplication.instance() is not None and theme.current_zoom() != 1.0:
        theme.zoom(QApplication.instance(), 1.0)


@pytest.fixture
def window(qtbot, store):
    """The main window on a fresh workspace, shown and active (shortcuts reach only that window)."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(store)
    show_active(qtbot, win)
    yield win
    if win._presenter is not None:
        win._presenter.stop()  # the room's window is a top-level window of its own


@pytest.fixture
def editor(qtbot):
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


@pytest.fixture
def app_style(qtbot):
    """The app's own font and stylesheet (bigger type for a meeting room), reset afterwards."""
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.app import apply_style

    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_style(app)
    yield
    app.setFont(font)
    app.setStyleSheet(sheet)
