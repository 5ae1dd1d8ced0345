"""The judge's recap (lembar penilaian): one block per entry with criterion, weight,
score, weighted value and note, the totals, a summary table, signature and QR code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from judge_app.domain.dates import place_and_date
from judge_app.domain.model import Judge
from judge_app.domain.officials import Letterhead
from judge_app.reports.layout import (
    Footer,
    Placement,
    build,
    grid_table,
    para,
    plain_table,
    qr_image,
    styles,
    together,
)
from judge_app.reports.signature_block import Signatory, signature_block


@dataclass(frozen=True)
class RecapRow:
    criterion: str
    weight: str
    score: str
    weighted: str
    note: str


@dataclass(frozen=True)
class RecapStage:
    name: str
    rows: tuple[RecapRow, ...]
    total: str


@dataclass(frozen=True)
class RecapEntry:
    code: str
    title: str
    agency: str
    category: str
    conflict: str | None
    stages: tuple[RecapStage, ...]
    material: str = ""  # the SHA-256 of the proposal material the judge was given


@dataclass(frozen=True)
class JudgeRecap:
    locale: str
    competition_title: str
    organizer: str
    judge: Judge
    place: str
    date: dt.date
    revision: int
    stage_names: tuple[str, ...]
    entries: tuple[RecapEntry, ...]
    qr_payload: str
    footer: str
    signature_png: bytes | None = None
    signed_note: str = ""  # "Signed electronically on …" when that is not the printed date
    letterhead: Letterhead | None = None
    material: str = ""  # all entries' material digests as one SHA-256 ("": none given)


def render_recap(recap: JudgeRecap, on_flowable=None) -> tuple[bytes, Placement]:
    st = styles()
    en = recap.locale == "en"
    t = lambda e, i: e if en else i  # noqa: E731 - two-language labels inline
    story: list = [
        para(t("JUDGE SCORE SHEET", "LEMBAR PENILAIAN JURI"), st["title"]),
        para(recap.competition_title, st["subtitle"]),
        Spacer(1, 4 * mm),
        plain_table(
            [
                [para(t("Judge", "Juri"), st["body"]), para(f": {recap.judge.name}", st["body"])],
                [para("NIP/NIK", st["body"]), para(f": {recap.judge.nip or '-'}", st["body"])],
                [
                    para(t("Revision", "Revisi"), st["body"]),
                    para(f": {recap.revision}", st["body"]),
                ],
            ],
            [35 * mm, 135 * mm],
        ),
        Spacer(1, 3 * mm),
    ]
    header = [
        t("Criterion", "Kriteria"),
        t("Weight", "Bobot"),
        t("Score", "Nilai"),
        t("Weighted", "Nilai Tertimbang"),
        t("Note", "Catatan"),
    ]
    widths = [56 * mm, 16 * mm, 16 * mm, 22 * mm, 60 * mm]  # 'Weight' needs 16 mm
    for entry in recap.entries:
        block: list = [
            para(f"{entry.code} — {entry.title}", st["heading"]),
            para(
                f"{entry.agency} · {entry.category}"
                + (f" · {t('material', 'materi')} {entry.material[:16]}" if entry.material else ""),
                st["small"],
            ),
            Spacer(1, 1.5 * mm),
        ]
        if entry.conflict is not None:
            block.append(
                para(
                    t(
                        "Not scored — conflict of interest: ",
                        "Tidak dinilai — konflik kepentingan: ",
                    )
                    + entry.conflict,
                    st["body"],
                )
            )
        for stage in entry.stages:
            rows: list[list[Flowable | str]] = [[para(h, st["cellb"]) for h in header]]
            for r in stage.rows:
                rows.append(  # short figures as plain text: a Paragraph only where it wraps
                    [
                        para(r.criterion, st["cell"]),
                        r.weight,
                        r.score,
                        r.weighted,
                        para(r.note, st["cell"]) if r.note else "",
                    ]
                )
            rows.append(
                [
                    para(f"{t('Total', 'Total')} — {stage.name}", st["cellb"]),
                    "",
                    "",
                    para(stage.total, st["cellb"]),
                    "",
                ]
            )
            table = grid_table(rows, widths)
            table.setStyle([("SPAN", (0, len(rows) - 1), (2, len(rows) - 1))])
            block += [table, Spacer(1, 2 * mm)]
        story.append(KeepTogether(block))
    story.append(Spacer(1, 4 * mm))
    story.append(CondPageBreak(30 * mm))  # the heading not alone at the foot of a page
    story.append(para(t("Summary", "Rekapitulasi"), st["heading"]))
    rows = [
        [
            *(
                para(h, st["cellb"])
                for h in ["No", t("Code", "Kode"), t("Innovation", "Nama Inovasi")]
            ),
            *(para(name, st["cellb"]) for name in recap.stage_names),
        ]
    ]
    for i, entry in enumerate(recap.entries, start=1):
        totals = (
            [t("conflict", "konflik")] * len(recap.stage_names)
            if entry.conflict is not None
            else [s.total for s in entry.stages]
        )
        rows.append([str(i), entry.code, para(entry.title, st["cell"]), *totals])
    stage_width = 26 * mm
    title_width = 170 * mm - 10 * mm - 26 * mm - stage_width * len(recap.stage_names)
    story.append(
        grid_table(rows, [10 * mm, 26 * mm, title_width] + [stage_width] * len(recap.stage_names))
    )
    if recap.material:
        with_material = sum(1 for e in recap.entries if e.material)
        story += [
            Spacer(1, 2 * mm),
            para(
                t(
                    f"Proposal material given to the judge: {with_material} entries; combined "
                    f"SHA-256 {_grouped(recap.material)}. Each entry's is under its code above "
                    "and whole in the signed score sheet; judge-app verify checks them.",
                    f"Materi proposal yang diberikan kepada juri: {with_material} inovasi; "
                    f"sidik SHA-256 gabungan {_grouped(recap.material)}. Sidik tiap inovasi "
                    "tertera di bawah kodenya di atas dan utuh dalam lembar nilai bertanda "
                    "tangan; judge-app verify memeriksanya.",
                ),
                st["small"],
            ),
        ]
    placement = Placement()
    signatory = Signatory(
        name=recap.judge.name,
        nip=recap.judge.nip,
        place_date=place_and_date(recap.place, recap.date, recap.locale),
        caption=t("Judge,", "Juri,"),
        signature_png=recap.signature_png,
        nip_label="NIP/NIK",
    )
    ending = together(
        signature_block(signatory, placement, [qr_image(recap.qr_payload, 30 * mm)], recap.locale)
    )
    if recap.signed_note:  # kept with the signature it explains
        ending += [Spacer(1, 2 * mm), para(recap.signed_note, st["small"])]
    story.append(KeepTogether(ending))
    pdf = build(
        story,
        Footer(recap.footer, t(f"revision {recap.revision}", f"revisi {recap.revision}")),
        title=t("Judge score sheet", "Lembar Penilaian Juri"),
        author=recap.judge.name,
        subject=recap.qr_payload,
        on_flowable=on_flowable,
        locale=recap.locale,
        letterhead=recap.letterhead,
    )
    return pdf, placement


def _grouped(digest: str) -> str:
    """The first 32 hex digits in groups of four, as the certificate fingerprints are
    printed: read aloud and compared by eye."""
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4)).upper()
