"""Removing a registered judge so that it can be undone: the judge's fields and assigned
entries are kept by the caller and put back by `restore_judge`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge_app.domain.model import Judge
from judge_app.secretariat.panel import add_judge, remove_judge
from judge_app.store import judge_edits
from judge_app.store import repository as repo
from judge_app.store.database import opened


@dataclass(frozen=True)
class RemovedJudge:
    judge: Judge
    entries: tuple[str, ...]  # the entries the judge was assigned, in list order
    rows: tuple[tuple[str, str], ...] = ()  # (entry, stage) assigned; '' every stage


def remove_judge_keeping(master: Path, judge_id: str) -> RemovedJudge:
    """As remove_judge (refused when the judge has scores or conflicts), returning what
    `restore_judge` needs."""
    with opened(master, "master", write=False) as db:
        judge = repo.find_judge(db, judge_id)
        codes = tuple(judge_edits.assigned_entries(db, judge.id))
        rows = tuple(judge_edits.assigned_rows(db, judge.id))
    return RemovedJudge(remove_judge(master, judge.id), codes, rows)


def restore_judge(master: Path, removed: RemovedJudge) -> Judge:
    """Register the judge again with the same id and fields, assigned to the same entries
    (those still in the round)."""
    j = removed.judge
    judge = add_judge(
        master,
        j.name,
        j.nip,
        j.position,
        j.id,
        j.institution,
        j.rank,
        j.role,
        j.region,
        j.expertise,
    )
    if removed.rows:  # each entry for the stages it was assigned
        with opened(master, "master") as db:
            judge_edits.assign_rows(db, judge.id, list(removed.rows))
    elif removed.entries:
        with opened(master, "master") as db:
            judge_edits.assign_entries(db, judge.id, list(removed.entries))
    return judge
