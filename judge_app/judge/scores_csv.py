"""Scores to and from CSV (columns entry,criterion,value[,note]): paper to digital.
The export writes the dialect the import reads back (semicolon or comma, decimal comma
or point). The import takes the English column names (ARCHITECTURE §9, a contract) and the
Indonesian ones alike; the export names its columns in the user's language (kode,
kriteria, nilai, catatan in Indonesian), and reads back either way."""

from __future__ import annotations

import csv
from pathlib import Path

from judge_app.base import atomic
from judge_app.base.errors import ImportProblems
from judge_app.base.text import language, translate
from judge_app.domain.model import ScoreChange
from judge_app.domain.scoring import format_number, parse_score
from judge_app.interchange.columns import Column, read_records
from judge_app.interchange.results_csv import csv_dialect
from judge_app.sessions.package import PackageSession

SCORE_COLUMNS = [
    Column("entry", ("kode", "entri", "code", "kode inovasi"), True, 64),
    Column("criterion", ("kriteria", "kode kriteria"), True, 50),
    Column("value", ("nilai", "skor", "score"), True, 40),
    Column("note", ("catatan", "keterangan"), False, 5000, multiline=True),
]


def read_score_changes(path: Path, session: PackageSession) -> list[ScoreChange]:
    """Every row checked with the same rules as the scoring screen; all problems listed.
    An empty value with a note sets the note and leaves the score as it is."""
    blocked = (
        session.problem_at("", "", None)
        if not session.declared or session.locked_revision
        else None
    )
    if blocked:  # the package refuses, whatever the sheet holds: name the package
        raise ImportProblems(str(session.path), [blocked[1]])
    records, problems, present = read_records(path, SCORE_COLUMNS)
    changes: list[ScoreChange] = []
    seen: dict[tuple[str, str], int] = {}
    for number, values in records:
        entry = session.canonical_code(values["entry"])
        criterion = session.canonical_criterion(values["criterion"])
        key = (entry, criterion)
        if key in seen:
            problems.append(
                translate(
                    "scores_csv",
                    "row {row}: {entry}/{criterion} appears twice (also on row {other})",
                ).format(row=number, entry=entry, criterion=criterion, other=seen[key])
            )
            continue
        seen[key] = number
        text = values["value"]
        value: float | None = None
        if text:
            try:
                value = parse_score(text)
            except ValueError as exc:
                problems.append(
                    translate("scores_csv", "row {row}, column value: {problem}").format(
                        row=number, problem=exc
                    )
                )
                continue
        elif not values["note"]:
            problems.append(
                translate("scores_csv", "row {row}, column value: empty value").format(row=number)
            )
            continue
        found = session.problem_at(entry, criterion, value)
        if found:
            problems.append(
                translate("scores_csv", "row {row}, column {column}: {problem}").format(
                    row=number, column=found[0], problem=found[1]
                )
            )
            continue
        if value is None:
            value = session.value(entry, criterion)
        # without a note column the notes already written stay as they are
        note = values["note"] if "note" in present else session.note(entry, criterion)
        changes.append(ScoreChange(entry, criterion, value, note))
    if problems:
        raise ImportProblems(str(path), problems)
    if not changes:
        raise ImportProblems(str(path), [translate("scores_csv", "no scores below the header row")])
    return changes


def write_scores_csv(
    session: PackageSession,
    path: Path,
    *,
    all_rows: bool = False,
    dialect: str | None = None,
) -> int:
    """One row per stored score or note, in entry and criterion order; written to a
    temporary file and renamed so a failure never leaves half a file. A .xlsx name gets
    a real workbook (numbers as numbers), which `scores import` reads back. A CSV is in
    `dialect` ("id": semicolons and decimal commas for Excel with Indonesian settings;
    "en": commas and points; default the competition's locale); the columns are named
    in the user's language (`header()`), which `scores import` reads back either way."""
    rows = []
    for entry in session.entries:
        for criterion in session.assigned_criteria(entry.code):
            value = session.value(entry.code, criterion.id)
            note = session.note(entry.code, criterion.id)
            conflicted = session.conflict_reason(entry.code) is not None
            if value is not None or note or (all_rows and not conflicted):
                rows.append((entry.code, criterion.id, value, note))
    if Path(path).suffix.lower() == ".xlsx":
        _write_workbook(path, rows)
        return len(rows)
    chosen = csv_dialect(dialect, session.definition.competition.locale)
    with atomic.replacing(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=chosen.delimiter)
        writer.writerow(header())
        for code, criterion_id, value, note in rows:
            shown = "" if value is None else format_number(value, chosen.decimal)
            writer.writerow([code, criterion_id, shown, note])
    return len(rows)


HEADER = ("entry", "criterion", "value", "note")  # the contract's names (ARCHITECTURE §9)
HEADER_ID = ("kode", "kriteria", "nilai", "catatan")  # SCORE_COLUMNS' aliases


def header() -> tuple[str, ...]:
    """The column names of an exported sheet, in the user's language: an Indonesian judge
    fills in kode, kriteria, nilai, catatan; `--lang en` gives the English names."""
    return HEADER_ID if language() == "id" else HEADER


def _write_workbook(path: Path, rows: list) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("nilai")
    sheet.append(header())
    for code, criterion, value, note in rows:
        cells = []
        for text in (code, criterion):
            cell = WriteOnlyCell(sheet, value=text)
            cell.data_type = "s"  # text stays text, even one that starts with "="
            cells.append(cell)
        written = WriteOnlyCell(sheet, value=note or None)
        if note:
            written.data_type = "s"
        sheet.append([*cells, value, written])
    with atomic.replacing(path) as tmp:
        workbook.save(tmp)
