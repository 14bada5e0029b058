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
