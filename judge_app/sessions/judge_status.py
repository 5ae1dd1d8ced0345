"""Where each judge of a master stands: assigned entries, declarations, counted revision,
progress, key and merge time (the judges tab, read with the master session)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from judge_app.domain.model import Judge
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store


@dataclass(frozen=True)
class JudgeStatus:
    judge: Judge
    assigned: int
    declared: bool
    revision: int | None  # highest signed revision merged
    progress: str  # "done/due" from a draft, or "" when unknown
    fingerprint: str
    merged_at: str = ""  # when the latest signed sheet was merged
    retired: int = 0  # keys the secretariat retired (lost laptop)


def dashboard_of(db: sqlite_utils.Database) -> list[JudgeStatus]:
    from judge_app.integrity.keys import fingerprint
    from judge_app.store import merging

    counts = repo.assignment_counts(db)
    progress = merging.progress(db)
    counted = merging.counted_sheets(db, with_payload=False)
    merged = merging.merged_at(db)
    retired: dict[str, int] = {}
    for key in sign_store.retired_keys(db):
        retired[key.judge_id] = retired.get(key.judge_id, 0) + 1
    out = []
    for judge in repo.judges(db):
        declared = set(sign_store.declarations(db, judge.id)) >= {"pakta", "konflik"}
        certificate = sign_store.certificate(db, judge.id)
        done_due = progress.get(judge.id)
        sheet = counted.get(judge.id)
        out.append(
            JudgeStatus(
                judge,
                counts.get(judge.id, 0),
                declared,
                sheet.revision if sheet else None,
                f"{done_due[0]}/{done_due[1]}" if done_due else "",
                fingerprint(certificate) if certificate else "",
                merged.get(judge.id, ""),
                retired.get(judge.id, 0),
            )
        )
    return out
