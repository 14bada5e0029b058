"""Stage 2's selected incident, whole: the row's short fields in one line and its long texts
(facts, impact on revenue, other impact) in editors. The incidents table above cuts long cells
and leaves the impacts out; this box always shows the selected incident in full."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit

from facilitator.domain import model as m
from facilitator.ui.context import SessionContext
from facilitator.ui.entity_model import EntityTableModel
from facilitator.ui.widgets import Binder


class IncidentEditor(QGroupBox):
    def __init__(self, ctx: SessionContext, model: EntityTableModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.incident: m.Incident | None = None
        self.binder = Binder(ctx)
        layout = QGridLayout(self)
        self.summary = QLabel()  # date, account, value, feature: the table may cut them
        self.summary.setWordWrap(True)
        self.summary.setObjectName("detail")
        layout.addWidget(self.summary, 2, 0, 1, 3)
        self.edits: list[QPlainTextEdit] = []
        for column, (field, label, name) in enumerate(
            (
                ("facts", self.tr("Fa&cts"), self.tr("Facts of the selected incident")),
                (
                    "impact_revenue",
                    self.tr("Impact on &revenue"),
                    self.tr("Impact on revenue of the selected incident"),
                ),
                ("impact_other", self.tr("&Other impact"), self.tr("Other impact of the selected incident")),
            )
        ):
            edit = QPlainTextEdit()
            edit.setAccessibleName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
            self.binder.text(edit, lambda: self.incident, field)
            caption = QLabel(label)
            caption.setBuddy(edit)
            layout.addWidget(caption, 0, column)
            layout.addWidget(edit, 1, column)
            self.edits.append(edit)
        self.show_incident(None)

    def show_incident(self, incident: m.Incident | None) -> None:
        self.incident = incident
        for edit in self.edits:
            edit.setEnabled(incident is not None)
        if incident is None:
            self.setTitle(self.tr("Selected incident: none (select a row or press Insert)"))
            self.summary.clear()
        else:
            name = incident.account or incident.feature or self.tr("untitled")
            self.setTitle(self.tr("Selected incident: %1").replace("%1", name))
            columns = self.model.columns[:4]  # date, account, value, feature
            parts = [(c.header, self.model.display(c, c.value(incident))) for c in columns]
            self.summary.setText(" · ".join(f"{head}: {text}" for head, text in parts if text))
        self.binder.load()
