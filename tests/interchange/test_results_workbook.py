"""The results workbook is a document: its headings and sheet names are in the
competition's language (definition `locale`), Indonesian or English, and its figures are
the printed ones (half up to 2 decimals), as numbers formatted 0.00."""

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
            "final": 80.57499999999999,
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
        80.58,
        "Sangat Baik",
        award,
    )
    scores = list(book[sheets[1]].iter_rows(values_only=True))
    assert scores[0] == scores_heading and scores[1] == ("J1", "E1", "K1", 80.5, "catatan")
    flags = list(book[sheets[2]].iter_rows(values_only=True))
    assert flags[1] == ("E1", "spread", "s1")


def test_judge_totals_stages_and_the_award_note(tmp_path: Path) -> None:
    from judge_app.domain.model import Judge

    document = {
        "categories": [{"id": "umum", "note": "Hanya 1 inovasi yang memenuhi syarat."}],
        "entries": [
            {
                "category": "umum",
                "category_rank": 1,
                "code": "E1",
                "title": "Inovasi",
                "final": 80.57499999999999,
                "band": "Baik",
                "award": False,
                "rank": 1,
                "flags": ["below_award_rule"],
                "stages": {
                    "s1": {"score": 70.125, "judges": {"J1": 70.125}, "flags": []},
                    "s2": {"score": 80.57499999999999, "judges": {"J1": 79.8}, "flags": []},
                },
            }
        ],
    }
    judges = [Judge("J1", "Rina", "1972"), Judge("J2", "Ahmad", "-")]
    out = tmp_path / "h.xlsx"
    write_results_xlsx(
        out,
        document,
        [("umum", "Umum")],
        [],
        "id",
        stages=[("s1", "Proposal"), ("s2", "Presentasi")],
        judges=judges,
        conflicts=[("J2", "E1")],
    )
    sheet = openpyxl.load_workbook(out)["Umum"]
    rows = [list(r) for r in sheet.iter_rows()]
    assert [c.value for c in rows[0]] == [
        "Peringkat", "Kode", "Nama Inovasi",
        "J1 (Proposal)", "J2 (Proposal)", "Nilai Proposal",
        "J1 (Presentasi)", "J2 (Presentasi)", "Nilai Presentasi",
        "Nilai Akhir", "Predikat", "Penghargaan", "Peringkat Umum", "Catatan",
    ]  # fmt: skip
    values = [c.value for c in rows[1]]
    assert values[3:10] == [70.13, "K", 70.13, 79.8, "K", 80.58, 80.58]
    assert all(rows[1][i].number_format == "0.00" for i in (3, 5, 6, 8, 9))
    assert values[13] == "tidak memenuhi syarat penghargaan"
    below = [r[0].value for r in rows[2:] if r[0].value]
    assert below == [
        "Hanya 1 inovasi yang memenuhi syarat.",
        "J1 = Rina, NIP 1972",
        "J2 = Ahmad",
        "K = konflik kepentingan",
    ]
