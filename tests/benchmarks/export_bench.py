"""Export benchmark (a script, not a timed test): a session with 300 items to Markdown and PDF.

    python tests/benchmarks/export_bench.py [--items 300] [--runs 5]

Prints cold (first call: imports, template compilation, fonts) and warm (median) times, and
the time Qt needs to print the same HTML bare (QTextDocument.print_ to a QPdfWriter), so the
cost of our own pagination, header and footer is visible. Targets: PDF < 1 s, Markdown < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(function, runs: int) -> tuple[float, float, object]:
    """(first call, median of the next `runs` calls) in milliseconds, and the last result."""
    start = time.perf_counter()
    result = function()
    cold = (time.perf_counter() - start) * 1000
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        warm.append((time.perf_counter() - start) * 1000)
    return cold, statistics.median(warm), result


def bare_qt_print(html: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    output = QByteArray()
    buffer = QBuffer(output)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    buffer.close()
    return bytes(output.data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need an application

    from facilitator.export.minutes import render_html, render_markdown
    from facilitator.export.pdf import render_pdf
    from tests.export.sample import make_large_session

    data = make_large_session(args.items)
    shown = ("statements", "working_practices", "options", "agreements", "action_items")
    counted = sum(len(getattr(data, name)) for name in shown)
    print(f"session: {counted} items in minutes ({', '.join(shown)}), {args.runs} warm runs each")

    md_cold, md_warm, markdown = timed(lambda: render_markdown(data), args.runs)
    html = render_html(data)
    pdf_cold, pdf_warm, pdf = timed(lambda: render_pdf(data), args.runs)
    bare_cold, bare_warm, bare = timed(lambda: bare_qt_print(html), args.runs)

    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare)).pages)

    def verdict(value: float, target: float) -> str:
        return "ok" if value < target else "OVER TARGET"

    print(f"{'':28}{'cold ms':>10}{'warm ms':>10}")
    print(
        f"{'Markdown (' + str(len(markdown) // 1024) + ' KB)':28}{md_cold:10.1f}{md_warm:10.1f}   "
        f"target < 50 ms: {verdict(md_warm, 50)}"
    )
    print(
        f"{'PDF, ours (' + str(pages) + ' pages)':28}{pdf_cold:10.1f}{pdf_warm:10.1f}   "
        f"target < 1000 ms: {verdict(pdf_warm, 1000)}"
    )
    print(
        f"{'Qt print_ bare (' + str(bare_pages) + ' pages)':28}{bare_cold:10.1f}{bare_warm:10.1f}   "
        f"ours / bare: {pdf_warm / bare_warm:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
