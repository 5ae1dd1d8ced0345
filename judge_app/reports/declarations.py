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
    CONFLICT_TABLE_HEADER,
    DeclarationWords,
    conflict_names,
    declaration_words,
    identity_rows,
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
    return words_of(form).title


def words_of(form: DeclarationForm) -> DeclarationWords:
    """Every sentence the document prints (the declaration dialog shows the same)."""
    named = conflict_names(form.conflicts)
    return declaration_words(form.kind, form.locale, form.competition_title, form.texts, named)


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
    # types-reportlab leaves out ListItem, which ListFlowable takes
    return ListFlowable(
        [
            item if isinstance(item, ListItem | ListFlowable) else ListItem(item, leftIndent=14)  # type: ignore[misc]
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
    rows = identity_rows(
        form.locale, who.name, who.nip, who.rank, who.position, who.institution, who.role
    )
    identity = plain_table(
        [[para(k, st["body"]), para(":", st["body"]), para(v, st["body"])] for k, v in rows],
        [45 * mm, 5 * mm, 120 * mm],
    )
    words = words_of(form)
    story: list = [para(words.title, st["title"])]
    clauses = _clauses(form, words, st)
    lead, closing = words.lead, words.closing
    if not (form.letterhead and form.letterhead.lines):  # the kop surat names the organiser
        story.append(para(form.organizer, st["subtitle"]))
    story.append(Spacer(1, 4 * mm))
    story.append(para(words.undersigned, st["body"]))
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


def _clauses(form: DeclarationForm, words, st: dict) -> list:
    """The numbered clauses; a clause followed by the table of conflicts and reasons holds
    it, one with a sub-list (the competition's own clauses scoped to the other entries)
    holds that, lettered."""
    items: list = []
    for clause in words.clauses:
        if not (clause.table or clause.sub):
            items.append(para(clause.text, st["justify"]))
            continue
        parts: list = [para(clause.text, st["justify"])]
        if clause.table:
            parts += [Spacer(1, 1.5 * mm), _conflict_table(form, st)]
        if clause.sub:
            sub = [para(c, st["justify"]) for c in clause.sub]
            parts.append(_numbered(sub, st["body"], bullet="a"))
        items.append(ListItem(parts, leftIndent=14))
    return items


def _conflict_table(form: DeclarationForm, st: dict):
    header = CONFLICT_TABLE_HEADER[form.locale]
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
