"""The demo series lives in the present: laid on any day, its newest session was held about ten
days before, its open work is partly overdue, partly due this week, partly later, and its
agreements come up for review; the series' order and trend stay as the files tell them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re

import pytest

from facilitator.demo_series import demo_series, import_series
from facilitator.domain import followup, trends
from facilitator.domain import model as m
from facilitator.domain.dates import date_fields, days_to_present, quarter_before, shift_dates
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


# The story is told in relative time ("the quarter that just ended"): laid on any day of the year
# it must not name a month, a day date or a quarter label that the moved dates contradict.
DAYS_OF_THE_YEAR = [dt.date(2026, 11, 29), dt.date(2027, 3, 3), dt.date(2027, 7, 1), dt.date(2027, 10, 15)]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Januar",
    "Februar",
    "März",
    "Mai",
    "Juni",
    "Juli",
    "Oktober",
    "Dezember",
    "Sept",
    "Spring",
    "Summer",
    "Autumn",
    "Winter",
    "Frühjahr",
    "Sommer",
    "Herbst",
]
ABSOLUTE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b|\bQ[1-4]\b|\b\d{{1,2}}\.\s?\d{{1,2}}\.", re.IGNORECASE)
ALLOWED = re.compile(r"\bmay be\b", re.IGNORECASE)  # "what may be promised" is no month


def _texts(data: m.SessionData) -> list[str]:
    """Every prose field of the session (not its dates, not the structured trigger quarter)."""
    texts = []
    for entity in [data.session, *(e for kind in m.CHILD_TYPES for e in data.items(kind))]:
        dates = set(date_fields(type(entity))) | {"trigger_quarter"}
        for field in dataclasses.fields(entity):
            value = getattr(entity, field.name)
            if field.name not in dates and isinstance(value, str) and not isinstance(value, enum.Enum):
                texts.append(value)
    return texts


def absolute_time(data: m.SessionData) -> list[str]:
    return [hit for text in _texts(data) for hit in ABSOLUTE.findall(ALLOWED.sub("", text))]


def quarter_end(label: str) -> dt.date:
    """ "Q3 2026" -> 2026-09-30."""
    quarter, year = re.fullmatch(r"Q([1-4]) (\d{4})", label).groups()
    first_of_next = dt.date(int(year), 3 * int(quarter), 1) + dt.timedelta(days=31)
    return first_of_next.replace(day=1) - dt.timedelta(days=1)


def test_the_check_for_absolute_time_finds_what_the_demo_session_used_to_say():
    """What the story said before it was told relatively is caught; relative words are not."""
    caught = [
        "Q3 closed",
        "On 29 September",
        "Am 9. September",
        "ab Oktober",
        "vom Kundenevent im Frühjahr",
        "am 19.08.",
    ]
    assert all(ABSOLUTE.search(ALLOWED.sub("", text)) for text in caught)
    passed = ["what may be promised", "the quarter that just ended", "Quartalsende", "im letzten Quartal", "quarterly"]
    assert not any(ABSOLUTE.search(ALLOWED.sub("", text)) for text in passed)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("today", [None, *DAYS_OF_THE_YEAR], ids=str)
def test_the_story_names_no_month_and_no_quarter_label(lang, today):
    series = demo_series(lang, today)
    assert [hit for data in series for hit in absolute_time(data)] == []
    title = series[0].session.title
    assert title.startswith("Quartal verfehlt" if lang == "de" else "Missed quarter")


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("today", DAYS_OF_THE_YEAR, ids=str)
def test_laid_on_any_day_the_missed_quarter_is_the_one_that_ended_before_the_first_session(lang, today):
    series = demo_series(lang, today)
    first = _day(series[0].session.date)
    quarters = {data.session.trigger_quarter for data in series}
    assert len(quarters) == 1  # the follow-ups are about the same missed quarter
    ended = quarter_end(quarters.pop())
    assert ended < first <= ended + dt.timedelta(days=92)  # the last quarter to end before it
    # The incidents happened before the session, wherever the dates were moved to.
    incidents = [_day(i.date) for i in series[0].incidents if i.date]
    assert incidents and max(incidents) < first


def test_without_a_day_the_files_quarter_stays_as_written():
    assert {data.session.trigger_quarter for data in demo_series("en")} == {"Q3 2026"}
    assert quarter_before(dt.date(2026, 10, 14)) == "Q3 2026"
    assert quarter_before(dt.date(2027, 1, 1)) == "Q4 2026"  # January: the year before
    assert quarter_before(dt.date(2026, 3, 31)) == "Q4 2025"
    assert quarter_before(dt.date(2026, 4, 1)) == "Q1 2026"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_laid_on_any_day_the_series_keeps_its_counts_and_trend(tmp_path, lang):
    from facilitator.storage.store import Store

    def laid(name, today):
        store = Store(tmp_path / f"{name}.facilitator")
        series = demo_series(lang, today)
        counts = [[len(data.items(kind)) for kind in m.CHILD_TYPES] for data in series]
        figures = store.session_figures(import_series(SessionService(store), series))
        store.close()
        return counts, figures

    counts, written = laid("written", None)
    for today in DAYS_OF_THE_YEAR:
        moved_counts, moved = laid(today.isoformat(), today)
        assert moved_counts == counts
        for item in m.PULSE_ITEMS:
            assert trends.pulse_series(moved, item) == trends.pulse_series(written, item)
        assert trends.kept_series(moved) == trends.kept_series(written)
        assert [g for _, g in trends.glasl_series(moved)] == [3, 2, 2]
