"""Berita Acara Hasil Penilaian: the official minutes — day and date in words, place,
the panel, the winners per category (only entries that meet the award rule, with the
sentence saying why fewer awards were given), a signature grid for chair, secretary and
members, the acknowledging official (Mengetahui) with position, name and NIP, and the
secretariat's electronic signature beside the QR code."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from judge_app.domain.dates import date_in_words, long_date
from judge_app.domain.model import Judge
from judge_app.domain.officials import Letterhead
from judge_app.reports.layout import (
    Footer,
    Placement,
    SignatureSpot,
    build,
    grid_table,
    para,
    qr_image,
    styles,
)

ROLE_ORDER = {"ketua": 0, "sekretaris": 1, "anggota": 2}
ROLE_NAMES = {"ketua": "Ketua", "sekretaris": "Sekretaris", "anggota": "Anggota"}
ROLE_NAMES_EN = {"ketua": "Chair", "sekretaris": "Secretary", "anggota": "Member"}


@dataclass(frozen=True)
class Winner:
    rank: str
    code: str
    title: str
    agency: str
    final: str
    band: str


@dataclass(frozen=True)
class Acknowledger:
    """The official who acknowledges the minutes (Mengetahui)."""

    position: str  # "Sekretaris Daerah Provinsi Banten"
    name: str
    nip: str = ""


@dataclass
class SignatureSlot:
    """A cell of the signature grid (a panel member's, the acknowledging official's) that
    becomes a signature field of its own, which only its owner signs."""

    field: str  # the PDF field's name: "TTD_J1", "TTD_Mengetahui"
    role: str  # as printed: "Ketua", "Mengetahui"
    name: str
    nip: str
    person_id: str = ""  # the judge's id; empty for the official
    placement: Placement = dataclasses.field(default_factory=Placement)


ACKNOWLEDGER_FIELD = "TTD_Mengetahui"
CELL_SPOT = (52 * mm, 16 * mm)


@dataclass(frozen=True)
class BeritaAcara:
    number: str
    competition_title: str
    organizer: str
    place: str
    date: dt.date
    entries_assessed: int
    panel: tuple[Judge, ...]
    # (category name, its winners, the sentence when fewer awards are given than places)
    winners: tuple[tuple[str, tuple[Winner, ...], str], ...]
    method_line: str  # the aggregation method, in the document's language
    footer: str
    qr_payload: str
    locale: str = "id"  # the competition's: "en" writes the minutes in English
    acknowledger: Acknowledger | None = None  # none registered: lines to fill by hand
    secretariat: str = ""  # who signs the file electronically
    signed_note: str = ""  # when the printed date is not the signing day
    letterhead: Letterhead | None = None


def render_berita_acara(doc: BeritaAcara) -> tuple[bytes, Placement, list[SignatureSlot]]:
    """The PDF, where the secretariat's signature goes, and the signature grid's cells."""
    st = styles()
    en = doc.locale == "en"

    def t(indonesian: str, english: str) -> str:
        return english if en else indonesian

    roles = ROLE_NAMES_EN if en else ROLE_NAMES
    opening = (
        f"On {date_in_words(doc.date, 'en')}, at {doc.place}, we the undersigned, the "
        f"assessment panel of {doc.competition_title}, assessed {doc.entries_assessed} "
        "innovations. The panel consists of:"
        if en
        else f"Pada hari ini {date_in_words(doc.date)}, bertempat di {doc.place}, kami yang "
        f"bertanda tangan di bawah ini, Tim Penilai {doc.competition_title}, telah "
        f"melaksanakan penilaian terhadap {doc.entries_assessed} inovasi peserta. "
        "Tim Penilai terdiri atas:"
    )
    story: list = [
        para(t("BERITA ACARA HASIL PENILAIAN", "MINUTES OF THE ASSESSMENT RESULTS"), st["title"]),
        para(doc.competition_title, st["subtitle"]),
        para(f"{t('Nomor', 'Number')}: {doc.number}", st["subtitle"]),
        Spacer(1, 6 * mm),
        para(opening, st["justify"]),
        Spacer(1, 2 * mm),
    ]
    panel = sorted(doc.panel, key=lambda j: (ROLE_ORDER.get(j.role, 3), j.id))
    heads = ("No", t("Nama", "Name"), "NIP/NIK", t("Kedudukan", "Role"))
    rows = [[para(h, st["cellb"]) for h in heads]]
    for i, judge in enumerate(panel, start=1):
        rows.append(
            [
                para(str(i), st["cell"]),
                para(judge.name, st["cell"]),
                para(judge.nip or "-", st["cell"]),
                para(roles.get(judge.role, judge.role), st["cell"]),
            ]
        )
    story.append(grid_table(rows, [10 * mm, 80 * mm, 45 * mm, 35 * mm]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        para(
            t(
                f"Berdasarkan hasil penilaian dengan metode {doc.method_line}, ditetapkan "
                "peserta terbaik pada setiap kelompok sebagai berikut:",
                f"On the basis of the assessment (method: {doc.method_line}), the best "
                "entries of each category are as follows:",
            ),
            st["justify"],
        )
    )
    for category, winners, note in doc.winners:
        story.append(para(category, st["heading"]))
        if not winners:
            fallback = t(
                "Tidak ada inovasi dengan nilai akhir yang sah pada kelompok ini.",
                "No entry of this category has a valid final score.",
            )
            story.append(para(note or fallback, st["body"]))
            continue
        header = (
            t("Peringkat", "Rank"),
            t("Kode", "Code"),
            t("Nama Inovasi", "Innovation"),
            t("Instansi", "Agency"),
            t("Nilai Akhir", "Final score"),
            t("Predikat", "Band"),
        )
        rows = [[para(h, st["cellb"]) for h in header]]
        for w in winners:
            rows.append(
                [para(v, st["cell"]) for v in (w.rank, w.code, w.title, w.agency, w.final, w.band)]
            )
        story.append(grid_table(rows, [20 * mm, 24 * mm, 47 * mm, 42 * mm, 17 * mm, 20 * mm]))
        if note:
            story.append(Spacer(1, 1.5 * mm))
            story.append(para(note, st["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        para(
            t(
                "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
                "sebagaimana mestinya.",
                "These minutes were drawn up truthfully, to be used as appropriate.",
            ),
            st["justify"],
        )
    )
    closing = [
        Spacer(1, 4 * mm),
        para(f"{doc.place}, {long_date(doc.date, doc.locale)}", st["body"]),
        para(t("Tim Penilai,", "The assessment panel,"), st["body"]),
    ]
    cells = []
    slots = []
    for judge in panel:
        role = roles.get(judge.role, judge.role)
        slot = SignatureSlot(f"TTD_{judge.id}", role, judge.name, judge.nip, judge.id)
        slots.append(slot)
        cells.append(
            [
                para(role, st["cellb"]),
                Spacer(1, 1 * mm),
                SignatureSpot(*CELL_SPOT, slot.placement),
                Spacer(1, 1 * mm),
                Paragraph(f"<u>{escape(judge.name)}</u>", st["cell"]),
                para(f"{_id_label(judge.nip)}. {judge.nip or '-'}", st["cell"]),
            ]
        )
    grid_rows: list[list[list[Flowable] | str]] = [
        list(cells[i : i + 3]) for i in range(0, len(cells), 3)
    ]
    for row in grid_rows:
        row.extend([""] * (3 - len(row)))
    grid = Table(grid_rows, colWidths=[57 * mm] * 3)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([*closing, grid]))
    placement = Placement()
    who = doc.acknowledger
    official = SignatureSlot(
        ACKNOWLEDGER_FIELD, t("Mengetahui", "Acknowledged"), who.name if who else "",
        who.nip if who else "",
    )  # fmt: skip
    slots.append(official)
    story.append(KeepTogether(_acknowledged(doc, official.placement, st, t)))
    story.append(KeepTogether(_electronic(doc, placement, st, t)))
    pdf = build(
        story,
        Footer(doc.footer),
        title=t("Berita Acara Hasil Penilaian", "Minutes of the Assessment Results"),
        author=doc.organizer,
        subject=doc.qr_payload,
        locale=doc.locale,
        letterhead=doc.letterhead,
    )
    return pdf, placement, slots


def _acknowledged(doc: BeritaAcara, spot: Placement, st, t) -> list:
    """Mengetahui: the official's position, the space to sign, the name underlined and
    the NIP; without a registered official, lines to fill in by hand."""
    who = doc.acknowledger
    lines: list = [Spacer(1, 5 * mm), para(t("Mengetahui,", "Acknowledged,"), st["body"])]
    lines.append(para(who.position if who and who.position else doc.organizer, st["body"]))
    lines += [Spacer(1, 1 * mm), SignatureSpot(72 * mm, 16 * mm, spot), Spacer(1, 1 * mm)]
    if who and who.name:
        lines.append(Paragraph(f"<u><b>{escape(who.name)}</b></u>", st["body"]))
    else:
        lines.append(para("(" + "." * 50 + ")", st["body"]))
    nip = who.nip if who and who.nip else ""
    lines.append(para(f"{_id_label(nip)}. {nip or '.' * 30}", st["body"]))
    table = Table([[lines]], colWidths=[90 * mm])
    table.hAlign = "CENTER"
    return [table]


def _electronic(doc: BeritaAcara, placement: Placement, st, t) -> list:
    """The file's electronic signature by the secretariat, beside the QR code that says
    what the document is and how to check it."""
    words = t(
        f"Berkas elektronik ini ditandatangani secara elektronik oleh sekretariat "
        f"({doc.secretariat}):",
        f"This electronic file is signed electronically by the secretariat ({doc.secretariat}):",
    )
    right: list = [para(words, st["small"]), Spacer(1, 1 * mm)]
    right.append(SignatureSpot(72 * mm, 16 * mm, placement))
    if doc.signed_note:
        right += [Spacer(1, 1 * mm), para(doc.signed_note, st["small"])]
    qr = qr_image(doc.qr_payload, 26 * mm, locale=doc.locale)
    table = Table([[qr, right]], colWidths=[32 * mm, 100 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    table.hAlign = "LEFT"
    return [Spacer(1, 5 * mm), table]


def _id_label(number: str) -> str:
    """A civil servant signs with the 18-digit NIP; others with the 16-digit NIK."""
    return "NIK" if len(number.replace(" ", "")) == 16 else "NIP"
