"""export_session: the one entry point the CLI and the UI call."""

from __future__ import annotations

import json
import os
import stat

import pytest

from facilitator.export import FORMATS, ExportError, export_session, render, suggested_filename
from facilitator.export.session_file import loads

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_private_file(session_data, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    assert export_session(session_data, fmt, target) == target
    assert target.stat().st_size > 100
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_json_export_imports_again(session_data, tmp_path):
    export_session(session_data, "json", tmp_path / "s.json", include_private=True)
    assert loads((tmp_path / "s.json").read_text(encoding="utf-8")) == session_data


def test_unknown_format(session_data, tmp_path):
    with pytest.raises(ExportError, match="unknown format 'docx'; choose one of md, pdf, csv, ics, checklist, json"):
        export_session(session_data, "docx", tmp_path / "x")
    assert list(tmp_path.iterdir()) == []


def test_template_only_for_templated_formats(session_data, tmp_path):
    template = tmp_path / "t.j2"
    template.write_text("x")
    with pytest.raises(ExportError, match="a template can be used only with the formats md, pdf, checklist, not csv"):
        export_session(session_data, "csv", tmp_path / "a.csv", template=template)


@pytest.mark.parametrize("fmt", ["md", "pdf", "checklist"])
def test_broken_template_leaves_the_old_file_intact(session_data, tmp_path, fmt):
    target = tmp_path / f"minutes.{fmt}"
    target.write_bytes(b"the good old minutes")
    template = tmp_path / "broken.j2"
    template.write_text("ok\n{{ session.no_such_field }}\n")
    with pytest.raises(ExportError, match=r"the template broken\.j2 has an error on line 2"):
        export_session(session_data, fmt, target, template=template)
    assert target.read_bytes() == b"the good old minutes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.j2", target.name]


def test_pdf_with_a_user_html_template(session_data, tmp_path):
    template = tmp_path / "board.html.j2"
    template.write_text("<h1>{{ session.title }}</h1><p>{{ labels.participants }}: {{ participants|length }}</p>")
    export_session(session_data, "pdf", tmp_path / "m.pdf", template=template)
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_unwritable_target(session_data, tmp_path):
    with pytest.raises(ExportError, match=r"cannot write .*missing.*the folder does not exist"):
        export_session(session_data, "md", tmp_path / "missing" / "m.md")


def test_stdout_when_no_path(session_data, capfdbinary):
    assert export_session(session_data, "csv", None) is None
    out = capfdbinary.readouterr().out
    assert out.startswith(b"\xef\xbb\xbfAction,Owner")


def test_german_export(session_de, tmp_path):
    export_session(session_de, "md", tmp_path / "p.md", lang="de")
    assert "## Teilnehmende" in (tmp_path / "p.md").read_text(encoding="utf-8")


def test_render_returns_bytes_for_the_clipboard(session_data):
    assert render(session_data, "checklist").decode("utf-8").startswith("## Action items")
    doc = json.loads(render(session_data, "json"))
    assert doc["format"] == "facilitator-session" and "private_notes" not in doc


def test_suggested_filename(session_data, session_de):
    assert suggested_filename(session_data, "pdf") == "2026-10-06 Q3 reset Sales and Product - minutes.pdf"
    assert suggested_filename(session_de, "csv", "de") == "2026-10-06 Q3-Neustart Vertrieb und Produkt - Aufgaben.csv"
    session_data.session.title = "../../etc/passwd"
    assert "/" not in suggested_filename(session_data, "md")


def test_without_a_language_the_export_speaks_the_sessions(session_de):
    from facilitator.export import render

    assert render(session_de, "md").decode().startswith("# Q3-Neustart: Vertrieb und Produkt\n\nProtokoll")
    assert "\n\nMinutes" in render(session_de, "md", "en").decode()
