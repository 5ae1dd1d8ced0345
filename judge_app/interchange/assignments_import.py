"""Assignment list import: which judge scores which entry."""

from __future__ import annotations

from pathlib import Path

from judge_app.errors import ImportProblems
from judge_app.interchange.columns import Column, read_records

ASSIGNMENT_COLUMNS = [
    Column("judge", ("juri", "judge id", "id juri", "kode juri"), True, 50),
    Column("entry", ("kode", "code", "entry code", "kode inovasi"), True, 64),
]


def read_assignments(
    path: Path, judge_ids: set[str], entry_codes: set[str]
) -> list[tuple[str, str]]:
    """(judge id, entry code) pairs, each checked against the master; duplicates folded."""
    records, problems = read_records(path, ASSIGNMENT_COLUMNS)
    pairs: dict[tuple[str, str], None] = {}
    for number, values in records:
        judge, entry = values["judge"], values["entry"]
        if judge not in judge_ids:
            problems.append(f"row {number}, column judge: unknown judge {judge!r}")
        if entry not in entry_codes:
            problems.append(f"row {number}, column entry: unknown entry code {entry!r}")
        pairs[(judge, entry)] = None
    if problems:
        raise ImportProblems(str(path), problems)
    return list(pairs)
