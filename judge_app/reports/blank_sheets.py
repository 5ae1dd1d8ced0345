"""Blank score sheets for judges who score on paper: one page per entry, a box per
criterion for the score and for its weighted value, the stage total and how to work it
out by hand, a place/date line and the judge's name and NIP to sign above, and a QR code
naming competition, judge, entry and definition hash, so the typed-in result can be
matched to the page."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from judge_app.domain.model import Criterion, Stage
from judge_app.domain.officials import Letterhead
from judge_app.domain.scoring import format_number
from judge_app.reports.layout import Footer, build, grid_table, para, plain_table, qr_image, styles


@dataclass(frozen=True)
class BlankCriterion:
    id: str
    name: str
    weight: str
    scale: str


@dataclass(frozen=True)
class BlankStage:
    """A stage's table: its criteria, the weights' sum, the weighted column's heading and
    the sentence that says how the stage's score is worked out from that column."""

    name: str
    criteria: tuple[BlankCriterion, ...]
    weight_sum: str
    column: str  # "Nilai × Bobot"
    total_label: str  # "Nilai Evaluasi Proposal = Jumlah ÷ 100"
    rule: str  # the working in a sentence


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
    stages: tuple[BlankStage, ...]
    entries: tuple[BlankEntry, ...]
    footer: str
    letterhead: Letterhead | None = None


def render_blank_sheets(sheets: BlankSheets) -> bytes:
    st = styles()
    en = sheets.locale == "en"
    story: list = []
    for index, entry in enumerate(sheets.entries):
        if index:
            story.append(PageBreak())
        label = lambda e, i: para(e if en else i, st["body"])  # noqa: E731
        heading = [
            para("SCORE SHEET" if en else "LEMBAR PENILAIAN", st["title"]),
            para(sheets.competition_title, st["subtitle"]),
            Spacer(1, 2 * mm),
            plain_table(  # the judge's NIP is under the name, where they sign
                [
                    [label("Judge", "Juri"), para(f": {sheets.judge_name}", st["body"])],
                    [
                        label("Innovation", "Inovasi"),
                        para(f": {entry.code} — {entry.title}", st["body"]),
                    ],
                    [label("Agency", "Instansi"), para(f": {entry.agency}", st["body"])],
                    [label("Category", "Kelompok"), para(f": {entry.category}", st["body"])],
                ],
                [24 * mm, 114 * mm],
            ),
        ]
        top = Table([[heading, qr_image(entry.qr_payload, 30 * mm)]], colWidths=[138 * mm, 32 * mm])
        top.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
        story.append(top)
        stage_heading = ParagraphStyle("stage", parent=st["heading"], spaceBefore=4)
        for i, stage in enumerate(sheets.stages):
            story.append(para(stage.name, stage_heading))
            story.append(_stage_table(stage, en, st))
            following = sheets.stages[i + 1 :]
            if not following or following[0].rule != stage.rule:  # a shared rule once
                story.append(Spacer(1, 1 * mm))
                story.append(para(stage.rule, st["small"]))
        story.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(_signature(sheets, en, st)))
    return build(
        story,
        Footer(sheets.footer),
        title="Blank score sheets" if en else "Lembar penilaian kosong",
        author=sheets.judge_name,
        locale=sheets.locale,
        letterhead=sheets.letterhead,
    )


def _stage_table(stage: BlankStage, en: bool, st: dict) -> Table:
    """Criterion, weight, scale, an empty box for the score and one for score × weight,
    then the sum row and the stage's score row, both to be filled in by hand."""
    header = ["Criterion" if en else "Kriteria", "Weight" if en else "Bobot",
              "Scale" if en else "Skala", "Score" if en else "Nilai", stage.column,
              "Note" if en else "Catatan"]  # fmt: skip
    rows: list[list[Flowable | str]] = [[para(h, st["cellb"]) for h in header]]
    for c in stage.criteria:
        rows.append(
            [
                para(f"{c.id}. {c.name}", st["cell"]),
                para(c.weight, st["cell"]),
                para(c.scale, st["cell"]),
                "",
                "",
                "",
            ]
        )
    total = len(rows)
    rows.append(
        [
            para("Sum" if en else "Jumlah", st["cellb"]),
            para(stage.weight_sum, st["cellb"]),
            "",
            "",
            "",
            "",
        ]
    )
    rows.append([para(stage.total_label, st["cellb"]), "", "", "", "", ""])
    heights = [None] + [9 * mm] * len(stage.criteria) + [7 * mm, 7 * mm]  # room to write
    widths = [56 * mm, 16 * mm, 20 * mm, 17 * mm, 23 * mm, 38 * mm]
    table = grid_table(rows, widths, heights=heights)
    grey = colors.HexColor("#eeeeee")
    table.setStyle(
        [
            ("BACKGROUND", (2, total), (3, total), grey),  # nothing to write there
            ("SPAN", (0, total + 1), (3, total + 1)),
            ("BACKGROUND", (5, total), (5, total + 1), grey),
            ("VALIGN", (0, total), (-1, total + 1), "MIDDLE"),
        ]
    )
    return table


def _signature(sheets: BlankSheets, en: bool, st: dict) -> Table:
    """Place and date to write in, the judge's signature, name and NIP."""
    dots = "………………, ……………… 20……"
    return plain_table(
        [
            ["", para(dots, st["body"])],
            ["", para("Judge," if en else "Juri,", st["body"])],
            ["", Spacer(1, 14 * mm)],
            ["", Paragraph(f"<u><b>{escape(sheets.judge_name)}</b></u>", st["body"])],
            ["", para(f"NIP/NIK. {sheets.judge_nip or '-'}", st["body"])],
        ],
        [100 * mm, 70 * mm],
    )


def paper_stage(stage: Stage, criteria: tuple[Criterion, ...], locale: str, decimal: str):
    """A stage's table on paper, with the working a judge does by hand: the weighted
    column and the divisor that give the stage's score exactly as the program computes it
    (100 × Σ weight × (score − min) / (max − min) / Σ weight)."""
    en = locale == "en"
    rows = tuple(
        BlankCriterion(c.id, c.name, format_number(c.weight, decimal), c.scale_text(locale))
        for c in criteria
    )
    weights = sum((Fraction(str(c.weight)) for c in criteria), Fraction(0))
    weight_sum = format_number(float(weights), decimal)
    tops = {c.max for c in criteria}
    if all(c.min == 0 for c in criteria) and len(tops) == 1 and weights:
        top = Fraction(str(tops.pop()))
        divisor = format_number(float(top * weights / 100), decimal)
        why = (
            ("the sum of the weights" if en else "jumlah bobot")
            if top == 100
            else (
                f"{format_number(float(top), decimal)} × {weight_sum} ÷ 100: the scale ends at "
                f"{format_number(float(top), decimal)}, the score at 100"
                if en
                else f"{format_number(float(top), decimal)} × {weight_sum} ÷ 100: skala "
                f"berakhir pada {format_number(float(top), decimal)}, nilai pada 100"
            )
        )
        if en:
            return BlankStage(
                stage.name,
                rows,
                weight_sum,
                "Score × Weight",
                f"{stage.name} score = Sum ÷ {divisor}",
                "How to work it out: multiply each score by its weight, write the product in "
                "the Score × Weight column, add the products up (Sum) and divide the sum by "
                f"{divisor} ({why}).",
            )
        return BlankStage(
            stage.name,
            rows,
            weight_sum,
            "Nilai × Bobot",
            f"Nilai {stage.name} = Jumlah ÷ {divisor}",
            "Cara menghitung: kalikan setiap nilai dengan bobotnya, tulis hasilnya di kolom "
            "Nilai × Bobot, jumlahkan (Jumlah), lalu bagi jumlah itu dengan "
            f"{divisor} ({why}).",
        )
    # scales that do not start at 0 or differ between criteria: each row is scaled first
    if en:
        return BlankStage(
            stage.name,
            rows,
            weight_sum,
            "Weighted value",
            f"{stage.name} score = Sum",
            "How to work it out: for each criterion, weighted value = (score − lowest) ÷ "
            f"(highest − lowest of its scale) × weight × 100 ÷ {weight_sum}; the stage's "
            "score is the sum of the weighted values.",
        )
    return BlankStage(
        stage.name,
        rows,
        weight_sum,
        "Nilai Tertimbang",
        f"Nilai {stage.name} = Jumlah",
        "Cara menghitung: untuk setiap kriteria, nilai tertimbang = (nilai − terendah) ÷ "
        f"(tertinggi − terendah skalanya) × bobot × 100 ÷ {weight_sum}; nilai tahap adalah "
        "jumlah nilai tertimbang.",
    )
