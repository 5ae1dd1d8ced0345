"""A judge's assignments read and put back (the undo of removing a judge)."""

from __future__ import annotations

import sqlite_utils

from judge_app.store.repository import assignments_sql


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


def assigned_rows(db: sqlite_utils.Database, judge_id: str) -> list[tuple[str, str]]:
    """(entry, stage) of each of the judge's assignments ('' every stage), in list order."""
    return [
        (r[0], r[1])
        for r in db.execute(
            f"SELECT a.entry_code, a.stage FROM {assignments_sql(db)} a "
            "JOIN entries e ON e.code = a.entry_code WHERE a.judge_id = ? "
            "ORDER BY e.position, a.stage",
            [judge_id],
        )
    ]


def assign_rows(db: sqlite_utils.Database, judge_id: str, rows: list[tuple[str, str]]) -> int:
    """Assign the judge these (entry, stage) rows again, on entries still present and not
    withdrawn; returns how many rows were added."""
    with db.atomic():
        before = db.execute("SELECT total_changes()").fetchone()[0]
        db.conn.executemany(
            "INSERT OR IGNORE INTO assignments (judge_id, entry_code, stage) "
            "SELECT ?, code, ? FROM entries WHERE code = ? AND withdrawn = ''",
            [(judge_id, stage, code) for code, stage in rows],
        )
        return int(db.execute("SELECT total_changes()").fetchone()[0] - before)
