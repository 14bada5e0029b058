"""One registry of stage pages: every stage has its page, found by its code, built when first shown."""

from __future__ import annotations

import pytest

from facilitator.domain.stages import STAGES
from facilitator.ui.stage_page import StagePage
from facilitator.ui.stages import page_class


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.code)
def test_every_stage_has_its_page(stage):
    page = page_class(stage.code)
    assert issubclass(page, StagePage)
    assert page.__module__ == f"facilitator.ui.stages.{stage.code}"


def test_an_unknown_stage_has_no_page():
    with pytest.raises(KeyError):
        page_class("nope")


def test_the_session_view_shows_each_stage_from_the_registry(qtbot, ctx):
    from facilitator.ui.session_view import SessionView

    view = SessionView(ctx)
    qtbot.addWidget(view)
    ctx.reload()  # the view fills itself as when a session opens
    for stage in STAGES:
        view.show_stage(stage.number)
        assert type(view.pages.currentWidget()) is page_class(stage.code)
