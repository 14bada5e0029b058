"""Templates on the stages: "Start from a template" where a stage is empty, the picker (with a
preview, fully by keyboard), "Save as template" from a filled stage, and Undo right after.

The picker also manages the user's own templates: F2 renames, Delete deletes (after asking).
Applying goes through the session service as one transaction; a stage that is not empty is
added to only after the user said yes.
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
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.domain import templates as t
from facilitator.public import session_language
from facilitator.storage.errors import WorkspaceError
from facilitator.ui import i18n, labels
from facilitator.ui.context import SessionContext
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


def _kind_words(kind: t.Kind) -> tuple[str, str]:
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
        self.setWindowTitle(_kind_words(kind)[1])
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


class TemplateBar(QWidget):
    """The row a stage shows beside its editor or table: "Start from a template…" while the stage
    is empty; "Add from a template…" (which asks first) and "Save as template…" once it has
    content; and, right after a template was added, what was added with an Undo."""

    def __init__(self, ctx: SessionContext, kind: t.Kind, target: QWidget, parent: QWidget | None = None):
        """`target` is the stage's editor or table: it gets the focus back after adding."""
        super().__init__(parent)
        self.ctx, self.kind, self.target = ctx, kind, target
        self._undo: tuple[tuple, str | None] | None = None  # (entities added, ground rules before)
        self._applying = False
        self.start_button = QPushButton(self.tr("Start from a te&mplate…"))
        self.start_button.setObjectName("templateStart")
        self.save_button = QPushButton(self.tr("Save as template…"))
        self.done_label = QLabel()
        self.done_label.setObjectName("hint")
        self.done_label.setWordWrap(True)  # wraps rather than widening the page
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.start_button.clicked.connect(self.pick)
        self.save_button.clicked.connect(self.save_as)
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.done_label, 1)
        row.addWidget(self.undo_button)
        for widget in (self.start_button, self.save_button):
            row.addWidget(widget)
        self.stretch = QWidget()  # left-aligned buttons no wider than their words, while no label takes the room
        row.addWidget(self.stretch, 1)
        ctx.loaded.connect(self._forget)
        ctx.changes.connect(self._on_changes)
        self.refresh()

    # -- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        data = self.ctx.data
        empty = data is None or t.is_empty(data, self.kind)
        # One button, so Alt+M always reaches it: it starts an empty stage and adds to a filled one.
        self.start_button.setText(self.tr("Start from a te&mplate…") if empty else self.tr("Add from a te&mplate…"))
        self.save_button.setVisible(not empty)
        self.done_label.setVisible(self._undo is not None)
        self.undo_button.setVisible(self._undo is not None)
        self.stretch.setVisible(self._undo is None)

    def _forget(self) -> None:
        self._undo = None
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if self._applying:
            return
        if self._undo is not None and self._touches_stage(changes):
            self._undo = None  # edited since: Undo would take back more than the template
        self.refresh()

    def _touches_stage(self, changes: Changes) -> bool:
        if self.kind is t.Kind.GROUND_RULES:
            session = self.ctx.data.session if self.ctx.data else None
            names = changes.changed_fields(session) if changes.updates(session) else frozenset()
            return names is None or "ground_rules" in names
        return changes.touches(m.Criterion if self.kind is t.Kind.CRITERIA else m.Agreement)

    def language(self) -> str:
        """The session's language (the templates fill it), else the app's."""
        data = self.ctx.data
        lang = session_language(data) if data else ""
        return lang or i18n.language()

    # -- actions -------------------------------------------------------------------------------

    def pick(self) -> None:
        """Open the picker; add the chosen template (asking first if the stage is not empty)."""
        if self.ctx.data is None or self.ctx.service is None:
            return
        picker = TemplatePicker(self.ctx.service.store, self.kind, self.language(), self.window())
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        self.apply(picker.chosen)

    def apply(self, template: t.Template) -> bool:
        """Add a template to the stage as one user action; False if refused or declined."""
        data = self.ctx.data
        if data is None or not self.ctx.flush():
            return False
        append = not t.is_empty(data, self.kind)
        if append and not self._confirm_append(template):
            return False
        before = data.session.ground_rules
        self._applying = True
        try:
            changes = self.ctx.service.apply_template(data.session.id, template, append=append)
        except t.TemplateRefused as error:
            QMessageBox.information(self, self.tr("Template not added"), refusal(error))
            return False
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Template not added"), describe(error))
            return False
        finally:
            self._applying = False
        rules_before = before if self.kind is t.Kind.GROUND_RULES else None
        self._undo = (changes.added, rules_before)
        count = len(template.items)
        self.done_label.setText(
            self.tr("Added “%1” (%2).").replace("%1", template.name).replace("%2", self._count(count))
        )
        self.refresh()
        self.target.setFocus()  # carry on with what was added, by keyboard
        self._show_on_page()
        return True

    def _show_on_page(self) -> None:
        """Scroll the page so what was added and the Undo beneath it are in sight."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self.target)
            area.ensureWidgetVisible(self)

    def _count(self, n: int) -> str:
        # No %n plural forms: the app ships no English .qm that would resolve them.
        if self.kind is t.Kind.GROUND_RULES:
            return self.tr("1 rule") if n == 1 else self.tr("%1 rules").replace("%1", str(n))
        if self.kind is t.Kind.CRITERIA:
            return self.tr("1 criterion") if n == 1 else self.tr("%1 criteria").replace("%1", str(n))
        return self.tr("1 agreement") if n == 1 else self.tr("%1 agreements").replace("%1", str(n))

    def _confirm_append(self, template: t.Template) -> bool:
        what = _kind_words(self.kind)[0]
        answer = QMessageBox.question(
            self,
            self.tr("Add to this stage?"),
            self.tr("This stage already has %1. Add those of “%2” below them?")
            .replace("%1", what)
            .replace("%2", template.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def undo(self) -> None:
        """Take back what the template added, as one user action."""
        if self._undo is None or self.ctx.data is None:
            return
        added, rules_before = self._undo
        self._applying = True
        try:
            self.ctx.flush()
            self.ctx.service.undo_template(self.ctx.data.session.id, added, rules_before)
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Undo"), describe(error))
            return
        finally:
            self._applying = False
        self._undo = None
        self.refresh()
        self.start_button.setFocus()  # the same place: the stage is empty again

    def save_as(self) -> None:
        """Save the stage's content as a template of the user's, under a name they choose."""
        data = self.ctx.data
        if data is None or not self.ctx.flush():
            return
        title = data.session.title.strip()
        suggestion = f"{_kind_words(self.kind)[0].capitalize()} – {title}" if title else ""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as template"),
            self.tr("Name of the template (it appears in “Start from a template” in every session):"),
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        if not ok:
            return
        store = self.ctx.service.store
        try:
            template = store.add_template(t.from_stage(data, self.kind, name, self.language()))
        except t.TemplateRefused as error:
            QMessageBox.warning(self, self.tr("Save as template"), refusal(error))
            return
        except WorkspaceError as error:
            QMessageBox.critical(self, self.tr("Save as template"), describe(error))
            return
        self.done_label.setText(self.tr("Saved as template “%1”.").replace("%1", template.name))
        self.done_label.setVisible(True)
        self.stretch.setVisible(False)


def under_table(ctx: SessionContext, kind: t.Kind, table) -> TemplateBar:
    """A bar right under an EntityTable: its title row has no room left in German at 1280 px."""
    bar = TemplateBar(ctx, kind, table.view)
    table.layout().addWidget(bar)
    return bar
