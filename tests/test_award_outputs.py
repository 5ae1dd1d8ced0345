"""The award rule in the results contract and on the command line, on the signed demo
(issue 17): KIPP23-022 is third in Kelompok Replikasi at 81,82, below the passing grade
of 85, and must not be named a winner anywhere. Also the letterhead and the signing
officials a secretariat registers once in the master."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import ImportProblems
from judge_app.base.resources import demo_dir
from judge_app.domain.scoring import round_half_up
from judge_app.store import repository as repo
from judge_app.store.database import opened


@pytest.fixture
def merged(signed, tmp_path: Path) -> Path:
    master = tmp_path / "merged.sqlite"
    shutil.copyfile(signed.master, master)
    services.merge(master, [p.path for p in signed.packages])
    return master


def test_no_award_below_the_passing_grade_and_the_shortfall_in_words(merged: Path) -> None:
    document = services.results_document(merged)
    assert document["award_rule"]["min_band"] == "Lulus"
    for e in document["entries"]:
        if e["award"]:
            assert e["band"] == "Lulus" and round_half_up(e["final"], 2) >= 85
            assert e["category_rank"] <= 3
        elif e["category_rank"] is not None and e["category_rank"] <= 3:
            assert "below_award_rule" in e["flags"], e
    categories = {c["id"]: c for c in document["categories"]}
    for category in categories.values():
        given = sum(
            1 for e in document["entries"] if e["award"] and e["category"] == category["id"]
        )
        assert category["awards_given"] == given
        assert (category["note"] != "") == (given < category["award_places"])
    replikasi = [e for e in document["entries"] if e["category"] == "replikasi"]
    qualified = sum(1 for e in replikasi if e["band"] == "Lulus")
    if qualified < 3:  # the demo's case: its third place is below 85
        assert categories["replikasi"]["note"].startswith(f"Hanya {qualified} inovasi")
        assert "syarat penghargaan" in categories["replikasi"]["note"]


def test_the_json_file_carries_the_rule_and_the_notes(merged: Path, tmp_path: Path) -> None:
    out = tmp_path / "hasil.json"
    services.results_json(merged, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["categories"] == services.results_document(merged)["categories"]
    assert "predikat Lulus" in written["award_rule"]["words"]


def test_the_terminal_results_say_why_a_category_has_fewer_winners(merged: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "judge_app", "results", str(merged)],
        capture_output=True,
        text=True,
        check=True,
    )
    document = services.results_document(merged)
    for category in document["categories"]:
        if category["note"]:
            assert f"{category['name']}: {category['note']}" in run.stdout
    for line in run.stdout.splitlines():
        if "Tidak Lulus" in line:
            assert "*" not in line  # the award mark


def test_letterhead_and_officials_are_kept_and_checked(master: Path, tmp_path: Path) -> None:
    logo = demo_dir() / "logo.png"
    if not logo.exists():
        pytest.skip("the demo logo is made by scripts/make_demo_logo.py")
    services.set_letterhead(master, ["PEMERINTAH PROVINSI BANTEN", " ", "BIRO ORGANISASI"], logo)
    kept = services.letterhead(master)
    assert kept.lines == ("PEMERINTAH PROVINSI BANTEN", "BIRO ORGANISASI")
    assert kept.logo == logo.read_bytes()
    services.set_letterhead(master, ["PEMERINTAH KOTA SERANG"])  # the logo stays
    assert services.letterhead(master).logo == logo.read_bytes()
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    with pytest.raises(ImportProblems) as caught:
        services.set_letterhead(master, ["x"] * 6, not_an_image)
    assert any("at most 5 lines" in p for p in caught.value.problems)
    assert any("not a PNG or JPEG image" in p for p in caught.value.problems)
    assert services.letterhead(master).lines == ("PEMERINTAH KOTA SERANG",)  # untouched

    services.set_official(master, "sekretariat", "Drs. Ujang", "197003121995031002", "Kabiro")
    services.set_official(master, "mengetahui", "Dr. Agus", "-", "Sekretaris Daerah")
    assert services.officials(master)["sekretariat"].position == "Kabiro"
    with pytest.raises(ImportProblems) as caught:
        services.set_official(master, "ketua", "X", "12")
    assert any("'ketua' is not one of" in p for p in caught.value.problems)
    assert any(p.startswith("--nip:") for p in caught.value.problems)
    services.set_official(master, "mengetahui", "")
    assert set(services.officials(master)) == {"sekretariat"}


def test_packages_carry_the_letterhead(undeclared_demo) -> None:
    with opened(undeclared_demo.master, "master", write=False) as db:
        expected = repo.letterhead(db)
    assert expected.lines and expected.lines[0] == "PEMERINTAH PROVINSI BANTEN"
    for package in undeclared_demo.packages:
        with opened(package.path, "package", write=False) as db:
            assert repo.letterhead(db) == expected


def test_the_cli_registers_officials_and_the_letterhead(master: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "judge_app", *args], capture_output=True, text=True
        )

    done = cli(
        "official", str(master), "sekretariat", "--name", "Drs. Ujang",
        "--nip", "197003121995031002", "--position", "Kepala Biro Organisasi",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = cli("official", str(master)).stdout
    assert "sekretariat\tDrs. Ujang\t197003121995031002\tKepala Biro Organisasi" in listed
    refused = cli("official", str(master), "mengetahui")
    assert refused.returncode != 0 and "--name is required" in refused.stderr
    done = cli("letterhead", str(master), "--line", "PEMERINTAH KOTA SERANG", "--line", "BAPPEDA")
    assert done.returncode == 0 and "PEMERINTAH KOTA SERANG" in done.stdout
    missing = cli("letterhead", str(master), "--logo", str(master.parent / "nope.png"))
    assert missing.returncode != 0 and "nope.png" in missing.stderr
