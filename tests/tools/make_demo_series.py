"""Write the demo series (resources/demo/series-{en,de}-{1,2,3}.json): the demo session, a
follow-up 30 days later and a second one 90 days after the first, built through the session
service as a user would build them, so the files hold what the app itself stores.

    python tests/tools/make_demo_series.py

Run again after the demo session changes; the files are committed. The app moves the dates to
the present when it lays the demo (`dates.to_present`: whole weeks, the newest session
7 to 13 days back). So the newest session's open actions are due 1 to 6 days after it (overdue by
then), 13 or 14 days after it (due this week), or three weeks and more after it (later), and its
new agreements come up for review 7 and 14 days after it. Prose names no month, day date or
quarter label: it would not move (the demo session's files tell their story that way too); the
trigger's quarter is set when the series is laid (demo_series).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from facilitator.demo import demo_session  # noqa: E402
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


def after(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def follow(
    service,
    store,
    previous_id,
    date,
    title,
    verdicts,
    outcomes,
    notes,
    glasl,
    extra_actions,
    lift,
    close_to,
    agreements=(),
):
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
    for text, kind, role, review in agreements:
        consent = {p.id: 4 for p in data.participants}
        service.add(
            m.Agreement(
                session_id=new_id, text=text, type=kind, driver_id=owners.get(role), consent=consent, review_date=review
            )
        )
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
                        "Deal desk met every Tuesday; every non-standard deal went through it.",
                        "Der Deal Desk tagte jeden Dienstag; jeder Sonderdeal lief darüber.",
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
                t("Form live in the CRM since the second week.", "Formular seit der zweiten Woche im CRM."),
                t(
                    "12 of 23 moved; the rest after the pricing decision.",
                    "12 von 23 übertragen; der Rest nach der Preisentscheidung.",
                ),
                t("Presented at the monthly all-hands.", "Auf der monatlichen Betriebsversammlung vorgestellt."),
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
        third_date = "2027-01-12"
        third = follow(
            service,
            store,
            second,
            third_date,
            t("Second follow-up after 90 days", "Zweiter Folgetermin nach 90 Tagen"),
            [
                (
                    m.Kept.YES,
                    t(
                        "Still every Tuesday; average decision time 4 days.",
                        "Weiter jeden Dienstag; Entscheidung im Schnitt nach 4 Tagen.",
                    ),
                ),
                (
                    m.Kept.YES,
                    t(
                        "All requests since the last session came through the form.",
                        "Seit dem letzten Termin kamen alle Anfragen über das Formular.",
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
                t("All requests in the form for the last five weeks.", "Seit fünf Wochen alle Anfragen im Formular."),
                t("Rule in the playbook a day before its due date.", "Regel einen Tag vor der Frist im Handbuch."),
                t(
                    "Both leads on leave: the review moves a month on.",
                    "Beide Leitungen im Urlaub: die Auswertung verschiebt sich um einen Monat.",
                ),
            ],
            2,
            [  # due 3 and 6 days on (overdue when the demo is laid), 13 and 14 (this week), 24 (later)
                (
                    t(
                        "Send the deal desk's decision log to both teams",
                        "Entscheidungsprotokoll des Deal Desks an beide Teams schicken",
                    ),
                    product_role,
                    after(third_date, 3),
                ),
                (
                    t(
                        "Add the customer-promise rule to the onboarding of new account executives",
                        "Regel für Kundenzusagen in die Einarbeitung neuer Account Executives aufnehmen",
                    ),
                    sales_role,
                    after(third_date, 6),
                ),
                (
                    t(
                        "Check open proposals for dates Product has not seen",
                        "Offene Angebote auf Termine prüfen, die das Produktteam nicht kennt",
                    ),
                    t("Account Executive, Enterprise", "Account Executive Enterprise"),
                    after(third_date, 13),
                ),
                (
                    t(
                        "Reserve capacity for deal requests in the next sprint plan",
                        "Kapazität für Deal-Anfragen in der nächsten Sprintplanung reservieren",
                    ),
                    t("Engineering Lead", "Teamleiter Entwicklung"),
                    after(third_date, 14),
                ),
                (
                    t(
                        "Present the shared key results in the monthly business review",
                        "Gemeinsame Schlüsselergebnisse im monatlichen Business Review vorstellen",
                    ),
                    t("Chief Product Officer", "Produktchefin (CPO)"),
                    after(third_date, 24),
                ),
            ],
            0.5,
            "2027-04-13",
            [  # new agreements, up for review a week and two weeks on
                (
                    t(
                        "Urgent deals: a deal that needs a product decision within 48 hours goes to the CPO and "
                        "the VP Sales together, never to one side alone.",
                        "Eilige Deals: Braucht ein Deal binnen 48 Stunden eine Produktentscheidung, geht er an die "
                        "CPO und den Vertriebsleiter gemeinsam, nie an nur eine Seite.",
                    ),
                    m.AgreementType.POLICY,
                    t("Chief Product Officer", "Produktchefin (CPO)"),
                    after(third_date, 7),
                ),
                (
                    t(
                        "The leads of Sales and Product go through the pipeline together every two weeks.",
                        "Vertriebs- und Produktleitung gehen alle zwei Wochen gemeinsam die Pipeline durch.",
                    ),
                    m.AgreementType.WORKING_AGREEMENT,
                    sales_role,
                    after(third_date, 14),
                ),
            ],
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
