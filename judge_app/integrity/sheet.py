"""The signed score sheet (ARCHITECTURE §7): the canonical JSON of everything a judge asserts.
Its SHA-256 is what the judge signs; anyone can rebuild it from the file and compare."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from judge_app.base.text import decimal_mark, translate
from judge_app.domain.scoring import format_number
from judge_app.integrity.audit import canonical


@dataclass(frozen=True)
class SheetContent:
    competition_id: str
    definition_sha256: str
    judge_id: str
    judge_name: str
    judge_nip: str
    revision: int
    conflicts: dict[str, str]  # entry -> reason
    scores: dict[tuple[str, str], tuple[float | None, str]]  # (entry, criterion) -> (v, note)
    audit_head: str
    signed_at: str
    # entry -> SHA-256 of the proposal material the judge was given (domain/material.py);
    # empty for a package without material, whose sheet then has no "material" key
    material: dict[str, str] = field(default_factory=dict)


def payload(content: SheetContent) -> dict[str, Any]:
    """Values as their shortest decimal text, so the JSON never depends on float printing."""
    return {
        "format": "judge-app-sheet/1",
        "competition_id": content.competition_id,
        "definition_sha256": content.definition_sha256,
        "judge": {"id": content.judge_id, "name": content.judge_name, "nip": content.judge_nip},
        "revision": content.revision,
        "conflicts": [
            {"entry": code, "reason": reason} for code, reason in sorted(content.conflicts.items())
        ],
        "scores": [
            {
                "entry": entry,
                "criterion": criterion,
                "value": None if value is None else format_number(value),
                "note": note,
            }
            for (entry, criterion), (value, note) in sorted(content.scores.items())
        ],
        "audit_head": content.audit_head,
        "signed_at": content.signed_at,
        **(
            {
                "material": [
                    {"entry": code, "sha256": digest}
                    for code, digest in sorted(content.material.items())
                ]
            }
            if content.material
            else {}
        ),
    }


def payload_text(content: SheetContent) -> str:
    return canonical(payload(content))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def differences(signed: dict[str, Any], current: SheetContent) -> list[str]:
    """What in the file no longer matches the signed sheet, named plainly."""
    now = payload(current)
    out = []
    before = {(s["entry"], s["criterion"]): s for s in signed.get("scores", [])}
    after = {(s["entry"], s["criterion"]): s for s in now["scores"]}
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        where = {"entry": key[0], "criterion": key[1]}
        if old is None:
            out.append(
                translate(
                    "sheet",
                    "entry {entry}, criterion {criterion}: not in the signed sheet, file has "
                    "{value}",
                ).format(**where, value=_shown(after[key]["value"]))
            )
        elif new is None:
            out.append(
                translate(
                    "sheet",
                    "entry {entry}, criterion {criterion}: signed sheet says {value}, the file has "
                    "no score",
                ).format(**where, value=_shown(old["value"]))
            )
        elif old["value"] != new["value"]:
            out.append(
                translate(
                    "sheet",
                    "entry {entry}, criterion {criterion}: signed sheet says {signed}, the file "
                    "has {value}",
                ).format(**where, signed=_shown(old["value"]), value=_shown(new["value"]))
            )
        elif old["note"] != new["note"]:
            out.append(
                translate(
                    "sheet",
                    "entry {entry}, criterion {criterion}: the note differs from the signed sheet",
                ).format(**where)
            )
    old_conflicts = {c["entry"]: c["reason"] for c in signed.get("conflicts", [])}
    new_conflicts = {c["entry"]: c["reason"] for c in now["conflicts"]}
    for code in sorted(old_conflicts.keys() | new_conflicts.keys()):
        if code not in old_conflicts:
            out.append(
                translate(
                    "sheet", "entry {entry}: conflict of interest declared since signing"
                ).format(entry=code)
            )
        elif code not in new_conflicts:
            out.append(
                translate(
                    "sheet", "entry {entry}: conflict of interest no longer declared since signing"
                ).format(entry=code)
            )
        elif old_conflicts[code] != new_conflicts[code]:
            out.append(
                translate(
                    "sheet", "entry {entry}: the reason for the conflict of interest was changed"
                ).format(entry=code)
            )
    old_material = signed_material(signed)
    for code in sorted(old_material.keys() | current.material.keys()):
        if old_material.get(code) != current.material.get(code):
            out.append(
                translate(
                    "sheet",
                    "entry {entry}: the proposal material differs from the version the signed "
                    "sheet names",
                ).format(entry=code)
            )
    return out


def signed_material(signed: dict[str, Any]) -> dict[str, str]:
    """Entry -> the material's SHA-256 a signed sheet names (empty: none given)."""
    return {m["entry"]: m["sha256"] for m in signed.get("material", [])}


def _shown(value: object) -> str:
    """A sheet's score text as the user's language writes it (7,5 in Indonesian)."""
    return str(value).replace(".", decimal_mark()) if value is not None else str(value)


SCORES_OPEN = '"scores":['
SCORES_CLOSE = '],"signed_at":'


def split_scores(payload: str) -> tuple[dict[str, Any] | None, str]:
    """The sheet without its (large) scores array, parsed, and the array's inner text.
    In canonical JSON the markers cannot occur inside a string (quotes are escaped), and
    "scores" is followed by "signed_at", the last key."""
    start = payload.find(SCORES_OPEN)
    end = payload.rfind(SCORES_CLOSE)
    if start < 0 or end < start or payload.count(SCORES_OPEN) != 1:
        return None, ""
    inner = payload[start + len(SCORES_OPEN) : end]
    header = json.loads(payload[:start] + '"scores":[]' + payload[end + 1 :])
    return header, inner


def judged_material(payload: str) -> tuple[dict[str, str], set[str]]:
    """From a signed sheet's text: entry -> the material digest it names, and the entries
    it holds a score or note for (a conflict is not a judgement)."""
    header, inner = split_scores(payload)
    if header is None:
        whole = json.loads(payload)
        header, rows = whole, whole.get("scores", [])
    else:
        rows = json.loads(f"[{inner}]")
    return signed_material(header), {row["entry"] for row in rows}
