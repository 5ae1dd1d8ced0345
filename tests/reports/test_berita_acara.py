"""The Berita Acara in the competition's language: Indonesian minutes with the day and
date written out in words, or English minutes for an English-language competition; on
the demo, only awarded entries with the award rule's sentence, the acknowledging
official by name, NIP and position, its QR code, and never signed without a number."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from judge_app.domain.model import Judge
from judge_app.reports.berita_acara import BeritaAcara, Winner, render_berita_acara


def _minutes(locale: str) -> BeritaAcara:
    panel = (
        Judge("J1", "Dr. Hj. Rina Marlina, M.Si.", "197001012000032001", role="ketua"),
        Judge("J2", "Ahmad Fauzi, S.Sos., M.AP.", "3601010101800001", role="anggota"),
    )
    winner = Winner("1", "KIPP23-001", "Super APP Tangerang LIVE", "Diskominfo", "88,25", "A")
    return BeritaAcara(
        number="001/BA/TIM/XII/2023",
        competition_title="KIPP Provinsi Banten 2023",
        organizer="Pemerintah Provinsi Banten",
        place="Serang",
        date=dt.date(2023, 12, 20),
        entries_assessed=22,
        panel=panel,
        winners=(("Kelompok Umum", (winner,), ""), ("Kelompok Khusus", (), "")),
        method_line="rata-rata (mean)" if locale == "id" else "mean",
        footer="judge-app · test",
        qr_payload="judge-app:berita-acara:test",
        locale=locale,
    )


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "ba.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("locale", "expected", "absent"),
    [
        (
            "id",
            [
                "BERITA ACARA HASIL PENILAIAN",
                "Nomor: 001/BA/TIM/XII/2023",
                "Pada hari ini Rabu tanggal dua puluh bulan Desember tahun dua ribu dua puluh",
                "dengan metode rata-rata (mean), ditetapkan",
                "Tidak ada inovasi dengan nilai akhir yang sah pada kelompok ini.",
                "Serang, 20 Desember 2023",
                "Ketua",
                "Mengetahui,",
            ],
            ["MINUTES", "Chair"],
        ),
        (
            "en",
            [
                "MINUTES OF THE ASSESSMENT RESULTS",
                "Number: 001/BA/TIM/XII/2023",
                "On Wednesday, 20 December 2023, at Serang, we the undersigned",
                "On the basis of the assessment (method: mean), the best entries",
                "No entry of this category has a valid final score.",
                "Serang, 20 December 2023",
                "Chair",
                "Acknowledged,",
            ],
            ["BERITA ACARA", "Ketua", "Mengetahui"],
        ),
    ],
)
def test_minutes_in_the_competitions_language(tmp_path, locale, expected, absent) -> None:
    pdf, _, slots = render_berita_acara(_minutes(locale))
    text = " ".join(_text(pdf, tmp_path).split())
    for phrase in expected:
        assert phrase in text, phrase
    for word in absent:
        assert word not in text, word
    assert "NIK. 3601010101800001" in text and "NIP. 197001012000032001" in text
    # every cell of the grid, and the official's, is a place for a signature field
    panel = _minutes(locale).panel
    assert {s.person_id for s in slots[:-1]} == {j.id for j in panel}
    assert slots[-1].field == "TTD_Mengetahui" and not slots[-1].person_id
    for slot in slots:
        x0, y0, x1, y1 = slot.placement.box
        assert slot.placement.page >= 0 and x1 - x0 > 100 and y1 - y0 > 40, slot


# --- the demo's minutes, signed -----------------------------------------------------------

from pathlib import Path  # noqa: E402

from judge_app.base.errors import JudgeAppError  # noqa: E402
from judge_app.secretariat import documents  # noqa: E402
from tests.reports.conftest import set_officials, signed_document  # noqa: E402


def _signed_minutes(master: Path, tmp_path: Path, english: bool = False, **options) -> tuple:
    return signed_document(
        master, tmp_path / "ba.pdf", documents.signed_berita_acara_pdf, english, **options
    )


def test_demo_minutes_name_only_the_awarded_and_the_acknowledging_official(
    demo_master: Path, tmp_path: Path
) -> None:
    set_officials(demo_master, "sekretariat", "mengetahui")
    path, document = _signed_minutes(
        demo_master, tmp_path, number="001/BA/2023", day=dt.date(2023, 12, 20)
    )
    text = " ".join(_text(path.read_bytes(), tmp_path).split())
    for e in document["entries"]:
        assert (e["code"] in text) == e["award"], e["code"]  # KIPP23-022 is not named
    note = next(c["note"] for c in document["categories"] if c["id"] == "replikasi")
    assert note and note in text
    assert (
        "Mengetahui, Sekretaris Daerah Provinsi Banten Dr. Ir. Muhammad Tranggono, M.Si. "
        "NIP. 196602021992031004" in text
    )
    assert "Pindai untuk memeriksa" in text  # the QR code and what it is for
    assert "Drs. H. Ahmad Syaukani, M.Si." in text  # who signs the file
    assert "Ditandatangani secara elektronik pada" in text  # dated 2023, signed today
    assert "MATERAI" not in text and "hasil sha256" in text
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in report


def test_the_qr_code_says_what_the_minutes_are(demo_master: Path, tmp_path: Path) -> None:
    path, _ = _signed_minutes(demo_master, tmp_path, number="001/BA/2023")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "judge-app:berita-acara:" in info  # the machine identifier, as the QR's last line


def test_minutes_are_never_signed_without_a_number(demo_master: Path, tmp_path: Path) -> None:
    with pytest.raises(JudgeAppError, match="number"):
        _signed_minutes(demo_master, tmp_path, number="  ")


def test_english_minutes_english_throughout(demo_master: Path, tmp_path: Path) -> None:
    set_officials(demo_master)
    path, _ = _signed_minutes(demo_master, tmp_path, english=True, number="001/MIN/2023")
    text = " ".join(_text(path.read_bytes(), tmp_path).split())
    assert "Number: 001/MIN/2023" in text and "results sha256" in text
    assert "Scan to check" in text and "Acknowledged," in text
    for absent in ("hasil sha256", "Ditandatangani", "Mengetahui", "Halaman", "Pindai"):
        assert absent not in text, absent


def test_the_command_refuses_a_berita_acara_without_a_number(demo_master: Path, tmp_path: Path):
    from tests.test_cli import run

    done = run("results", demo_master, "--berita-acara", tmp_path / "ba.pdf")
    assert done.returncode != 0
    assert "--number" in done.stderr and not (tmp_path / "ba.pdf").exists()
