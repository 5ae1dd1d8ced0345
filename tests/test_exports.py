"""Every figure in the exports is the figure the signed PDFs print (issue 17 §4): on the
signed demo, whose mean 80.575 is 80.57499999999999 in floating point, the CSV (both
dialects), the XLSX and the JSON's display strings all say 80,58 / 80.58; the JSON keeps
its unrounded numbers; the workbook holds numbers formatted 0.00, the judges' totals
(K for a conflict), a panel score per stage and the categories' award notes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from judge_app import services
from judge_app.demo import sign_demo
from judge_app.domain.scoring import format_display, round_half_up
from judge_app.store import repository as repo
from judge_app.store import totals as totals_store
from judge_app.store.database import opened
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as `demo --signed` and `merge` leave it: J3 declares a conflict."""
    home = tmp_path_factory.mktemp("home")
    patch = pytest.MonkeyPatch()
    patch.setenv("JUDGE_APP_HOME", str(home))
    try:
        demo = services.build_demo(tmp_path_factory.mktemp("exports") / "kipp")
        sign_demo(demo, TEST_PASSPHRASE)
        services.merge(demo.master, [p.path for p in demo.packages])
    finally:
        patch.undo()
    return demo.master


@pytest.fixture(scope="module")
def document(merged: Path) -> dict:
    return services.results_document(merged)


def by_code(document: dict) -> dict[str, dict]:
    return {e["code"]: e for e in document["entries"]}


def test_the_demo_has_a_figure_with_a_binary_tail(document: dict) -> None:
    """What the tests below guard against is really there."""
    final = by_code(document)["KIPP23-009"]["final"]
    assert repr(final) == "80.57499999999999"
    assert format_display(final) == "80,58"


@pytest.mark.parametrize(
    ("dialect", "delimiter", "decimal"), [("id", ";", ","), ("en", ",", "."), (None, ";", ",")]
)
def test_results_csv_shows_the_printed_figures(
    merged: Path, document: dict, tmp_path: Path, dialect, delimiter, decimal
) -> None:
    out = tmp_path / "hasil.csv"
    services.results_csv(merged, out, None, None, dialect)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the text right
    text = raw.decode("utf-8-sig")
    print(text[:600])
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    header, body = rows[0], rows[1:]
    assert header == [
        "Kode",
        "Nama Inovasi",
        "Kelompok",
        "Nilai Evaluasi Proposal",
        "Nilai Presentasi dan Wawancara",
        "Nilai Akhir",
        "Peringkat Umum",
        "Peringkat Kelompok",
        "Predikat",
        "Penghargaan",
        "Catatan",
        "Keterangan Kelompok",
    ]  # the demo is an Indonesian competition, whatever the dialect
    entries = by_code(document)
    assert len(body) == len(entries)
    for row in body:
        e = entries[row[0]]
        assert row[5] == format_display(e["final"], decimal)
        assert row[3] == format_display(e["stages"]["proposal"]["score"], decimal)
        assert row[4] == format_display(e["stages"]["presentasi"]["score"], decimal)
        assert "99999" not in row[5] and "00000" not in row[5]
    row = next(r for r in body if r[0] == "KIPP23-009")
    assert row[5] == f"80{decimal}58"
    assert row[2] == "Kelompok Umum"
    below = next(r for r in body if r[0] == "KIPP23-022")
    assert below[10] == "tidak memenuhi syarat penghargaan"  # below_award_rule, in words
    assert below[9] == ""
    note = next(c["note"] for c in document["categories"] if c["id"] == "replikasi")
    assert below[11] == note and note.startswith("Hanya 2 inovasi")  # the shortfall in words
    assert row[11] == ""  # Kelompok Umum gives all its awards


def test_json_keeps_unrounded_numbers_and_adds_the_printed_ones(
    merged: Path, document: dict, tmp_path: Path
) -> None:
    out = tmp_path / "hasil.json"
    services.results_json(merged, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    entry = by_code(written)["KIPP23-009"]
    assert entry["final"] == 80.57499999999999  # the contract: unrounded
    assert entry["final_display"] == "80.58"
    assert entry["stages"]["presentasi"]["score_display"] == "80.58"
    for e in written["entries"]:
        original = by_code(document)[e["code"]]
        assert {k: v for k, v in e.items() if k not in ("final_display", "stages")} == {
            k: v for k, v in original.items() if k != "stages"
        }
        for stage_id, stage in e["stages"].items():
            shown = stage.pop("score_display")
            assert stage == original["stages"][stage_id]
            score = stage["score"]
            assert shown == (None if score is None else format_display(score, "."))
    assert {k: v for k, v in written.items() if k != "entries"} == {
        k: v for k, v in document.items() if k != "entries"
    }


@pytest.mark.parametrize("locale", ["id", "en"])
def test_workbook_figures_are_the_printed_ones(
    merged: Path, document: dict, tmp_path: Path, locale: str
) -> None:
    master = merged
    if locale == "en":  # the same results in an English competition
        from judge_app.interchange.results_xlsx import write_results_xlsx

        with opened(merged, "master", write=False) as db:
            definition = repo.read_definition(db)
            out = tmp_path / "hasil-en.xlsx"
            write_results_xlsx(
                out,
                document,
                [(c.id, c.name) for c in definition.categories],
                totals_store.every_score(db),
                "en",
                stages=[(s.id, s.name) for s in definition.stages],
                judges=repo.judges(db),
                conflicts=totals_store.conflicts(db),
            )
    else:
        out = services.results_xlsx(master, tmp_path / "hasil.xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book["Kelompok Umum"]
    rows = [[c for c in row] for row in sheet.iter_rows()]
    header = [c.value for c in rows[0]]
    for row in rows[:3]:
        print([c.value for c in row])
    en = locale == "en"
    judges = [f"J{n} (Evaluasi Proposal)" for n in range(1, 6)]
    assert header[:9] == [
        "Rank" if en else "Peringkat",
        "Code" if en else "Kode",
        "Innovation" if en else "Nama Inovasi",
        *judges,
        "Evaluasi Proposal score" if en else "Nilai Evaluasi Proposal",
    ]
    final_at = header.index("Final score" if en else "Nilai Akhir")
    panel_at = header.index(
        "Presentasi dan Wawancara score" if en else "Nilai Presentasi dan Wawancara"
    )
    j3_at = header.index("J3 (Presentasi dan Wawancara)")
    entries = by_code(document)
    checked = 0
    for row in rows[1:]:
        code = row[1].value
        if code not in entries:
            break  # the notes below the table
        e = entries[code]
        final = row[final_at]
        assert final.data_type == "n" and final.number_format == "0.00"
        assert final.value == float(round_half_up(e["final"]))
        panel = row[panel_at]
        assert panel.value == float(round_half_up(e["stages"]["presentasi"]["score"]))
        assert panel.number_format == "0.00"
        j3 = row[j3_at]
        given = e["stages"]["presentasi"]["judges"]
        if code == "KIPP23-009":
            assert j3.value == "K"  # J3's declared conflict
        else:
            assert j3.value == float(round_half_up(given["J3"]))
            assert j3.number_format == "0.00"
        checked += 1
    assert checked == sum(1 for e in entries.values() if e["category"] == "umum")
    nine = next(r for r in rows if r[1].value == "KIPP23-009")
    assert nine[final_at].value == 80.58
    below = [r[0].value for r in rows if r[0].value and r[1].value is None]
    assert any(line.startswith("J1 = ") for line in below)  # who J1 is
    notes = [r[0].value for r in book["Kelompok Replikasi"].iter_rows() if r[1].value is None]
    replication = next(c for c in document["categories"] if c["id"] == "replikasi")
    assert replication["note"] and replication["note"] in notes  # only 2 reached the grade
    empty = [r[0].value for r in book["Kelompok Khusus"].iter_rows()]
    assert next(c for c in document["categories"] if c["id"] == "khusus")["note"] in empty
