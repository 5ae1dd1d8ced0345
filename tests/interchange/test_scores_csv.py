"""Paper to digital: scores CSV import (validated like the GUI, all or nothing) and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import ImportProblems
from tests.conftest import TEST_PASSPHRASE, file_hash, write_csv


def test_import_then_export_round_trip(demo: services.Demo, tmp_path: Path) -> None:
    package = demo.packages[1].path
    rows = [
        ["kode", "kriteria", "nilai", "catatan"],
        ["KIPP23-001", "K1", "85", "Inovasi baru di tingkat kota"],
        ["KIPP23-001", "P1", "90", ""],
        ["KIPP23-002", "K1", "", "periksa lagi"],
    ]
    source = write_csv(tmp_path / "paper.csv", rows, delimiter=";")
    assert services.import_scores(package, source) == 3
    out = tmp_path / "out.csv"
    assert services.export_scores(package, out) == 3
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text == [  # the demo is Indonesian: what Excel with Indonesian settings opens
        "entry;criterion;value;note",
        "KIPP23-001;K1;85;Inovasi baru di tingkat kota",
        "KIPP23-001;P1;90;",
        "KIPP23-002;K1;;periksa lagi",
    ]
    english = tmp_path / "out-en.csv"
    assert services.export_scores(package, english, dialect="en") == 3
    assert english.read_text(encoding="utf-8-sig").splitlines()[:2] == [
        "entry,criterion,value,note",
        "KIPP23-001,K1,85,Inovasi baru di tingkat kota",
    ]
    # exporting and importing again changes nothing, in either dialect
    before = file_hash(package)
    services.import_scores(package, out)
    services.import_scores(package, english)
    assert file_hash(package) == before


def test_export_to_a_workbook_is_a_workbook_that_imports_back(
    demo: services.Demo, tmp_path: Path
) -> None:
    """`scores export PACKAGE FILE.xlsx` writes a real workbook (not CSV text under an
    .xlsx name): numbers as numbers, notes as text."""
    import openpyxl

    package = demo.packages[1].path
    rows = [
        ["entry", "criterion", "value", "note"],
        ["KIPP23-001", "K1", "85", "Inovasi baru di tingkat kota"],
        ["KIPP23-002", "K1", "", "periksa lagi"],
    ]
    services.import_scores(package, write_csv(tmp_path / "paper.csv", rows))
    out = tmp_path / "nilai.xlsx"
    assert services.export_scores(package, out) == 2
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["entry", "criterion", "value", "note"],
        ["KIPP23-001", "K1", 85, "Inovasi baru di tingkat kota"],
        ["KIPP23-002", "K1", None, "periksa lagi"],
    ]
    assert sheet["C2"].data_type == "n" and sheet["D2"].data_type == "s"
    before = file_hash(package)
    assert services.import_scores(package, out) == 2  # read back: nothing changes
    assert file_hash(package) == before
    form = tmp_path / "formulir.xlsx"
    assert services.export_scores(package, form, all_rows=True) == 22 * 7
    assert openpyxl.load_workbook(form).worksheets[0].max_row == 1 + 22 * 7


def test_decimal_comma_accepted_where_step_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    package = _half_point_package(tmp_path, "id")
    source = write_csv(tmp_path / "s.csv", [["entry", "criterion", "value"], ["E1", "A", "2,5"]])
    services.import_scores(package, source)
    session = services.open_package(package)
    assert session.value("E1", "A") == 2.5
    session.close()


def test_bad_rows_listed_with_numbers_and_nothing_stored(
    demo: services.Demo, tmp_path: Path
) -> None:
    package = demo.packages[0].path
    session = services.open_package(package)
    session.declare_conflict("KIPP23-005", "Kerabat")
    session.close()
    rows = [
        ["entry", "criterion", "value", "note"],
        ["KIPP23-001", "K1", "80", ""],
        ["KIPP23-001", "K1", "81", ""],
        ["KIPP23-002", "K7", "80", ""],
        ["KIPP23-003", "K1", "120", ""],
        ["KIPP23-003", "K2", "delapan", ""],
        ["KIPP23-005", "K1", "80", ""],
        ["NOPE", "K1", "80", ""],
        ["KIPP23-004", "K1", "", ""],
    ]
    source = write_csv(tmp_path / "bad.csv", rows)
    before = file_hash(package)
    with pytest.raises(ImportProblems) as caught:
        services.import_scores(package, source)
    text = str(caught.value)
    for expected in (
        "row 3: KIPP23-001/K1 appears twice (also on row 2)",
        "row 4, column criterion: unknown criterion 'K7'",
        "row 5, column value: K1: 120 is outside the allowed range 0–100",
        "row 6, column value: 'delapan' is not a number",
        "row 7, column entry: entry KIPP23-005 is marked as a conflict of interest",
        "row 8, column entry: entry 'NOPE' is not assigned to this judge",
        "row 9, column value: empty value",
    ):
        assert expected in text
    assert file_hash(package) == before


def test_scores_commands_refuse_a_master(demo: services.Demo, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="secretariat master file, but a judge's package"):
        services.export_scores(demo.master, tmp_path / "x.csv")


def test_import_without_note_column_keeps_notes(demo: services.Demo, tmp_path: Path) -> None:
    package = demo.packages[3].path
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 70)
    session.set_note("KIPP23-001", "K1", "bukti lapangan kuat")
    session.close()
    source = write_csv(
        tmp_path / "s.csv", [["entry", "criterion", "value"], ["kipp23-001", "k1", "75"]]
    )
    services.import_scores(package, source)
    session = services.open_package(package)
    assert session.value("KIPP23-001", "K1") == 75
    assert session.note("KIPP23-001", "K1") == "bukti lapangan kuat"
    session.close()


def test_export_all_rows_gives_a_form_to_fill(demo: services.Demo, tmp_path: Path) -> None:
    out = tmp_path / "form.csv"
    assert services.export_scores(demo.packages[0].path, out, all_rows=True) == 22 * 7
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "KIPP23-001;K1;;"


def test_an_undeclared_package_is_named_not_the_sheet(
    undeclared_demo: services.Demo, tmp_path: Path
) -> None:
    package = undeclared_demo.packages[0].path
    sheet = write_csv(
        tmp_path / "nilai.csv", [["entry", "criterion", "value"], ["KIPP23-001", "K1", "80"]]
    )
    with pytest.raises(ImportProblems) as caught:
        services.import_scores(package, sheet)
    assert str(caught.value).splitlines()[0] == f"{package}: 1 problem"
    assert "sign the integrity pact and conflict-of-interest statement first" in str(caught.value)


def _half_point_package(tmp_path: Path, locale: str) -> Path:
    """A declared package of a competition in `locale` whose criterion takes halves."""
    definition = tmp_path / "d.toml"
    definition.write_text(
        f'[competition]\ntitle = "x"\nlocale = "{locale}"\n[[categories]]\nid = "umum"\n'
        '[[criteria]]\nid = "A"\nname = "a"\nmin = 0\nmax = 3\nstep = 0.5\n'
        '[[criteria]]\nid = "B"\nname = "b"\nmin = 0\nmax = 100\nstep = 0.25\n',
        encoding="utf-8",
    )
    entries = write_csv(
        tmp_path / "e.csv",
        [["code", "title", "agency", "region", "category"], ["E1", "t", "", "", "umum"]],
    )
    master = tmp_path / "m.sqlite"
    services.create_master(definition, entries, master)
    services.add_judge(master, "Rina")
    services.assign(master)
    [written] = services.make_packages(master, {"J1": tmp_path / "p.sqlite"})
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
    services.declare(written.path, request, tmp_path / "decl", TEST_PASSPHRASE)
    return written.path


@pytest.mark.parametrize(
    ("locale", "dialect", "lines"),
    [
        ("id", None, ["entry;criterion;value;note", 'E1;A;2,5;"a; b, c"', 'E1;B;80,75;"x;y"']),
        ("id", "en", ["entry,criterion,value,note", 'E1,A,2.5,"a; b, c"', "E1,B,80.75,x;y"]),
        ("en", None, ["entry,criterion,value,note", 'E1,A,2.5,"a; b, c"', "E1,B,80.75,x;y"]),
        ("en", "id", ["entry;criterion;value;note", 'E1;A;2,5;"a; b, c"', 'E1;B;80,75;"x;y"']),
    ],
)
def test_export_round_trips_in_both_dialects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locale, dialect, lines
) -> None:
    """Semicolons and decimal commas (Excel with Indonesian settings) or commas and
    points: `scores import` reads back what `scores export` writes, notes with either
    separator in them included."""
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    package = _half_point_package(tmp_path, locale)
    session = services.open_package(package)
    session.set_score("E1", "A", 2.5)
    session.set_note("E1", "A", "a; b, c")
    session.set_score("E1", "B", 80.75)
    session.set_note("E1", "B", "x;y")
    session.close()
    out = tmp_path / "nilai.csv"
    assert services.export_scores(package, out, dialect=dialect) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert out.read_text(encoding="utf-8-sig").splitlines() == lines
    session = services.open_package(package)  # forget, then read the file back
    session.set_score("E1", "A", 0.5)
    session.set_note("E1", "A", "")
    session.set_score("E1", "B", 1)
    session.set_note("E1", "B", "")
    session.close()
    assert services.import_scores(package, out) == 2
    session = services.open_package(package)
    assert (session.value("E1", "A"), session.note("E1", "A")) == (2.5, "a; b, c")
    assert (session.value("E1", "B"), session.note("E1", "B")) == (80.75, "x;y")
    session.close()


def test_an_indonesian_export_names_its_columns_in_indonesian(
    demo: services.Demo, tmp_path: Path
) -> None:
    """The sheet an Indonesian judge fills in says kode, kriteria, nilai, catatan (no
    English); the import still takes the English names of the contract (ARCHITECTURE §9)."""
    import openpyxl

    from judge_app.base import text
    from judge_app.judge.scores_csv import HEADER_ID, SCORE_COLUMNS

    package = demo.packages[1].path
    english = write_csv(
        tmp_path / "paper-en.csv",
        [["entry", "criterion", "value", "note"], ["KIPP23-001", "K1", "85", "baik"]],
    )
    assert services.import_scores(package, english) == 1
    assert tuple(c.aliases[0] for c in SCORE_COLUMNS) == HEADER_ID  # what the import reads
    text.set_language("id")
    try:
        form = tmp_path / "formulir.csv"  # the form to fill in, and the scores so far
        services.export_scores(package, form, all_rows=True)
        scores = tmp_path / "nilai.csv"
        services.export_scores(package, scores)
        book = tmp_path / "nilai.xlsx"
        services.export_scores(package, book)
    finally:
        text.set_language(None)
    lines = form.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "kode;kriteria;nilai;catatan"
    assert lines[1] == "KIPP23-001;K1;85;baik"
    sheet = openpyxl.load_workbook(book).worksheets[0]
    assert [c.value for c in sheet[1]] == ["kode", "kriteria", "nilai", "catatan"]
    before = file_hash(package)
    assert scores.read_text(encoding="utf-8-sig").splitlines() == lines[:1] + lines[1:2]
    services.import_scores(package, scores)  # read back: nothing changes
    services.import_scores(package, book)
    assert file_hash(package) == before
