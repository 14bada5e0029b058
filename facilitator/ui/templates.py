"""The template picker: the ready templates and the user's own for one stage, with a preview of
what each adds, fully by keyboard (arrows, Enter adds, Esc closes). It also manages the user's
own templates: F2 renames, Delete deletes (after asking). The stages open it from their
`TemplateBar` (facilitator.ui.template_bar), which applies the choice as one transaction.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import templates as t
from facilitator.storage.errors import WorkspaceError
from facilitator.ui import labels
from facilitator.ui.keys import scoped_shortcut
from facilitator.ui.problems import describe

_ROLE = Qt.ItemDataRole.UserRole


def refusal(error: t.TemplateRefused) -> str:
    """A refusal in the user's words."""
    words = {
        "not_empty": QCoreApplication.translate("Templates", "This stage is not empty."),
        "locked": QCoreApplication.translate(
            "Templates", "The criteria are agreed and locked. Reopen them to add more."
        ),
        "closed": QCoreApplication.translate("Templates", "The session is closed. Reopen it to change it."),
        "no_name": QCoreApplication.translate("Templates", "A template needs a name."),
        "too_long": QCoreApplication.translate("Templates", "That name is too long (at most 120 characters)."),
        "taken": QCoreApplication.translate("Templates", "There is already a template with this name."),
        "empty": QCoreApplication.translate("Templates", "There is nothing on this stage to save yet."),
    }
    return words.get(error.code, str(error))


def kind_words(kind: t.Kind) -> tuple[str, str]:
    """(what the stage holds, the picker's title) for a kind."""
    if kind is t.Kind.GROUND_RULES:
        return (
            QCoreApplication.translate("Templates", "ground rules"),
            QCoreApplication.translate("Templates", "Ground rules from a template"),
        )
    if kind is t.Kind.CRITERIA:
        return (
            QCoreApplication.translate("Templates", "criteria"),
            QCoreApplication.translate("Templates", "Criteria from a template"),
        )
    return (
        QCoreApplication.translate("Templates", "agreements"),
        QCoreApplication.translate("Templates", "Agreements from a template"),
    )


def preview_html(template: t.Template) -> str:
    """What the template adds, as the picker shows it."""
    parts = []
    if template.description:
        parts.append(f"<p><i>{html.escape(template.description)}</i></p>")
    if template.kind is t.Kind.GROUND_RULES:
        rows = [html.escape(rule) for rule in template.items]
        parts.append("<ol>" + "".join(f"<li>{r}</li>" for r in rows) + "</ol>")
    elif template.kind is t.Kind.CRITERIA:
        weight = QCoreApplication.translate("Templates", "weight %1")
        rows = [
            f"<b>{html.escape(c.name)}</b> · {weight.replace('%1', labels.number(c.weight))}"
            f" · {html.escape(labels.label(c.source))}"
            for c in template.items
        ]
        parts.append("<ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>")
    else:
        rows = [f"<b>{html.escape(labels.label(a.type))}:</b> {html.escape(a.text)}" for a in template.items]
        parts.append("<ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>")
    return "".join(parts)


class TemplatePicker(QDialog):
    """Choose a template for one stage: arrows move, the preview follows, Enter adds, Esc closes."""

    def __init__(self, store, kind: t.Kind, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.kind, self.lang = store, kind, lang
        self.chosen: t.Template | None = None
        self.setWindowTitle(kind_words(kind)[1])
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setMinimumWidth(280)
        self.list.setSpacing(2)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview: what the template adds"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumWidth(420)
        self.hint = QLabel(
            self.tr("↑↓ choose · Enter adds it to the stage · F2 renames, Del deletes one of your own · Esc closes")
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add to the stage"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.rename_button = buttons.addButton(self.tr("&Rename…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button = buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.rename_button, self.delete_button, close):
            button.setAutoDefault(False)  # Enter adds the template, wherever the focus is
        scoped_shortcut(QKeySequence(Qt.Key.Key_F2), self.list, self.rename, Qt.ShortcutContext.WidgetShortcut)
        scoped_shortcut(QKeySequence(Qt.Key.Key_Delete), self.list, self.delete, Qt.ShortcutContext.WidgetShortcut)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose())

        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(820, 440)
        self.fill()
        self.list.setFocus()

    def fill(self, select_id: int | None = None) -> None:
        """The library in the session's language, then the user's own templates under a heading."""
        own = self.store.templates(self.kind)
        offered = t.choose(self.lang, self.kind, own)
        self.list.clear()
        heading_done = False
        chosen_row = 1 if offered else -1
        self._heading(self.tr("Ready templates"))
        for template in offered:
            if not template.builtin and not heading_done:
                self._heading(self.tr("Your templates"))
                heading_done = True
            name = template.name
            if not template.builtin and template.lang != self.lang and template.lang:
                name += f"  ({template.lang.upper()})"
            item = QListWidgetItem(name)
            item.setData(_ROLE, template)
            self.list.addItem(item)
            if select_id is not None and template.id == select_id:
                chosen_row = self.list.count() - 1
        if chosen_row >= 0:
            self.list.setCurrentRow(chosen_row)
        self._show()

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: arrows skip it
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def current(self) -> t.Template | None:
        item = self.list.currentItem()
        return item.data(_ROLE) if item is not None else None

    def _show(self, *_args) -> None:
        template = self.current()
        self.preview.setHtml(preview_html(template) if template else "")
        self.add_button.setEnabled(template is not None)
        own = template is not None and not template.builtin
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def _choose(self) -> None:
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()

    def rename(self) -> None:
        template = self.current()
        if template is None or template.builtin:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename template"), self.tr("New name:"), QLineEdit.EchoMode.Normal, template.name
        )
        if not ok:
            return
        try:
            self.store.rename_template(template.id, name)
        except t.TemplateRefused as error:
            QMessageBox.warning(self, self.tr("Rename template"), refusal(error))
            return
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Rename template"), describe(error))
            return
        self.fill(template.id)

    def delete(self) -> None:
        template = self.current()
        if template is None or template.builtin:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete your template “%1”? Sessions that used it keep what it added.").replace(
                "%1", template.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_template(template.id)
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Delete template"), describe(error))
            return
        self.fill()
