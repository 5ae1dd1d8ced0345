"""Shared page furniture: fonts, styles, A4 template with a footer, QR codes, and a
signature block that remembers where it landed so the PDF signature can sit on it."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
    tables,
)

from judge_app.base.resources import resources_dir
from judge_app.domain.officials import Letterhead

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
PAGE = A4
MARGIN = 20 * mm
GREY = colors.HexColor("#555555")


def register_fonts() -> None:
    """Embed a Unicode TTF so Indonesian names and any odd character print correctly."""
    # A table sets its cells' font even when they hold only flowables, and reportlab's
    # default is Helvetica: named in the PDF, never embedded (issue 17). Every table of
    # judge-app's documents starts from DejaVu instead.
    tables.CellStyle.fontname = FONT
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    for name in (FONT, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5)
    return {
        "body": base,
        "justify": ParagraphStyle("justify", parent=base, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8
        ),
    }


def qr_image(payload: str, size: float = 28 * mm, *, locale: str | None = None) -> Flowable:
    """The QR code as an image `size` wide. With a `locale`, a small caption under it
    says what it is for ("Pindai untuk memeriksa" / "Scan to check")."""
    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=6, border=2)
    buffer.seek(0)
    image = Image(buffer, width=size, height=size)
    if locale is None:
        return image
    register_fonts()
    caption = ParagraphStyle(
        "qrcaption", fontName=FONT, fontSize=6, leading=7, alignment=TA_CENTER, textColor=GREY
    )
    words = "Scan to check" if locale == "en" else "Pindai untuk memeriksa"
    table = Table([[image], [Paragraph(words, caption)]], colWidths=[size])
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


MACHINE_PREFIX = "judge-app:"


def qr_text(kind_title: str, signer: str, short_hash: str, machine_id: str, locale: str) -> str:
    """What a QR code says to a person who scans it with any phone: what the document
    is, who signed it, its short hash and how to check it, then, on the last line, the
    machine identifier ("judge-app:results:...") that `machine_id` finds again."""
    en = locale == "en"
    said = [kind_title.strip()]
    if signer.strip():
        said.append(f"{'Signed by' if en else 'Ditandatangani'}: {signer.strip()}")
    if short_hash.strip():
        said.append(f"Hash: {short_hash.strip()}")
    said.append("Check: judge-app verify <file>" if en else "Periksa: judge-app verify <berkas>")
    return "\n".join([line for line in said if line] + [machine_id.strip()])


def machine_id(payload: str) -> str:
    """The machine identifier in a QR payload: the last "judge-app:" line of a text made
    by `qr_text`, or the payload itself when it is a bare identifier (older documents)."""
    lines = [line.strip() for line in payload.splitlines() if line.strip()]
    for line in reversed(lines):
        if line.startswith(MACHINE_PREFIX):
            return line
    return payload.strip()


@dataclass
class Placement:
    """Where a flowable was drawn: page number (from 0) and its box in PDF points."""

    page: int = -1
    box: tuple[float, float, float, float] = (0, 0, 0, 0)


class SignatureSpot(Flowable):
    """An empty box that records its position for the PDF signature field."""

    def __init__(self, width: float, height: float, placement: Placement) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.placement = placement

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.placement.page = self.canv.getPageNumber() - 1
        self.placement.box = (x, y, x + self.width, y + self.height)
        self.canv.setStrokeColor(colors.HexColor("#9e9e9e"))
        self.canv.setDash(2, 2)
        self.canv.rect(0, 0, self.width, self.height)


@dataclass
class Footer:
    left: str  # the technical line (hashes, ids): small, grey, at the left
    right: str = ""  # e.g. "revisi 2", printed before the page label
    pages: list[int] = field(default_factory=list)


TECH_SIZE = 6  # the technical footer: readable on paper, out of the reader's way
LABEL_SIZE = 8  # "Halaman 1 dari 3"
FOOTER_Y = 10 * mm


def build(
    story: list,
    footer: Footer,
    title: str,
    author: str,
    subject: str = "",
    pagesize: tuple[float, float] = PAGE,
    on_flowable: Callable[[int, int], None] | None = None,
    *,
    locale: str = "id",
    letterhead: Letterhead | None = None,
) -> bytes:
    """Render to PDF bytes in one pass, with the technical footer and "Halaman 1 dari 3"
    on every page (the canvas keeps each page until the total is known) and, when a
    non-empty `letterhead` is given, the kop surat at the top of the first page.
    `on_flowable(done, total)` is called as the story is laid out; it may raise to stop
    the work. The PDF's Subject is the machine identifier of `subject` (see
    `machine_id`), so a QR text made by `qr_text` may be passed as it is."""
    register_fonts()
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in the stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            self.saveState()
            self.setFillColor(GREY)
            label = page_label(self.getPageNumber(), total, locale)
            right_edge = pagesize[0] - MARGIN
            self.setFont(FONT, LABEL_SIZE)
            self.drawRightString(right_edge, FOOTER_Y, label)
            used = pdfmetrics.stringWidth(label, FONT, LABEL_SIZE)
            if footer.right:
                self.setFont(FONT, TECH_SIZE)
                self.drawRightString(right_edge - used - 4 * mm, FOOTER_Y, footer.right)
                used += 4 * mm + pdfmetrics.stringWidth(footer.right, FONT, TECH_SIZE)
            room = pagesize[0] - 2 * MARGIN - used - 6 * mm
            self.setFont(FONT, TECH_SIZE)
            lines = simpleSplit(footer.left, FONT, TECH_SIZE, room) if footer.left else []
            for i, line in enumerate(lines[:2]):  # a long hash line wraps onto a second line
                self.drawString(MARGIN, FOOTER_Y - i * (TECH_SIZE + 1), line)
            self.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=machine_id(subject) if subject else "",
        creator="judge-app",
        # the canvas starts every page in this font; reportlab's default is Helvetica,
        # which would be named (not embedded) in the PDF even though nothing uses it
        initialFontName=FONT,
    )
    story = list(story)
    if letterhead:
        story[:0] = letterhead_flowables(letterhead, pagesize[0] - 2 * MARGIN)
    if on_flowable is not None:
        total = len(story)
        laid = [0]

        def after(_flowable: Flowable) -> None:
            laid[0] += 1
            if laid[0] % 20 == 0 or laid[0] == total:
                on_flowable(laid[0], total)

        doc.afterFlowable = after  # type: ignore[method-assign, assignment]  # reportlab's hook
    doc.build(story, canvasmaker=NumberedCanvas)
    footer.pages.append(doc.page)
    return buffer.getvalue()


def page_label(page: int, total: int, locale: str) -> str:
    """'Halaman 1 dari 3' / 'Page 1 of 3'."""
    return f"Page {page} of {total}" if locale == "en" else f"Halaman {page} dari {total}"


LOGO_HEIGHT = 22 * mm


def letterhead_flowables(letterhead: Letterhead, width: float) -> list[Flowable]:
    """The kop surat as Indonesian offices print it, `width` wide (portrait or landscape):
    the logo at the left (22 mm high, its proportions kept), the lines centred on the
    page (the first bold and largest), and a thick and a thin rule under it."""
    register_fonts()
    lines = [line for line in letterhead.lines if line.strip()]
    logo: Flowable | None = None
    logo_width = 0.0
    if letterhead.logo:
        reader = ImageReader(io.BytesIO(letterhead.logo))
        pixels_wide, pixels_high = reader.getSize()
        logo_width = min(LOGO_HEIGHT * pixels_wide / pixels_high, 40 * mm)
        logo_height = logo_width * pixels_high / pixels_wide
        logo = Image(io.BytesIO(letterhead.logo), width=logo_width, height=logo_height)
    texts: list[Flowable] = []
    for i, line in enumerate(lines):
        if i == 0:
            style = ParagraphStyle(
                "kop0", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER
            )
        elif i == 1 and len(lines) > 2:
            style = ParagraphStyle(
                "kop1", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER
            )
        else:
            style = ParagraphStyle(
                "kopn", fontName=FONT, fontSize=9, leading=11.5, alignment=TA_CENTER
            )
        texts.append(para(line, style))
    # a column as wide as the logo on each side keeps the text centred on the page
    side = logo_width + 3 * mm if logo else 0
    table = Table([[logo or "", texts, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, DoubleRule(width), Spacer(1, 5 * mm)]


class DoubleRule(Flowable):
    """The kop surat's closing rule: a thick line over a thin one."""

    def __init__(self, width: float, thick: float = 2.0, thin: float = 0.6, gap: float = 1.4):
        super().__init__()
        self.width = width
        self.thick, self.thin, self.gap = thick, thin, gap
        self.height = 3 * mm + thick + gap + thin

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.black)
        y = self.thin / 2
        canvas.setLineWidth(self.thin)
        canvas.line(0, y, self.width, y)
        y += self.thin / 2 + self.gap + self.thick / 2
        canvas.setLineWidth(self.thick)
        canvas.line(0, y, self.width, y)


def grid_table(
    rows: list[list],
    widths: list[float],
    header_rows: int = 1,
    heights: list[float | None] | None = None,
) -> Table:
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=header_rows)
    register_fonts()
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
        # plain-text cells (numbers, codes) look like "cell" paragraphs but cost far less
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef7")))
    table.setStyle(TableStyle(commands))
    return table


def plain_table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def together(flowable: Flowable) -> list[Flowable]:
    """The parts of a KeepTogether, to keep them with more: reportlab gives a nested
    KeepTogether an endless height, which would push it onto a page of its own."""
    from reportlab.platypus import KeepTogether

    if isinstance(flowable, KeepTogether):
        return list(flowable._content)  # type: ignore[attr-defined]  # not in the stubs
    return [flowable]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    from xml.sax.saxutils import escape

    return Paragraph(escape(text).replace("\n", "<br/>"), style)
