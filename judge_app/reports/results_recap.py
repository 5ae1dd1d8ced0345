"""Rekapitulasi Nilai: per category, every entry with its agency, each stage's panel score
and weight, the final score, rank, band (a light tint of its colour behind dark text),
the award in a column of its own and flags in words; each judge's total beside it or in
an annex, a legend naming every judge, the basis in words (method and only the
parameters it uses, stage and criterion weights, tie-break order, bands, award rule) and
the hash of every input sheet, so anyone can recompute it; signed by the people who
answer for it (issue 17)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from judge_app.domain.model import Definition
from judge_app.domain.officials import Letterhead
from judge_app.reports import layout
from judge_app.reports.layout import BOLD, Footer, Placement, SignatureSpot, para, styles
from judge_app.reports.row_table import HEADER_SIZE, PAD, Column, Row, RowTable, width_of


@dataclass(frozen=True)
class RecapRow:
    rank: str
    code: str
    title: str
    agency: str
    judge_totals: tuple[tuple[str, ...], ...]  # per stage, one per judge: "K" conflict, "" none
    stages: tuple[str, ...]  # each stage's panel score
    final: str
    band: str
    band_color: str
    award: str  # the award column's mark ("★ Juara 1"), "" for none
    flags: str


@dataclass(frozen=True)
class RecapCategory:
    name: str
    rows: tuple[RecapRow, ...]
    note: str = ""  # fewer awards than places, or no valid result: said in a sentence


@dataclass(frozen=True)
class RecapJudge:
    label: str  # the column's heading, "J1"
    name: str
    nip: str = ""


@dataclass(frozen=True)
class RecapStage:
    name: str
    share: str  # its share of the final score as printed: "100 %"


@dataclass(frozen=True)
class Signer:
    """A person who signs the recap: the caption above the space (role, position), the
    name (empty: a line to write it by hand) and the NIP."""

    caption: str
    name: str
    nip: str = ""


@dataclass(frozen=True)
class ResultsRecap:
    locale: str
    competition_title: str
    organizer: str
    method_line: str
    judges: tuple[RecapJudge, ...]
    stages: tuple[RecapStage, ...]
    categories: tuple[RecapCategory, ...]
    legend: tuple[str, ...]  # what the columns mean, before the tables
    basis: tuple[str, ...]  # method, weights, rule, then the hashes
    place_date: str
    secretariat: Signer  # signs electronically, where the stamp goes
    panel_signers: tuple[Signer, ...]  # sign by hand beside the secretariat
    footer: str
    qr_payload: str
    number: str = ""  # "Nomor: …" under the title (none: no line, never a blank to fill)
    attachment_of: str = ""  # the Berita Acara's number the recap is attached to
    signed_note: str = ""  # when the printed date is not the signing day
    letterhead: Letterhead | None = None


INLINE_JUDGES = 12  # at most this many judges beside the scores (room permitting)
ANNEX_JUDGES = 16  # an annex table's judges side by side
JUDGE_WIDTH = 12.6 * mm  # "100,00" and its padding
MIN_TEXT = 75 * mm  # title and agency together, below which the judges go to the annex


def tint(colour: str, strength: float = 0.3) -> str:
    """A band colour lightened towards white: dark text stays readable on it, in colour
    and in black-and-white print."""
    value = colour.lstrip("#")
    if len(value) != 6:
        return ""
    try:
        rgb = [int(value[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return ""
    mixed = [round(255 - (255 - c) * strength) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def judges_inline(recap: ResultsRecap) -> bool:
    """Each judge's total beside the scores only for a single stage, and only when the
    title and agency keep room enough; otherwise the annex holds them, stage by stage."""
    judges = len(recap.judges)
    if len(recap.stages) != 1 or not judges or judges > INLINE_JUDGES:
        return False
    return _usable() - _fixed(recap) - judges * JUDGE_WIDTH >= MIN_TEXT


def _usable() -> float:
    return landscape(A4)[0] - 2 * layout.MARGIN


def _fixed(recap: ResultsRecap) -> float:
    stages = len(recap.stages) if len(recap.stages) > 1 else 0
    return (21 + 15 + 20 + 22 + 28) * mm + _rank_width(recap) + stages * _stage_width(recap)


def _rank_heading(recap: ResultsRecap) -> str:
    return "Rank" if recap.locale == "en" else "No"


def _rank_width(recap: ResultsRecap) -> float:
    """Wide enough for its heading: "Rank" must not print as "Ra…"."""
    return max(9 * mm, width_of(_rank_heading(recap), BOLD, HEADER_SIZE) + 2 * PAD + 1)


def _stage_width(recap: ResultsRecap) -> float:
    """Wide enough for the longest word of a stage's heading ("Wawancara"): words are
    never cut in a heading."""
    words = [w for s in recap.stages for w in f"{s.name} ({s.share})".split()]
    longest = max((width_of(w, BOLD, HEADER_SIZE) for w in words), default=0)
    return max(17 * mm, longest + 2 * PAD + 1)


def render_results_recap(recap: ResultsRecap) -> tuple[bytes, Placement]:
    st = styles()
    en = recap.locale == "en"
    t = lambda e, i: e if en else i  # noqa: E731 - two-language labels inline
    story: list = [para(t("SCORE RECAPITULATION", "REKAPITULASI NILAI"), st["title"])]
    story.append(para(recap.competition_title, st["subtitle"]))
    if recap.number:
        story.append(para(f"{t('Number', 'Nomor')}: {recap.number}", st["subtitle"]))
    if recap.attachment_of:
        story.append(
            para(
                t(
                    f"Attachment to the minutes number {recap.attachment_of}",
                    f"Lampiran Berita Acara Hasil Penilaian Nomor: {recap.attachment_of}",
                ),
                st["subtitle"],
            )
        )
    story.append(para(recap.method_line, st["subtitle"]))
    story.append(Spacer(1, 3 * mm))
    for line in recap.legend:
        story.append(para(line, st["small"]))
    inline = judges_inline(recap)
    several = len(recap.stages) > 1
    judges = len(recap.judges) if inline else 0
    room = _usable() - _fixed(recap) - judges * JUDGE_WIDTH
    columns = [
        Column(_rank_width(recap), "R"),
        Column(21 * mm),
        Column(room * 0.6, lines=0),  # titles wrap, never cut
        Column(room * 0.4, lines=0),
        *([Column(JUDGE_WIDTH, "R")] * judges),
        *([Column(_stage_width(recap), "R")] * (len(recap.stages) if several else 0)),
        Column(15 * mm, "R", bold=True),
        Column(20 * mm, lines=0),
        Column(22 * mm, lines=0),
        Column(28 * mm, lines=0),
    ]
    header = [
        _rank_heading(recap),
        t("Code", "Kode"),
        t("Innovation", "Nama Inovasi"),
        t("Agency", "Instansi"),
        *(j.label for j in recap.judges[:judges]),
        *(f"{s.name} ({s.share})" for s in (recap.stages if several else ())),
        t("Final", "Akhir"),
        t("Band", "Predikat"),
        t("Award", "Penghargaan"),
        t("Notes", "Keterangan"),
    ]
    band_column = len(columns) - 3
    tints: dict[str, str] = {}
    for category in recap.categories:
        story.append(CondPageBreak(30 * mm))  # a heading never ends a page alone
        story.append(para(category.name, st["heading"]))
        if category.rows:
            rows = []
            for r in category.rows:
                colour = tints.get(r.band_color)
                if colour is None:
                    colour = tints[r.band_color] = tint(r.band_color) if r.band_color else ""
                rows.append(
                    Row(
                        (r.rank, r.code, r.title, r.agency,
                         *(r.judge_totals[0] if judges else ()),
                         *(r.stages if several else ()), r.final, r.band, r.award, r.flags),
                        {band_column: colour} if colour else {},
                    )
                )  # fmt: skip
            story.append(RowTable(columns, header, rows))
        if category.note:
            story.append(Spacer(1, 1.5 * mm))
            story.append(para(category.note, st["body"]))
        story.append(Spacer(1, 3 * mm))
    if not inline and recap.judges:
        story.extend(_annex(recap, st, t))
    story.append(para(t("Basis of calculation", "Dasar perhitungan"), st["heading"]))
    lines = [para(line, st["small"]) for line in recap.basis]
    story.extend(lines[:-2])
    placement = Placement()
    story.append(KeepTogether([*lines[-2:], *_signatures(recap, placement, st, t)]))
    pdf = layout.build(
        story,
        Footer(recap.footer),
        title=t("Score recapitulation", "Rekapitulasi Nilai"),
        author=recap.organizer,
        subject=recap.qr_payload,
        pagesize=landscape(A4),
        locale=recap.locale,
        letterhead=recap.letterhead,
    )
    return pdf, placement


def _signatures(recap: ResultsRecap, placement: Placement, st, t) -> list:
    """Place and date, then side by side: the QR code, the panel's signers (by hand) and
    the secretariat, whose space holds the electronic signature's stamp."""
    right = ParagraphStyle("right", parent=st["body"], alignment=TA_RIGHT)
    signers = [*recap.panel_signers, recap.secretariat]
    captions: list[Paragraph] = []
    spaces: list[Flowable] = []
    names: list[Paragraph] = []
    numbers: list[Paragraph] = []
    for signer in signers:
        captions.append(para(signer.caption, st["body"]))
        if signer is recap.secretariat:
            spaces.append(SignatureSpot(70 * mm, 16 * mm, placement))
        else:
            spaces.append(Spacer(1, 16 * mm))
        if signer.name:
            names.append(Paragraph(f"<u><b>{escape(signer.name)}</b></u>", st["body"]))
        else:  # nobody registered: a line to write the name by hand
            names.append(para("(" + "." * 50 + ")", st["body"]))
        numbers.append(para(f"{_id_label(signer.nip)}. {signer.nip or '.' * 30}", st["body"]))
    qr = layout.qr_image(recap.qr_payload, 26 * mm, locale=recap.locale)
    width = (_usable() - 32 * mm) / len(signers)
    table = Table(
        [[qr, *captions], ["", *spaces], ["", *names], ["", *numbers]],
        colWidths=[32 * mm] + [width] * len(signers),
    )
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (0, -1)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 0), (0, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
            ]
        )
    )
    out: list = [Spacer(1, 5 * mm), para(recap.place_date, right), Spacer(1, 2 * mm), table]
    if recap.signed_note:
        out += [Spacer(1, 2 * mm), para(recap.signed_note, st["small"])]
    return out


def _id_label(number: str) -> str:
    """A civil servant signs with the 18-digit NIP; others with the 16-digit NIK."""
    return "NIK" if len(number.replace(" ", "")) == 16 else "NIP"


def _annex(recap: ResultsRecap, st, t) -> list:
    """Each judge's total per entry and stage, with the stage's panel score it makes,
    16 judges side by side ("K": conflict of interest)."""
    out: list = [
        CondPageBreak(40 * mm),
        para(t("Annex: each judge's total", "Lampiran: nilai total setiap juri"), st["heading"]),
    ]
    labels = [j.label for j in recap.judges]
    for s, stage in enumerate(recap.stages):
        for first in range(0, len(labels), ANNEX_JUDGES):
            chunk = range(first, min(first + ANNEX_JUDGES, len(labels)))
            columns = [
                Column(21 * mm),
                *([Column(13 * mm, "R")] * len(chunk)),
                Column(16 * mm, "R"),
            ]
            header = [t("Code", "Kode"), *(labels[i] for i in chunk), "Panel"]
            for category in recap.categories:
                if not category.rows:
                    continue
                out.append(CondPageBreak(30 * mm))
                title = f"{category.name} · {stage.name} · {labels[chunk[0]]}–{labels[chunk[-1]]}"
                out.append(para(title, st["small"]))
                rows = [
                    Row((r.code, *(r.judge_totals[s][i] for i in chunk), r.stages[s]))
                    for r in category.rows
                ]
                out.append(RowTable(columns, header, rows))
                out.append(Spacer(1, 3 * mm))
    return out


# --- the words of the legend and the basis ----------------------------------------------


def _number(value: float, locale: str) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if locale == "en" else text.replace(".", ",")


def share(weight: float, total: float, locale: str) -> str:
    """A weight as a percentage of its group's: "30%", "33,33%" (no space: never split)."""
    return f"{_number(100 * weight / total if total else 0, locale)}%"


def stage_shares(definition: Definition, locale: str) -> tuple[RecapStage, ...]:
    total = sum(s.weight for s in definition.stages if s.weight > 0)
    return tuple(
        RecapStage(s.name, share(max(s.weight, 0), total, locale)) for s in definition.stages
    )


def legend_lines(
    definition: Definition,
    judges: tuple[RecapJudge, ...],
    inline: bool,
    locale: str,
) -> tuple[str, ...]:
    """Who each judge column is, what K and ★ mean, and the award rule."""
    en = locale == "en"
    named = "; ".join(
        f"{j.label} = {j.name}" + (f" ({_id_label(j.nip)} {j.nip})" if j.nip else "")
        for j in judges
    )
    if inline:
        stage = definition.stages[0].name
        head = (
            f"Judge columns (each judge's total, stage {stage}): "
            if en
            else f"Kolom juri (nilai total tiap juri, tahap {stage}): "
        )
    else:
        head = (
            "Judges (their totals per stage are in the annex): "
            if en
            else "Juri (nilai total tiap juri per tahap ada pada Lampiran): "
        )
    said = [head + (named or "-") + "."]
    said.append(
        "K = conflict of interest (the judge did not score the innovation); "
        "★ = award; the final score is rounded half up to 2 decimals as printed."
        if en
        else "K = konflik kepentingan (juri tidak menilai inovasi tersebut); "
        "★ = penerima penghargaan; nilai dibulatkan ke 2 desimal seperti tercetak."
    )
    return tuple(said)


def basis_lines(
    definition: Definition, method: str, method_words: str, locale: str, award_words: str
) -> tuple[str, ...]:
    """The basis of calculation in words, with only the parameters the method uses."""
    en = locale == "en"
    agg = definition.aggregation
    outlier = _number(agg.outlier_points, locale)
    if method == "trimmed":
        how = (
            f"the mean of the judges' totals after dropping the {agg.trim} highest and "
            f"{agg.trim} lowest (untrimmed with fewer than {2 * agg.trim + 1} judges)"
            if en
            else f"rata-rata nilai total para juri setelah {agg.trim} nilai tertinggi dan "
            f"{agg.trim} nilai terendah dibuang (tidak dipangkas bila juri kurang dari "
            f"{2 * agg.trim + 1})"
        )
    elif method == "median":
        how = (
            "the median of the judges' totals"
            if en
            else "nilai tengah (median) nilai total para juri"
        )
    elif method == "zscore":
        how = (
            "the mean of the judges' totals after each judge's totals are normalised "
            "(z-score: T' = μ + σ·(T − μj)/σj)"
            if en
            else "rata-rata nilai total para juri setelah nilai setiap juri dinormalisasi "
            "(skor-z: T' = μ + σ·(T − μj)/σj)"
        )
    else:
        how = "the mean of the judges' totals" if en else "rata-rata nilai total para juri"
    said = [
        (
            f"Method: {method_words}. A stage's panel score is {how}; a judge with a "
            f"conflict of interest does not score; at least {agg.min_judges} judges are "
            f"needed; a total more than {outlier} points from the median is flagged."
            if en
            else f"Metode: {method_words}. Nilai panel tiap tahap adalah {how}; juri yang "
            f"memiliki konflik kepentingan tidak menilai; paling sedikit {agg.min_judges} "
            f"juri; nilai juri yang berselisih lebih dari {outlier} poin dari median ditandai."
        )
    ]
    stages = stage_shares(definition, locale)
    if len(stages) > 1:
        parts = ", ".join(f"{s.name} {s.share}" for s in stages)
        said.append(
            f"Final score = the stages' panel scores weighted: {parts}."
            if en
            else f"Nilai akhir = nilai panel tiap tahap menurut bobotnya: {parts}."
        )
    else:
        said.append(
            f"Final score = the panel score of the stage {stages[0].name}."
            if en
            else f"Nilai akhir = nilai panel tahap {stages[0].name}."
        )
    for stage in definition.stages:
        criteria = definition.criteria_of(stage.id)
        total = sum(c.weight for c in criteria)
        parts = ", ".join(f"{c.id} {c.name} {share(c.weight, total, locale)}" for c in criteria)
        said.append(
            f"Criteria and weights, {stage.name}: {parts}; a judge's total = the weighted "
            "scores, each scaled to 0–100."
            if en
            else f"Kriteria dan bobot, {stage.name}: {parts}; nilai total juri = jumlah "
            "nilai berbobot, masing-masing diskalakan ke 0–100."
        )
    names = {c.id: f"{c.id} {c.name}" for c in definition.criteria}
    if agg.tie_break:
        order = ", ".join(names.get(c, c) for c in agg.tie_break)
        said.append(
            f"Order deciding equal final scores: {order}."
            if en
            else f"Urutan penentu jika nilai akhir sama: {order}."
        )
    else:
        said.append(
            "Equal final scores share a rank."
            if en
            else "Nilai akhir yang sama mendapat peringkat yang sama."
        )
    bands = "; ".join(
        f"{b.label} < {prev}" if b.min <= 0 and prev else f"{b.label} ≥ {_number(b.min, locale)}"
        for b, prev in zip(
            definition.bands,
            [""] + [_number(b.min, locale) for b in definition.bands],
            strict=False,
        )
    )
    if bands and definition.unassessed.label:
        why = definition.unassessed.name or ("too few judges" if en else "juri belum cukup")
        bands += f"; {definition.unassessed.label}: {why}"
    if bands:
        said.append(f"Bands: {bands}." if en else f"Predikat: {bands}.")
    places = ", ".join(f"{c.name} {c.awards}" for c in definition.categories if c.awards)
    if places:
        rule = (
            f"; only entries meeting the award requirement ({award_words})"
            if en and award_words
            else f"; hanya yang memenuhi syarat penghargaan ({award_words})"
            if award_words
            else ""
        )
        said.append(
            f"Awards: the top places of each category ({places}){rule}."
            if en
            else f"Penghargaan: peringkat teratas tiap kelompok ({places}){rule}."
        )
    return tuple(said)
