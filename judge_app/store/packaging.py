"""Copy one judge's slice of a master into a new package file (set-based, via ATTACH)."""

from __future__ import annotations

from pathlib import Path

from judge_app.store.database import new_file

# Tables copied whole: the competition definition is the same for everyone.
SHARED_TABLES = ("definition", "stages", "categories", "criteria")

# Per-judge tables: only rows of this judge, so a package says nothing about the others.
JUDGE_SLICES = {
    "entries": "SELECT e.* FROM src.entries e JOIN src.assignments a "
    "ON a.entry_code = e.code WHERE a.judge_id = :judge ORDER BY e.position",
    "judges": "SELECT * FROM src.judges WHERE id = :judge",
    "assignments": "SELECT * FROM src.assignments WHERE judge_id = :judge",
    "conflicts": "SELECT * FROM src.conflicts WHERE judge_id = :judge",
    "scores": "SELECT * FROM src.scores WHERE judge_id = :judge",
    "declarations": "SELECT * FROM src.declarations WHERE judge_id = :judge",
    "sheets": "SELECT * FROM src.sheets WHERE judge_id = :judge",
    "locks": "SELECT * FROM src.locks WHERE judge_id = :judge",
}


def write_package(master_path: Path, judge_id: str, out: Path, meta: dict[str, str]) -> int:
    """Write the package atomically (temporary file, then rename); returns entry count."""
    with new_file(out, "package", meta) as db:
        db.execute("ATTACH DATABASE ? AS src", [str(master_path)])
        try:
            with db.atomic():
                for table in SHARED_TABLES:
                    db.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
                for table, select in JUDGE_SLICES.items():
                    db.execute(f"INSERT INTO main.{table} {select}", {"judge": judge_id})
            count = db.execute("SELECT count(*) FROM main.entries").fetchone()[0]
        finally:
            db.execute("DETACH DATABASE src")
    return count
