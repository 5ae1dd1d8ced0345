"""Results as an Excel workbook: a sheet per category, one with every judge × entry ×
criterion score and note, one with the flags. The figures of the category sheets are the
ones the signed PDFs print (half up to 2 decimals), as numbers formatted 0.00; the judges'
scores are the values they typed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell

from judge_app.base import atomic
from judge_app.domain.model import Judge
from judge_app.interchange.results_csv import flag_words, rounded

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FLAG_SHEET = "Catatan"
SCORES_SHEET = "Nilai juri"
# the workbook is a document: in the competition's language (definition `locale`), as
# the PDFs are, whatever language the person who exports it reads


def _safe_title(name: str, used: set[str]) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Kelompok"
    title, n = clean, 2
    while title in used:
        suffix = f" {n}"
        title = clean[: 31 - len(suffix)] + suffix
        n += 1
    used.add(title)
    return title


def _text(value: str) -> str:
    """Never let a cell start a formula: a title like '=SUM()' stays text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


MAX_ROWS = 1_048_576  # rows in one spreadsheet sheet (Excel's limit), header included


def write_results_xlsx(
    path: Path,
    document: dict,
    categories: list[tuple[str, str]],
    scores: Iterable[tuple[str, str, str, float | None, str]],
    locale: str = "id",
    *,
    stages: Sequence[tuple[str, str]] = (),
    judges: Sequence[Judge] = (),
    conflicts: Iterable[tuple[str, str]] = (),
) -> None:
    """A sheet per category with, per stage of `stages` (id, name), each judge's total
    ("K" for a `conflicts` pair of judge and entry) and the panel score, then the final:
    numbers rounded as the PDFs print them, in cells formatted 0.00. Below the rows, the
    category's award note (fewer awards than places, and why) and who the judges are.
    `scores` may be a stream (a national round has 7.5 million): they fill as many
    sheets as a spreadsheet's row limit needs ("Nilai juri", "Nilai juri (2)", ...)."""

    def t(indonesian: str, english: str) -> str:
        return english if locale == "en" else indonesian

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    conflicted = set(conflicts)
    notes = {c["id"]: c.get("note", "") for c in document.get("categories", [])}
    stage_names = dict(stages)
    several = len(stages) > 1
    for category_id, name in categories:
        sheet = workbook.create_sheet(_safe_title(name, used))
        sheet.freeze_panes = "D2"  # rank, code and title stay in view
        for column, width in (("A", 10), ("B", 14), ("C", 48)):
            sheet.column_dimensions[column].width = width
        sheet.append(
            [
                t("Peringkat", "Rank"),
                t("Kode", "Code"),
                t("Nama Inovasi", "Innovation"),
                *(
                    heading
                    for _, stage_name in stages
                    for heading in (
                        *(f"{j.id} ({stage_name})" if several else j.id for j in judges),
                        t(f"Nilai {stage_name}", f"{stage_name} score"),
                    )
                ),
                t("Nilai Akhir", "Final score"),
                t("Predikat", "Band"),
                t("Penghargaan", "Award"),
                t("Peringkat Umum", "Overall rank"),
                t("Catatan", "Flags"),
            ]
        )
        for e in document["entries"]:
            if e["category"] != category_id:
                continue
            figures: list[Cell | str | None] = []
            for stage_id, _ in stages:
                stage = e["stages"].get(stage_id, {})
                given = stage.get("judges", {})
                for j in judges:
                    if (j.id, e["code"]) in conflicted:
                        figures.append("K")
                    else:
                        figures.append(_figure(sheet, given.get(j.id)))
                figures.append(_figure(sheet, stage.get("score")))
            sheet.append(
                [
                    e["category_rank"],
                    e["code"],
                    _text(e["title"]),
                    *figures,
                    _figure(sheet, e["final"]),
                    e["band"],
                    t("ya", "yes") if e["award"] else "",
                    e["rank"],
                    flag_words(e["flags"], locale),
                ]
            )
        below = [notes.get(category_id, "")] if notes.get(category_id) else []
        below += [
            f"{j.id} = {j.name}" + (f", NIP {j.nip}" if j.nip and j.nip != "-" else "")
            for j in judges
        ]
        if judges:
            below.append(t("K = konflik kepentingan", "K = conflict of interest"))
        if below:
            sheet.append([])
            for line in below:
                sheet.append([_text(line)])
    header = [
        t("Juri", "Judge"),
        t("Kode", "Code"),
        t("Kriteria", "Criterion"),
        t("Nilai", "Score"),
        t("Catatan", "Note"),
    ]
    scores_sheet = t(SCORES_SHEET, "Judge scores")
    sheet, rows, part = None, MAX_ROWS, 0
    for judge, code, criterion, value, note in scores:
        if rows >= MAX_ROWS:
            part += 1
            title = scores_sheet if part == 1 else f"{scores_sheet} ({part})"
            sheet = workbook.create_sheet(_safe_title(title, used))
            sheet.append(header)
            rows = 1
        sheet.append([judge, code, criterion, value, _text(note)])
        rows += 1
    if sheet is None:
        workbook.create_sheet(_safe_title(scores_sheet, used)).append(header)
    sheet = workbook.create_sheet(_safe_title(t(FLAG_SHEET, "Flags"), used))
    sheet.append([t("Kode", "Code"), t("Tanda", "Flag"), t("Tahap", "Stage")])
    for e in document["entries"]:
        for flag in e["flags"]:
            flagged = [s for s, v in e["stages"].items() if flag in v["flags"]]
            sheet.append(
                [
                    e["code"],
                    flag_words([flag], locale),
                    ", ".join(stage_names.get(s, s) for s in flagged),
                ]
            )
    with atomic.replacing(path) as tmp:
        workbook.save(tmp)


def _figure(sheet: WriteOnlyWorksheet, value: float | None) -> Cell | None:
    """A number as printed (half up, 2 decimals), numeric, shown with two decimals in
    the reader's own decimal mark."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=rounded(value))
    cell.number_format = "0.00"
    return cell
