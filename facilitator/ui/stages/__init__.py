"""The stage pages, one module per stage, found by stage code.

Each module is imported when its page is first shown, so the first paint does not wait for
seven pages' widgets. The imports are written out (not built from the code at run time) so that
PyInstaller sees them and build.spec need not list the pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.ui.stage_page import StagePage


def page_class(code: str) -> type[StagePage]:
    """The page class of the stage with this code (see facilitator.domain.stages)."""
    if code == "frame":
        from facilitator.ui.stages.frame import FramePage as page
    elif code == "facts":
        from facilitator.ui.stages.facts import FactsPage as page
    elif code == "goals":
        from facilitator.ui.stages.goals import GoalsPage as page
    elif code == "working":
        from facilitator.ui.stages.working import WorkingPage as page
    elif code == "options":
        from facilitator.ui.stages.options import OptionsPage as page
    elif code == "agreements":
        from facilitator.ui.stages.agreements import AgreementsPage as page
    elif code == "close":
        from facilitator.ui.stages.close import ClosePage as page
    else:
        raise KeyError(f"no page for stage {code!r}")
    return page
