"""The public projection: what each audience may see, and the leak test for every private field."""

from __future__ import annotations

import dataclasses
import json
import re
import uuid

import pytest

from facilitator import public
from facilitator.domain import model as m
from facilitator.export import render
from facilitator.public import Audience, project
from tests.export.sample import make_session
from tests.pdf_text import pdf_text

ENTITY_TYPES = (m.Session, *m.CHILD_TYPES)
# PDFs need a QApplication; made here, the PDF code would make a QGuiApplication that later
# widget tests cannot use.
pytestmark = pytest.mark.usefixtures("qapp")
SPEAKER_ONLY = 6  # a participant who speaks, scores and votes but holds no role in any agreement or action


def _text(view: public.Public) -> str:
    return json.dumps(dataclasses.asdict(view), ensure_ascii=False, default=str)


def _views(data: m.SessionData) -> dict[str, str]:
    """Every projection of `data` as text: the room, the minutes, and the phone of each participant."""
    views = {"room": _text(project(data, Audience.ROOM)), "minutes": _text(project(data, Audience.MINUTES))}
    for p in data.participants:
        phone = project(data, Audience.PARTICIPANT, p.id)
        # A phone gets back its owner's name and what they wrote, and nothing anyone else wrote.
        assert phone.me.name == p.name
        assert phone.my_statements == tuple(s.raw_text for s in data.statements if s.participant_id == p.id)
        views[f"phone {p.id}"] = _text(dataclasses.replace(phone, me=None, my_statements=()))
    return views


def _exports(data: m.SessionData) -> dict[str, str]:
    """Every shared export of `data` as text (the PDF read back); JSON is the full record, not shared."""
    texts = {}
    for fmt in ("md", "csv", "ics", "checklist", "pdf"):
        for lang in ("en", "de"):
            payload = render(data, fmt, lang)
            text = re.sub(r"\s+", "", pdf_text(payload)) if fmt == "pdf" else payload.decode("utf-8")
            texts[f"{fmt} {lang}"] = text
    return texts


def _anonymous_sample() -> m.SessionData:
    """The sample, anonymous, with one more participant who speaks, scores and votes but has no role."""
    data = make_session("en")
    data.session.anonymous = True
    data.participants.append(m.Participant(id=SPEAKER_ONLY, session_id=7, name="Kim Speaker", side=m.Side.SALES))
    data.statements.append(
        m.Statement(id=9, session_id=7, participant_id=SPEAKER_ONLY, raw_text="They always lie.", reframe_text="")
    )
    data.session.ground_rule_consent[SPEAKER_ONLY] = 1
    data.agreements[1].consent[SPEAKER_ONLY] = 0
    for item in m.PULSE_ITEMS:
        data.pulse_responses.append(
            m.PulseResponse(id=900 + len(data.pulse_responses), session_id=7, participant_id=SPEAKER_ONLY, item_id=item)
        )
    return data


def _plant(data: m.SessionData, marker: str) -> list[str]:
    """A distinct marker in every private text field (and the speaker-only name); returns the markers."""
    planted = []
    for entity in [data.session, *(e for kind in m.CHILD_TYPES for e in data.items(kind))]:
        for name in public.private_fields(type(entity)):
            if isinstance(getattr(entity, name), str) and name not in ("created", "updated", "ts", "started", "ended"):
                value = f"{marker}{type(entity).__name__}.{name}"
                setattr(entity, name, value)
                planted.append(value)
    data.participant(SPEAKER_ONLY).name = f"{marker}speaker"
    planted.append(f"{marker}speaker")
    return planted


def test_the_allow_list_names_only_real_fields_of_every_domain_type():
    """A renamed or removed field must leave the allow-list too; every other field is private."""
    assert set(public.PUBLIC_FIELDS) == set(ENTITY_TYPES)
    for kind in ENTITY_TYPES:
        names = {f.name for f in dataclasses.fields(kind)}
        assert public.PUBLIC_FIELDS[kind] <= names, kind.__name__
        assert public.private_fields(kind) == names - public.PUBLIC_FIELDS[kind]
    assert {"raw_text", "participant_id"} <= public.private_fields(m.Statement)
    assert "glasl_stage" in public.private_fields(m.Session)


def test_markers_in_private_fields_reach_no_projection_and_no_export():
    marker = f"zq{uuid.uuid4().hex[:10]}"
    data = _anonymous_sample()
    planted = _plant(data, marker)
    assert len(planted) >= 8  # raw statements, notes, follow-ups, speaker name...
    outputs = {**_views(data), **_exports(data)}
    for where, text in outputs.items():
        leaked = re.findall(marker + r"[\w.]*", text)
        assert not leaked, f"{where} shows {leaked[:3]}"


def test_the_marker_would_be_found_in_a_shared_field():
    """Control for the test above: the same marker in an action item is in every output."""
    marker = f"zq{uuid.uuid4().hex[:10]}"
    data = _anonymous_sample()
    data.action_items[0].text = f"Call {marker}"
    for where, text in {**_views(data), **_exports(data)}.items():
        assert marker in text, where


def _vary(value):
    """A different value of the same kind (who voted is varied by moving votes to other people)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 3
    if isinstance(value, float):
        return value + 1.5
    if isinstance(value, str):
        return value + " changed"
    if isinstance(value, list):
        return [*value, 999]
    if isinstance(value, dict):
        return {k + 1000: v for k, v in value.items()}
    return "changed"


@pytest.mark.parametrize("audience", list(Audience))
def test_no_projection_depends_on_a_private_field(audience):
    """Change any private field (glasl, who spoke, who scored, raw text, attempts...): the view is the same.

    This fails as soon as a projection copies a private field, whatever its type.
    """
    viewer = 2  # on phones: a participant who said nothing, so no statement of theirs is shown
    baseline = _text(project(_anonymous_sample(), audience, viewer))
    for kind in ENTITY_TYPES:
        for name in sorted(public.private_fields(kind) - {"id", "session_id"}):
            data = _anonymous_sample()
            entities = [data.session] if kind is m.Session else data.items(kind)
            for entity in entities:
                setattr(entity, name, _vary(getattr(entity, name)))
            if kind is m.FollowUp and not entities:
                continue
            assert _text(project(data, audience, viewer)) == baseline, f"{kind.__name__}.{name}"


@pytest.mark.parametrize("audience", list(Audience))
def test_who_gave_a_score_does_not_change_any_view(audience):
    """Consent, ground-rule consent and pulse answers moved between people: the same counts, no names."""
    data = _anonymous_sample()
    baseline = _text(project(data, audience, 2))
    ids = [p.id for p in data.participants]
    shift = {pid: ids[(i + 1) % len(ids)] for i, pid in enumerate(ids)}
    for agreement in data.agreements:
        agreement.consent = {shift[k]: v for k, v in agreement.consent.items()}
    data.session.ground_rule_consent = {shift[k]: v for k, v in data.session.ground_rule_consent.items()}
    for response in data.pulse_responses:
        response.participant_id = shift[response.participant_id]
    assert _text(project(data, audience, 2)) == baseline


def test_consent_is_counts_per_finger_with_the_concern_as_text():
    view = project(_anonymous_sample(), Audience.ROOM)
    first = view.agreements[0].consent
    assert first.counts == (0, 0, 1, 0, 2, 2) and first.votes == 5 and first.concerns == 1
    assert first.concern == "48 hours is too slow for deals closing at quarter end."
    second = view.agreements[1].consent
    assert second.counts == (1, 0, 0, 0, 3, 2) and second.concerns == 1


def test_pulse_is_withheld_from_the_room_and_phones_below_three_answers():
    data = make_session("en")
    data.pulse_responses = [r for r in data.pulse_responses if r.participant_id in (1, 2)]
    assert project(data, Audience.ROOM).pulse == ()
    assert project(data, Audience.PARTICIPANT, 1).pulse == ()
    minutes = project(data, Audience.MINUTES).pulse
    assert minutes and all(f.count == 2 for f in minutes)
    data = make_session("en")
    figure = next(f for f in project(data, Audience.ROOM).pulse if f.phase == "before" and f.item == "shared_goal")
    scores = [r.score for r in data.pulse_responses if r.phase is m.PulsePhase.BEFORE and r.item_id == "shared_goal"]
    assert (figure.count, figure.low, figure.high) == (5, min(scores), max(scores))
    assert figure.mean == pytest.approx(sum(scores) / 5)


def test_statements_show_as_confirmed_reframes_and_revealed_ones_only_to_the_room():
    data = make_session("en")
    data.statements[2].revealed = True  # unconfirmed: the CEO chose to show the original words
    room = project(data, Audience.ROOM)
    minutes = project(data, Audience.MINUTES)
    assert [s.text for s in minutes.statements] == [data.statements[0].reframe_text, data.statements[1].reframe_text]
    assert minutes.statements_unconfirmed == 1
    assert room.statements[-1] == public.Statement(data.statements[2].raw_text, True)
    assert data.statements[2].raw_text not in _text(minutes)
    assert data.statements[2].raw_text not in _text(project(data, Audience.PARTICIPANT, 2))


def test_a_phone_sees_its_own_statements_and_actions_only_as_its_own():
    data = make_session("en")
    view = project(data, Audience.PARTICIPANT, 1)
    assert view.me.name == "Anna Keller"
    assert view.my_statements == (data.statements[0].raw_text,)
    assert [a.number for a in view.actions if a.mine] == [
        i for i, a in enumerate(data.action_items, start=1) if a.owner_id == 1
    ]
    with pytest.raises(ValueError):
        project(data, Audience.PARTICIPANT, 99)


def test_anonymous_sessions_count_attendees_and_named_ones_list_them():
    data = make_session("en")
    named = project(data, Audience.MINUTES).participants
    assert [p.name for group in named for p in group.people][:2] == ["Anna Keller", "Marco Rossi"]
    data.session.anonymous = True
    anonymous = project(data, Audience.MINUTES).participants
    assert [(g.side, g.count, g.people) for g in anonymous][:2] == [("sales", 2, ()), ("product", 2, ())]


def test_the_projection_is_frozen():
    view = project(make_session("en"), Audience.ROOM)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.title = "changed"  # type: ignore[misc]


def test_public_imports_no_qt_and_nothing_above_the_domain():
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['PySide6'] = None; import facilitator.public;"
        " print(sorted(m for m in sys.modules if m.startswith('facilitator')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert set(eval(out)) <= {"facilitator", "facilitator.public", "facilitator.domain", "facilitator.domain.model"}


def test_a_private_note_found_by_search_reaches_no_export_no_room_and_no_phone(store, capsys):
    """The facilitator finds a private note with Ctrl+F (marked private); from there it goes
    nowhere: not into the minutes of the follow-up with its trend, the action files, the JSON
    file without --include-private, the room's board (its projection) or any phone."""
    from dataclasses import replace

    from facilitator.__main__ import main
    from facilitator.demo_series import demo_series, import_series
    from facilitator.session import SessionService

    marker = f"zq{uuid.uuid4().hex[:10]}"
    last = import_series(SessionService(store), demo_series("en"))[-1]
    for stage in (1, 4, 6):
        store.save(replace(store.private_note(last, stage), text=f"Lena sounded defensive {marker}"))
    hits = store.search(marker, include_private=True)
    assert hits and all(h.private and h.session_id == last for h in hits)  # found, and marked private
    assert store.search(marker) == []  # only when the facilitator asks for private notes

    data, series = store.load(last), store.series_figures(last)
    outputs = {**_views(data), **_exports(data)}
    for lang in ("en", "de"):  # the follow-up's minutes with the trend of its series
        outputs[f"md+series {lang}"] = render(data, "md", lang, series=series).decode("utf-8")
        outputs[f"pdf+series {lang}"] = pdf_text(render(data, "pdf", lang, series=series))
    db = ["--db", str(store.path)]
    json_file = ["export", str(last), "--format", "json", "-o", "-"]
    for args in (json_file, ["search", marker], ["search", marker, "--json"]):
        assert main([*args, *db]) == 0
        outputs[" ".join(args[:3])] = capsys.readouterr().out
    for where, text in outputs.items():
        assert marker not in text, where
    # Control: the full backup, asked for on purpose, and the facilitator's own search do have it.
    assert main([*json_file, "--include-private", *db]) == 0
    assert marker in capsys.readouterr().out
    assert main(["search", marker, "--include-private", *db]) == 0
    assert marker in capsys.readouterr().out
