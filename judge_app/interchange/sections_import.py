"""The proposals' text sections from the registration system's export (CSV/XLSX): one row
per entry, one column per section, headers in Indonesian or English (issue 21)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from judge_app.base.text import translate
from judge_app.domain.material import SECTION, SECTIONS, MaterialItem
from judge_app.interchange.columns import Column, alias_keys, read_records
from judge_app.interchange.entries_import import ENTRY_COLUMNS
from judge_app.interchange.tables import header_key

TEXT = "text/plain; charset=utf-8"
SECTION_COLUMNS = [
    Column(
        s.id,
        (s.name_id, s.name_en, s.id.replace("_", " "), *s.headers),
        max_length=100_000,
        multiline=True,
    )
    for s in SECTIONS
]
# the entry list's other columns, which an export often carries too: read and left alone
# (the summary's "ringkasan" is the section of that name here)
_TAKEN = set(alias_keys(SECTION_COLUMNS))
OTHER_COLUMNS = [
    Column(
        f"_{c.field}",
        tuple(a for a in (c.field, *c.aliases) if header_key(a) not in _TAKEN),
        max_length=100_000,
        multiline=True,
    )
    for c in ENTRY_COLUMNS
    if c.field != "code"
]
COLUMNS = [ENTRY_COLUMNS[0], *SECTION_COLUMNS, *OTHER_COLUMNS]


def read_sections(
    path: Path, codes: dict[str, str], problems: list[str], texts: dict[str, bytes]
) -> dict[str, list[MaterialItem]]:
    """Entry code -> its section pieces; `codes` maps casefolded codes to the master's,
    `texts` receives each piece's bytes by SHA-256. Problems (unknown or repeated code, a
    file without section columns) are appended."""
    records, found, present = read_records(path, COLUMNS)
    problems.extend(f"{path.name}: {p}" for p in found)
    if not present & {s.id for s in SECTIONS}:
        problems.append(
            translate(
                "material_import", "{file}: no proposal section columns (accepted: {known})"
            ).format(file=path.name, known=", ".join(s.name_id for s in SECTIONS))
        )
        return {}
    out: dict[str, list[MaterialItem]] = {}
    first_row: dict[str, int] = {}
    for number, values in records:
        typed = values["code"].strip()
        code = codes.get(typed.casefold())
        where = translate("material_import", "{file}, row {row}, column code").format(
            file=path.name, row=number
        )
        if not typed:
            problems.append(f"{where}: " + translate("material_import", "empty code"))
            continue
        if code is None:
            problems.append(
                f"{where}: "
                + translate("material_import", "unknown entry code {code}").format(code=repr(typed))
            )
            continue
        if code in first_row:
            problems.append(
                f"{where}: "
                + translate("material_import", "entry {code} again (already on row {row})").format(
                    code=code, row=first_row[code]
                )
            )
            continue
        first_row[code] = number
        pieces = []
        for position, section in enumerate(SECTIONS):
            text = values.get(section.id, "").strip()
            if text:
                data = text.encode("utf-8")
                texts[hashlib.sha256(data).hexdigest()] = data
                pieces.append(
                    MaterialItem(
                        code,
                        section.id,
                        SECTION,
                        TEXT,
                        len(data),
                        hashlib.sha256(data).hexdigest(),
                        0,
                        position,
                    )
                )
        out[code] = pieces
    return out
