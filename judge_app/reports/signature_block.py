"""The block every signed document ends with: place and date, caption, drawn signature
(when given), name underlined, NIP, the box for the duty stamp, and the spot where the
PDF signature's visible stamp goes."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from judge_app.reports.layout import Placement, SignatureSpot, styles


@dataclass(frozen=True)
class Signatory:
    name: str
    nip: str
    place_date: str
    caption: str  # "Yang membuat pernyataan," / "Juri,"
    signature_png: bytes | None = None
    materai: bool = False
    nip_label: str = "NIP"


def signature_block(
    s: Signatory, placement: Placement, left: list | None = None, locale: str = "id"
) -> KeepTogether:
    st = styles()
    right: list = [
        Paragraph(escape(s.place_date), st["body"]),
        Paragraph(escape(s.caption), st["body"]),
        Spacer(1, 2 * mm),
    ]
    if s.signature_png:
        reader = ImageReader(io.BytesIO(s.signature_png))
        width, height = reader.getSize()
        scale = min(55 * mm / width, 22 * mm / height)
        right.append(Image(io.BytesIO(s.signature_png), width=width * scale, height=height * scale))
    else:
        right.append(Spacer(1, 20 * mm))
    right.append(Paragraph(f"<u><b>{escape(s.name)}</b></u>", st["body"]))
    nip = s.nip if s.nip and s.nip != "-" else "-"
    right.append(Paragraph(escape(f"{s.nip_label}. {nip}"), st["body"]))
    right.append(Spacer(1, 2 * mm))
    right.append(SignatureSpot(72 * mm, 15 * mm, placement))
    left = list(left or [])
    if s.materai:
        stamp = Table(
            [[Paragraph("MATERAI" if locale == "id" else "DUTY STAMP", st["small"])]],
            colWidths=[30 * mm],
            rowHeights=[22 * mm],
        )
        stamp.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9e9e9e")),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor("#9e9e9e")),
                ]
            )
        )
        left.append(Spacer(1, 14 * mm))
        left.append(stamp)
    table = Table([[left, right]], colWidths=[80 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), table])
