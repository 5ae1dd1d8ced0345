"""The results workbook is a document: its headings and sheet names are in the
competition's language (definition `locale`), Indonesian or English, and its numbers stay
unrounded."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from judge_app.interchange.results_xlsx import write_results_xlsx

DOCUMENT = {
    "entries": [
        {
            "category": "umum",
            "category_rank": 1,
            "code": "E1",
            "title": "=Inovasi yang judulnya mirip rumus",
            "final": 80.575,
            "band": "Sangat Baik",
            "award": True,
            "rank": 1,
            "flags": ["spread"],
            "stages": {"s1": {"flags": ["spread"]}},
        }
    ]
}
SCORES = [("J1", "E1", "K1", 80.5, "catatan"), ("J2", "E1", "K1", None, "")]


@pytest.mark.parametrize(
    ("locale", "sheets", "heading", "award", "scores_heading"),
    [
        (
            "id",
            ["Kelompok Umum", "Nilai juri", "Catatan"],
            ("Peringkat", "Kode", "Nama Inovasi", "Nilai Akhir", "Predikat", "Penghargaan"),
            "ya",
            ("Juri", "Kode", "Kriteria", "Nilai", "Catatan"),
        ),
        (
            "en",
            ["Kelompok Umum", "Judge scores", "Flags"],
            ("Rank", "Code", "Innovation", "Final score", "Band", "Award"),
            "yes",
            ("Judge", "Code", "Criterion", "Score", "Note"),
        ),
    ],
)
def test_workbook_in_the_competitions_language(
    tmp_path: Path, locale, sheets, heading, award, scores_heading
) -> None:
    out = tmp_path / f"hasil-{locale}.xlsx"
    write_results_xlsx(out, DOCUMENT, [("umum", "Kelompok Umum")], SCORES, locale)
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == sheets
    rows = list(book["Kelompok Umum"].iter_rows(values_only=True))
    assert rows[0][:6] == heading
    assert rows[1][:6] == (
        1,
        "E1",
        "'=Inovasi yang judulnya mirip rumus",
        80.575,
        "Sangat Baik",
        award,
    )
    scores = list(book[sheets[1]].iter_rows(values_only=True))
    assert scores[0] == scores_heading and scores[1] == ("J1", "E1", "K1", 80.5, "catatan")
    flags = list(book[sheets[2]].iter_rows(values_only=True))
    assert flags[1] == ("E1", "spread", "s1")
