"""Two writers at once: the CEO typing in the cockpit while phones write from another thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from facilitator.domain import model as m
from facilitator.session import participant
from facilitator.ui.stages.facts import PAGE
from tests.ui.keyboard import key, open_page, reopened, type_text

PHONES, EACH = 4, 15


@pytest.fixture
def page(qtbot, ctx):
    ctx.add(m.Incident(account="Northport", facts="Proposal promised October"))
    ctx.add(m.Incident(account="Baltic Freight"))
    return open_page(qtbot, ctx, PAGE, (1280, 900))


def test_phones_writing_while_the_ceo_types_lose_nothing_and_keep_the_open_editor(qtbot, ctx, store, page):
    incidents = page.incidents
    second = ctx.data.incidents[1]
    incidents.view.setFocus()
    index = incidents.model.index(1, 1)  # Baltic Freight's account, edited in place
    incidents.view.setCurrentIndex(index)
    incidents.view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Baltic Fre")

    service = ctx.service
    errors: list[BaseException] = []
    incident_copy = store.get(m.Incident, second.id)

    def phones() -> None:
        def phone(pid: int) -> None:
            try:
                for i in range(EACH):
                    service.add_statement(ctx.session_id, f"phone {pid} line {i}", initiator=participant(pid))
                incident_copy.impact_other = "two renewals at risk"
                service.update([(incident_copy, ["impact_other"])], initiator=participant(pid))
            except BaseException as error:  # "database is locked" would land here
                errors.append(error)

        threads = [threading.Thread(target=phone, args=(pid,)) for pid in range(PHONES)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    worker = threading.Thread(target=phones)
    worker.start()
    type_text(editor, "ight Lines")  # the CEO keeps typing while the phones write
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10_000)
    qtbot.waitUntil(lambda: page.statements.model.rowCount() == PHONES * EACH, timeout=5_000)

    assert errors == []
    # The open editor kept its text and its row; the selection did not move.
    assert QApplication.focusWidget() is editor and editor.text() == "Baltic Freight Lines"
    assert incidents.view.currentIndex().row() == 1
    # Another writer's field reached the cockpit's copy without touching the one being edited.
    assert second.impact_other == "two renewals at risk"
    key(qtbot, Qt.Key.Key_Return)
    ctx.flush()

    stored = reopened(store)
    assert len(stored.statements) == PHONES * EACH
    assert stored.incidents[1].account == "Baltic Freight Lines"
    assert stored.incidents[1].impact_other == "two renewals at risk"
    assert stored.incidents[0].facts == "Proposal promised October"


def test_a_phones_statement_appears_in_the_list_without_resetting_it(qtbot, ctx, page):
    table = page.statements
    page.ctx.add(m.Statement(raw_text="first"))
    page.ctx.add(m.Statement(raw_text="second"))
    table.view.setCurrentIndex(table.model.index(1, 2))
    resets: list[bool] = []
    table.model.modelReset.connect(lambda: resets.append(True))

    worker = threading.Thread(target=lambda: ctx.service.add_statement(ctx.session_id, "from a phone"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: table.model.rowCount() == 3)
    assert resets == []
    assert table.view.currentIndex().row() == 1
    assert table.model.entity(2).raw_text == "from a phone"
