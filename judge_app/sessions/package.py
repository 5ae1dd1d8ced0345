"""A judge's open package: what the scoring screens and `scores import` work on.

Holds the package's connection and an in-memory copy of its scores so that screens stay
fast at 15,000 entries; every change goes to the file first and only then to the copy.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.base.writer_lock import WriteRefused
from judge_app.domain.material import MaterialItem
from judge_app.domain.model import Criterion, Definition, Entry, Judge, ScoreChange
from judge_app.domain.scoring import judge_total
from judge_app.store import backups
from judge_app.store import material as material_store
from judge_app.store import repository as repo
from judge_app.store import scores as score_store
from judge_app.store import signing as sign_store
from judge_app.store.database import backup_copy, open_database

NOT_STARTED, PARTIAL, COMPLETE, CONFLICT = "not_started", "partial", "complete", "conflict"
STATES = (NOT_STARTED, PARTIAL, COMPLETE, CONFLICT)
DECLARATIONS = {"pakta", "konflik"}
READ_ONLY = "the file is open read-only here: it is open for changes in another window"


def read_only_message() -> str:
    """READ_ONLY (the English source) in the user's language."""
    return translate(
        "session", "the file is open read-only here: it is open for changes in another window"
    )


class ScoreRefused(JudgeAppError):
    """A score that may not be stored (out of range, off-step, conflicted, unknown)."""


class MaterialMissing(JudgeAppError):
    """A piece of proposal material that cannot be shown (not carried, or damaged)."""


class FileGone(JudgeAppError):
    """The package file is no longer where it was opened."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


@dataclass(frozen=True)
class ScoringProgress:
    """How many of the due scores are in (the entry list's and the status bar's count)."""

    done: int
    due: int


class PackageSession:
    """One judge's package, open for scoring."""

    def __init__(self, path: str | Path, *, migrate: bool = True, write: bool = True) -> None:
        self.path = Path(path)
        # migrate=False: read a file as it is (verify and merge never change their input);
        # write=False: a read-only view (the file is open for changes elsewhere)
        self.read_only = not write
        self.refused_write: WriteRefused | None = None  # why it is read-only, when known
        self.db: sqlite_utils.Database = open_database(
            self.path, "package", migrate=migrate, write=write
        )
        self._identity = _identity(self.path)
        self._opened_as = backups.signature(self.path)
        try:
            meta = repo.meta(self.db)
            self.definition: Definition = repo.read_definition(self.db)
            judge = repo.judge(self.db, meta.get("judge_id", ""))
            if judge is None:
                raise JudgeAppError(
                    translate(
                        "session", "{path}: the package names no judge; it may be damaged"
                    ).format(path=self.path)
                )
            self.judge: Judge = judge
            by_code = {e.code: e for e in repo.entries(self.db)}
            # entry -> the stages assigned ('' among them: every stage)
            self._stages = score_store.assigned_stages(self.db, judge.id)
            self.entries: list[Entry] = [by_code[c] for c in self._stages]
            self._every_stage = all("" in s for s in self._stages.values())
            self._entry_index = {e.code: e for e in self.entries}
            self._criteria = {c.id: c for c in self.definition.criteria}
            self._code_case = {e.code.casefold(): e.code for e in self.entries}
            self._criterion_case = {c.casefold(): c for c in self._criteria}
            self.refresh_status()
            self._scores = score_store.scores(self.db, judge.id)
            self._conflicts = score_store.conflicts(self.db, judge.id)
            # scored cells per criterion, kept up to date so progress costs nothing
            self._valued: Counter[str] = Counter(
                cid
                for (code, cid), (value, _) in self._scores.items()
                if value is not None and code not in self._conflicts
            )
        except BaseException:
            self.db.close()
            raise

    def __enter__(self) -> PackageSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self, *, backup: bool = False) -> Path | None:
        """`backup`: leave a rolling backup if anything was written since the file was
        opened (a window closing the file does); returns its path."""
        taken = None
        try:
            if backup and not self.read_only and self._changed():
                taken = backup_copy(self.db, self.path, "closed")
        except (JudgeAppError, sqlite3.Error, OSError):
            taken = None  # a full disk or a pulled stick: the file itself is as saved
        finally:
            self.db.close()
        return taken

    def _changed(self) -> bool:
        return _identity(self.path) == self._identity and (
            backups.signature(self.path) != self._opened_as
        )

    # -- signing state -------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Re-read what has been signed (declarations, locked revision)."""
        self.declared = set(sign_store.declarations(self.db, self.judge.id)) >= DECLARATIONS
        self.locked_revision = sign_store.lock_revision(self.db, self.judge.id)

    def check_writable(self) -> None:
        """Changes go only to the file that was opened: one removed, renamed or on a
        stick taken out would swallow them (SQLite writes on to a deleted file)."""
        if self.read_only:
            raise ScoreRefused(read_only_message())
        if _identity(self.path) != self._identity:
            raise FileGone(
                translate(
                    "session",
                    "{path}: the file is no longer where it was opened (removed, renamed, "
                    "or the USB stick was taken out). Everything saved up to now is in it; put "
                    "it back and open it again. Nothing more was written",
                ).format(path=self.path)
            )

    def save_copy(self, target: str | Path) -> Path:
        """Everything the open file holds, copied whole to `target` (SQLite's backup API
        reads through the open connection, even when the file itself is gone)."""
        from judge_app.store.database import copy_to

        return copy_to(self.db, Path(target))

    def lock(self, sheet: sign_store.Sheet) -> None:
        self.check_writable()
        sign_store.save_sheet_and_lock(self.db, sheet)
        self.refresh_status()

    def unlock(self, next_revision: int) -> None:
        self.check_writable()
        sign_store.unlock(self.db, self.judge.id, next_revision)
        self.refresh_status()

    # -- reading -------------------------------------------------------------------------

    # -- proposal material (issue 21): listed per entry, bytes read when shown ------------

    def material(self, code: str) -> list[MaterialItem]:
        """The entry's sections and files, without their bytes."""
        return material_store.items(self.db, code)

    def material_bytes(self, item: MaterialItem) -> bytes:
        """A piece's bytes, checked against its SHA-256: a damaged or missing piece is a
        clear message, never wrong content shown as the proposal."""
        data = material_store.blob(self.db, item.sha256)
        if data is None:
            raise MaterialMissing(
                translate(
                    "session",
                    "{name} of entry {code} is listed but not in this file (a hand-in or a "
                    "backup carries no material); open the package the secretariat gave you",
                ).format(name=item.name, code=item.entry_code)
            )
        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise MaterialMissing(
                translate(
                    "session",
                    "{name} of entry {code} is damaged in this file (its SHA-256 differs from "
                    "the one recorded); ask the secretariat for a new package",
                ).format(name=item.name, code=item.entry_code)
            )
        return data

    def section_texts(self, code: str) -> dict[str, str]:
        """Section id -> text, for the entry's proposal sections."""
        return {
            item.name: self.material_bytes(item).decode("utf-8")
            for item in self.material(code)
            if item.is_section
        }

    def canonical_code(self, code: str) -> str:
        """The stored spelling of an entry code typed in any case (or the code as typed)."""
        return self._code_case.get(code.casefold(), code)

    def canonical_criterion(self, criterion_id: str) -> str:
        return self._criterion_case.get(criterion_id.casefold(), criterion_id)

    def entry(self, code: str) -> Entry:
        return self._entry_index[code]

    def criterion(self, criterion_id: str) -> Criterion:
        return self._criteria[criterion_id]

    def value(self, code: str, criterion_id: str) -> float | None:
        cell = self._scores.get((code, criterion_id))
        return cell[0] if cell else None

    def note(self, code: str, criterion_id: str) -> str:
        cell = self._scores.get((code, criterion_id))
        return cell[1] if cell else ""

    def conflict_reason(self, code: str) -> str | None:
        return self._conflicts.get(code)

    def stage_assigned(self, code: str, stage: str) -> bool:
        """The judge scores `stage` of entry `code` (assigned for it or for every stage)."""
        stages = self._stages.get(code, frozenset())
        return "" in stages or stage in stages

    def assigned_criteria(self, code: str, stage: str | None = None) -> list[Criterion]:
        """The criteria (of `stage`, or all) the judge scores on entry `code`."""
        criteria = self.definition.criteria_of(stage) if stage else self.definition.criteria
        stages = self._stages.get(code, frozenset())
        if "" in stages:
            return list(criteria)
        return [c for c in criteria if c.stage in stages]

    def state(self, code: str, stage: str | None = None) -> str:
        if code in self._conflicts:
            return CONFLICT
        criteria = self.assigned_criteria(code, stage)
        done = sum(self.value(code, c.id) is not None for c in criteria)
        if done == 0:
            return NOT_STARTED
        return COMPLETE if done == len(criteria) else PARTIAL

    def total(self, code: str, stage: str) -> float | None:
        criteria = self.definition.criteria_of(stage)
        return judge_total(criteria, {c.id: self.value(code, c.id) for c in criteria})

    def progress(self, stage: str | None = None) -> ScoringProgress:
        """Scores done of scores due (non-conflicted entries × the criteria of the stages
        assigned for each)."""
        criteria = self.definition.criteria_of(stage) if stage else self.definition.criteria
        every = len(criteria)
        if self._every_stage:
            conflicted = sum(1 for code in self._conflicts if code in self._entry_index)
            done = sum(self._valued[c.id] for c in criteria)
            return ScoringProgress(done, (len(self.entries) - conflicted) * every)
        by_stage = Counter(c.stage for c in criteria)
        due = 0
        for code, stages in self._stages.items():
            if code in self._conflicts:
                continue
            due += every if "" in stages else sum(by_stage[s] for s in stages)
        return ScoringProgress(sum(self._valued[c.id] for c in criteria), due)

    # -- changing ------------------------------------------------------------------------

    def problem(self, code: str, criterion_id: str, value: float | None) -> str | None:
        """Why this score would be refused, or None: the same rules for every way in."""
        found = self.problem_at(code, criterion_id, value)
        return found[1] if found else None

    def problem_at(
        self, code: str, criterion_id: str, value: float | None
    ) -> tuple[str, str] | None:
        """(field at fault: entry, criterion or value; message), or None."""
        if self.read_only:
            return "entry", read_only_message()
        if not self.declared:
            return "entry", translate(
                "session", "sign the integrity pact and conflict-of-interest statement first"
            )
        if self.locked_revision is not None:
            return (
                "entry",
                translate(
                    "session",
                    "revision {revision} is signed and locked; reopen it to change scores",
                ).format(revision=self.locked_revision),
            )
        if code not in self._entry_index:
            return "entry", translate(
                "session", "entry {code} is not assigned to this judge"
            ).format(code=repr(code))
        if criterion_id not in self._criteria:
            return "criterion", translate("session", "unknown criterion {criterion}").format(
                criterion=repr(criterion_id)
            )
        if code in self._conflicts:
            return "entry", translate(
                "session", "entry {code} is marked as a conflict of interest"
            ).format(code=code)
        stage = self._criteria[criterion_id].stage
        if not self.stage_assigned(code, stage):
            return "criterion", self.stage_refusal(code, stage)
        if value is None:
            return None
        problem = self._criteria[criterion_id].problem_with(value)
        return ("value", f"{criterion_id}: {problem}") if problem else None

    def stage_refusal(self, code: str, stage: str) -> str:
        """Why a cell of a stage not assigned to the judge is closed, naming both."""
        name = next((s.name for s in self.definition.stages if s.id == stage), stage)
        return translate(
            "session", "stage {stage} of entry {code} is not assigned to this judge"
        ).format(stage=name, code=code)

    def set_cells(self, changes: Iterable[ScoreChange]) -> None:
        """Store several cells in one transaction (all or nothing)."""
        self.check_writable()
        changes = list(changes)
        for change in changes:
            problem = self.problem(change.entry, change.criterion, change.value)
            if problem:
                raise ScoreRefused(problem)
        try:
            score_store.write_scores(self.db, self.judge.id, changes)
        except score_store.ConflictedEntry as exc:
            raise ScoreRefused(str(exc)) from None
        for change in changes:
            key = (change.entry, change.criterion)
            had_value = self.value(*key) is not None
            if change.value is None and not change.note:
                self._scores.pop(key, None)
            else:
                self._scores[key] = (change.value, change.note)
            self._valued[change.criterion] += (change.value is not None) - had_value

    def set_score(self, code: str, criterion_id: str, value: float | None) -> None:
        self.set_cells([ScoreChange(code, criterion_id, value, self.note(code, criterion_id))])

    def set_note(self, code: str, criterion_id: str, note: str) -> None:
        self.set_cells([ScoreChange(code, criterion_id, self.value(code, criterion_id), note)])

    def declare_conflict(self, code: str, reason: str) -> int:
        self.check_writable()
        if self.locked_revision is not None:
            raise ScoreRefused(
                translate("session", "revision {revision} is signed; reopen it first").format(
                    revision=self.locked_revision
                )
            )
        if code not in self._entry_index:
            raise ScoreRefused(
                translate("session", "entry {code} is not assigned to this judge").format(
                    code=repr(code)
                )
            )
        if not reason.strip():
            raise ScoreRefused(translate("session", "a conflict of interest needs a reason"))
        removed = score_store.declare_conflict(self.db, self.judge.id, code, reason.strip())
        self._conflicts[code] = reason.strip()
        for criterion in self.definition.criteria:
            cell = self._scores.pop((code, criterion.id), None)
            if cell is not None and cell[0] is not None:
                self._valued[criterion.id] -= 1
        return removed

    def withdraw_conflict(self, code: str) -> None:
        self.check_writable()
        if self.locked_revision is not None:
            raise ScoreRefused(
                translate("session", "revision {revision} is signed; reopen it first").format(
                    revision=self.locked_revision
                )
            )
        score_store.withdraw_conflict(self.db, self.judge.id, code)
        self._conflicts.pop(code, None)
