"""One list of languages: the CLI, the View > Language menu and the export dialog offer the same."""

from __future__ import annotations

import pytest

from facilitator.language import LANGUAGES, from_locale, resolve


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("de_AT.UTF-8", "de"), ("de-CH", "de"), ("DE", "de"), ("en_GB", "en"), ("fr_FR.UTF-8", "en"), ("", "en")],
)
def test_a_locale_maps_to_a_language_we_ship(locale, expected):
    assert from_locale(locale) == expected


def test_system_language_follows_the_environment(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert resolve(None) == "de"
    assert resolve("en") == "en"
    assert resolve("xx") == "de"  # not shipped: the system's


def test_cli_offers_every_language_and_refuses_others(capsys):
    from facilitator.__main__ import _parser

    for code in LANGUAGES:
        assert _parser().parse_args(["list", "--lang", code]).lang == code
    with pytest.raises(SystemExit):
        _parser().parse_args(["list", "--lang", "xx"])
    assert ", ".join(f"'{c}'" for c in LANGUAGES) in capsys.readouterr().err


def test_view_menu_and_export_dialog_offer_every_language_by_its_own_name(qtbot, store):
    from facilitator.demo import demo_session
    from facilitator.ui.export_dialog import ExportDialog
    from facilitator.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    [view] = [m for m in window.menuBar().actions() if m.text() == "&View"]
    [language] = [a for a in view.menu().actions() if a.text() == "&Language"]
    assert [a.text() for a in language.menu().actions()] == list(LANGUAGES.values())

    dialog = ExportDialog(demo_session("en"), window)
    qtbot.addWidget(dialog)
    offered = [(dialog.language.itemData(i), dialog.language.itemText(i)) for i in range(dialog.language.count())]
    assert offered == list(LANGUAGES.items())
