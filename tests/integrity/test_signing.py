"""Declarations, finalising, locks, reopening and verification, checked with the real
signatures: pdfsig (poppler) is the independent validator."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import JudgeAppError
from judge_app.domain.model import ScoreChange
from judge_app.domain.scoring import format_display
from judge_app.integrity.keys import WrongPassphrase
from judge_app.sessions.package import ScoreRefused
from tests.conftest import TEST_PASSPHRASE


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def fill(package: Path, skip: set[str] = frozenset()) -> dict[tuple[str, str], float]:
    """Score every open entry × criterion (deterministic values) in one transaction."""
    session = services.open_package(package)
    changes = [
        ScoreChange(e.code, c.id, float(60 + (i * 7 + j * 3) % 39), "")
        for i, e in enumerate(session.entries)
        for j, c in enumerate(session.definition.criteria)
        if session.conflict_reason(e.code) is None and e.code not in skip
    ]
    session.set_cells(changes)
    session.close()
    return {(c.entry, c.criterion): c.value for c in changes}


def test_declarations_are_signed_pdfs(tmp_path: Path, undeclared_demo, monkeypatch) -> None:
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    package = undeclared_demo.packages[0].path
    request = services.DeclarationRequest(
        "Serang",
        dt.date(2023, 12, 20),
        conflicts={"KIPP23-005": "Suami bekerja di Dinas Kesehatan Kota Tangerang"},
    )
    signed = services.declare(package, request, tmp_path / "out", TEST_PASSPHRASE)
    pakta, konflik = signed.paths
    for path in (pakta, konflik):
        report = pdfsig(path)
        assert "Signature Validation: Signature is Valid." in report
        assert "Total document signed" in report
        assert "Dr. Hj. Rina Marlina" in report
    text = pdftext(pakta)
    assert "PAKTA INTEGRITAS" in text
    assert "Serang, 20 Desember 2023" in text
    assert "197205141998032004" in text
    konflik_text = pdftext(konflik)
    assert "KONFLIK KEPENTINGAN" in konflik_text
    assert "KIPP23-005" in konflik_text and "Suami bekerja di Dinas" in konflik_text
    session = services.open_package(package)
    assert session.declared and session.conflict_reason("KIPP23-005")
    session.close()
    assert len(signed.fingerprint.split()) == 16


def test_nothing_can_be_scored_or_signed_before_declarations(undeclared_demo, tmp_path) -> None:
    package = undeclared_demo.packages[1].path
    session = services.open_package(package)
    with pytest.raises(ScoreRefused, match="integrity pact"):
        session.set_score(session.entries[0].code, "K1", 80)
    session.close()
    with pytest.raises(JudgeAppError, match="sign the integrity pact"):
        services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE)
    assert not (tmp_path / "r.pdf").exists()


def test_finalise_lists_what_is_missing(demo, tmp_path: Path) -> None:
    package = demo.packages[0].path
    fill(package, skip={"KIPP23-004"})
    with pytest.raises(JudgeAppError, match="missing KIPP23-004: K1, K2, K3, K4, K5, P1, P2"):
        services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE)


def test_sign_locks_and_recap_shows_the_scores(demo, tmp_path: Path) -> None:
    package = demo.packages[0].path
    values = fill(package)
    recap = tmp_path / "recap.pdf"
    signed = services.finalise(package, recap, TEST_PASSPHRASE)
    assert signed.revision == 1
    report = pdfsig(recap)
    assert "Signature is Valid." in report and "Total document signed" in report
    text = pdftext(recap)
    session = services.open_package(package)
    first = session.entries[0].code
    assert first in text
    assert format_display(session.total(first, "presentasi")) in text
    assert f"{values[(first, 'P1')]:g}" in text
    assert signed.sha256 in text or signed.sha256[:16] in text
    # the storage layer refuses edits to a signed revision
    with pytest.raises(ScoreRefused, match="signed and locked"):
        session.set_score(first, "K1", 61)
    session.close()
    conn = sqlite3.connect(package)
    with pytest.raises(sqlite3.IntegrityError, match="locked"):
        conn.execute("UPDATE scores SET value = 1 WHERE entry_code = ?", [first])
    conn.close()
    assert all(r.ok for r in services.verify([recap, package]))


def test_wrong_passphrase_and_reopen(demo, tmp_path: Path) -> None:
    package = demo.packages[1].path
    fill(package)
    services.finalise(package, tmp_path / "r1.pdf", TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        services.reopen(package, "bukan-kata-sandinya")
    assert services.reopen(package, TEST_PASSPHRASE) == 2
    session = services.open_package(package)
    session.set_score(session.entries[0].code, "K1", 61)
    session.close()
    with pytest.raises(WrongPassphrase):
        services.finalise(package, tmp_path / "x.pdf", "bukan-kata-sandinya")
    assert not (tmp_path / "x.pdf").exists()
    assert services.finalise(package, tmp_path / "r2.pdf", TEST_PASSPHRASE).revision == 2
    conn = sqlite3.connect(package)
    assert conn.execute("SELECT revision FROM sheets ORDER BY revision").fetchall() == [(1,), (2,)]
    conn.close()
    [report] = services.verify([package])
    assert report.ok, report.problems


def test_scores_changed_behind_the_apps_back_are_named(demo, tmp_path: Path) -> None:
    package = demo.packages[2].path
    fill(package)
    services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE)
    conn = sqlite3.connect(package)
    conn.execute("DROP TRIGGER scores_locked_update")
    conn.execute(
        "UPDATE scores SET value = 99 WHERE entry_code = 'KIPP23-003' AND criterion_id = 'P1'"
    )
    conn.commit()
    conn.close()
    [report] = services.verify([package])
    assert not report.ok
    assert any(
        "entry KIPP23-003, criterion P1" in p and "the file has 99" in p for p in report.problems
    )


def test_draft_edited_with_sqlite_is_caught(demo) -> None:
    package = demo.packages[3].path
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 70)
    session.close()
    conn = sqlite3.connect(package)
    conn.execute("UPDATE scores SET value = 95")
    conn.commit()
    conn.close()
    [report] = services.verify([package])
    assert any("KIPP23-001, criterion K1: changed outside judge-app" in p for p in report.problems)


def test_one_changed_byte_breaks_the_pdf(demo, tmp_path: Path) -> None:
    package = demo.packages[4].path
    fill(package)
    recap = tmp_path / "recap.pdf"
    services.finalise(package, recap, TEST_PASSPHRASE)
    data = bytearray(recap.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0x01
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(data))
    assert "Signature is Valid." not in pdfsig(broken)
    [report] = services.verify([broken])
    assert not report.ok and "changed after it was signed" in report.problems[0]


def test_private_key_and_passphrase_never_in_the_package(demo, tmp_path: Path) -> None:
    package = demo.packages[0].path
    fill(package)
    services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE)
    data = package.read_bytes()
    assert b"PRIVATE KEY" not in data
    assert TEST_PASSPHRASE.encode() not in data
    key_files = list((Path(os.environ["JUDGE_APP_HOME"]) / "keys").rglob("*.key.pem"))
    assert key_files and b"ENCRYPTED PRIVATE KEY" in key_files[0].read_bytes()


def test_command_line_declare_sign_verify(undeclared_demo, tmp_path: Path) -> None:
    package = undeclared_demo.packages[0].path
    env = {
        **os.environ,
        "JUDGE_APP_HOME": str(tmp_path / "cli-home"),
        "JUDGE_APP_PASSPHRASE": TEST_PASSPHRASE,
        "PYTHONIOENCODING": "utf-8",
    }

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "judge_app", *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    refused = run("sign", package, "-o", tmp_path / "r.pdf")
    assert refused.returncode == 1 and "integrity pact" in refused.stderr
    declared = run(
        "declare", package, "--conflict", "KIPP23-002", "--reason", "Kerabat", "-o", tmp_path / "d"
    )
    assert declared.returncode == 0, declared.stderr
    assert "Certificate fingerprint" in declared.stdout
    fill(package)
    signed = run("sign", package, "-o", tmp_path / "r.pdf")
    assert signed.returncode == 0, signed.stderr
    checked = run("verify", tmp_path / "r.pdf", package, *sorted((tmp_path / "d").glob("*.pdf")))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == 4
    env["JUDGE_APP_PASSPHRASE"] = "salah-sama-sekali"
    wrong = run("reopen", package)
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr


def test_blank_paper_sheets(demo, tmp_path: Path) -> None:
    package = demo.packages[1].path
    session = services.open_package(package)
    session.declare_conflict("KIPP23-003", "Kerabat")
    session.close()
    out = tmp_path / "paper.pdf"
    assert services.blank_sheets(package, out) == 21
    text = pdftext(out)
    assert text.count("LEMBAR PENILAIAN") == 21
    assert "KIPP23-001" in text and "KIPP23-003" not in text
    assert "P2. Penyampaian dan Wawancara" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+21$", info, re.M) and "(A4)" in info


def test_english_documents(tmp_path: Path, monkeypatch) -> None:
    from judge_app.base.resources import templates_dir
    from tests.conftest import ENTRY_HEADER, ENTRY_ROWS, write_csv

    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    text = (
        (templates_dir() / "kipp.toml")
        .read_text(encoding="utf-8")
        .replace('locale = "id"', 'locale = "en"')
    )
    definition = tmp_path / "en.toml"
    definition.write_text(text, encoding="utf-8")
    master = tmp_path / "m.sqlite"
    services.create_master(
        definition, write_csv(tmp_path / "e.csv", [ENTRY_HEADER, *ENTRY_ROWS]), master
    )
    services.add_judge(master, "Budi Santoso", nip="-")
    services.assign(master)
    [package] = services.make_packages(master, {"J1": tmp_path / "p.sqlite"})
    request = services.DeclarationRequest("Jakarta", dt.date(2023, 12, 20))
    pakta, konflik = services.declare(package.path, request, tmp_path / "d", TEST_PASSPHRASE).paths
    assert "INTEGRITY PACT" in pdftext(pakta)
    assert "Jakarta, 20 December 2023" in pdftext(pakta)
    assert "NO CONFLICT OF INTEREST" in pdftext(konflik)
    fill(package.path)
    recap = tmp_path / "recap.pdf"
    services.finalise(package.path, recap, TEST_PASSPHRASE)
    assert "JUDGE SCORE SHEET" in pdftext(recap)
