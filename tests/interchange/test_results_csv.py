"""The results CSV of an English competition: English headings and flag words, the
figures as printed, in the dialect asked for (default: the competition's)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from judge_app.interchange.results_csv import csv_dialect, write_results_csv

DOCUMENT = {
    "entries": [
        {
            "code": "E1",
            "title": "=HYPERLINK(1)",
            "category": "general",
            "final": 80.57499999999999,
            "rank": 1,
            "category_rank": 1,
            "band": "Good",
            "award": False,
            "flags": ["below_award_rule", "tie"],
            "stages": {"s1": {"score": 2.005, "judges": {}, "flags": []}},
        },
        {
            "code": "E2",
            "title": "No score",
            "category": "general",
            "final": None,
            "rank": None,
            "category_rank": None,
            "band": "",
            "award": False,
            "flags": ["insufficient_judges"],
            "stages": {"s1": {"score": None, "judges": {}, "flags": []}},
        },
    ]
}


@pytest.mark.parametrize(("dialect", "delimiter", "mark"), [(None, ",", "."), ("id", ";", ",")])
def test_english_competition(tmp_path: Path, dialect, delimiter, mark) -> None:
    out = tmp_path / "results.csv"
    write_results_csv(
        out,
        DOCUMENT,
        locale="en",
        dialect=csv_dialect(dialect, "en"),
        stages=[("s1", "Interview")],
        categories=[("general", "General")],
    )
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=delimiter))
    assert rows == [
        ["Code", "Innovation", "Category", "Interview score", "Final score", "Overall rank",
         "Category rank", "Band", "Award", "Flags", "Category note"],
        ["E1", "'=HYPERLINK(1)", "General", f"2{mark}01", f"80{mark}58", "1", "1", "Good", "",
         "short of the award requirement, tied", ""],
        ["E2", "No score", "General", "", "", "", "", "", "", "too few judges", ""],
    ]  # fmt: skip


def test_unknown_dialect_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown CSV dialect"):
        csv_dialect("fr", "id")
    assert csv_dialect(None, "id").delimiter == ";" and csv_dialect(None, "en").decimal == "."
