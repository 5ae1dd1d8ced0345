"""The Rekapitulasi's own row tables (issue 6): every row on some page, the header on
every page, long titles cut with an ellipsis, and a large panel's totals in an annex."""

from __future__ import annotations

import subprocess

from judge_app.reports.results_recap import (
    ANNEX_JUDGES,
    RecapCategory,
    RecapRow,
    ResultsRecap,
    render_results_recap,
)
from judge_app.reports.signature_block import Signatory


def _recap(entries: int, judges: int) -> ResultsRecap:
    rows = tuple(
        RecapRow(
            rank=str(i + 1),
            code=f"IGA-{i:05d}",
            title=("Inovasi pelayanan publik yang sangat panjang namanya " * (1 + i % 3)).strip()
            + f" nomor {i}",
            judge_totals=tuple(
                "K" if (i + j) % 17 == 0 else f"{60 + (i * j) % 40},{j:02d}" for j in range(judges)
            ),
            panel=f"{70 + i % 30},50",
            final=f"{70 + i % 30},50",
            band="Sangat Inovatif" if i % 2 else "Inovatif",
            band_color="#2e9e5b" if i % 2 else "",
            flags="selisih antar juri besar" if i % 5 == 0 else "",
            award=i < 3,
        )
        for i in range(entries)
    )
    return ResultsRecap(
        locale="id",
        competition_title="Innovative Government Award 2025",
        organizer="Kementerian Dalam Negeri",
        method_line="Metode agregasi: rata-rata (mean)",
        judge_labels=tuple(f"J{j + 1}" for j in range(judges)),
        categories=(RecapCategory("Provinsi", rows),),
        basis=("lembar J1 revisi 1 sha256 abc",),
        signer=Signatory("Sekretariat", "-", "Jakarta, 1 Desember 2025", "Sekretariat,"),
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
    assert "…" in body  # a title longer than two lines is cut, not spilled


def test_a_large_panel_goes_to_an_annex_with_every_total(tmp_path) -> None:
    judges = 40
    recap = _recap(30, judges)
    pdf, _ = render_results_recap(recap)
    body = "\n".join(_text(pdf, tmp_path))
    assert "Lampiran: nilai setiap juri" in body
    for label in ("J1", f"J{ANNEX_JUDGES}", f"J{ANNEX_JUDGES + 1}", f"J{judges}"):
        assert label in body
    row = recap.categories[0].rows[7]
    for total in row.judge_totals:
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
