"""Copy one judge's slice of a master into a new package file (set-based, via ATTACH)."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from judge_app.store.database import new_file
from judge_app.store.material import has_material
from judge_app.store.repository import assignments_sql

# Tables copied whole: the competition definition is the same for everyone.
SHARED_TABLES = ("definition", "stages", "categories", "criteria")

# A withdrawn entry is left out of a package, unless the judge already holds work on it
# (scores or a declared conflict, which the judge's audit log and signed sheets name).
PACKAGED = (
    "(e.withdrawn = '' OR EXISTS (SELECT 1 FROM src.scores s WHERE s.judge_id = a.judge_id "
    "AND s.entry_code = a.entry_code) OR EXISTS (SELECT 1 FROM src.conflicts c "
    "WHERE c.judge_id = a.judge_id AND c.entry_code = a.entry_code))"
)

# Per-judge tables: only rows of this judge, so a package says nothing about the others.
JUDGE_SLICES = {
    "entries": "SELECT e.* FROM src.entries e WHERE EXISTS (SELECT 1 FROM src.assignments a "
    f"WHERE a.entry_code = e.code AND a.judge_id = :judge AND {PACKAGED}) ORDER BY e.position",
    "judges": "SELECT * FROM src.judges WHERE id = :judge",
    "assignments": "SELECT a.judge_id, a.entry_code, a.stage FROM src.assignments a "
    f"JOIN src.entries e ON e.code = a.entry_code WHERE a.judge_id = :judge AND {PACKAGED}",
    "conflicts": "SELECT * FROM src.conflicts WHERE judge_id = :judge",
    "scores": "SELECT * FROM src.scores WHERE judge_id = :judge",
    "declarations": "SELECT * FROM src.declarations WHERE judge_id = :judge",
    "sheets": "SELECT * FROM src.sheets WHERE judge_id = :judge",
    "locks": "SELECT * FROM src.locks WHERE judge_id = :judge",
}


def write_package(master_path: Path, judge_id: str, out: Path, meta: dict[str, str]) -> int:
    """Write the package atomically (temporary file, then rename); returns entry count."""
    with new_file(out, "package", meta) as db:
        return _copy_slice(db, master_path, judge_id, skip=())


def _copy_slice(
    db: sqlite_utils.Database, master_path: Path, judge_id: str, skip: tuple[str, ...]
) -> int:
    db.execute("ATTACH DATABASE ? AS src", [str(master_path)])
    try:
        with db.atomic():
            for table in SHARED_TABLES:
                db.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
            # a master of a schema before 10 assigns every pair for every stage
            assignments = f"{assignments_sql(db, 'src')} "
            for table, select in JUDGE_SLICES.items():
                if table not in skip:
                    select = select.replace("src.assignments ", assignments)
                    db.execute(f"INSERT INTO main.{table} {select}", {"judge": judge_id})
            if has_material(db, "src"):  # the material of this judge's entries, no other
                db.execute(
                    "INSERT INTO main.material SELECT m.* FROM src.material m "
                    "WHERE m.entry_code IN (SELECT code FROM main.entries)"
                )
                db.execute(
                    "INSERT INTO main.material_blobs (sha256, data) SELECT b.sha256, b.data "
                    "FROM src.material_blobs b WHERE b.sha256 IN (SELECT sha256 FROM main.material)"
                )
        return int(db.execute("SELECT count(*) FROM main.entries").fetchone()[0])
    finally:
        db.execute("DETACH DATABASE src")


# A re-issued package (the judge's key was re-registered): no old declarations, sheets or
# locks, whose signatures belong to the retired key.
REISSUE_SKIPPED = ("declarations", "sheets", "locks", "scores", "conflicts")


def write_reissued_package(
    master_path: Path, judge_id: str, out: Path, meta: dict[str, str]
) -> int:
    """A package for a judge whose key was re-registered: the scores and conflicts of the
    judge's counted signed revision are carried over as a draft (audited, so `verify`
    replays them), and the next signature becomes the revision after it."""
    import json

    from judge_app.domain.model import ScoreChange
    from judge_app.store import scores as score_store
    from judge_app.store.audit import append_audit
    from judge_app.store.database import open_database
    from judge_app.store.merging import counted_sheets
    from judge_app.store.signing import retired_keys

    source = open_database(master_path, migrate=False, write=False)
    try:
        sheet = counted_sheets(source).get(judge_id)
        last = source.execute(
            "SELECT coalesce(max(revision), 0) FROM sheets WHERE judge_id = ?", [judge_id]
        ).fetchone()[0]
        retired = [k.fingerprint for k in retired_keys(source, judge_id)]
    finally:
        source.close()
    # the retired fingerprints: a key left on the judge's computer must not be reused
    meta = {**meta, "revision_base": str(last), "retired_fingerprints": json.dumps(retired)}
    with new_file(out, "package", meta) as db:
        count = _copy_slice(db, master_path, judge_id, skip=REISSUE_SKIPPED)
        if sheet is not None:
            payload = json.loads(sheet.payload)
            with db.atomic():
                append_audit(
                    db,
                    "secretariat",
                    "reissue",
                    f"revision {sheet.revision}",
                    None,
                    {"sha256": sheet.sha256, "next_revision": last + 1},
                )
            for c in payload["conflicts"]:
                score_store.declare_conflict(db, judge_id, c["entry"], c["reason"])
            score_store.write_scores(
                db,
                judge_id,
                [
                    ScoreChange(
                        s["entry"],
                        s["criterion"],
                        None if s["value"] is None else float(s["value"]),
                        s["note"],
                    )
                    for s in payload["scores"]
                ],
            )
    return count
