"""Automatic assignment and the assignment matrix (issue 20): the secretariat asks for k
judges per entry under its rules, sees the plan explained in words, applies it in one
transaction, and changes single pairs by hand. Never a declared conflict or a withdrawn
entry newly assigned; never a pair dropped that holds scores or that was assigned before
its conflict was declared (the signed declaration names that entry). domain/assignment.py
plans; the store writes each change in one transaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base.errors import JudgeAppError, ProblemsError
from judge_app.base.progress import Progress
from judge_app.base.text import translate
from judge_app.domain.assignment import (
    DECLARED,
    INSTITUTION,
    REGION,
    AssignmentPlan,
    likely_pairs,
    plan_assignment,
)
from judge_app.domain.model import Entry, Judge
from judge_app.secretariat.panel import registered_judges
from judge_app.store import repository as repo
from judge_app.store.database import opened

SHOWN_CODES = 5  # entries named in a sentence before "and N more"


@dataclass(frozen=True)
class AssignmentRules:
    per_entry: int
    seed: int = 0
    avoid_own_institution: bool = True
    avoid_same_region: bool = False
    by_expertise: bool = False  # prefer judges whose expertise lists the entry's category
    category: str | None = None  # only this category's entries are (re)assigned; others kept

    def options(self) -> str:
        """The rules as the command line's options (stored as the assignments' source)."""
        words = [f"--per-entry {self.per_entry}", f"--seed {self.seed}"]
        if not self.avoid_own_institution:
            words.append("--allow-own-institution")
        if self.avoid_same_region:
            words.append("--avoid-same-region")
        if self.by_expertise:
            words.append("--by-expertise")
        if self.category is not None:
            words.append(f"--category {self.category}")
        return " ".join(words)


@dataclass(frozen=True)
class AssignmentProposal:
    rules: AssignmentRules
    pairs: list[tuple[str, str]]  # (judge_id, entry_code), the whole new assignment
    loads: dict[str, int]  # judge id -> entries (every registered judge, 0 included)
    short: dict[str, int]  # entry code -> judges missing (fewer than per_entry eligible)
    kept: int  # pairs kept because they already hold scores
    words: list[str]  # the plan explained in sentences, in the user's language


@dataclass(frozen=True)
class AssignmentMatrix:
    judges: list[Judge]
    entries: list[Entry]  # filtered by category, withdrawn excluded
    assigned: set[tuple[str, str]]  # (judge, entry) pairs, for these entries
    scored: set[tuple[str, str]]  # pairs that hold scores, for these entries
    conflicts: set[tuple[str, str]]  # declared conflicts, for these entries
    likely: dict[tuple[str, str], str]  # pair -> why (own institution / same region)
    loads: dict[str, int]  # judge id -> entries assigned, over ALL entries
    source: str = ""  # where the assignments came from (meta assignment_source)


def _check_category(db: sqlite_utils.Database, category: str | None) -> None:
    if category is None:
        return
    known = repo.category_ids(db)
    if category not in known:
        raise JudgeAppError(
            translate(
                "assignment",
                "{category} is not a category of this competition (categories: {known})",
            ).format(category=repr(category), known=", ".join(known) or "-")
        )


def _in_scope(entry: Entry, category: str | None) -> bool:
    return category is None or entry.category == category


def propose_assignment(
    master: Path, rules: AssignmentRules, progress: Progress | None = None
) -> AssignmentProposal:
    """Plan the assignment under `rules` without writing anything."""
    progress = progress or Progress()
    if rules.per_entry < 1:
        raise JudgeAppError(
            translate("assignment", "each entry needs at least 1 judge (per entry: {k})").format(
                k=rules.per_entry
            )
        )
    progress.step(0, 2, "planning the assignment")
    with opened(master, "master", write=False) as db:
        judges = registered_judges(db, master)
        _check_category(db, rules.category)
        entries = repo.entries(db)
        current = repo.assignment_pairs(db)
        scored = repo.scored_pairs(db)
        conflicts = repo.conflict_pairs(db)
    targets = [e for e in entries if _in_scope(e, rules.category) and not e.withdrawn]
    target_codes = {e.code for e in targets}
    scope = {e.code for e in entries if _in_scope(e, rules.category)}
    # kept as they are: other categories' pairs, every scored pair outside the targets, and
    # every assigned pair with a declared conflict (the declaration names its entry)
    outside = {p for p in current if p[1] not in scope or p in conflicts} | {
        p for p in scored if p[1] not in target_codes
    }
    initial = Counter(judge_id for judge_id, _ in outside)
    plan = plan_assignment(
        targets,
        judges,
        rules.per_entry,
        conflicts=conflicts,
        avoid_own_institution=rules.avoid_own_institution,
        avoid_same_region=rules.avoid_same_region,
        by_expertise=rules.by_expertise,
        fixed=scored,
        initial_loads=initial,
        seed=rules.seed,
    )
    progress.step(1, 2, "planning the assignment")
    chosen = outside | {(j, code) for code, js in plan.pairs.items() for j in js}
    entry_position = {e.code: i for i, e in enumerate(entries)}
    judge_position = {j.id: i for i, j in enumerate(judges)}
    pairs = sorted(chosen, key=lambda p: (entry_position[p[1]], judge_position.get(p[0], 0)))
    withdrawn_scored = sum(1 for p in scored if p[1] in scope and p[1] not in target_codes)
    kept = plan.fixed + withdrawn_scored
    withdrawn = sum(1 for e in entries if e.code in scope and e.withdrawn)
    words = _words(rules, plan, len(targets), len(judges), kept, withdrawn, len(outside))
    progress.step(2, 2, "planning the assignment")
    return AssignmentProposal(rules, pairs, plan.loads, plan.short, kept, words)


def _codes(codes: list[str]) -> str:
    shown = ", ".join(codes[:SHOWN_CODES])
    more = len(codes) - SHOWN_CODES
    if more > 0:
        return translate("assignment", "{shown} and {more} more").format(shown=shown, more=more)
    return shown


def _words(
    rules: AssignmentRules,
    plan: AssignmentPlan,
    entries: int,
    judges: int,
    kept: int,
    withdrawn: int,
    outside: int,
) -> list[str]:
    """The plan in sentences: what was asked, the loads, what each rule kept apart, what
    could not be met."""
    k = rules.per_entry
    if rules.category is None:
        words = [
            translate(
                "assignment", "Each entry gets {k} judges: {entries} entries, {judges} judges."
            ).format(k=k, entries=entries, judges=judges)
        ]
    else:
        words = [
            translate(
                "assignment",
                "Each entry of category {category} gets {k} judges: {entries} entries, "
                "{judges} judges; the other categories keep their assignments "
                "({pairs} pairs).",
            ).format(category=rules.category, k=k, entries=entries, judges=judges, pairs=outside)
        ]
    loads = plan.loads.values()
    if loads:
        words.append(
            translate(
                "assignment", "Each judge gets between {low} and {high} entries (seed {seed})."
            ).format(low=min(loads), high=max(loads), seed=rules.seed)
        )
    apart = plan.apart_by
    if apart.get(DECLARED):
        words.append(
            translate(
                "assignment",
                "Kept apart because of a declared conflict of interest: {count} pairs.",
            ).format(count=apart[DECLARED])
        )
    if rules.avoid_own_institution:
        words.append(
            translate(
                "assignment",
                "Kept apart because the judge works at the entry's agency: {count} pairs.",
            ).format(count=apart.get(INSTITUTION, 0))
        )
    else:
        words.append(
            translate("assignment", "Judges may be given entries of their own institution (asked).")
        )
    if rules.avoid_same_region:
        words.append(
            translate(
                "assignment",
                "Kept apart because the judge is from the entry's region: {count} pairs.",
            ).format(count=apart.get(REGION, 0))
        )
    if rules.by_expertise:
        outside_codes = list(plan.outside_expertise)
        if outside_codes:
            words.append(
                translate(
                    "assignment",
                    "Too few judges know the category of {count} entries; judges from outside "
                    "their expertise were added: {codes}.",
                ).format(count=len(outside_codes), codes=_codes(outside_codes))
            )
        else:
            words.append(
                translate(
                    "assignment", "Every entry's new judges list its category in their expertise."
                )
            )
    if plan.short:
        codes = list(plan.short)
        words.append(
            translate(
                "assignment",
                "{count} entries have fewer than {k} eligible judges and get fewer: {codes}.",
            ).format(
                count=len(codes),
                k=k,
                codes=_codes([f"{c} (−{plan.short[c]})" for c in codes]),
            )
        )
    else:
        words.append(translate("assignment", "Every entry gets all its judges."))
    if kept:
        words.append(
            translate("assignment", "Kept because they already hold scores: {count} pairs.").format(
                count=kept
            )
        )
    if withdrawn:
        words.append(
            translate("assignment", "Withdrawn entries get no judges: {count}.").format(
                count=withdrawn
            )
        )
    return words


def _problems(db: sqlite_utils.Database, pairs: set[tuple[str, str]]) -> list[str]:
    """Why these pairs cannot be the whole assignment: unknown judges or entries, declared
    conflicts or withdrawn entries newly assigned, pairs with scores or with a declared
    conflict left out."""
    judges = {j.id: j for j in repo.judges(db)}
    entries = {e.code: e for e in repo.entries(db)}
    scored = repo.scored_pairs(db)
    conflicts = repo.conflict_pairs(db)
    held = conflicts & repo.assignment_pairs(db)  # assigned before the conflict was declared
    problems = []
    for judge_id, code in sorted(pairs):
        if judge_id not in judges:
            problems.append(
                translate("assignment", "unknown judge {judge}").format(judge=repr(judge_id))
            )
        elif code not in entries:
            problems.append(
                translate("assignment", "unknown entry {entry}").format(entry=repr(code))
            )
        elif (judge_id, code) in conflicts and (judge_id, code) not in held:
            problems.append(_conflict_text(judges[judge_id], code))
        elif entries[code].withdrawn and (judge_id, code) not in scored:
            problems.append(_withdrawn_text(entries[code]))
    for judge_id, code in sorted(scored - pairs):
        judge = judges.get(judge_id) or Judge(judge_id, judge_id)
        problems.append(_scored_text(judge, code))
    for judge_id, code in sorted(held - pairs - scored):
        problems.append(_declared_text(judges[judge_id], code))
    return problems


def _conflict_text(judge: Judge, code: str) -> str:
    return translate(
        "assignment",
        "{judge} ({name}) declared a conflict of interest with entry {entry} and cannot be "
        "assigned to it",
    ).format(judge=judge.id, name=judge.name, entry=code)


def _declared_text(judge: Judge, code: str) -> str:
    return translate(
        "assignment",
        "{judge} ({name}) declared a conflict of interest with entry {entry}; the pair stays "
        "assigned so that the declaration keeps its entry",
    ).format(judge=judge.id, name=judge.name, entry=code)


def _withdrawn_text(entry: Entry) -> str:
    return translate(
        "assignment", "entry {entry} was withdrawn ({reason}) and gets no judges"
    ).format(entry=entry.code, reason=entry.withdrawn)


def _scored_text(judge: Judge, code: str) -> str:
    return translate(
        "assignment",
        "{judge} ({name}) already has scores for entry {entry}; the pair stays assigned",
    ).format(judge=judge.id, name=judge.name, entry=code)


def apply_assignment(
    master: Path, proposal: AssignmentProposal, progress: Progress | None = None
) -> AssignmentProposal:
    """Write the proposal's pairs as the whole assignment, in one transaction; refused
    when the master changed since so that a scored pair would be dropped, a declared
    conflict or a withdrawn entry would be assigned."""
    progress = progress or Progress()
    progress.step(0, 1, "writing the assignment")
    with opened(master, "master") as db, db.atomic():
        problems = _problems(db, set(proposal.pairs))
        if problems:
            raise ProblemsError(
                translate(
                    "assignment", "{master} changed since the plan was made; plan again"
                ).format(master=master),
                problems,
            )
        repo.set_assignments(db, proposal.pairs, f"auto:{proposal.rules.options()}")
    progress.step(1, 1, "writing the assignment")
    return proposal


def set_assigned(master: Path, judge_id: str, entry_code: str, assigned: bool) -> None:
    """Assign one judge to one entry, or take the entry away from them (by hand); the
    assignments' source becomes 'hand'. Refused: an unknown judge or entry, assigning a
    declared conflict or a withdrawn entry, unassigning a pair with scores or a declared
    conflict. Nothing changes (and nothing is refused) when the pair already is so."""
    with opened(master, "master") as db:
        judge = repo.find_judge(db, judge_id)
        entry = repo.find_entry(db, entry_code)
        if repo.is_assigned(db, judge.id, entry.code) == assigned:
            return
        if assigned:
            if repo.declared_conflict(db, judge.id, entry.code):
                raise JudgeAppError(_conflict_text(judge, entry.code))
            if entry.withdrawn:
                raise JudgeAppError(_withdrawn_text(entry))
        elif repo.pair_has_scores(db, judge.id, entry.code):
            raise JudgeAppError(_scored_text(judge, entry.code))
        elif repo.declared_conflict(db, judge.id, entry.code):
            raise JudgeAppError(_declared_text(judge, entry.code))
        repo.set_assignment(db, judge.id, entry.code, assigned, "hand")


def restore_assignments(
    master: Path, pairs: list[tuple[str, str]], source: str | None = None
) -> None:
    """Set exactly these pairs as the whole assignment (to undo a change), with the same
    refusals as set_assigned. `source`: where the assignments came from, as the matrix
    read it (AssignmentMatrix.source); default: by hand."""
    with opened(master, "master") as db, db.atomic():
        problems = _problems(db, set(pairs))
        if problems:
            raise ProblemsError(str(master), problems)
        repo.set_assignments(db, sorted(set(pairs)), source or "hand")


def assignment_matrix(master: Path, category: str | None = None) -> AssignmentMatrix:
    """Judges × entries of `category` (all without it), withdrawn entries left out: who is
    assigned, who scored, who declared a conflict, who likely has one; loads over all."""
    with opened(master, "master", write=False) as db:
        _check_category(db, category)
        judges = repo.judges(db)
        entries = [e for e in repo.entries(db) if _in_scope(e, category) and not e.withdrawn]
        current = repo.assignment_pairs(db)
        scored = repo.scored_pairs(db)
        conflicts = repo.conflict_pairs(db)
        source = repo.meta(db).get("assignment_source", "")
    codes = {e.code for e in entries}
    loads = dict.fromkeys((j.id for j in judges), 0)
    for judge_id, _ in current:
        loads[judge_id] = loads.get(judge_id, 0) + 1
    return AssignmentMatrix(
        judges,
        entries,
        {p for p in current if p[1] in codes},
        {p for p in scored if p[1] in codes},
        {p for p in conflicts if p[1] in codes},
        _likely(judges, entries),
        loads,
        source,
    )


def _likely(judges: list[Judge], entries: list[Entry]) -> dict[tuple[str, str], str]:
    """Conflicts nobody declared, with why in words."""
    why = {
        INSTITUTION: translate("assignment", "own institution"),
        REGION: translate("assignment", "same region"),
    }
    return {pair: why[reason] for pair, reason in likely_pairs(judges, entries).items()}
