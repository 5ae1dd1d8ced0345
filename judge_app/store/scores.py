"""A judge's scores, notes and conflicts, each change audited in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from judge_app.base.text import translate
from judge_app.domain.model import ScoreChange
from judge_app.store.audit import append_audit
from judge_app.store.repository import assignments_sql, now


class ConflictedEntry(Exception):
    """The storage layer refused a score on an entry the judge declared a conflict for."""


def scores(
    db: sqlite_utils.Database, judge_id: str
) -> dict[tuple[str, str], tuple[float | None, str]]:
    """(entry, criterion) -> (value, note)."""
    rows = db.execute(
        "SELECT entry_code, criterion_id, value, note FROM scores WHERE judge_id = ?",
        [judge_id],
    )
    return {(e, c): (v, n) for e, c, v, n in rows}


def conflicts(db: sqlite_utils.Database, judge_id: str) -> dict[str, str]:
    rows = db.execute("SELECT entry_code, reason FROM conflicts WHERE judge_id = ?", [judge_id])
    return dict(rows.fetchall())


def judges_with_rows(db: sqlite_utils.Database) -> set[str]:
    """Judges with any score or conflict row."""
    rows = db.execute("SELECT judge_id FROM scores UNION SELECT judge_id FROM conflicts")
    return {r[0] for r in rows}


def assigned_codes(db: sqlite_utils.Database, judge_id: str) -> list[str]:
    return list(assigned_stages(db, judge_id))


def assigned_stages(db: sqlite_utils.Database, judge_id: str) -> dict[str, frozenset[str]]:
    """Entry code -> the stages assigned to the judge ('' among them: every stage), in the
    entries' order."""
    rows = db.execute(
        f"SELECT a.entry_code, a.stage FROM {assignments_sql(db)} a "
        "JOIN entries e ON e.code = a.entry_code WHERE a.judge_id = ? ORDER BY e.position",
        [judge_id],
    )
    found: dict[str, set[str]] = {}
    for code, stage in rows:
        found.setdefault(code, set()).add(stage)
    return {code: frozenset(stages) for code, stages in found.items()}


def _cell(value: float | None, note: str) -> dict[str, float | str | None] | None:
    return None if value is None and not note else {"value": value, "note": note}


def write_scores(db: sqlite_utils.Database, judge_id: str, changes: Iterable[ScoreChange]) -> None:
    """Apply the changes and their audit records in one transaction: all or nothing."""
    conn = db.conn
    try:
        with db.atomic():
            for change in changes:
                old = conn.execute(
                    "SELECT value, note FROM scores "
                    "WHERE judge_id = ? AND entry_code = ? AND criterion_id = ?",
                    [judge_id, change.entry, change.criterion],
                ).fetchone()
                before = _cell(*old) if old else None
                after = _cell(change.value, change.note)
                if before == after:
                    continue
                key = [judge_id, change.entry, change.criterion]
                if after is None:
                    conn.execute(
                        "DELETE FROM scores "
                        "WHERE judge_id = ? AND entry_code = ? AND criterion_id = ?",
                        key,
                    )
                else:
                    conn.execute(
                        "INSERT INTO scores "
                        "(judge_id, entry_code, criterion_id, value, note, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (judge_id, entry_code, criterion_id) DO UPDATE SET "
                        "value = excluded.value, note = excluded.note, "
                        "updated_at = excluded.updated_at",
                        [*key, change.value, change.note, now()],
                    )
                target = f"{change.entry}/{change.criterion}"
                append_audit(db, judge_id, "score", target, before, after)
    except Exception as exc:
        # the English text of the scores_conflicted_* triggers (store/schema.py)
        if "conflict of interest" in str(exc):
            raise ConflictedEntry(
                translate("scores", "conflict of interest: this judge may not score this entry")
            ) from None
        raise


def declare_conflict(db: sqlite_utils.Database, judge_id: str, entry: str, reason: str) -> int:
    """Record the conflict and remove this judge's scores for the entry (audited); returns
    how many scores were removed."""
    with db.atomic():
        removed = db.conn.execute(
            "SELECT criterion_id, value, note FROM scores WHERE judge_id = ? AND entry_code = ?",
            [judge_id, entry],
        ).fetchall()
        for criterion, value, note in removed:
            append_audit(db, judge_id, "score", f"{entry}/{criterion}", _cell(value, note), None)
        db.conn.execute(
            "DELETE FROM scores WHERE judge_id = ? AND entry_code = ?", [judge_id, entry]
        )
        db.conn.execute(
            "INSERT INTO conflicts (judge_id, entry_code, reason, declared_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (judge_id, entry_code) DO UPDATE SET "
            "reason = excluded.reason",
            [judge_id, entry, reason, now()],
        )
        append_audit(db, judge_id, "conflict", entry, None, {"reason": reason})
    return len(removed)


def withdraw_conflict(db: sqlite_utils.Database, judge_id: str, entry: str) -> None:
    with db.atomic():
        row = db.conn.execute(
            "SELECT reason FROM conflicts WHERE judge_id = ? AND entry_code = ?",
            [judge_id, entry],
        ).fetchone()
        if row is None:
            return
        db.conn.execute(
            "DELETE FROM conflicts WHERE judge_id = ? AND entry_code = ?", [judge_id, entry]
        )
        append_audit(db, judge_id, "conflict_withdrawn", entry, {"reason": row[0]}, None)
