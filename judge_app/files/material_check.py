"""What `verify` says about a file's proposal material (issue 21): what it lists, whether
the bytes it carries are the ones listed, and which version each judge's signed sheet
names, against the version the file holds now."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from judge_app.base.text import translate
from judge_app.domain.material import digests, judged_differently
from judge_app.integrity.sheet import judged_material
from judge_app.store import material as material_store
from judge_app.store import signing as sign_store
from judge_app.store.merging import counted_sheets

SHOWN = 10  # entries named in one line; the rest counted


def check_material(
    path: Path, db: sqlite_utils.Database, role: str, lines: list[str], problems: list[str]
) -> None:
    """Lines for what is in order, problems for altered bytes."""
    items = material_store.items(db)
    if items:
        entries = len({i.entry_code for i in items})
        files = sum(not i.is_section for i in items)
        sections = len(items) - files
        held, listed = material_store.carried(db)
        altered = material_store.altered_pieces(db)
        for item in altered:
            problems.append(
                translate(
                    "verification",
                    "{path}: entry {entry}, {name}: the proposal material was altered (its "
                    "bytes no longer match the SHA-256 recorded)",
                ).format(path=path, entry=item.entry_code, name=item.name)
            )
        if held == listed:
            state = translate("verification", "carried and intact") if not altered else ""
        elif held == 0:
            state = translate(
                "verification",
                "not carried (a hand-in or a backup: the master and the package hold them)",
            )
        else:
            state = ""
            problems.append(
                translate(
                    "verification",
                    "{path}: {missing} of {listed} pieces of proposal material are listed but "
                    "missing",
                ).format(path=path, missing=listed - held, listed=listed)
            )
        lines.append(
            translate(
                "verification",
                "proposal material: {entries} entries, {files} files, {sections} sections{state}",
            ).format(
                entries=entries, files=files, sections=sections, state=f"; {state}" if state else ""
            )
        )
    now = digests(items)
    sheets = (
        counted_sheets(db)
        if role == "master"
        else {s.judge_id: s for s in sign_store.sheets(db)[-1:]}
    )
    for judge_id, sheet in sorted(sheets.items()):
        signed, scored = judged_material(sheet.payload)
        where = {"judge": judge_id, "revision": sheet.revision}
        if signed:
            lines.append(
                translate(
                    "verification",
                    "judge {judge} revision {revision}: the signed sheet names the proposal "
                    "material of {count} entries (SHA-256 of each)",
                ).format(**where, count=len(signed))
            )
        differ = judged_differently(signed, scored, now)
        if differ:
            shown = ", ".join(differ[:SHOWN]) + (
                translate("verification", " and {more} more").format(more=len(differ) - SHOWN)
                if len(differ) > SHOWN
                else ""
            )
            lines.append(
                translate(
                    "verification",
                    "note: judge {judge} revision {revision} scored {count} entries on other "
                    "proposal material than this file holds now: {entries}",
                ).format(**where, count=len(differ), entries=shown)
            )
