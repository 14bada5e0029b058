"""The row under a stage's ground rules, criteria or agreements: "Start from a template…" while
the stage is empty, "Add from a template…" and "Save as template…" once it has content, and
Undo right after a template was added. The picker itself is `facilitator.ui.templates`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.domain import templates as t
from facilitator.public import session_language
from facilitator.storage.errors import WorkspaceError
from facilitator.ui import i18n
from facilitator.ui.context import SessionContext
from facilitator.ui.problems import describe
from facilitator.ui.reveal import scroll_area
from facilitator.ui.templates import TemplatePicker, kind_words, refusal


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
        area = scroll_area(self)
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
        what = kind_words(self.kind)[0]
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
        suggestion = f"{kind_words(self.kind)[0].capitalize()} – {title}" if title else ""
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
