"""Map a sheet's header to known fields, accepting Indonesian and English names."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from judge_app.base.errors import ImportProblems
from judge_app.base.text import translate
from judge_app.interchange.tables import Sheet, header_key, read_sheet


@dataclass(frozen=True)
class Column:
    field: str
    aliases: tuple[str, ...]
    required: bool = False
    max_length: int = 500
    multiline: bool = False


def alias_keys(columns: list[Column]) -> dict[str, str]:
    """Normalised header name -> field."""
    return {header_key(a): c.field for c in columns for a in (c.field, *c.aliases)}


def map_header(sheet: Sheet, columns: list[Column], problems: list[str]) -> dict[str, int]:
    """Field -> column index; unknown, repeated and missing columns become problems."""
    keys = alias_keys(columns)
    found: dict[str, int] = {}
    for index, name in enumerate(sheet.header):
        letter = column_letter(index)
        field = keys.get(header_key(name))
        if field is None:
            accepted = ", ".join(c.field for c in columns)
            problems.append(
                translate(
                    "columns",
                    "row 1, column {letter} ({name}): unknown column (accepted: {accepted}, "
                    "or their Indonesian names)",
                ).format(letter=letter, name=repr(name), accepted=accepted)
            )
        elif field in found:
            problems.append(
                translate(
                    "columns",
                    "row 1, column {letter} ({name}): {field} appears twice (also column {other})",
                ).format(
                    letter=letter, name=repr(name), field=field, other=column_letter(found[field])
                )
            )
        else:
            found[field] = index
    for column in columns:
        if column.required and column.field not in found:
            names = " / ".join((column.field, *column.aliases[:3]))
            problems.append(
                translate("columns", "row 1: required column {field} is missing ({names})").format(
                    field=column.field, names=names
                )
            )
    return found


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA: how Excel users find a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index]


def text_problem(value: str, column: Column) -> str | None:
    """Why a cell's text cannot be stored as-is, or None."""
    if len(value) > column.max_length:
        return translate("columns", "too long: {length} characters (at most {most})").format(
            length=len(value), most=column.max_length
        )
    if value.startswith("=") and len(value) > 1:
        shown = value if len(value) <= 40 else value[:39] + "…"
        return translate(
            "columns",
            "a spreadsheet formula ({formula}); enter the value itself "
            "(in Excel: copy, then Paste Special → Values)",
        ).format(formula=shown)
    allowed = "\n\t\r" if column.multiline else ""
    for ch in value:
        if ch not in allowed and unicodedata.category(ch) in ("Cc", "Cs"):
            return translate("columns", "contains a control character (U+{code:04X})").format(
                code=ord(ch)
            )
        if ch in DIRECTION_CONTROLS:
            return translate(
                "columns",
                "contains an invisible direction control (U+{code:04X}) that can make "
                "text read backwards; remove it (Arabic or emoji text itself is fine)",
            ).format(code=ord(ch))
    return None


# embeddings, overrides and isolates: they reorder how text is shown (a title could read
# differently on screen and in the PDF than it is stored)
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def read_records(
    path: Path, columns: list[Column]
) -> tuple[list[tuple[int, dict[str, str]]], list[str], frozenset[str]]:
    """Rows as {field: text} with their row numbers, the problems found so far (text
    too long, control characters, stray cells) and the fields the file has columns for.
    A bad header stops here: rows under an unknown header mean nothing."""
    sheet = read_sheet(path, alias_keys(columns))
    problems: list[str] = []
    index = map_header(sheet, columns, problems)
    if problems:
        raise ImportProblems(str(path), problems)
    records = []
    for number, cells in sheet.rows:
        values = {}
        for column in columns:
            value = cell(cells, index.get(column.field))
            problem = text_problem(value, column)
            if problem:
                problems.append(
                    translate("columns", "row {row}, column {column}: {problem}").format(
                        row=number, column=column.field, problem=problem
                    )
                )
            values[column.field] = value
        if len(cells) > len(sheet.header):
            problems.append(
                translate(
                    "columns", "row {row}: has {cells} cells but the header has {header}"
                ).format(row=number, cells=len(cells), header=len(sheet.header))
            )
        records.append((number, values))
    return records, problems, frozenset(index)
