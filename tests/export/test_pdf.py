"""The PDF: pages with header and footer, German text exact, fonts embedded, text stays text."""

from __future__ import annotations

import io
import re
import threading

import pytest
from pypdf import PdfReader

from facilitator.export import ExportError
from facilitator.export.pdf import render_pdf, write_pdf
from tests.export.sample import make_large_session

# A QApplication, as in the app (fonts need one); slow: Qt lays out every page, seconds in all.
pytestmark = [pytest.mark.usefixtures("qapp"), pytest.mark.slow]


def pages_text(pdf: bytes) -> list[str]:
    """Text of each page, whitespace normalised (Qt's word spacing reads back as tabs)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [_spaces(page.extract_text()) for page in reader.pages]


def _spaces(text: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text)  # only ASCII white space: a no-break space stays


def flat(pdf: bytes) -> str:
    return _spaces(" ".join(pages_text(pdf)))


def test_every_page_has_header_and_footer(session_data):
    pdf = render_pdf(session_data)
    texts = pages_text(pdf)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert "Q3 reset: Sales and Product" in text
        assert "6 October 2026" in text
        assert f"Page {number} of {len(texts)}" in text


def test_german_text_is_exact(session_de):
    pdf = render_pdf(session_de, "de")
    texts = pages_text(pdf)
    assert all(f"Seite {n} von {len(texts)}" in t for n, t in enumerate(texts, start=1))
    text = flat(pdf)
    for words in (
        "Teilnehmende",
        "Geschäftsführung",
        "Großkunden-Deals",
        "1,64 Mio. €",
        "Keine datierte Kundenzusage außerhalb der „Jetzt“-Spalte",
        "18\u00a0% unter dem Ziel",
        "Offene Einwände",
        "Zustimmung (Fünf-Finger-Abfrage, 0 bis 5)",
        "Überprüfung am 1. Dezember 2026",
    ):
        assert words in text
    assert "\ufb00" not in text and "\ufb01" not in text  # no ligature characters in copied text


def test_markup_in_user_text_stays_text(session_data):
    session_data.session.title = "# <b>x</b> | y"
    session_data.action_items[0].text = "<i>not italic</i> & <script>x</script>"
    text = flat(render_pdf(session_data))
    assert "# <b>x</b> | y" in text
    assert "<i>not italic</i> & <script>x</script>" in text


def test_fonts_are_embedded(session_data):
    reader = PdfReader(io.BytesIO(render_pdf(session_data)))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts


@pytest.mark.parametrize(("size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_page_sizes(session_data, size, points):
    reader = PdfReader(io.BytesIO(render_pdf(session_data, page_size=size)))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == points


def test_unknown_page_size(session_data):
    with pytest.raises(ExportError, match="unknown page size 'A5'; choose A4 or Letter"):
        render_pdf(session_data, page_size="A5")


def test_metadata_title(session_data):
    reader = PdfReader(io.BytesIO(render_pdf(session_data)))
    assert reader.metadata.title == "Q3 reset: Sales and Product"
    assert reader.metadata.creator == "Facilitator"


def test_long_session_repeats_table_headers_and_numbers_all_pages():
    pdf = render_pdf(make_large_session(300))
    texts = pages_text(pdf)
    assert len(texts) > 10
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, start=1))
    action_pages = [t for t in texts if "Action 12: follow up" in t or "Action 50: follow up" in t]
    assert all("Owner" in t and "Due date" in t for t in action_pages)  # the header row is repeated
    everything = flat(pdf)
    for i in range(60):  # make_large_session(300) has 60 action items
        assert f"Action {i}: follow up with the team" in everything  # nothing lost at page breaks


def test_write_pdf_is_atomic(session_data, tmp_path):
    target = tmp_path / "minutes.pdf"
    write_pdf(session_data, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


def test_renders_in_a_worker_thread(session_data):
    results: dict[str, object] = {}

    def work() -> None:
        try:
            results["pdf"] = render_pdf(session_data)
        except Exception as error:  # pragma: no cover - reported below
            results["error"] = error

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert "error" not in results, results.get("error")
    assert "Page 1 of" in pages_text(results["pdf"])[0]


def test_emoji_and_rtl_do_not_break_the_pdf(session_data):
    session_data.action_items[0].text = "Ship it 🚀 שלום مرحبا"
    text = flat(render_pdf(session_data))
    assert "Ship it" in text


def test_many_exports_in_one_process_do_not_crash_the_interpreter():
    """PySide6 6.12 on CPython 3.11 drops references to None; 25 big exports used to abort at exit."""
    import subprocess
    import sys

    code = (
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "from facilitator.export.pdf import render_pdf\n"
        "from tests.export.sample import make_large_session\n"
        "data = make_large_session(300)\n"
        "for _ in range(25):\n"
        "    render_pdf(data)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]


def test_text_at_a_page_break_is_in_the_pdf_once():
    """The block at a break used to be drawn clipped at the bottom of the previous page too:
    invisible, but found twice by search and copy (issue 8 point 17)."""
    data = make_large_session(60)
    everything = flat(render_pdf(data))
    reframes = re.findall(r"Reframed statement \d+:", everything)
    expected = sum(1 for s in data.statements if s.reframe_confirmed and s.reframe_text.startswith("Reframed"))
    assert len(reframes) == len(set(reframes)) == expected
    for i in range(12):
        assert everything.count(f"Action {i}: follow up with the team") == 1


def _text_right_edges(pdf: bytes) -> list[float]:
    """Where each piece of text starts, in points from the page's left edge, on every page."""
    from pypdf import PdfReader

    xs: list[float] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(text, cm, tm, font, size, xs=xs):
            if text.strip():
                xs.append(cm[0] * tm[4] + cm[2] * tm[5] + cm[4])

        page.extract_text(visitor_text=visit)
    return xs


def test_a_word_wider_than_its_column_is_broken_and_no_column_is_lost(session_data):
    """A 300-character token used to widen the table past the margin: Owner, Due and Status were cut."""
    session_data.action_items[0].text = "See https://example.com/" + "x" * 300
    session_data.action_items[0].due = "2031-02-17"
    pdf = render_pdf(session_data)
    text = flat(pdf)
    assert "17 Feb 2031" in text and "Priya Nair Product" in text
    assert re.sub(r"[\s\u200b]", "", text).count("x" * 300) == 1  # broken across lines, every letter kept
    assert "Veränderung" in flat(render_pdf(session_data, "de")).replace("\u200b", "")
    page_width = 595  # A4 in points
    assert max(_text_right_edges(pdf)) < page_width - 20 / 25.4 * 72 + 1  # nothing starts in the right margin


def test_headings_are_bookmarks_and_the_language_is_set(session_de):
    reader = PdfReader(io.BytesIO(render_pdf(session_de, "de")))
    assert reader.trailer["/Root"]["/Lang"] == "de"
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles[0] == "Teilnehmende" and "Vereinbarungen und Entscheidungsrechte" in titles
    agreements = titles.index("Vereinbarungen und Entscheidungsrechte")
    children = reader.outline[reader.outline.index(top[agreements]) + 1]
    assert isinstance(children, list) and children[0].title.startswith("1. ")
    page_of = {item.title: reader.get_destination_page_number(item) for item in top}
    texts = pages_text(render_pdf(session_de, "de"))
    for title, page in page_of.items():
        assert title in texts[page], title  # each bookmark opens the page its heading is on


def test_characters_no_font_has_print_as_their_code_not_as_a_box(session_data):
    """Whatever fonts the machine has, every character a user typed is readable in the PDF."""
    session_data.action_items[0].text = "Ship it 🚀 \U0001fae8 done"
    text = flat(render_pdf(session_data))
    for char, code in (("🚀", "[U+1F680]"), ("\U0001fae8", "[U+1FAE8]")):
        assert char in text or code in text
    assert "Ship it" in text and "done" in text
