"""Rekapitulasi Nilai: per category, entries × judges with each judge's total (conflicts
marked), panel score, final score, rank, band in its colour and flags in words; the
method, its parameters and the hash of every input sheet at the end, so anyone can
recompute it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from judge_app.reports import layout
from judge_app.reports.layout import Footer, Placement, para, styles
from judge_app.reports.row_table import Column, Row, RowTable
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


INLINE_JUDGES = 12  # more judges: their totals go to an annex, 16 judges per table
ANNEX_JUDGES = 16


def render_results_recap(recap: ResultsRecap) -> tuple[bytes, Placement]:
    st = styles()
    en = recap.locale == "en"
    story: list = [
        para("SCORE RECAPITULATION" if en else "REKAPITULASI NILAI", st["title"]),
        para(recap.competition_title, st["subtitle"]),
        para(recap.method_line, st["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    t = lambda e, i: e if en else i  # noqa: E731 - two-language labels inline
    judges = len(recap.judge_labels)
    inline = judges <= INLINE_JUDGES
    usable = landscape(A4)[0] - 2 * layout.MARGIN
    judge_width = min(14 * mm, (usable - 182 * mm) / max(judges, 1)) if inline else 0
    fixed = 10 * mm + 24 * mm + 16 * mm + 16 * mm + 26 * mm + 40 * mm
    title_width = usable - fixed - judge_width * (judges if inline else 0)
    columns = [
        Column(10 * mm, "R"),
        Column(24 * mm),
        Column(title_width, lines=2),
        *([Column(judge_width, "R")] * (judges if inline else 0)),
        Column(16 * mm, "R"),
        Column(16 * mm, "R", bold=True),
        Column(26 * mm, lines=2),
        Column(40 * mm, lines=2),
    ]
    header = [
        t("Rank", "No"),
        t("Code", "Kode"),
        t("Innovation", "Nama Inovasi"),
        *(recap.judge_labels if inline else ()),
        "Panel",
        t("Final", "Akhir"),
        t("Band", "Predikat"),
        t("Notes", "Keterangan"),
    ]
    band_column = len(columns) - 2
    for category in recap.categories:
        story.append(CondPageBreak(30 * mm))  # a heading never ends a page alone
        story.append(para(category.name, st["heading"]))
        rows = [
            Row(
                (r.rank, r.code, r.title + (" ★" if r.award else ""),
                 *(r.judge_totals if inline else ()), r.panel, r.final, r.band, r.flags),
                {band_column: r.band_color} if r.band_color else {},
            )
            for r in category.rows
        ]  # fmt: skip
        story.append(RowTable(columns, header, rows))
        story.append(Spacer(1, 3 * mm))
    if not inline:
        story.extend(_annex(recap, st, t))
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


def _annex(recap: ResultsRecap, st, t) -> list:
    """Each judge's total per entry, when the panel is too large for one table's width:
    16 judges side by side, entry by entry ("K": conflict of interest)."""
    out: list = [para(t("Annex: each judge's total", "Lampiran: nilai setiap juri"), st["heading"])]
    labels = recap.judge_labels
    for first in range(0, len(labels), ANNEX_JUDGES):
        chunk = range(first, min(first + ANNEX_JUDGES, len(labels)))
        columns = [Column(24 * mm), *([Column(14 * mm, "R")] * len(chunk))]
        header = [t("Code", "Kode"), *(labels[i] for i in chunk)]
        for category in recap.categories:
            out.append(CondPageBreak(30 * mm))
            out.append(
                para(f"{category.name} · {labels[chunk[0]]}–{labels[chunk[-1]]}", st["small"])
            )
            rows = [Row((r.code, *(r.judge_totals[i] for i in chunk))) for r in category.rows]
            out.append(RowTable(columns, header, rows))
            out.append(Spacer(1, 3 * mm))
    return out
