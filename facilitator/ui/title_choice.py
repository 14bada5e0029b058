"""A choice of titled items ("Missed quarter: … (3 sessions, Aug ’26 to Nov ’26)") that fits its
width by shortening the title, never the rest: the dates are what tells two series apart."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

#: Where an item keeps its title (its full text is its tooltip).
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The box never gets narrower than the rest of the text and about this much of the title.
TITLE_CHARACTERS = 20


class TitleChoice(QComboBox):
    """A combo box whose items show a title inside a longer text; the title is elided to fit."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Ask the layout for the whole text (sizeHint) but take less when there is less room.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(
            lambda _: self.setToolTip(self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")
        )

    def add_titled(self, title: str, text: str, data) -> None:
        """Add `text` (which contains `title` once) with `data`. The list shows it whole; the box
        shows the current one fitted to its width when it paints (a thousand series are not
        measured one by one: that cost the home screen 60 ms)."""
        self.addItem(text, data)
        index = self.count() - 1
        self.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.setItemData(index, title, TITLE_ROLE)
        if index == self.currentIndex():
            self.setToolTip(text)

    def sizeHint(self) -> QSize:
        """Room for the widest whole text, as a plain combo box asks for."""
        return self._size_for(lambda title: title)

    def minimumSizeHint(self) -> QSize:
        """Room for the rest of every text and the first words of its title (it stays recognisable)."""
        metrics = self.fontMetrics()
        room = metrics.horizontalAdvance("x") * TITLE_CHARACTERS
        return self._size_for(lambda title: metrics.elidedText(title, Qt.TextElideMode.ElideRight, room))

    def _size_for(self, shown) -> QSize:
        """The box's size for its widest text with each title as `shown(title)` makes it."""
        hint = super().sizeHint()
        widest = 0
        for index in range(self.count()):
            full, title = self.itemData(index, Qt.ItemDataRole.ToolTipRole), self.itemData(index, TITLE_ROLE)
            if full and title:
                widest = max(widest, self.fontMetrics().horizontalAdvance(full.replace(title, shown(title), 1)))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        size = QSize(widest + 4, hint.height())  # the style's text margin, as in text_width
        wanted = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, size, self)
        return QSize(max(super().minimumSizeHint().width(), wanted.width()), hint.height())

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def text_width(self) -> int:
        """The room the box has for the current item's text."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return field.width() - 4  # the style's text margin

    def shown_text(self) -> str:
        """The current item's text as the box shows it: the title shortened until the rest fits."""
        index = self.currentIndex()
        full, title = self.itemData(index, Qt.ItemDataRole.ToolTipRole), self.itemData(index, TITLE_ROLE)
        if not full or not title:
            return self.currentText()
        metrics = self.fontMetrics()
        overflow = metrics.horizontalAdvance(full) - self.text_width()
        if overflow <= 0:
            return full
        room = max(metrics.horizontalAdvance(title) - overflow, 0)
        return full.replace(title, metrics.elidedText(title, Qt.TextElideMode.ElideRight, room), 1)
