"""Results as an Excel workbook: a sheet per category, one with every judge × entry ×
criterion score and note, one with the flags. Numbers stay unrounded."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from judge_app import atomic

FLAG_SHEET = "Catatan"
SCORES_SHEET = "Nilai juri"


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


def write_results_xlsx(
    path: Path,
    document: dict,
    categories: list[tuple[str, str]],
    scores: list[tuple[str, str, str, float | None, str]],
) -> None:
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for category_id, name in categories:
        sheet = workbook.create_sheet(_safe_title(name, used))
        header = ["Peringkat", "Kode", "Nama Inovasi", "Nilai Akhir", "Predikat", "Penghargaan",
                  "Peringkat Umum", "Catatan"]  # fmt: skip
        sheet.append(header)
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
                    "ya" if e["award"] else "",
                    e["rank"],
                    ", ".join(e["flags"]),
                ]
            )
    sheet = workbook.create_sheet(_safe_title(SCORES_SHEET, used))
    sheet.append(["Juri", "Kode", "Kriteria", "Nilai", "Catatan"])
    for judge, code, criterion, value, note in scores:
        sheet.append([judge, code, criterion, value, _text(note)])
    sheet = workbook.create_sheet(_safe_title(FLAG_SHEET, used))
    sheet.append(["Kode", "Tanda", "Tahap"])
    for e in document["entries"]:
        for flag in e["flags"]:
            stages = [s for s, v in e["stages"].items() if flag in v["flags"]]
            sheet.append([e["code"], flag, ", ".join(stages)])
    with atomic.replacing(path) as tmp:
        workbook.save(tmp)
