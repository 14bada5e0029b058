"""The workspace schema: append-only migrations. Never edit one that has shipped; add another.

SCHEMA_MAJOR goes up only for changes an older app cannot read safely; a file whose major
version is newer than ours is refused. New tables or columns are minor: older apps ignore them.
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x46434C54  # "FCLT": marks a SQLite file as a Facilitator workspace
SCHEMA_MAJOR = 1

migrations = Migrations("facilitator")

_CHILD = "id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE"


def _execute_all(db: Database, script: str) -> None:
    # executescript() would commit the surrounding transaction; run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m001_initial(db: Database) -> None:
    _execute_all(
        db,
        f"""
        CREATE TABLE session (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
            trigger_type TEXT NOT NULL, trigger_quarter TEXT NOT NULL DEFAULT '',
            trigger_gap_pct REAL, trigger_text TEXT NOT NULL DEFAULT '',
            glasl_stage INTEGER NOT NULL, status TEXT NOT NULL,
            ground_rules TEXT NOT NULL DEFAULT '', ground_rule_consent TEXT NOT NULL DEFAULT '{{}}',
            current_stage INTEGER NOT NULL DEFAULT 1, shared_goal_id INTEGER,
            learnings TEXT NOT NULL DEFAULT '', hardest_agreement_id INTEGER,
            hardest_reason TEXT NOT NULL DEFAULT '', follow_up_date TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL, updated TEXT NOT NULL
        );
        CREATE TABLE participant ({_CHILD}, name TEXT NOT NULL, role TEXT NOT NULL, side TEXT NOT NULL,
            is_decision_maker INTEGER NOT NULL);
        CREATE TABLE incident ({_CHILD}, date TEXT NOT NULL, account TEXT NOT NULL, deal_value REAL,
            feature TEXT NOT NULL, facts TEXT NOT NULL, impact_revenue TEXT NOT NULL,
            impact_other TEXT NOT NULL);
        CREATE TABLE statement ({_CHILD}, participant_id INTEGER, stage INTEGER NOT NULL,
            ts TEXT NOT NULL, lang TEXT NOT NULL, raw_text TEXT NOT NULL, kind TEXT NOT NULL,
            reframe_text TEXT NOT NULL, reframe_confirmed INTEGER NOT NULL);
        CREATE TABLE goal ({_CHILD}, owner TEXT NOT NULL, objective TEXT NOT NULL, metric TEXT NOT NULL,
            baseline TEXT NOT NULL, target TEXT NOT NULL, unit TEXT NOT NULL, horizon TEXT NOT NULL,
            due TEXT NOT NULL, confidence REAL);
        CREATE TABLE interest ({_CHILD}, side TEXT NOT NULL, text TEXT NOT NULL,
            source_statement_id INTEGER);
        CREATE TABLE perspective_check ({_CHILD}, goal_id INTEGER, paraphraser_id INTEGER,
            attempts INTEGER NOT NULL, confirmed INTEGER NOT NULL);
        CREATE TABLE tension ({_CHILD}, goal_a_id INTEGER, goal_b_id INTEGER, type TEXT NOT NULL,
            severity INTEGER NOT NULL, incident_ids TEXT NOT NULL, note TEXT NOT NULL);
        CREATE TABLE working_practice ({_CHILD}, side TEXT NOT NULL, area TEXT NOT NULL,
            current TEXT NOT NULL, pain_for_other_side TEXT NOT NULL,
            triz_currently_doing INTEGER NOT NULL, stop_candidate INTEGER NOT NULL);
        CREATE TABLE criterion ({_CHILD}, name TEXT NOT NULL, weight REAL NOT NULL, source TEXT NOT NULL);
        CREATE TABLE option ({_CHILD}, text TEXT NOT NULL, interest_ids TEXT NOT NULL,
            tension_ids TEXT NOT NULL, scores TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE agreement ({_CHILD}, option_id INTEGER, text TEXT NOT NULL, type TEXT NOT NULL,
            driver_id INTEGER, approver_id INTEGER, contributor_ids TEXT NOT NULL,
            informed_ids TEXT NOT NULL, consent TEXT NOT NULL, review_date TEXT NOT NULL,
            status TEXT NOT NULL);
        CREATE TABLE action_item ({_CHILD}, agreement_id INTEGER, text TEXT NOT NULL, owner_id INTEGER,
            due TEXT NOT NULL, status TEXT NOT NULL, evidence TEXT NOT NULL);
        CREATE TABLE pulse_response ({_CHILD}, participant_id INTEGER, phase TEXT NOT NULL,
            item_id TEXT NOT NULL, score INTEGER NOT NULL);
        CREATE TABLE stage_log ({_CHILD}, stage INTEGER NOT NULL, planned_minutes INTEGER NOT NULL,
            elapsed_seconds REAL NOT NULL, running_since TEXT NOT NULL, started TEXT NOT NULL,
            ended TEXT NOT NULL);
        CREATE TABLE follow_up ({_CHILD}, scheduled TEXT NOT NULL, held TEXT NOT NULL,
            reviews TEXT NOT NULL, action_snapshot TEXT NOT NULL, learnings TEXT NOT NULL);
        CREATE TABLE private_note ({_CHILD}, stage INTEGER NOT NULL, text TEXT NOT NULL);
        """,
    )


@migrations()
def m002_session_indexes(db: Database) -> None:
    """Loading a session reads every child table by session_id; index them all."""
    for table in db.table_names():
        if table != "session" and not table.startswith("_") and "session_id" in db[table].columns_dict:
            db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_session ON [{table}](session_id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_session_date ON session(date DESC, updated DESC)")


@migrations()
def m003_criteria_agreed(db: Database) -> None:
    """Stage 5 locks the criteria before scoring; the lock must survive a restart."""
    db.execute("ALTER TABLE session ADD COLUMN criteria_agreed INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE session SET criteria_agreed = 1 WHERE id IN"
        " (SELECT session_id FROM option WHERE scores NOT IN ('{}', ''))"
    )


@migrations()
def m004_public_projection(db: Database) -> None:
    """Anonymity, revealed statements, concerns as text, and stable iCalendar UIDs for actions."""
    db.execute("ALTER TABLE session ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE session ADD COLUMN lang TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE statement ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE agreement ADD COLUMN concern TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE action_item ADD COLUMN uid TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE action_item ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE action_item ADD COLUMN modified TEXT NOT NULL DEFAULT ''")
    # Existing actions get their UID now, so every later export names them the same way.
    for (action_id,) in db.execute("SELECT id FROM action_item WHERE uid = ''").fetchall():
        db.execute("UPDATE action_item SET uid = ? WHERE id = ?", (f"{uuid.uuid4()}@facilitator", action_id))


@migrations()
def m005_search(db: Database) -> None:
    """Search everything: an FTS5 index of all texts, kept current by triggers, filled for existing rows."""
    from facilitator.storage.search import schema_statements

    for statement in schema_statements():
        db.execute(statement)


@migrations()
def m006_follow_up(db: Database) -> None:
    """A session may follow another (a series); the dashboard reads due actions across sessions."""
    db.execute("ALTER TABLE session ADD COLUMN follows_id INTEGER REFERENCES session(id) ON DELETE SET NULL")
    db.execute("CREATE INDEX IF NOT EXISTS idx_session_follows ON session(follows_id)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_action_item_due ON action_item(due)"
        " WHERE status IN ('open', 'in_progress', 'blocked')"
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_agreement_review ON agreement(review_date) WHERE status = 'active'")


@migrations()
def m007_session_uid(db: Database) -> None:
    """A stable iCalendar UID for each session's follow-up event, so a calendar updates it."""
    db.execute("ALTER TABLE session ADD COLUMN uid TEXT NOT NULL DEFAULT ''")
    for (session_id,) in db.execute("SELECT id FROM session WHERE uid = ''").fetchall():
        db.execute("UPDATE session SET uid = ? WHERE id = ?", (f"{uuid.uuid4()}@facilitator", session_id))


@migrations()
def m008_templates(db: Database) -> None:
    """A user's own templates (ground rules, criteria, agreements): workspace-wide, not per session."""
    db.execute(
        """CREATE TABLE template (
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, lang TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '', items TEXT NOT NULL, created TEXT NOT NULL
        )"""
    )


@migrations()
def m009_search_concerns_and_list(db: Database) -> None:
    """Search also finds agreements' concerns, review notes, the trigger's quarter and goals' units:
    the index is rebuilt with them.

    The home screen reads the session list in its order from an index, and the dashboard counts
    due actions from an index that holds what it filters on (10,000 sessions: see the benchmark).
    """
    from facilitator.storage.search import drop_statements, schema_statements

    triggers = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()]
    for statement in [*drop_statements(triggers), *schema_statements()]:
        db.execute(statement)
    # Counting overdue actions reads only this index (its rows are the open actions): half the time.
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_action_item_open_due ON action_item(due, session_id, status)"
        " WHERE status IN ('open', 'in_progress', 'blocked')"
    )
    db.execute("DROP INDEX IF EXISTS idx_action_item_due")  # the index above serves its queries too
    # The session list in its order, read from the index alone (6 ms instead of 15 for 10,000).
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_session_list"
        " ON session(date DESC, updated DESC, id DESC, title, status, follows_id)"
    )
    db.execute("DROP INDEX IF EXISTS idx_session_date")
