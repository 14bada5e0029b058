"""The demo series lives in the present: laid on any day, its newest session was held about ten
days before, its open work is partly overdue, partly due this week, partly later, and its
agreements come up for review; the series' order and trend stay as the files tell them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from facilitator.demo_series import days_to_present, demo_series, import_series
from facilitator.domain import followup, trends
from facilitator.domain import model as m
from facilitator.domain.dates import date_fields, shift_dates
from facilitator.export import session_checks
from facilitator.export.session_file import dumps, to_document
from facilitator.session import SessionService
from facilitator.storage.codec import table_name

AS_WRITTEN = [dt.date(2026, 10, 14), dt.date(2026, 11, 13), dt.date(2027, 1, 12)]
# A week of todays from the day this was written: every weekday once.
A_WEEK = [dt.date(2026, 11, 29) + dt.timedelta(days=n) for n in range(7)]


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def test_every_date_the_session_file_documents_is_typed_as_a_date_in_the_model():
    """The shift finds dates by type: a date field typed as plain str would not move."""
    schema = session_checks.schema()
    for kind in (m.Session, *m.CHILD_TYPES):
        properties = schema["$defs"][table_name(kind)]["properties"]
        documented = {n for n, p in properties.items() if p.get("$ref") in ("#/$defs/date", "#/$defs/timestamp")}
        assert set(date_fields(kind)) == documented, kind.__name__
    assert date_fields(m.ActionItem) == ("due", "modified")


def test_shifting_moves_every_date_wherever_it_is_and_keeps_the_time_of_day():
    data = demo_series("en")[1]  # a follow-up: it has a review record with the carried actions
    before = dumps(to_document(data))
    outcomes = [followup.action_outcome(data.follow_ups[0], a) for a in data.action_items]
    ts = data.session.created
    shift_dates(data, 7 * 520)  # ten years on: no date of 2026 or 2027 may be left anywhere
    after = dumps(to_document(data))
    assert re.findall(r"20(?:2[6-7])-\d\d-\d\d", before)
    assert re.findall(r"20(?:2[6-7])-\d\d-\d\d", after) == []
    assert data.session.date == "2036-10-31" and data.session.created[10:] == ts[10:]  # same time of day
    # The carried actions' dues as they stood moved too: what was moved still reads as moved.
    assert [followup.action_outcome(data.follow_ups[0], a) for a in data.action_items] == outcomes
    assert followup.ActionOutcome.MOVED in outcomes


def test_the_newest_session_lands_7_to_13_days_back_on_every_day_of_two_years():
    newest = AS_WRITTEN[-1]
    for n in range(730):
        today = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        days = days_to_present(newest, today)
        assert days % 7 == 0  # whole weeks: every date keeps its weekday
        assert 7 <= (today - (newest + dt.timedelta(days=days))).days <= 13


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("today", A_WEEK, ids=lambda d: d.strftime("%a"))
def test_the_demo_laid_today_has_work_overdue_due_this_week_and_later(store, lang, today):
    ids = import_series(SessionService(store), demo_series(lang, today))
    (chain,) = followup.series(store.sessions())
    assert [s.id for s in chain] == ids  # the same series, in the same order
    dates = [_day(s.date) for s in chain]
    assert max(dates) < today  # no session lies in the future
    assert 7 <= (today - dates[-1]).days <= 13  # the newest about ten days ago
    assert [(d - dates[0]).days for d in dates] == [0, 30, 90]
    assert [d.weekday() for d in dates] == [d.weekday() for d in AS_WRITTEN]  # working days still

    until = trends.week_end(today)
    overdue, this_week = trends.split_due(store.open_actions_due(until), today)
    assert len(overdue) == 2 and len(this_week) == 2
    assert store.count_actions_due(today.isoformat(), until) == (2, 2)
    assert {a.session_id for a in overdue + this_week} == {ids[-1]}  # the newest session's work
    assert all(a.owner for a in overdue + this_week)
    later = [a for a in store.load(ids[-1]).action_items if a.status == m.ActionStatus.OPEN and a.due > until]
    assert len(later) == 2
    due = store.agreements_due(until)
    assert len(due) == 2 and {a.session_id for a in due} == {ids[-1]}
    assert _day(due[0].review_date) <= today  # one is up for review already
    assert _day(store.session(ids[-1]).follow_up_date) > today  # the next follow-up lies ahead


@pytest.mark.parametrize("lang", ["en", "de"])
def test_moved_to_the_present_the_trend_is_the_same(tmp_path, lang):
    from facilitator.storage.store import Store

    figures = []
    for name, today in (("written", None), ("present", A_WEEK[0])):
        store = Store(tmp_path / f"{name}.facilitator")
        ids = import_series(SessionService(store), demo_series(lang, today))
        figures.append(store.session_figures(ids))
        store.close()
    written, present = figures
    assert [f.date for f in written] == [d.isoformat() for d in AS_WRITTEN]
    assert [f.date for f in present] != [f.date for f in written]
    for item in m.PULSE_ITEMS:
        assert trends.trend(present, item) == trends.trend(written, item) > 0
        assert trends.pulse_series(present, item) == trends.pulse_series(written, item)
    assert trends.kept_series(present) == trends.kept_series(written)
    assert [g for _, g in trends.glasl_series(present)] == [3, 2, 2]
