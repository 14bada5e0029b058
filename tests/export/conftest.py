"""Fixtures for export tests: a complete sample session, in English and German."""

from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from facilitator.domain.model import SessionData
from tests.export.sample import make_session


@pytest.fixture
def session_data() -> SessionData:
    return make_session("en")


@pytest.fixture
def session_de() -> SessionData:
    return make_session("de")


@pytest.fixture
def marker() -> str:
    """A random marker: found in an output only if private notes leaked into it."""
    return f"zq{uuid.uuid4().hex}"


@pytest.fixture
def private_session(marker: str) -> SessionData:
    """The sample with the marker planted in every private note."""
    return make_session("en", marker=marker)
