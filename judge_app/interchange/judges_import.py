"""Judge list import (name, NIP or NIK, position, institution, ...) and NIP checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from judge_app.base.errors import ImportProblems
from judge_app.base.text import translate
from judge_app.domain.model import Judge
from judge_app.interchange.columns import Column, read_records

JUDGE_COLUMNS = [
    Column("id", ("kode juri", "id juri", "kode"), False, 50),
    Column("name", ("nama", "nama juri", "nama lengkap"), True, 200),
    Column("nip", ("nik", "nip/nik", "nip / nik"), False, 40),
    Column("rank", ("pangkat", "golongan", "pangkat/golongan"), False, 100),
    Column("position", ("jabatan",), False, 300),
    Column("institution", ("instansi", "unit kerja", "asal instansi"), False, 300),
    Column("role", ("peran", "kedudukan", "kedudukan dalam tim"), False, 50),
    Column("region", ("wilayah", "daerah", "asal daerah", "kabupaten/kota"), False, 200),
    Column("expertise", ("keahlian", "bidang keahlian", "kelompok keahlian"), False, 500),
]
ROLES = {
    "ketua": "ketua",
    "chair": "ketua",
    "sekretaris": "sekretaris",
    "secretary": "sekretaris",
    "anggota": "anggota",
    "member": "anggota",
}
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,49}$")


def nip_problem(value: str) -> str | None:
    """A NIP has 18 digits and a NIK 16; '-' or empty for those who have neither."""
    if value in ("", "-"):
        return None
    digits = value.replace(" ", "")
    if "E+" in digits.upper():
        return translate(
            "judges_import",
            "{value} was stored by Excel as a number and has lost digits; format the "
            "column as Text and type the NIP again",
        ).format(value=repr(value))
    if not digits.isdigit() or not digits.isascii():
        return translate(
            "judges_import", "{value} must contain only digits and spaces (NIP 18 digits, NIK 16)"
        ).format(value=repr(value))
    if len(digits) not in (16, 18):
        return translate(
            "judges_import", "{value} has {count} digits; a NIP has 18 and a NIK 16"
        ).format(value=repr(value), count=len(digits))
    return None


def normalise_nip(value: str) -> str:
    return value if value in ("", "-") else value.replace(" ", "")


def role_of(value: str) -> str | None:
    return ROLES.get(value.strip().casefold() or "anggota")


def parse_expertise(value: str, categories: Sequence[str]) -> tuple[str, list[str]]:
    """A judge's expertise as stored (category ids separated by one space, each once, in
    the order given) and the ids that are no category of the competition. Commas and
    semicolons separate as spaces do; case does not matter."""
    known = {c.casefold(): c for c in categories}
    ids: list[str] = []
    unknown: list[str] = []
    for word in re.split(r"[\s,;]+", value.strip()):
        if not word:
            continue
        category = known.get(word.casefold())
        if category is None:
            unknown.append(word)
        elif category not in ids:
            ids.append(category)
    return " ".join(ids), unknown


def expertise_problem(unknown: list[str], categories: Sequence[str]) -> str:
    return translate(
        "judges_import", "{ids} is not a category of this competition (categories: {known})"
    ).format(ids=", ".join(repr(u) for u in unknown), known=", ".join(categories) or "-")


def read_judges(
    path: Path, categories: Sequence[str] | None = None
) -> tuple[list[tuple[str, Judge]], frozenset[str]]:
    """Parse and validate every row into ('row N', judge) pairs, with the fields the file
    has columns for; ids may be left empty for the caller to fill in. `categories`: the
    competition's category ids, which the expertise column may name (None: not checked)."""
    records, problems, present = read_records(path, JUDGE_COLUMNS)
    judges: list[tuple[str, Judge]] = []
    for number, values in records:
        if not values["name"]:
            problems.append(
                translate("judges_import", "row {row}, column name: empty name").format(row=number)
            )
        if values["id"] and not ID_PATTERN.match(values["id"]):
            problems.append(
                translate("judges_import", "row {row}, column id: {id} is not a valid id").format(
                    row=number, id=repr(values["id"])
                )
            )
        nip = nip_problem(values["nip"])
        if nip:
            problems.append(
                translate("judges_import", "row {row}, column nip: {problem}").format(
                    row=number, problem=nip
                )
            )
        role = role_of(values["role"])
        if role is None:
            problems.append(
                translate(
                    "judges_import",
                    "row {row}, column role: {role} is not ketua, sekretaris or anggota",
                ).format(row=number, role=repr(values["role"]))
            )
        expertise = values["expertise"]
        if categories is not None:
            expertise, unknown = parse_expertise(expertise, categories)
            if unknown:
                problems.append(
                    translate("judges_import", "row {row}, column expertise: {problem}").format(
                        row=number, problem=expertise_problem(unknown, categories)
                    )
                )
        values = {
            **values,
            "nip": normalise_nip(values["nip"]),
            "role": role or "anggota",
            "region": values["region"].strip(),
            "expertise": expertise,
        }
        where = translate("judges_import", "row {row}").format(row=number)
        judges.append((where, Judge(**values)))
    if problems:
        raise ImportProblems(str(path), problems)
    if not judges:
        raise ImportProblems(
            str(path), [translate("judges_import", "no judges below the header row")]
        )
    return judges, present
