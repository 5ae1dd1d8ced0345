"""Results as an Excel workbook: a sheet per category, one with every judge × entry ×
criterion score and note, one with the flags. Numbers stay unrounded."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook

from judge_app import atomic

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
) -> None:
    """`scores` may be a stream (a national round has 7.5 million): they fill as many
    sheets as a spreadsheet's row limit needs ("Nilai juri", "Nilai juri (2)", …)."""

    def t(indonesian: str, english: str) -> str:
        return english if locale == "en" else indonesian

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for category_id, name in categories:
        sheet = workbook.create_sheet(_safe_title(name, used))
        sheet.append(
            [
                t("Peringkat", "Rank"),
                t("Kode", "Code"),
                t("Nama Inovasi", "Innovation"),
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
            sheet.append(
                [
                    e["category_rank"],
                    e["code"],
                    _text(e["title"]),
                    e["final"],
                    e["band"],
                    t("ya", "yes") if e["award"] else "",
                    e["rank"],
                    ", ".join(e["flags"]),
                ]
            )
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
            stages = [s for s, v in e["stages"].items() if flag in v["flags"]]
            sheet.append([e["code"], flag, ", ".join(stages)])
    with atomic.replacing(path) as tmp:
        workbook.save(tmp)
