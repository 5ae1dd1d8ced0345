"""Assignment list import: which judge scores which entry."""

from __future__ import annotations

from pathlib import Path

from judge_app.base.errors import ImportProblems
from judge_app.base.text import translate
from judge_app.interchange.columns import Column, read_records

ASSIGNMENT_COLUMNS = [
    Column("judge", ("juri", "judge id", "id juri", "kode juri"), True, 50),
    Column("entry", ("kode", "code", "entry code", "kode inovasi"), True, 64),
]


def read_assignments(
    path: Path, judge_ids: set[str], entry_codes: set[str]
) -> list[tuple[str, str]]:
    """(judge id, entry code) pairs, each checked against the master (ignoring case, as
    codes are unique regardless of case); duplicates folded."""
    records, problems, _ = read_records(path, ASSIGNMENT_COLUMNS)
    judges = {j.casefold(): j for j in judge_ids}
    entries = {e.casefold(): e for e in entry_codes}
    pairs: dict[tuple[str, str], None] = {}
    for number, values in records:
        judge = judges.get(values["judge"].casefold())
        entry = entries.get(values["entry"].casefold())
        if judge is None:
            problems.append(
                translate(
                    "assignments_import", "row {row}, column judge: unknown judge {judge}"
                ).format(row=number, judge=repr(values["judge"]))
            )
        if entry is None:
            problems.append(
                translate(
                    "assignments_import", "row {row}, column entry: unknown entry code {entry}"
                ).format(row=number, entry=repr(values["entry"]))
            )
        if judge is not None and entry is not None:
            pairs[(judge, entry)] = None
    if problems:
        raise ImportProblems(str(path), problems)
    if not records:
        raise ImportProblems(
            str(path), [translate("assignments_import", "no assignments below the header row")]
        )
    return list(pairs)
