"""Judge totals summed by SQLite as exact integers (issue 6): one GROUP BY over the
master's score rows instead of a Python loop over 7.5 million scores. The master's
`scores` and `conflicts` tables hold exactly the counted signed sheets: merge writes them
from those sheets in the same transaction, and `verify` compares them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from judge_app.domain.scoring import IntegerTotals


@dataclass(frozen=True)
class ShareSql:
    """SQL over a score row's criterion_id and value: `share`, its exact integer part of
    the stage total (the criterion's multiplier times value·scale; NULL off the grid),
    and `stage`, the stage's place in plan.stages; each with its parameters."""

    share: str
    share_params: list[str | int | float]
    stage: str
    stage_params: list[str | int]


def share_columns(plan: IntegerTotals) -> ShareSql:
    share_cases: list[str] = []
    stage_cases: list[str] = []
    share_params: list[str | int | float] = []
    stage_params: list[str | int] = []
    scale = float(plan.scale)
    for number, stage in enumerate(plan.stages.values()):
        for criterion, multiplier in stage.multiplier.items():
            share_cases.append("WHEN ? THEN ? * CAST(round(value * ?) AS INTEGER)")
            share_params += [criterion, multiplier, scale]
            stage_cases.append("WHEN ? THEN ?")
            stage_params += [criterion, number]
    share = (
        "CASE WHEN value IS NULL OR round(value * ?) / ? != value THEN NULL "
        f"ELSE CASE criterion_id {' '.join(share_cases)} END END"
    )
    return ShareSql(
        share,
        [scale, scale, *share_params],
        f"CASE criterion_id {' '.join(stage_cases)} END",
        stage_params,
    )


def write_shares(db: sqlite_utils.Database, plan: IntegerTotals, judge_id: str) -> None:
    """Shares of rows inserted without them (the path that parses a signed sheet)."""
    sql = share_columns(plan)
    db.conn.execute(
        f"UPDATE scores SET share = {sql.share}, stage_no = {sql.stage} WHERE judge_id = ?",
        [*sql.share_params, *sql.stage_params, judge_id],
    )


def write_judge_totals(db: sqlite_utils.Database, judge_id: str) -> None:
    """Inside the merge's transaction, after the judge's rows: their sums per entry and
    stage, what results read."""
    db.conn.execute("DELETE FROM judge_totals WHERE judge_id = ?", [judge_id])
    db.conn.execute(
        "INSERT INTO judge_totals SELECT judge_id, entry_code, coalesce(stage_no, -1), "
        "sum(share), count(share), "
        "count(CASE WHEN value IS NOT NULL AND share IS NULL THEN 1 END) "
        "FROM scores WHERE judge_id = ? GROUP BY entry_code, coalesce(stage_no, -1)",
        [judge_id],
    )


def _pivot(plan: IntegerTotals, value: str, count: str, counting: str) -> str:
    """Columns sum₁, count₁, sum₂, count₂, … of a GROUP BY judge, entry."""
    if len(plan.stages) == 1:
        return f"sum({value}), {counting}({count})"
    return ", ".join(
        f"sum(CASE stage_no WHEN {number} THEN {value} END), "
        f"{counting}(CASE stage_no WHEN {number} THEN {count} END)"
        for number in range(len(plan.stages))
    )


def kept_stage_sums(db: sqlite_utils.Database, plan: IntegerTotals) -> list[tuple[Any, ...]] | None:
    """As stored_stage_sums, from the sums merge keeps in judge_totals. None for a file
    without them (an older schema, no rows) or when a scored row has no share (merged
    before schema 6, or off the grid): the rows themselves are summed then."""
    if not db["judge_totals"].exists():
        return None
    if db.conn.execute("SELECT 1 FROM judge_totals LIMIT 1").fetchone() is None:
        return None
    unshared = db.conn.execute(
        "SELECT 1 FROM judge_totals WHERE unshared > 0 OR stage_no < 0 LIMIT 1"
    ).fetchone()
    if unshared:
        return None
    if len(plan.stages) == 1:
        sql = "SELECT judge_id, entry_code, share_sum, shares FROM judge_totals"
    else:
        columns = _pivot(plan, "share_sum", "shares", "sum")
        sql = f"SELECT judge_id, entry_code, {columns} FROM judge_totals GROUP BY 1, 2"
    return db.conn.execute(sql).fetchall()


def stored_stage_sums(
    db: sqlite_utils.Database, plan: IntegerTotals
) -> list[tuple[Any, ...]] | None:
    """As stage_sums, from the shares merge stored: one GROUP BY over integers. None
    when a scored row has no share (off the grid, or merged before schema 6)."""
    if "share" not in {c.name for c in db["scores"].columns}:
        return None  # a file of schema 5 or older, read as it is (verify)
    columns = _pivot(plan, "share", "share", "count")
    rows = db.conn.execute(
        f"SELECT judge_id, entry_code, {columns} FROM scores GROUP BY judge_id, entry_code"
    ).fetchall()
    return rows if _complete(db, plan, rows) else None


def _complete(db: sqlite_utils.Database, plan: IntegerTotals, rows: list[tuple[Any, ...]]) -> bool:
    """A signed sheet scores every criterion of an entry it does not declare a conflict
    on, so each stage's count of shares is its number of criteria. Fewer (a value
    without a share, or a note without a value): sums are complete only when no scored
    row lacks its share."""
    due = [(2 + 2 * i + 1, len(stage.multiplier)) for i, stage in enumerate(plan.stages.values())]
    if any({row[at] for row in rows} - {count} for at, count in due):
        missing = db.conn.execute(
            "SELECT 1 FROM scores WHERE value IS NOT NULL AND share IS NULL LIMIT 1"
        ).fetchone()
        if missing:
            return False
    return True


def stage_sums(db: sqlite_utils.Database, plan: IntegerTotals) -> list[tuple[Any, ...]] | None:
    """Rows (judge, entry, sum₁, count₁, sum₂, count₂, …) in the order of plan.stages:
    each stage's integer weighted sum and how many of its criteria were scored. None when
    a stored score is off the plan's grid (value·scale not an integer)."""
    columns, params = [], []
    for stage in plan.stages.values():
        cases = " ".join("WHEN ? THEN ? * n" for _ in stage.multiplier)
        columns.append(f"sum(CASE criterion_id {cases} END)")
        for criterion, multiplier in stage.multiplier.items():
            params += [criterion, multiplier]
        marks = ", ".join("?" for _ in stage.multiplier)
        columns.append(f"count(CASE WHEN criterion_id IN ({marks}) THEN 1 END)")
        params += list(stage.multiplier)
    scale = float(plan.scale)
    off_grid = db.conn.execute(
        "SELECT 1 FROM scores WHERE value IS NOT NULL AND round(value * ?) / ? != value LIMIT 1",
        [scale, scale],
    ).fetchone()
    if off_grid:
        return None
    sql = (
        f"SELECT judge_id, entry_code, {', '.join(columns)} "
        "FROM (SELECT judge_id, entry_code, criterion_id, "
        "CAST(round(value * ?) AS INTEGER) AS n FROM scores WHERE value IS NOT NULL) "
        "GROUP BY judge_id, entry_code"
    )
    return db.conn.execute(sql, [*params, scale]).fetchall()


def criterion_values(
    db: sqlite_utils.Database, criteria: list[str]
) -> list[tuple[str, str, str, float]]:
    """(judge, entry, criterion, value) of the given criteria (the tie-break ones)."""
    if not criteria:
        return []
    marks = ", ".join("?" for _ in criteria)
    return db.conn.execute(
        "SELECT judge_id, entry_code, criterion_id, value FROM scores "
        f"WHERE criterion_id IN ({marks}) AND value IS NOT NULL",
        criteria,
    ).fetchall()


def conflicts(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    return db.conn.execute("SELECT judge_id, entry_code FROM conflicts").fetchall()


def entry_cells(
    db: sqlite_utils.Database, code: str
) -> tuple[dict[str, dict[str, tuple[float | None, str]]], dict[str, str]]:
    """One entry's counted scores and notes per judge and criterion, and its conflicts."""
    cells: dict[str, dict[str, tuple[float | None, str]]] = {}
    for judge_id, criterion, value, note in db.conn.execute(
        "SELECT judge_id, criterion_id, value, note FROM scores "
        "WHERE judge_id IN (SELECT id FROM judges) AND entry_code = ?",
        [code],
    ):
        cells.setdefault(judge_id, {})[criterion] = (value, note)
    reasons = dict(
        db.conn.execute(
            "SELECT judge_id, reason FROM conflicts WHERE entry_code = ?", [code]
        ).fetchall()
    )
    return cells, reasons


def every_score(db: sqlite_utils.Database) -> sqlite3.Cursor:
    """(judge, entry, criterion, value, note) of every counted cell, as a stream."""
    return db.conn.execute(
        "SELECT judge_id, entry_code, criterion_id, value, note FROM scores "
        "ORDER BY judge_id, entry_code, criterion_id"
    )
