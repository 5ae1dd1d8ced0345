"""A table of many uniform rows drawn straight onto the page (issue 6): fixed column
widths, cells wrapped to a column's line limit (or without one), the header repeated on
every page. reportlab's Table measures every cell and re-lays the rest of the table at
each page break; a recap of 15,000 entries needs only text, lines and a colour per
cell."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import cast
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from judge_app.reports.layout import BOLD, FONT, register_fonts

SIZE, LEADING, PAD = 8.5, 10.5, 3.0
HEADER_SIZE, HEADER_LEADING = 7.5, 9.0  # header words ("Penghargaan") fit narrow columns
GRID = colors.HexColor("#777777")
HEADER_FILL = colors.HexColor("#e8eef7")
ELLIPSIS = "…"
# per PDF document: (font, text) -> its text-showing operators. A font's subset codes
# are assigned per document, so the encoding of "80,58" is reused only within one.
_ENCODED: WeakKeyDictionary[object, dict[tuple[str, str], tuple[tuple[str, str], ...]]] = (
    WeakKeyDictionary()
)


@lru_cache(maxsize=1 << 16)
def width_of(text: str, font: str, size: float) -> float:
    """reportlab's width, remembered: a national recap measures the same few thousand
    numbers about three million times. The fonts are registered first: a fresh process
    may measure a column before anything has been drawn."""
    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)


@dataclass(frozen=True)
class Column:
    width: float
    align: str = "L"  # L, R or C
    bold: bool = False
    lines: int = 1  # wrap up to this many lines (then an ellipsis); 0: no limit


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    fills: dict[int, str] = field(default_factory=dict)  # column -> background colour


# a row as drawn: each cell's lines, the fills, the height
Laid = tuple[list[tuple[str, ...]], dict[int, str], float]


class RowTable(Flowable):
    def __init__(self, columns: list[Column], header: list[str], rows: list[Row]) -> None:
        super().__init__()
        register_fonts()
        self.columns = columns
        self.header = [_fit(text, BOLD, c.width - 2 * PAD, 0, HEADER_SIZE) for text, c in
                       zip(header, columns, strict=True)]  # fmt: skip
        self.header_height = max(len(lines) for lines in self.header) * HEADER_LEADING + 2 * PAD
        self.rows = [self._lay(row) for row in rows]
        self.width = sum(c.width for c in columns)

    def _lay(self, row: Row) -> Laid:
        cells: list[tuple[str, ...]] = []
        for text, c in zip(row.cells, self.columns, strict=True):
            font, room = BOLD if c.bold else FONT, c.width - 2 * PAD
            fits = not text or width_of(text, font, SIZE) <= room  # most cells: no wrapping
            cells.append((text,) if fits else _fit(text, font, room, c.lines))
        height = max(len(lines) for lines in cells) * LEADING + 2 * PAD
        return cells, row.fills, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not hasattr(self, "_bottoms"):  # each row's bottom, from the top of the body
            self._bottoms = list(accumulate(r[2] for r in self.rows))
            self._lo, self._hi = 0, len(self.rows)
        self.height = self.header_height + self._body(self._hi) - self._body(self._lo)
        return self.width, self.height

    def _body(self, index: int) -> float:
        """Height of the rows before `index` (the parts of a split share one list, so a
        table of 15,000 rows is not summed again at each of its pages)."""
        return self._bottoms[index - 1] if index else 0.0

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        room = self._body(self._lo) + available_height - self.header_height
        end = bisect_right(self._bottoms, room, self._lo, self._hi)
        if end == self._lo:
            return []
        return [self._part(self._lo, end), self._part(end, self._hi)]

    def _part(self, lo: int, hi: int) -> RowTable:
        part = RowTable.__new__(RowTable)
        Flowable.__init__(part)
        part.columns, part.header, part.header_height = (
            self.columns,
            self.header,
            self.header_height,
        )
        part.rows, part.width, part._bottoms = self.rows, self.width, self._bottoms
        part._lo, part._hi = lo, hi
        return part

    def draw(self) -> None:
        canvas = self.canv
        self.wrap(self.width, 0)
        rows = self.rows[self._lo : self._hi]
        top = self.height
        xs = [0.0]
        for c in self.columns:
            xs.append(xs[-1] + c.width)
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - self.header_height, self.width, self.header_height, 0, 1)
        y = top - self.header_height
        for _cells, fills, height in rows:
            for index, colour in fills.items():
                canvas.setFillColor(colors.HexColor(colour))
                canvas.rect(xs[index], y - height, xs[index + 1] - xs[index], height, 0, 1)
            y -= height
        # all text as one block of operators, each distinct string encoded once
        lines: list[str] = ["BT 0 0 0 rg"]
        # the document the subsets belong to (the canvas's own, not in the stubs)
        encoded = _ENCODED.setdefault(canvas._doc, {})  # type: ignore[attr-defined]
        state: list[tuple[str, float] | None] = [None]
        self._row(lines, encoded, state, xs, top, self.header, self.header_height, header=True)
        y = top - self.header_height
        for cells, _fills, height in rows:
            self._row(lines, encoded, state, xs, y, cells, height)
            y -= height
        lines.append("ET")
        canvas.addLiteral("\n".join(lines))
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        path = canvas.beginPath()
        ys = [top, top - self.header_height]
        for _c, _f, height in rows:
            ys.append(ys[-1] - height)
        for line_y in ys:
            path.moveTo(0, line_y)
            path.lineTo(self.width, line_y)
        for x in xs:
            path.moveTo(x, top)
            path.lineTo(x, ys[-1])
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()

    def _row(
        self,
        out: list[str],
        encoded: dict[tuple[str, str], tuple[tuple[str, str], ...]],
        state: list[tuple[str, float] | None],
        xs: list[float],
        y: float,
        cells: list[tuple[str, ...]],
        height: float,
        header: bool = False,
    ) -> None:
        """Text operators for one row: an absolute position per line (Tm), a font switch
        only when the font, its subset or the size changes (Tf), then the string (Tj)."""
        size, leading = (HEADER_SIZE, HEADER_LEADING) if header else (SIZE, LEADING)
        for index, lines in enumerate(cells):
            column = self.columns[index]
            font = BOLD if (header or column.bold) else FONT
            baseline = y - PAD - size
            for line in lines:
                if line:
                    if column.align == "R" and not header:
                        x = xs[index + 1] - PAD - width_of(line, font, size)
                    elif column.align == "C" or header:
                        x = (xs[index] + xs[index + 1] - width_of(line, font, size)) / 2
                    else:
                        x = xs[index] + PAD
                    out.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm")
                    ops = encoded.get((font, line))
                    if ops is None:
                        ops = encoded[(font, line)] = _encode(self.canv, font, line)
                    for name, shown in ops:
                        if (name, size) != state[0]:
                            out.append(f"{name} {size} Tf")
                            state[0] = (name, size)
                        out.append(shown)
                baseline -= leading


def _encode(canvas: Canvas, font_name: str, text: str) -> tuple[tuple[str, str], ...]:
    """(subset font's PDF name, "(…) Tj") per run of the text, as reportlab's text object
    writes them for a TrueType font (whose subsets it fills in as characters appear)."""
    font = cast(TTFont, pdfmetrics.getFont(font_name))  # FONT and BOLD are TrueType
    doc = canvas._doc  # type: ignore[attr-defined]  # the canvas's own, not in the stubs
    return tuple(
        (font.getSubsetInternalName(subset, doc), f"({escapePDF(chunk)}) Tj")
        for subset, chunk in font.splitString(text, doc)
    )


@lru_cache(maxsize=1 << 15)
def _fit(text: str, font: str, room: float, limit: int, size: float = SIZE) -> tuple[str, ...]:
    """`text` wrapped to `room` points: at most `limit` lines (the last cut with an
    ellipsis), or as many as it needs when `limit` is 0. Remembered: agencies, bands and
    notes repeat across a national recap."""
    if not text or width_of(text, font, size) <= room:
        return (text,)
    lines = simpleSplit(text, font, size, room) or [text]
    if limit and len(lines) > limit:
        lines = lines[:limit]
        last = lines[-1]
        while last and width_of(last + ELLIPSIS, font, size) > room:
            last = last[:-1]
        lines[-1] = last + ELLIPSIS
    return tuple(_clip(line, font, room, size) for line in lines)


def _clip(text: str, font: str, room: float, size: float = SIZE) -> str:
    """A word longer than the column, cut with an ellipsis."""
    if width_of(text, font, size) <= room:
        return text
    while text and width_of(text + ELLIPSIS, font, size) > room:
        text = text[:-1]
    return text + ELLIPSIS
