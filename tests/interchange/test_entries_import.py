"""Entry import: encodings, separators, Indonesian headers and XLSX are read; every bad
input is refused with file, row and column named, and the master stays byte-identical."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from judge_app import services
from judge_app.base.errors import ImportProblems
from tests.conftest import ENTRY_HEADER, ENTRY_ROWS, file_hash, write_csv

ROWS = ENTRY_ROWS
INDONESIAN = ["Kode", "Nama Inovasi", "Perangkat Daerah", "Kabupaten/Kota", "Kelompok"]


def titles(master: Path) -> dict[str, str]:
    return {e.code: e.title for e in services.list_entries(master)}


def new_master(tmp_path: Path, source: Path) -> Path:
    out = tmp_path / "m.sqlite"
    services.create_master("kipp", source, out)
    return out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_separators(tmp_path: Path, encoding: str, delimiter: str) -> None:
    rows = [ENTRY_HEADER, *ROWS, ["E4", "Café Layanan – “Prima”", "Dinas", "Kota", "umum"]]
    source = write_csv(tmp_path / "e.csv", rows, delimiter=delimiter, encoding=encoding)
    master = new_master(tmp_path, source)
    assert titles(master)["E4"] == "Café Layanan – “Prima”"
    assert len(titles(master)) == 4


def test_indonesian_headers_case_and_space_insensitive(tmp_path: Path) -> None:
    header = [
        " KODE ",
        "nama  inovasi",
        "Perangkat_Daerah",
        "kabupaten/kota",
        "KELOMPOK",
        "Replikasi",
        "Ringkasan",
        "Tautan",
        "Akronim",
    ]
    row = [
        "R1",
        "Gerakan Sarerea Lulus Sakola",
        "Dinas Pendidikan Kab. Pandeglang",
        "Kabupaten Pandeglang",
        "Kelompok Replikasi",  # a category's name is accepted as well as its id
        "Gerakan Kudu Sekolah (Kab. Pekalongan)",
        "Menurunkan angka anak tidak sekolah.\nBaris kedua.",
        "www.pandeglangkab.go.id",
        "GSLS",
    ]
    source = write_csv(tmp_path / "e.csv", [header, row], delimiter=";")
    master = new_master(tmp_path, source)
    [entry] = services.list_entries(master)
    assert entry.category == "replikasi"
    assert entry.replicates.startswith("Gerakan Kudu Sekolah")
    assert entry.summary.endswith("Baris kedua.")
    assert entry.link == "https://www.pandeglangkab.go.id"
    assert entry.acronym == "GSLS"


def test_xlsx_import_with_numeric_codes(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(INDONESIAN)
    sheet.append([101, "Banten Pusaka", "Dispusip", "Provinsi Banten", "umum"])
    sheet.append([None, None, None, None, None])  # empty rows are skipped
    sheet.append([102, "Salak Merci", "Dinkes Kota Cilegon", "Kota Cilegon", "replikasi"])
    source = tmp_path / "e.xlsx"
    book.save(source)
    master = new_master(tmp_path, source)
    assert titles(master) == {"101": "Banten Pusaka", "102": "Salak Merci"}


def test_reimport_reports_added_changed_unchanged(master: Path, tmp_path: Path) -> None:
    rows = [ENTRY_HEADER, ROWS[0], [*ROWS[1][:1], "Aje Kendor Sekolah (AKS)", *ROWS[1][2:]]]
    rows.append(["E9", "Sekole Maning Lur", "Dindik Kota Cilegon", "Kota Cilegon", "replikasi"])
    result = services.import_entries(master, write_csv(tmp_path / "again.csv", rows))
    assert (result.added, result.changed, result.unchanged, result.kept) == (1, 1, 1, 1)
    assert titles(master)["E2"] == "Aje Kendor Sekolah (AKS)"
    assert set(titles(master)) == {"E1", "E2", "E3", "E9"}


BAD = {
    "duplicate code": (
        [ENTRY_HEADER, ROWS[0], ROWS[1], ["e1", "Lain", "a", "b", "umum"]],
        "row 4, column code: duplicate code 'e1' (already on row 2 as 'E1')",
    ),
    "unknown category": (
        [ENTRY_HEADER, ROWS[0], ["E2", "X", "a", "b", "istimewa"]],
        "row 3, column category: unknown category 'istimewa' (known: umum, replikasi, khusus)",
    ),
    "empty title": (
        [ENTRY_HEADER, ROWS[0], ["E2", "  ", "a", "b", "umum"]],
        "row 3, column title: empty title",
    ),
    "empty code": ([ENTRY_HEADER, ["", "X", "a", "b", "umum"]], "row 2, column code: empty code"),
    "unknown column": (
        [[*ENTRY_HEADER, "Anggaran"], [*ROWS[0], "5 juta"]],
        "row 1, column F ('Anggaran'): unknown column",
    ),
    "missing column": (
        [["code", "title", "agency", "category"], ["E1", "X", "a", "umum"]],
        "row 1: required column region is missing",
    ),
    "repeated column": (
        [[*ENTRY_HEADER, "judul"], [*ROWS[0], "lagi"]],
        "row 1, column F ('judul'): title appears twice (also column B)",
    ),
    "too long": (
        [ENTRY_HEADER, ["E1", "x" * 10_000, "a", "b", "umum"]],
        "row 2, column title: too long: 10000 characters (at most 500)",
    ),
    "control character": (
        [ENTRY_HEADER, ["E1", "bell\x07", "a", "b", "umum"]],
        "row 2, column title: contains a control character (U+0007)",
    ),
    "bad link": (
        [[*ENTRY_HEADER, "link"], [*ROWS[0], "ftp://x"]],
        "row 2, column link: 'ftp://x' is not a web address",
    ),
    "extra cells": (
        [ENTRY_HEADER, [*ROWS[0], "stray"]],
        "row 2: has 6 cells but the header has 5",
    ),
    "header only": ([ENTRY_HEADER], "no entries below the header row"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_rows_refused_and_master_unchanged(master: Path, tmp_path: Path, case: str) -> None:
    rows, expected = BAD[case]
    source = write_csv(tmp_path / f"{case}.csv", rows)
    before = file_hash(master)
    with pytest.raises(ImportProblems) as caught:
        services.import_entries(master, source)
    message = str(caught.value)
    assert message.startswith(str(source))
    assert expected in message, message
    assert file_hash(master) == before


def test_all_row_errors_reported_together(master: Path, tmp_path: Path) -> None:
    rows = [ENTRY_HEADER, ["E1", "", "a", "b", "umum"], ["E2", "Y", "a", "b", "nope"]]
    with pytest.raises(ImportProblems) as caught:
        services.import_entries(master, write_csv(tmp_path / "two.csv", rows))
    assert len(caught.value.problems) == 2


def test_undecodable_bytes_refused(master: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_bytes(b"code,title,agency,region,category\nE1,Caf\x81,a,b,umum\n")
    before = file_hash(master)
    with pytest.raises(ImportProblems, match=r"not UTF-8 or Windows-1252 \(byte 0x81"):
        services.import_entries(master, source)
    assert file_hash(master) == before


def test_binary_file_refused(master: Path, tmp_path: Path) -> None:
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(ImportProblems, match="not a text file"):
        services.import_entries(master, source)


def test_broken_xlsx_refused(master: Path, tmp_path: Path) -> None:
    source = tmp_path / "broken.xlsx"
    source.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportProblems, match="not a readable XLSX workbook"):
        services.import_entries(master, source)


def test_unclosed_quote_refused(master: Path, tmp_path: Path) -> None:
    source = tmp_path / "quote.csv"
    source.write_text('code,title,agency,region,category\nE1,"Unclosed,a,b,umum\n')
    with pytest.raises(ImportProblems, match="malformed CSV"):
        services.import_entries(master, source)


def test_rtl_and_emoji_text_kept(master: Path, tmp_path: Path) -> None:
    title = "Layanan ramah 😊 مرحبا"
    services.import_entries(
        master, write_csv(tmp_path / "u.csv", [ENTRY_HEADER, ["E7", title, "a", "b", "umum"]])
    )
    assert titles(master)["E7"] == title


def test_reimport_with_other_case_updates_the_same_entry(master: Path, tmp_path: Path) -> None:
    rows = [
        ENTRY_HEADER,
        ["e1", "Super APP Tangerang LIVE 2.0", "Diskominfo", "Kota Tangerang", "umum"],
    ]
    result = services.import_entries(master, write_csv(tmp_path / "lower.csv", rows))
    assert (result.added, result.changed) == (0, 1)
    assert titles(master)["E1"] == "Super APP Tangerang LIVE 2.0"


def test_missing_optional_column_keeps_stored_values(master: Path, tmp_path: Path) -> None:
    rows = [[*ENTRY_HEADER, "akronim"], [*ROWS[0], "STL"]]
    services.import_entries(master, write_csv(tmp_path / "a.csv", rows))
    services.import_entries(master, write_csv(tmp_path / "b.csv", [ENTRY_HEADER, ROWS[0]]))
    [entry] = [e for e in services.list_entries(master) if e.code == "E1"]
    assert entry.acronym == "STL"


def test_damaged_xlsx_refused_with_a_message(master: Path, tmp_path: Path) -> None:
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(ENTRY_HEADER)
    good = tmp_path / "good.xlsx"
    book.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    before = file_hash(master)
    with pytest.raises(ImportProblems, match="damaged"):
        services.import_entries(master, bad)
    assert file_hash(master) == before


def test_text_saved_as_xlsx_gets_a_hint(master: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("code,title\n")
    with pytest.raises(ImportProblems, match=r"it looks like text: save it as \.csv"):
        services.import_entries(master, fake)


def test_folder_instead_of_file(master: Path, tmp_path: Path) -> None:
    with pytest.raises(ImportProblems, match="is a folder"):
        services.import_entries(master, tmp_path)
