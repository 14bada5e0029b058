"""The text of a PDF as a reader's search finds it."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader


def pdf_text(payload: bytes) -> str:
    """All pages' text; NFKC turns ligature glyphs back into letters ("ff" is painted as one)."""
    reader = PdfReader(io.BytesIO(payload))
    return unicodedata.normalize("NFKC", "".join(page.extract_text() for page in reader.pages))
