"""A random marker planted in every private note reaches no export but the full JSON backup."""

from __future__ import annotations

import re
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.model import PrivateNote
from facilitator.export import FORMATS, render
from tests.export.sample import make_session
from tests.pdf_text import pdf_text

pytestmark = pytest.mark.usefixtures("qapp")

SHARED_FORMATS = [f for f in FORMATS if f != "pdf"]


def as_text(fmt: str, payload: bytes) -> str:
    if fmt == "pdf":
        return re.sub(r"\s+", "", pdf_text(payload))
    return payload.decode("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["en", "de"])
def test_private_notes_reach_no_export(fmt, lang, private_session, marker):
    text = as_text(fmt, render(private_session, fmt, lang))
    assert marker not in text
    assert "seems defensive" not in text


def test_only_the_full_json_backup_has_private_notes(private_session, marker):
    assert as_text("json", render(private_session, "json", include_private=True)).count(marker) == 6
    for fmt in FORMATS:  # only JSON honours include_private
        if fmt != "json":
            assert marker not in as_text(fmt, render(private_session, fmt, include_private=True))


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_marker_would_be_found_if_it_leaked(fmt, marker):
    """Control: the same marker in a shared field (an action item) is found in every format."""
    data = make_session("en")
    data.action_items[0].text = f"Call {marker} today"
    assert marker in as_text(fmt, render(data, fmt))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(st.characters(exclude_categories=("Cs",)), max_size=200), stages=st.sets(st.integers(1, 7)))
def test_random_private_notes_on_any_stage_stay_private(note, stages):
    marker = f"zq{uuid.uuid4().hex}"
    data = make_session("en", marker=marker)
    data.private_notes = []
    for i, stage in enumerate(sorted(stages) or [1], start=1):
        data.private_notes.append(PrivateNote(id=i, session_id=7, stage=stage, text=f"{note}{marker}{note}"))
    for fmt in SHARED_FORMATS:
        assert marker not in as_text(fmt, render(data, fmt))
