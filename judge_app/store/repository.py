"""Read and write competition data; every function takes an open database."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import asdict, fields, replace
from datetime import UTC, datetime

import sqlite_utils

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.domain.definition import definition_sha256, parse_definition
from judge_app.domain.model import JUDGE_FIELDS, Definition, Entry, Judge
from judge_app.domain.officials import Letterhead, Official

ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- meta and definition ---------------------------------------------------------------


def meta(db: sqlite_utils.Database) -> dict[str, str]:
    return {row["key"]: row["value"] for row in db.query("SELECT key, value FROM meta")}


def set_meta(db: sqlite_utils.Database, values: dict[str, str]) -> None:
    db.table("meta").upsert_all([{"key": k, "value": v} for k, v in values.items()], pk="key")


def letterhead(db: sqlite_utils.Database) -> Letterhead:
    """The organiser's kop surat (meta 'letterhead': JSON lines and a base64 logo)."""
    stored = meta(db).get("letterhead")
    if not stored:
        return Letterhead()
    data = json.loads(stored)
    logo = base64.b64decode(data["logo"]) if data.get("logo") else None
    return Letterhead(tuple(data.get("lines", ())), logo)


def set_letterhead(db: sqlite_utils.Database, value: Letterhead) -> None:
    logo = base64.b64encode(value.logo).decode() if value.logo else ""
    with db.atomic():
        set_meta(
            db,
            {"letterhead": json.dumps({"lines": list(value.lines), "logo": logo}) if value else ""},
        )


def officials(db: sqlite_utils.Database) -> dict[str, Official]:
    """The registered signing officials by role (meta 'officials', JSON)."""
    stored = meta(db).get("officials")
    if not stored:
        return {}
    return {
        role: Official(role, o.get("name", ""), o.get("nip", ""), o.get("position", ""))
        for role, o in json.loads(stored).items()
    }


def set_official(db: sqlite_utils.Database, official: Official | None, role: str) -> None:
    """Register (or with None, remove) the official of `role`."""
    current = {r: o for r, o in officials(db).items() if r != role}
    if official is not None:
        current[role] = official
    data = {r: {"name": o.name, "nip": o.nip, "position": o.position} for r, o in current.items()}
    with db.atomic():
        set_meta(db, {"officials": json.dumps(data, ensure_ascii=False)})


def write_definition(db: sqlite_utils.Database, text: str, definition: Definition) -> None:
    """Store the TOML text with its hash, and the tables SQL needs for results."""
    db.table("definition").insert(
        {"id": 1, "toml": text, "sha256": definition_sha256(text), "stored_at": now()}, pk="id"
    )
    db.table("stages").insert_all(
        {"id": s.id, "name": s.name, "weight": s.weight, "position": i}
        for i, s in enumerate(definition.stages)
    )
    db.table("categories").insert_all(
        {"id": c.id, "name": c.name, "awards": c.awards, "position": i}
        for i, c in enumerate(definition.categories)
    )
    db.table("criteria").insert_all(
        {
            "id": c.id,
            "stage": c.stage,
            "name": c.name,
            "weight": c.weight,
            "min": c.min,
            "max": c.max,
            "step": c.step,
            "position": i,
        }
        for i, c in enumerate(definition.criteria)
    )


def definition_text(db: sqlite_utils.Database) -> tuple[str, str]:
    """The stored TOML text and its recorded SHA-256."""
    row = db.execute("SELECT toml, sha256 FROM definition WHERE id = 1").fetchone()
    if row is None:
        raise LookupError(translate("repository", "the file holds no competition definition"))
    return row[0], row[1]


def read_definition(db: sqlite_utils.Database) -> Definition:
    text, _ = definition_text(db)
    return parse_definition(text, translate("repository", "stored definition"))


# -- entries ---------------------------------------------------------------------------


def _select(db: sqlite_utils.Database, table: str, names: tuple[str, ...]) -> str:
    """The columns to select: a file of an older schema read as it is (never migrated by a
    read) lacks the newer ones, which read as empty text."""
    present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    return ", ".join(n if n in present else f"'' AS {n}" for n in names)


def entries(db: sqlite_utils.Database) -> list[Entry]:
    cols = _select(db, "entries", ENTRY_FIELDS)
    return [
        Entry(*row) for row in db.execute(f"SELECT {cols} FROM entries ORDER BY position, code")
    ]


def find_entry(db: sqlite_utils.Database, code: str) -> Entry:
    """The entry by code, case-insensitively; a message naming the code otherwise."""
    cols = _select(db, "entries", ENTRY_FIELDS)
    row = db.execute(
        f"SELECT {cols} FROM entries WHERE code = ? COLLATE NOCASE LIMIT 1", [code]
    ).fetchone()
    if row is None:
        raise JudgeAppError(
            translate("repository", "unknown entry {entry}").format(entry=repr(code))
        )
    return Entry(*row)


def entry_count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM entries").fetchone()[0])


def upsert_entries(
    db: sqlite_utils.Database, new: list[Entry], fields: frozenset[str] | None = None
) -> tuple[int, int, int]:
    """Insert or update entries by code in one transaction; returns added, changed,
    unchanged. Entries missing from `new` are kept (scores may refer to them), and so are
    the fields outside `fields` (a file without a summary column keeps the summaries)."""
    old = {e.code.casefold(): e for e in entries(db)}
    keep = [f for f in ENTRY_FIELDS if fields is not None and f not in fields]
    next_position = db.execute("SELECT coalesce(max(position) + 1, 0) FROM entries").fetchone()[0]
    added, changed, unchanged = [], [], 0
    for entry in new:
        before = old.get(entry.code.casefold())
        if before is not None:
            # codes are unique regardless of case; the stored spelling stays
            kept = {f: getattr(before, f) for f in keep}
            entry = replace(entry, code=before.code, **kept)
        if before is None:
            added.append({**asdict(entry), "position": next_position})
            next_position += 1
        elif before != entry:
            changed.append(asdict(entry))
        else:
            unchanged += 1
    with db.atomic():
        if added:
            db.table("entries").insert_all(added, batch_size=500)
        for row in changed:
            db.table("entries").update(row["code"], row)
    return len(added), len(changed), unchanged


# -- judges ----------------------------------------------------------------------------


def judges(db: sqlite_utils.Database) -> list[Judge]:
    cols = _select(db, "judges", JUDGE_FIELDS)
    return [Judge(*row) for row in db.execute(f"SELECT {cols} FROM judges ORDER BY rowid")]


def judge(db: sqlite_utils.Database, judge_id: str) -> Judge | None:
    cols = _select(db, "judges", JUDGE_FIELDS)
    row = db.execute(f"SELECT {cols} FROM judges WHERE id = ?", [judge_id]).fetchone()
    return Judge(*row) if row else None


def save_judges(db: sqlite_utils.Database, new: list[Judge], changed: list[Judge]) -> None:
    with db.atomic():
        if new:
            db.table("judges").insert_all(asdict(j) for j in new)
        for judge in changed:
            db.table("judges").update(judge.id, asdict(judge))


def judge_has_work(db: sqlite_utils.Database, judge_id: str) -> bool:
    return any(
        db.execute(f"SELECT 1 FROM {table} WHERE judge_id = ? LIMIT 1", [judge_id]).fetchone()
        for table in ("scores", "conflicts")
    )


def remove_judge(db: sqlite_utils.Database, judge_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM assignments WHERE judge_id = ?", [judge_id])
        db.execute("DELETE FROM judges WHERE id = ?", [judge_id])


# -- assignments -----------------------------------------------------------------------


def assignments_sql(db: sqlite_utils.Database, schema: str = "") -> str:
    """The assignments as a subquery of (judge_id, entry_code, stage): a file of a schema
    before 10 (read as it is, never migrated by a read) assigns every pair for every stage
    ('')."""
    prefix = f"{schema}." if schema else ""
    present = {row[1] for row in db.execute(f"PRAGMA {prefix}table_info(assignments)")}
    stage = "stage" if "stage" in present else "'' AS stage"
    return f"(SELECT judge_id, entry_code, {stage} FROM {prefix}assignments)"


def assign_everyone(db: sqlite_utils.Database) -> int:
    """Assign every judge to every entry (every stage); returns how many pairs were new."""
    with db.atomic():
        cursor = db.execute(
            "INSERT OR IGNORE INTO assignments (judge_id, entry_code, stage) "
            "SELECT j.id, e.code, '' FROM judges j CROSS JOIN entries e"
            " WHERE e.withdrawn = ''"  # a withdrawn entry gets no new judges
        )
        set_meta(db, {"assignment_source": "everyone"})
    return cursor.rowcount


def replace_assignments(
    db: sqlite_utils.Database, pairs: list[tuple[str, str]], source: str
) -> None:
    set_assignments(db, pairs, f"csv:{source}")


def set_assignments(
    db: sqlite_utils.Database,
    pairs: Iterable[tuple[str, str]],
    source: str,
    staged: Iterable[tuple[str, str, str]] = (),
) -> None:
    """Exactly these (judge, entry) pairs for every stage and `staged` (judge, entry,
    stage) rows for one stage, and where they came from, in one transaction."""
    with db.atomic():
        db.execute("DELETE FROM assignments")
        db.conn.executemany(
            "INSERT OR IGNORE INTO assignments (judge_id, entry_code, stage) VALUES (?, ?, '')",
            pairs,
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO assignments (judge_id, entry_code, stage) VALUES (?, ?, ?)",
            staged,
        )
        set_meta(db, {"assignment_source": source})


def set_assignment(
    db: sqlite_utils.Database,
    judge_id: str,
    entry_code: str,
    assigned: bool,
    source: str,
    stage: str = "",
) -> None:
    """Assign one pair for `stage` ('' every stage; or take that row away), and say where
    the assignments now come from."""
    with db.atomic():
        if assigned:
            db.execute(
                "INSERT OR IGNORE INTO assignments (judge_id, entry_code, stage) VALUES (?, ?, ?)",
                [judge_id, entry_code, stage],
            )
        else:
            db.execute(
                "DELETE FROM assignments WHERE judge_id = ? AND entry_code = ? AND stage = ?",
                [judge_id, entry_code, stage],
            )
        set_meta(db, {"assignment_source": source})


def is_assigned(db: sqlite_utils.Database, judge_id: str, entry_code: str) -> bool:
    """Assigned for any stage."""
    return (
        db.execute(
            "SELECT 1 FROM assignments WHERE judge_id = ? AND entry_code = ?",
            [judge_id, entry_code],
        ).fetchone()
        is not None
    )


def pair_has_scores(
    db: sqlite_utils.Database, judge_id: str, entry_code: str, stage: str = ""
) -> bool:
    """Any score of the judge on the entry (of `stage` only, when given)."""
    return (
        db.execute(
            "SELECT 1 FROM scores s WHERE judge_id = ? AND entry_code = ? AND (? = '' OR "
            "EXISTS (SELECT 1 FROM criteria c WHERE c.id = s.criterion_id AND c.stage = ?)) "
            "LIMIT 1",
            [judge_id, entry_code, stage, stage],
        ).fetchone()
        is not None
    )


def declared_conflict(db: sqlite_utils.Database, judge_id: str, entry_code: str) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM conflicts WHERE judge_id = ? AND entry_code = ?",
            [judge_id, entry_code],
        ).fetchone()
        is not None
    )


def assignment_pairs(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """Every (judge, entry) pair assigned for any stage."""
    return set(db.execute("SELECT DISTINCT judge_id, entry_code FROM assignments").fetchall())


def assignment_rows(db: sqlite_utils.Database) -> set[tuple[str, str, str]]:
    """Every assignment as (judge, entry, stage); stage '' is every stage."""
    return set(
        db.execute(f"SELECT judge_id, entry_code, stage FROM {assignments_sql(db)}").fetchall()
    )


def conflict_pairs(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """Every declared conflict of interest as a (judge, entry) pair."""
    return set(db.execute("SELECT judge_id, entry_code FROM conflicts").fetchall())


def category_ids(db: sqlite_utils.Database) -> list[str]:
    """The competition's category ids, in the definition's order."""
    return [r[0] for r in db.execute("SELECT id FROM categories ORDER BY position")]


def unassigned_entries(db: sqlite_utils.Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT code FROM entries WHERE code NOT IN (SELECT entry_code FROM assignments) "
            "ORDER BY position"
        )
    ]


def assignment_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return dict(
        db.execute(
            "SELECT judge_id, count(DISTINCT entry_code) FROM assignments GROUP BY judge_id"
        ).fetchall()
    )


def scored_pairs(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """(judge, entry) pairs that already hold scores: unassigning them would orphan work."""
    return set(db.execute("SELECT DISTINCT judge_id, entry_code FROM scores").fetchall())


def scored_stages(db: sqlite_utils.Database) -> set[tuple[str, str, str]]:
    """(judge, entry, stage) of every score: the stages a judge's assignment must keep."""
    return set(
        db.execute(
            "SELECT DISTINCT s.judge_id, s.entry_code, c.stage FROM scores s "
            "JOIN criteria c ON c.id = s.criterion_id"
        ).fetchall()
    )


def find_judge(db: sqlite_utils.Database, judge_id: str) -> Judge:
    """The judge by id, case-insensitively; a message listing the known ids otherwise."""
    by_id = {j.id.casefold(): j for j in judges(db)}
    judge = by_id.get(judge_id.casefold())
    if judge is None:
        if not by_id:
            raise JudgeAppError(
                translate("repository", "unknown judge {judge} (registered: none)").format(
                    judge=repr(judge_id)
                )
            )
        raise JudgeAppError(
            translate("repository", "unknown judge {judge} (registered: {known})").format(
                judge=repr(judge_id), known=", ".join(j.id for j in by_id.values())
            )
        )
    return judge
