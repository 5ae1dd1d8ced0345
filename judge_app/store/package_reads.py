"""Reads that let merge check a whole package with set-based SQL (issue 6): the audit
log in one pass, and a judge's scores as the exact text of a signed sheet."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils

from judge_app.base.text import translate
from judge_app.domain.scoring import format_number
from judge_app.store.repository import assignments_sql
from judge_app.store.schema import MIGRATIONS
from judge_app.store.totals import ShareSql

# format_number (domain/scoring.py) in SQL: whole numbers without ".0", else 10 digits
_VALUE_TEXT = (
    "CASE WHEN value IS NULL THEN NULL "
    "WHEN value = CAST(value AS INTEGER) THEN CAST(CAST(value AS INTEGER) AS TEXT) "
    "ELSE printf('%.10g', value) END"
)


def audit_pass(db: sqlite_utils.Database) -> Iterator[tuple[Any, ...]]:
    """(canonical text the hash covers, prev_hash, hash, seq, actor, action, target,
    after) per record in order; the text is SQLite's JSON array, which is the app's
    canonical JSON whenever the two agree (a disagreement only fails the quick check)."""
    return db.conn.execute(
        "SELECT json_array(prev_hash, at, actor, action, target, before, after), "
        "prev_hash, hash, seq, actor, action, target, after FROM audit_log ORDER BY seq"
    )


def scores_text(db: sqlite_utils.Database, judge_id: str, table: str = "scores") -> str:
    """The judge's scores as the "scores" array of a signed sheet, without brackets."""
    row = db.conn.execute(
        "SELECT group_concat(json_object('criterion', criterion_id, 'entry', entry_code, "
        f"'note', note, 'value', {_VALUE_TEXT}), ',') FROM (SELECT * FROM {table} "
        "WHERE judge_id = ? AND (value IS NOT NULL OR note != '') "
        "ORDER BY entry_code, criterion_id)",
        [judge_id],
    ).fetchone()
    return row[0] or ""


def staged_matches(db: sqlite_utils.Database, name: str, judge_id: str, signed: str) -> bool:
    """The rows staged in the master's own connection are exactly the signed cells
    (`signed`: the sheet's scores array text): text keys and notes, float or missing
    values, the same text as the sheet, and floats the sheet's text gives back. Whatever
    the package file did while it was read (a view, an edit, a swap), only this counts."""
    odd = db.conn.execute(
        f"SELECT 1 FROM temp.{name} WHERE judge_id IS NOT ? OR typeof(entry_code) != 'text' "
        "OR typeof(criterion_id) != 'text' OR typeof(note) != 'text' "
        "OR typeof(value) NOT IN ('real', 'null') LIMIT 1",
        [judge_id],
    ).fetchone()
    if odd or scores_text(db, judge_id, f"temp.{name}") != signed:
        return False
    values = db.conn.execute(
        f"SELECT DISTINCT value FROM temp.{name} WHERE value IS NOT NULL"
    ).fetchall()
    return all(float(format_number(v)) == v for (v,) in values)


def rows_outside_assignments(db: sqlite_utils.Database, judge_id: str) -> bool:
    """Any score or conflict of the judge on an entry not assigned to them (or gone), a
    score of a stage not assigned to them, or on a criterion the definition does not have."""
    assignments = assignments_sql(db)
    for table in ("scores", "conflicts"):
        criterion, stage = "", ""
        if table == "scores":
            criterion = "OR t.criterion_id NOT IN (SELECT id FROM criteria)"
            stage = (
                "AND (a.stage = '' OR a.stage = "
                "(SELECT c.stage FROM criteria c WHERE c.id = t.criterion_id))"
            )
        row = db.conn.execute(
            f"SELECT 1 FROM {table} t WHERE t.judge_id = ? AND (NOT EXISTS (SELECT 1 FROM "
            f"{assignments} a JOIN entries e ON e.code = a.entry_code "
            f"WHERE a.judge_id = t.judge_id AND a.entry_code = t.entry_code {stage}) "
            f"{criterion}) LIMIT 1",
            [judge_id],
        ).fetchone()
        if row:
            return True
    return False


def score_cells(
    db: sqlite_utils.Database, judge_id: str
) -> Iterator[tuple[str, str, float | None]]:
    """(audit target, note, value) for every stored cell."""
    return db.conn.execute(
        "SELECT entry_code || '/' || criterion_id, note, value FROM scores WHERE judge_id = ?",
        [judge_id],
    )


def stage_scores(db: sqlite_utils.Database, source: Path, judge_id: str, name: str) -> None:
    """Copy a judge's signed cells from a package whose rows were proven equal to the
    sheet into a temporary table of the master's connection, before the merge's one
    transaction: SQLite cannot detach a file read inside a transaction, and attaches at
    most ten, so the packages are read one by one first (at SQLite's copying speed)."""
    db.conn.commit()
    db.conn.execute("PRAGMA trusted_schema = OFF")  # the package's schema runs no functions
    db.conn.execute("ATTACH DATABASE ? AS merge_source", [str(source)])
    try:
        db.conn.execute(  # keyed as `scores`: rows arrive in key order, none twice
            f"CREATE TEMP TABLE {name} (judge_id TEXT, entry_code TEXT, criterion_id TEXT, "
            "value REAL, note TEXT, PRIMARY KEY (judge_id, entry_code, criterion_id)) "
            "WITHOUT ROWID"
        )
        db.conn.execute(
            f"INSERT INTO temp.{name} SELECT judge_id, entry_code, criterion_id, value, note "
            "FROM merge_source.scores WHERE judge_id = ? AND (value IS NOT NULL OR note != '')",
            [judge_id],
        )
        db.conn.commit()
    finally:
        db.conn.execute("DETACH DATABASE merge_source")


def rule_breaches(db: sqlite_utils.Database, judge_id: str) -> list[str]:
    """What the master's triggers and foreign keys would have refused in the judge's
    score rows: a score on an entry the judge declared a conflict on, scores of a judge
    whose rows are locked, a judge, entry or criterion the master does not have, a score
    of a stage the master assigns the pair for other stages only (a pair the master no
    longer assigns at all, as a withdrawn entry's, is not one). Reads
    the judge's rows once in key order and looks up each distinct entry, not each row."""
    has_rows = db.conn.execute("SELECT 1 FROM scores WHERE judge_id = ? LIMIT 1", [judge_id])
    if not has_rows.fetchone():
        return []
    problems = []
    if not db.conn.execute("SELECT 1 FROM judges WHERE id = ?", [judge_id]).fetchone():
        problems.append(
            translate("package_reads", "judge {judge}: not a judge of this master").format(
                judge=judge_id
            )
        )
    if db.conn.execute("SELECT 1 FROM locks WHERE judge_id = ?", [judge_id]).fetchone():
        problems.append(
            translate("package_reads", "judge {judge}: scores are locked").format(judge=judge_id)
        )
    conflicted = db.conn.execute(
        "SELECT c.entry_code FROM conflicts c WHERE c.judge_id = ? AND EXISTS "
        "(SELECT 1 FROM scores s WHERE s.judge_id = c.judge_id AND s.entry_code = c.entry_code) "
        "LIMIT 1",
        [judge_id],
    ).fetchone()
    if conflicted:
        problems.append(
            translate(
                "package_reads",
                "judge {judge}: a score on {entry}, declared a conflict of interest",
            ).format(judge=judge_id, entry=conflicted[0])
        )
    assignments = assignments_sql(db)
    staged = db.conn.execute(
        f"SELECT 1 FROM {assignments} a WHERE a.judge_id = ? AND a.stage != '' LIMIT 1",
        [judge_id],
    ).fetchone()
    if staged:  # assigned per stage: a score of a stage the pair is not assigned
        outside = db.conn.execute(
            "SELECT s.entry_code, c.stage FROM scores s JOIN criteria c ON c.id = s.criterion_id "
            f"WHERE s.judge_id = ? AND EXISTS (SELECT 1 FROM {assignments} a "
            "WHERE a.judge_id = s.judge_id AND a.entry_code = s.entry_code) "
            f"AND NOT EXISTS (SELECT 1 FROM {assignments} a WHERE a.judge_id = s.judge_id "
            "AND a.entry_code = s.entry_code AND a.stage IN ('', c.stage)) LIMIT 1",
            [judge_id],
        ).fetchone()
        if outside:
            problems.append(
                translate(
                    "package_reads",
                    "judge {judge}: a score of stage {stage} on {entry}, a stage not assigned "
                    "to this judge",
                ).format(judge=judge_id, stage=outside[1], entry=outside[0])
            )
    for column, parents, message in (
        (
            "entry_code",
            "SELECT code FROM entries",
            translate(
                "package_reads", "judge {judge}: a score on {value}, not an entry of this master"
            ),
        ),
        (
            "criterion_id",
            "SELECT id FROM criteria",
            translate(
                "package_reads", "judge {judge}: a score on {value}, not a criterion of this master"
            ),
        ),
    ):
        unknown = db.conn.execute(
            f"SELECT {column} FROM (SELECT DISTINCT {column} FROM scores WHERE judge_id = ?) "
            f"WHERE {column} NOT IN ({parents}) LIMIT 1",
            [judge_id],
        ).fetchone()
        if unknown:
            problems.append(message.format(judge=judge_id, value=repr(unknown[0])))
    return problems


def copy_staged(
    db: sqlite_utils.Database,
    name: str,
    judge_id: str,
    updated_at: str,
    shares: ShareSql | None = None,
) -> None:
    """Inside the merge's transaction: the staged cells into the master as the judge's
    (whatever the staged rows say), with each score's share and stage when `shares` is
    given."""
    columns, chosen = "", ""
    params: list[str | int | float] = [judge_id, updated_at]
    if shares is not None:
        columns, chosen = ", share, stage_no", f", {shares.share}, {shares.stage}"
        params += [*shares.share_params, *shares.stage_params]
    db.conn.execute(
        "INSERT INTO main.scores (judge_id, entry_code, criterion_id, value, note, updated_at"
        f"{columns}) SELECT ?, entry_code, criterion_id, value, note, ?{chosen} "
        f"FROM temp.{name}",
        params,
    )


def drop_staged(db: sqlite_utils.Database, names: Iterable[str]) -> None:
    for name in names:
        db.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
    db.conn.commit()


@lru_cache(maxsize=8)
def expected_schema(version: int) -> frozenset[tuple[Any, ...]]:
    """sqlite_master of a file made by the migrations up to `version`: a package with
    anything else (a view in place of a table, a changed trigger) is not proven."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        return _schema_rows(conn)
    finally:
        conn.close()


def schema_objects(db: sqlite_utils.Database) -> frozenset[tuple[Any, ...]]:
    return _schema_rows(db.conn)


def _schema_rows(conn: sqlite3.Connection) -> frozenset[tuple[Any, ...]]:
    return frozenset(
        conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    )
