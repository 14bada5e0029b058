"""Typing any Unicode as a user would: QTest.keyClicks only knows ASCII (it asserts on ü)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def show_active(qtbot, window: QWidget) -> None:
    """Shortcuts reach only the active window; activation is asynchronous, so wait for it."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """Press a key on whatever has the focus, as a user would."""
    for _ in range(times):
        qtbot.keyClick(focused(), k, modifier)
        QApplication.processEvents()  # Return commits a cell editor through a queued call


def type_here(_qtbot, text: str) -> None:
    """Type into whatever has the focus (any Unicode)."""
    type_text(focused(), text)


def reopened(store, session_id: int | None = None):
    """The session as a fresh Store on the same file finds it: proof that it was saved."""
    from facilitator.storage.store import Store

    fresh = Store(store.path)
    try:
        return fresh.load(session_id if session_id is not None else fresh.sessions()[0].id)
    finally:
        fresh.close()


def open_page(qtbot, ctx, page_class, size: tuple[int, int] = (1280, 720)):
    """A stage page on the open session, shown and active, as the session view builds it."""
    page = page_class(ctx)
    page.show_session()
    qtbot.addWidget(page)
    page.resize(*size)
    show_active(qtbot, page)  # keys and mnemonics reach only the active window
    return page


def assert_mnemonics_unique(page: QWidget) -> None:
    """Alt+letter reaches one thing on a page, and never a letter of the menu bar."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters = []
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        found = re.search(r"&([^&\s])", widget.text())
        if found and not widget.text().startswith("<"):
            letters.append(found.group(1).lower())
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & set("fsvh")  # File, Session, View, Help in the menu bar
