"""The Rekapitulasi (issues 6 and 17): every row on some page, the header on every page,
titles wrapped whole, a large panel's totals in an annex; on the demo, every award
marked in its own column and none else, a legend naming each judge, the agency, the
stages with their weights, the basis in words, the award rule's sentences, and the
people who sign it."""

from __future__ import annotations

import subprocess

from judge_app.reports.results_recap import (
    ANNEX_JUDGES,
    RecapCategory,
    RecapJudge,
    RecapRow,
    RecapStage,
    ResultsRecap,
    Signer,
    render_results_recap,
    tint,
)


def _recap(entries: int, judges: int, stages: int = 1) -> ResultsRecap:
    rows = tuple(
        RecapRow(
            rank=str(i + 1),
            code=f"IGA-{i:05d}",
            title=("Inovasi pelayanan publik yang sangat panjang namanya " * (1 + i % 3)).strip()
            + f" nomor {i}",
            agency=f"Dinas Komunikasi dan Informatika Kabupaten {i % 40}",
            judge_totals=tuple(
                tuple(
                    "K" if (i + j) % 17 == 0 else f"{60 + (i * j + s) % 40},{j:02d}"
                    for j in range(judges)
                )
                for s in range(stages)
            ),
            stages=tuple(f"{70 + (i + s) % 30},50" for s in range(stages)),
            final=f"{70 + i % 30},50",
            band="Sangat Inovatif" if i % 2 else "Inovatif",
            band_color="#2e9e5b" if i % 2 else "",
            award="★ Juara 1" if i < 3 else "",
            flags="selisih antar juri besar" if i % 5 == 0 else "",
        )
        for i in range(entries)
    )
    return ResultsRecap(
        locale="id",
        competition_title="Innovative Government Award 2025",
        organizer="Kementerian Dalam Negeri",
        method_line="Metode agregasi: rata-rata (mean)",
        judges=tuple(RecapJudge(f"J{j + 1}", f"Juri {j + 1}") for j in range(judges)),
        stages=tuple(RecapStage(f"Tahap {s + 1}", "50%") for s in range(stages)),
        categories=(RecapCategory("Provinsi", rows),),
        legend=("J1 = Juri 1",),
        basis=("Metode: rata-rata", "lembar J1 revisi 1 sha256 abc"),
        place_date="Jakarta, 1 Desember 2025",
        secretariat=Signer("Sekretariat,", "Budi Santoso", "197001011990031001"),
        panel_signers=(),
        footer="judge-app · test",
        qr_payload="hasil sha256 0123",
    )


def _text(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return out.split("\f")


def test_every_row_is_printed_and_the_header_repeats(tmp_path) -> None:
    pdf, _ = render_results_recap(_recap(400, 5))
    pages = _text(pdf, tmp_path)
    body = "\n".join(pages)
    for i in range(400):
        assert f"IGA-{i:05d}" in body
    table_pages = [p for p in pages if "IGA-" in p]
    assert len(table_pages) > 5
    assert all("Nama Inovasi" in p and "Akhir" in p for p in table_pages)
    assert "…" not in body  # titles wrap whole, never cut
    flat = " ".join(body.split())
    longest = _recap(400, 5).categories[0].rows[2].title  # three times the long name
    assert " ".join(longest.split()[-6:]) in flat


def test_a_large_panel_goes_to_an_annex_with_every_total(tmp_path) -> None:
    judges = 40
    recap = _recap(30, judges)
    pdf, _ = render_results_recap(recap)
    body = "\n".join(_text(pdf, tmp_path))
    assert "Lampiran: nilai total setiap juri" in body
    for label in ("J1", f"J{ANNEX_JUDGES}", f"J{ANNEX_JUDGES + 1}", f"J{judges}"):
        assert label in body
    row = recap.categories[0].rows[7]
    for total in row.judge_totals[0]:
        assert total in body


def test_each_document_encodes_its_own_characters(tmp_path) -> None:
    """Row text is encoded once per document: a TrueType font's codes for characters
    beyond ASCII are given out per document in the order they appear, so a title seen
    in an earlier document is encoded again in the next, where "Ö" came first."""
    from dataclasses import replace

    base = _recap(1, 2)
    row = base.categories[0].rows[0]

    def recap(*titles: str) -> ResultsRecap:
        rows = tuple(replace(row, code=f"X-{i}", title=t) for i, t in enumerate(titles))
        return replace(base, categories=(RecapCategory("Provinsi", rows),))

    assert "Äpfel Ĵalan" in "".join(_text(render_results_recap(recap("Äpfel Ĵalan"))[0], tmp_path))
    text = "".join(_text(render_results_recap(recap("Ölfeld Ŝistem", "Äpfel Ĵalan"))[0], tmp_path))
    assert "Ölfeld Ŝistem" in text and "Äpfel Ĵalan" in text


def test_band_tints_are_light_behind_dark_text() -> None:
    light = tint("#d73027")
    red, green, blue = (int(light[i : i + 2], 16) for i in (1, 3, 5))
    assert min(red, green, blue) > 150  # black text stays readable, in grey print too
    assert tint("") == "" and tint("not-a-colour") == ""


# --- the demo, signed, merged and recapped ------------------------------------------------

import datetime as dt  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

from judge_app.secretariat import documents  # noqa: E402
from judge_app.store import repository as repo  # noqa: E402
from judge_app.store.database import opened  # noqa: E402
from tests.reports.conftest import pages, set_officials, signed_document  # noqa: E402


def _recap_pdf(master: Path, tmp_path: Path, english: bool = False, **options) -> tuple:
    return signed_document(
        master, tmp_path / "rekap.pdf", documents.signed_recap_pdf, english, **options
    )


def _row_line(text: str, code: str) -> str:
    return next(line for line in text.splitlines() if code in line)


def test_every_award_is_marked_and_none_else(demo_master: Path, tmp_path: Path) -> None:
    path, document = _recap_pdf(demo_master, tmp_path)
    text = "\n".join(pages(path))
    awarded = [e for e in document["entries"] if e["award"]]
    assert {e["code"] for e in awarded} >= {"KIPP23-002", "KIPP23-004", "KIPP23-020"}
    for e in awarded:
        assert f"★ Juara {e['category_rank']}" in _row_line(text, e["code"]), e["code"]
    assert text.count("★ Juara") == len(awarded)
    # rank 3 of Kelompok Replikasi, below the passing grade: not awarded, and said why
    late = _row_line(text, "KIPP23-022")
    assert "★" not in late and "tidak memenuhi" in late
    assert "Penghargaan" in text and "…" not in text
    flat = " ".join(text.split())
    note = next(c["note"] for c in document["categories"] if c["id"] == "replikasi")
    assert note.startswith("Hanya 2 inovasi") and note in flat
    khusus = next(c["note"] for c in document["categories"] if c["id"] == "khusus")
    assert khusus and khusus in flat  # a category without valid results says so


def test_the_recap_stands_on_its_own(demo_master: Path, tmp_path: Path) -> None:
    path, _ = _recap_pdf(
        demo_master, tmp_path, number="002/REKAP/2023", berita_acara_number="001/BA"
    )
    texts = pages(path)
    flat = " ".join(" ".join(texts).split())
    with opened(demo_master, "master") as db:
        judges = repo.judges(db)
    for judge in judges:  # the legend names every judge column
        assert f"{judge.id} = {judge.name}" in flat and judge.nip in flat
    for phrase in (
        "Instansi",
        "Dinas Kesehatan Kota",
        "(0%)",
        "(100%)",
        "Nilai akhir = nilai panel tiap tahap menurut bobotnya: Evaluasi Proposal 0%, "
        "Presentasi dan Wawancara 100%.",
        "P1 Substansi Inovasi 70%",
        "Urutan penentu jika nilai akhir sama: P1 Substansi Inovasi, P2 Penyampaian",
        "paling sedikit 3 juri",
        "predikat Lulus",
        "Nomor: 002/REKAP/2023",
        "Lampiran Berita Acara Hasil Penilaian Nomor: 001/BA",
        "Halaman 1 dari",
    ):
        assert phrase in flat, phrase
    for absent in ("tie-break", "trim", "dipangkas", "NIP. -"):
        assert absent not in flat, absent


def test_signed_by_people_on_a_page_with_content(demo_master: Path, tmp_path: Path) -> None:
    set_officials(demo_master, "sekretariat")
    path, _ = _recap_pdf(demo_master, tmp_path, day=dt.date(2023, 12, 20))
    texts = pages(path)
    last = texts[-1]
    flat = " ".join(last.split())
    assert "Drs. H. Ahmad Syaukani, M.Si." in flat and "NIP. 196805121994031005" in flat
    assert "Kepala Biro Organisasi" in flat
    assert "Ketua Tim Penilai" in flat and "Dr. Hj. Rina Marlina, M.Si." in flat
    assert "Sekretaris Tim Penilai" in flat and "Ahmad Fauzi, S.Sos., M.AP." in flat
    assert "Lembar juri" in last  # never a signature block alone on its page
    assert "Serang, 20 Desember 2023" in flat
    assert re.search(r"Ditandatangani secara elektronik pada \d+ \w+ \d{4} pukul", flat)
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in report


def test_without_a_registered_official_a_line_to_sign_by_hand(
    demo_master: Path, tmp_path: Path
) -> None:
    set_officials(demo_master)
    path, _ = _recap_pdf(demo_master, tmp_path)
    flat = " ".join(pages(path)[-1].split())
    assert "(.........." in flat and "NIP. ....." in flat
    assert "NIP. -" not in flat
    assert "Ditandatangani secara elektronik pada" not in flat  # dated today


def test_english_recap_is_english_throughout(demo_master: Path, tmp_path: Path) -> None:
    path, document = _recap_pdf(demo_master, tmp_path, english=True)
    text = "\n".join(pages(path))
    flat = " ".join(text.split())
    for phrase in ("SCORE RECAPITULATION", "Award", "Agency", "Basis of calculation",
                   "results sha256", "Order deciding equal final scores", "Page 1 of"):  # fmt: skip
        assert phrase in flat, phrase
    for absent in ("hasil sha256", "Ditandatangani", "Juara", "Lembar juri", "Halaman", "…"):
        assert absent not in flat, absent  # "…": no heading or title is clipped ("Ra…")
    assert flat.count(" Rank Code Innovation ") >= 3  # the heading of each category's table
    for e in document["entries"]:
        if e["award"]:
            assert "place" in _row_line(text, e["code"])


def test_a_fresh_process_measures_in_the_embedded_font() -> None:
    """`results --pdf` in a new process measured a column before any font was registered
    (KeyError: no afm for DejaVuSans-Bold): measuring registers the fonts first."""
    import subprocess
    import sys

    code = (
        "from judge_app.reports.layout import BOLD\n"
        "from judge_app.reports.row_table import width_of\n"
        "print(width_of('Peringkat', BOLD, 8) > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (out.returncode, out.stdout.strip()) == (0, "True"), out.stderr
