"""Keyboard shortcuts that stay where they belong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def scoped_shortcut(keys: QKeySequence | Qt.Key | str, widget: QWidget, slot, context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut that acts only where `context` says (PySide drops it from the constructor)."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
