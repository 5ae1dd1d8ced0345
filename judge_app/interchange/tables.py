"""Read a CSV or XLSX sheet into numbered rows of text, as Indonesian offices write them.

CSV may be UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252,
separated by commas, semicolons (Excel with Indonesian regional settings) or tabs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from judge_app.base.errors import ImportProblems
from judge_app.base.text import translate

DELIMITERS = (",", ";", "\t")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_IGNORED_IN_HEADER = re.compile(r"[\s_\-.]+")


@dataclass(frozen=True)
class Sheet:
    """A header and the data rows below it, each row with its number as Excel shows it."""

    source: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


def header_key(text: str) -> str:
    """Case- and space-insensitive form of a column name ('Nama Inovasi' -> 'namainovasi')."""
    return _IGNORED_IN_HEADER.sub("", unicodedata.normalize("NFKC", text).casefold())


def read_sheet(path: Path, known_headers: Iterable[str] = ()) -> Sheet:
    """Read the first sheet of an XLSX file or a CSV file. `known_headers` (normalised
    header keys) picks the CSV separator that recognises the most columns."""
    if path.is_dir():
        raise ImportProblems(
            str(path), [translate("tables", "is a folder, not a CSV or XLSX file")]
        )
    if not path.is_file():
        raise ImportProblems(str(path), [translate("tables", "file not found")])
    if path.suffix.lower() in XLSX_SUFFIXES:
        raw_rows = _xlsx_rows(path)
    else:
        raw_rows = _csv_rows(path, set(known_headers))
    return _split_header(str(path), raw_rows)


def _split_header(source: str, raw_rows: Iterable[tuple[int, list[str]]]) -> Sheet:
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for number, cells in raw_rows:
        cells = [_clean(c) for c in cells]
        while cells and cells[-1] == "":
            cells.pop()
        if not cells:
            continue  # empty rows are skipped, also above the header
        if header is None:
            header = cells
        else:
            rows.append((number, cells))
    if header is None:
        raise ImportProblems(
            source, [translate("tables", "the file has no header row (it is empty)")]
        )
    return Sheet(source, header, rows)


def _clean(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


# -- CSV -------------------------------------------------------------------------------


def decode_text(data: bytes, source: str) -> str:
    """Decode as UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1252, in that order."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        if b"\x00" in data:
            raise ImportProblems(
                source, [translate("tables", "not a text file (it contains NUL bytes)")]
            )
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            last = exc
    raise ImportProblems(
        source,
        [
            translate(
                "tables",
                "cannot read the text: not UTF-8 or Windows-1252 "
                "(byte 0x{byte:02X} at offset {offset}); "
                "save it from Excel as 'CSV UTF-8'",
            ).format(byte=data[last.start], offset=last.start)
        ],
    )


def _csv_rows(path: Path, known: set[str]) -> list[tuple[int, list[str]]]:
    text = decode_text(path.read_bytes(), str(path))
    delimiter = _pick_delimiter(text, known)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for number, cells in enumerate(reader, start=1):
            rows.append((number, cells))
    except csv.Error as exc:
        raise ImportProblems(
            str(path),
            [
                translate("tables", "row {row}: malformed CSV ({error})").format(
                    row=len(rows) + 1, error=exc
                )
            ],
        ) from None
    return rows


def _pick_delimiter(text: str, known: set[str]) -> str:
    """The separator under which the first line yields the most known column names."""
    first = next((line for line in text.splitlines() if line.strip()), "")

    def score(delimiter: str) -> tuple[int, int]:
        try:
            cells = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:
            return (0, 0)
        return (sum(header_key(c) in known for c in cells), len(cells))

    return max(DELIMITERS, key=score)


# -- XLSX ------------------------------------------------------------------------------


def _xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # formulas come back as their text ("=B2&..."), refused by the column checks:
        # a cached result may be stale, and openpyxl-written files have none
        workbook = load_workbook(path, read_only=True, data_only=False)
    except zipfile.BadZipFile:
        if _looks_like_text(path):
            text = translate(
                "tables", "not a readable XLSX workbook (it looks like text: save it as .csv)"
            )
        else:
            text = translate("tables", "not a readable XLSX workbook")
        raise ImportProblems(str(path), [text]) from None
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ImportProblems(
            str(path),
            [translate("tables", "not a readable XLSX workbook ({error})").format(error=exc)],
        ) from None
    rows: list[tuple[int, list[str]]] = []
    try:
        sheets = [s for s in workbook.worksheets if hasattr(s, "iter_rows")]
        if not sheets:
            raise ImportProblems(
                str(path), [translate("tables", "the workbook has no worksheet with cells")]
            )
        merged = _merged_ranges(path, sheets[0])
        if merged:
            raise ImportProblems(
                str(path),
                [
                    translate(
                        "tables",
                        "cells {cells} are merged: unmerge them and fill in every cell (only "
                        "the first cell of a merged range holds its text)",
                    ).format(cells=cells)
                    for cells in merged
                ],
            )
        for number, values in enumerate(sheets[0].iter_rows(min_row=1, values_only=True), 1):
            rows.append((number, [_cell_text(v) for v in values]))
    except ImportProblems:
        raise
    except Exception as exc:  # a damaged workbook can fail anywhere inside openpyxl
        raise ImportProblems(
            str(path),
            [
                translate("tables", "the workbook is damaged near row {row} ({error})").format(
                    row=len(rows) + 1, error=exc
                )
            ],
        ) from None
    finally:
        workbook.close()
    return rows


_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def _merged_ranges(path: Path, sheet) -> list[str]:
    """The merged ranges of the sheet, read from its XML (openpyxl's fast read-only mode
    does not report them)."""
    part = getattr(sheet, "_worksheet_path", None)
    if not part:
        return []
    with zipfile.ZipFile(path) as archive:
        try:
            data = archive.read(part.lstrip("/"))
        except KeyError:
            return []
    return [m.decode("ascii") for m in _MERGE_CELL.findall(data)]


def _looks_like_text(path: Path) -> bool:
    head = path.read_bytes()[:2048]
    return bool(head) and not head.startswith(b"PK") and b"\x00" not in head


def _cell_text(value: object) -> str:
    """Excel stores codes like 001 as numbers and dates as datetimes; give them back as
    the text a person typed."""
    if value is None:
        return ""
    formula = getattr(value, "text", None)  # array and data-table formulas (openpyxl objects)
    if isinstance(formula, str) and not isinstance(value, str):
        return formula if formula.startswith("=") else f"={formula}"
    if type(value).__name__ == "DataTableFormula":
        return "=TABLE()"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and abs(value) >= 1e15:
        # Excel keeps 15 significant digits: an 18-digit NIP typed as a number has already
        # lost its last digits, so show it as Excel does and let validation refuse it.
        return f"{value:.15G}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
