"""The phone page in a real browser (Debian's chromium, headless, 390x844) against the room on loopback.

Set ROOM_SCREENSHOTS=DIR to keep a screenshot of every step for looking at them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.domain import model as m
from facilitator.room import Activity, RoomServer

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.slow  # needs Debian's chromium package (.ci/run installs it)
PHONE = {"width": 390, "height": 844}
WORDS = {
    "en": {"sales": "Sales", "product": "Product", "join": "Join with my name", "anon": "Join anonymously",
           "wait": "You’re in", "send_answers": "Send answers", "thanks": "Thank you", "send": "Send",
           "hint": "reads as blame", "yes": "Yes, that’s right", "right": "that’s right", "consent": "Your vote: 4",
           "agreed": "What we agreed", "closed": "The room is closed"},
    "de": {"sales": "Vertrieb", "product": "Produkt", "join": "Mit meinem Namen teilnehmen",
           "anon": "Anonym teilnehmen", "wait": "Du bist dabei", "send_answers": "Antworten senden",
           "thanks": "Danke", "send": "Senden", "hint": "Vorwurf", "yes": "Ja, genau so", "right": "Genau so",
           "consent": "Deine Stimme: 4", "agreed": "Was wir vereinbart haben", "closed": "Der Raum ist geschlossen"},
}  # fmt: skip
SCRIPT = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium package: apt-get install chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("ROOM_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def shoot(page, name: str) -> None:
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    return shoot


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_phone_joins_answers_writes_paraphrases_and_votes(browser, shots, service, session, store, lang):
    from playwright.sync_api import expect

    words = WORDS[lang]
    room = RoomServer(service, session.session.id).start()
    locale = "de-DE" if lang == "de" else "en-US"
    ana_context = browser.new_context(viewport=PHONE, locale=locale, device_scale_factor=2)
    dev_context = browser.new_context(viewport=PHONE, locale=locale, device_scale_factor=2)
    try:
        ana, dev = ana_context.new_page(), dev_context.new_page()
        ana.goto(room.join_url)
        expect(ana.get_by_role("heading", level=1)).to_have_text("Q3 review")
        shots(ana, f"{lang}-1-join")
        ana.get_by_role("radio", name=words["sales"]).click()
        ana.locator("#name").fill("Ana")
        ana.get_by_role("button", name=words["join"]).click()
        expect(ana.get_by_role("heading", name=words["wait"])).to_be_visible()
        shots(ana, f"{lang}-2-waiting")
        dev.goto(room.join_url)
        dev.get_by_role("radio", name=words["product"]).click()
        dev.locator("#name").fill(SCRIPT)
        dev.get_by_role("button", name=words["join"]).click()
        expect(dev.locator("#who")).to_contain_text("<script>")  # shown as text, not run

        room.open(Activity.PULSE_BEFORE)
        scales = ana.locator(".scale")
        expect(scales).to_have_count(len(m.PULSE_ITEMS))
        for i in range(len(m.PULSE_ITEMS)):
            scales.nth(i).get_by_role("radio").nth(4).click()
        shots(ana, f"{lang}-3-pulse")
        ana.get_by_role("button", name=words["send_answers"]).click()
        expect(ana.get_by_role("heading", name=words["thanks"])).to_be_visible()
        shots(ana, f"{lang}-4-pulse-sent")

        room.open(Activity.WRITING)
        ana.locator("#statement").fill("You always ignore our deals and never listen")
        expect(ana.locator("#hint")).to_contain_text(words["hint"])
        shots(ana, f"{lang}-5-writing-hint")
        ana.locator("#statement").fill("The Nordhafen deal slipped from May to June")
        expect(ana.locator("#hint")).to_be_hidden()
        ana.get_by_role("button", name=words["send"], exact=True).click()
        expect(ana.locator("#sent li")).to_have_text(["The Nordhafen deal slipped from May to June"])
        shots(ana, f"{lang}-6-writing-sent")

        room.open(Activity.PARAPHRASE)
        ana.locator("#goals textarea").fill(SCRIPT)
        ana.locator("#goals").get_by_role("button", name=words["send"], exact=True).click()
        expect(dev.locator("#to-confirm blockquote")).to_have_text(SCRIPT)  # as text, on another phone
        shots(dev, f"{lang}-7-paraphrase-confirm")
        dev.get_by_role("button", name=words["yes"]).click()
        expect(ana.locator("#goals .ok")).to_contain_text(words["right"])
        shots(ana, f"{lang}-8-paraphrase-confirmed")
        assert "pwned" not in (ana.title(), dev.title())

        agreement = session.agreements[0]
        room.open(Activity.CONSENT, agreement.id)
        expect(ana.locator("#agreement-text")).to_have_text("Weekly deal desk")
        ana.locator("#fingers button[data-score='4']").click()
        expect(ana.locator("#consent-done")).to_contain_text(words["consent"])
        shots(ana, f"{lang}-9-consent")

        room.open(Activity.END)
        expect(ana.get_by_role("heading", name=words["agreed"])).to_be_visible()
        expect(ana.locator("#actions li")).to_have_count(1)
        expect(ana.locator("#actions li")).to_contain_text("Call Nordhafen")
        shots(ana, f"{lang}-10-end")

        room.stop()
        expect(ana.get_by_role("heading", name=words["closed"])).to_be_visible()
        shots(ana, f"{lang}-11-closed")
    finally:
        room.stop()
        ana_context.close()
        dev_context.close()

    data = store.load(session.session.id)
    assert {r.participant_id for r in data.pulse_responses if r.score == 5} == {None}
    assert "The Nordhafen deal slipped from May to June" in [s.raw_text for s in data.statements]
    ana_id = next(p.id for p in data.participants if p.name == "Ana")
    assert data.agreements[0].consent[ana_id] == 4
    assert [c.confirmed for c in data.perspective_checks] == [True]
