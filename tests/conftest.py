"""Shared fixtures: a fresh workspace per test, the whole app, a session context, and headless Qt."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from facilitator.storage.store import Store


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    yield
    # Qt reads the settings' folder once per process: forget what this test chose (a zoom, a
    # theme, a language), or it changes the tests after it.
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings().clear()


@pytest.fixture
def app(qtbot, monkeypatch):
    """The whole app in English; the messages it would show are collected in `app.messages`."""
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.app import App

    messages: list[str] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(
            f"facilitator.ui.app.QMessageBox.{kind}", lambda _parent, _title, text, *a: messages.append(text)
        )
    application = App(QApplication.instance(), "en")
    qtbot.addWidget(application.window)
    application.messages = messages
    yield application
    application.release()


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "workspace.facilitator")
    yield s
    s.close()


@pytest.fixture
def ctx(qtbot, store):
    """A SessionContext on a fresh session (title "Test session")."""
    from facilitator.ui.context import SessionContext

    context = SessionContext(store)
    session = store.create_session("Test session", "2026-10-14")
    context.open(session.id)
    yield context
    context.flush()  # an edit still waiting must not fire after the store is closed
