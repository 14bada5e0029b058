"""The German translation: complete, compiled, placeholders and mnemonics intact, and really shown.

resources/translations/update.sh refreshes facilitator_de.ts from the sources and compiles
facilitator_de.qm. These tests read the .ts as Qt Linguist writes it and look at a German
window built from the demo session, stage by stage.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from facilitator.demo import demo_session
from facilitator.resources import resource_path
from facilitator.ui import i18n

TS = resource_path("translations", "facilitator_de.ts")
QM = resource_path("translations", "facilitator_de.qm")
PLACEHOLDER = re.compile(r"%(?:\d+|n)")

#: Words of the English UI that are not also German words and do not occur in the German demo
#: data (which has "Deal", "Feature", "Roadmap", "Team", "Cost of Delay", "Product Manager"...).
#: A visible text containing one of them, whole and case-sensitive, was not translated.
ENGLISH_WORDS = frozenset(
    [
        "Add",
        "Remove",
        "Delete",
        "Insert",
        "Edit",
        "Rename",
        "Duplicate",
        "Save",
        "Saved",
        "Saving",
        "Export",
        "Open",
        "Close",
        "Closed",
        "Reopen",
        "Session",
        "Sessions",
        "Stage",
        "Stages",
        "Start",
        "Pause",
        "Title",
        "Date",
        "Owner",
        "Due",
        "Action",
        "Agreement",
        "Agreements",
        "Criteria",
        "Criterion",
        "Weight",
        "Weighted",
        "Goal",
        "Goals",
        "Tensions",
        "Interest",
        "Interests",
        "Statement",
        "Statements",
        "Incidents",
        "Participant",
        "Participants",
        "Pulse",
        "Consent",
        "Dissent",
        "Selected",
        "Shared",
        "Sales",
        "Side",
        "Role",
        "Decides",
        "Rules",
        "Learnings",
        "Average",
        "Severity",
        "Metric",
        "Baseline",
        "Target",
        "Confidence",
        "Evidence",
        "Speaker",
        "Scorecard",
        "Rank",
        "Trigger",
        "Quarter",
        "Practices",
        "Area",
        "Draft",
        "Done",
        "Blocked",
        "Proposed",
        "Rejected",
        "What",
        "Why",
        "Type",
        "Kind",
        "Facts",
        "Other",
        "the",
        "and",
        "with",
        "not",
        "yet",
        "none",
        "score",
    ]
)
#: Phrases whose words are German too on their own ("Private Notizen").
ENGLISH_PHRASES = ("Private notes", "Ground rules")


@dataclass
class Message:
    context: str
    source: str
    element: ET.Element

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def translation(self) -> ET.Element:
        return self.element.find("translation")

    def forms(self) -> list[str]:
        """The translated text, or each plural form of it."""
        translation = self.translation
        if self.numerus:
            return [form.text or "" for form in translation.findall("numerusform")]
        return [translation.text or ""]


def messages() -> list[Message]:
    root = ET.parse(TS).getroot()
    return [
        Message(context.findtext("name"), message.findtext("source"), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def plain(text: str) -> str:
    """What a reader sees: no markup, no mnemonic marker, single spaces."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.fixture
def german(qtbot):
    i18n.install("de")
    yield
    i18n.install("en")


# -- the files ---------------------------------------------------------------------------------


def test_every_message_has_a_german_translation():
    found = messages()
    assert len(found) > 300
    problems = []
    for m in found:
        translation = m.translation
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((m.context, m.source, translation.get("type")))
        forms = m.forms()
        if m.numerus and len(forms) != 2:
            problems.append((m.context, m.source, f"{len(forms)} plural forms, German needs 2"))
        if not all(form.strip() for form in forms):
            problems.append((m.context, m.source, "empty"))
    assert problems == []


def test_compiled_translation_is_current_and_loads():
    """Every message of the .ts, as the .qm translates it: content, not file times (a checkout or
    a touch changes those)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    assert not translator.isEmpty()
    stale = []
    for m in messages():
        if m.numerus:
            got = [translator.translate(m.context, m.source, None, n) for n in (1, 2)]
        else:
            got = [translator.translate(m.context, m.source)]
        if got != m.forms():
            stale.append((m.context, m.source))
    assert stale == [], "the .qm does not match the .ts: run resources/translations/update.sh"


def test_placeholders_survive_translation():
    lost = []
    for m in messages():
        wanted = Counter(PLACEHOLDER.findall(m.source))
        for form in m.forms():
            if Counter(PLACEHOLDER.findall(form)) != wanted:
                lost.append((m.context, m.source, form))
    assert lost == []


def test_mnemonics_survive_translation():
    """A source with a mnemonic gets exactly one in German; one without gets none."""
    wrong = []
    for m in messages():
        wants = mnemonic(m.source) is not None
        for form in m.forms():
            count = len(re.findall(r"&[^&\s]", form.replace("&&", "")))
            if count != (1 if wants else 0):
                wrong.append((m.context, m.source, form))
    assert wrong == []


# -- the window --------------------------------------------------------------------------------


def test_main_window_menus_and_session_list_buttons_are_german(qtbot, german, store):
    from facilitator.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(store)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Datei", "&Sitzung", "&Ansicht", "&Hilfe"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Neue Sitzung" in [action.text() for action in file_menu.actions()]

    window.sessions.show_dashboard()
    buttons = [button.text() for button in window.sessions.findChildren(QPushButton)]
    home = ("SessionList", "Dashboard")  # the dashboard sits beside the list
    german = {m.forms()[0] for m in messages() if m.context in home}
    english = {m.source for m in messages() if m.context in home}
    assert buttons and all(text in german and text not in english for text in buttons), buttons
    assert "&Neue Sitzung" in buttons and "&Löschen…" in buttons


def visible_texts(window: QWidget) -> set[str]:
    """Every label, button, group-box title, table header, combo entry and placeholder shown."""
    texts: set[str] = set()
    texts |= {w.text() for w in window.findChildren(QLabel) if w.isVisible()}
    texts |= {w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()}
    texts |= {w.title() for w in window.findChildren(QGroupBox) if w.isVisible()}
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if header.isVisible() and model is not None and header.orientation() == Qt.Orientation.Horizontal:
            for section in range(header.count()):
                texts.add(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    for combo in window.findChildren(QComboBox):
        if combo.isVisible():
            texts |= {combo.itemText(i) for i in range(combo.count())}
    for edit in [*window.findChildren(QLineEdit), *window.findChildren(QPlainTextEdit)]:
        if edit.isVisible():
            texts.add(edit.placeholderText())
    return {text for text in texts if text.strip()}


def untranslated(texts: set[str]) -> list[str]:
    """Texts that are an English source with a different German translation (a tr() whose context
    is wrong at run time), or that contain an English UI word (a string without tr())."""
    english = {plain(m.source) for m in messages() if plain(m.source) != plain(m.forms()[0])}
    found = []
    for text in texts:
        shown = plain(text)
        words = set(re.findall(r"[A-Za-z]+", shown))
        if shown in english or words & ENGLISH_WORDS or any(p in shown for p in ENGLISH_PHRASES):
            found.append(shown)
    return sorted(found)


def built_session(qtbot, store, lang: str):
    from facilitator.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    session = store.import_session(demo_session(lang))
    window.attach(store)
    window.open_session(session.id)
    return window


def test_a_full_german_session_shows_no_english(qtbot, german, store):
    window = built_session(qtbot, store, "de")
    found: dict[int, list[str]] = {}
    for number in range(1, 8):
        window.session_view.show_stage(number)
        qtbot.wait(1)
        english = untranslated(visible_texts(window))
        if english:
            found[number] = english
    assert found == {}


def test_the_english_check_would_catch_a_forgotten_tr(qtbot, store):
    """The check above is not vacuous: the English window fails it on every stage."""
    i18n.install("en")
    window = built_session(qtbot, store, "en")
    for number in range(1, 8):
        window.session_view.show_stage(number)
        assert untranslated(visible_texts(window)), number


def test_english_words_are_words_of_the_sources():
    words = {w for m in messages() for w in re.findall(r"[A-Za-z]+", plain(m.source))}
    assert words >= ENGLISH_WORDS, ENGLISH_WORDS - words


@pytest.mark.parametrize("lang", ["en", "de"])
def test_mnemonics_are_unique_where_they_are_pressed(qtbot, store, lang):
    """Alt+letter must reach one thing: per menu, and per stage together with the menu bar,
    in both languages (English "What &happened" once took the Help menu's Alt+H)."""
    i18n.install(lang)
    try:
        _check_mnemonics(qtbot, store, lang)
    finally:
        i18n.install("en")


def _check_mnemonics(qtbot, store, lang: str) -> None:
    window = built_session(qtbot, store, lang)
    bar = [mnemonic(a.text()) for a in window.menuBar().actions()]
    clashes = {}
    for action in window.menuBar().actions():
        keys = [mnemonic(a.text()) for a in action.menu().actions() if mnemonic(a.text())]
        if len(keys) != len(set(keys)):
            clashes[action.text()] = keys
    for number in range(1, 8):
        window.session_view.show_stage(number)
        keys = list(bar)
        keys += [mnemonic(b.text()) for b in window.findChildren(QAbstractButton) if b.isVisible()]
        keys += [mnemonic(x.text()) for x in window.findChildren(QLabel) if x.isVisible() and x.buddy()]
        keys = [k for k in keys if k]
        repeated = sorted(k for k, n in Counter(keys).items() if n > 1)
        if repeated:
            clashes[f"stage {number}"] = repeated
    assert clashes == {}


# -- the glossary (resources/translations/GLOSSARY.md) ------------------------------------------


def test_german_follows_the_glossary():
    """One German word per term: the ones the glossary rules out never appear."""
    import json

    from facilitator.resources import resource_path

    banned = {"Nachtreffen": "Folgetermin", "Folgesitzung": "Folgetermin", "Follow-up": "Folgetermin"}
    found = [(m.source, f) for m in messages() for f in m.forms() for word in banned if word in f]
    stages = json.loads(resource_path("content", "stages.json").read_text(encoding="utf-8"))
    german = json.dumps(stages, ensure_ascii=False)
    found += [("stages.json", word) for word in banned if word in german]
    assert found == []
    by_source = {m.source: m.forms()[0] for m in messages()}
    assert by_source["Working agreement"] == "Arbeitsvereinbarung"
    assert "Arbeitsweisen" in german  # the stage keeps its own word
    assert {by_source["Tensions"], by_source["Tensions: %1."].split(":")[0]} == {"Spannungsfelder"}


def test_prompts_never_nest_the_quotes_they_are_shown_in():
    """The page shows each prompt inside „…“ (or “…”): a prompt quoting someone uses ‚…‘."""
    from facilitator.domain.stages import STAGES

    for lang, outer in (("de", "„“"), ("en", '“”"')):
        for info in STAGES:
            for prompt in info.prompts(lang):
                assert not set(prompt) & set(outer), (lang, prompt)


def test_the_shortcuts_overview_names_every_key_in_german(qtbot, german):
    """F1 in German: "Strg++" and "Strg+-" too (the zoom keys were left as "Ctrl++, Ctrl+-"),
    and every row is as tall as its text."""
    from PySide6.QtWidgets import QTableWidget

    from facilitator.ui.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.findChild(QTableWidget)
    keys = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Strg++, Strg+-, Strg+0" in keys
    assert not [k for k in keys if re.search(r"\bCtrl\b|\bShift\b|\bEscape\b|\bDelete\b", k)]
    one_line = table.fontMetrics().lineSpacing()
    for row in range(table.rowCount()):
        text = table.item(row, 1).text()
        if table.fontMetrics().horizontalAdvance(text) < table.columnWidth(1) - 20:
            assert table.rowHeight(row) < 2 * one_line, text
