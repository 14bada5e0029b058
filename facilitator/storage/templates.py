"""A user's own templates in the workspace; mixed into `Store` (the same rules: SQL only here,
domain objects out, every write one transaction)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from facilitator.domain import templates as t
from facilitator.storage.errors import Problem, WorkspaceError


class TemplateStore:
    """Methods of Store; `_rows`, `transaction`, `db` and `path` come from it."""

    _rows: Any
    transaction: Any
    db: Any
    path: Any

    def templates(self, kind: t.Kind | None = None) -> list[t.Template]:
        """The user's templates (of one kind), by name."""
        where, params = ("WHERE kind = ?", (t.Kind(kind).value,)) if kind else ("", ())
        rows = self._rows(f"SELECT * FROM template {where} ORDER BY name COLLATE NOCASE, id", params)
        return [_template(row) for row in rows]

    def template(self, template_id: int) -> t.Template:
        rows = self._rows("SELECT * FROM template WHERE id = ?", (template_id,))
        if not rows:
            raise WorkspaceError(Problem.UNKNOWN_ID, self.path, f"template {template_id}")
        return _template(rows[0])

    def add_template(self, template: t.Template) -> t.Template:
        """Store a new template of the user's; its name must not be taken by another of its kind."""
        with self.transaction():
            template.name = t.check_name(template.name, self._names(template.kind))
            template.created = template.created or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            template.id = _insert(self.db.conn, template)
        return template

    def rename_template(self, template_id: int, name: str) -> t.Template:
        with self.transaction():
            template = self.template(template_id)
            others = [n for n in self._names(template.kind) if n != template.name]
            template.name = t.check_name(name, others)
            self.db.conn.execute("UPDATE template SET name = ? WHERE id = ?", (template.name, template_id))
        return template

    def delete_template(self, template_id: int) -> None:
        with self.transaction():
            self.template(template_id)  # an unknown id is the user's error, not silence
            self.db.conn.execute("DELETE FROM template WHERE id = ?", (template_id,))

    def import_templates(self, templates: list[t.Template]) -> list[t.Template]:
        """Store templates from a backup, leaving out those already here (same kind, language,
        name and items); a different one under a taken name gets a numbered name. Returns the new ones."""
        added = []
        with self.transaction():
            existing = self.templates()
            for template in templates:
                if any(t.same_content(template, other) for other in existing):
                    continue
                taken = {x.casefold() for x in self._names(template.kind)}
                name, n = template.name, 2
                while name.casefold() in taken:
                    name, n = f"{template.name} ({n})", n + 1
                fresh = t.Template(
                    kind=template.kind,
                    name=name,
                    lang=template.lang,
                    items=list(template.items),
                    description=template.description,
                )
                self.add_template(fresh)
                existing.append(fresh)
                added.append(fresh)
        return added

    def _names(self, kind: t.Kind) -> list[str]:
        return [r["name"] for r in self._rows("SELECT name FROM template WHERE kind = ?", (t.Kind(kind).value,))]


def _insert(conn: Any, template: t.Template) -> int:
    cursor = conn.execute(
        "INSERT INTO template (kind, name, lang, description, items, created) VALUES (?, ?, ?, ?, ?, ?)",
        (
            template.kind.value,
            template.name,
            template.lang,
            template.description,
            json.dumps(t.items_to_json(template.kind, template.items), ensure_ascii=False),
            template.created,
        ),
    )
    return int(cursor.lastrowid)


def _template(row: dict[str, Any]) -> t.Template:
    kind = t.Kind(row["kind"])
    return t.Template(
        kind=kind,
        name=row["name"],
        lang=row["lang"],
        items=t.items_from_json(kind, json.loads(row["items"])),
        description=row["description"],
        id=row["id"],
        created=row["created"],
    )
