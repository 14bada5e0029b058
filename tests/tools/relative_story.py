"""The demo session's story told in relative time, for the demo series (make_demo_series.py).

The series is moved to whatever day the demo is laid on, so its prose may name no month, day
date or quarter label ("Q3", "October", "29 September"): it would not move with the dates. The
demo session's files (resources/demo/demo-*.json) keep their absolute story: their dates stay as
written. Each pair replaces a phrase of the demo session; a phrase that is no longer found stops
the generator, so the series cannot silently fall back to a month name.
"""

from __future__ import annotations

import dataclasses
import enum

from facilitator.domain import model as m

EN = [
    ("Q3 missed – Sales and Product at one table", "Missed quarter: Sales and Product at one table"),
    ("Q3 closed at", "Last quarter closed at"),
    (
        "slipped to Q1 after the proposal promised an SAP connector for October",
        "slipped by two quarters after the proposal promised an SAP connector for the first month of the new quarter",
    ),
    ("On 29 September Marcus escalated", "Two days before quarter end Marcus escalated"),
    (
        "The expansion contract signed on 30 June included “custom approval workflow live by 31 July”. Engineering "
        "first saw the clause at the kickoff on 7 July.",
        "The expansion contract, signed a week before the kickoff, included “custom approval workflow live within "
        "30 days”. Engineering first saw the clause at the kickoff.",
    ),
    ("the workflow went live on 18 August.", "the workflow went live six weeks after the kickoff."),
    (
        "The queue migration slipped from August to Q4. On 9 September the old queue overloaded",
        "The queue migration slipped into the next quarter. Nine weeks after the kickoff the old queue overloaded",
    ),
    (
        "On 12 August the account executive asked a PM in a Slack direct message; no ticket, no deal value "
        "attached. Three follow-ups on 19 August, 2 September and 10 September. Calder signed with a competitor on "
        "19 September. Product answered “not this quarter” on 23 September.",
        "The account executive asked a PM in a Slack direct message; no ticket, no deal value attached. Three "
        "follow-ups came one, three and four weeks later. Calder signed with a competitor five and a half weeks "
        "after the request. Product answered “not this quarter” four days after that.",
    ),
    (
        "The proposal of 21 August stated “SAP connector available in October”.",
        "The proposal stated “SAP connector available at the start of next quarter”.",
    ),
    ("Product learned of it on 3 September,", "Product learned of it two weeks later,"),
    (
        "On 26 September the customer moved signature to Q1 until a delivery date is confirmed; the deal was "
        "escalated to the CEO on 29 September.",
        "Five weeks after the proposal the customer moved signature back by two quarters until a delivery date is "
        "confirmed; the deal was escalated to the CEO three days later.",
    ),
    ("€310k ARR slipped from Q3 to Q1 and is at risk.", "€310k ARR slipped by two quarters and is at risk."),
    ("Three deal requests from Q3 waited", "Three deal requests from last quarter waited"),
    ("named an October date for a connector", "named a date early in the new quarter for a connector"),
    ("pushed the queue migration out of Q3.", "pushed the queue migration out of last quarter."),
    ("Withdrawing the October date was embarrassing", "Withdrawing the connector date was embarrassing"),
    (
        "On 9 September the very queue we wanted to migrate in August blew up in our faces.",
        "Three weeks before quarter end the very queue we wanted to migrate a month earlier blew up in our faces.",
    ),
    (
        "The outage on 9 September (3 h 50 min, 37 accounts) hit the queue whose migration was planned for August.",
        "The outage three weeks before quarter end (3 h 50 min, 37 accounts) hit the queue whose migration was "
        "planned for the month before.",
    ),
    ("(baseline: Q3", "(baseline: last quarter"),
    ("the outage on 9 September followed directly", "the outage three weeks before quarter end followed directly"),
    ("roadmap slides from the spring customer event", "roadmap slides from the last customer event"),
    ("Shared Q4 OKR", "Shared quarterly OKR"),
    ("shared Q4 OKR", "shared quarterly OKR"),
    ("First deal desk on 20 October:", "First deal desk the Tuesday after the session:"),
    (
        "Posted in #sales on 21 October; walkthrough at the sales meeting on 22 October.",
        "Posted in #sales a week after the session; walkthrough at the sales meeting the day after.",
    ),
    ("agree a realistic Q1 date for the SAP connector", "agree a realistic delivery date for the SAP connector"),
    (
        "Call with Sam on 16 October; the customer agreed to a pilot starting in February.",
        "Call with Sam two days after the session; the customer agreed to a pilot starting in four months.",
    ),
]

DE = [
    ("Q3 verfehlt – Vertrieb und Produkt an einem Tisch", "Quartal verfehlt – Vertrieb und Produkt an einem Tisch"),
    ("Q3 endete mit", "Das vergangene Quartal endete mit"),
    (
        "ist ins erste Quartal gerutscht, weil im Angebot ein SAP-Connector für Oktober zugesagt war",
        "ist ins übernächste Quartal gerutscht, weil im Angebot ein SAP-Connector für den ersten Monat des neuen "
        "Quartals zugesagt war",
    ),
    ("Am 29. September hat Markus", "Zwei Tage vor Quartalsende hat Markus"),
    (
        "Der am 30. Juni unterschriebene Erweiterungsvertrag enthielt die Klausel „individueller Freigabe-Workflow "
        "live bis 31. Juli“. Die Entwicklung hat die Klausel erst beim Kickoff am 7. Juli gesehen.",
        "Der eine Woche vor dem Kickoff unterschriebene Erweiterungsvertrag enthielt die Klausel „individueller "
        "Freigabe-Workflow live binnen 30 Tagen“. Die Entwicklung hat die Klausel erst beim Kickoff gesehen.",
    ),
    ("der Workflow ging am 18. August live.", "der Workflow ging sechs Wochen nach dem Kickoff live."),
    (
        "Die Queue-Migration ist von August ins vierte Quartal gerutscht. Am 9. September ist die alte Queue "
        "übergelaufen",
        "Die Queue-Migration ist ins nächste Quartal gerutscht. Neun Wochen nach dem Kickoff ist die alte Queue "
        "übergelaufen",
    ),
    (
        "Am 12. August hat der Account Executive per Slack-Direktnachricht bei einem PM angefragt – ohne Ticket und "
        "ohne Deal-Volumen. Nachgefragt wurde am 19. August, 2. September und 10. September. Am 19. September hat "
        "Albers beim Wettbewerb unterschrieben. Die Antwort „nicht in diesem Quartal“ kam am 23. September.",
        "Der Account Executive hat per Slack-Direktnachricht bei einem PM angefragt – ohne Ticket und ohne "
        "Deal-Volumen. Nachgefragt wurde nach einer, drei und vier Wochen. Fünfeinhalb Wochen nach der Anfrage hat "
        "Albers beim Wettbewerb unterschrieben. Die Antwort „nicht in diesem Quartal“ kam vier Tage danach.",
    ),
    (
        "Im Angebot vom 21. August stand „SAP-Connector ab Oktober verfügbar“.",
        "Im Angebot stand „SAP-Connector ab Anfang nächsten Quartals verfügbar“.",
    ),
    ("Das Produktteam hat am 3. September davon erfahren,", "Das Produktteam hat zwei Wochen später davon erfahren,"),
    (
        "Am 26. September hat der Kunde die Unterschrift auf Q1 verschoben, bis ein Liefertermin bestätigt ist; am "
        "29. September ging die Eskalation an die Geschäftsführung.",
        "Fünf Wochen nach dem Angebot hat der Kunde die Unterschrift um zwei Quartale verschoben, bis ein "
        "Liefertermin bestätigt ist; drei Tage später ging die Eskalation an die Geschäftsführung.",
    ),
    (
        "310.000 € ARR von Q3 nach Q1 verschoben, Abschluss gefährdet.",
        "310.000 € ARR um zwei Quartale verschoben, Abschluss gefährdet.",
    ),
    ("Drei Deal-Anfragen aus Q3 lagen", "Drei Deal-Anfragen aus dem letzten Quartal lagen"),
    (
        "stand ein Oktober-Termin für einen Connector",
        "stand ein Termin zu Beginn des neuen Quartals für einen Connector",
    ),
    ("die Queue-Migration ist aus Q3 gerutscht.", "die Queue-Migration ist aus dem letzten Quartal gerutscht."),
    ("den Oktober-Termin zurückzunehmen", "den Connector-Termin zurückzunehmen"),
    (
        "Am 9. September ist uns genau die Queue um die Ohren geflogen, die wir im August migrieren wollten.",
        "Drei Wochen vor Quartalsende ist uns genau die Queue um die Ohren geflogen, die wir einen Monat vorher "
        "migrieren wollten.",
    ),
    (
        "Der Ausfall am 9. September (3 Std. 50 Min., 37 Kunden) betraf die Queue, deren Migration für August "
        "geplant war.",
        "Der Ausfall drei Wochen vor Quartalsende (3 Std. 50 Min., 37 Kunden) betraf die Queue, deren Migration "
        "für den Monat davor geplant war.",
    ),
    ("(Ausgangswert: Q3", "(Ausgangswert: letztes Quartal"),
    (
        "der Ausfall am 9. September war die direkte Folge",
        "der Ausfall drei Wochen vor Quartalsende war die direkte Folge",
    ),
    ("Roadmap-Folien vom Kundenevent im Frühjahr", "Roadmap-Folien vom letzten Kundenevent"),
    ("Gemeinsames Q4-OKR", "Gemeinsames Quartals-OKR"),
    ("Erster Deal Desk am 20. Oktober:", "Erster Deal Desk am Dienstag nach der Sitzung:"),
    (
        "Am 21. Oktober in #vertrieb geteilt, am 22. Oktober im Vertriebsmeeting vorgestellt.",
        "Eine Woche nach der Sitzung in #vertrieb geteilt, am Tag darauf im Vertriebsmeeting vorgestellt.",
    ),
    ("einen realistischen Q1-Termin für den SAP-Connector", "einen realistischen Liefertermin für den SAP-Connector"),
    (
        "Telefonat mit Jan am 16. Oktober; der Kunde ist mit einem Pilotstart im Februar einverstanden.",
        "Telefonat mit Jan zwei Tage nach der Sitzung; der Kunde ist mit einem Pilotstart in vier Monaten "
        "einverstanden.",
    ),
]


def tell_relatively(data: m.SessionData, lang: str) -> None:
    """Replace the demo session's absolute time references by relative ones, in place."""
    pairs = DE if lang == "de" else EN
    used: set[str] = set()
    for entity in [data.session, *(e for kind in m.CHILD_TYPES for e in data.items(kind))]:
        for field in dataclasses.fields(entity):
            value = getattr(entity, field.name)
            if not isinstance(value, str) or isinstance(value, enum.Enum):
                continue
            for old, new in pairs:
                if old in value:
                    value = value.replace(old, new)
                    used.add(old)
            setattr(entity, field.name, value)
    missing = [old for old, _ in pairs if old not in used]
    if missing:
        raise SystemExit(f"the demo session no longer says: {missing}")
