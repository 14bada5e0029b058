"""The session's title in the header: a long one ends in "…" with the whole as tooltip, never cut."""

from __future__ import annotations

LONG = "Quartal verfehlt – Vertrieb und Produkt an einem Tisch, mit Kundendienst und Finanzen dazu"


def test_a_long_title_is_elided_and_whole_in_its_tooltip(qtbot, window, store):
    session = store.create_session(LONG)
    window.resize(1000, 700)
    window.open_session(session.id)
    title = window.session_view.session_title
    qtbot.waitUntil(lambda: title.isVisible())

    shown = super(type(title), title).text()  # what is painted
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert title.fontMetrics().horizontalAdvance(shown) <= title.width()
    assert title.toolTip() == LONG and title.text() == LONG

    window.resize(2400, 700)  # room enough: the whole title, no tooltip
    qtbot.waitUntil(lambda: super(type(title), title).text() == LONG)
    assert title.toolTip() == ""
