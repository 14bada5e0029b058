"""The room's board for each stage, as HTML, written from the public projection only.

Everything here reads `facilitator.public.Public` (audience ROOM): reframes not raw statements,
counts not names next to scores, no notes, no prompts for the CEO. Every typed text is escaped,
so what someone typed is shown as text, never as markup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QObject, Qt

from facilitator import public
from facilitator.domain import model as m
from facilitator.domain.stages import STAGES
from facilitator.ui import i18n, labels


def public_view(data: m.SessionData) -> public.Public:
    return public.project(data, public.Audience.ROOM)


def goal_map_data(view: public.Public) -> m.SessionData:
    """The goals and tensions the room may see, in the shape the goal map draws."""
    data = m.SessionData(session=m.Session(shared_goal_id=None if view.shared_goal is None else view.shared_goal + 1))
    data.goals = [
        m.Goal(
            id=g.key + 1,
            owner=m.GoalOwner(g.owner),
            objective=g.objective,
            metric=g.metric,
            baseline=g.baseline,
            target=g.target,
            unit=g.unit,
        )
        for g in view.goals
    ]
    data.tensions = [
        m.Tension(
            id=i,
            goal_a_id=None if t.goal_a is None else t.goal_a + 1,
            goal_b_id=None if t.goal_b is None else t.goal_b + 1,
            type=m.TensionType(t.type),
            severity=t.severity,
        )
        for i, t in enumerate(view.tensions, start=1)
    ]
    return data


def board_html(view: public.Public, stage: int, px: int) -> str:
    """The board of one stage; `px` is the body text size."""
    writer = _Board(px)
    body = [
        writer.stage_1,
        writer.stage_2,
        writer.stage_3,
        writer.stage_4,
        writer.stage_5,
        writer.stage_6,
        writer.stage_7,
    ][stage - 1](view)
    style = (
        f"body, p, li, td, th {{ font-size: {px}px; }}"
        f" td, th {{ padding: {px // 4}px {px // 2}px; vertical-align: top; }} th {{ text-align: left; }}"
        " .muted { color: palette(placeholder-text); } .mark { font-weight: 600; }"
    )
    return f"<html><head><style>{style}</style></head><body>{body}</body></html>"


# The board is read from across the room: a text longer than this is shown in part ("…"). A
# field may hold 20,000 characters (MAX_TEXT_CHARS), and laying that out at the board's size,
# smaller and smaller until it fits, stalled the window for a third of a second on each change.
BOARD_CHARS = 1_000


def _text(value: str) -> str:
    """Typed text as HTML text: escaped, line breaks kept, at most BOARD_CHARS of it."""
    return escape(labels.clip(value.strip(), BOARD_CHARS)).replace("\n", "<br>")


def _date(iso: str) -> str:
    date = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
    if not date.isValid():
        return escape(iso)
    return date.toString("dd.MM.yyyy" if i18n.language() == "de" else "yyyy-MM-dd")


class _Board(QObject):
    """One method per stage; the words go through Qt Linguist."""

    def __init__(self, px: int):
        super().__init__()
        self.px = px

    def _heading(self, text: str) -> str:
        # Inline: Qt's rich text does not apply a stylesheet's font size to headings reliably.
        style = f"font-size: {round(self.px * 1.25)}px; font-weight: 600; margin-top: {self.px // 2}px"
        return f"<p style='{style}'>{escape(text)}</p>"

    def _table(self, headers: list[str], rows: list[list[str]], widths: tuple[int, ...] = ()) -> str:
        widths = widths or (0,) * len(headers)
        head = "".join(
            f"<th width='{w}%'>{escape(h)}</th>" if w else f"<th>{escape(h)}</th>"
            for h, w in zip(headers, widths, strict=True)
        )
        lines = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        return f"<table width='100%' cellspacing='0'><tr>{head}</tr>{lines}</table>"

    def _nothing(self, text: str) -> str:
        return f"<p class='muted'>{escape(text)}</p>"

    def _pulse(self, view: public.Public, phase: m.PulsePhase) -> str:
        figures = [f for f in view.pulse if f.phase == phase.value]
        if not figures:
            return self._nothing(self.tr("The pulse shows once at least three people have answered."))
        rows = [
            [
                escape(labels.pulse_item(f.item)),
                f"<span class='mark'>{labels.number(f.mean)}</span>",
                escape(self.tr("%1 to %2").replace("%1", str(f.low)).replace("%2", str(f.high))),
                str(f.count),
            ]
            for f in figures
        ]
        return self._table([self.tr("Statement"), self.tr("Average"), self.tr("Spread"), self.tr("Answers")], rows)

    def _consent(self, consent: public.Consent) -> str:
        """E.g. "5 · 4 · 4 · 3 · 2, one concern to resolve": counts, never who."""
        if not consent.votes:
            return escape(self.tr("no votes yet"))
        fingers = [str(k) for k in range(len(consent.counts) - 1, -1, -1) for _ in range(consent.counts[k])]
        text = " · ".join(fingers)
        if consent.concerns == 1:
            text += ", " + self.tr("one concern to resolve")
        elif consent.concerns:
            text += ", " + self.tr("%1 concerns to resolve").replace("%1", str(consent.concerns))
        if consent.concern:
            text += f": {consent.concern}"
        return escape(text)

    # -- the stages ---------------------------------------------------------------------------

    def stage_1(self, view: public.Public) -> str:
        lang = i18n.language()
        agenda = {t.stage: t.planned_minutes for t in view.agenda}
        rows = [
            [
                str(s.number),
                escape(s.title(lang)),
                escape(self.tr("%1 min").replace("%1", str(agenda.get(s.number, s.minutes)))),
            ]
            for s in STAGES
        ]
        parts = [self._heading(self.tr("Why we are here"))]
        parts.append(f"<p>{_text(view.trigger_text)}</p>" if view.trigger_text.strip() else "")
        parts += [
            self._heading(self.tr("Agenda")),
            self._table([self.tr("Stage"), self.tr("What"), self.tr("Time")], rows),
        ]
        parts.append(self._heading(self.tr("Ground rules")))
        parts.append(
            f"<p>{_text(view.ground_rules)}</p>"
            if view.ground_rules.strip()
            else self._nothing(self.tr("Not agreed yet."))
        )
        if view.ground_rule_consent.votes:
            consent = escape(self.tr("Consent"))
            parts.append(f"<p>{consent}: {self._consent(view.ground_rule_consent)}</p>")
        parts += [self._heading(self.tr("Pulse before we start")), self._pulse(view, m.PulsePhase.BEFORE)]
        return "".join(parts)

    def stage_2(self, view: public.Public) -> str:
        parts = [self._heading(self.tr("What happened"))]
        if view.incidents:
            rows = [
                [
                    _date(i.date),
                    _text(" · ".join(x for x in (i.account, i.feature) if x.strip())),
                    _text(i.facts),
                    _text("\n".join(x for x in (i.impact_revenue, i.impact_other) if x.strip())),
                ]
                for i in view.incidents
            ]
            parts.append(
                self._table([self.tr("Date"), self.tr("Deal or feature"), self.tr("Facts"), self.tr("Impact")], rows)
            )
        else:
            parts.append(self._nothing(self.tr("No incidents yet.")))
        parts.append(self._heading(self.tr("Said without blame")))
        if view.statements:
            parts.append("<ul>" + "".join(f"<li>{_text(s.text)}</li>" for s in view.statements) + "</ul>")
        else:
            parts.append(self._nothing(self.tr("Statements appear here once their neutral wording is confirmed.")))
        return "".join(parts)

    def stage_3(self, view: public.Public) -> str:
        def goal(g: public.Goal) -> str:
            measure = " ".join(x for x in (g.metric, self._range(g)) if x)
            line = f"<b>{_text(g.objective)}</b>"
            return line + (f"<br><span class='muted'>{escape(measure)}</span>" if measure else "")

        sales = [goal(g) for g in view.goals if g.owner == m.GoalOwner.SALES]
        product = [goal(g) for g in view.goals if g.owner == m.GoalOwner.PRODUCT]
        rows = [[a, b] for a, b in zip(sales + [""] * len(product), product + [""] * len(sales), strict=False)]
        rows = [r for r in rows if any(r)]
        parts = [
            self._table([labels.label(m.Side.SALES), labels.label(m.Side.PRODUCT)], rows)
            if rows
            else self._nothing(self.tr("No goals yet."))
        ]
        if view.shared_goal is not None:
            shared = view.goals[view.shared_goal]
            ours = escape(self.tr("Our shared goal"))
            parts.insert(0, f"<p><span class='mark'>{ours}:</span> {_text(shared.objective)}</p>")
        return "".join(parts)

    @staticmethod
    def _range(g: public.Goal) -> str:
        unit = f" {g.unit}" if g.unit and not (g.target.endswith(g.unit) or g.baseline.endswith(g.unit)) else ""
        if g.baseline and g.target:
            return f"{g.baseline} → {g.target}{unit}"
        return f"{g.target or g.baseline}{unit}" if (g.target or g.baseline) else ""

    def stage_4(self, view: public.Public) -> str:
        rows = []
        for area in m.Area:
            cells = []
            for side in (m.Side.SALES, m.Side.PRODUCT):
                items = [p for p in view.practices if p.area == area.value and p.side == side.value]
                cells.append("<br>".join(self._practice(p) for p in items))
            if any(cells):
                rows.append([f"<b>{escape(labels.label(area))}</b>", *cells])
        if not rows:
            return self._nothing(self.tr("No ways of working yet."))
        marked = escape(self.tr("marked to stop"))
        legend = f"<p class='muted'>■ {marked}</p>"
        return self._table([self.tr("Area"), labels.label(m.Side.SALES), labels.label(m.Side.PRODUCT)], rows) + legend

    def _practice(self, p: public.Practice) -> str:
        text = _text(p.current)
        if p.pain_for_other_side.strip():
            effect = escape(self.tr("Effect on the other side"))
            text += f"<br><span class='muted'>{effect}: {_text(p.pain_for_other_side)}</span>"
        stop = escape(self.tr("Stop"))
        return f"<span class='mark'>■ {stop}:</span> {text}" if p.stop_candidate else text

    def stage_5(self, view: public.Public) -> str:
        parts = [
            self._heading(
                self.tr("Criteria agreed before scoring")
                if view.criteria_agreed
                else self.tr("Criteria (not agreed yet)")
            )
        ]
        if view.criteria:
            parts.append(
                "<p>" + " · ".join(f"{_text(c.name)} ×{labels.number(c.weight)}" for c in view.criteria) + "</p>"
            )
        else:
            parts.append(self._nothing(self.tr("No criteria yet.")))
        parts.append(self._heading(self.tr("Options, best first")))
        if view.options:
            rows = [
                [
                    str(o.rank),
                    _text(o.text),
                    f"<span class='mark'>{labels.number(o.score)}</span>",
                    escape(labels.label(m.OptionStatus(o.status))),
                ]
                for o in view.options
            ]
            parts.append(self._table([self.tr("Rank"), self.tr("Option"), self.tr("Score"), self.tr("Status")], rows))
        else:
            parts.append(self._nothing(self.tr("No options yet.")))
        return "".join(parts)

    def stage_6(self, view: public.Public) -> str:
        def roles(a: public.Agreement) -> str:
            named = [
                (self.tr("Drives"), [a.driver] if a.driver else []),
                (self.tr("Decides"), [a.approver] if a.approver else []),
                (self.tr("Consulted"), list(a.contributors)),
                (self.tr("Informed"), list(a.informed)),
            ]
            return "<br>".join(f"{escape(k)}: {escape(', '.join(p.name for p in v))}" for k, v in named if v)

        parts = [self._heading(self.tr("Agreements"))]
        if view.agreements:
            rows = [[f"{a.number}. {_text(a.text)}", roles(a), self._consent(a.consent)] for a in view.agreements]
            headers = [self.tr("Agreement"), self.tr("Decision roles"), self.tr("Consent")]
            parts.append(self._table(headers, rows, (50, 30, 20)))
        else:
            parts.append(self._nothing(self.tr("No agreements yet.")))
        parts.append(self._heading(self.tr("Action items")))
        if view.actions:
            rows = [
                [_text(a.text), escape(a.owner.name if a.owner else "—"), _date(a.due) or "—"] for a in view.actions
            ]
            parts.append(self._table([self.tr("Action"), self.tr("Owner"), self.tr("Due")], rows))
        else:
            parts.append(self._nothing(self.tr("No action items yet.")))
        return "".join(parts)

    def stage_7(self, view: public.Public) -> str:
        parts = [self._heading(self.tr("What we agreed"))]
        parts.append(
            "<ol>" + "".join(f"<li>{_text(a.text)}</li>" for a in view.agreements) + "</ol>"
            if view.agreements
            else self._nothing(self.tr("No agreements yet."))
        )
        parts += [self._heading(self.tr("Pulse before and after"))]
        before = {f.item: f for f in view.pulse if f.phase == m.PulsePhase.BEFORE.value}
        after = {f.item: f for f in view.pulse if f.phase == m.PulsePhase.AFTER.value}
        if before or after:
            rows = [
                [
                    escape(labels.pulse_item(item)),
                    labels.number(before[item].mean) if item in before else "—",
                    labels.number(after[item].mean) if item in after else "—",
                ]
                for item in m.PULSE_ITEMS
                if item in before or item in after
            ]
            parts.append(
                self._table(
                    [self.tr("Statement"), labels.label(m.PulsePhase.BEFORE), labels.label(m.PulsePhase.AFTER)], rows
                )
            )
        else:
            parts.append(self._nothing(self.tr("The pulse shows once at least three people have answered.")))
        parts.append(self._heading(self.tr("We meet again")))
        parts.append(
            f"<p class='mark'>{_date(view.follow_up_date)}</p>"
            if view.follow_up_date
            else self._nothing(self.tr("No date set yet."))
        )
        return "".join(parts)
