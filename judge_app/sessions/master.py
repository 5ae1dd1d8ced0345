"""What the secretariat workspace shows of a master, read once and kept: the counted
sheets, results per method (computed on first use, then cached), an entry's detail per
judge, each judge's distribution and the method sensitivity. No Qt here."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from judge_app.base import writer_lock
from judge_app.base.errors import JudgeAppError
from judge_app.base.progress import Progress
from judge_app.domain.model import AGGREGATION_METHODS, Definition, Entry, Judge
from judge_app.domain.results import EntryResult, Inputs, Sensitivity, compute, sensitivity_between
from judge_app.sessions.counting import as_json, entry_documents, inputs_from_sheets
from judge_app.sessions.judge_status import dashboard_of
from judge_app.store import backups
from judge_app.store import repository as repo
from judge_app.store import totals as totals_store
from judge_app.store.database import backup_copy, open_database, opened
from judge_app.store.merging import counted_sheets


@dataclass(frozen=True)
class JudgeCell:
    """One judge's part in one entry: their criterion scores and notes, or a conflict."""

    judge: Judge
    conflict: str | None  # the declared reason, when conflicted
    scores: dict[str, tuple[float | None, str]]  # criterion -> (value, note)
    totals: dict[str, float]  # stage -> judge total
    revision: int | None  # the signed revision these come from


class MasterSession:
    """A snapshot of a master for the secretariat; `reload()` after a merge. Unless
    `read_only`, the master is held for changes while the session is open (one writer
    per file), so the secretariat's own tasks may change it and nobody else's can."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if not read_only:
            db = open_database(self.path, "master")  # takes the lock, migrates if older
            writer_lock.acquire(self.path)  # kept until close()
            db.close()
        try:
            self.reload()
        except BaseException:
            self.close()
            raise
        self._opened_as = backups.signature(self.path)

    def __enter__(self) -> MasterSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self, *, backup: bool = False) -> Path | None:
        """Give the master back; `backup`: leave a rolling backup first if it was changed
        while open (merges already leave one before they write)."""
        taken = None
        if not self.read_only:
            try:
                if backup and backups.signature(self.path) != self._opened_as:
                    with opened(self.path, "master") as db:
                        taken = backup_copy(db, self.path, "closed")
            except (JudgeAppError, sqlite3.Error, OSError):
                taken = None  # a full disk or a pulled stick: the master is as merged
            finally:
                self.read_only = True
                writer_lock.release(self.path)
        return taken

    def reload(self) -> None:
        with opened(self.path, "master", write=False) as db:
            self.meta = repo.meta(db)
            self.definition: Definition = repo.read_definition(db)
            self.entries: list[Entry] = repo.entries(db)
            self.judges: list[Judge] = repo.judges(db)
            sheets = counted_sheets(db, with_payload=False)
            self._document_base = as_json(db, self.definition, [], "")
            self.dashboard = dashboard_of(db)
        self.inputs: Inputs | None = None  # read when first needed (compute)
        self.titles = {e.code: e.title for e in self.entries}
        self.by_code = {e.code: e for e in self.entries}
        self._revisions = {j: s.revision for j, s in sheets.items()}
        self._results: dict[str, list[EntryResult]] = {}

    @property
    def default_method(self) -> str:
        return self.definition.aggregation.method

    @property
    def has_sheets(self) -> bool:
        return bool(self._revisions)

    @property
    def size(self) -> int:
        """Judge × entry pairs with signed scores: how long computing will take."""
        return len(self.entries) * len(self._revisions)

    def computed(self, methods: list[str]) -> bool:
        return self.inputs is not None and all(m in self._results for m in methods)

    def compute(self, methods: list[str], progress: Progress | None = None) -> None:
        """Read the counted scores once and compute the given methods (a worker calls
        this for a national master; the window waits for it to end)."""
        progress = progress or Progress()
        for index, method in enumerate(methods):
            # one method: a busy bar rather than a bar standing at 0 %
            shown = (index, len(methods)) if len(methods) > 1 else (0, 0)
            progress.step(*shown, "computing the results")
            self.ranked(method)
        progress.report(len(methods), len(methods), "done")

    def _inputs(self) -> Inputs:
        if self.inputs is None:
            with opened(self.path, "master", write=False) as db:
                self.inputs = inputs_from_sheets(db, self.definition)
        return self.inputs

    def ranked(self, method: str | None = None) -> list[EntryResult]:
        method = method or self.default_method
        if method not in self._results:
            inputs = self._inputs()
            self._results[method] = compute(self.definition, self.entries, inputs, method)
        return self._results[method]

    def document(self, method: str | None = None) -> dict:
        """The same JSON document as `judge-app results --json`."""
        method = method or self.default_method
        return {
            **self._document_base,
            "method": method,
            "entries": entry_documents(self.ranked(method), self.titles),
        }

    def detail(self, code: str) -> list[JudgeCell]:
        """Every judge who scored or declared a conflict on the entry, in panel order
        (read from the master when asked: 15,000 entries × 50 judges stay on disk)."""
        with opened(self.path, "master", write=False) as db:
            cells, conflicts = totals_store.entry_cells(db, code)
        inputs = self._inputs()
        out = []
        for judge in self.judges:
            conflict = conflicts.get(judge.id)
            if conflict is None and judge.id not in cells:
                continue
            totals = {
                stage.id: inputs.totals[(judge.id, code, stage.id)]
                for stage in self.definition.stages
                if (judge.id, code, stage.id) in inputs.totals
            }
            out.append(
                JudgeCell(
                    judge,
                    conflict,
                    cells.get(judge.id, {}),
                    totals,
                    self._revisions.get(judge.id),
                )
            )
        return out

    def distributions(self, stage_id: str) -> dict[str, list[float]]:
        """Each judge's totals in a stage (conflicted entries left out): who is lenient,
        who is harsh."""
        out: dict[str, list[float]] = {j.id: [] for j in self.judges}
        inputs = self._inputs()
        for (judge, entry, stage), total in inputs.totals.items():
            if stage == stage_id and (judge, entry) not in inputs.conflicts:
                out.setdefault(judge, []).append(total)
        return {j: sorted(v) for j, v in out.items() if v}

    def ranks_by_method(self, category: str) -> dict[str, dict[str, int | None]]:
        """entry -> method -> category rank, for the entries of one category."""
        out: dict[str, dict[str, int | None]] = {}
        for method in AGGREGATION_METHODS:
            for r in self.ranked(method):
                if r.category == category:
                    out.setdefault(r.code, {})[method] = r.category_rank
        return out

    def sensitivity(self) -> list[Sensitivity]:
        return sensitivity_between({m: self.ranked(m) for m in AGGREGATION_METHODS})
