"""A master's competition definition replaced (before any judge's work came back), and what
in the master refers to the definition; the record of which judges were given packages
of which definition. Each change is one transaction."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base.writer_lock import WriteRefused
from judge_app.domain.definition import definition_sha256
from judge_app.domain.model import Definition
from judge_app.store import repository as repo
from judge_app.store.database import open_database

# meta keys: the definition the packages written since carry, their judges, the last time
PACKAGES_DEFINITION = "packages_definition_sha256"
PACKAGES_JUDGES = "packages_judges"  # JSON list of judge ids; "[]" from creation on
PACKAGES_WRITTEN_AT = "packages_written_at"
DEFINITION_HISTORY = "definition_history"  # JSON list of the definitions replaced


@dataclass(frozen=True)
class DefinitionFacts:
    """What in a master depends on its definition."""

    sha256: str
    toml: str
    sheet_judges: tuple[str, ...]  # judges with signed sheets merged
    sheets: int
    score_judges: tuple[str, ...]  # judges holding score rows
    declaration_judges: tuple[str, ...]  # judges whose signed declarations were merged
    entries_by_category: dict[str, int]
    expertise_by_category: dict[str, tuple[str, ...]]  # category id -> judge ids
    scored_criteria: tuple[str, ...]  # criteria holding score rows (only read when any)
    assignments: int
    packages_recorded: bool  # False: made before the master kept the record
    packages_definition: str  # the definition the recorded packages carry
    package_judges: tuple[str, ...]
    packages_written_at: str
    draft_judges: tuple[str, ...]  # judges whose unsigned drafts were merged (progress)


def _judges(db: sqlite_utils.Database, table: str) -> tuple[str, ...]:
    return tuple(
        r[0]
        for r in db.execute(
            f"SELECT j.id FROM judges j WHERE EXISTS (SELECT 1 FROM {table} t "
            "WHERE t.judge_id = j.id) ORDER BY j.rowid"
        )
    )


def facts(db: sqlite_utils.Database) -> DefinitionFacts:
    toml, sha = repo.definition_text(db)
    meta = repo.meta(db)
    score_judges = _judges(db, "scores")
    scored: tuple[str, ...] = ()
    if score_judges:  # found through each criterion: scores have no index by criterion
        scored = tuple(
            r[0]
            for r in db.execute(
                "SELECT c.id FROM criteria c WHERE EXISTS "
                "(SELECT 1 FROM scores s WHERE s.criterion_id = c.id) ORDER BY c.position"
            )
        )
    expertise: dict[str, list[str]] = {}
    for judge in repo.judges(db):
        for category in judge.expertise.split():
            expertise.setdefault(category, []).append(judge.id)
    recorded = PACKAGES_JUDGES in meta
    return DefinitionFacts(
        sha256=sha,
        toml=toml,
        sheet_judges=_judges(db, "sheets"),
        sheets=db.execute("SELECT count(*) FROM sheets").fetchone()[0],
        score_judges=score_judges,
        declaration_judges=_judges(db, "declarations"),
        entries_by_category=dict(
            db.execute("SELECT category, count(*) FROM entries GROUP BY category").fetchall()
        ),
        expertise_by_category={k: tuple(v) for k, v in expertise.items()},
        scored_criteria=scored,
        assignments=db.execute("SELECT count(*) FROM assignments").fetchone()[0],
        packages_recorded=recorded,
        packages_definition=meta.get(PACKAGES_DEFINITION, ""),
        package_judges=tuple(json.loads(meta[PACKAGES_JUDGES])) if recorded else (),
        packages_written_at=meta.get(PACKAGES_WRITTEN_AT, ""),
        draft_judges=tuple(k.split(":", 1)[1] for k in meta if k.startswith("progress:")),
    )


def replace_definition(
    db: sqlite_utils.Database, text: str, definition: Definition, replaced_at: str
) -> None:
    """The definition row, the stages, categories and criteria tables and the meta hash, in
    one transaction; the replaced definition is kept in meta `definition_history`, and the
    drafts' progress (counted under the old definition) is dropped. The caller checked
    that nothing refers to what goes (no scores; every category in use stays)."""
    old_text, old_sha = repo.definition_text(db)
    meta = repo.meta(db)
    history = json.loads(meta.get(DEFINITION_HISTORY) or "[]")
    history.append({"sha256": old_sha, "replaced_at": replaced_at, "toml": old_text})
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")  # entries keep their categories
        for table in ("criteria", "stages", "categories", "definition"):
            db.execute(f"DELETE FROM {table}")
        repo.write_definition(db, text, definition)
        db.execute("DELETE FROM meta WHERE key LIKE 'progress:%'")
        repo.set_meta(
            db,
            {
                "definition_sha256": definition_sha256(text),
                DEFINITION_HISTORY: json.dumps(history, ensure_ascii=False),
            },
        )


def replaced_at(meta: dict[str, str], sha256: str) -> str | None:
    """When the master (of this `meta`) replaced its definition with this hash (None: it
    never held it)."""
    history = json.loads(meta.get(DEFINITION_HISTORY) or "[]")
    found = [h["replaced_at"] for h in history if h.get("sha256") == sha256]
    return found[-1] if found else None


def record_packages(master: Path, judge_ids: list[str], written_at: str) -> bool:
    """Note that packages of these judges were written with the master's present
    definition; False when the master cannot be written here (read-only media, another
    process holds it): the packages stand all the same. An older master is not migrated
    for this (packaging reads it as it is)."""
    try:
        db = open_database(master, "master", migrate=False, write=True)
    except WriteRefused:
        return False
    try:
        _record(db, judge_ids, written_at)
    except sqlite3.OperationalError:  # attempt to write a readonly database
        return False
    finally:
        db.close()
    return True


def _record(db: sqlite_utils.Database, judge_ids: list[str], written_at: str) -> None:
    meta = repo.meta(db)
    judges: list[str] = []
    if meta.get(PACKAGES_DEFINITION) == meta.get("definition_sha256") and meta.get(PACKAGES_JUDGES):
        judges = json.loads(meta[PACKAGES_JUDGES])
    judges += [j for j in judge_ids if j not in judges]
    with db.atomic():
        repo.set_meta(
            db,
            {
                PACKAGES_DEFINITION: meta.get("definition_sha256", ""),
                PACKAGES_JUDGES: json.dumps(judges),
                PACKAGES_WRITTEN_AT: written_at,
            },
        )
