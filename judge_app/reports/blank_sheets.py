"""Blank score sheets for judges who score on paper: one page per entry, a box per
criterion, and a QR code naming competition, judge, entry and definition hash, so the
typed-in result can be matched to the page."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from judge_app.reports.layout import Footer, build, grid_table, para, plain_table, qr_image, styles


@dataclass(frozen=True)
class BlankCriterion:
    id: str
    name: str
    weight: str
    scale: str


@dataclass(frozen=True)
class BlankEntry:
    code: str
    title: str
    agency: str
    category: str
    qr_payload: str


@dataclass(frozen=True)
class BlankSheets:
    locale: str
    competition_title: str
    judge_name: str
    judge_nip: str
    stages: tuple[tuple[str, tuple[BlankCriterion, ...]], ...]
    entries: tuple[BlankEntry, ...]
    footer: str


def render_blank_sheets(sheets: BlankSheets) -> bytes:
    st = styles()
    en = sheets.locale == "en"
    story: list = []
    for index, entry in enumerate(sheets.entries):
        if index:
            story.append(PageBreak())
        heading = [
            para("SCORE SHEET" if en else "LEMBAR PENILAIAN", st["title"]),
            para(sheets.competition_title, st["subtitle"]),
            Spacer(1, 3 * mm),
            plain_table(
                [
                    [
                        para("Judge" if en else "Juri", st["body"]),
                        para(f": {sheets.judge_name}", st["body"]),
                    ],
                    [para("NIP/NIK", st["body"]), para(f": {sheets.judge_nip or '-'}", st["body"])],
                    [
                        para("Code" if en else "Kode", st["body"]),
                        para(f": {entry.code}", st["body"]),
                    ],
                    [
                        para("Innovation" if en else "Inovasi", st["body"]),
                        para(f": {entry.title}", st["body"]),
                    ],
                    [
                        para("Agency" if en else "Instansi", st["body"]),
                        para(f": {entry.agency}", st["body"]),
                    ],
                    [
                        para("Category" if en else "Kelompok", st["body"]),
                        para(f": {entry.category}", st["body"]),
                    ],
                ],
                [28 * mm, 110 * mm],
            ),
        ]
        top = Table([[heading, qr_image(entry.qr_payload, 30 * mm)]], colWidths=[138 * mm, 32 * mm])
        top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
        story.append(top)
        for stage_name, criteria in sheets.stages:
            story.append(para(stage_name, st["heading"]))
            header = ["Criterion" if en else "Kriteria", "Weight" if en else "Bobot",
                      "Scale" if en else "Skala", "Score" if en else "Nilai",
                      "Note" if en else "Catatan"]  # fmt: skip
            rows = [[para(h, st["cellb"]) for h in header]]
            for c in criteria:
                rows.append(
                    [
                        para(f"{c.id}. {c.name}", st["cell"]),
                        para(c.weight, st["cell"]),
                        para(c.scale, st["cell"]),
                        "",
                        "",
                    ]
                )
            heights = [None] + [12 * mm] * len(criteria)  # room to write by hand
            widths = [62 * mm, 14 * mm, 24 * mm, 22 * mm, 48 * mm]
            story.append(grid_table(rows, widths, heights=heights))
        story.append(Spacer(1, 10 * mm))
        story.append(
            plain_table(
                [
                    ["", para("Signature of the judge" if en else "Tanda tangan juri", st["body"])],
                    ["", Spacer(1, 18 * mm)],
                    ["", para(f"( {sheets.judge_name} )", st["body"])],
                ],
                [100 * mm, 70 * mm],
            )
        )
    return build(
        story,
        Footer(sheets.footer),
        title="Blank score sheets" if en else "Lembar penilaian kosong",
        author=sheets.judge_name,
    )
