"""One entry changed by hand: its fields, its withdrawal from the round (its scores stay),
its return, or its removal when nothing refers to it. Each change is one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import sqlite_utils

from judge_app.domain.model import Entry
from judge_app.store.repository import ENTRY_FIELDS, _select


@dataclass(frozen=True)
class EntryWork:
    """What refers to one entry in a master."""

    assigned: tuple[str, ...]  # judge ids, in registration order
    scored: tuple[str, ...]  # judges holding score rows on it (counted sheets, merged)
    conflicts: tuple[str, ...]  # judges who declared a conflict of interest on it


def entry(db: sqlite_utils.Database, code: str) -> Entry | None:
    """The entry by code: as stored, else regardless of case (codes are unique so)."""
    cols = _select(db, "entries", ENTRY_FIELDS)
    row = db.execute(f"SELECT {cols} FROM entries WHERE code = ?", [code]).fetchone()
    if row is None:
        row = db.execute(
            f"SELECT {cols} FROM entries WHERE code = ? COLLATE NOCASE", [code]
        ).fetchone()
    return Entry(*row) if row else None


def work(db: sqlite_utils.Database, code: str) -> EntryWork:
    """Found per judge through the primary keys (judge, entry, ...): quick on a national
    master, where scores have no index by entry."""

    def judges(table: str) -> tuple[str, ...]:
        return tuple(
            r[0]
            for r in db.execute(
                f"SELECT j.id FROM judges j WHERE EXISTS (SELECT 1 FROM {table} t "
                "WHERE t.judge_id = j.id AND t.entry_code = ?) ORDER BY j.rowid",
                [code],
            )
        )

    return EntryWork(judges("assignments"), judges("scores"), judges("conflicts"))


def withdrawn_entries(db: sqlite_utils.Database) -> list[Entry]:
    cols = _select(db, "entries", ENTRY_FIELDS)
    if "withdrawn" not in {row[1] for row in db.execute("PRAGMA table_info(entries)")}:
        return []
    return [
        Entry(*row)
        for row in db.execute(
            f"SELECT {cols} FROM entries WHERE withdrawn != '' ORDER BY position, code"
        )
    ]


def update(db: sqlite_utils.Database, new: Entry) -> None:
    """Every field but the code (the key) and the withdrawal (its own change)."""
    values = {k: v for k, v in asdict(new).items() if k not in ("code", "withdrawn")}
    with db.atomic():
        db.table("entries").update(new.code, values)


def withdraw(db: sqlite_utils.Database, code: str, reason: str) -> list[str | tuple[str, str]]:
    """Mark the entry withdrawn and drop its assignments that hold no scores and no
    declared conflict; returns the judges whose assignment went (a judge id: for every
    stage; (judge id, stage): for that stage only)."""
    free = (
        "entry_code = :code AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.judge_id = "
        "a.judge_id AND s.entry_code = a.entry_code) AND NOT EXISTS (SELECT 1 FROM conflicts c "
        "WHERE c.judge_id = a.judge_id AND c.entry_code = a.entry_code)"
    )
    with db.atomic():
        removed: list[str | tuple[str, str]] = [
            (r[0], r[1]) if r[1] else r[0]
            for r in db.execute(
                f"SELECT a.judge_id, a.stage FROM assignments a WHERE {free} "
                "ORDER BY a.judge_id, a.stage",
                {"code": code},
            )
        ]
        db.execute(f"DELETE FROM assignments AS a WHERE {free}", {"code": code})
        db.execute("UPDATE entries SET withdrawn = ? WHERE code = ?", [reason, code])
    return removed


def restore(db: sqlite_utils.Database, code: str, judges: Sequence[str | tuple[str, str]]) -> None:
    """Take the entry back into the round, assigned again to `judges` (those registered;
    a judge id for every stage, (judge id, stage) for one stage)."""
    rows = [(j, "") if isinstance(j, str) else (j[0], j[1]) for j in judges]
    with db.atomic():
        db.execute("UPDATE entries SET withdrawn = '' WHERE code = ?", [code])
        db.conn.executemany(
            "INSERT OR IGNORE INTO assignments (judge_id, entry_code, stage) "
            "SELECT id, ?, ? FROM judges WHERE id = ?",
            [(code, stage, j) for j, stage in rows],
        )


def delete(db: sqlite_utils.Database, code: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM assignments WHERE entry_code = ?", [code])
        db.execute("DELETE FROM entries WHERE code = ?", [code])


def insert(db: sqlite_utils.Database, new: Entry, position: int | None = None) -> None:
    """An entry put back (undo of a delete), at its old place in the list when given."""
    if position is None:
        position = db.execute("SELECT coalesce(max(position) + 1, 0) FROM entries").fetchone()[0]
    with db.atomic():
        db.table("entries").insert({**asdict(new), "position": position})


def position(db: sqlite_utils.Database, code: str) -> int | None:
    row = db.execute("SELECT position FROM entries WHERE code = ?", [code]).fetchone()
    return None if row is None else int(row[0])
