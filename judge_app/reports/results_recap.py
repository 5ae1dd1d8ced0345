"""Rekapitulasi Nilai: per category, entries × judges with each judge's total (conflicts
marked), panel score, final score, rank, band in its colour and flags in words; the
method, its parameters and the hash of every input sheet at the end, so anyone can
recompute it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from judge_app.reports import layout
from judge_app.reports.layout import Footer, Placement, grid_table, para, styles
from judge_app.reports.signature_block import Signatory, signature_block


@dataclass(frozen=True)
class RecapRow:
    rank: str
    code: str
    title: str
    judge_totals: tuple[str, ...]  # one per judge; "K" for a conflict, "" for none
    panel: str
    final: str
    band: str
    band_color: str
    flags: str
    award: bool


@dataclass(frozen=True)
class RecapCategory:
    name: str
    rows: tuple[RecapRow, ...]


@dataclass(frozen=True)
class ResultsRecap:
    locale: str
    competition_title: str
    organizer: str
    method_line: str
    judge_labels: tuple[str, ...]
    categories: tuple[RecapCategory, ...]
    basis: tuple[str, ...]  # method, parameters, sheet hashes
    signer: Signatory
    footer: str
    qr_payload: str


def render_results_recap(recap: ResultsRecap) -> tuple[bytes, Placement]:
    st = styles()
    en = recap.locale == "en"
    story: list = [
        para("SCORE RECAPITULATION" if en else "REKAPITULASI NILAI", st["title"]),
        para(recap.competition_title, st["subtitle"]),
        para(recap.method_line, st["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    judges = len(recap.judge_labels)
    usable = landscape(A4)[0] - 2 * layout.MARGIN
    others = [10 * mm, 24 * mm, 16 * mm, 16 * mm, 26 * mm, 40 * mm]
    judge_width = min(14 * mm, (usable - sum(others) - 50 * mm) / max(judges, 1))
    title_width = usable - sum(others) - judge_width * judges
    widths = [*others[:2], title_width] + [judge_width] * judges + others[2:]
    t = lambda e, i: e if en else i  # noqa: E731 - two-language labels inline
    header = [
        t("Rank", "No"),
        t("Code", "Kode"),
        t("Innovation", "Nama Inovasi"),
        *recap.judge_labels,
        "Panel",
        t("Final", "Akhir"),
        t("Band", "Predikat"),
        t("Notes", "Keterangan"),
    ]
    for category in recap.categories:
        story.append(para(category.name, st["heading"]))
        rows = [[para(h, st["cellb"]) for h in header]]
        style = []
        for i, r in enumerate(category.rows, start=1):
            title = r.title + (" ★" if r.award else "")
            notes = para(r.flags, st["small"]) if r.flags else ""
            band = para(r.band, st["cell"])
            # figures as plain text; a Paragraph only where text wraps
            rows.append(
                [r.rank, r.code, para(title, st["cell"]), *r.judge_totals, r.panel, r.final, band,
                 notes]
            )  # fmt: skip
            if r.band_color:
                band_column = 3 + judges + 2
                style.append(
                    (
                        "BACKGROUND",
                        (band_column, i),
                        (band_column, i),
                        colors.HexColor(r.band_color),
                    )
                )
        table = grid_table(rows, widths)
        final_column = 3 + judges + 1
        style.append(("FONT", (final_column, 1), (final_column, -1), layout.BOLD, 8.5, 10.5))
        table.setStyle(style)
        story.append(table)
        story.append(Spacer(1, 3 * mm))
    story.append(para("Dasar perhitungan" if not en else "Basis of calculation", st["heading"]))
    for line in recap.basis:
        story.append(para(line, st["small"]))
    placement = Placement()
    story.append(
        signature_block(
            recap.signer, placement, [layout.qr_image(recap.qr_payload, 26 * mm)], recap.locale
        )
    )
    pdf = layout.build(
        story,
        Footer(recap.footer),
        title="Rekapitulasi Nilai" if not en else "Score recapitulation",
        author=recap.organizer,
        subject=recap.qr_payload,
        pagesize=landscape(A4),
    )
    return pdf, placement
