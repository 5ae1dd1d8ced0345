"""The judge's documents read as a secretariat files them: the declarations say what the
judge declared and carry the key's fingerprint, the recap and the paper sheets carry the
place, the date and the working, and every signed document's date and stamp tell one
story. Read back with pdftotext, the signatures checked with pdfsig."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app import services
from judge_app.domain import dates
from judge_app.domain.model import Criterion, DeclarationTexts, Judge, Stage
from judge_app.reports.blank_sheets import paper_stage
from judge_app.reports.declarations import DeclarationForm, render_declaration
from tests.conftest import ENTRY_HEADER, ENTRY_ROWS, TEST_PASSPHRASE, write_csv
from tests.integrity.test_signing import fill, pdfsig, pdftext

CONFLICT = {"KIPP23-005": "Suami bekerja di Dinas Kesehatan Kota Tangerang"}
OLD_DAY = dt.date(2023, 12, 20)


def flat(text: str) -> str:
    """pdftotext's lines joined: clauses wrap anywhere."""
    return " ".join(text.split())


def fingerprint_in(text: str, fingerprint: str) -> bool:
    """The fingerprint's groups appear in order (printed as two lines of eight groups,
    which -layout may interleave with the signature column)."""
    groups = re.findall(r"(?<![0-9A-F])[0-9A-F]{4}(?![0-9A-F])", text)
    wanted = fingerprint.split()
    return any(groups[i : i + len(wanted)] == wanted for i in range(len(groups)))


def rawtext(path: Path) -> str:
    """Text in reading order (no -layout): a column's lines stay together."""
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def stamp_and_note(text: str, locale: str = "id") -> tuple[str, str]:
    """The moment in the 'signed electronically on …' line and on the visible stamp
    (`text` in reading order)."""
    if locale == "en":
        note = re.search(
            r"Signed electronically on (\d+ \w+ \d{4}) at (\d\d:\d\d) (WIB|WITA|WIT)", flat(text)
        )
        stamp = re.findall(r"(\d+ \w+ \d{4}) (\d\d:\d\d) (WIB|WITA|WIT)", text)
    else:
        note = re.search(
            r"secara elektronik pada (\d+ \w+ \d{4}) pukul (\d\d\.\d\d) (WIB|WITA|WIT)", flat(text)
        )
        stamp = re.findall(r"(\d+ \w+ \d{4}) (\d\d\.\d\d) (WIB|WITA|WIT)", text)
    assert note and stamp, text
    return " ".join(stamp[-1]), " ".join(note.groups())


@pytest.fixture
def english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An English competition (the demo definition with locale "en") and J1's package."""
    from judge_app.base.resources import demo_dir

    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    text = (demo_dir() / "kipp-banten-2023.toml").read_text(encoding="utf-8")
    definition = tmp_path / "en.toml"
    definition.write_text(text.replace('locale = "id"', 'locale = "en"'), encoding="utf-8")
    master = tmp_path / "m.sqlite"
    services.create_master(
        definition, write_csv(tmp_path / "e.csv", [ENTRY_HEADER, *ENTRY_ROWS]), master
    )
    services.add_judge(master, "Budi Santoso", nip="198001012005011001")
    services.assign(master)
    [package] = services.make_packages(master, {"J1": tmp_path / "p.sqlite"})
    return package.path


# -- declarations ---------------------------------------------------------------------------


def test_a_declared_conflict_is_what_the_statement_says(undeclared_demo, tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    package = undeclared_demo.packages[0].path
    request = services.DeclarationRequest("Serang", OLD_DAY, conflicts=CONFLICT)
    signed = services.declare(package, request, tmp_path / "out", TEST_PASSPHRASE)
    pakta, konflik = signed.paths
    text = pdftext(konflik)
    words = flat(text)
    assert "SURAT PERNYATAAN KONFLIK KEPENTINGAN" in text
    assert "TIDAK MEMILIKI KONFLIK" not in text
    assert "Saya memiliki konflik kepentingan dengan inovasi KIPP23-005" in words
    assert "Saya mengundurkan diri dari penilaian inovasi tersebut" in words
    assert "Dengan inovasi lainnya saya tidak memiliki konflik kepentingan" in words
    # the built-in denials are not printed under a declared conflict
    assert "tidak terlibat dalam penyusunan proposal inovasi peserta mana pun" not in words
    assert "Suami bekerja di Dinas" in words
    for path in (pakta, konflik):
        report = pdfsig(path)
        assert "Signature is Valid." in report and "Total document signed" in report
        document = pdftext(path)
        assert "Sidik jari kunci" in document and "SHA-256" in document
        assert fingerprint_in(document, signed.fingerprint), document
        assert "BIRO ORGANISASI" in document  # the letterhead, on the first page
        assert "Serang, 20 Desember 2023" in document
        assert "Meterai" in document


def test_no_conflict_is_the_statement_of_none(demo, tmp_path) -> None:
    # the demo fixture's judges declared without conflicts
    package = demo.packages[1].path
    session = services.open_package(package)
    from judge_app.store import signing as sign_store

    declarations = sign_store.declarations(session.db, session.judge.id)
    session.close()
    out = tmp_path / "konflik.pdf"
    out.write_bytes(declarations["konflik"].pdf)
    text = pdftext(out)
    assert "SURAT PERNYATAAN TIDAK MEMILIKI KONFLIK KEPENTINGAN" in text
    assert "Saya tidak terlibat dalam penyusunan proposal inovasi peserta mana pun" in flat(text)


def _form(**changes) -> DeclarationForm:
    judge = Judge(id="J9", name="Budi", nip="198001012005011001", role="anggota")
    values = dict(
        kind="konflik",
        locale="id",
        competition_title="Kompetisi Uji",
        organizer="Pemerintah Kota Uji",
        identity=judge,
        place="Serang",
        date=OLD_DAY,
        conflicts=(("E2", "Aje Kendor Sekolah", "Kakak saya bekerja di sana"),),
        texts=DeclarationTexts(konflik=("Klausul kompetisi pertama;", "Klausul kompetisi kedua.")),
    )
    values.update(changes)
    return DeclarationForm(**values)


def test_a_competitions_own_clauses_are_scoped_to_the_other_entries(tmp_path) -> None:
    pdf, _ = render_declaration(_form())
    (tmp_path / "k.pdf").write_bytes(pdf)
    words = flat(pdftext(tmp_path / "k.pdf"))
    assert "SURAT PERNYATAAN KONFLIK KEPENTINGAN" in words
    assert "konflik kepentingan dengan inovasi E2 “Aje Kendor Sekolah”" in words
    assert "Saya mengundurkan diri dari penilaian inovasi tersebut" in words
    scope = "Terhadap setiap inovasi lain yang ditugaskan kepada saya, saya menyatakan"
    assert scope in words
    assert words.index(scope) < words.index("Klausul kompetisi pertama")
    assert "Klausul kompetisi kedua" in words
    # without conflicts the competition's clauses stand alone under the usual title
    pdf, _ = render_declaration(_form(conflicts=()))
    (tmp_path / "n.pdf").write_bytes(pdf)
    words = flat(pdftext(tmp_path / "n.pdf"))
    assert "SURAT PERNYATAAN TIDAK MEMILIKI KONFLIK KEPENTINGAN" in words
    assert "Klausul kompetisi pertama" in words and scope not in words


def test_english_declarations_are_english(english: Path, tmp_path: Path) -> None:
    request = services.DeclarationRequest(
        "Jakarta", OLD_DAY, conflicts={"E2": "My sister works at this agency"}
    )
    signed = services.declare(english, request, tmp_path / "d", TEST_PASSPHRASE)
    pakta, konflik = signed.paths
    text = pdftext(konflik)
    words = flat(text)
    assert "STATEMENT OF CONFLICTS OF INTEREST" in text and "NO CONFLICT" not in text
    assert "I have a conflict of interest with the entry E2" in words
    assert "I withdraw from assessing that entry" in words
    for path in (pakta, konflik):
        document = pdftext(path)
        assert "Jakarta, 20 December 2023" in document
        assert fingerprint_in(document, signed.fingerprint)
        assert "Fingerprint of my signing key" in flat(document)
        for indonesian in ("Ditandatangani", "definisi", "Halaman", "Meterai", "pukul"):
            assert indonesian not in document, indonesian
        # signed today, dated 2023: the document says when it was signed, as the stamp does
        stamp, note = stamp_and_note(rawtext(path), "en")
        assert stamp == note
        assert "Signature is Valid." in pdfsig(path)


# -- the judge's recap ----------------------------------------------------------------------


def test_recap_dated_another_day_says_when_it_was_signed(demo, tmp_path: Path) -> None:
    package = demo.packages[0].path
    fill(package)
    recap = tmp_path / "recap.pdf"
    services.finalise(package, recap, TEST_PASSPHRASE, "Cilegon", day=OLD_DAY)
    text = pdftext(recap)
    assert "Cilegon, 20 Desember 2023" in text
    stamp, note = stamp_and_note(rawtext(recap))
    assert stamp == note
    today = dates.now_in("WIB")
    assert note.startswith(dates.long_date(today.date()))
    assert "BIRO ORGANISASI" in text
    assert "Signature is Valid." in pdfsig(recap)


def test_recap_signed_today_prints_today_in_the_competition_zone(demo, tmp_path) -> None:
    package = demo.packages[0].path
    fill(package)
    recap = tmp_path / "recap.pdf"
    services.finalise(package, recap, TEST_PASSPHRASE)
    text = pdftext(recap)
    today = dates.now_in("WIB").date()
    assert f"Serang, {dates.long_date(today)}" in text
    assert "Ditandatangani secara elektronik pada" not in text  # the date is the signing day
    assert re.search(rf"{dates.long_date(today)} \d\d\.\d\d WIB", text)


def test_sign_takes_a_date_on_the_command_line(demo, tmp_path: Path) -> None:
    import os

    package = demo.packages[2].path
    fill(package)
    env = dict(os.environ, JUDGE_APP_PASSPHRASE=TEST_PASSPHRASE, JUDGE_APP_LANG="en")
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "judge_app", "sign", str(package), "-o", str(out),
         "--date", "20 Desember 2023"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Serang, 20 Desember 2023" in pdftext(out)
    bad = subprocess.run(
        [sys.executable, "-m", "judge_app", "sign", str(package), "-o", str(out), "--date", "x"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert bad.returncode != 0 and "--date" in bad.stderr


def test_english_recap_and_sheets_are_english(english: Path, tmp_path: Path) -> None:
    request = services.DeclarationRequest("Jakarta", dt.date.today())
    services.declare(english, request, tmp_path / "d", TEST_PASSPHRASE)
    sheets = tmp_path / "sheets.pdf"
    services.blank_sheets(english, sheets)
    fill(english)
    recap = tmp_path / "recap.pdf"
    services.finalise(english, recap, TEST_PASSPHRASE, "", day=OLD_DAY)
    text = pdftext(recap)
    assert "Serang, 20 December 2023" in text and "JUDGE SCORE SHEET" in text
    assert re.search(r"\bWeight\b", text) and "Weigh\n" not in text
    stamp, note = stamp_and_note(rawtext(recap), "en")
    assert stamp == note
    paper = pdftext(sheets)
    assert "Score ×" in paper and "Evaluasi Proposal score = Sum ÷ 100" in paper
    assert "20……" in paper
    for document in (text, paper):
        for indonesian in ("Ditandatangani", "definisi", "Halaman", "revisi", "Jumlah"):
            assert not re.search(rf"\b{indonesian}\b", document), indonesian


# -- blank paper sheets ---------------------------------------------------------------------


def test_paper_sheets_carry_the_working_place_date_and_nip(demo, tmp_path: Path) -> None:
    package = demo.packages[1].path
    out = tmp_path / "paper.pdf"
    count = services.blank_sheets(package, out)
    text = pdftext(out)
    words = flat(text)
    assert "Nilai ×" in text and "Bobot" in text
    assert "Nilai Evaluasi Proposal = Jumlah ÷ 100" in words
    assert "Nilai Presentasi dan Wawancara = Jumlah ÷ 100" in words
    assert "kalikan setiap nilai dengan bobotnya" in words
    assert text.count("………………, ……………… 20……") == count
    judge = services.open_package(package).judge
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) == count  # one page per entry
    for page in pages[:count]:
        name = page.index(judge.name, page.index("20……"))
        assert page.index(f"NIP/NIK. {judge.nip}") > name  # the NIP under the name
    assert "BIRO ORGANISASI" in pages[0]


def test_the_working_on_paper_matches_the_program(tmp_path: Path) -> None:
    """A 0–3 scale (the Ombudsman template): divide by 3 × Σ weight ÷ 100; a scale that
    does not start at 0 is scaled row by row."""
    stage = Stage("s", "Kepatuhan", 100)
    ombudsman = [
        Criterion("A", "s", "Satu", 12.5, 0, 3, 0.5),
        Criterion("B", "s", "Dua", 37.5, 0, 3, 0.5),
    ]
    paper = paper_stage(stage, ombudsman, "id", ",")
    assert paper.column == "Nilai × Bobot" and paper.weight_sum == "50"
    assert paper.total_label == "Nilai Kepatuhan = Jumlah ÷ 1,5"
    # 3 and 1 score: (12.5×3 + 37.5×1) ÷ 1.5 = 50, as the program's total
    from judge_app.domain.scoring import judge_total

    assert judge_total(ombudsman, {"A": 3, "B": 1}) == pytest.approx(50)
    shifted = [Criterion("A", "s", "Satu", 1, 1, 5, 1), Criterion("B", "s", "Dua", 1, 0, 10, 1)]
    paper = paper_stage(stage, shifted, "en", ".")
    assert paper.column == "Weighted value" and "(score − lowest)" in paper.rule
