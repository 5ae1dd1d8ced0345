"""Shared page furniture: fonts, styles, A4 template with a footer, QR codes, and a
signature block that remembers where it landed so the PDF signature can sit on it."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

import segno
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Table, TableStyle

from judge_app.domain.officials import Letterhead
from judge_app.resources import resources_dir

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
PAGE = A4
MARGIN = 20 * mm


def register_fonts() -> None:
    """Embed a Unicode TTF so Indonesian names and any odd character print correctly."""
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


def qr_image(payload: str, size: float = 28 * mm) -> Image:
    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=6, border=2)
    buffer.seek(0)
    return Image(buffer, width=size, height=size)


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
    left: str
    right: str = ""
    pages: list[int] = field(default_factory=list)


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
    """Render to PDF bytes in one pass, with the footer text and 'page X/Y' on every page
    (the canvas keeps each page until the total is known). `on_flowable(done, total)` is
    called as the story is laid out; it may raise to stop the work."""
    register_fonts()
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 7)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN, 10 * mm, footer.left)
            right = f"{footer.right}   {page_label(self.getPageNumber(), total, locale)}".strip()
            self.drawRightString(pagesize[0] - MARGIN, 10 * mm, right)
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
        subject=subject,
        creator="judge-app",
    )
    if on_flowable is not None:
        total = len(story)
        laid = [0]

        def after(_flowable) -> None:
            laid[0] += 1
            if laid[0] % 20 == 0 or laid[0] == total:
                on_flowable(laid[0], total)

        doc.afterFlowable = after
    doc.build(list(story), canvasmaker=NumberedCanvas)
    footer.pages.append(doc.page)
    return buffer.getvalue()


def page_label(page: int, total: int, locale: str) -> str:
    """'Halaman 1 dari 3' / 'Page 1 of 3'."""
    return f"Page {page} of {total}" if locale == "en" else f"Halaman {page} dari {total}"


def grid_table(
    rows: list[list],
    widths: list[float],
    header_rows: int = 1,
    heights: list[float | None] | None = None,
) -> Table:
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=header_rows)
    register_fonts()
    commands = [
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


def para(text: str, style: ParagraphStyle) -> Paragraph:
    from xml.sax.saxutils import escape

    return Paragraph(escape(text).replace("\n", "<br/>"), style)
