"""Judges (add, import, NIP/NIK checks) and assignments (default and CSV)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import ImportProblems
from tests.conftest import file_hash, write_csv

JUDGE_HEADER = ["nama", "nip", "jabatan", "instansi"]


def test_add_judge_gives_next_id_and_normalises_nip(master: Path) -> None:
    first = services.add_judge(master, "Rina Marlina", nip="19720514 199803 2 004")
    second = services.add_judge(master, "Ahmad Fauzi", nip="-", role="Sekretaris")
    assert (first.id, first.nip) == ("J1", "197205141998032004")
    assert (second.id, second.nip, second.role) == ("J2", "-", "sekretaris")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"name": " "}, "--name: must not be empty"),
        ({"name": "A", "nip": "1234"}, "has 4 digits; a NIP has 18 and a NIK 16"),
        ({"name": "A", "nip": "19720514x"}, "must contain only digits"),
        ({"name": "A", "judge_id": "J 1"}, "--id: 'J 1' is not a valid id"),
        ({"name": "A", "role": "bos"}, "--role: 'bos' is not ketua"),
    ],
)
def test_add_judge_refuses_bad_fields(master: Path, kwargs: dict, expected: str) -> None:
    before = file_hash(master)
    with pytest.raises(ImportProblems, match=expected):
        services.add_judge(master, **kwargs)
    assert file_hash(master) == before


def test_add_judge_refuses_taken_id_and_nip(master: Path) -> None:
    services.add_judge(master, "Rina", nip="197205141998032004", judge_id="R")
    with pytest.raises(ImportProblems, match=r"R \(Rina\) is already registered with this id"):
        services.add_judge(master, "Lain", judge_id="R")
    with pytest.raises(ImportProblems, match="already registered with this NIP/NIK 19720514"):
        services.add_judge(master, "Lain", nip="197205141998032004")


def test_import_judges_from_demo_csv(master: Path, demo_judges_csv: Path) -> None:
    judges = services.import_judges(master, demo_judges_csv).added
    assert [j.id for j in judges] == ["J1", "J2", "J3", "J4", "J5"]
    assert judges[3].nip == "3673015507850001"  # a NIK for a non-civil-servant
    assert judges[0].role == "ketua"


def test_import_judges_bad_rows(master: Path, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "j.csv",
        [JUDGE_HEADER, ["", "197205141998032004", "x", "y"], ["Budi", "12345", "x", "y"]],
    )
    before = file_hash(master)
    with pytest.raises(ImportProblems) as caught:
        services.import_judges(master, source)
    message = str(caught.value)
    assert "row 2, column name: empty name" in message
    assert "row 3, column nip: '12345' has 5 digits" in message
    assert file_hash(master) == before


def test_default_assignment_is_everyone_everything(master: Path, demo_judges_csv: Path) -> None:
    services.import_judges(master, demo_judges_csv)
    result = services.assign(master)
    assert result.counts == {f"J{i}": 3 for i in range(1, 6)}
    assert result.judges_without == [] and result.entries_without == []


def test_assignment_csv(master: Path, tmp_path: Path) -> None:
    services.add_judge(master, "Rina")
    services.add_judge(master, "Budi")
    source = write_csv(
        tmp_path / "a.csv", [["juri", "kode"], ["J1", "E1"], ["J2", "E2"], ["J2", "E3"]]
    )
    assert services.assign(master, source).counts == {"J1": 1, "J2": 2}


def test_assignment_csv_unknown_ids(master: Path, tmp_path: Path) -> None:
    services.add_judge(master, "Rina")
    services.assign(master)
    source = write_csv(tmp_path / "a.csv", [["judge", "entry"], ["J9", "E1"], ["J1", "X"]])
    before = file_hash(master)
    with pytest.raises(ImportProblems) as caught:
        services.assign(master, source)
    assert "row 2, column judge: unknown judge 'J9'" in str(caught.value)
    assert "row 3, column entry: unknown entry code 'X'" in str(caught.value)
    assert file_hash(master) == before


def test_assign_without_judges_is_refused(master: Path) -> None:
    with pytest.raises(Exception, match="no judges registered yet"):
        services.assign(master)


def test_reimporting_judges_updates_instead_of_refusing(master: Path, tmp_path: Path) -> None:
    rows = [JUDGE_HEADER, ["Rina", "197205141998032004", "Kepala Biro", "Setda"]]
    services.import_judges(master, write_csv(tmp_path / "a.csv", rows))
    rows[1][2] = "Asisten Daerah"  # corrected position, same NIP
    rows.append(["Budi", "-", "Dosen", "Untirta"])
    result = services.import_judges(master, write_csv(tmp_path / "b.csv", rows))
    assert [j.position for j in result.updated] == ["Asisten Daerah"]
    assert [j.name for j in result.added] == ["Budi"]
    again = services.import_judges(master, write_csv(tmp_path / "c.csv", rows))
    assert (again.added, again.updated, again.unchanged) == ([], [], 2)


def test_duplicate_rows_in_judge_file_named_by_row(master: Path, tmp_path: Path) -> None:
    rows = [JUDGE_HEADER, ["A", "197205141998032004", "", ""], ["B", "197205141998032004", "", ""]]
    with pytest.raises(ImportProblems) as caught:
        services.import_judges(master, write_csv(tmp_path / "d.csv", rows))
    assert "row 3: NIP/NIK 197205141998032004 appears twice (also row 2)" in str(caught.value)


def test_two_chairs_are_warned(master: Path, tmp_path: Path) -> None:
    rows = [["nama", "peran"], ["A", "ketua"], ["B", "ketua"]]
    result = services.import_judges(master, write_csv(tmp_path / "k.csv", rows))
    assert result.warnings == ["2 judges are chair (ketua): J1, J2"]


def test_remove_judge_only_before_any_work(master: Path) -> None:
    services.add_judge(master, "Rina")
    services.add_judge(master, "Budi")
    services.assign(master)
    assert services.remove_judge(master, "j2").name == "Budi"
    assert [j.id for j in services.describe(master).judges] == ["J1"]
    with pytest.raises(Exception, match="unknown judge 'J9'"):
        services.remove_judge(master, "J9")


def test_plain_assign_does_not_undo_a_csv_assignment(master: Path, tmp_path: Path) -> None:
    services.add_judge(master, "Rina")
    services.add_judge(master, "Budi")
    source = write_csv(tmp_path / "a.csv", [["judge", "entry"], ["j1", "e1"], ["J2", "E2"]])
    result = services.assign(master, source)
    assert result.counts == {"J1": 1, "J2": 1}  # ids and codes match regardless of case
    assert result.entries_without == ["E3"]
    before = file_hash(master)
    with pytest.raises(Exception, match=r"the assignments come from a\.csv"):
        services.assign(master)
    assert file_hash(master) == before
    assert services.assign(master, everyone=True).counts == {"J1": 3, "J2": 3}


def test_header_only_assignment_csv_refused(master: Path, tmp_path: Path) -> None:
    services.add_judge(master, "Rina")
    services.assign(master)
    before = file_hash(master)
    with pytest.raises(ImportProblems, match="no assignments below the header row"):
        services.assign(master, write_csv(tmp_path / "e.csv", [["judge", "entry"]]))
    assert file_hash(master) == before


def test_nip_mangled_by_excel_is_refused(master: Path, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["nama", "nip"])
    book.active.append(["Rina", 197205141998032004])  # typed as a number in Excel
    source = tmp_path / "juri.xlsx"
    book.save(source)
    with pytest.raises(ImportProblems, match="format the column as Text"):
        services.import_judges(master, source)
