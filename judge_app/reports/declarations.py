"""Pakta Integritas and Surat Pernyataan Tidak Memiliki Konflik Kepentingan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Spacer

from judge_app.domain.dates import place_and_date
from judge_app.domain.declaration_texts import CLOSING, KONFLIK, PAKTA, SANCTIONS
from judge_app.domain.model import DeclarationTexts, Judge
from judge_app.reports.layout import (
    Footer,
    Placement,
    build,
    grid_table,
    para,
    plain_table,
    qr_image,
    styles,
)
from judge_app.reports.signature_block import Signatory, signature_block

ROLE_NAMES = {
    "id": {"ketua": "Ketua", "sekretaris": "Sekretaris", "anggota": "Anggota"},
    "en": {"ketua": "Chair", "sekretaris": "Secretary", "anggota": "Member"},
}


@dataclass(frozen=True)
class DeclarationForm:
    """Everything a declaration says, as the judge filled it in."""

    kind: str  # pakta | konflik
    locale: str
    competition_title: str
    organizer: str
    identity: Judge
    place: str
    date: dt.date
    conflicts: tuple[tuple[str, str, str], ...] = ()  # (code, title, reason)
    texts: DeclarationTexts = field(default_factory=DeclarationTexts)
    signature_png: bytes | None = None
    qr_payload: str = ""
    footer: str = ""


def render_declaration(form: DeclarationForm) -> tuple[bytes, Placement]:
    st = styles()
    en = form.locale == "en"
    who = form.identity
    nip_label = "NIP/NIK"
    rows = [
        ("Name" if en else "Nama", who.name),
        (nip_label, who.nip or "-"),
        ("Rank/Grade" if en else "Pangkat/Golongan", who.rank or "-"),
        ("Position" if en else "Jabatan", who.position or "-"),
        ("Institution" if en else "Instansi", who.institution or "-"),
        (
            "Role on the panel" if en else "Kedudukan dalam Tim",
            ROLE_NAMES[form.locale].get(who.role, who.role),
        ),
    ]
    identity = plain_table(
        [[para(k, st["body"]), para(":", st["body"]), para(v, st["body"])] for k, v in rows],
        [45 * mm, 5 * mm, 120 * mm],
    )
    story: list = []
    if form.kind == "pakta":
        story.append(para("INTEGRITY PACT" if en else "PAKTA INTEGRITAS", st["title"]))
        clauses = list(form.texts.pakta) or PAKTA[form.locale]
        lead = (
            f"in the {form.competition_title}, hereby declare that I:"
            if en
            else f"dalam rangka {form.competition_title}, dengan ini menyatakan bahwa saya:"
        )
        closing = form.texts.sanctions or SANCTIONS[form.locale]
    else:
        story.append(
            para(
                "STATEMENT OF NO CONFLICT OF INTEREST"
                if en
                else "SURAT PERNYATAAN TIDAK MEMILIKI KONFLIK KEPENTINGAN",
                st["title"],
            )
        )
        clauses = list(form.texts.konflik) or KONFLIK[form.locale]
        lead = (
            f"as a member of the assessment panel of the {form.competition_title}, solemnly "
            "declare that:"
            if en
            else f"selaku juri/tim penilai dalam {form.competition_title}, dengan ini "
            "menyatakan dengan sesungguhnya bahwa:"
        )
        closing = CLOSING[form.locale]
    story.append(para(form.organizer, st["subtitle"]))
    story.append(Spacer(1, 8 * mm))
    story.append(
        para("I, the undersigned:" if en else "Saya yang bertanda tangan di bawah ini:", st["body"])
    )
    story.append(Spacer(1, 2 * mm))
    story.append(identity)
    story.append(Spacer(1, 3 * mm))
    story.append(para(lead, st["justify"]))
    story.append(Spacer(1, 2 * mm))
    story.append(
        ListFlowable(
            [ListItem(para(c, st["justify"]), leftIndent=14) for c in clauses],
            bulletType="1",
            bulletFontName=st["body"].fontName,
            bulletFontSize=10,
            leftIndent=14,
        )
    )
    story.append(Spacer(1, 3 * mm))
    if form.kind == "konflik":
        if form.conflicts:
            story.append(
                para(
                    "I have a conflict of interest with the following entries and will not "
                    "assess them:"
                    if en
                    else "Saya menyatakan memiliki konflik kepentingan dengan inovasi berikut "
                    "dan tidak akan menilainya:",
                    st["justify"],
                )
            )
            story.append(Spacer(1, 2 * mm))
            header = ["No", "Code" if en else "Kode", "Innovation" if en else "Nama Inovasi",
                      "Reason" if en else "Alasan"]  # fmt: skip
            rows = [[para(h, st["cellb"]) for h in header]]
            for i, (code, title, reason) in enumerate(form.conflicts, start=1):
                rows.append([para(str(i), st["cell"]), para(code, st["cell"]),
                             para(title, st["cell"]), para(reason, st["cell"])])  # fmt: skip
            story.append(grid_table(rows, [10 * mm, 28 * mm, 72 * mm, 60 * mm]))
        else:
            story.append(
                para(
                    "I have no conflict of interest with any entry assigned to me."
                    if en
                    else "Saya tidak memiliki konflik kepentingan dengan inovasi mana pun yang "
                    "ditugaskan kepada saya.",
                    st["justify"],
                )
            )
        story.append(Spacer(1, 3 * mm))
    story.append(para(closing, st["justify"]))
    placement = Placement()
    signatory = Signatory(
        name=who.name,
        nip=who.nip,
        place_date=place_and_date(form.place, form.date, form.locale),
        caption="The declarant," if en else "Yang membuat pernyataan,",
        signature_png=form.signature_png,
        materai=True,
        nip_label=nip_label,
    )
    left = [qr_image(form.qr_payload, 26 * mm)] if form.qr_payload else []
    story.append(signature_block(signatory, placement, left, form.locale))
    title = "Pakta Integritas" if form.kind == "pakta" else "Surat Pernyataan Konflik Kepentingan"
    pdf = build(story, Footer(form.footer), title=title, author=who.name, subject=form.qr_payload)
    return pdf, placement
