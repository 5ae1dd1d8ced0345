"""What was judged is on record (issue 21): the signed sheet names the material each judge
was given, verify reports and checks it, merge flags a judge who scored other material
than the master holds now; copies, hand-ins and backups leave the bytes out and a restore
keeps them. Real files throughout: a demo round, generated PDFs, real signatures."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from judge_app import services
from tests.conftest import TEST_PASSPHRASE, write_csv
from tests.integrity.test_signing import fill


def write_pdf(path: Path, text: str, pages: int = 2) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), invariant=1)
    for page in range(pages):
        pdf.drawString(72, 720, f"{text} — halaman {page + 1}")
        pdf.showPage()
    pdf.save()
    return path


def material_source(folder: Path, codes: list[str], version: str = "v1") -> Path:
    for code in codes:
        write_pdf(folder / code / "proposal.pdf", f"Proposal {code} {version}")
    write_csv(
        folder / "sections.csv",
        [["Kode", "Ringkasan", "Kebaruan"]]
        + [[code, f"Ringkasan {code}", f"Kebaruan {code} {version}"] for code in codes],
    )
    return folder


@pytest.fixture
def round_with_material(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A demo round with material imported, J1's package made after it, declared, scored
    and signed (revision 1)."""
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    demo = services.build_demo(tmp_path / "demo")
    codes = [e.code for e in services.list_entries(demo.master)]
    services.import_material(demo.master, material_source(tmp_path / "src", codes))
    package = tmp_path / "J1.sqlite"
    services.make_packages(demo.master, {"J1": package})
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
    services.declare(package, request, tmp_path / "declarations", TEST_PASSPHRASE)
    fill(package)
    services.finalise(package, tmp_path / "J1.pdf", TEST_PASSPHRASE)
    return demo, package, codes


def material_digests(path: Path) -> dict[str, str]:
    with services.opened(path, write=False) as db:
        rows = db.execute("SELECT entry_code, kind, name, sha256 FROM material").fetchall()
    by_entry: dict[str, list] = {}
    for code, kind, name, sha in rows:
        by_entry.setdefault(code, []).append([kind, name, sha])
    return {
        code: hashlib.sha256(
            json.dumps(sorted(found), separators=(",", ":"), ensure_ascii=False).encode()
        ).hexdigest()
        for code, found in by_entry.items()
    }


def test_the_signed_sheet_names_the_material_the_judge_was_given(round_with_material) -> None:
    demo, package, _ = round_with_material
    with services.opened(package, write=False) as db:
        payload = json.loads(db.execute("SELECT payload FROM sheets").fetchone()[0])
        assigned = {row[0] for row in db.execute("SELECT entry_code FROM assignments")}
    named = {m["entry"]: m["sha256"] for m in payload["material"]}
    assert set(named) == assigned  # the judge's entries, each with its own digest
    assert named == {c: d for c, d in material_digests(demo.master).items() if c in assigned}
    report = services.verify([package])[0]
    assert report.ok, report.problems
    assert any("carried and intact" in line for line in report.lines)
    assert any(
        f"names the proposal material of {len(assigned)} entries" in line for line in report.lines
    )


def test_the_recap_prints_each_entrys_material_and_the_combined_digest(
    round_with_material, tmp_path: Path
) -> None:
    demo, _, _ = round_with_material
    import subprocess

    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "J1.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    digests = material_digests(demo.master)
    assert f"materi {digests['KIPP23-001'][:16]}" in text
    assert "Materi proposal yang diberikan kepada juri: 22 inovasi" in text


def test_altered_material_bytes_are_reported_by_verify(round_with_material) -> None:
    _, package, _ = round_with_material
    conn = sqlite3.connect(package)
    sha = conn.execute(
        "SELECT sha256 FROM material WHERE entry_code = 'KIPP23-002' AND kind = 'pdf'"
    ).fetchone()[0]
    conn.execute("UPDATE material_blobs SET data = ? WHERE sha256 = ?", [b"%PDF-1.4 lain", sha])
    conn.commit()
    conn.close()
    report = services.verify([package])[0]
    assert not report.ok
    assert any(
        "entry KIPP23-002, proposal.pdf: the proposal material was altered" in p
        for p in report.problems
    )
    session = services.open_package(package, read_only=True)
    try:
        item = next(i for i in session.material("KIPP23-002") if i.name == "proposal.pdf")
        with pytest.raises(services.MaterialMissing, match="damaged in this file"):
            session.material_bytes(item)
    finally:
        session.close()


def test_a_hand_in_leaves_the_bytes_out_and_still_verifies(
    round_with_material, tmp_path: Path
) -> None:
    _, package, _ = round_with_material
    (tmp_path / "stick").mkdir()
    done = services.hand_in(package, tmp_path / "stick")
    assert done.path.stat().st_size < package.stat().st_size
    with services.opened(done.path, write=False) as db:
        assert db.execute("SELECT count(*) FROM material_blobs").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM material").fetchone()[0] > 0
    report = services.verify([done.path])[0]
    assert report.ok, report.problems
    assert any("not carried" in line for line in report.lines)
    info = services.describe(done.path)
    assert info.material_pieces > 0 and info.material_held == 0


def test_merge_flags_a_judge_who_scored_other_material(round_with_material, tmp_path: Path) -> None:
    demo, package, codes = round_with_material
    # the secretariat replaces one entry's proposal after the package went out
    source = material_source(tmp_path / "src2", codes)
    write_pdf(source / "KIPP23-003" / "proposal.pdf", "Proposal KIPP23-003 diperbaiki")
    done = services.import_material(demo.master, source)
    assert list(done.changed) == ["KIPP23-003"]
    assert done.changed["KIPP23-003"].changed == ("proposal.pdf",)
    outcome = services.merge(demo.master, [package])
    reasons = " ".join(outcome.verdicts[0].reasons)
    assert outcome.verdicts[0].status == "accepted"
    assert "scored 1 entries on other proposal material than the master holds now: KIPP23-003" in (
        reasons
    )
    report = services.verify([demo.master])[0]
    assert report.ok, report.problems
    assert any(
        "note: judge J1 revision 1" in line and "KIPP23-003" in line for line in report.lines
    )


def test_a_merge_of_unchanged_material_says_nothing_about_it(round_with_material) -> None:
    demo, package, _ = round_with_material
    outcome = services.merge(demo.master, [package])
    assert outcome.verdicts[0].status == "accepted"
    assert not any("proposal material" in r for r in outcome.verdicts[0].reasons)


def test_copies_leave_the_bytes_out_and_a_restore_keeps_them(
    round_with_material, tmp_path: Path
) -> None:
    _, package, _ = round_with_material
    session = services.open_package(package)
    held = session.material("KIPP23-001")
    copy = session.save_copy(tmp_path / "copy.sqlite")  # what backups and hand-ins use
    session.close()
    with services.opened(copy, write=False) as db:
        assert db.execute("SELECT count(*) FROM material_blobs").fetchone()[0] == 0
        listed = db.execute("SELECT count(*) FROM material").fetchone()[0]
        assert listed == 3 * 22  # a PDF and two sections each
    assert copy.stat().st_size < package.stat().st_size
    # restoring that copy as a backup keeps the package's material bytes
    backups_dir = package.parent / "judge-app-backups"
    backups_dir.mkdir(exist_ok=True)
    target = backups_dir / f"{package.stem}.closed.20231220-120000.sqlite"
    shutil.copyfile(copy, target)
    services.restore_backup(package, target)
    session = services.open_package(package, read_only=True)
    try:
        pdf = next(i for i in session.material("KIPP23-001") if i.kind == services.PDF)
        assert session.material_bytes(pdf).startswith(b"%PDF-")
        assert session.material("KIPP23-001") == held
    finally:
        session.close()
    report = services.verify([package])[0]
    assert report.ok, report.problems
    assert any("carried and intact" in line for line in report.lines)


def test_info_and_packaging_report_sizes(round_with_material, tmp_path: Path) -> None:
    demo, package, _ = round_with_material
    info = services.describe(package)
    assert info.size == package.stat().st_size
    assert info.material_entries == 22 and info.material_held == info.material_pieces > 0
    assert info.material_bytes > 0
    written = services.make_packages(demo.master, {"J2": tmp_path / "J2.sqlite"})[0]
    assert written.size == (tmp_path / "J2.sqlite").stat().st_size
    assert 0 < written.material_bytes < written.size
