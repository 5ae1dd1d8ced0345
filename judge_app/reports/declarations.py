"""Pakta Integritas and the conflict-of-interest statement: "Surat Pernyataan Tidak
Memiliki Konflik Kepentingan" when the judge declares none, "Surat Pernyataan Konflik
Kepentingan" naming the conflicts when there are some. Both print the fingerprint of the
judge's key, which the secretariat compares with the judge by phone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Spacer

from judge_app.domain.dates import place_and_date
from judge_app.domain.declaration_texts import (
    CLOSING,
    KONFLIK,
    PAKTA,
    SANCTIONS,
    TITLE_DECLARED,
    TITLE_NONE,
    declared_clauses,
    declared_with_custom,
)
from judge_app.domain.model import DeclarationTexts, Judge
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
    fingerprint: str = ""  # SHA-256 of the judge's certificate, in groups of four
    signed_note: str = ""  # "Signed electronically on …" when that is not the printed date
    letterhead: Letterhead | None = None


def title_of(form: DeclarationForm) -> str:
    """The statement's title: it says whether the judge declares conflicts."""
    if form.kind == "pakta":
        return "INTEGRITY PACT" if form.locale == "en" else "PAKTA INTEGRITAS"
    return (TITLE_DECLARED if form.conflicts else TITLE_NONE)[form.locale]


def document_title(form: DeclarationForm) -> str:
    """The title in the PDF's properties and the signature's reason."""
    en = form.locale == "en"
    if form.kind == "pakta":
        return "Integrity pact" if en else "Pakta Integritas"
    if form.conflicts:
        return (
            "Statement of conflicts of interest" if en else "Surat Pernyataan Konflik Kepentingan"
        )
    return (
        "Statement of no conflict of interest"
        if en
        else "Surat Pernyataan Tidak Memiliki Konflik Kepentingan"
    )


def _numbered(items: list, style, bullet: str = "1") -> ListFlowable:
    return ListFlowable(
        [
            item if isinstance(item, ListItem | ListFlowable) else ListItem(item, leftIndent=14)
            for item in items
        ],
        bulletType=bullet,
        bulletFontName=style.fontName,
        bulletFontSize=10,
        leftIndent=14,
    )


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
    story: list = [para(title_of(form), st["title"])]
    if form.kind == "pakta":
        clauses: list = [
            para(c, st["justify"]) for c in (list(form.texts.pakta) or PAKTA[form.locale])
        ]
        lead = (
            f"in the {form.competition_title}, hereby declare that I:"
            if en
            else f"dalam rangka {form.competition_title}, dengan ini menyatakan bahwa saya:"
        )
        closing = form.texts.sanctions or SANCTIONS[form.locale]
    else:
        clauses = _konflik_clauses(form, st)
        lead = (
            f"as a member of the assessment panel of the {form.competition_title}, solemnly "
            "declare that:"
            if en
            else f"selaku juri/tim penilai dalam {form.competition_title}, dengan ini "
            "menyatakan dengan sesungguhnya bahwa:"
        )
        closing = CLOSING[form.locale]
    if not (form.letterhead and form.letterhead.lines):  # the kop surat names the organiser
        story.append(para(form.organizer, st["subtitle"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        para("I, the undersigned:" if en else "Saya yang bertanda tangan di bawah ini:", st["body"])
    )
    story.append(Spacer(1, 2 * mm))
    story.append(identity)
    story.append(Spacer(1, 2 * mm))
    story.append(para(lead, st["justify"]))
    story.append(Spacer(1, 2 * mm))
    story.append(_numbered(clauses, st["body"]))
    story.append(Spacer(1, 3 * mm))
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
    if form.fingerprint:
        left += _fingerprint(form.fingerprint, en, st)
    if form.signed_note:  # beside the signature it explains, in the QR code's column
        left += [Spacer(1, 2 * mm), para(form.signed_note, st["small"])]
    # the closing sentence goes with the signature: no signature alone on a page
    block = signature_block(signatory, placement, left, form.locale)
    story.append(KeepTogether([para(closing, st["justify"]), *together(block)]))
    pdf = build(
        story,
        Footer(form.footer),
        title=document_title(form),
        author=who.name,
        subject=form.qr_payload,
        locale=form.locale,
        letterhead=form.letterhead,
    )
    return pdf, placement


def _konflik_clauses(form: DeclarationForm, st: dict) -> list:
    """Without conflicts, the competition's clauses or the built-in denial; with them, the
    clauses that name them, the first followed by the table of conflicts and reasons (the
    competition's own clauses, if any, scoped to the other entries)."""
    custom = list(form.texts.konflik)
    if not form.conflicts:
        return [para(c, st["justify"]) for c in (custom or KONFLIK[form.locale])]
    named = [f"{code} \u201c{title}\u201d" for code, title, _reason in form.conflicts]
    if custom:
        texts, scope = declared_with_custom(form.locale, named)
        sub = _numbered([para(c, st["justify"]) for c in custom], st["body"], bullet="a")
        last = [ListItem([para(scope, st["justify"]), sub], leftIndent=14)]
    else:
        texts, last = declared_clauses(form.locale, named), []
    first = ListItem(
        [para(texts[0], st["justify"]), Spacer(1, 1.5 * mm), _conflict_table(form, st)],
        leftIndent=14,
    )
    return [first] + [para(c, st["justify"]) for c in texts[1:]] + last


def _conflict_table(form: DeclarationForm, st: dict):
    en = form.locale == "en"
    header = ["No", "Code" if en else "Kode", "Innovation" if en else "Nama Inovasi",
              "Reason" if en else "Alasan"]  # fmt: skip
    rows = [[para(h, st["cellb"]) for h in header]]
    for i, (code, title, reason) in enumerate(form.conflicts, start=1):
        rows.append([para(str(i), st["cell"]), para(code, st["cell"]),
                     para(title, st["cell"]), para(reason, st["cell"])])  # fmt: skip
    table = grid_table(rows, [8 * mm, 24 * mm, 64 * mm, 62 * mm])  # inside the list
    table.hAlign = "LEFT"
    return table


def _fingerprint(fingerprint: str, en: bool, st: dict) -> list:
    """The key's fingerprint, labelled, under the QR code: the secretariat reads it to the
    judge by phone before it trusts the key (README, 'compare the fingerprint'). Two lines
    of eight groups, as it is read out."""
    label = (
        "Fingerprint of my signing key (SHA-256 of the certificate), for the secretariat "
        "to compare with me by phone:"
        if en
        else "Sidik jari kunci tanda tangan elektronik saya (SHA-256 sertifikat), untuk "
        "dicocokkan sekretariat dengan saya melalui telepon:"
    )
    groups = fingerprint.split()
    digits = ParagraphStyle("fingerprint", parent=st["body"], fontSize=8, leading=10)
    lines = [" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8)]
    return [Spacer(1, 2 * mm), para(label, st["small"])] + [para(line, digits) for line in lines]
