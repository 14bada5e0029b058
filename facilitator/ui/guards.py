"""App-wide input guards: the mouse wheel scrolls pages instead of changing values, and the
window's own shortcuts (Ctrl+E, Ctrl+H...) work while a text field has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_guard: InputGuard | None = None
_installed = False


class InputGuard(QObject):
    """One event filter on the application (installed once by the main window).

    A wheel over a combo, spin or date box that does not have the focus goes to the scroll bar
    of the page (or table) around it, so scrolling a page never changes a value that happens to
    pass under the pointer; such boxes also stop taking the focus from the wheel.
    Under X11 text fields claim Ctrl+E (end of line), Ctrl+H (delete backwards) and similar
    editing keys before shortcuts see them; for the keys in `shortcuts` the window's action wins.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.shortcuts: set[QKeySequence] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox | QAbstractSpinBox):
            _no_wheel_focus(watched)
        elif kind == QEvent.Type.Wheel and isinstance(watched, QComboBox | QAbstractSpinBox):
            if not _has_focus(watched):
                _scroll_page(watched, event)
                return True
        elif kind == QEvent.Type.ShortcutOverride and self.shortcuts:
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) in self.shortcuts:
                event.ignore()  # nobody claims it, so the window's shortcut fires
                return True
        return False


def _no_wheel_focus(box: QWidget) -> None:
    if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_page(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest enclosing area that can scroll in its direction."""
    sideways = abs(event.angleDelta().x()) > abs(event.angleDelta().y())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.horizontalScrollBar() if sideways else parent.verticalScrollBar()
            if bar.maximum() > bar.minimum():
                QApplication.sendEvent(bar, event)
                return
        parent = parent.parentWidget()


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def guard() -> InputGuard:
    """The application's guard, made on first use; it filters once `install` has run."""
    global _guard
    if _guard is None:
        _guard = InputGuard(QApplication.instance())
    return _guard


def install() -> None:
    """Put the guard on the application's events (once). The main window does this after its first
    paint: a Python filter on every event made the first paint 25 ms slower (each new kind of
    object and event is wrapped on its way through). Boxes polished before then are set now."""
    global _installed
    if not _installed:
        app = QApplication.instance()
        app.installEventFilter(guard())
        _installed = True
        for widget in app.allWidgets():
            if isinstance(widget, QComboBox | QAbstractSpinBox):
                _no_wheel_focus(widget)
