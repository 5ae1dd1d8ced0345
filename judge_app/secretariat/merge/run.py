"""The merge as the secretariat runs it: plan every returned file read-only, stage the accepted
ones, then apply them in one transaction (ARCHITECTURE §6)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base.progress import Progress
from judge_app.store import package_reads
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.database import opened


@dataclass(frozen=True)
class MergeOutcome:
    verdicts: list
    backup: Path | None

    @property
    def refused(self) -> list:
        return [v for v in self.verdicts if v.status in ("refused", "conflict")]

    def as_json(self) -> dict:
        """Statuses are codes; reasons are sentences in `language` (as on the screen)."""
        from judge_app.base.text import language

        return {
            "language": language(),
            "files": [
                {
                    "path": v.path,
                    "status": v.status,
                    "reasons": v.reasons,
                    **({"unconfirmed_keys": v.pending_keys} if v.pending_keys else {}),
                }
                for v in self.verdicts
            ],
        }


def merge(
    master: Path,
    files: list[Path],
    accept_keys: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> MergeOutcome:
    """Plan read-only, then apply everything accepted in one transaction after a backup;
    refused files change nothing. `accept_keys`: judge id -> the fingerprint of a new key
    the secretariat confirmed with the judge (lost laptop)."""
    from judge_app.domain.material import digests
    from judge_app.secretariat.merge.plan import plan_merge
    from judge_app.store import material as material_store
    from judge_app.store import merging
    from judge_app.store.database import backup_copy, use_bulk_cache

    with opened(master, "master") as db:
        meta = repo.meta(db)
        registered = {j.id: sign_store.certificate(db, j.id) for j in repo.judges(db)}
        held = sign_store.sheets(db, with_payload=False)
        existing = {(s.judge_id, s.revision): s.sha256 for s in held}
        retired: dict[str, dict[bytes, int]] = {}
        for r in sign_store.retired_keys(db):
            retired.setdefault(r.judge_id, {})[r.certificate] = r.last_revision
        plan = plan_merge(
            meta,
            registered,
            existing,
            [Path(f) for f in files],
            merging.disputed(db),
            merging.progress(db),
            retired,
            {repo.find_judge(db, j).id: fp for j, fp in (accept_keys or {}).items()},
            progress,
            digests(material_store.items(db)),
        )
        backup = None
        if plan.changes:
            step = progress or Progress()
            step.step(len(files), len(files) + 1, "backing up the master")
            backup = backup_copy(db, Path(master), "before-merge")
            use_bulk_cache(db)
            staged = _stage(db, plan, step, len(files))
            step.step(len(files), len(files) + 1, "writing the merge")
            with merging.without_foreign_keys(db):
                merging.apply(
                    db,
                    plan.sheets,
                    plan.declarations,
                    plan.certificates,
                    plan.progress,
                    plan.disputed,
                    plan.retire,
                    staged,
                    step.report,  # reported, not a cancel point: the transaction is on
                )
            package_reads.drop_staged(db, staged.values())
    if progress is not None:
        progress.report(1, 1, "done")  # a terminal bar ends its line
    return MergeOutcome(plan.verdicts, backup)


def _stage(db: sqlite_utils.Database, plan, step: Progress, files: int) -> dict[str, str]:
    """Copy the cells of each package proven equal to its sheet into the master's
    temporary tables, and keep only those whose staged rows are exactly the signed cells
    (the file may have changed since it was checked); the others are parsed from the
    signed sheet."""
    import sqlite3

    from judge_app.integrity.sheet import split_scores

    signed = {sheet.sha256: sheet for sheet in plan.sheets}
    staged = {}
    for index, (sha, proof) in enumerate(sorted(plan.copy_from.items())):
        step.step(index, len(plan.copy_from), "reading the signed scores")
        name = f"merge_staged_{index}"
        try:
            package_reads.stage_scores(db, proof.path, proof.judge_id, name)
        except sqlite3.Error:  # the file changed into something unreadable: parse the sheet
            package_reads.drop_staged(db, [name])
            continue
        header, inner = split_scores(signed[sha].payload)
        if header is not None and package_reads.staged_matches(db, name, proof.judge_id, inner):
            staged[sha] = name
        else:
            package_reads.drop_staged(db, [name])
    return staged
