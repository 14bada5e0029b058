"""The minutes of a follow-up show the series' trend: a table in Markdown, charts in the PDF."""

from __future__ import annotations

import threading

import pytest

from facilitator.__main__ import main
from facilitator.demo_series import demo_series, import_series
from facilitator.export import render
from facilitator.export.charts import draw_chart
from facilitator.export.series import series_context
from facilitator.session import SessionService
from tests.export.test_pdf import flat, pages_text

pytestmark = [pytest.mark.usefixtures("qapp"), pytest.mark.slow]


@pytest.fixture
def series_ids(store) -> list[int]:
    """The demo series: the first session, a follow-up after 30 days, another after 90."""
    return import_series(SessionService(store), demo_series("en"))


def test_the_figures_of_the_series_oldest_first_up_to_this_session(store, series_ids):
    first, second, third = series_ids
    assert [f.session_id for f in store.series_figures(third)] == [first, second, third]
    assert [f.session_id for f in store.series_figures(second)] == [first, second]  # not what came later
    assert store.series_figures(first) == []  # a first session has no trend


def test_markdown_minutes_of_a_follow_up_have_the_trend_table(store, series_ids):
    last = series_ids[-1]
    text = render(store.load(last), "md", "en", series=store.series_figures(last)).decode()
    section = text.split("## Trend over the series")[1].split("\n## ")[0]
    rows = {line.split(" | ")[0].strip("| "): line for line in section.splitlines() if line.startswith("| ")}
    assert "14 Oct 2026 | 13 Nov 2026 | 12 Jan 2027" in rows[""]
    assert rows["Agreements kept"].endswith("| – | 62 % | 88 % |")  # 2 kept, 1 partly, 1 not: 62.5 %
    assert rows["Shared goal known · Before"].endswith("| 2.3 | – | – |")
    assert rows["Shared goal known · Follow-up"].endswith("| – | 6.2 | 6.3 |")
    # This follow-up took its first pulse in the review step: the pulse table starts from it.
    assert "| Statement | Follow-up | After | Change |" in text


def test_minutes_of_a_first_session_have_no_trend(store, series_ids):
    first = series_ids[0]
    for fmt, heading in (("md", b"Trend over the series"), ("pdf", None)):
        payload = render(store.load(first), fmt, "en", series=store.series_figures(first))
        if heading:
            assert heading not in payload
        else:
            assert "Trend over the series" not in flat(payload)


def test_the_pdf_of_a_follow_up_draws_the_charts_as_text_and_lines(store, series_ids):
    last = series_ids[-1]
    pdf = render(store.load(last), "pdf", "de", series=store.series_figures(last))
    text = flat(pdf)
    assert "Verlauf der Reihe" in text
    for title in ("Gemeinsames Ziel bekannt", "Gefahrlos etwas wagen", "Eingehaltene Vereinbarungen"):
        assert title in text  # drawn as vectors: the chart's words are text in the PDF
    assert "Okt. 2026" in text and "Jan. 2027" in text  # the axis names the sessions
    assert "88 %" in text and "62 %" in text  # the share kept, beside its dots


def test_the_charts_render_in_a_worker_thread_as_exports_do(store, series_ids):
    last = series_ids[-1]
    data, series = store.load(last), store.series_figures(last)
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(pdf=render(data, "pdf", "en", series=series)))
    worker.start()
    worker.join(timeout=60)
    assert "Shared goal known" in " ".join(pages_text(result["pdf"]))  # a chart's title


def test_the_escalation_estimate_stays_the_facilitators_in_the_trend_too(store, series_ids):
    """The dashboard charts it on the CEO's screen; like `public` withholds it, the minutes do."""
    last = series_ids[-1]
    data, series = store.load(last), store.series_figures(last)
    assert [f.glasl_stage for f in series] == [3, 2, 2]  # the figures hold it: the minutes leave it out
    for lang in ("en", "de"):
        markdown = render(data, "md", lang, series=series).decode()
        pdf = flat(render(data, "pdf", lang, series=series))
        for text in (markdown, pdf):
            assert "Glasl" not in text and "Escalation" not in text and "Eskalation" not in text


def test_the_cli_exports_a_follow_up_with_its_trend(store, series_ids, tmp_path):
    target = tmp_path / "minutes.md"
    assert main(["export", str(series_ids[-1]), "--format", "md", "-o", str(target), "--db", str(store.path)]) == 0
    assert "## Trend over the series" in target.read_text(encoding="utf-8")


def test_a_chart_draws_onto_an_image(store, series_ids):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from facilitator.export.context import labels

    context = series_context(store.series_figures(series_ids[-1]), "en", labels("en"))
    kept = next(c for c in context["charts"] if c["id"] == "kept")
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_chart(painter, QRectF(0, 0, 600, 400), kept, QFont())
    painter.end()
    green = QColor(kept["lines"][0]["color"]).rgb()
    assert sum(image.pixel(x, y) == green for x in range(0, 600, 2) for y in range(0, 400, 2)) > 50
