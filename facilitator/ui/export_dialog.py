"""File > Export (Ctrl+E): minutes and action items in the chosen format, written off the GUI
thread, or copied to the clipboard as Markdown for chat and e-mail."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from facilitator.domain.model import SessionData
from facilitator.language import LANGUAGES
from facilitator.public import session_language
from facilitator.ui import i18n
from facilitator.ui.background import run_in_background
from facilitator.ui.widgets import combo_box


class ExportDialog(QDialog):
    def __init__(self, data: SessionData, parent=None, series: list | None = None):
        super().__init__(parent)
        # A snapshot: the meeting goes on while the file is written.
        self.data = copy.deepcopy(data)
        self.series = series  # a follow-up's trend figures (Store.series_figures): the minutes chart them
        self.setWindowTitle(self.tr("Export"))
        self.formats = [
            ("pdf", self.tr("Minutes as PDF"), self.tr("a document to send to both teams")),
            ("md", self.tr("Minutes as Markdown"), self.tr("for a wiki or a repository")),
            ("csv", self.tr("Action items as CSV"), self.tr("opens in Excel and LibreOffice")),
            ("ics", self.tr("Action items as calendar file"), self.tr("due dates land in any calendar")),
            ("checklist", self.tr("Action items as Markdown checklist"), self.tr("for chat or a ticket")),
            ("json", self.tr("Session file (JSON)"), self.tr("to import on another computer, without private notes")),
        ]
        self.group = QButtonGroup(self)
        choices = QVBoxLayout()
        last = QSettings().value("export/format", "pdf")
        for i, (code, title, hint) in enumerate(self.formats):
            button = QRadioButton(f"{title} — {hint}")
            button.setAccessibleName(title)
            button.setChecked(code == last)
            self.group.addButton(button, i)
            choices.addWidget(button)
        if self.group.checkedButton() is None:
            self.group.button(0).setChecked(True)

        self.language = combo_box(list(LANGUAGES.items()), self.tr("Language of the export"))
        # Minutes in the language the session was held in; the app's own language only if unknown.
        language = session_language(self.data) or i18n.language()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.page_size = combo_box([("A4", "A4"), ("Letter", "Letter")], self.tr("Page size"))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(QSettings().value("export/page", "A4"))))
        options = QFormLayout()
        options.addRow(self.tr("&Language"), self.language)
        options.addRow(self.tr("&Page size (PDF)"), self.page_size)

        privacy = QLabel(self.tr("Private notes are never included."))
        privacy.setObjectName("hint")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.copy_minutes = QPushButton(self.tr("Copy &minutes"))
        self.copy_minutes.clicked.connect(lambda: self.copy("md"))
        self.copy_checklist = QPushButton(self.tr("Copy &checklist"))
        self.copy_checklist.clicked.connect(lambda: self.copy("checklist"))
        self.show_folder = QPushButton(self.tr("Show in &folder"))
        self.show_folder.setVisible(False)
        self.show_folder.clicked.connect(self._open_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        for button in (self.copy_minutes, self.copy_checklist):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.show_folder, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What do you want to export?")))
        layout.addLayout(choices)
        layout.addLayout(options)
        layout.addWidget(privacy)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.target: Path | None = None

    def selected(self) -> str:
        return self.formats[self.group.checkedId()][0]

    def suggested_path(self, code: str) -> Path:
        from facilitator.export import suggested_filename

        folder = QSettings().value("export/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(folder) / suggested_filename(self.data, code, self.language.currentData())

    def export(self) -> None:
        code = self.selected()
        suggested = self.suggested_path(code)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(suggested), f"*{suggested.suffix}")
        if path:
            self.write(code, Path(path))

    def write(self, code: str, path: Path) -> None:
        """Write in the background; the dialog stays responsive and says where the file went."""
        from facilitator.export import export_session

        settings = QSettings()
        settings.setValue("export/format", code)
        settings.setValue("export/folder", str(path.parent))
        settings.setValue("export/page", self.page_size.currentData())
        lang, page = self.language.currentData(), self.page_size.currentData()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.target = path
        run_in_background(
            lambda: export_session(self.data, code, path, lang=lang, page_size=page, series=self.series),
            lambda _result: self._done(path),
            self._failed,
        )

    def _done(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.show_folder.setVisible(True)

    def _failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export failed: %1").replace("%1", str(error)))

    def copy(self, code: str) -> None:
        from facilitator.export.minutes import actions_checklist, render_markdown

        lang = self.language.currentData()
        text = (
            render_markdown(self.data, lang, series=self.series) if code == "md" else actions_checklist(self.data, lang)
        )
        QGuiApplication.clipboard().setText(text)
        what = self.tr("Minutes") if code == "md" else self.tr("Checklist")
        self.status.setText(self.tr("%1 copied to the clipboard as Markdown.").replace("%1", what))

    def _open_folder(self) -> None:
        if self.target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target.parent)))
