"""Minutes in Markdown and HTML, the checklist, user templates and Markdown escaping."""

from __future__ import annotations

import html.parser
import re
import subprocess
import sys

import pytest
from markdown_it import MarkdownIt

from facilitator.domain import model as m
from facilitator.export import ExportError
from facilitator.export.context import build_context, labels
from facilitator.export.minutes import actions_checklist, render_html, render_markdown
from facilitator.export.templating import md, md_line

NASTY = "# <b>x</b> | y"


def test_markdown_has_every_section_in_order(session_data):
    text = render_markdown(session_data)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Participants",
        "## Why we met",
        "## Facts, not verdicts",
        "## Shared goal",
        "## Goals and interests",
        "## Tensions between goals",
        "## Ways of working, side by side",
        "## Options and criteria",
        "## Agreements and decision rights",
        "## Action items",
        "## Pulse before and after",
        "## Close and learn",
    ]
    assert text.startswith("# Q3 reset: Sales and Product\n\nMinutes · 6 October 2026\n")
    assert "- **Sales:** Anna Keller (VP Sales, decision maker), Marco Rossi (Account Executive)" in text
    assert "**Missed target** · Q3 2026 · 18% below target" in text
    assert "> **Every customer commitment is one both teams can keep**" in text
    assert (
        "| 1 | Deal desk: Product reviews every non-standard commitment within 48 hours"
        " | 5 | 4 | 3 | **27.5** | Adopted |" in text
    )
    assert "**Consent (fist of five, 0 to 5):** 5 · 5 · 4 · 4 · 2 (5 votes), **1 concern to resolve**" in text
    assert "> **Concern:** 48 hours is too slow for deals closing at quarter end." in text
    assert "| Priya Nair | Claire Dubois | Anna Keller, Jonas Weber | Marco Rossi |" in text
    assert "| 5 | Draft the customer-promise policy text | Claire Dubois (CEO) | – | Open | – |" in text
    assert "| I can state the goal Sales and Product share this quarter. | 3.2 (n=5) | 5.2 (n=5) | +2.0 |" in text
    assert text.endswith("**Follow-up session:** 5 November 2026\n")
    assert "\n\n\n" not in text


def test_statements_only_as_confirmed_reframe_never_raw_or_attributed(session_data):
    for output in (render_markdown(session_data), render_html(session_data)):
        for statement in session_data.statements:
            assert statement.raw_text not in output
        assert "Three Q3 deal requests are undecided" in output
        assert "We learned of the SSO commitment" not in output  # the speaker did not confirm it
    context = build_context(session_data)
    assert context["statements"] == [{"text": s.reframe_text} for s in session_data.statements[:2]]


def test_context_is_plain_data_without_private_notes(private_session, marker):
    context = build_context(private_session)
    assert marker not in repr(context)

    def plain(value):
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, str | int | float | bool)

    assert plain(context)  # no domain objects reach a template


def test_german_minutes_use_german_words(session_de):
    text = render_markdown(session_de, "de")
    for words in (
        "## Teilnehmende",
        "Protokoll · 6. Oktober 2026",
        "## Anlass",
        "18\u00a0% unter dem Ziel",
        "## Gemeinsames Ziel",
        "## Vereinbarungen und Entscheidungsrechte",
        "| Treiber | Entscheider |",
        "5 · 5 · 4 · 4 · 2 (5 Stimmen), **1 Einwand zu klären**",
        "> **Einwand:** 48 Stunden sind für Abschlüsse am Quartalsende zu langsam.",
        "## Aufgaben",
        "| 09.10.2026 | Erledigt |",
        "**27,5**",
        "**Folgetermin:** 5. November 2026",
        "„Jetzt“",
    ):
        assert words in text
    assert "Participants" not in text


def test_labels_are_complete_in_both_languages():
    en, de = labels("en"), labels("de")
    assert _keys(en) == _keys(de)
    enum_kinds = {
        "side": m.Side,
        "goal_owner": m.GoalOwner,
        "trigger_type": m.TriggerType,
        "session_status": m.SessionStatus,
        "statement_kind": m.StatementKind,
        "horizon": m.Horizon,
        "tension_type": m.TensionType,
        "area": m.Area,
        "criterion_source": m.CriterionSource,
        "option_status": m.OptionStatus,
        "agreement_type": m.AgreementType,
        "agreement_status": m.AgreementStatus,
        "action_status": m.ActionStatus,
        "pulse_phase": m.PulsePhase,
        "kept": m.Kept,
    }
    for words in (en, de):
        for kind, enum in enum_kinds.items():
            assert set(words["enums"][kind]) == {e.value for e in enum}, kind
        assert set(words["enums"]["pulse_item"]) == set(m.PULSE_ITEMS)


def _keys(node, prefix=""):
    if isinstance(node, dict):
        return {k for key, value in node.items() for k in _keys(value, f"{prefix}.{key}")} | {prefix}
    return {prefix}


def test_unknown_language_is_refused(session_data):
    with pytest.raises(ExportError, match="unknown language 'fr'; choose one of en, de"):
        render_markdown(session_data, "fr")


# -- escaping ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        (NASTY, r"\# \<b\>x\</b\> \| y"),
        ("- not a list", r"\- not a list"),
        ("1. not a list", r"1\. not a list"),
        ("2026. A year", r"2026\. A year"),
        ("3.5 stays", "3.5 stays"),
        ("*bold* _it_ `code` ~~s~~ [l](u) ![i](u)", r"\*bold\* \_it\_ \`code\` \~\~s\~\~ \[l\](u) !\[i\](u)"),
        ("AT&T &amp; &#42;", r"AT&T \&amp; \&\#42;"),
        ("    indented code", "indented code"),
        ("a\\b", r"a\\b"),
        ("$5 and $6", r"\$5 and \$6"),
        ("---", r"\---"),
        ("===", r"\==="),
        ("+ plus", r"\+ plus"),
        ("z.\u00a0B. § 5", "z.\u00a0B. § 5"),
        ("line one\nline two\n\n- three", "line one\\\nline two\\\n\\\n\\- three"),
    ],
)
def test_markdown_escape(text, escaped):
    assert md(text) == escaped


def test_md_line_keeps_one_line():
    assert md_line("a\nb |\r\n# c") == r"a b \| \# c"
    assert md_line(md("a\nb")) == "a b"


def test_nasty_title_is_text_in_markdown(session_data):
    session_data.session.title = NASTY
    session_data.action_items[0].text = NASTY
    session_data.participants[0].name = "<script>alert(1)</script> | Anna"
    text = render_markdown(session_data)
    assert text.startswith("# \\# \\<b\\>x\\</b\\> \\| y\n")
    assert "<b>" not in text and "<script>" not in text
    action_row = next(line for line in text.splitlines() if line.startswith("| 1 | \\#"))
    assert _unescaped_pipes(action_row) == 7  # 6 columns: the user's | does not add one
    assert "| 1 | \\# \\<b\\>x\\</b\\> \\| y |" in action_row


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_every_table_row_has_as_many_cells_as_its_header(session_data):
    for entity in [
        session_data.session,
        *session_data.participants,
        *session_data.action_items,
        *session_data.options,
        *session_data.criteria,
        *session_data.working_practices,
    ]:
        for name in ("title", "name", "text", "current", "pain_for_other_side", "role"):
            if hasattr(entity, name):
                setattr(entity, name, "a | b\nc | d")
    lines = render_markdown(session_data).splitlines()
    for i, line in enumerate(lines):
        if line.startswith("|---") or line.startswith("|--:"):
            header, columns = lines[i - 1], _unescaped_pipes(line)
            assert _unescaped_pipes(header) == columns
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                assert _unescaped_pipes(lines[j]) == columns, lines[j]
                j += 1


def test_nasty_title_is_text_in_html(session_data):
    session_data.session.title = NASTY
    session_data.session.trigger_text = "<img src=x onerror=alert(1)>\nsecond line"
    page = render_html(session_data)
    assert "<b>x</b>" not in page and "<img" not in page
    assert "# &lt;b&gt;x&lt;/b&gt; | y" in page
    assert "&lt;img src=x onerror=alert(1)&gt;<br>second line" in page
    parser = html.parser.HTMLParser()
    parser.feed(page)  # well-formed enough to parse


# -- partial sessions (exported mid-session) -----------------------------------------------------


def test_an_empty_session_renders_briefly():
    data = m.SessionData(session=m.Session(id=1, title="New session", date="2026-01-05", status=m.SessionStatus.LIVE))
    text = render_markdown(data)
    assert "**Interim minutes: the session is still in progress**" in text
    assert "No shared goal agreed yet." in text and "No agreements yet." in text and "No action items yet." in text
    assert "## Options" not in text and "## Pulse" not in text
    assert "**Follow-up session:** not set yet" in text
    render_html(data)
    assert "No action items yet." in actions_checklist(data)


def test_dangling_and_missing_references_do_not_break_rendering(session_data):
    session_data.action_items[0].owner_id = 999
    session_data.agreements[0].driver_id = None
    session_data.tensions[0].goal_b_id = None
    session_data.session.shared_goal_id = 999
    session_data.action_items[1].due = "next week"  # not a date: shown as entered
    text = render_markdown(session_data)
    assert "| 1 | Set up the deal desk calendar slot (Tue and Thu) | unassigned |" in text
    assert "next week" in text
    render_html(session_data)


# -- the checklist ---------------------------------------------------------------------------------


def test_checklist(session_data):
    text = actions_checklist(session_data)
    lines = text.splitlines()
    assert lines[0] == "## Action items: Q3 reset: Sales and Product (6 Oct 2026)"
    assert (
        "- [x] Set up the deal desk calendar slot (Tue and Thu) — **Priya Nair** (Product),"
        " due 9 Oct 2026 · Done · Evidence: Slots in the shared calendar since 8 Oct" in lines
    )
    assert "- [ ] Draft the customer-promise policy text — **Claire Dubois** (CEO), no due date" in lines
    assert sum(line.startswith("- [") for line in lines) == len(session_data.action_items)


def test_checklist_in_german(session_de):
    text = actions_checklist(session_de, "de")
    assert (
        "- [ ] Anfrageformular veröffentlichen und im Vertrieb vorstellen — **Jonas Weber** (Produkt),"
        " bis 13.10.2026 · In Arbeit" in text
    )


# -- user templates ------------------------------------------------------------------------------


def test_user_template_gets_the_same_context(session_data, tmp_path):
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{{ session.title }} / {{ labels.participants }} / {{ agreements|length }} / "
        "{{ actions[0].owner.name }} / {{ session.date|date('short') }} / {{ options[0].score|num }}\n",
        encoding="utf-8",
    )
    assert render_markdown(session_data, template=template) == (
        "Q3 reset: Sales and Product / Participants / 2 / Priya Nair / 6 Oct 2026 / 27.5\n"
    )


def test_user_template_escapes_user_text_by_default(session_data, tmp_path):
    session_data.session.title = NASTY
    template = tmp_path / "t.md.j2"
    template.write_text("# {{ session.title }}\n", encoding="utf-8")
    assert render_markdown(session_data, template=template) == "# \\# \\<b\\>x\\</b\\> \\| y\n"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "line one\n{{ session.nope }}\n",
            "the template t.j2 has an error on line 2: 'dict object' has no attribute 'nope'",
        ),
        (
            "a\nb\n{% if %}\n",
            "the template t.j2 has an error on line 3: Expected an expression, got 'end of statement block'",
        ),
        ("{{ undefined_name }}", "the template t.j2 has an error on line 1: 'undefined_name' is undefined"),
        (
            "\n{{ session.title.__class__.__mro__ }}",
            "the template t.j2 has an error on line 2: access to attribute '__class__' of 'str' object is unsafe.",
        ),
        ("{{ 1 / 0 }}", "the template t.j2 has an error on line 1: ZeroDivisionError: division by zero"),
    ],
)
def test_broken_user_template_names_its_line(session_data, tmp_path, source, message):
    template = tmp_path / "t.j2"
    template.write_text(source, encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        render_markdown(session_data, template=template)
    assert str(caught.value) == message


def test_missing_or_unreadable_user_template(session_data, tmp_path):
    with pytest.raises(ExportError, match="does not exist; check the path"):
        render_markdown(session_data, template=tmp_path / "missing.j2")
    (tmp_path / "latin1.j2").write_bytes(b"\xe4\xf6\xfc")
    with pytest.raises(ExportError, match="is not UTF-8 text"):
        render_markdown(session_data, template=tmp_path / "latin1.j2")


def test_html_user_template_is_autoescaped(session_data, tmp_path):
    session_data.session.title = NASTY
    template = tmp_path / "t.html.j2"
    template.write_text("<h1>{{ session.title }}</h1>", encoding="utf-8")
    assert render_html(session_data, template=template) == "<h1># &lt;b&gt;x&lt;/b&gt; | y</h1>"


def test_importing_exporters_does_not_import_jinja2_or_qt():
    code = (
        "import sys\n"
        "import facilitator.export, facilitator.export.minutes, facilitator.export.session_file\n"
        "import facilitator.export.context, facilitator.export.pdf, facilitator.export.ical\n"
        "import facilitator.export.pagination, facilitator.export.session_checks\n"
        "heavy = [n for n in ('jinja2', 'jsonschema', 'PySide6.QtGui') if n in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- your own template built on ours (issue 8 point 21) -----------------------------------------


def test_a_user_template_extends_ours_and_replaces_one_block(session_data, tmp_path):
    own = tmp_path / "ours-with-a-new-close.md.j2"
    own.write_text(
        '{% extends "minutes.md.j2" %}\n'
        "{% block close %}\n## Next steps\n\n"
        "{{ L.follow_up_date }}: {{ session.follow_up_date|date }}\n{% endblock %}\n",
        encoding="utf-8",
    )
    text = render_markdown(session_data, "en", own)
    assert text.startswith("# Q3 reset: Sales and Product\n")
    assert "## Action items" in text and "## Close and learn" not in text
    assert text.endswith("## Next steps\n\nFollow-up session: 5 November 2026\n")


def test_a_user_html_template_extends_ours_and_calls_super(session_data, tmp_path):
    own = tmp_path / "board.html.j2"
    own.write_text(
        '{% extends "minutes.html.j2" %}{% block style %}{{ super() }} h2 { color: #8a0000; }{% endblock %}'
        "{% block pulse %}{% endblock %}",
        encoding="utf-8",
    )
    html = render_html(session_data, "en", own)
    assert "h2 { color: #8a0000; }" in html and "h1 { font-size: 22pt" in html
    assert "Pulse before and after" not in html and "Action items" in html


def test_a_user_template_includes_ours(session_data, tmp_path):
    own = tmp_path / "wrapped.md.j2"
    own.write_text('Intro by the CEO.\n\n{% include "checklist.md.j2" %}', encoding="utf-8")
    text = render_markdown(session_data, "en", own)
    assert text.startswith("Intro by the CEO.\n\n## Action items:")


def test_a_missing_base_template_is_one_clear_message(session_data, tmp_path):
    own = tmp_path / "typo.md.j2"
    own.write_text('{% extends "minutes.md.jj2" %}', encoding="utf-8")
    with pytest.raises(ExportError, match=r"typo\.md\.j2 uses minutes\.md\.jj2, which is neither ours"):
        render_markdown(session_data, "en", own)


def test_a_blank_line_inside_a_field_survives_in_markdown(session_data):
    """Facts with two paragraphs used to run together, and into the impact after them (point 20)."""
    session_data.incidents[0].facts = "Signed on 28 Aug.\n\n\nProduct learned of it on 2 Sep.\n\n"
    text = render_markdown(session_data)
    assert "Signed on 28 Aug.\\\n\\\nProduct learned of it on 2 Sep.\n" in text
    html = MarkdownIt("commonmark").render(text)  # as a CommonMark reader shows it
    assert "Signed on 28 Aug.<br />\n<br />\nProduct learned of it on 2 Sep." in html
    assert md("\n\na\n\nb\n\n") == "a\\\n\\\nb"


def test_an_empty_session_does_not_claim_a_missed_target():
    data = m.SessionData(session=m.Session(title="Fresh"))
    for text in (render_markdown(data), render_html(data)):
        assert "Missed target" not in text
    data.session.trigger_quarter = "Q3"
    assert "**Missed target** · Q3" in render_markdown(data)


def test_minutes_say_how_many_statements_have_no_confirmed_reframe(session_data):
    text = render_markdown(session_data)
    assert "> 1 statement was left without a confirmed reframe; it is not in these minutes." in text
    assert session_data.statements[2].raw_text not in text and session_data.statements[2].reframe_text not in text


def test_evidence_reaches_markdown_html_and_the_checklist(session_data):
    evidence = "Slots in the shared calendar since 8 Oct"
    assert evidence in render_markdown(session_data)
    assert evidence in render_html(session_data)
    assert evidence in actions_checklist(session_data)
