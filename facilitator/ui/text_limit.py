"""Text fields hold at most MAX_TEXT_CHARS: typing stops there and a paste is cut to fit, with a
gentle note beside the field. The import refuses longer texts; the editors must not make them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolTip, QWidget

from facilitator.domain.limits import MAX_TEXT_CHARS


def cap(widget: QWidget, limit: int = MAX_TEXT_CHARS) -> None:
    """Keep what the user types or pastes into `widget` within `limit` characters."""
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(limit)
        widget.inputRejected.connect(lambda: tell(widget, limit))
    elif isinstance(widget, QPlainTextEdit):
        _PlainTextCap(widget, limit)


def message(limit: int = MAX_TEXT_CHARS) -> str:
    text = QCoreApplication.translate("TextLimit", "This field holds at most %1 characters; the rest was left out.")
    return text.replace("%1", QLocale().toString(limit))


def tell(widget: QWidget, limit: int = MAX_TEXT_CHARS) -> None:
    """The note, as a tooltip at the field: it does not take the focus or stop the typing."""
    QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), message(limit), widget)


class _PlainTextCap(QObject):
    """Cuts the end of an insertion that takes the document past the limit (Qt counts UTF-16
    units, so the text never has more code points than the limit either). Text set by the
    program (a binder loading a stored value: it blocks the widget's signals) is left alone."""

    def __init__(self, widget: QPlainTextEdit, limit: int):
        super().__init__(widget)
        self.widget, self.limit = widget, limit
        self._cutting = False
        widget.document().contentsChange.connect(self._changed)

    def _changed(self, position: int, _removed: int, added: int) -> None:
        if self._cutting or self.widget.signalsBlocked():
            return
        document = self.widget.document()
        excess = document.characterCount() - 1 - self.limit  # characterCount includes the final separator
        if excess <= 0 or added <= 0:
            return
        end = min(position + added, document.characterCount() - 1)  # Qt may count the separator in
        cursor = QTextCursor(document)
        cursor.setPosition(max(position, end - excess))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._cutting = True
        try:
            cursor.removeSelectedText()
        finally:
            self._cutting = False
        tell(self.widget, self.limit)
