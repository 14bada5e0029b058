"""A search result opened: the item found selected on its stage's page, scrolled into view, focused.

Pages are not told about search. The item is looked for where a user would look: a row of
one of the page's tables (any model that can say which index shows an entity), or the field
a text is typed into (the page's binders know which widget edits which field), or the
private-notes panel. Only what is on the page can be revealed; the stage still opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QWidget

from facilitator.domain import model as m
from facilitator.domain.search import TARGETS, SearchHit, SearchKind

if TYPE_CHECKING:
    from facilitator.ui.session_view import SessionView


def reveal(view: SessionView, hit: SearchHit) -> QWidget | None:
    """Show `hit` in the open session: returns the widget that got the focus (None: not found)."""
    data = view.ctx.data
    if data is None or data.session.id != hit.session_id:
        return None
    if hit.stage == 0:  # a review note: the review step, before stage 1
        return _reveal_review_note(view, hit)
    view.show_stage(hit.stage)
    page = view.page(hit.stage)
    if hit.kind is SearchKind.PRIVATE_NOTE:
        editor = page.private_note.editor
        return None if page.side_panel.isHidden() else _focus(editor)  # hidden for a shared screen
    class_name, field = TARGETS[hit.kind]
    entity = _entity(data, class_name, hit.entity_id)
    if entity is None:
        return None
    for item_view in page.findChildren(QAbstractItemView):
        index = _index_of(item_view.model(), entity)
        if index.isValid():
            item_view.setCurrentIndex(index)
            item_view.scrollTo(index)
            return _focus(item_view, index)
    for binder in (getattr(page, "binder", None), getattr(page, "editor_binder", None)):
        widget = binder.widget_for(entity, field) if binder is not None and field else None
        if widget is not None:
            return _focus(widget)
    return None


def _reveal_review_note(view: SessionView, hit: SearchHit) -> QWidget | None:
    """The note field of the (first) agreement whose review note holds the match."""
    view.show_review()
    page, data = view.pages.currentWidget(), view.ctx.data
    if not hasattr(page, "agreement_rows") or data is None:
        return None  # not a follow-up: no review step
    words = [text.casefold() for text, matched in hit.segments() if matched]
    for record in data.follow_ups:
        for review in record.reviews:
            note = str(review.get("note", "")).casefold()
            row = page.agreement_rows.get(review.get("agreement_id"))
            if row is not None and words and all(w in note for w in words):
                return _focus(row[1])
    return None


def _entity(data: m.SessionData, class_name: str, entity_id: int) -> Any:
    if class_name == "Session":
        return data.session
    kind = getattr(m, class_name)
    return next((e for e in data.items(kind) if e.id == entity_id), None)


def _index_of(model: Any, entity: Any) -> QModelIndex:
    """The index that shows `entity` in `model`, or an invalid one."""
    if model is None:
        return QModelIndex()
    if hasattr(model, "index_of"):  # a grid that places entities itself (the practice grid)
        return model.index_of(entity)
    if hasattr(model, "row_of") and getattr(model, "kind", None) is type(entity):
        row = model.row_of(entity)
        return model.index(row, 0) if row >= 0 else QModelIndex()
    return QModelIndex()


def _focus(widget: QWidget, index: QModelIndex | None = None) -> QWidget:
    """Focus `widget` and scroll the page so that it (or the row `index` of it) can be seen."""
    widget.setFocus()

    def scroll() -> None:
        area = scroll_area(widget)
        if area is None or area.widget() is None:
            return
        if index is not None and isinstance(widget, QAbstractItemView):
            rect = widget.visualRect(index)
            point = widget.viewport().mapTo(area.widget(), rect.center())
            area.ensureVisible(point.x(), point.y(), 40, max(rect.height(), 40))
        else:
            area.ensureWidgetVisible(widget)

    scroll()
    QTimer.singleShot(0, widget, scroll)  # again once the freshly shown page has its layout
    return widget


def scroll_area(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` sits in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
