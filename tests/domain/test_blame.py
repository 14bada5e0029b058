"""The blame-language detector against playbook section 3 and a hand-written corpus."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain import blame
from facilitator.domain.blame import Hit, Level, level, rule, rules, scan, score
from facilitator.resources import read_text

CORPUS = json.loads((Path(__file__).parent / "data" / "blame_corpus.json").read_text("utf-8"))


def rule_ids(text: str) -> set[str]:
    return {h.rule_id for h in scan(text)}


def spans(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for h in scan(text):
        out.setdefault(h.rule_id, []).append(text[h.start : h.end])
    return out


# --- playbook section 3 -----------------------------------------------------------------

# The 16 example accusations with the rules listed beside them in the playbook. Each must hit
# exactly those rules: not fewer, and no others.
PLAYBOOK_EXAMPLES = [
    ("Product blocks everything.", {"R4", "R1"}),
    ("You're way too slow.", {"R2"}),
    ("Just this one feature and the customer is happy.", {"R6"}),
    ("Sales promises the moon to get the deal.", {"R5"}),
    ("Nobody asks us and we clean up your mess.", {"R7", "R8", "R1"}),
    ("You only care about your bonus.", {"R9"}),
    ("You guys never listen to customers.", {"R2", "R1"}),
    ("Why do you always sell vaporware?", {"R10", "R2", "R1", "R5"}),
    ("Ihr blockiert immer alles.", {"R2", "R4", "R1"}),
    ("Die da oben im Produkt haben keine Ahnung vom Kunden.", {"R2", "R3"}),
    ("Der Vertrieb verspricht das Blaue vom Himmel.", {"R5"}),
    ("Nie werden wir gefragt, und wir müssen es ausbaden.", {"R7", "R8", "R1"}),
    ("Das ist rücksichtslos gegenüber dem Team.", {"R3"}),
    ("Nur dieses eine Feature, dann ist der Kunde glücklich.", {"R6"}),
    ("Typisch Vertrieb – Hauptsache, der Deal ist drin.", {"R11"}),
    ("Euch ist der Kunde doch egal.", {"R9", "R2"}),
]

PLAYBOOK_REFRAMES = [
    "Three Q3 deal requests (A, B, C) are undecided. When can we get a yes/no, and what's the constraint?",
    "Request-to-decision takes about 6 weeks; our deals need about 2. Where does the time go?",
    "Customer X (€120k ARR) needs F to renew. What's the effort, and do other accounts need it?",
    "Contracts X and Y included features not on the roadmap. We'd like a check before commitments are written.",
    "We learned of commitment Z after signature; it cost about 3 sprints. We need to be "
    "consulted before custom commitments.",
    "Quarterly revenue seems to be your key measure. How does it shape which deals you push?",
    "Feedback from accounts X and Y wasn't discussed in the last two roadmap reviews. How can "
    "Sales input reach prioritisation?",
    "What did the customer hear about F, and what roadmap information did the rep have then?",
    "Drei Anfragen aus Q3 sind unentschieden. Bis wann ist eine Entscheidung möglich, und woran hängt es?",
    "Feedback aus Deals X und Y kommt im Produktteam offenbar nicht an. Wie fließt es in die Priorisierung ein?",
    "Im Vertrag mit Kunde X stand Funktion F, die nicht auf der Roadmap war. Wir brauchen eine "
    "Prüfung vor schriftlichen Zusagen.",
    "Von Zusage Z haben wir nach Vertragsschluss erfahren, Aufwand ca. drei Sprints. Wir "
    "möchten vorher einbezogen werden.",
    "Die kurzfristige Änderung hat zwei Releases verschoben. Mir ist Planbarkeit für das Team wichtig.",
    "Kunde X (120 T€ ARR) braucht F für die Verlängerung. Wie hoch ist der Aufwand, brauchen andere Kunden das auch?",
    "Ich sehe einen Zielkonflikt zwischen Quartalsumsatz und Roadmap-Stabilität. Wie messen wir beides?",
    "Was war euch bei der Entscheidung wichtig? Mir ist wichtig, dass Kunde X bleibt.",
]

# What the facilitator reads out (playbook section 1) must not light up either.
FACILITATOR_PROMPTS = [
    "We missed the quarter together. I assume everyone acted in good faith on what they knew. "
    "Today is about how we work, not who's at fault.",
    "Wir haben das Quartal gemeinsam verfehlt. Ich gehe davon aus, dass alle nach bestem "
    "Wissen gehandelt haben. Heute geht es um unsere Zusammenarbeit, nicht um Schuld.",
    "What happened — what would a camera have recorded?",
    "Was ist konkret passiert – was hätte eine Kamera aufgezeichnet?",
    "Woran werdet ihr dieses Quartal gemessen, und was passiert, wenn ihr es verfehlt?",
    "Warum ist euch diese Forderung wichtig?",
    "Fasst ihr Ziel zusammen, bis sie sagen: ‚Genau so.'",
    "Wie entsteht bei euch eine Kundenzusage / wie wird eine Anfrage zur Roadmap?",
    "How could we guarantee we miss next quarter and distrust each other? Which of these do we already do?",
    "Wie stellen wir sicher, dass wir das nächste Quartal verfehlen und uns misstrauen? Was davon tun wir schon?",
    "Who drives, who approves, who must be consulted?",
    "Fingerzeichen: Könnt ihr das mittragen?",
    "Welche Vereinbarung ist am schwersten einzuhalten – und warum?",
]


@pytest.mark.parametrize(("text", "expected"), PLAYBOOK_EXAMPLES)
def test_playbook_example_hits_exactly_its_rules(text: str, expected: set[str]) -> None:
    assert rule_ids(text) == expected


@pytest.mark.parametrize("text", PLAYBOOK_REFRAMES + FACILITATOR_PROMPTS)
def test_reframes_and_prompts_hit_nothing(text: str) -> None:
    assert blame.scan_rules(text) == []
    if text not in MODEL_FALSE_ALARMS:
        assert scan(text) == [], spans(text)


def test_playbook_examples_reach_at_least_soft() -> None:
    for text, _ in PLAYBOOK_EXAMPLES:
        assert level(score(scan(text))) is not Level.NONE, text


# --- false alarms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Immerhin haben wir zwei Deals gerettet.",
        "Das Meeting ist im großen Zimmer.",
        "Der Preis liegt bei 30 Euro pro Nutzer.",
        "Die Linie zwischen Now und Next ist unscharf.",
        "Ihr Angebot ist gut, ihr Team hat pünktlich geliefert.",
        "Always happy to help!",
        "We're always happy to help with demos.",
        "Thanks, you guys are always so helpful.",
        "You're always welcome to join the sprint review.",
        "Ihr seid immer so hilfsbereit, danke!",
        "Ihr habt uns nie im Stich gelassen.",
        "Sales never lets us down.",
        "Ist das immer noch der aktuelle Stand?",
        "Immer mehr Kunden fragen nach SSO.",
        "Nie wieder Ausfälle wie im März – das ist unser Ziel.",
        "Vielen Dank euch allen für die Vorbereitung.",
        "Just one question before we move on.",
        "Um Ausfälle zu verhindern, führen wir ein Review ein.",
        "The API work is blocked on the security review until Friday.",
        "Can we block out two hours for the roadmap review?",
        "Grundsätzlich sind wir einverstanden.",
        "I have no idea whether legal has signed off.",
        "The typical sales cycle is about 90 days.",
        "Heute geht es nicht darum, wer schuld ist.",
        # Facts about objects, owned statements and forward-looking goals.
        "The customer never received the updated contract, so legal is resending it.",
        "Der Kunde hat den aktualisierten Vertrag nie bekommen, die Rechtsabteilung schickt ihn erneut.",
        "We missed the deadline on the audit log because we underestimated the migration.",
        "Wir haben die Frist verpasst, weil wir die Datenmigration unterschätzt haben.",
        "Every time we ship, the changelog goes to all customers.",
        "Jedes Mal, wenn wir releasen, geht der Changelog an alle Kunden.",
        "Nothing gets shipped without a security review, which is good.",
        "In den Q3-Zahlen gibt es nichts als gute Nachrichten.",
        "Every deal comes with a standard SLA of 99.9 percent.",
        # The new sarcasm/contempt markers in their ordinary, neutral use.
        "In the so-called DACI model, the Approver has the final say.",
        "Im sogenannten DACI-Modell hat der Approver das letzte Wort.",
        "What does 'urgent' mean for each of your teams?",
        "As usual, I'll send the notes after the session.",
        "Wie immer gilt: Was hier besprochen wird, bleibt im Raum.",
        "Let's not let priority go to whoever shouts loudest; we need criteria.",
        "Die Priorität soll nicht an den gehen, der am lautesten schreit; wir brauchen Kriterien.",
        "The roadmap is not carved in stone; we can revisit it in July.",
        "Die Roadmap ist nicht in Stein gemeißelt; wir schauen im Juli wieder drauf.",
        "Anna is sitting in meetings all afternoon, so she'll reply tomorrow.",
        "The PMs sit in meetings with customers every week.",
        "They treated us like partners throughout the negotiation.",
        "Die Entwicklung behandelt Sicherheitsfixes wie vereinbart mit höchster Priorität.",
        "That was a joke, by the way, nobody needs to worry.",
        "Das ist kein Witz: Die Conversion ist um drei Punkte gestiegen.",
        "Kriegt ihr die Zahlen bis Freitag hin?",
        "Dürfen wir wieder ins große Zimmer umziehen?",
        "While we wait for legal, let's prepare the demo.",
        "Während wir auf die Rechtsabteilung warten, bereiten wir die Demo vor.",
        "Thanks to sales, we now have a clear picture of the pipeline.",
        "Dank eurer Hilfe müssen wir den Vertrag nicht neu verhandeln.",
        "You're the reason the renewal went through, thank you.",
        "Ihr seid der Grund, dass die Verlängerung geklappt hat – danke!",
        "Nobody has signed off on the Q4 plan yet.",
        "Den Q4-Plan hat noch niemand freigegeben.",
        "Wir wollen künftig Überraschungszusagen vermeiden.",
        "Sales just closed the Initech deal, congratulations to the team.",
        "Product only covers the EU region in the first release.",
        "Typically, enterprise deals take two approval rounds.",
        "Let me guess, you'd both like more lead time?",
        "The sales team is good at explaining why a customer should upgrade.",
        "Die Antwort ist grundsätzlich nein, außer der Kunde zahlt die Anpassung.",
        "Hier gibt niemand jemandem die Schuld; wir schauen auf den Ablauf.",
    ],
)
def test_false_alarm_guard(text: str) -> None:
    assert blame.scan_rules(text) == [], spans(text)
    if text not in MODEL_FALSE_ALARMS:
        assert scan(text) == [], spans(text)


# Where the sentence model disagrees with these hand-picked sentences, listed so that it stays
# visible (the held-out figures in test_blame_model.py measure how often it is right). False
# flags: the model reads them like the accusations it learned (round 5 model).
MODEL_FALSE_ALARMS = {
    "Quarterly revenue seems to be your key measure. How does it shape which deals you push?",
    "Hier gibt niemand jemandem die Schuld; wir schauen auf den Ablauf.",
    "around here, as usual",  # a fragment that does read as a jab
    # the playbook's own reframe: "offenbar" (apparently) is how insinuation sounds
    "Feedback aus Deals X und Y kommt im Produktteam offenbar nicht an. Wie fließt es in die Priorisierung ein?",
    # holdout 1: German "also" opens many a reproach in the corpus ("Also wirklich ...")
    "Hier gibt es nicht die eine richtige Antwort, also schauen wir uns Optionen an.",
}
# Misses: the rules mark the words, the model reads the sentence as fair and silences them
# (round 4 had one: "Get your act together before the next customer call.").
MODEL_MISSES: set[str] = set()


def test_the_lists_of_model_disagreements_are_current() -> None:
    """A sentence the model gets right again leaves the list (retraining changes them)."""
    assert all(scan(text) for text in MODEL_FALSE_ALARMS)
    assert all(score(scan(text)) < blame.SOFT_AT and blame.scan_rules(text) for text in MODEL_MISSES)


# Implied blame without the original lexicon's marker words: each structure must be caught
# by the rule named. These are tuning sentences (the blind sets are never used in tests).
GENERALISED = [
    # out-group subject + habitual or dismissive verb
    ("The product team only ever says no.", "R14"),
    ("Sales just signs whatever lands on the table.", "R14"),
    ("They just ignore us.", "R4"),
    ("Das Produktteam sagt sowieso zu allem nein.", "R1"),
    ("Die lassen uns doch jedes Mal auflaufen.", "R8"),
    ("Der Vertrieb denkt nur bis zum Quartalsende.", "R14"),
    ("Sales lives quarter to quarter and leaves the long-term mess to us.", "R8"),
    # sarcasm and irony
    ("Your so-called prioritisation is just whoever shouts loudest.", "R14"),
    ("Eure sogenannte Priorisierung heißt: Wer am lautesten schreit, gewinnt.", "R14"),
    ("Their 'agile process' means nothing gets finished.", "R14"),
    ("Eure 'Priorisierung' ist ein Würfelspiel.", "R14"),
    ("Engineering, as usual, found a reason to push it out.", "R14"),
    ("Das Produkt hat sich natürlich wieder nicht gemeldet.", "R14"),
    ("Yeah right, like product ever delivers on time.", "R14"),
    # rhetorical questions
    ("Why does it take a CEO escalation to get anything shipped around here?", "R10"),
    ("Warum braucht es bei euch erst eine Eskalation beim CEO, damit sich was bewegt?", "R10"),
    ("Ist das zu viel verlangt, vorher Bescheid zu sagen?", "R10"),
    ("Was macht ihr eigentlich den ganzen Tag?", "R10"),
    ("What do you guys actually do all day?", "R10"),
    # contempt and belittling
    ("The product team just sits in meetings while we lose customers.", "R14"),
    ("Das Produktteam sitzt nur in Meetings, während uns die Kunden weglaufen.", "R8"),
    ("The devs are busy playing with their new framework while customers wait.", "R14"),
    ("Die Entwickler spielen lieber mit neuen Frameworks, als Bugs zu fixen.", "R14"),
    ("Product has turned 'no' into a personality.", "R14"),
    ("You guys treat the roadmap like it's carved in stone.", "R14"),
    ("Product treats every customer request like an insult.", "R14"),
    ("Das Produktteam behandelt jede Kundenanfrage wie eine Zumutung.", "R14"),
    ("They sell first and think later.", "R14"),
    ("Die verkaufen erst und denken hinterher.", "R14"),
    ("Working with product is like talking to a wall.", "R14"),
    ("Engineering estimates are pure fiction.", "R14"),
    ("Deadlines sind für die Entwicklung offenbar optional.", "R14"),
    # over-generalised quantifiers over the other team's behaviour
    ("Every deal comes with a surprise commitment nobody agreed to.", "R7"),
    ("Jeder Deal kommt mit einer Überraschungszusage, die niemand abgestimmt hat.", "R7"),
    ("Every request from sales turns into a six-week debate.", "R1"),
    ("Vom Produkt kommt nichts als Folien.", "R1"),
    ("Engineering's answer to every request is 'it depends'.", "R1"),
    # imperatives and contempt toward a team
    ("Get your act together before the next customer call.", "R14"),
    ("Kriegt das endlich gebacken!", "R14"),
    ("Die kriegen einfach nichts gebacken.", "R14"),
    # fault, burden, exclusion by structure
    ("You're the reason we lost the Globex deal.", "R12"),
    ("We keep paying for sales' shortcuts.", "R8"),
    ("Wir zahlen dauernd für die Abkürzungen vom Vertrieb.", "R8"),
    ("Dank des Vertriebs dürfen wir jetzt wieder Nachtschichten schieben.", "R8"),
    ("Product is a black box and nobody knows what they're working on.", "R7"),
    ("The PMs love their frameworks more than their customers.", "R9"),
]


@pytest.mark.parametrize(("text", "rule_id"), GENERALISED)
def test_generalised_structures_are_caught(text: str, rule_id: str) -> None:
    assert rule_id in {h.rule_id for h in blame.scan_rules(text)}, spans(text)
    if text not in MODEL_MISSES:
        assert rule_id in rule_ids(text), spans(text)
        assert level(score(scan(text))) is not Level.NONE


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("the so-called deal desk", "so-called"),
        ("around here, as usual", "as usual"),
        ("Every time we ship, the notes go out.", "Every time"),
        ("Jedes Mal, wenn wir releasen, geht der Changelog raus.", "Jedes Mal"),
        ("Es gibt nichts als gute Nachrichten.", "nichts als"),
    ],
)
def test_weak_sarcasm_and_quantifier_markers_need_company(text: str, marker: str) -> None:
    assert blame.scan_rules(text) == [], spans(text)
    if text not in MODEL_FALSE_ALARMS:
        assert scan(text) == [], spans(text)
    assert marker in text


def test_word_boundaries() -> None:
    # The rules' own matching (the sentence model reads this word list as fair and drops R1).
    assert {h.rule_id for h in blame.scan_rules("immerhin Zimmer Schimmel niemals")} == {"R1"}  # only niemals
    assert scan("blockchain roadblocks") == []


# --- offsets and normalisation -----------------------------------------------------------


def test_offsets_map_back_after_umlauts_and_sharp_s() -> None:
    text = "Größe, Maße, Füße, Übergabe: Ihr blockiert immer alles."
    got = spans(text)
    assert got["R4"] == ["blockiert"]
    assert got["R2"] == ["Ihr blockiert"]
    assert got["R1"] == ["immer alles"]


def test_umlaut_inside_the_hit_maps_to_whole_characters() -> None:
    text = "Straße. Das ist rücksichtslos und unverschämt."
    assert spans(text)["R3"] == ["rücksichtslos", "unverschämt"]


def test_spelling_without_umlauts_matches_too() -> None:
    assert rule_ids("Das ist ruecksichtslos.") == {"R3"}
    assert rule_ids("Wir muessen es ausbaden.") == {"R8"}


def test_decomposed_umlauts_are_normalised() -> None:
    text = unicodedata.normalize("NFD", "Über Größe: das ist rücksichtslos.")
    hits = scan(text)
    assert [h.rule_id for h in hits] == ["R3"]
    assert unicodedata.normalize("NFC", text[hits[0].start : hits[0].end]) == "rücksichtslos"


def test_offsets_after_emoji_ligature_and_rtl() -> None:
    text = "😀 ﬁx שלום – you guys never listen"
    got = spans(text)
    assert got["R2"] == ["you guys never listen"]
    assert got["R1"] == ["never"]


def test_typographic_apostrophe_and_double_spaces() -> None:
    assert spans("You don\u2019t  listen to us.")["R2"] == ["You don\u2019t  listen"]
    assert rule_ids("YOU  GUYS  NEVER  LISTEN") == {"R1", "R2"}


def test_mixed_languages_in_one_text() -> None:
    assert rule_ids("Ihr blockiert alles and you guys never listen.") >= {"R1", "R2", "R4"}


def test_hits_are_ordered_and_same_rule_overlaps_merged() -> None:
    text = "Der Vertrieb verspricht das Blaue vom Himmel."
    assert spans(text) == {"R5": ["verspricht das Blaue vom Himmel"]}
    hits = scan("Ihr blockiert immer alles.")
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert [h.rule_id for h in hits].count("R1") == 1  # "immer alles" is one absolute


def test_weak_markers_count_only_next_to_a_strong_one() -> None:
    assert scan("Was ist euch wichtig?") == []
    assert scan("Everything is staffed.") == []
    assert rule_ids("Euch ist der Kunde egal.") == {"R2", "R9"}
    # One weak hit per rule and sentence: repeating "euch/eure" adds nothing.
    assert [h.rule_id for h in scan("Euch geht es doch nur um eure Velocity.")] == ["R2", "R9"]


# --- self-reference ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("We always review contracts on Fridays.", "always"),
        ("Wir haben nie darüber gesprochen.", "nie"),
        ("Das ist bei uns immer so.", "immer"),
        ("So habe ich das noch nie gesehen.", "nie"),
        ("I was careless with the handover.", "careless"),
    ],
)
def test_self_referential_hits_count_half(text: str, marker: str) -> None:
    # The rules' own weighting; the sentence model may then drop a soft marker altogether in a
    # sentence that reads as fair (tests/domain/test_blame_model.py).
    (hit,) = [h for h in blame.scan_rules(text) if text[h.start : h.end] == marker]
    assert hit.self_referential
    assert hit.weight == rule(hit.rule_id).weight / 2


def test_other_party_markers_count_full() -> None:
    (hit,) = [h for h in scan("Ihr habt nie darüber gesprochen.") if h.rule_id == "R1"]
    assert not hit.self_referential and hit.weight == 1.0
    # "I think" does not make a verdict about product self-referential (the rules' weighting:
    # the sentence model then reads this one as an I-message and drops it, a known miss).
    (hit,) = [h for h in blame.scan_rules("I think product always blocks us.") if h.rule_id == "R1"]
    assert not hit.self_referential


def test_our_as_object_of_another_party_is_not_self_reference() -> None:
    text = "Das Produkt schiebt unsere Anfragen ins 'nächste Quartal' wie auf einen Parkplatz."
    (hit,) = [h for h in scan(text) if h.rule_id == "R14"]
    assert not hit.self_referential and hit.weight == 1.0
    # Without another party, an object form still marks the speaker's own side.
    (hit,) = [h for h in scan("Das ist bei uns immer so.") if h.rule_id == "R1"]
    assert hit.self_referential


def test_lets_is_first_person() -> None:
    (hit,) = [h for h in blame.scan_rules("Let's always review the contract first.") if h.rule_id == "R1"]
    assert hit.self_referential
    assert level(score(scan("Let's always review the contract first."))) is Level.NONE


def test_owning_a_mistake_or_an_intent_is_not_blame() -> None:
    assert scan("We deliberately kept the pilot small.") == []
    assert scan("We dropped the ball on the renewal.") == []


# --- score, level, rules -----------------------------------------------------------------


def test_score_and_level_thresholds() -> None:
    assert score([]) == 0.0
    assert level(0.5) is Level.NONE
    assert level(1.0) is Level.SOFT
    assert level(2.5) is Level.SOFT
    assert level(3.0) is Level.STRONG
    hits = [Hit("R1", 0, 1, 1.0, False), Hit("R2", 0, 1, 2.0, False)]
    assert score(hits) == 3.0


def test_rules_have_ids_weights_names_and_hints_in_both_languages() -> None:
    ids = [r.id for r in rules()]
    assert ids[:11] == [f"R{i}" for i in range(1, 12)]
    assert len(ids) == len(set(ids))
    expected_weights = {"R1": 1, "R2": 2, "R3": 3, "R4": 2, "R5": 2, "R6": 1}
    expected_weights |= {"R7": 1, "R8": 2, "R9": 2, "R10": 1, "R11": 2}
    for r in rules():
        assert r.weight > 0
        if r.id in expected_weights:
            assert r.weight == expected_weights[r.id]
        for lang in ("en", "de"):
            assert r.name(lang).strip() and r.hint(lang).strip()
        assert r.hint("de") != r.hint("en")
        assert r.hint("fr") == r.hint("en")  # unknown language falls back to English
    assert rule("R3").name("de") == "Charakter-Etiketten"
    assert rule("R14").name("de") == "Sarkasmus & Geringschätzung"
    assert rule("R14").weight == 1
    with pytest.raises(KeyError):
        rule("R99")


def test_rules_file_is_data_with_patterns_for_both_languages() -> None:
    data = json.loads(read_text("blame", "rules.json"))
    for raw in data["rules"]:
        assert raw["patterns"]["en"] and raw["patterns"]["de"], raw["id"]
        for kind in ("patterns", "weak", "exclude"):
            for lang, patterns in raw.get(kind, {}).items():
                assert lang in ("en", "de")
                for p in patterns:
                    # Written against normalised text: lowercase, no umlauts or ß.
                    bare = re.sub(r"\\.|\{[a-z_]+\}|\(\?P<\w+>", "", p)
                    assert not re.search(r"[A-ZÄÖÜäöüß]", bare), p


def test_rules_compile() -> None:
    # scan() swallows errors (it runs on every keystroke), so a broken pattern would only
    # show up as "no hits": compile the rule set directly so it fails loudly here.
    data = json.loads(read_text("blame", "rules.json"))
    assert len(blame._compile_rules(data).rules) == len(data["rules"])


def test_patterns_can_end_at_a_word_boundary() -> None:
    """The engine appends (?!\\w): a pattern that stops right before a word never matches."""
    data = json.loads(read_text("blame", "rules.json"))
    trailing_lookahead = re.compile(r"\(\?[!=](?:[^()]|\([^()]*\))*\)$")
    for raw in data["rules"]:
        for kind in ("patterns", "weak"):
            for patterns in raw.get(kind, {}).values():
                for p in patterns:
                    bare = trailing_lookahead.sub("", p)
                    assert not bare.endswith((" ", "{quote_open}")), p
                    for look in re.findall(r"\(\?<[!=][^)]*\)", p):
                        assert " " not in look, p  # spaces become runs: not fixed-width


# --- robustness and speed ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "😀" * 500, "שלום עולם " * 200, "\u0308" * 50, "\ud800 lone surrogate", "x" * 100_000],
)
def test_scan_never_raises_on_odd_input(text: str) -> None:
    for hit in scan(text):
        assert 0 <= hit.start < hit.end <= len(text)


def test_scan_handles_100_kb() -> None:
    text = "Ihr blockiert immer alles, and you guys never listen. " * 2000
    hits = scan(text)
    assert len(hits) > 1000
    assert all(0 <= h.start < h.end <= len(text) for h in hits)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_scan_never_raises_and_spans_are_valid(text: str) -> None:
    hits = scan(text)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end].strip()
        assert hit.weight > 0


WORDS = [
    "ihr",
    "blockiert",
    "immer",
    "alles",
    "you",
    "guys",
    "never",
    "Größe",
    "Maße",
    "über",
    "ß",
    "😀",
    "nie",
    "werden",
    "wir",
    "gefragt",
    ",",
    ".",
    "  ",
    "\n",
    "A\u0308rger",
    "Ihr",
    "Angebot",
    "don\u2019t",
    "listen",
    "egal",
    "euch",
    "ﬁ",
    "İ",
    "blocks",
    "everything",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_hits_cover_whole_words(words: list[str]) -> None:
    text = " ".join(words)
    for hit in scan(text):
        piece = text[hit.start : hit.end]
        assert piece.strip() == piece, piece
        assert not (hit.start > 0 and text[hit.start - 1].isalnum()), piece
        assert not (hit.end < len(text) and text[hit.end].isalnum()), piece
        assert not unicodedata.combining(text[hit.start])


# --- corpus ------------------------------------------------------------------------------


def _rates(lang: str | None = None) -> tuple[float, float]:
    langs = [lang] if lang else ["en", "de"]
    accusations = [t for la in langs for t in CORPUS["accusations"][la]]
    neutral = [t for la in langs for t in CORPUS["neutral"][la]]
    caught = sum(score(scan(t)) >= 1 for t in accusations) / len(accusations)
    flagged = sum(score(scan(t)) >= 1 for t in neutral) / len(neutral)
    return caught, flagged


def test_corpus_size() -> None:
    for lang in ("en", "de"):
        assert len(CORPUS["accusations"][lang]) >= 30
        assert len(CORPUS["neutral"][lang]) >= 40


def test_corpus_catch_and_false_flag_rates() -> None:
    for lang in (None, "en", "de"):
        caught, flagged = _rates(lang)
        print(f"blame corpus {lang or 'all'}: catch rate {caught:.3f}, false-flag rate {flagged:.3f}")
        assert caught >= 0.85, lang
        assert flagged <= 0.05, lang


def test_blind_set_is_separate_from_the_tuning_corpus() -> None:
    # holdout3 is only measured by tests/benchmarks/blame_report.py (before and after a rule
    # change); tests must not assert on its results, or it would become a tuning set.
    blind = CORPUS["holdout3"]
    tuning = {t for kind in ("accusations", "neutral") for la in ("en", "de") for t in CORPUS[kind][la]}
    for kind in ("accusations", "neutral"):
        for lang in ("en", "de"):
            assert len(blind[kind][lang]) == 30
            assert not tuning & set(blind[kind][lang])


def test_private_helpers_are_not_the_api() -> None:
    public = {n for n in dir(blame) if not n.startswith("_")}
    assert {"Hit", "Level", "Rule", "scan", "score", "level", "rule", "rules"} <= public


def test_first_holdout_floor() -> None:
    """Holdout 1 (blind when written, later quoted as examples): round 2 caught 25/25 in each
    language, round 3's model 25 / 23, rounds 4 and 5 25 / 24 (they keep rule hits aimed at the
    other side, blame.aimed; "Der Vertrieb hat einen Go-live-Termin zugesagt, ohne einen
    einzigen Entwickler zu fragen." still loses its absolute). No neutral sentence flagged but
    the one round 5 flags (MODEL_FALSE_ALARMS)."""
    floors = {"en": 25, "de": 24}
    for lang in ("en", "de"):
        assert sum(score(scan(t)) >= 1 for t in CORPUS["holdout"]["accusations"][lang]) >= floors[lang], lang
        neutral = [t for t in CORPUS["holdout"]["neutral"][lang] if t not in MODEL_FALSE_ALARMS]
        assert not any(score(scan(t)) >= 1 for t in neutral), lang


def test_blind_holdout_floor():
    """blame_holdout2.json was written without seeing the rules and is never tuned on: a floor
    for how the detector generalises (measured 28/40 EN, 27/40 DE caught with the rules alone;
    34 / 34 with round 2's model, 35 / 37 with round 3's, 38 / 38 with round 4's, 39 / 39 with
    round 5's; 0/40 false flags each time). The floor is round 2's figure: a new model must not
    do worse."""
    import json
    from pathlib import Path

    from facilitator.domain import blame

    sets = json.loads((Path(__file__).parent / "data" / "blame_holdout2.json").read_text(encoding="utf-8"))
    for lang in ("en", "de"):
        caught = sum(blame.score(blame.scan(t)) >= 1 for t in sets[lang]["accusations"])
        flagged = sum(blame.score(blame.scan(t)) >= 1 for t in sets[lang]["neutral"])
        print(f"holdout2 {lang}: caught {caught}/40, false flags {flagged}/40")
        assert caught >= 34, lang
        assert flagged == 0, lang
