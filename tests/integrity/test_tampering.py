"""Attacks a reviewer tried on signed packages, each now caught by verify or refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import JudgeAppError
from tests.conftest import TEST_PASSPHRASE
from tests.integrity.test_signing import fill


def signed_package(demo, tmp_path: Path, index: int = 0) -> Path:
    package = demo.packages[index].path
    fill(package)
    services.finalise(package, tmp_path / f"r{index}.pdf", TEST_PASSPHRASE)
    return package


def problems(package: Path) -> str:
    [report] = services.verify([package])
    assert not report.ok
    return "\n".join(report.problems)


def sql(package: Path, *statements: str) -> None:
    conn = sqlite3.connect(package)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_lock_removed_behind_the_apps_back(demo, tmp_path: Path) -> None:
    package = signed_package(demo, tmp_path)
    sql(package, "DELETE FROM locks")
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 99)  # through the app, but never reopened
    session.close()
    text = problems(package)
    assert "changed while revision 1 was signed" in text


def test_old_revision_replayed_as_new(demo, tmp_path: Path) -> None:
    package = signed_package(demo, tmp_path, 1)
    services.reopen(package, TEST_PASSPHRASE)
    services.finalise(package, tmp_path / "r2.pdf", TEST_PASSPHRASE)
    sql(
        package,
        "DELETE FROM locks",
        "INSERT INTO sheets SELECT judge_id, 3, payload, sha256, signature, certificate, "
        "signed_at, recap FROM sheets WHERE revision = 1",
        "INSERT INTO locks VALUES ('J2', 3)",
    )
    text = problems(package)
    assert "the signed sheet is for revision 1, not 3" in text


def test_conflict_reason_cannot_change_after_signing(demo, tmp_path: Path) -> None:
    package = demo.packages[2].path
    session = services.open_package(package)
    session.declare_conflict("KIPP23-004", "Kerabat")
    session.close()
    fill(package)
    services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE)
    with pytest.raises(sqlite3.IntegrityError, match="locked"):
        sql(package, "UPDATE conflicts SET reason = 'tidak ada hubungan'")
    sql(
        package,
        "DROP TRIGGER conflicts_locked_update",
        "UPDATE conflicts SET reason = 'tidak ada hubungan'",
    )
    text = problems(package)
    assert "protective triggers were removed: conflicts_locked_update" in text
    assert "reason for the conflict of interest was changed" in text


def test_declaration_pdf_replaced(demo, tmp_path: Path) -> None:
    package = demo.packages[3].path
    sql(package, "DELETE FROM declarations WHERE kind = 'konflik'")
    sql(
        package,
        "INSERT INTO declarations SELECT judge_id, 'konflik', signed_at, form, pdf, pdf_sha256 "
        "FROM declarations WHERE kind = 'pakta'",
    )
    assert "no record of this declaration" in problems(package)


def test_definition_edited(demo, tmp_path: Path) -> None:
    package = signed_package(demo, tmp_path, 4)
    sql(package, "UPDATE definition SET toml = replace(toml, 'weight = 70', 'weight = 90')")
    assert "competition definition was changed" in problems(package)


def test_recap_cannot_overwrite_the_package(demo, tmp_path: Path) -> None:
    package = demo.packages[0].path
    fill(package)
    with pytest.raises(JudgeAppError, match=r"ending in \.pdf"):
        services.finalise(package, package, TEST_PASSPHRASE)
    folder = tmp_path / "recap.pdf"
    folder.mkdir()
    with pytest.raises(JudgeAppError, match="is a folder"):
        services.finalise(package, folder, TEST_PASSPHRASE)
    assert services.describe(package).role == "package"


def test_recap_can_be_written_again(demo, tmp_path: Path) -> None:
    package = signed_package(demo, tmp_path, 1)
    again = tmp_path / "again.pdf"
    assert services.export_recap(package, again) == 1
    assert again.read_bytes() == (tmp_path / "r1.pdf").read_bytes()


def test_codes_with_slashes_verify_cleanly(tmp_path: Path, monkeypatch) -> None:
    from tests.conftest import ENTRY_HEADER, write_csv

    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    entries = write_csv(
        tmp_path / "e.csv", [ENTRY_HEADER, ["001/KIPP/001", "Inovasi", "Dinas", "Kota", "umum"]]
    )
    master = tmp_path / "m.sqlite"
    services.create_master("kipp", entries, master)
    services.add_judge(master, "Siti 100% Amanah", nip="-")
    services.assign(master)
    [package] = services.make_packages(master, {"J1": tmp_path / "p.sqlite"})
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
    services.declare(package.path, request, tmp_path / "d", TEST_PASSPHRASE)  # '%' in the name
    fill(package.path)
    services.finalise(package.path, tmp_path / "r.pdf", TEST_PASSPHRASE)
    [report] = services.verify([package.path])
    assert report.ok, report.problems


def test_bad_signature_image_is_refused_before_anything_changes(
    undeclared_demo, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    package = undeclared_demo.packages[0].path
    request = services.DeclarationRequest(
        "Serang",
        dt.date(2023, 12, 20),
        conflicts={"KIPP23-002": "x"},
        signature_png=b"\x89PNG junk",
    )
    with pytest.raises(JudgeAppError, match="not a readable PNG"):
        services.declare(package, request, tmp_path / "d", TEST_PASSPHRASE)
    session = services.open_package(package)
    assert session.conflict_reason("KIPP23-002") is None and not session.declared
    session.close()


def test_damaged_key_file_is_not_called_a_wrong_passphrase(demo, tmp_path: Path) -> None:
    import os

    package = demo.packages[0].path
    fill(package)
    for key in (Path(os.environ["JUDGE_APP_HOME"]) / "keys").rglob("J1.key.pem"):
        key.write_bytes(key.read_bytes()[:80])
    with pytest.raises(JudgeAppError, match="key file is damaged"):
        services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE)
