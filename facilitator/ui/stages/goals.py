"""Stage 3, goals and interests: each side's goals, the interests behind them, perspective checks,
tensions between goals, the shared goal, and the goal map that shows it all to the room.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton

from facilitator.changes import Changes
from facilitator.domain import model as m
from facilitator.ui import labels
from facilitator.ui.entity_model import Column, enum_choices
from facilitator.ui.goal_map import GoalMap, GoalMapWindow
from facilitator.ui.keys import scoped_shortcut
from facilitator.ui.row_details import RowDetails
from facilitator.ui.stage_page import StagePage
from facilitator.ui.tables import RowFitter
from facilitator.ui.widgets import EntityTable, combo_box

NONE = "—"
SHORT = 36  # characters of a statement shown where an interest names its source


def _percent(goal: m.Goal) -> int | None:
    return None if goal.confidence is None else round(goal.confidence * 100)


def _set_percent(goal: m.Goal, value: int | None) -> None:
    goal.confidence = None if value is None else value / 100


class GoalsPage(StagePage):
    number = 3

    def build(self) -> None:
        self.goals = EntityTable(
            self.ctx,
            m.Goal,
            [
                Column(self.tr("Owner"), "owner", "choice", enum_choices(m.GoalOwner), width=7),
                Column(self.tr("Objective"), "objective", width=14),
                Column(self.tr("Metric"), "metric", width=12),
                Column(self.tr("Baseline"), "baseline", width=7),
                Column(self.tr("Target"), "target", width=6),
                Column(self.tr("Unit"), "unit", width=4),
                Column(self.tr("Horizon"), "horizon", "choice", enum_choices(m.Horizon), width=6),
                Column(self.tr("Due"), "due", "date", width=9),
                Column(
                    self.tr("Confidence"),
                    kind="choice",
                    choices=self._percent_choices,
                    get=_percent,
                    set=_set_percent,
                    width=6,
                ),
            ],
            self.tr("Goals: what each side is measured on"),
            self.tr("Add &goal"),
            fit=True,
            # On a narrow page these make way (horizon and confidence first) for readable text
            # columns, and the form below the table shows them for the selected goal.
            optional=[[6, 8], [3, 4, 5]],
        )
        # As tall as its goals (a CEO's session has a handful): the page scrolls, not the table.
        self.goals_fitter = RowFitter(self.goals.view, minimum_rows=3, maximum_rows=10)
        self.body.addWidget(self.goals)
        self.goal_details = RowDetails(self.goals, self._goal_title)
        self.body.addWidget(self.goal_details)

        self.shared_box = combo_box([], self.tr("Shared goal both sides sign up to"))
        self.shared_box.setMinimumContentsLength(16)  # a zoomed 1280 px window: the row still fits
        self.shared_box.setSizeAdjustPolicy(self.shared_box.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        session = lambda: self.ctx.data.session if self.ctx.data else None  # noqa: E731
        self.binder.combo(self.shared_box, session, "shared_goal_id")
        shared_label = QLabel(self.tr("Sh&ared goal:"))
        shared_label.setBuddy(self.shared_box)
        shared_label.setObjectName("sideHeading")
        self.shared_hint = QLabel()
        self.shared_hint.setObjectName("hint")
        self.shared_hint.setWordWrap(True)
        self.present_button = QPushButton(self.tr("Map full screen (F11)"))
        self.present_button.setAccessibleName(self.tr("Show the goal map full screen"))
        self.present_button.clicked.connect(self.present_map)
        scoped_shortcut(Qt.Key.Key_F11, self, self.present_map, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        row = QHBoxLayout()
        row.addWidget(shared_label)
        row.addWidget(self.shared_box, 1)
        row.addWidget(self.present_button)
        self.body.addLayout(row)
        self.body.addWidget(self.shared_hint)

        self.map = GoalMap(self.ctx)
        self.map.setMinimumHeight(380)
        self.body.addWidget(self.map)

        self.tensions = EntityTable(
            self.ctx,
            m.Tension,
            [
                Column(self.tr("Goal A"), "goal_a_id", "choice", self._goal_choices, width=9),
                Column(self.tr("Goal B"), "goal_b_id", "choice", self._goal_choices, width=9),
                Column(self.tr("Type"), "type", "choice", enum_choices(m.TensionType), width=7),
                Column(self.tr("Severity"), "severity", "int", minimum=1, maximum=5, width=5),
                Column(self.tr("Note"), "note", width=8),
            ],
            self.tr("Tensions between goals"),
            self.tr("Add &tension"),
            fit=True,
        )
        self.tensions.view.setMinimumHeight(180)
        self.body.addWidget(self.tensions)

        interests = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when the page is narrow
        self.interests: dict[m.Side, EntityTable] = {}
        for side, title, add, add_name in (
            (m.Side.SALES, self.tr("Interests: Sales"), self.tr("Add &interest"), self.tr("Add a Sales interest")),
            (
                m.Side.PRODUCT,
                self.tr("Interests: Product"),
                self.tr("Add i&nterest"),
                self.tr("Add a Product interest"),
            ),
        ):
            table = EntityTable(
                self.ctx,
                m.Interest,
                [
                    Column(self.tr("Why it matters"), "text", width=10),
                    Column(
                        self.tr("From statement"),
                        "source_statement_id",
                        "choice",
                        self._statement_choices,
                        width=10,
                    ),
                ],
                title,
                add,
                accept=lambda i, side=side: i.side == side,
                defaults=lambda side=side: {"side": side},
                fit=True,
            )
            table.view.setMinimumHeight(170)
            table.add_button.setAccessibleName(add_name)
            table.view.verticalHeader().hide()  # row numbers cost width that the text needs here
            self.interests[side] = table
            interests.addWidget(table)
        self.body.addLayout(interests)
        self.interests_row = interests
        # Re-decided after the page's width settles (also after a zoom), never inside its resize:
        # changing a layout while the style sheet re-polishes the page crashed Qt.
        self._stacking = QTimer(self, singleShot=True, interval=0)
        self._stacking.timeout.connect(self._stack_interests)

        self.checks = EntityTable(
            self.ctx,
            m.PerspectiveCheck,
            [
                Column(self.tr("Goal paraphrased"), "goal_id", "choice", self._goal_choices, width=16),
                Column(self.tr("Paraphrased by"), "paraphraser_id", "choice", self._participant_choices, width=12),
                Column(self.tr("Attempts"), "attempts", "int", minimum=1, maximum=99, width=6),
                Column(self.tr("“Exactly”"), "confirmed", "bool", width=6),
            ],
            self.tr("Perspective checks: the other side paraphrases until the owner says “exactly”"),
            self.tr("Add &check"),
            fit=True,
        )
        self.checks.view.setMinimumHeight(170)
        self.body.addWidget(self.checks)

        self.ctx.changes.connect(self._on_changes)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._stacking.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a zoom: the tables' minimum widths changed
            self._stacking.start()

    def _stack_interests(self) -> None:
        """Both sides' interests side by side, or one above the other where the page (a zoomed
        1280 px window) is too narrow for both: the page never scrolls sideways."""
        room = self.content.parentWidget().width() if self.content.parentWidget() else self.content.width()
        need = sum(t.minimumSizeHint().width() for t in self.interests.values()) + self.interests_row.spacing()
        wanted = QBoxLayout.Direction.TopToBottom if need > room else QBoxLayout.Direction.LeftToRight
        if self.interests_row.direction() != wanted:
            self.interests_row.setDirection(wanted)

    def _goal_title(self, goal: m.Goal | None) -> str:
        if goal is None:
            return self.tr("Selected goal: none (select a row or press Insert)")
        return self.tr("Selected goal: %1").replace("%1", goal.objective or self.tr("untitled goal"))

    # -- choices ------------------------------------------------------------------------------

    def _percent_choices(self) -> list[tuple[Any, str]]:
        return [(None, NONE)] + [(v, self.tr("%1 %").replace("%1", str(v))) for v in range(0, 101)]

    def _goal_choices(self) -> list[tuple[Any, str]]:
        data = self.ctx.data
        goals = data.goals if data else []
        untitled = self.tr("untitled goal")
        return [(None, NONE)] + [
            (
                g.id,
                self.tr("%1: %2").replace("%1", labels.label(g.owner)).replace("%2", g.objective or untitled),
            )
            for g in goals
        ]

    def _participant_choices(self) -> list[tuple[Any, str]]:
        data = self.ctx.data
        people = data.participants if data else []
        return [(None, NONE)] + [(p.id, p.name or self.tr("unnamed")) for p in people]

    def _statement_choices(self) -> list[tuple[Any, str]]:
        data = self.ctx.data
        statements = data.statements if data else []
        return [(None, NONE)] + [
            (s.id, labels.short(s.raw_text, SHORT) or self.tr("empty statement")) for s in statements
        ]

    # -- the shared goal ----------------------------------------------------------------------

    def _fill_shared(self) -> None:
        """The goals owned by both sides (and the chosen one, whatever its owner now is)."""
        data = self.ctx.data
        box = self.shared_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("— not chosen yet —"), None)
        if data is not None:
            chosen = data.shared_goal
            for goal in data.goals:
                if goal.owner == m.GoalOwner.SHARED or goal is chosen:
                    box.addItem(goal.objective or self.tr("untitled goal"), goal.id)
            box.setCurrentIndex(max(0, box.findData(data.session.shared_goal_id)))
            if box.count() == 1:
                self.shared_hint.setText(
                    self.tr("Add a goal with the owner “Shared” to choose it as the goal both sides sign up to.")
                )
            else:
                self.shared_hint.setText("")
        box.blockSignals(False)
        self.shared_hint.setVisible(bool(self.shared_hint.text()))

    def _on_changes(self, changes: Changes) -> None:
        # Deleting the shared goal clears the session's reference (the service did that too).
        if changes.touches(m.Goal) or changes.updates(self.ctx.data.session):
            self._fill_shared()

    def present_map(self) -> None:
        window = GoalMapWindow(self.ctx, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.showFullScreen()
        self._map_window = window

    def refresh(self) -> None:
        self._fill_shared()

    def focus_first(self) -> None:
        self.goals.view.setFocus()


PAGE = GoalsPage
