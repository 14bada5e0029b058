"""The goal map: what it draws where, in which colours, and what it says to a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from facilitator.domain import model as m
from facilitator.ui.goal_layout import MAX_FONT_PX, MapColors, columns, goal_range
from facilitator.ui.goal_map import GoalMap


@pytest.fixture(autouse=True)
def _saved(ctx):
    yield
    ctx.flush()  # nothing may be left to save once the store closes
    assert not ctx.has_pending


def _goals(ctx):
    sales = ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective="Close the new-business gap", target="€2.6M"))
    product = ctx.add(m.Goal(owner=m.GoalOwner.PRODUCT, objective="Keep the platform stable"))
    shared = ctx.add(m.Goal(owner=m.GoalOwner.SHARED, objective="Grow revenue we can deliver"))
    ready = ctx.add(m.Goal(owner=m.GoalOwner.PRODUCT, objective="Enterprise-ready platform"))
    ctx.data.session.shared_goal_id = shared.id
    ctx.save(ctx.data.session)
    return sales, product, shared, ready


def _image(widget, width=1000, height=560) -> QImage:
    widget.resize(width, height)
    widget.show()
    return widget.grab().toImage()


def _count(image: QImage, color: QColor, x0: int, x1: int, tolerance: int = 40) -> int:
    """Pixels close to `color` in the vertical strip x0..x1 (sampled every 2 px)."""
    hits = 0
    for x in range(x0, x1, 2):
        for y in range(0, image.height(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue()) < tolerance:
                hits += 1
    return hits


def test_columns_put_the_chosen_shared_goal_in_the_middle_first(ctx):
    sales, product, shared, ready = _goals(ctx)
    other = ctx.add(m.Goal(owner=m.GoalOwner.SHARED, objective="Second shared"))
    ctx.data.session.shared_goal_id = shared.id
    left, middle, right = columns(ctx.data)
    assert left == [sales]
    assert middle == [shared, other]
    assert right == [product, ready]


def test_description_lists_goals_and_tensions_and_follows_edits(qtbot, ctx):
    sales, product, _shared, ready = _goals(ctx)
    ctx.add(m.Tension(goal_a_id=sales.id, goal_b_id=product.id, type=m.TensionType.CONFLICT, severity=4))
    ctx.add(m.Tension(goal_a_id=sales.id, goal_b_id=ready.id, type=m.TensionType.DEPENDENCY, severity=2))
    goal_map = GoalMap(ctx)
    qtbot.addWidget(goal_map)
    text = goal_map.accessibleDescription()
    assert "Sales goals: Close the new-business gap." in text
    assert "Product goals: Keep the platform stable; Enterprise-ready platform." in text
    assert "Shared goal: Grow revenue we can deliver." in text
    assert "Close the new-business gap conflicts with Keep the platform stable (severity 4 of 5)" in text
    assert "Close the new-business gap depends on Enterprise-ready platform (severity 2 of 5)" in text

    product.objective = "Keep route planning up"
    ctx.edit(product)  # typing in the goals table: the map follows without a reload
    assert "conflicts with Keep route planning up" in goal_map.accessibleDescription()
    product.owner = m.GoalOwner.SALES
    ctx.save(product)
    text = goal_map.accessibleDescription()
    assert "Sales goals: Close the new-business gap; Keep route planning up." in text


def test_sales_left_product_right_conflict_in_red(qtbot, ctx):
    sales, product, _shared, _ready = _goals(ctx)
    goal_map = GoalMap(ctx)
    qtbot.addWidget(goal_map)
    colors = MapColors.of(goal_map.palette())
    without = _image(goal_map)
    ctx.add(m.Tension(goal_a_id=sales.id, goal_b_id=product.id, type=m.TensionType.CONFLICT, severity=5))
    image = _image(goal_map)
    third = image.width() // 3
    assert _count(image, colors.sales, 0, third) > 50
    assert _count(image, colors.sales, 2 * third, image.width()) < 5
    assert _count(image, colors.product, 2 * third, image.width()) > 50
    assert _count(image, colors.product, 0, third) < 5
    # The conflict line runs between the columns; before it existed there was no red there.
    assert _count(without, colors.conflict, third - 60, 2 * third + 60) < 5
    assert _count(image, colors.conflict, third - 60, 2 * third + 60) > 30


def test_dark_palette_gives_a_dark_map_with_light_text(qtbot, ctx):
    _goals(ctx)
    goal_map = GoalMap(ctx)
    qtbot.addWidget(goal_map)
    palette = QPalette(goal_map.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    goal_map.setPalette(palette)
    image = _image(goal_map)
    assert image.pixelColor(3, image.height() // 2).lightness() < 60
    dark = MapColors.of(palette)
    assert dark.sales.lightness() > MapColors.of(QPalette(QColor("#f5f5f5"))).sales.lightness()
    assert _count(image, QColor("#f0f0f0"), 0, image.width() // 3, tolerance=60) > 20


def test_type_is_large_on_a_projector_sized_map(qtbot, ctx):
    for i in range(3):
        ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective=f"Sales objective number {i} with words"))
        ctx.add(m.Goal(owner=m.GoalOwner.PRODUCT, objective=f"Product objective number {i} with words"))
    goal_map = GoalMap(ctx)
    qtbot.addWidget(goal_map)
    goal_map.resize(1200, 640)
    px, boxes = goal_map._layout()
    assert px >= 24  # about 18 pt: readable from the back of a meeting room
    assert px <= MAX_FONT_PX
    assert len(boxes) == 6
    for box in boxes:  # every box inside the widget, none overlapping another
        assert goal_map.rect().toRectF().contains(box.rect)
        assert not any(box.rect.intersects(other.rect) for other in boxes if other is not box)


def test_many_goals_shrink_the_type_instead_of_overflowing(qtbot, ctx):
    for i in range(9):
        ctx.add(m.Goal(owner=m.GoalOwner.SALES, objective=f"A long sales objective that wraps, number {i}"))
    goal_map = GoalMap(ctx)
    qtbot.addWidget(goal_map)
    goal_map.resize(900, 600)
    px, boxes = goal_map._layout()
    assert px < 24
    assert max(b.rect.bottom() for b in boxes) <= goal_map.height()


def test_empty_session_says_so(qtbot, ctx):
    goal_map = GoalMap(ctx)
    qtbot.addWidget(goal_map)
    assert "Sales goals: none." in goal_map.accessibleDescription()
    assert "No tensions recorded." in goal_map.accessibleDescription()
    _image(goal_map)  # paints the empty state without errors


def test_box_detail_keeps_short_values_together():
    goal = m.Goal(baseline="2,05 Mio. €", target="2,6 Mio. €")
    assert goal_range(goal) == "2,05\u00a0Mio.\u00a0€ → 2,6\u00a0Mio.\u00a0€"
    assert goal_range(m.Goal(baseline="1", target="3", unit="deals")) == "1 → 3\u00a0deals"
    long = "€1.3M of €2.05M (Q3)"
    assert goal_range(m.Goal(baseline=long, target="€2.4M")) == f"{long} → €2.4M"


def test_the_map_shows_a_value_with_its_unit_once():
    arr = m.Goal(baseline="€2.05M (Q3)", target="€2.6M", unit="€ ARR")
    assert goal_range(arr) == "€2.05M\u00a0(Q3) → €2.6M\u00a0ARR"
    assert goal_range(m.Goal(baseline="82 %", target="95 %", unit="%")) == "82\u00a0% → 95\u00a0%"
    assert goal_range(m.Goal(target="2,6 Mio. €", unit="€ ARR")) == "2,6\u00a0Mio.\u00a0€\u00a0ARR"
