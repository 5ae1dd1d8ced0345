"""A table of many uniform rows drawn straight onto the page (issue 6): fixed column
widths, one or two lines per cell, the header repeated on every page. reportlab's Table
measures every cell and re-lays the rest of the table at each page break; a recap of
15,000 entries needs only text, lines and a colour per cell."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from judge_app.reports.layout import BOLD, FONT, register_fonts

SIZE, LEADING, PAD = 8.5, 10.5, 3.0
GRID = colors.HexColor("#777777")
HEADER_FILL = colors.HexColor("#e8eef7")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Column:
    width: float
    align: str = "L"  # L, R or C
    bold: bool = False
    lines: int = 1  # wrap up to this many lines (then an ellipsis)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    fills: dict[int, str] = field(default_factory=dict)  # column -> background colour


class RowTable(Flowable):
    def __init__(self, columns: list[Column], header: list[str], rows: list[Row]) -> None:
        super().__init__()
        register_fonts()
        self.columns = columns
        self.header = [self._fit(text, Column(c.width, c.align, True, 3)) for text, c in
                       zip(header, columns, strict=True)]  # fmt: skip
        self.header_height = max(len(lines) for lines in self.header) * LEADING + 2 * PAD
        self.rows = [self._lay(row) for row in rows] if rows and isinstance(rows[0], Row) else rows
        self.width = sum(c.width for c in columns)

    def _lay(self, row: Row) -> tuple[list[list[str]], dict[int, str], float]:
        cells = [self._fit(text, c) for text, c in zip(row.cells, self.columns, strict=True)]
        height = max(len(lines) for lines in cells) * LEADING + 2 * PAD
        return cells, row.fills, height

    @staticmethod
    def _fit(text: str, column: Column) -> list[str]:
        font = BOLD if column.bold else FONT
        room = column.width - 2 * PAD
        if not text or stringWidth(text, font, SIZE) <= room:
            return [text]
        lines = simpleSplit(text, font, SIZE, room) or [text]
        if len(lines) > column.lines:
            lines = lines[: column.lines]
            last = lines[-1]
            while last and stringWidth(last + ELLIPSIS, font, SIZE) > room:
                last = last[:-1]
            lines[-1] = last + ELLIPSIS
        return [_clip(line, font, room) for line in lines]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not hasattr(self, "_bottoms"):  # each row's bottom, from the top of the body
            self._bottoms = list(accumulate(r[2] for r in self.rows))
        self.height = self.header_height + (self._bottoms[-1] if self._bottoms else 0)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        count = bisect_right(self._bottoms, available_height - self.header_height)
        if count == 0:
            return []
        return [self._part(self.rows[:count]), self._part(self.rows[count:])]

    def _part(self, rows: list) -> RowTable:
        part = RowTable.__new__(RowTable)
        Flowable.__init__(part)
        part.columns, part.header, part.header_height = (
            self.columns,
            self.header,
            self.header_height,
        )
        part.rows, part.width = rows, self.width
        return part

    def draw(self) -> None:
        canvas = self.canv
        self.wrap(self.width, 0)
        top = self.height
        xs = [0.0]
        for c in self.columns:
            xs.append(xs[-1] + c.width)
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - self.header_height, self.width, self.header_height, 0, 1)
        y = top - self.header_height
        for _cells, fills, height in self.rows:
            for index, colour in fills.items():
                canvas.setFillColor(colors.HexColor(colour))
                canvas.rect(xs[index], y - height, xs[index + 1] - xs[index], height, 0, 1)
            y -= height
        # all text through one text object: far cheaper than a drawString per cell
        text = canvas.beginText()
        text.setFillColor(colors.black)
        self._row(text, xs, top, self.header, self.header_height, bold=True)
        y = top - self.header_height
        for cells, _fills, height in self.rows:
            self._row(text, xs, y, cells, height)
            y -= height
        canvas.drawText(text)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        path = canvas.beginPath()
        ys = [top, top - self.header_height]
        for _c, _f, height in self.rows:
            ys.append(ys[-1] - height)
        for line_y in ys:
            path.moveTo(0, line_y)
            path.lineTo(self.width, line_y)
        for x in xs:
            path.moveTo(x, top)
            path.lineTo(x, ys[-1])
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()

    def _row(self, text, xs, y, cells, height, bold=False) -> None:
        for index, lines in enumerate(cells):
            column = self.columns[index]
            font = BOLD if (bold or column.bold) else FONT
            text.setFont(font, SIZE)
            baseline = y - PAD - SIZE
            for line in lines:
                if not line:
                    pass
                elif column.align == "R" and not bold:
                    right = xs[index + 1] - PAD - stringWidth(line, font, SIZE)
                    text.setTextOrigin(right, baseline)
                    text.textOut(line)
                elif column.align == "C" or bold:
                    middle = (xs[index] + xs[index + 1] - stringWidth(line, font, SIZE)) / 2
                    text.setTextOrigin(middle, baseline)
                    text.textOut(line)
                else:
                    text.setTextOrigin(xs[index] + PAD, baseline)
                    text.textOut(line)
                baseline -= LEADING


def _clip(text: str, font: str, room: float) -> str:
    """A word longer than the column, cut with an ellipsis."""
    if stringWidth(text, font, SIZE) <= room:
        return text
    while text and stringWidth(text + ELLIPSIS, font, SIZE) > room:
        text = text[:-1]
    return text + ELLIPSIS
