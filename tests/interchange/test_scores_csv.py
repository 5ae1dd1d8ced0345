"""Paper to digital: scores CSV import (validated like the GUI, all or nothing) and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from judge_app import services
from judge_app.errors import ImportProblems
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
    assert text == [
        "entry,criterion,value,note",
        "KIPP23-001,K1,85,Inovasi baru di tingkat kota",
        "KIPP23-001,P1,90,",
        "KIPP23-002,K1,,periksa lagi",
    ]
    # exporting and importing again changes nothing
    before = file_hash(package)
    services.import_scores(package, out)
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
    definition = tmp_path / "d.toml"
    definition.write_text(
        '[competition]\ntitle = "x"\n[[categories]]\nid = "umum"\n'
        '[[criteria]]\nid = "A"\nname = "a"\nmin = 0\nmax = 3\nstep = 0.5\n',
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
    source = write_csv(tmp_path / "s.csv", [["entry", "criterion", "value"], ["E1", "A", "2,5"]])
    services.import_scores(written.path, source)
    session = services.open_package(written.path)
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
    assert lines[1] == "KIPP23-001,K1,,"


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
