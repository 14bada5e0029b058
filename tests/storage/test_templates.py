"""The user's templates in the workspace: kept, renamed, deleted; applied through the session
service as one change; and carried by the full backup (CLI) without duplicates on import."""

from __future__ import annotations

import json

import pytest

from facilitator.__main__ import main
from facilitator.domain import model as m
from facilitator.domain import templates as t
from facilitator.session import SessionService
from facilitator.storage.errors import WorkspaceError
from facilitator.storage.store import Store


def own(name: str = "Our rules", kind: t.Kind = t.Kind.GROUND_RULES, lang: str = "en") -> t.Template:
    items = {
        t.Kind.GROUND_RULES: ["One voice at a time.", "Phones away."],
        t.Kind.CRITERIA: [m.Criterion(name="ARR at stake", weight=3, source=m.CriterionSource.ARR)],
        t.Kind.AGREEMENTS: [m.Agreement(text="Deal desk on Tuesdays", type=m.AgreementType.POLICY)],
    }[kind]
    return t.Template(kind=kind, name=name, lang=lang, items=items)


def test_own_templates_survive_a_restart_renamed_and_deleted(store):
    first = store.add_template(own())
    store.add_template(own("Criteria of Q3", t.Kind.CRITERIA, "de"))
    store.rename_template(first.id, "Rules for Q4")
    reopened = Store(store.path)
    try:
        kept = reopened.templates()
        assert [x.name for x in kept] == ["Criteria of Q3", "Rules for Q4"]
        assert [x.name for x in reopened.templates(t.Kind.CRITERIA)] == ["Criteria of Q3"]
        assert kept[1].items == ["One voice at a time.", "Phones away."]
        assert kept[0].items[0].source is m.CriterionSource.ARR and kept[0].lang == "de"
        reopened.delete_template(first.id)
        assert [x.name for x in reopened.templates()] == ["Criteria of Q3"]
    finally:
        reopened.close()


def test_a_taken_or_empty_name_changes_nothing(store):
    first = store.add_template(own("Ours"))
    store.add_template(own("Theirs"))
    with pytest.raises(t.TemplateRefused):
        store.add_template(own("OURS"))
    with pytest.raises(t.TemplateRefused):
        store.rename_template(first.id, "theirs")
    with pytest.raises(t.TemplateRefused):
        store.rename_template(first.id, "   ")
    assert [x.name for x in store.templates()] == ["Ours", "Theirs"]
    store.add_template(own("Ours", t.Kind.CRITERIA))  # the same name for another stage is fine
    with pytest.raises(WorkspaceError):
        store.delete_template(999)


def test_applying_a_template_is_one_change_set_and_undo_takes_it_back(store):
    service = SessionService(store)
    heard = []
    service.subscribe(heard.append)
    session = store.create_session("Q3", "2026-10-14")
    intake = next(x for x in t.library("de", t.Kind.AGREEMENTS) if x.key == "agreement_intake")
    changes = service.apply_template(session.id, intake)
    assert len(heard) == 1 and len(changes.added) == len(intake.items)
    assert [a.text for a in store.load(session.id).agreements] == intake.preview()

    with pytest.raises(t.TemplateRefused):  # not empty now, and nobody confirmed
        service.apply_template(session.id, intake)
    assert len(store.load(session.id).agreements) == len(intake.items)

    service.undo_template(session.id, changes.added)
    assert store.load(session.id).agreements == []
    assert len(heard) == 2 and len(heard[1].removed) == len(intake.items)


def test_undo_of_ground_rules_brings_back_the_text_before(store):
    service = SessionService(store)
    session = store.create_session("Q3", "2026-10-14")
    rules = t.library("en", t.Kind.GROUND_RULES)[1]
    service.apply_template(session.id, rules)
    assert store.session(session.id).ground_rules.startswith("1. ")
    service.undo_template(session.id, (), ground_rules="")
    assert store.session(session.id).ground_rules == ""


def test_the_full_backup_carries_own_templates_and_a_plain_file_does_not(tmp_path):
    db, other = tmp_path / "a.facilitator", tmp_path / "b.facilitator"
    assert main(["demo", "--db", str(db), "--lang", "en"]) == 0
    store = Store(db)
    store.add_template(own("Our rules"))
    store.add_template(own("Our criteria", t.Kind.CRITERIA))
    session_id = str(store.sessions()[0].id)
    store.close()
    full, plain = tmp_path / "full.json", tmp_path / "plain.json"
    assert main(["export", session_id, "--format", "json", "--include-private", "-o", str(full), "--db", str(db)]) == 0
    assert main(["export", session_id, "--format", "json", "-o", str(plain), "--db", str(db)]) == 0
    assert "templates" not in json.loads(plain.read_text(encoding="utf-8"))
    assert [x["name"] for x in json.loads(full.read_text(encoding="utf-8"))["templates"]] == [
        "Our criteria",
        "Our rules",
    ]

    for _ in range(2):  # restoring twice must not duplicate them
        assert main(["import", str(full), "--db", str(other)]) == 0
    restored = Store(other)
    try:
        assert [x.name for x in restored.templates()] == ["Our criteria", "Our rules"]
        assert restored.templates(t.Kind.GROUND_RULES)[0].items == ["One voice at a time.", "Phones away."]
        assert len(restored.sessions()) == 2
    finally:
        restored.close()


def test_a_different_template_under_a_taken_name_is_kept_under_a_new_name(store):
    store.add_template(own("Our rules"))
    changed = own("Our rules")
    changed.items = ["Something else."]
    added = store.import_templates([changed, own("Our rules")])
    assert [x.name for x in added] == ["Our rules (2)"]


def test_a_backup_with_a_broken_template_is_refused_in_one_line_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "a.facilitator"
    main(["demo", "--db", str(db)])
    store = Store(db)
    store.add_template(own("Ours", t.Kind.CRITERIA))
    store.close()
    full = tmp_path / "full.json"
    main(["export", "1", "--format", "json", "--include-private", "-o", str(full), "--db", str(db)])
    doc = json.loads(full.read_text(encoding="utf-8"))
    doc["templates"][0]["items"][0]["weight"] = "heavy"
    full.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    target = tmp_path / "new.facilitator"
    assert main(["import", str(full), "--db", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "template 1" in err and "weight" in err
    assert not target.exists()
