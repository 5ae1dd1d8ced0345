"""The block every signed document ends with: place and date, caption, drawn signature
(when given) with the box for the duty stamp (meterai) beside it, name underlined, NIP,
and the spot where the PDF signature's visible stamp goes."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from judge_app.reports.layout import Placement, SignatureSpot, para, styles


@dataclass(frozen=True)
class Signatory:
    name: str
    nip: str
    place_date: str
    caption: str  # "Yang membuat pernyataan," / "Juri,"
    signature_png: bytes | None = None
    materai: bool = False  # the old spelling, kept for callers; same as `meterai`
    nip_label: str = "NIP"
    meterai: bool = False  # a box for the duty stamp (meterai) beside the signature


SIGNATURE_SPACE = 22 * mm
METERAI_SIZE = (30 * mm, 22 * mm)
LIGHT = colors.HexColor("#9e9e9e")


def signature_block(
    s: Signatory, placement: Placement, left: list | None = None, locale: str = "id"
) -> KeepTogether:
    """`left` (e.g. the QR code) goes in the left column; the signer's column holds place
    and date, caption, the signature (the meterai box level with it, at its left, where
    the signer signs across the stamp), name, NIP and the spot for the PDF stamp."""
    st = styles()
    right: list = [
        Paragraph(escape(s.place_date), st["body"]),
        Paragraph(escape(s.caption), st["body"]),
        Spacer(1, 2 * mm),
    ]
    signature: Flowable
    if s.signature_png:
        reader = ImageReader(io.BytesIO(s.signature_png))
        width, height = reader.getSize()
        scale = min(55 * mm / width, SIGNATURE_SPACE / height)
        signature = Image(io.BytesIO(s.signature_png), width=width * scale, height=height * scale)
    else:
        signature = Spacer(1, SIGNATURE_SPACE)
    if s.meterai or s.materai:
        row = Table(
            [[meterai_box(locale), signature]],
            colWidths=[METERAI_SIZE[0] + 3 * mm, 57 * mm],
            rowHeights=[max(SIGNATURE_SPACE, METERAI_SIZE[1])],
        )
        row.hAlign = "LEFT"
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        right.extend([row, Spacer(1, 1.5 * mm)])
    else:
        right.append(signature)
    right.append(Paragraph(f"<u><b>{escape(s.name)}</b></u>", st["body"]))
    nip = s.nip if s.nip and s.nip != "-" else "-"
    right.append(Paragraph(escape(f"{s.nip_label}. {nip}"), st["body"]))
    right.append(Spacer(1, 2 * mm))
    right.append(SignatureSpot(72 * mm, 15 * mm, placement))
    table = Table([[list(left or []), right]], colWidths=[80 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table.hAlign = "RIGHT"  # on a landscape page the signer still signs at the right
    return KeepTogether([Spacer(1, 6 * mm), table])


def meterai_box(locale: str = "id") -> Table:
    """Where the duty stamp is stuck: a light dashed box, "Meterai 10.000" (the stamp's
    face value since 2021) in small grey type."""
    st = styles()
    words = "Duty stamp\nRp10,000" if locale == "en" else "Meterai\n10.000"
    small = ParagraphStyle(
        "meterai", parent=st["small"], alignment=TA_CENTER, textColor=LIGHT, fontSize=7
    )
    box = Table([[para(words, small)]], colWidths=[METERAI_SIZE[0]], rowHeights=[METERAI_SIZE[1]])
    box.hAlign = "LEFT"
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, LIGHT, None, (2, 2)),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return box
