"""A judge's assignments read and put back (the undo of removing a judge)."""

from __future__ import annotations

import sqlite_utils


def assigned_entries(db: sqlite_utils.Database, judge_id: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT e.code FROM entries e WHERE EXISTS (SELECT 1 FROM assignments a "
            "WHERE a.entry_code = e.code AND a.judge_id = ?) ORDER BY e.position",
            [judge_id],
        )
    ]


def assign_entries(db: sqlite_utils.Database, judge_id: str, codes: list[str]) -> int:
    """Assign the judge to these entries again, those still present and not withdrawn;
    returns how many pairs were added."""
    with db.atomic():
        before = db.execute("SELECT total_changes()").fetchone()[0]
        db.conn.executemany(
            "INSERT OR IGNORE INTO assignments (judge_id, entry_code) "
            "SELECT ?, code FROM entries WHERE code = ? AND withdrawn = ''",
            [(judge_id, code) for code in codes],
        )
        return int(db.execute("SELECT total_changes()").fetchone()[0] - before)
