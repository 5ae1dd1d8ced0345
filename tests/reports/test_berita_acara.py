"""The Berita Acara in the competition's language: Indonesian minutes with the day and
date written out in words, or English minutes for an English-language competition."""

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
        winners=(("Kelompok Umum", (winner,)), ("Kelompok Khusus", ())),
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
    pdf, _ = render_berita_acara(_minutes(locale))
    text = " ".join(_text(pdf, tmp_path).split())
    for phrase in expected:
        assert phrase in text, phrase
    for word in absent:
        assert word not in text, word
    assert "NIK. 3601010101800001" in text and "NIP. 197001012000032001" in text
