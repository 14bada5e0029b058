"""Write the demo series (resources/demo/series-{en,de}-{1,2,3}.json): the demo session, a
follow-up 30 days later and a second one 90 days after the first, built through the session
service as a user would build them, so the files hold what the app itself stores.

    python tests/tools/make_demo_series.py

Run again after the demo session changes; the files are committed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from facilitator.domain.demo import demo_session  # noqa: E402

from facilitator.domain import followup  # noqa: E402
from facilitator.domain import model as m  # noqa: E402
from facilitator.export.session_file import dumps, to_document  # noqa: E402
from facilitator.session import SessionService  # noqa: E402
from facilitator.storage.store import Store  # noqa: E402

DONE, MOVED, DROPPED = followup.ActionOutcome


def polled(data: m.SessionData) -> list[m.Participant]:
    return [p for p in data.participants if p.side != m.Side.CEO]


def pulse(service, data, phase, base: dict[str, float], lift: float) -> None:
    """Everyone polled answers every item: their earlier score, lifted (a real, uneven trend)."""
    for n, person in enumerate(polled(data)):
        for item in m.PULSE_ITEMS:
            earlier = base.get((person.name, item), 4)
            score = round(min(m.PULSE_MAX, max(m.PULSE_MIN, earlier + lift + (n % 3 - 1) * 0.5)))
            service.add_pulse_response(data.session.id, phase, item, score, participant_id=person.id)


def scores(data: m.SessionData, phase: m.PulsePhase) -> dict:
    names = {p.id: p.name for p in data.participants}
    return {(names[r.participant_id], r.item_id): r.score for r in data.pulse_responses if r.phase == phase}


def follow(service, store, previous_id, date, title, verdicts, outcomes, notes, glasl, extra_actions, lift, close_to):
    new_id = service.follow_up(previous_id, title=title, date=date).session_id
    data = store.load(new_id)
    for agreement, (kept, note) in zip(data.agreements, verdicts, strict=False):
        service.review_agreement(new_id, agreement.id, kept, note)
    carried = followup.carried_actions(data)
    for action, (outcome, due), note in zip(carried, outcomes, notes, strict=False):
        service.review_action(action.id, outcome, due, note)
    before = store.load(previous_id)
    pulse(service, data, m.PulsePhase.FOLLOWUP, scores(before, m.PulsePhase.AFTER), lift)
    data = store.load(new_id)
    pulse(service, data, m.PulsePhase.AFTER, scores(data, m.PulsePhase.FOLLOWUP), 0.5)
    owners = {p.role: p.id for p in data.participants}
    for text, role, due in extra_actions:
        service.add(m.ActionItem(session_id=new_id, text=text, owner_id=owners.get(role), due=due))
    session = store.session(new_id)
    session.glasl_stage, session.status, session.current_stage = glasl, m.SessionStatus.CLOSED, 7
    session.follow_up_date = close_to
    store.save(session)
    return new_id


def build(lang: str) -> list[str]:
    def t(en: str, de: str) -> str:
        return de if lang == "de" else en

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "series.facilitator")
        service = SessionService(store)
        first = service.import_session(demo_session(lang)).session_id
        sales_role = t("VP Sales", "Vertriebsleiter")
        product_role = t("Senior Product Manager", "Senior Product Manager")
        second = follow(
            service,
            store,
            first,
            "2026-11-13",
            t("Follow-up after 30 days", "Folgetermin nach 30 Tagen"),
            [
                (
                    m.Kept.YES,
                    t(
                        "Deal desk met every Monday; every non-standard deal went through it.",
                        "Der Deal Desk tagte jeden Montag; jeder Sonderdeal lief darüber.",
                    ),
                ),
                (
                    m.Kept.PARTLY,
                    t(
                        "Used for 5 of 8 requests; the rest still came through Slack.",
                        "Für 5 von 8 Anfragen genutzt; der Rest kam weiter über Slack.",
                    ),
                ),
                (
                    m.Kept.NO,
                    t(
                        "One customer date promised before Product had seen it.",
                        "Ein Kundentermin wurde zugesagt, bevor das Produktteam ihn kannte.",
                    ),
                ),
                (
                    m.Kept.YES,
                    t(
                        "Shared OKR drafted and agreed by both leads.",
                        "Gemeinsames OKR entworfen und von beiden Leitungen bestätigt.",
                    ),
                ),
            ],
            [(DONE, ""), (DONE, ""), (MOVED, "2026-12-15"), (DONE, ""), (DROPPED, "")],
            [
                t("Definition agreed in the first deal desk.", "Definition im ersten Deal Desk beschlossen."),
                t("Form live in the CRM since 2 November.", "Formular seit 2. November im CRM."),
                t(
                    "12 of 23 moved; the rest after the pricing decision.",
                    "12 von 23 übertragen; der Rest nach der Preisentscheidung.",
                ),
                t("Presented at the November all-hands.", "Auf der Betriebsversammlung im November vorgestellt."),
                t("Replaced by the monthly product review.", "Durch das monatliche Produkt-Review ersetzt."),
            ],
            2,
            [
                (
                    t(
                        "Write the customer-promise rule into the sales playbook",
                        "Regel für Kundenzusagen ins Vertriebshandbuch aufnehmen",
                    ),
                    sales_role,
                    "2026-12-04",
                ),
                (
                    t("Review the deal desk after eight weeks", "Deal Desk nach acht Wochen auswerten"),
                    product_role,
                    "2027-01-08",
                ),
            ],
            1.0,
            "2027-01-12",
        )
        third = follow(
            service,
            store,
            second,
            "2027-01-12",
            t("Second follow-up after 90 days", "Zweiter Folgetermin nach 90 Tagen"),
            [
                (
                    m.Kept.YES,
                    t(
                        "Still every Monday; average decision time 4 days.",
                        "Weiter jeden Montag; Entscheidung im Schnitt nach 4 Tagen.",
                    ),
                ),
                (
                    m.Kept.YES,
                    t(
                        "All requests since December came through the form.",
                        "Seit Dezember kamen alle Anfragen über das Formular.",
                    ),
                ),
                (
                    m.Kept.PARTLY,
                    t(
                        "One date slipped through; caught by the new rule a day later.",
                        "Ein Termin rutschte durch; die neue Regel fing ihn einen Tag später ab.",
                    ),
                ),
                (m.Kept.YES, t("On track: 2 of 3 key results green.", "Im Plan: 2 von 3 Schlüsselergebnissen grün.")),
            ],
            [(DONE, ""), (DONE, ""), (MOVED, "2027-02-10")],
            [
                t("All requests in the form since 14 December.", "Seit 14. Dezember alle Anfragen im Formular."),
                t("Rule in the playbook since 3 December.", "Regel seit 3. Dezember im Handbuch."),
                t("Holidays: the review moves to February.", "Feiertage: die Auswertung wandert in den Februar."),
            ],
            2,
            [],
            0.5,
            "2027-04-13",
        )
        texts = [dumps(to_document(store.load(i))) for i in (first, second, third)]
        store.close()
    return texts


def main() -> None:
    target = ROOT / "resources" / "demo"
    target.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "de"):
        for number, text in enumerate(build(lang), start=1):
            (target / f"series-{lang}-{number}.json").write_text(text, encoding="utf-8")
            print(target / f"series-{lang}-{number}.json")


if __name__ == "__main__":
    main()
