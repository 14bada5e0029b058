"""A bug in the GUI: its traceback (never its text) goes to the log; the user reads one sentence and keeps working."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from facilitator.log import log_file
from facilitator.ui.app import ErrorReporter
from tests.ui.keyboard import show_active

SECRET = "PRIVATE-NOTE-7f3a"  # what an exception's text might quote


@pytest.fixture
def broken_button(qtbot, monkeypatch):
    """A window whose button's slot raises; the reporter is the excepthook, as run() installs it."""
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Go", window)
    QVBoxLayout(window).addWidget(button)

    def broken() -> None:
        raise RuntimeError(f"cannot parse {SECRET}")

    button.clicked.connect(broken)
    reporter = ErrorReporter(lambda: window)
    monkeypatch.setattr(sys, "excepthook", reporter)
    show_active(qtbot, window)
    return window, button, reporter


@pytest.mark.qt_no_exception_capture
def test_a_bug_is_logged_with_its_traceback_and_the_user_reads_one_sentence(qtbot, broken_button):
    _window, button, reporter = broken_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())

    text = reporter.box.text()
    assert SECRET not in text and "RuntimeError" not in text  # no raw exception text
    assert str(log_file()) in text  # where the details are
    assert text.replace(str(log_file()), "").count(".") == 1 and "\n" not in text  # one sentence
    log = log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "in broken" in log and "RuntimeError" in log
    assert SECRET not in log  # the message is left out: it could quote a private note
    assert log_file().stat().st_mode & 0o777 == 0o600


@pytest.mark.qt_no_exception_capture
def test_errors_that_follow_are_logged_without_a_second_message(qtbot, broken_button):
    window, button, reporter = broken_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    first = reporter.box
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the box is window-modal, not app-modal
    button.clicked.emit()
    assert reporter.box is first
    assert log_file().read_text(encoding="utf-8").count("Traceback") >= 2
    assert window.isVisible()  # the app goes on


CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from facilitator.ui.app import run

qapp = QApplication([])

def look():
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    print("BOX:" + (boxes[0].text() if boxes else "none"), flush=True)
    qapp.exit(0)

def boom():
    QTimer.singleShot(0, look)
    raise RuntimeError("cannot parse %s")

QTimer.singleShot(0, boom)
sys.exit(run(db=sys.argv[1]))
"""


def test_the_app_installs_the_hook(tmp_path):
    """The real app, started as `facilitator` starts it: a bug in a callback becomes the message."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", CHILD % SECRET, str(tmp_path / "ws.facilitator")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    [line] = [line for line in child.stdout.splitlines() if line.startswith("BOX:")]
    assert "internal error" in line
    assert SECRET not in line
    logged = log_file().read_text(encoding="utf-8")
    assert "in boom" in logged and "RuntimeError" in logged and SECRET not in logged


@pytest.mark.qt_no_exception_capture
def test_chained_errors_are_logged_without_their_text(qtbot, broken_button):
    _window, _button, reporter = broken_button

    def chained() -> None:
        try:
            raise ValueError(f"bad title {SECRET}")
        except ValueError as error:
            raise KeyError(SECRET) from error

    try:
        chained()
    except KeyError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    log = log_file().read_text(encoding="utf-8")
    assert "ValueError" in log and "KeyError" in log and "in chained" in log
    assert SECRET not in log
    assert reporter.box is not None and SECRET not in reporter.box.text()
