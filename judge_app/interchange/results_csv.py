"""Results as CSV, one row per entry, and the figures every export shows.

Every figure is the one the signed PDFs print: rounded half up to 2 decimals
(scoring.round_half_up), never a float's binary tail (80.57499999999999 is 80,58). The CSV
speaks one of two dialects: "id" (semicolon, decimal comma: what Excel with Indonesian
regional settings opens into columns) or "en" (comma, decimal point); by default the
competition's locale. Headings are in the competition's language, as the documents are.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from judge_app.domain.scoring import format_display, round_half_up


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV separates fields and writes a decimal number."""

    name: str
    delimiter: str
    decimal: str


DIALECTS = {
    "id": CsvDialect("id", ";", ","),
    "en": CsvDialect("en", ",", "."),
}


def csv_dialect(name: str | None, locale: str) -> CsvDialect:
    """The dialect asked for, or the competition's (`locale`) when none was."""
    if name:
        if name not in DIALECTS:
            raise ValueError(f"unknown CSV dialect {name!r} (id or en)")
        return DIALECTS[name]
    return DIALECTS["en" if locale == "en" else "id"]


def display(value: float | None, decimal: str = ",") -> str:
    """A figure as printed: '80,58'; empty for no value."""
    return "" if value is None else format_display(value, decimal)


def rounded(value: float | None) -> float | None:
    """A figure as printed, as a number (for a spreadsheet cell formatted 0.00)."""
    return None if value is None else float(round_half_up(value))


def with_display_figures(document: dict) -> dict:
    """The results document with the printed figures beside the unrounded ones:
    "final_display" per entry and "score_display" per stage ("80.58", decimal point,
    null without a value). The unrounded numbers and every other key stay as they are."""
    entries = []
    for entry in document["entries"]:
        stages = {
            stage_id: {**stage, "score_display": _json_display(stage.get("score"))}
            for stage_id, stage in entry["stages"].items()
        }
        entries.append({**entry, "final_display": _json_display(entry["final"]), "stages": stages})
    return {**document, "entries": entries}


def _json_display(value: float | None) -> str | None:
    return None if value is None else format_display(value, ".")


def _text(value: str) -> str:
    """Never let a cell start a formula when Excel opens the file: '=SUM()' stays text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def flag_words(flags: Iterable[str], locale: str) -> str:
    """Flags as the Rekapitulasi names them, in the competition's language."""
    from judge_app.domain.result_words import FLAG_WORDS

    words = FLAG_WORDS["en" if locale == "en" else "id"]
    return ", ".join(words.get(flag, flag) for flag in flags)


def write_results_csv(
    path: Path,
    document: dict,
    *,
    locale: str = "id",
    dialect: CsvDialect | None = None,
    stages: Iterable[tuple[str, str]] = (),
    categories: Iterable[tuple[str, str]] = (),
) -> None:
    """One row per entry: the panel score of each of `stages` (id, name), the final,
    ranks, band, award, flags in words and the category's award note; UTF-8 with BOM so
    that Excel reads the text right. `categories` (id, name) name the category column."""
    dialect = dialect or csv_dialect(None, locale)
    stages = list(stages)
    names = dict(categories)

    def t(indonesian: str, english: str) -> str:
        return english if locale == "en" else indonesian

    header = [
        t("Kode", "Code"),
        t("Nama Inovasi", "Innovation"),
        t("Kelompok", "Category"),
        *(t(f"Nilai {name}", f"{name} score") for _, name in stages),
        t("Nilai Akhir", "Final score"),
        t("Peringkat Umum", "Overall rank"),
        t("Peringkat Kelompok", "Category rank"),
        t("Predikat", "Band"),
        t("Penghargaan", "Award"),
        t("Catatan", "Flags"),
        # the category's sentence when it gives fewer awards than places (and why)
        t("Keterangan Kelompok", "Category note"),
    ]
    notes = {c["id"]: c["note"] for c in document.get("categories", ())}
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=dialect.delimiter)
        writer.writerow(header)
        for e in document["entries"]:
            writer.writerow(
                [
                    e["code"],
                    _text(e["title"]),
                    names.get(e["category"], e["category"]),
                    *(
                        display(e["stages"].get(stage_id, {}).get("score"), dialect.decimal)
                        for stage_id, _ in stages
                    ),
                    display(e["final"], dialect.decimal),
                    e["rank"] or "",
                    e["category_rank"] or "",
                    e["band"] or "",
                    t("ya", "yes") if e["award"] else "",
                    flag_words(e["flags"], locale),
                    notes.get(e["category"], ""),
                ]
            )
