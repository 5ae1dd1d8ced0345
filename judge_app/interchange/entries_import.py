"""Entry list import (CSV/XLSX exported from the registration system): all or nothing."""

from __future__ import annotations

from pathlib import Path

from judge_app.base.errors import ImportProblems
from judge_app.base.text import translate
from judge_app.domain.model import Definition, Entry
from judge_app.interchange.columns import Column, read_records

ENTRY_COLUMNS = [
    Column("code", ("kode", "kode inovasi", "nomor registrasi", "id"), True, 64),
    Column("title", ("judul", "nama inovasi", "judul inovasi", "inovasi"), True, 500),
    Column("agency", ("instansi", "perangkat daerah", "opd", "unit kerja"), True, 300),
    Column("region", ("wilayah", "kabupaten/kota", "kab/kota", "daerah"), True, 200),
    Column("category", ("kategori", "kelompok"), True, 200),
    Column("acronym", ("akronim", "singkatan"), False, 100),
    Column("replicates", ("replikasi", "replikasi dari", "inovasi asal"), False, 500),
    Column("summary", ("ringkasan", "deskripsi"), False, 20000, multiline=True),
    Column("link", ("tautan", "url"), False, 2000),
]


def read_entries(path: Path, definition: Definition) -> tuple[list[Entry], frozenset[str]]:
    """Parse and validate every row; raise ImportProblems naming file, row and column.
    Also returns the fields the file has columns for: a re-import leaves the others as
    they are."""
    records, problems, present = read_records(path, ENTRY_COLUMNS)
    entries: list[Entry] = []
    first_row: dict[str, tuple[int, str]] = {}
    for number, values in records:
        code = values["code"]
        if not code:
            problems.append(
                translate("entries_import", "row {row}, column code: empty code").format(row=number)
            )
        else:
            key = code.casefold()
            if key in first_row:
                row, original = first_row[key]
                problems.append(
                    translate(
                        "entries_import",
                        "row {row}, column code: duplicate code {code} "
                        "(already on row {first} as {original})",
                    ).format(row=number, code=repr(code), first=row, original=repr(original))
                )
            else:
                first_row[key] = (number, code)
        if not values["title"]:
            problems.append(
                translate("entries_import", "row {row}, column title: empty title").format(
                    row=number
                )
            )
        category = definition.category(values["category"]) if values["category"] else None
        if category is None:
            known = ", ".join(c.id for c in definition.categories)
            if values["category"]:
                text = translate(
                    "entries_import",
                    "row {row}, column category: unknown category {category} (known: {known})",
                )
            else:
                text = translate(
                    "entries_import",
                    "row {row}, column category: unknown category empty (known: {known})",
                )
            problems.append(text.format(row=number, category=repr(values["category"]), known=known))
        link = values["link"]
        if link.lower().startswith("www."):
            link = "https://" + link
        if link and not link.lower().startswith(("http://", "https://")):
            problems.append(
                translate(
                    "entries_import", "row {row}, column link: {link} is not a web address (http…)"
                ).format(row=number, link=repr(link[:60]))
            )
        if category is not None:
            entries.append(Entry(**{**values, "category": category.id, "link": link}))
    if problems:
        raise ImportProblems(str(path), problems)
    if not entries:
        raise ImportProblems(
            str(path), [translate("entries_import", "no entries below the header row")]
        )
    return entries, present
