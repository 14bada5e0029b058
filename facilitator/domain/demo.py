"""A complete, realistic demo session: what a finished Sales-vs-Product session looks like.

`demo_session()` builds one closed session in which every stage of the playbook is filled in:
a mid-size B2B SaaS company (route and warehouse planning for logistics) missed its Q3 2026
new-ARR target by 18 %, and a large deal that "only needs one feature" was escalated to the CEO.

Plain data, no Qt and no SQL. Ids run 1..n within each entity type; they are local references
that the store remaps on import. Every text exists in English and German; both versions tell
the same story with the same numbers, dates and links, so only the words differ.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.domain.model import (
    PULSE_ITEMS,
    ActionItem,
    ActionStatus,
    Agreement,
    AgreementType,
    Area,
    Criterion,
    CriterionSource,
    FollowUp,
    Goal,
    GoalOwner,
    Horizon,
    Incident,
    Interest,
    Option,
    OptionStatus,
    Participant,
    PerspectiveCheck,
    PrivateNote,
    PulsePhase,
    PulseResponse,
    Session,
    SessionData,
    SessionStatus,
    Side,
    StageLog,
    Statement,
    StatementKind,
    Tension,
    TensionType,
    TriggerType,
    WorkingPractice,
)
from facilitator.domain.stages import stage

LANGUAGES = ("en", "de")

#: Picks the English or the German wording: t("English", "Deutsch").
Pick = Callable[[str, str], str]

SESSION_ID = 1
DATE = "2026-10-14"
FOLLOW_UP_DATE = "2026-11-13"  # 30 days later
FIRST_REVIEW = FOLLOW_UP_DATE
OKR_REVIEW = "2027-01-14"

# Participant ids, so that the cross references below read as names.
CEO, VP_SALES, AE_ENT, AE_MID, CPO, PM, ENG = range(1, 8)
# Goal ids.
G_NEW_ARR, G_FORECAST, G_ENTERPRISE, G_UPTIME, G_ROADMAP, G_READY, G_SHARED = range(1, 8)
# Agreement ids.
A_DEAL_DESK, A_INTAKE, A_PROMISE, A_OKR = range(1, 5)


def demo_session(lang: str = "en") -> SessionData:
    """The demo session in `lang` ("en" or "de"; anything else falls back to English)."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    lang = code if code in LANGUAGES else "en"

    def t(en: str, de: str) -> str:
        return de if lang == "de" else en

    session = _session(t)
    session.lang = lang  # minutes default to the language the session was held in
    return SessionData(
        session=session,
        participants=_participants(t),
        incidents=_incidents(t),
        statements=_statements(t, lang),
        goals=_goals(t),
        interests=_interests(t),
        perspective_checks=_perspective_checks(),
        tensions=_tensions(t),
        working_practices=_working_practices(t),
        criteria=_criteria(t),
        options=_options(t),
        agreements=_agreements(t),
        action_items=_action_items(t),
        pulse_responses=_pulse_responses(),
        stage_logs=_stage_logs(),
        follow_ups=[FollowUp(id=1, session_id=SESSION_ID, scheduled=FOLLOW_UP_DATE)],
        private_notes=_private_notes(t),
    )


# --- Stage 1: open and frame -------------------------------------------------------------


def _session(t: Pick) -> Session:
    return Session(
        id=SESSION_ID,
        title=t(
            "Q3 missed – Sales and Product at one table",
            "Q3 verfehlt – Vertrieb und Produkt an einem Tisch",
        ),
        date=DATE,
        trigger_type=TriggerType.MISSED_TARGET,
        trigger_quarter="Q3 2026",
        trigger_gap_pct=-18.0,
        trigger_text=t(
            "Q3 closed at €2.05M new ARR against a €2.5M target (-18 %). The Northport "
            "Logistics deal (€310k ARR) slipped to Q1 after the proposal promised an SAP "
            "connector for October that had never been planned. Calder Freight (€180k ARR) "
            "signed with a competitor while its feature request sat unanswered for six weeks. "
            "On 29 September Marcus escalated Northport to the CEO: “It only needs one "
            "feature.”",
            "Q3 endete mit 2,05 Mio. € Neu-ARR bei einem Ziel von 2,5 Mio. € (−18 %). Der "
            "Deal mit Nordhafen Logistik (310.000 € ARR) ist ins erste Quartal gerutscht, "
            "weil im Angebot ein SAP-Connector für Oktober zugesagt war, der nie eingeplant "
            "war. Die Spedition Albers (180.000 € ARR) hat beim Wettbewerb unterschrieben, "
            "während ihre Anfrage sechs Wochen lang unbeantwortet blieb. Am 29. September hat "
            "Markus Nordhafen zur Chefsache gemacht: „Da fehlt doch nur ein Feature.“",
        ),
        glasl_stage=3,
        status=SessionStatus.CLOSED,
        ground_rules=t(
            "1. We talk about situations and processes, not about people.\n"
            "2. One voice at a time – we let each other finish.\n"
            "3. We assume good intent: everyone acted on what they knew at the time.\n"
            "4. Concrete examples instead of “always” and “never”.\n"
            "5. Personal remarks stay in the room; agreements and actions go to both teams.",
            "1. Wir sprechen über Situationen und Abläufe, nicht über Personen.\n"
            "2. Eine Person spricht, die anderen hören zu – wir lassen einander ausreden.\n"
            "3. Wir unterstellen gute Absichten: Alle haben nach bestem Wissen gehandelt.\n"
            "4. Konkrete Beispiele statt „immer“ und „nie“.\n"
            "5. Persönliches bleibt im Raum; Vereinbarungen und Aufgaben gehen an beide Teams.",
        ),
        ground_rule_consent={CEO: 5, VP_SALES: 4, AE_ENT: 3, AE_MID: 4, CPO: 4, PM: 5, ENG: 3},
        current_stage=7,
        shared_goal_id=G_SHARED,
        learnings=t(
            "Both teams were measured on things the other side could not see: Product did not "
            "know that a six-week wait loses a deal, and Sales did not know that Brightline and "
            "the queue migration were competing for the same two engineers. The conflict sat in "
            "how promises get made, not in people. Next time we put the pipeline and the "
            "capacity plan on the table together from the start.",
            "Beide Teams wurden an Dingen gemessen, die die andere Seite nicht sehen konnte: "
            "Das Produktteam wusste nicht, dass sechs Wochen Wartezeit einen Deal kosten, und "
            "der Vertrieb wusste nicht, dass Kessler und die Queue-Migration um dieselben zwei "
            "Entwickler konkurrierten. Der Konflikt lag darin, wie Zusagen entstehen – nicht "
            "bei den Personen. Beim nächsten Mal legen wir Pipeline und Kapazitätsplanung von "
            "Anfang an gemeinsam auf den Tisch.",
        ),
        hardest_agreement_id=A_PROMISE,
        hardest_reason=t(
            "It takes away the account executive's quick answer in the customer meeting. Priya "
            "voted 2 because she fears losing deals to faster competitors. We added the "
            "48-hour sign-off and will review the policy at the 30-day follow-up.",
            "Die Regel nimmt den Account Executives die schnelle Antwort im Kundentermin. Lena "
            "hat mit 2 gestimmt, weil sie fürchtet, Deals an schnellere Wettbewerber zu "
            "verlieren. Wir haben die Freigabe binnen 48 Stunden ergänzt und schauen uns die "
            "Regel beim Follow-up nach 30 Tagen noch einmal an.",
        ),
        follow_up_date=FOLLOW_UP_DATE,
    )


def _participants(t: Pick) -> list[Participant]:
    people = [
        (CEO, t("Claire Donovan", "Katharina Brandt"), t("CEO", "Geschäftsführerin"), Side.CEO),
        (VP_SALES, t("Marcus Reid", "Markus Weber"), t("VP Sales", "Vertriebsleiter"), Side.SALES),
        (
            AE_ENT,
            t("Priya Nair", "Lena Hoffmann"),
            t("Account Executive, Enterprise", "Account Executive Enterprise"),
            Side.SALES,
        ),
        (
            AE_MID,
            t("Diego Alvarez", "Tobias Krüger"),
            t("Account Executive, Mid-Market", "Account Executive Mittelstand"),
            Side.SALES,
        ),
        (
            CPO,
            t("Elena Kowalski", "Sabine Wolf"),
            t("Chief Product Officer", "Produktchefin (CPO)"),
            Side.PRODUCT,
        ),
        (
            PM,
            t("Sam Okafor", "Jan Schneider"),
            t("Senior Product Manager", "Senior Product Manager"),
            Side.PRODUCT,
        ),
        (
            ENG,
            t("Jonas Lindqvist", "Mehmet Yılmaz"),
            t("Engineering Lead", "Teamleiter Entwicklung"),
            Side.PRODUCT,
        ),
    ]
    return [
        Participant(
            id=pid,
            session_id=SESSION_ID,
            name=name,
            role=role,
            side=side,
            is_decision_maker=pid == CEO,
        )
        for pid, name, role, side in people
    ]


# --- Stage 2: facts, not verdicts --------------------------------------------------------


def _incidents(t: Pick) -> list[Incident]:
    return [
        Incident(
            id=1,
            session_id=SESSION_ID,
            date="2026-07-07",
            account=t("Brightline Retail", "Kessler Handel GmbH"),
            deal_value=95_000.0,
            feature=t(
                "Custom multi-level approval workflow",
                "Kundenspezifischer mehrstufiger Freigabe-Workflow",
            ),
            facts=t(
                "The expansion contract signed on 30 June included “custom approval workflow "
                "live by 31 July”. Engineering first saw the clause at the kickoff on 7 July. "
                "Two engineers moved off the job-queue migration for three sprints; the "
                "workflow went live on 18 August.",
                "Der am 30. Juni unterschriebene Erweiterungsvertrag enthielt die Klausel "
                "„individueller Freigabe-Workflow live bis 31. Juli“. Die Entwicklung hat die "
                "Klausel erst beim Kickoff am 7. Juli gesehen. Zwei Entwickler wurden für drei "
                "Sprints von der Migration der Job-Queue abgezogen; der Workflow ging am "
                "18. August live.",
            ),
            impact_revenue=t(
                "€95k ARR expansion kept; 10 % service credit (€9.5k) for the late go-live.",
                "Erweiterung über 95.000 € ARR gehalten; 10 % Gutschrift (9.500 €) wegen des verspäteten Go-lives.",
            ),
            impact_other=t(
                "The queue migration slipped from August to Q4. On 9 September the old queue "
                "overloaded: route planning was down for 3 h 50 min for 37 accounts, and "
                "€38k in credits went out.",
                "Die Queue-Migration ist von August ins vierte Quartal gerutscht. Am "
                "9. September ist die alte Queue übergelaufen: Die Tourenplanung fiel bei 37 "
                "Kunden 3 Std. 50 Min. aus, dafür gingen 38.000 € Gutschriften raus.",
            ),
        ),
        Incident(
            id=2,
            session_id=SESSION_ID,
            date="2026-08-12",
            account=t("Calder Freight", "Spedition Albers"),
            deal_value=180_000.0,
            feature=t(
                "Audit-log export to the customer's SIEM",
                "Audit-Log-Export ins SIEM des Kunden",
            ),
            facts=t(
                "On 12 August the account executive asked a PM in a Slack direct message; no "
                "ticket, no deal value attached. Three follow-ups on 19 August, 2 September "
                "and 10 September. Calder signed with a competitor on 19 September. Product "
                "answered “not this quarter” on 23 September.",
                "Am 12. August hat der Account Executive per Slack-Direktnachricht bei einem "
                "PM angefragt – ohne Ticket und ohne Deal-Volumen. Nachgefragt wurde am "
                "19. August, 2. September und 10. September. Am 19. September hat Albers beim "
                "Wettbewerb unterschrieben. Die Antwort „nicht in diesem Quartal“ kam am "
                "23. September.",
            ),
            impact_revenue=t("€180k ARR lost.", "180.000 € ARR verloren."),
            impact_other=t(
                "Mid-market forecast missed by one deal; the account executive's forecast "
                "was questioned openly in the pipeline call.",
                "Der Mittelstands-Forecast wurde um einen Deal verfehlt; im Pipeline-Call "
                "wurde die Forecast-Qualität des Account Executives offen infrage gestellt.",
            ),
        ),
        Incident(
            id=3,
            session_id=SESSION_ID,
            date="2026-08-21",
            account=t("Northport Logistics", "Nordhafen Logistik GmbH"),
            deal_value=310_000.0,
            feature=t(
                "SAP S/4HANA connector (two-way order sync)",
                "SAP-S/4HANA-Connector (Auftragsabgleich in beide Richtungen)",
            ),
            facts=t(
                "The proposal of 21 August stated “SAP connector available in October”. On "
                "the roadmap the connector was under “Later”, without a date. Product learned "
                "of it on 3 September, when the customer's IT asked for the API documentation. "
                "On 26 September the customer moved signature to Q1 until a delivery date is "
                "confirmed; the deal was escalated to the CEO on 29 September.",
                "Im Angebot vom 21. August stand „SAP-Connector ab Oktober verfügbar“. Auf "
                "der Roadmap lag der Connector unter „Later“, ohne Termin. Das Produktteam hat "
                "am 3. September davon erfahren, als die IT des Kunden nach der "
                "API-Dokumentation fragte. Am 26. September hat der Kunde die Unterschrift "
                "auf Q1 verschoben, bis ein Liefertermin bestätigt ist; am 29. September ging "
                "die Eskalation an die Geschäftsführung.",
            ),
            impact_revenue=t(
                "€310k ARR slipped from Q3 to Q1 and is at risk.",
                "310.000 € ARR von Q3 nach Q1 verschoben, Abschluss gefährdet.",
            ),
            impact_other=t(
                "Customer trust damaged: the date had to be withdrawn in writing. Product "
                "spent about four days on an unplanned feasibility study.",
                "Das Vertrauen des Kunden hat gelitten: Der Termin musste schriftlich "
                "zurückgenommen werden. Das Produktteam hat rund vier Tage in eine ungeplante "
                "Machbarkeitsprüfung gesteckt.",
            ),
        ),
    ]


def _statements(t: Pick, lang: str) -> list[Statement]:
    # (speaker, clock time, kind, raw text, neutral reframe, reframe confirmed by the speaker)
    rows = [
        (
            VP_SALES,
            "09:13:05",
            StatementKind.EVALUATION,
            t(
                "Product blocks everything. Every deal with the slightest custom need just dies in your backlog.",
                "Ihr blockiert immer alles. Jeder Deal mit dem kleinsten Sonderwunsch stirbt in eurem Backlog.",
            ),
            t(
                "Three deal requests from Q3 waited more than four weeks for a decision, Calder "
                "among them. I need a yes or no within days, and to know what the constraint is.",
                "Drei Deal-Anfragen aus Q3 lagen mehr als vier Wochen ohne Entscheidung, "
                "darunter Albers. Ich brauche innerhalb weniger Tage ein Ja oder Nein – und "
                "möchte wissen, woran es hängt.",
            ),
            True,
        ),
        (
            AE_ENT,
            "09:14:40",
            StatementKind.POSITION,
            t(
                "It was just this one connector and Northport would have signed. One feature!",
                "Das war doch nur dieser eine Connector, dann hätte Nordhafen unterschrieben. Ein einziges Feature!",
            ),
            t(
                "Northport (€310k ARR) needs the SAP connector to go live. What is the effort, "
                "and do other accounts need it too?",
                "Nordhafen (310.000 € ARR) braucht den SAP-Connector für den Go-live. Wie hoch "
                "ist der Aufwand, und brauchen andere Kunden das auch?",
            ),
            True,
        ),
        (
            CPO,
            "09:16:20",
            StatementKind.EVALUATION,
            t(
                "Sales promises the moon to get the deal, and we hear about it from the customer's IT.",
                "Der Vertrieb verspricht das Blaue vom Himmel, und wir erfahren es dann von der IT des Kunden.",
            ),
            t(
                "The Northport proposal named an October date for a connector that was under "
                "“Later”. We'd like a check before dates go into writing.",
                "Im Nordhafen-Angebot stand ein Oktober-Termin für einen Connector, der unter "
                "„Later“ lag. Wir brauchen eine Prüfung, bevor Termine schriftlich zugesagt "
                "werden.",
            ),
            True,
        ),
        (
            ENG,
            "09:18:10",
            StatementKind.FEELING,
            t(
                "Nobody asks us, and then we clean up your mess. Brightline cost us three "
                "sprints and the queue migration.",
                "Nie werden wir gefragt, und dann dürfen wir euer Chaos ausbaden. Kessler hat "
                "uns drei Sprints und die Queue-Migration gekostet.",
            ),
            t(
                "We learned of the Brightline commitment after signature; it tied up two "
                "engineers for three sprints and pushed the queue migration out of Q3. We need "
                "to be consulted before custom commitments.",
                "Von der Kessler-Zusage haben wir erst nach Vertragsschluss erfahren; zwei "
                "Entwickler waren drei Sprints gebunden, und die Queue-Migration ist aus Q3 "
                "gerutscht. Wir möchten vor individuellen Zusagen einbezogen werden.",
            ),
            True,
        ),
        (
            AE_MID,
            "09:20:30",
            StatementKind.EVALUATION,
            t(
                "You guys never listen to customers. Calder told us three times what they needed.",
                "Die da drüben im Produkt haben keine Ahnung vom Kunden. Albers hat uns "
                "dreimal gesagt, was sie brauchen.",
            ),
            t(
                "Calder's audit-log request stayed open for six weeks despite three "
                "follow-ups. How can customer input from deals reach prioritisation in time?",
                "Die Audit-Log-Anfrage von Albers war trotz drei Nachfragen sechs Wochen "
                "offen. Wie kommt Kundenfeedback aus Deals rechtzeitig in die Priorisierung?",
            ),
            True,
        ),
        (
            PM,
            "09:22:15",
            StatementKind.EVALUATION,
            t(
                "You only care about your commission – as long as it closes this quarter.",
                "Euch geht's doch nur um eure Provision – Hauptsache, es wird noch im Quartal unterschrieben.",
            ),
            t(
                "Quarterly new ARR seems to be your key measure. How does it shape which deals and requests you push?",
                "Der Neu-ARR im Quartal scheint eure wichtigste Kennzahl zu sein. Wie "
                "beeinflusst das, welche Deals und Anfragen ihr vorantreibt?",
            ),
            False,
        ),
        (
            VP_SALES,
            "09:24:50",
            StatementKind.REQUEST,
            t(
                "How many times do we have to ask? Why does it take you six weeks to say no?",
                "Wie oft denn noch? Warum braucht ihr sechs Wochen, um Nein zu sagen?",
            ),
            t(
                "Request to decision takes about six weeks; our deals need an answer in about "
                "two. Where does the time go?",
                "Von der Anfrage bis zur Entscheidung vergehen rund sechs Wochen, unsere Deals "
                "brauchen eine Antwort in etwa zwei. Wo geht die Zeit verloren?",
            ),
            True,
        ),
        (
            CPO,
            "09:27:05",
            StatementKind.EVALUATION,
            t(
                "Typical Sales – as long as the deal is in, who cares what happens to the roadmap.",
                "Typisch Vertrieb – Hauptsache, der Deal ist drin, was aus der Roadmap wird, ist egal.",
            ),
            t(
                "I see a conflict between quarterly revenue and a roadmap customers can rely "
                "on. How do we measure both?",
                "Ich sehe einen Zielkonflikt zwischen Quartalsumsatz und einer Roadmap, auf die "
                "sich Kunden verlassen können. Wie messen wir beides?",
            ),
            True,
        ),
        (
            AE_ENT,
            "09:29:40",
            StatementKind.FEELING,
            t(
                "I was the one who had to call Northport and take the date back. I looked like a liar.",
                "Ich musste Nordhafen anrufen und den Termin zurücknehmen. Ich stand da wie eine Lügnerin.",
            ),
            t(
                "Withdrawing the October date was embarrassing for me. Before I talk to a "
                "customer, I need to know what is realistic.",
                "Es war mir unangenehm, den Oktober-Termin zurückzunehmen. Vor dem "
                "Kundengespräch brauche ich Klarheit darüber, was realistisch ist.",
            ),
            True,
        ),
        (
            ENG,
            "09:32:20",
            StatementKind.OBSERVATION,
            t(
                "On 9 September the very queue we wanted to migrate in August blew up in our faces.",
                "Am 9. September ist uns genau die Queue um die Ohren geflogen, die wir im August migrieren wollten.",
            ),
            t(
                "The outage on 9 September (3 h 50 min, 37 accounts) hit the queue whose "
                "migration was planned for August. Reliability work needs protected capacity.",
                "Der Ausfall am 9. September (3 Std. 50 Min., 37 Kunden) betraf die Queue, "
                "deren Migration für August geplant war. Stabilitätsarbeit braucht geschützte "
                "Kapazität.",
            ),
            True,
        ),
    ]
    return [
        Statement(
            id=i,
            session_id=SESSION_ID,
            participant_id=speaker,
            stage=2,
            ts=f"{DATE}T{clock}",
            lang=lang,
            raw_text=raw,
            kind=kind,
            reframe_text=reframe,
            reframe_confirmed=confirmed,
        )
        for i, (speaker, clock, kind, raw, reframe, confirmed) in enumerate(rows, start=1)
    ]


# --- Stage 3: goals and interests --------------------------------------------------------


def _goals(t: Pick) -> list[Goal]:
    # (id, owner, objective, metric, baseline, target, unit, horizon, due, confidence)
    rows = [
        (
            G_NEW_ARR,
            GoalOwner.SALES,
            t("Close the new-business gap", "Die Lücke im Neugeschäft schließen"),
            t("New ARR booked per quarter", "Gebuchter Neu-ARR pro Quartal"),
            t("€2.05M (Q3)", "2,05 Mio. € (Q3)"),
            t("€2.6M", "2,6 Mio. €"),
            "€ ARR",
            Horizon.QUARTER,
            "2026-12-31",
            0.55,
        ),
        (
            G_FORECAST,
            GoalOwner.SALES,
            t("Make the forecast reliable again", "Den Forecast wieder verlässlich machen"),
            t("Forecast accuracy (commit vs. booked)", "Forecast-Genauigkeit (Commit vs. gebucht)"),
            "82 %",
            "95 %",
            "%",
            Horizon.QUARTER,
            "2026-12-31",
            0.6,
        ),
        (
            G_ENTERPRISE,
            GoalOwner.SALES,
            t("Win more large enterprise accounts", "Mehr große Enterprise-Kunden gewinnen"),
            t(
                "Deals above €150k ARR closed per quarter",
                "Abschlüsse über 150.000 € ARR pro Quartal",
            ),
            "1",
            "3",
            t("deals", "Abschlüsse"),
            Horizon.HALF,
            "2027-03-31",
            0.4,
        ),
        (
            G_UPTIME,
            GoalOwner.PRODUCT,
            t("Keep the platform stable", "Die Plattform stabil halten"),
            t("Monthly uptime of route planning", "Monatliche Verfügbarkeit der Tourenplanung"),
            t("99.2 %", "99,2 %"),
            t("99.9 %", "99,9 %"),
            "%",
            Horizon.HALF,
            "2027-03-31",
            0.7,
        ),
        (
            G_ROADMAP,
            GoalOwner.PRODUCT,
            t("Deliver what the roadmap promises", "Liefern, was die Roadmap verspricht"),
            t("“Now” items shipped as planned", "Planmäßig gelieferte „Now“-Themen"),
            "55 %",
            "80 %",
            "%",
            Horizon.QUARTER,
            "2026-12-31",
            0.6,
        ),
        (
            G_READY,
            GoalOwner.PRODUCT,
            t("Make the platform enterprise-ready", "Die Plattform enterprise-tauglich machen"),
            t(
                "Enterprise building blocks shipped (SSO, audit log, SAP connector …)",
                "Gelieferte Enterprise-Bausteine (SSO, Audit-Log, SAP-Connector …)",
            ),
            t("2 of 7", "2 von 7"),
            t("7 of 7", "7 von 7"),
            t("building blocks", "Bausteine"),
            Horizon.YEAR,
            "2027-09-30",
            0.5,
        ),
        (
            G_SHARED,
            GoalOwner.SHARED,
            t("Grow revenue we can deliver", "Umsatz wachsen lassen, den wir auch liefern können"),
            t(
                "New ARR from deals whose commitments were reviewed and delivered on time",
                "Neu-ARR aus Deals, deren Zusagen geprüft und pünktlich geliefert wurden",
            ),
            t("€1.3M of €2.05M (Q3)", "1,3 von 2,05 Mio. € (Q3)"),
            t("€2.4M", "2,4 Mio. €"),
            "€ ARR",
            Horizon.QUARTER,
            "2026-12-31",
            0.5,
        ),
    ]
    return [
        Goal(
            id=gid,
            session_id=SESSION_ID,
            owner=owner,
            objective=objective,
            metric=metric,
            baseline=baseline,
            target=target,
            unit=unit,
            horizon=horizon,
            due=due,
            confidence=confidence,
        )
        for gid, owner, objective, metric, baseline, target, unit, horizon, due, confidence in rows
    ]


def _interests(t: Pick) -> list[Interest]:
    # (side, text, source statement id)
    rows = [
        (
            Side.SALES,
            t(
                "A fast, predictable yes or no on deal requests, so the forecast holds.",
                "Schnelle, verlässliche Ja-/Nein-Antworten auf Deal-Anfragen, damit der Forecast hält.",
            ),
            1,
        ),
        (
            Side.SALES,
            t(
                "Credibility with customers: never having to take back a promised date.",
                "Glaubwürdigkeit beim Kunden: keine zugesagten Termine zurücknehmen müssen.",
            ),
            9,
        ),
        (
            Side.SALES,
            t(
                "Customer needs from live deals reach prioritisation in time.",
                "Kundenbedarf aus laufenden Deals kommt rechtzeitig in der Priorisierung an.",
            ),
            5,
        ),
        (
            Side.SALES,
            t(
                "Being able to win enterprise deals that depend on integrations.",
                "Enterprise-Deals gewinnen können, die Integrationen voraussetzen.",
            ),
            2,
        ),
        (
            Side.SALES,
            t(
                "Hitting the quarterly number – the team's pay and the company's runway depend on it.",
                "Die Quartalszahl erreichen – davon hängen die Vergütung des Teams und die Runway des Unternehmens ab.",
            ),
            6,
        ),
        (
            Side.PRODUCT,
            t(
                "Being consulted before custom commitments are signed.",
                "Vor individuellen Zusagen einbezogen werden.",
            ),
            4,
        ),
        (
            Side.PRODUCT,
            t(
                "Protected capacity for reliability work.",
                "Feste, geschützte Kapazität für Stabilitätsarbeit.",
            ),
            10,
        ),
        (
            Side.PRODUCT,
            t(
                "A roadmap that stays credible for all customers, not just for the next deal.",
                "Eine Roadmap, die für alle Kunden verlässlich bleibt, nicht nur für den nächsten Deal.",
            ),
            8,
        ),
        (
            Side.PRODUCT,
            t(
                "Requests that arrive with ARR, deadline and affected accounts, so they can be compared.",
                "Anfragen, die mit ARR, Frist und betroffenen Kunden ankommen, damit man sie vergleichen kann.",
            ),
            3,
        ),
        (
            Side.PRODUCT,
            t(
                "Not being labelled the blocker when the honest answer is “not now”.",
                "Nicht als Bremser dastehen, wenn die ehrliche Antwort „jetzt nicht“ lautet.",
            ),
            7,
        ),
    ]
    return [
        Interest(id=i, session_id=SESSION_ID, side=side, text=text, source_statement_id=src)
        for i, (side, text, src) in enumerate(rows, start=1)
    ]


def _perspective_checks() -> list[PerspectiveCheck]:
    # Each side paraphrases the other side's goals until the owners say "exactly".
    rows = [
        (G_NEW_ARR, CPO, 1),
        (G_FORECAST, ENG, 3),  # forecast accuracy was new to engineering; took three tries
        (G_ENTERPRISE, PM, 1),
        (G_UPTIME, VP_SALES, 2),
        (G_ROADMAP, AE_ENT, 1),
        (G_READY, AE_MID, 2),
    ]
    return [
        PerspectiveCheck(
            id=i,
            session_id=SESSION_ID,
            goal_id=goal,
            paraphraser_id=who,
            attempts=attempts,
            confirmed=True,
        )
        for i, (goal, who, attempts) in enumerate(rows, start=1)
    ]


def _tensions(t: Pick) -> list[Tension]:
    return [
        Tension(
            id=1,
            session_id=SESSION_ID,
            goal_a_id=G_NEW_ARR,
            goal_b_id=G_UPTIME,
            type=TensionType.CONFLICT,
            severity=4,
            incident_ids=[1, 3],
            note=t(
                "Custom work sold to rescue the quarter pulls engineers off reliability work; "
                "the outage on 9 September followed directly.",
                "Individuelle Zusagen, die das Quartal retten sollen, ziehen Entwickler von der "
                "Stabilitätsarbeit ab; der Ausfall am 9. September war die direkte Folge.",
            ),
        ),
        Tension(
            id=2,
            session_id=SESSION_ID,
            goal_a_id=G_NEW_ARR,
            goal_b_id=G_ROADMAP,
            type=TensionType.CONFLICT,
            severity=3,
            incident_ids=[1, 3],
            note=t(
                "Out-of-plan commitments push “Now” items back, so the roadmap loses credibility with every customer.",
                "Ungeplante Zusagen verdrängen „Now“-Themen, und die Roadmap verliert bei allen "
                "Kunden an Glaubwürdigkeit.",
            ),
        ),
        Tension(
            id=3,
            session_id=SESSION_ID,
            goal_a_id=G_ENTERPRISE,
            goal_b_id=G_READY,
            type=TensionType.DEPENDENCY,
            severity=4,
            incident_ids=[2, 3],
            note=t(
                "Enterprise deals need SSO, an audit log and the SAP connector; Sales can only "
                "win them once Product has shipped these.",
                "Enterprise-Deals setzen SSO, Audit-Log und SAP-Connector voraus; der Vertrieb "
                "kann sie erst gewinnen, wenn das Produktteam diese Bausteine geliefert hat.",
            ),
        ),
        Tension(
            id=4,
            session_id=SESSION_ID,
            goal_a_id=G_FORECAST,
            goal_b_id=G_ROADMAP,
            type=TensionType.REINFORCING,
            severity=2,
            incident_ids=[3],
            note=t(
                "A roadmap that holds makes the forecast hold: Northport slipped because a "
                "date was promised that the roadmap never had.",
                "Hält die Roadmap, hält auch der Forecast: Nordhafen ist gerutscht, weil ein "
                "Termin zugesagt wurde, den die Roadmap nie hergab.",
            ),
        ),
    ]


# --- Stage 4: ways of working ------------------------------------------------------------


def _working_practices(t: Pick) -> list[WorkingPractice]:
    # (side, area, current practice, pain for the other side, TRIZ "we do this", stop)
    rows = [
        (
            Side.SALES,
            Area.COMMITMENT,
            t(
                "Account executives put features and dates into proposals themselves; the VP "
                "Sales signs off on price, not on scope.",
                "Account Executives schreiben Features und Termine selbst ins Angebot; der "
                "Vertriebsleiter gibt den Preis frei, nicht den Umfang.",
            ),
            t(
                "Product learns of commitments after signature; dates are set without anyone checking capacity.",
                "Das Produktteam erfährt von Zusagen erst nach der Unterschrift; Termine "
                "entstehen, ohne dass jemand die Kapazität prüft.",
            ),
            True,
            True,
        ),
        (
            Side.PRODUCT,
            Area.COMMITMENT,
            t(
                "Product commits to nothing outside the quarterly plan; the answer is “not "
                "now”, without a date or a reason.",
                "Außerhalb des Quartalsplans sagt das Produktteam nichts zu; die Antwort "
                "lautet „jetzt nicht“, ohne Termin und ohne Begründung.",
            ),
            t(
                "Sales has nothing to offer the customer, not even a realistic “when”.",
                "Der Vertrieb hat dem Kunden nichts anzubieten, nicht einmal ein realistisches „wann“.",
            ),
            True,
            False,
        ),
        (
            Side.SALES,
            Area.INTAKE,
            t(
                "Requests go by Slack direct message to whichever PM answers fastest, without deal value or deadline.",
                "Anfragen gehen per Slack-Direktnachricht an den PM, der am schnellsten "
                "antwortet – ohne Deal-Volumen und ohne Frist.",
            ),
            t(
                "Requests cannot be compared, and urgent ones get lost in the noise.",
                "Anfragen lassen sich nicht vergleichen, und dringende gehen im Rauschen unter.",
            ),
            True,
            True,
        ),
        (
            Side.PRODUCT,
            Area.INTAKE,
            t(
                "Product collects requests on a backlog board that Sales cannot see; nobody confirms receipt.",
                "Das Produktteam sammelt Anfragen auf einem Backlog-Board, das der Vertrieb "
                "nicht sieht; niemand bestätigt den Eingang.",
            ),
            t(
                "Sales does not know whether a request arrived, let alone whether it was decided.",
                "Der Vertrieb weiß nicht, ob eine Anfrage angekommen ist, geschweige denn, ob schon entschieden wurde.",
            ),
            True,
            True,
        ),
        (
            Side.SALES,
            Area.PRIORITISATION,
            t(
                "Every deal in the forecast is “top priority”; when it gets urgent, it goes to the CEO.",
                "Jeder Deal im Forecast ist „Top-Priorität“; wenn es eng wird, geht es zur Geschäftsführung.",
            ),
            t(
                "There is no real ranking, so the loudest deal wins.",
                "Es gibt keine echte Reihenfolge – am Ende gewinnt der lauteste Deal.",
            ),
            True,
            True,
        ),
        (
            Side.PRODUCT,
            Area.PRIORITISATION,
            t(
                "Product prioritises once a quarter with RICE; deal value is not part of the score.",
                "Das Produktteam priorisiert einmal im Quartal nach RICE; das Deal-Volumen "
                "fließt nicht in die Bewertung ein.",
            ),
            t(
                "Revenue at stake does not count, so decisions look arbitrary to Sales.",
                "Umsatz, der auf dem Spiel steht, zählt nicht – für den Vertrieb wirken die "
                "Entscheidungen willkürlich.",
            ),
            False,
            False,
        ),
        (
            Side.SALES,
            Area.ROADMAP,
            t(
                "Account executives show customers roadmap slides from the spring customer event.",
                "Account Executives zeigen Kunden die Roadmap-Folien vom Kundenevent im Frühjahr.",
            ),
            t(
                "Customers expect features that moved to “Later” months ago.",
                "Kunden erwarten Features, die schon vor Monaten nach „Later“ gewandert sind.",
            ),
            True,
            True,
        ),
        (
            Side.PRODUCT,
            Area.ROADMAP,
            t(
                "A Now/Next/Later roadmap in Confluence, updated monthly; “Later” has no dates.",
                "Now/Next/Later-Roadmap in Confluence, monatlich aktualisiert; „Later“ hat keine Termine.",
            ),
            t(
                "Sales cannot tell what is safe to mention in a pitch.",
                "Der Vertrieb kann nicht erkennen, was er im Pitch guten Gewissens erwähnen darf.",
            ),
            False,
            False,
        ),
        (
            Side.SALES,
            Area.HANDOFF,
            t(
                "Handover to implementation means forwarding the signed contract; special terms sit in appendix C.",
                "Die Übergabe an die Implementierung besteht aus dem weitergeleiteten Vertrag; "
                "Sondervereinbarungen stehen in Anlage C.",
            ),
            t(
                "Engineering discovers custom commitments at the kickoff.",
                "Die Entwicklung entdeckt individuelle Zusagen erst beim Kickoff.",
            ),
            True,
            True,
        ),
        (
            Side.PRODUCT,
            Area.HANDOFF,
            t(
                "Engineering absorbs committed work by pulling people off planned work, "
                "without telling Sales what slips.",
                "Die Entwicklung fängt Zusagen auf, indem sie Leute von geplanter Arbeit "
                "abzieht – ohne dem Vertrieb zu sagen, was dafür liegen bleibt.",
            ),
            t(
                "Sales never sees the trade-off or which customer loses out.",
                "Der Vertrieb sieht weder den Zielkonflikt noch, welcher Kunde dafür warten muss.",
            ),
            True,
            False,
        ),
        (
            Side.SALES,
            Area.ESCALATION,
            t(
                "Escalations go straight to the CEO in the last two weeks of the quarter.",
                "Eskalationen landen in den letzten zwei Wochen des Quartals direkt bei der Geschäftsführung.",
            ),
            t(
                "Product is overruled without being heard, and decisions are made under pressure.",
                "Das Produktteam wird übergangen, ohne gehört zu werden, und entschieden wird unter Druck.",
            ),
            True,
            True,
        ),
        (
            Side.PRODUCT,
            Area.ESCALATION,
            t(
                "Product raises capacity risks only in the incident review, after something has broken.",
                "Das Produktteam spricht Kapazitätsrisiken erst im Incident-Review an, wenn schon etwas kaputt ist.",
            ),
            t(
                "Risks reach Sales too late to manage the customer's expectations.",
                "Risiken kommen zu spät beim Vertrieb an, um die Erwartungen des Kunden noch zu steuern.",
            ),
            False,
            False,
        ),
        (
            Side.SALES,
            Area.COMMUNICATION,
            t(
                "In the pipeline call, lost deals are reported as “Product said no”, without context.",
                "Im Pipeline-Call heißt es bei verlorenen Deals „Produkt hat abgelehnt“ – ohne Kontext.",
            ),
            t(
                "Product's reasons never reach the sales team, and the “blocker” label sticks.",
                "Die Gründe des Produktteams kommen im Vertrieb nie an, und das Etikett „Bremser“ bleibt hängen.",
            ),
            True,
            False,
        ),
        (
            Side.PRODUCT,
            Area.COMMUNICATION,
            t(
                "Release notes go out to customers before Sales has seen them.",
                "Release Notes gehen an die Kunden, bevor der Vertrieb sie kennt.",
            ),
            t(
                "Account executives are caught out by customers who know more than they do.",
                "Account Executives werden von Kunden überrascht, die mehr wissen als sie selbst.",
            ),
            False,
            False,
        ),
    ]
    return [
        WorkingPractice(
            id=i,
            session_id=SESSION_ID,
            side=side,
            area=area,
            current=current,
            pain_for_other_side=pain,
            triz_currently_doing=triz,
            stop_candidate=stop,
        )
        for i, (side, area, current, pain, triz, stop) in enumerate(rows, start=1)
    ]


# --- Stage 5: options and criteria -------------------------------------------------------


def _criteria(t: Pick) -> list[Criterion]:
    rows = [
        (t("ARR at stake", "ARR, der auf dem Spiel steht"), 3.0, CriterionSource.ARR),
        (
            t("Cost of delay", "Verzögerungskosten (Cost of Delay)"),
            2.0,
            CriterionSource.COST_OF_DELAY,
        ),
        (
            t("Accounts affected", "Anzahl betroffener Kunden"),
            1.0,
            CriterionSource.ACCOUNTS_AFFECTED,
        ),
        (
            t("Fit with the enterprise strategy", "Passung zur Enterprise-Strategie"),
            2.0,
            CriterionSource.STRATEGIC_FIT,
        ),
        (
            t("Easy to introduce (low effort)", "Leicht einzuführen (geringer Aufwand)"),
            1.5,
            CriterionSource.EFFORT,
        ),
    ]
    return [
        Criterion(id=i, session_id=SESSION_ID, name=name, weight=weight, source=source)
        for i, (name, weight, source) in enumerate(rows, start=1)
    ]


def _options(t: Pick) -> list[Option]:
    # Scores 1..5 per criterion id (1 ARR, 2 cost of delay, 3 accounts, 4 fit, 5 ease).
    rows = [
        (
            t(
                "Weekly deal desk (30 min) with a Product seat: every non-standard deal is "
                "reviewed before the proposal goes out.",
                "Wöchentlicher Deal Desk (30 Min.) mit festem Platz fürs Produktteam: Jeder "
                "Deal mit Sonderwünschen wird geprüft, bevor das Angebot rausgeht.",
            ),
            [1, 2, 6, 8],
            [1, 2],
            {1: 5, 2: 4, 3: 3, 4: 4, 5: 4},
            OptionStatus.ADOPTED,
        ),
        (
            t(
                "One intake form for deal-driven requests (account, ARR at stake, deadline, "
                "accounts affected); Product answers within five working days.",
                "Ein Intake-Formular für Anfragen aus Deals (Kunde, ARR im Risiko, Frist, "
                "betroffene Kunden); das Produktteam antwortet innerhalb von fünf Arbeitstagen.",
            ),
            [1, 3, 9, 10],
            [2, 3],
            {1: 4, 2: 5, 3: 4, 4: 3, 5: 4},
            OptionStatus.ADOPTED,
        ),
        (
            t(
                "Customer-promise policy: no dated commitment outside “Now” without Product "
                "sign-off, plus a one-page roadmap for Sales on what may be promised.",
                "Regel für Kundenzusagen: keine terminierte Zusage außerhalb von „Now“ ohne "
                "Freigabe durch das Produktteam, dazu eine einseitige Roadmap-Übersicht für "
                "den Vertrieb, was zugesagt werden darf.",
            ),
            [2, 6, 7, 8],
            [1, 2, 4],
            {1: 4, 2: 3, 3: 5, 4: 5, 5: 3},
            OptionStatus.ADOPTED,
        ),
        (
            t(
                "Reserve 20 % of engineering capacity each quarter for deal-driven work, allocated in the deal desk.",
                "Jedes Quartal 20 % der Entwicklungskapazität für Anfragen aus Deals "
                "reservieren; vergeben wird sie im Deal Desk.",
            ),
            [1, 4, 7],
            [1, 3],
            {1: 4, 2: 4, 3: 2, 4: 3, 5: 2},
            OptionStatus.SHORTLISTED,
        ),
        (
            t(
                "Pay commission only once every feature promised in the deal has shipped.",
                "Provision erst auszahlen, wenn alle im Deal zugesagten Features geliefert sind.",
            ),
            [8],
            [1],
            {1: 2, 2: 1, 3: 2, 4: 2, 5: 3},
            OptionStatus.REJECTED,
        ),
    ]
    return [
        Option(
            id=i,
            session_id=SESSION_ID,
            text=text,
            interest_ids=interests,
            tension_ids=tensions,
            scores={cid: float(score) for cid, score in scores.items()},
            status=status,
        )
        for i, (text, interests, tensions, scores, status) in enumerate(rows, start=1)
    ]


# --- Stage 6: agreements and decision rights ---------------------------------------------


def _agreements(t: Pick) -> list[Agreement]:
    return [
        Agreement(
            id=A_DEAL_DESK,
            session_id=SESSION_ID,
            option_id=1,
            text=t(
                "Deal desk: every deal with a custom feature, a dated product commitment or "
                "non-standard terms goes through the weekly deal desk (Tuesdays, 30 min) before "
                "the proposal is sent. Product has a seat and a say on scope and dates; "
                "pricing stays with Sales.",
                "Deal Desk: Jeder Deal mit individuellem Feature, terminierter Produktzusage "
                "oder Sonderkonditionen läuft vor dem Versand des Angebots über den "
                "wöchentlichen Deal Desk (dienstags, 30 Min.). Das Produktteam sitzt mit am "
                "Tisch und redet bei Umfang und Terminen mit; über den Preis entscheidet "
                "weiterhin der Vertrieb.",
            ),
            type=AgreementType.WORKING_AGREEMENT,
            driver_id=VP_SALES,
            approver_id=CEO,
            contributor_ids=[CPO, PM, AE_ENT],
            informed_ids=[AE_MID, ENG],
            consent={CEO: 5, VP_SALES: 4, AE_ENT: 4, AE_MID: 4, CPO: 5, PM: 4, ENG: 3},
            review_date=FIRST_REVIEW,
        ),
        Agreement(
            id=A_INTAKE,
            session_id=SESSION_ID,
            option_id=2,
            text=t(
                "Intake: every deal-driven request is filed through the intake form with "
                "account, ARR at stake, deadline and accounts affected – no more Slack direct "
                "messages. Product confirms receipt within two working days and decides "
                "“yes”, “not now” or “no”, with a reason, within five.",
                "Intake: Jede Anfrage aus einem Deal läuft über das Intake-Formular – mit "
                "Kunde, ARR im Risiko, Frist und betroffenen Kunden. Keine "
                "Slack-Direktnachrichten mehr. Das Produktteam bestätigt den Eingang innerhalb "
                "von zwei Arbeitstagen und entscheidet innerhalb von fünf: „ja“, „jetzt "
                "nicht“ oder „nein“, jeweils mit Begründung.",
            ),
            type=AgreementType.WORKING_AGREEMENT,
            driver_id=PM,
            approver_id=CEO,
            contributor_ids=[AE_MID, AE_ENT, ENG],
            informed_ids=[VP_SALES, CPO],
            consent={CEO: 5, VP_SALES: 4, AE_ENT: 4, AE_MID: 5, CPO: 4, PM: 5, ENG: 4},
            review_date=FIRST_REVIEW,
        ),
        Agreement(
            id=A_PROMISE,
            session_id=SESSION_ID,
            option_id=3,
            text=t(
                "Customer promises: no dated commitment to a customer for anything outside "
                "“Now” without written sign-off from the CPO, who answers within 48 hours. "
                "Product keeps a one-page roadmap for Sales that shows what may be promised.",
                "Kundenzusagen: Für alles außerhalb von „Now“ gibt es keine terminierte Zusage "
                "an Kunden ohne schriftliche Freigabe der CPO, die innerhalb von 48 Stunden "
                "antwortet. Das Produktteam pflegt eine einseitige Roadmap-Übersicht für den "
                "Vertrieb, aus der hervorgeht, was zugesagt werden darf.",
            ),
            type=AgreementType.POLICY,
            driver_id=CPO,
            approver_id=CEO,
            contributor_ids=[VP_SALES, ENG],
            informed_ids=[AE_ENT, AE_MID, PM],
            consent={CEO: 5, VP_SALES: 3, AE_ENT: 2, AE_MID: 3, CPO: 5, PM: 4, ENG: 5},
            review_date=FIRST_REVIEW,
        ),
        Agreement(
            id=A_OKR,
            session_id=SESSION_ID,
            option_id=None,
            text=t(
                "Shared Q4 OKR – Objective: grow revenue we can deliver. KR1: €2.4M new ARR "
                "from reviewed deals. KR2: no custom commitment signed without a deal-desk "
                "review. KR3: route-planning uptime of at least 99.8 %. Sales and Product "
                "report on it together in the monthly business review.",
                "Gemeinsames Q4-OKR – Objective: Umsatz wachsen lassen, den wir auch liefern "
                "können. KR1: 2,4 Mio. € Neu-ARR aus geprüften Deals. KR2: keine individuelle "
                "Zusage ohne Prüfung im Deal Desk. KR3: Verfügbarkeit der Tourenplanung von "
                "mindestens 99,8 %. Vertrieb und Produkt berichten gemeinsam im monatlichen "
                "Business Review.",
            ),
            type=AgreementType.SHARED_OKR,
            driver_id=VP_SALES,
            approver_id=CEO,
            contributor_ids=[CPO, ENG],
            informed_ids=[AE_ENT, AE_MID, PM],
            consent={CEO: 5, VP_SALES: 4, AE_ENT: 3, AE_MID: 4, CPO: 4, PM: 4, ENG: 4},
            review_date=OKR_REVIEW,
        ),
    ]


def _action_items(t: Pick) -> list[ActionItem]:
    # (agreement, text, owner, due, status, evidence)
    rows = [
        (
            A_DEAL_DESK,
            t(
                "Set up the weekly deal desk (Tuesdays 16:00, 30 min) and invite the CPO and a product manager.",
                "Wöchentlichen Deal Desk aufsetzen (dienstags 16 Uhr, 30 Min.) und CPO sowie einen PM einladen.",
            ),
            VP_SALES,
            "2026-10-20",
            ActionStatus.DONE,
            t(
                "First deal desk on 20 October: three deals reviewed, one date taken out of a proposal.",
                "Erster Deal Desk am 20. Oktober: drei Deals geprüft, ein Termin aus einem Angebot gestrichen.",
            ),
        ),
        (
            A_DEAL_DESK,
            t(
                "Write a one-page definition of a non-standard deal (custom feature, dated commitment, special terms).",
                "Auf einer Seite festhalten, was ein Deal mit Sonderwünschen ist (individuelles "
                "Feature, terminierte Zusage, Sonderkonditionen).",
            ),
            AE_ENT,
            "2026-10-23",
            ActionStatus.IN_PROGRESS,
            t(
                "Draft shared with Elena for comments.",
                "Entwurf liegt bei Sabine zur Abstimmung.",
            ),
        ),
        (
            A_INTAKE,
            t(
                "Build the intake form in the CRM with required fields for ARR at stake, "
                "deadline and accounts affected.",
                "Intake-Formular im CRM bauen, mit Pflichtfeldern für ARR im Risiko, Frist und betroffene Kunden.",
            ),
            PM,
            "2026-10-28",
            ActionStatus.IN_PROGRESS,
            "",
        ),
        (
            A_INTAKE,
            t(
                "Move the 23 open Slack requests into the intake form and triage them with Product.",
                "Die 23 offenen Slack-Anfragen ins Intake-Formular übertragen und gemeinsam "
                "mit dem Produktteam sichten.",
            ),
            AE_MID,
            "2026-10-31",
            ActionStatus.OPEN,
            "",
        ),
        (
            A_PROMISE,
            t(
                "Publish the one-page roadmap of what may be promised and walk the sales team through it.",
                "Die einseitige Roadmap-Übersicht („Was dürfen wir zusagen?“) veröffentlichen "
                "und dem Vertriebsteam vorstellen.",
            ),
            CPO,
            "2026-10-21",
            ActionStatus.DONE,
            t(
                "Posted in #sales on 21 October; walkthrough at the sales meeting on 22 October.",
                "Am 21. Oktober in #vertrieb geteilt, am 22. Oktober im Vertriebsmeeting vorgestellt.",
            ),
        ),
        (
            A_PROMISE,
            t(
                "Call Northport together with Product and agree a realistic Q1 date for the SAP connector.",
                "Gemeinsam mit dem Produktteam bei Nordhafen anrufen und einen realistischen "
                "Q1-Termin für den SAP-Connector vereinbaren.",
            ),
            AE_ENT,
            "2026-10-17",
            ActionStatus.DONE,
            t(
                "Call with Sam on 16 October; the customer agreed to a pilot starting in February.",
                "Telefonat mit Jan am 16. Oktober; der Kunde ist mit einem Pilotstart im Februar einverstanden.",
            ),
        ),
        (
            A_OKR,
            t(
                "Draft the shared Q4 OKR with baselines and present it at the all-hands.",
                "Gemeinsames Q4-OKR mit Ausgangswerten ausformulieren und im All-Hands vorstellen.",
            ),
            CEO,
            "2026-10-23",
            ActionStatus.IN_PROGRESS,
            "",
        ),
        (
            A_OKR,
            t(
                "Add uptime and “commitments reviewed” to the weekly revenue dashboard.",
                "Verfügbarkeit und „geprüfte Zusagen“ ins wöchentliche Umsatz-Dashboard aufnehmen.",
            ),
            ENG,
            "2026-10-30",
            ActionStatus.BLOCKED,
            t(
                "Waiting for the deal-desk field in the CRM (comes with the intake form).",
                "Wartet auf das Deal-Desk-Feld im CRM (kommt mit dem Intake-Formular).",
            ),
        ),
    ]
    return [
        ActionItem(
            id=i,
            session_id=SESSION_ID,
            agreement_id=agreement,
            text=text,
            owner_id=owner,
            due=due,
            status=status,
            evidence=evidence,
        )
        for i, (agreement, text, owner, due, status, evidence) in enumerate(rows, start=1)
    ]


# --- Stage 7: close and learn ------------------------------------------------------------

#: Pulse scores (1..7) per participant, in PULSE_ITEMS order: (before, after).
#: The CEO hosts and is not polled. Shared-goal clarity moves most; safety moves slowly.
_PULSE: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {
    VP_SALES: ((2, 3, 4, 3), (6, 4, 5, 4)),
    AE_ENT: ((2, 3, 3, 2), (5, 4, 4, 3)),
    AE_MID: ((3, 3, 3, 3), (6, 4, 5, 4)),
    CPO: ((3, 2, 4, 3), (6, 4, 5, 4)),
    PM: ((2, 3, 3, 3), (5, 4, 4, 4)),
    ENG: ((2, 2, 3, 3), (5, 4, 5, 4)),
}


def _pulse_responses() -> list[PulseResponse]:
    responses: list[PulseResponse] = []
    for phase, index in ((PulsePhase.BEFORE, 0), (PulsePhase.AFTER, 1)):
        for pid, scores in _PULSE.items():
            for item, score in zip(PULSE_ITEMS, scores[index], strict=True):
                responses.append(
                    PulseResponse(
                        id=len(responses) + 1,
                        session_id=SESSION_ID,
                        participant_id=pid,
                        phase=phase,
                        item_id=item,
                        score=score,
                    )
                )
    return responses


#: (stage, started, ended, elapsed seconds). Stage 2 overran by almost six minutes;
#: the ten-minute break after stage 3 is not counted as stage time.
_TIMELINE = (
    (1, "09:00:00", "09:11:30", 690),
    (2, "09:11:30", "09:37:10", 1540),
    (3, "09:37:10", "10:01:40", 1470),
    (4, "10:12:00", "10:31:20", 1160),
    (5, "10:31:20", "10:55:30", 1450),
    (6, "10:55:30", "11:15:10", 1180),
    (7, "11:15:10", "11:24:40", 570),
)


def _stage_logs() -> list[StageLog]:
    return [
        StageLog(
            id=number,
            session_id=SESSION_ID,
            stage=number,
            planned_minutes=stage(number).minutes,
            elapsed_seconds=float(elapsed),
            started=f"{DATE}T{start}",
            ended=f"{DATE}T{end}",
        )
        for number, start, end, elapsed in _TIMELINE
    ]


def _private_notes(t: Pick) -> list[PrivateNote]:
    rows = [
        (
            1,
            t(
                "Glasl estimate 3: the teams talk about each other rather than to each other, "
                "but there are no coalitions or threats. Reassess if personal attacks return "
                "in stage 2.",
                "Glasl-Einschätzung 3: Die Teams reden übereinander statt miteinander, aber es "
                "gibt keine Koalitionen und keine Drohungen. Neu einschätzen, falls in Phase 2 "
                "wieder persönliche Angriffe kommen.",
            ),
        ),
        (
            3,
            t(
                "Priya has said little since the “clean up your mess” remark and moved back "
                "from the table. Check in with her in the break before stage 4. Sam's reframe "
                "about commission is still unconfirmed – come back to it in stage 7, don't "
                "push now.",
                "Lena ist seit der Bemerkung mit dem „Chaos ausbaden“ sehr still und hat sich "
                "vom Tisch zurückgelehnt. In der Pause vor Phase 4 kurz mit ihr sprechen. "
                "Jans Umformulierung zur Provision ist noch nicht bestätigt – in Phase 7 "
                "darauf zurückkommen, jetzt nicht drängen.",
            ),
        ),
        (
            6,
            t(
                "Priya at two fingers on the promise policy. Her concern is concrete (answering "
                "customers in the meeting), not resistance. The 48-hour sign-off was added; "
                "talk to her one-to-one next week and revisit at the 30-day follow-up.",
                "Lena zeigt bei der Zusagen-Regel zwei Finger. Ihr Einwand ist konkret "
                "(Antwortfähigkeit im Kundentermin), kein Widerstand. Die Freigabe binnen "
                "48 Stunden ist ergänzt; nächste Woche im Einzelgespräch nachfassen und beim "
                "Follow-up nach 30 Tagen erneut aufgreifen.",
            ),
        ),
    ]
    return [
        PrivateNote(id=i, session_id=SESSION_ID, stage=number, text=text)
        for i, (number, text) in enumerate(rows, start=1)
    ]
