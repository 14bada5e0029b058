"""Search everything: every text of every session is found, kept current, and private stays private."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from facilitator.__main__ import main
from facilitator.demo import demo_session
from facilitator.domain import model as m
from facilitator.domain.search import SearchKind
from facilitator.storage.schema import migrations
from facilitator.storage.store import Store

SECRET = "Vertraulichkeitsvermerk"  # a word only the private note holds


def _session_with_every_text() -> m.SessionData:
    """One session whose every searchable text holds its own marker word (marker + field)."""
    s = m.Session(
        id=1,
        title="zqtitle",
        trigger_text="zqtrigger",
        trigger_quarter="zqquarter",
        ground_rules="zqrules",
        learnings="zqlearnings",
        hardest_reason="zqhardest",
    )
    return m.SessionData(
        session=s,
        participants=[m.Participant(id=1, name="zqname", role="zqrole")],
        incidents=[m.Incident(id=1, account="zqaccount", facts="zqfacts")],
        statements=[m.Statement(id=1, stage=2, raw_text="zqraw", reframe_text="zqreframe")],
        goals=[m.Goal(id=1, objective="zqobjective", metric="zqmetric", unit="zqunit")],
        interests=[m.Interest(id=1, text="zqinterest")],
        tensions=[m.Tension(id=1, note="zqtension")],
        working_practices=[m.WorkingPractice(id=1, current="zqcurrent", pain_for_other_side="zqpain")],
        criteria=[m.Criterion(id=1, name="zqcriterion")],
        options=[m.Option(id=1, text="zqoption")],
        agreements=[m.Agreement(id=1, text="zqagreement", concern="zqconcern")],
        action_items=[m.ActionItem(id=1, text="zqaction", evidence="zqevidence")],
        follow_ups=[
            m.FollowUp(
                id=1,
                learnings="zqfollowup",
                reviews=[{"agreement_id": 1, "kept": "partly", "note": "zqreview"}, {"agreement_id": 2, "kept": "yes"}],
            )
        ],
        private_notes=[m.PrivateNote(id=1, stage=4, text=f"zqprivate {SECRET}")],
    )


EXPECTED = {  # marker -> (kind, stage)
    "zqtitle": (SearchKind.TITLE, 1),
    "zqtrigger": (SearchKind.TRIGGER, 1),
    "zqquarter": (SearchKind.TRIGGER, 1),
    "zqrules": (SearchKind.GROUND_RULES, 1),
    "zqlearnings": (SearchKind.LEARNINGS, 7),
    "zqhardest": (SearchKind.HARDEST_REASON, 7),
    "zqname": (SearchKind.PARTICIPANT, 1),
    "zqrole": (SearchKind.PARTICIPANT, 1),
    "zqaccount": (SearchKind.INCIDENT, 2),
    "zqfacts": (SearchKind.INCIDENT, 2),
    "zqraw": (SearchKind.STATEMENT, 2),
    "zqreframe": (SearchKind.REFRAME, 2),
    "zqobjective": (SearchKind.GOAL, 3),
    "zqmetric": (SearchKind.GOAL, 3),
    "zqunit": (SearchKind.GOAL, 3),
    "zqinterest": (SearchKind.INTEREST, 3),
    "zqtension": (SearchKind.TENSION, 3),
    "zqcurrent": (SearchKind.PRACTICE, 4),
    "zqpain": (SearchKind.PRACTICE, 4),
    "zqcriterion": (SearchKind.CRITERION, 5),
    "zqoption": (SearchKind.OPTION, 5),
    "zqagreement": (SearchKind.AGREEMENT, 6),
    "zqaction": (SearchKind.ACTION, 6),
    "zqevidence": (SearchKind.ACTION, 6),
    "zqfollowup": (SearchKind.FOLLOW_UP, 7),
    "zqconcern": (SearchKind.CONCERN, 6),
    "zqreview": (SearchKind.REVIEW_NOTE, 0),  # the review step, before stage 1
    "zqprivate": (SearchKind.PRIVATE_NOTE, 4),
}


@pytest.fixture
def demo(store):
    return store.import_session(demo_session("de"))


def test_every_text_of_a_session_is_found_with_its_stage_and_kind(store):
    session = store.import_session(_session_with_every_text())
    loaded = store.load(session.id)
    for marker, (kind, stage) in EXPECTED.items():
        (hit,) = store.search(marker, include_private=True)
        assert (hit.session_id, hit.session_title, hit.kind, hit.stage) == (session.id, "zqtitle", kind, stage)
        assert (marker, True) in hit.segments()
        holders = [e for k in m.CHILD_TYPES for e in loaded.items(k) if marker in str(vars(e))]
        assert holders or marker in str(vars(loaded.session)), marker
        assert hit.entity_id == (holders[0].id if holders else session.id), marker


@pytest.mark.parametrize(
    ("query", "found_in"),
    [
        ("Zusage", "Zusagen"),  # a word start finds the longer German form
        ("zusagen", "Zusagen"),  # and case does not matter
        ("Uberprufung", "Überprüfung"),  # umlauts typed without dots
        ("Überprüf", "Überprüfung"),
        ("Strasse", "Straße"),  # ß written as ss, and back
        ("Straße", "Strasse"),
        ("commit", "commitments"),
    ],
)
def test_german_and_english_word_forms(store, query, found_in):
    data = m.SessionData(session=m.Session(title="Forms"), agreements=[m.Agreement(id=1, text=f"Text mit {found_in}")])
    store.import_session(data)
    hits = store.search(query)
    assert [h.kind for h in hits] == [SearchKind.AGREEMENT]
    assert (found_in, True) in hits[0].segments()


@pytest.mark.parametrize("query", ['"', '"Zusage', "Zusage*", "(Zusage)", "NEAR(", "OR", "AND", "^Zusage", "a:b", "()"])
def test_no_input_breaks_the_query(store, demo, query):
    hits = store.search(query)  # never an FTS5 syntax error: operators are searched as words
    if "Zusage" in query:
        assert hits and all("zusage" in h.text.casefold() for h in hits)


def test_input_without_a_word_finds_nothing(store, demo):
    assert store.search("") == []
    assert store.search(" ?! ") == []


def test_all_words_must_occur(store, demo):
    both = store.search("Zusage Freigabe")
    assert both and all("Zusage" in h.text and "Freigabe" in h.text for h in both)


def test_edits_and_deletions_are_reflected_at_once(store):
    session = store.import_session(_session_with_every_text())
    goal = store.load(session.id).goals[0]
    store.save(replace(goal, objective="zqrenamed"))
    assert store.search("zqobjective") == []
    assert [h.entity_id for h in store.search("zqrenamed")] == [goal.id]
    title = store.session(session.id)
    store.save(replace(title, title="zqnewtitle"))
    assert store.search("zqtitle") == []
    assert store.search("zqrenamed")[0].session_title == "zqnewtitle"
    store.delete(store.load(session.id).goals[0])
    assert store.search("zqrenamed") == []


def test_deleting_a_session_removes_its_index_rows(store):
    session = store.import_session(_session_with_every_text())
    other = store.import_session(demo_session("en"))
    store.delete_session(session.id)
    for marker in EXPECTED:
        assert store.search(marker, include_private=True) == []
    indexed = store.db.conn.execute("SELECT DISTINCT session_id FROM search_index").fetchall()
    assert indexed == [(other.id,)]


def test_private_note_is_found_only_when_asked_for_and_marked_private(store):
    store.import_session(_session_with_every_text())
    assert store.search(SECRET) == []
    assert store.search("zqprivate") == []
    assert all(not h.private for h in store.search("zq", limit=500))
    (hit,) = store.search(SECRET, include_private=True)
    assert hit.private and hit.kind is SearchKind.PRIVATE_NOTE


def test_the_cli_prints_a_private_note_only_with_the_flag(store, capsys):
    store.import_session(_session_with_every_text())
    db = str(store.path)
    for args in ([SECRET], ["zq"], ["zq", "--json"], ["zqprivate", "--json"]):
        assert main(["search", *args, "--db", db]) == 0
        assert SECRET not in capsys.readouterr().out, args
    assert main(["search", SECRET, "--db", db, "--include-private"]) == 0
    out = capsys.readouterr().out
    assert SECRET in out and "private" in out


def test_cli_prints_session_stage_kind_and_marked_text(store, demo, capsys):
    assert main(["search", "Zusage", "--db", str(store.path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.split()[0] == str(demo.id) and "[zusage" in line.casefold() for line in lines)
    assert main(["search", "Zusage", "--json", "--limit", "2", "--db", str(store.path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2 and rows[0]["session_id"] == demo.id and "[Zusage" in rows[0]["marked"]
    assert {"stage", "kind", "text", "private"} <= set(rows[0])


def test_cli_names_the_review_step_for_a_review_note(store, capsys):
    store.import_session(_session_with_every_text())
    assert main(["search", "zqreview", "--db", str(store.path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split()[1:3] == ["review", "review_note"] and "[zqreview]" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["?!"], "at least one letter"),
        (["x", "--limit", "0"], "--limit"),
        (["x", "--db", "/nonexistent/ws.facilitator"], "does not exist"),
    ],
)
def test_cli_errors_are_one_line(store, capsys, args, message):
    if "--db" not in args:
        args = [*args, "--db", str(store.path)]
    assert main(["search", *args]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_migration_indexes_what_an_older_workspace_already_holds(tmp_path):
    path = tmp_path / "old.facilitator"
    store = Store(path)
    store.import_session(demo_session("en"))
    # Turn it into a workspace from before search existed.
    conn = store.db.conn
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER [{name}]")
    conn.execute("DROP TABLE search_index")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_search'")
    store.close()

    reopened = Store(path)
    assert reopened.backup_path is not None  # the migration copied the file first
    assert [m.name for m in migrations.pending(reopened.db)] == []
    hits = reopened.search("Northport")
    assert hits and {h.session_title for h in hits} == {demo_session("en").session.title}
    reopened.close()


def test_migration_9_indexes_concerns_and_review_notes_already_stored(tmp_path):
    path = tmp_path / "before9.facilitator"
    store = Store(path)
    session = store.import_session(_session_with_every_text())
    # Turn it into a workspace indexed before m009: concerns and review notes not in the index.
    conn = store.db.conn
    conn.execute("DELETE FROM search_index WHERE kind IN ('concern', 'review_note')")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search_index_%_update'"):
        conn.execute(f"DROP TRIGGER [{name}]")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_search_concerns_and_list'")
    store.close()

    reopened = Store(path)
    assert [m.name for m in migrations.pending(reopened.db)] == []
    assert [h.kind for h in reopened.search("zqconcern")] == [SearchKind.CONCERN]
    assert [h.kind for h in reopened.search("zqreview")] == [SearchKind.REVIEW_NOTE]
    # the triggers are back: an edit re-indexes
    agreement = reopened.load(session.id).agreements[0]
    reopened.save(replace(agreement, concern="zqchanged"))
    assert reopened.search("zqconcern") == [] and len(reopened.search("zqchanged")) == 1
    reopened.close()


def test_hits_come_newest_session_first_in_stage_order(store):
    older = store.import_session(_session_with_every_text())
    newer = store.import_session(_session_with_every_text())
    hits = store.search("zq", include_private=True, limit=500)
    half = len(hits) // 2
    assert half >= 19 and [h.session_id for h in hits] == [newer.id] * half + [older.id] * half
    stages = [h.stage for h in hits if h.session_id == newer.id]
    assert stages == sorted(stages)
    assert len(store.search("zq", include_private=True, limit=3)) == 3


def test_a_searcher_works_from_another_thread_and_sees_new_writes(store):
    import threading

    searcher = store.searcher()
    assert searcher.search("zqtitle") == []
    session = store.import_session(_session_with_every_text())
    found: list = []
    worker = threading.Thread(target=lambda: found.extend(searcher.search("zqtitle")))
    worker.start()
    worker.join()
    assert [h.session_id for h in found] == [session.id]
    assert searcher.search(SECRET) == []
    searcher.close()


def test_the_store_search_and_a_searcher_agree(store):
    store.import_session(demo_session("de"))
    searcher = store.searcher()
    for query in ("Zusage", "Freigabe 48", "Lena", "Uberprufung"):
        for private in (False, True):
            assert searcher.search(query, include_private=private) == store.search(query, include_private=private)
    searcher.close()
