"""A small but complete Sales-vs-Product session for export tests and the export benchmark."""

from __future__ import annotations

from facilitator.domain import model as m

TEXT = {
    "en": {
        "title": "Q3 reset: Sales and Product",
        "concern": "48 hours is too slow for deals closing at quarter end.",
        "evidence": "Slots in the shared calendar since 8 Oct",
        "quarter": "Q3 2026",
        "trigger": "New ARR reached €1.64m of €2.0m. Two enterprise deals slipped; "
        "one was signed with a custom SSO commitment Product had not seen.",
        "ground_rules": "Facts before opinions. Speak for yourself. No verdicts about people. Phones away.",
        "roles": ["VP Sales", "Account Executive", "Chief Product Officer", "Engineering Lead", "CEO"],
        "incidents": [
            (
                "Nordwind Logistics",
                "SSO with Azure AD",
                "Contract signed on 28 Aug promising SSO by 15 Oct; Product learned of it on 2 Sep.",
                "Renewal of €120k ARR at risk",
                "Three sprints of unplanned work",
            ),
            (
                "Helix Bank",
                "Audit log export",
                "Request raised four times since May; no decision recorded.",
                "€310k deal slipped to Q4",
                "",
            ),
        ],
        "statements": [
            (
                "Product blocks everything.",
                "Three Q3 deal requests are undecided. When can we get a yes or no, and what is the constraint?",
            ),
            (
                "Sales promises the moon to get the deal.",
                "Contracts X and Y included features not "
                "on the roadmap. We would like a check before commitments are written.",
            ),
            (
                "Nobody asks us and we clean up your mess.",
                "We learned of the SSO commitment after signature; it cost about three sprints.",
            ),
        ],
        "goals": [
            ("Close the Q4 gap of €360k new ARR", "New ARR", "€1.64m", "€2.0m", "", "quarter"),
            ("Ship the Now column of the roadmap on time", "Now items shipped", "55", "85", "%", "quarter"),
            (
                "Every customer commitment is one both teams can keep",
                "Commitments signed with Product review",
                "20",
                "100",
                "%",
                "half",
            ),
        ],
        "interests": [
            ("sales", "Predictable answers to customers within two weeks"),
            ("sales", "Keep strategic accounts such as Nordwind"),
            ("product", "A plannable roadmap that is not rewritten by each deal"),
            ("product", "Be consulted before a feature is promised"),
        ],
        "tension": "Quarterly revenue pushes for custom commitments; roadmap stability needs fewer.",
        "practices": [
            (
                "sales",
                "commitment",
                "AEs commit features in contracts to close in the quarter.",
                "Unplanned work lands in running sprints.",
            ),
            (
                "product",
                "intake",
                "Requests arrive via Slack and are triaged when there is time.",
                "Sales cannot tell customers when to expect an answer.",
            ),
            (
                "product",
                "prioritisation",
                "Roadmap reviewed quarterly by Product only.",
                "Deal needs surface too late to be planned.",
            ),
            (
                "sales",
                "handoff",
                "Deal notes stay in the CRM; Product is not tagged.",
                "Product learns of commitments after signature.",
            ),
        ],
        "criteria": [
            ("ARR at stake", 3.0, "arr"),
            ("Accounts affected", 2.0, "accounts_affected"),
            ("Effort (inverse)", 1.5, "effort"),
        ],
        "options": [
            "Deal desk: Product reviews every non-standard commitment within 48 hours",
            "Intake form with revenue at stake, triaged weekly",
            "Dedicated sprint capacity (15 %) for deal-critical items",
        ],
        "agreements": [
            "No dated customer commitment outside the Now column without Product sign-off.",
            "Feature requests go through the intake form with ARR at stake; decision within 10 working days.",
        ],
        "actions": [
            "Set up the deal desk calendar slot (Tue and Thu)",
            "Publish the intake form and announce it to Sales",
            "Review open Q3 requests and give yes/no with reasons",
            'Add a "Product review" step to the CRM contract stage',
            "Draft the customer-promise policy text",
        ],
        "learnings": "Both teams are measured on goals that pull against each other in the last "
        "month of a quarter. Talking about the process, not the people, made this visible.",
        "hardest_reason": "End-of-quarter pressure will test it first.",
    },
    "de": {
        "title": "Q3-Neustart: Vertrieb und Produkt",
        "concern": "48 Stunden sind für Abschlüsse am Quartalsende zu langsam.",
        "evidence": "Termine stehen seit 8. Okt. im gemeinsamen Kalender",
        "quarter": "Q3 2026",
        "trigger": "Neuer ARR lag bei 1,64 Mio. € statt 2,0 Mio. €. Zwei Großkunden-Deals sind "
        "verrutscht; einer wurde mit einer SSO-Zusage unterschrieben, die das Produktteam nicht kannte.",
        "ground_rules": "Fakten vor Meinungen. Jede und jeder spricht für sich. Keine Urteile über "
        "Personen. Handys weg.",
        "roles": [
            "Vertriebsleiterin",
            "Account Executive",
            "Chief Product Officer",
            "Leiter Entwicklung",
            "Geschäftsführerin",
        ],
        "incidents": [
            (
                "Nordwind Logistik GmbH",
                "SSO mit Azure AD",
                "Vertrag am 28.08. mit SSO-Zusage bis 15.10. unterschrieben; das Produktteam erfuhr am 02.09. davon.",
                "Verlängerung über 120.000 € ARR gefährdet",
                "Drei Sprints ungeplanter Aufwand",
            ),
            (
                "Helix Bank AG",
                "Export des Audit-Logs",
                "Seit Mai viermal angefragt; keine Entscheidung dokumentiert.",
                "Deal über 310.000 € ins vierte Quartal verschoben",
                "",
            ),
        ],
        "statements": [
            (
                "Ihr blockiert immer alles.",
                "Drei Anfragen aus Q3 sind unentschieden. Bis wann ist eine Entscheidung möglich, und woran hängt es?",
            ),
            (
                "Der Vertrieb verspricht das Blaue vom Himmel.",
                "Im Vertrag mit Kunde X stand "
                "Funktion F, die nicht auf der Roadmap war. Wir brauchen eine Prüfung vor Zusagen.",
            ),
            (
                "Nie werden wir gefragt, und wir müssen es ausbaden.",
                "Von der SSO-Zusage haben wir nach Vertragsschluss erfahren, Aufwand ca. drei Sprints.",
            ),
        ],
        "goals": [
            (
                "Die Lücke von 360.000 € Neu-ARR in Q4 schließen",
                "Neuer ARR",
                "1,64 Mio. €",
                "2,0 Mio. €",
                "",
                "quarter",
            ),
            (
                "Die „Jetzt“-Spalte der Roadmap pünktlich liefern",
                "Gelieferte Jetzt-Themen",
                "55",
                "85",
                "%",
                "quarter",
            ),
            (
                "Jede Kundenzusage ist eine, die beide Teams halten können",
                "Zusagen mit Produktprüfung",
                "20",
                "100",
                "%",
                "half",
            ),
        ],
        "interests": [
            ("sales", "Verlässliche Antworten an Kunden innerhalb von zwei Wochen"),
            ("sales", "Strategische Kunden wie Nordwind halten"),
            ("product", "Eine planbare Roadmap, die nicht von jedem Deal umgeschrieben wird"),
            ("product", "Gefragt werden, bevor eine Funktion zugesagt wird"),
        ],
        "tension": "Quartalsumsatz drängt zu Sonderzusagen; Roadmap-Stabilität braucht weniger davon.",
        "practices": [
            (
                "sales",
                "commitment",
                "AEs sagen Funktionen im Vertrag zu, um im Quartal abzuschließen.",
                "Ungeplante Arbeit landet in laufenden Sprints.",
            ),
            (
                "product",
                "intake",
                "Anfragen kommen über Slack und werden bearbeitet, wenn Zeit ist.",
                "Der Vertrieb kann Kunden nicht sagen, wann eine Antwort kommt.",
            ),
            (
                "product",
                "prioritisation",
                "Die Roadmap wird quartalsweise nur vom Produktteam geprüft.",
                "Deal-Bedarfe tauchen zu spät auf, um sie einzuplanen.",
            ),
            (
                "sales",
                "handoff",
                "Deal-Notizen bleiben im CRM; das Produktteam wird nicht markiert.",
                "Das Produktteam erfährt von Zusagen erst nach Unterschrift.",
            ),
        ],
        "criteria": [
            ("ARR im Spiel", 3.0, "arr"),
            ("Betroffene Kunden", 2.0, "accounts_affected"),
            ("Aufwand (umgekehrt)", 1.5, "effort"),
        ],
        "options": [
            "Deal-Desk: Das Produktteam prüft jede Sonderzusage binnen 48 Stunden",
            "Anfrageformular mit Umsatz im Spiel, wöchentlich gesichtet",
            "Feste Sprint-Kapazität (15 %) für deal-kritische Themen",
        ],
        "agreements": [
            "Keine datierte Kundenzusage außerhalb der „Jetzt“-Spalte ohne Freigabe durch das Produktteam.",
            "Funktionswünsche laufen über das Anfrageformular mit ARR im Spiel; Entscheidung binnen 10 Arbeitstagen.",
        ],
        "actions": [
            "Termin für den Deal-Desk einrichten (Di. und Do.)",
            "Anfrageformular veröffentlichen und im Vertrieb vorstellen",
            "Offene Q3-Anfragen sichten und mit Begründung zu- oder absagen",
            "Schritt „Produktprüfung“ in der CRM-Vertragsphase ergänzen",
            "Text der Richtlinie für Kundenzusagen entwerfen",
        ],
        "learnings": "Beide Teams werden an Zielen gemessen, die im letzten Monat eines Quartals "
        "gegeneinander ziehen. Über den Prozess statt über Personen zu sprechen, hat das sichtbar gemacht.",
        "hardest_reason": "Der Druck zum Quartalsende wird sie als Erstes auf die Probe stellen.",
    },
}

NAMES = ["Anna Keller", "Marco Rossi", "Priya Nair", "Jonas Weber", "Claire Dubois"]
SIDES = [m.Side.SALES, m.Side.SALES, m.Side.PRODUCT, m.Side.PRODUCT, m.Side.CEO]

#: Planted in every private note by default, so tests can look for it in every output.
PRIVATE_MARKER = "PRIVATE-NOTE-MARKER"


def make_session(lang: str = "en", marker: str = PRIVATE_MARKER) -> m.SessionData:
    t = TEXT[lang]
    sid = 7
    session = m.Session(
        id=sid,
        title=t["title"],
        date="2026-10-06",
        trigger_type=m.TriggerType.MISSED_TARGET,
        trigger_quarter=t["quarter"],
        trigger_gap_pct=18.0,
        trigger_text=t["trigger"],
        glasl_stage=3,
        status=m.SessionStatus.CLOSED,
        ground_rules=t["ground_rules"],
        current_stage=7,
        follow_up_date="2026-11-05",
        anonymous=False,  # names the attendees; tests of anonymity switch it on
        created="2026-10-01T09:12:00+00:00",
        updated="2026-10-06T12:40:00+00:00",
    )
    data = m.SessionData(session=session)
    for i, (name, side, role) in enumerate(zip(NAMES, SIDES, t["roles"], strict=True), start=1):
        data.participants.append(
            m.Participant(id=i, session_id=sid, name=name, role=role, side=side, is_decision_maker=i in (1, 3, 5))
        )
    session.ground_rule_consent = {1: 4, 2: 5, 3: 4, 4: 3, 5: 5}
    for i, (account, feature, facts, revenue, other) in enumerate(t["incidents"], start=1):
        data.incidents.append(
            m.Incident(
                id=i,
                session_id=sid,
                date=f"2026-0{7 + i}-2{i}",
                account=account,
                deal_value=120000.0 if i == 1 else 310000.0,
                feature=feature,
                facts=facts,
                impact_revenue=revenue,
                impact_other=other,
            )
        )
    for i, (raw, reframe) in enumerate(t["statements"], start=1):
        data.statements.append(
            m.Statement(
                id=i,
                session_id=sid,
                participant_id=(1, 3, 4)[i - 1],
                stage=2,
                ts=f"2026-10-06T09:{20 + i}:00+00:00",
                lang=lang,
                raw_text=raw,
                kind=m.StatementKind.EVALUATION,
                reframe_text=reframe,
                reframe_confirmed=i != 3,
            )
        )
    owners = [m.GoalOwner.SALES, m.GoalOwner.PRODUCT, m.GoalOwner.SHARED]
    for i, (objective, metric, baseline, target, unit, horizon) in enumerate(t["goals"], start=1):
        data.goals.append(
            m.Goal(
                id=i,
                session_id=sid,
                owner=owners[i - 1],
                objective=objective,
                metric=metric,
                baseline=baseline,
                target=target,
                unit=unit,
                horizon=m.Horizon(horizon),
                due="2026-12-31" if i < 3 else "2027-03-31",
                confidence=0.6,
            )
        )
    session.shared_goal_id = 3
    for i, (side, text) in enumerate(t["interests"], start=1):
        data.interests.append(m.Interest(id=i, session_id=sid, side=m.Side(side), text=text))
    data.interests[0].source_statement_id = 1
    data.perspective_checks.append(
        m.PerspectiveCheck(id=1, session_id=sid, goal_id=1, paraphraser_id=3, attempts=2, confirmed=True)
    )
    data.tensions.append(
        m.Tension(
            id=1,
            session_id=sid,
            goal_a_id=1,
            goal_b_id=2,
            type=m.TensionType.CONFLICT,
            severity=4,
            incident_ids=[1, 2],
            note=t["tension"],
        )
    )
    for i, (side, area, current, pain) in enumerate(t["practices"], start=1):
        data.working_practices.append(
            m.WorkingPractice(
                id=i,
                session_id=sid,
                side=m.Side(side),
                area=m.Area(area),
                current=current,
                pain_for_other_side=pain,
                triz_currently_doing=i == 1,
                stop_candidate=i in (1, 4),
            )
        )
    for i, (name, weight, source) in enumerate(t["criteria"], start=1):
        data.criteria.append(
            m.Criterion(id=i, session_id=sid, name=name, weight=weight, source=m.CriterionSource(source))
        )
    scores = [{1: 5.0, 2: 4.0, 3: 3.0}, {1: 3.0, 2: 5.0, 3: 4.0}, {1: 4.0, 2: 2.0, 3: 2.0}]
    statuses = [m.OptionStatus.ADOPTED, m.OptionStatus.ADOPTED, m.OptionStatus.REJECTED]
    for i, text in enumerate(t["options"], start=1):
        data.options.append(
            m.Option(
                id=i,
                session_id=sid,
                text=text,
                interest_ids=[1, 4],
                tension_ids=[1],
                scores=scores[i - 1],
                status=statuses[i - 1],
            )
        )
    types = [m.AgreementType.POLICY, m.AgreementType.WORKING_AGREEMENT]
    for i, text in enumerate(t["agreements"], start=1):
        data.agreements.append(
            m.Agreement(
                id=i,
                session_id=sid,
                option_id=i,
                text=text,
                type=types[i - 1],
                driver_id=3 if i == 1 else 1,
                approver_id=5,
                contributor_ids=[1, 4] if i == 1 else [3],
                informed_ids=[2],
                consent={1: 4, 2: 2 if i == 1 else 4, 3: 5, 4: 4, 5: 5},
                concern=t["concern"] if i == 1 else "",
                review_date="2026-12-01",
            )
        )
    session.hardest_agreement_id = 1
    session.learnings = t["learnings"]
    session.hardest_reason = t["hardest_reason"]
    action_plan = [
        (1, 3, "2026-10-09", m.ActionStatus.DONE),
        (2, 4, "2026-10-13", m.ActionStatus.IN_PROGRESS),
        (2, 3, "2026-10-16", m.ActionStatus.OPEN),
        (1, 2, "2026-10-20", m.ActionStatus.BLOCKED),
        (1, 5, "", m.ActionStatus.OPEN),
    ]
    for i, (text, (agreement, owner, due, status)) in enumerate(zip(t["actions"], action_plan, strict=True), 1):
        data.action_items.append(
            m.ActionItem(
                id=i,
                session_id=sid,
                agreement_id=agreement,
                text=text,
                owner_id=owner,
                due=due,
                status=status,
                evidence=t["evidence"] if i == 1 else "",
            )
        )
    rid = 0
    for phase, base in ((m.PulsePhase.BEFORE, 2), (m.PulsePhase.AFTER, 4)):
        for pid in range(1, 6):
            for k, item in enumerate(m.PULSE_ITEMS):
                rid += 1
                score = min(7, base + (pid + k) % 3)
                data.pulse_responses.append(
                    m.PulseResponse(id=rid, session_id=sid, participant_id=pid, phase=phase, item_id=item, score=score)
                )
    for stage in range(1, 8):
        data.stage_logs.append(
            m.StageLog(
                id=stage,
                session_id=sid,
                stage=stage,
                planned_minutes=(10, 20, 25, 20, 25, 20, 10)[stage - 1],
                elapsed_seconds=600.0 * stage,
                started=f"2026-10-06T0{8 + stage // 4}:00:00+00:00",
            )
        )
    data.follow_ups.append(
        m.FollowUp(
            id=1,
            session_id=sid,
            scheduled="2026-11-05",
            reviews=[{"agreement_id": 1, "kept": "partly", "note": "One exception in week 2."}],
        )
    )
    for i, stage in enumerate((1, 2, 3, 5, 6, 7), start=1):
        data.private_notes.append(
            m.PrivateNote(id=i, session_id=sid, stage=stage, text=f"{marker} Marco seems defensive (stage {stage})")
        )
    return data


def make_large_session(items: int = 300, lang: str = "en") -> m.SessionData:
    """The sample session grown to about `items` captured items (benchmark)."""
    data = make_session(lang)
    sid = data.session.id
    per_kind = max(1, items // 5)
    for i in range(per_kind):
        data.statements.append(
            m.Statement(
                id=100 + i,
                session_id=sid,
                participant_id=1 + i % 5,
                raw_text="raw",
                reframe_text=f"Reframed statement {i}: the request took about {i % 9 + 2} weeks.",
                reframe_confirmed=True,
            )
        )
        data.working_practices.append(
            m.WorkingPractice(
                id=100 + i,
                session_id=sid,
                side=m.Side.SALES if i % 2 else m.Side.PRODUCT,
                area=list(m.Area)[i % 7],
                current=f"Practice {i}: how it works today, in a sentence.",
                pain_for_other_side=f"Pain {i} for the other side.",
            )
        )
        data.options.append(
            m.Option(
                id=100 + i,
                session_id=sid,
                text=f"Option {i}: a way forward for both sides",
                scores={1: float(i % 5), 2: float(i % 3), 3: 2.0},
            )
        )
        data.agreements.append(
            m.Agreement(
                id=100 + i,
                session_id=sid,
                text=f"Agreement {i}: what we will do differently.",
                driver_id=1,
                approver_id=5,
                contributor_ids=[3],
                informed_ids=[2],
                consent={1: 4, 2: 3, 3: 5 if i % 4 else 1},
            )
        )
        data.action_items.append(
            m.ActionItem(
                id=100 + i,
                session_id=sid,
                agreement_id=100 + i,
                text=f"Action {i}: follow up with the team",
                owner_id=1 + i % 5,
                due=f"2026-11-{1 + i % 28:02d}",
                status=list(m.ActionStatus)[i % 5],
            )
        )
    return data
