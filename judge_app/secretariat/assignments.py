"""Automatic assignment and the assignment matrix (issue 20): the secretariat asks for k
judges per entry under its rules, sees the plan explained in words, applies it in one
transaction, and changes single pairs by hand. Never a declared conflict or a withdrawn
entry newly assigned; never a pair dropped that holds scores or that was assigned before
its conflict was declared (the signed declaration names that entry). domain/assignment.py
plans; the store writes each change in one transaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
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
    plan_per_stage,
)
from judge_app.domain.model import Definition, Entry, Judge
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
    # stage id -> judges per entry for that stage, each stage planned on its own (instead
    # of per_entry judges for every stage)
    per_stage: dict[str, int] | None = None

    def options(self) -> str:
        """The rules as the command line's options (stored as the assignments' source)."""
        if self.per_stage:
            given = ",".join(f"{stage}={k}" for stage, k in self.per_stage.items())
            words = [f"--per-stage {given}", f"--seed {self.seed}"]
        else:
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
    pairs: list[tuple[str, str]]  # (judge_id, entry_code) for every stage
    loads: dict[str, int]  # judge id -> entries (every registered judge, 0 included)
    short: dict[str, int]  # entry code -> judges missing (fewer than asked were eligible)
    kept: int  # pairs kept because they already hold scores
    words: list[str]  # the plan explained in sentences, in the user's language
    # with these, the whole new assignment: (judge_id, entry_code, stage) for one stage
    staged: list[tuple[str, str, str]] = field(default_factory=list)
    stage_loads: dict[str, dict[str, int]] = field(default_factory=dict)  # stage -> loads


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
    stage: str | None = None  # the stage shown (None: the pairs assigned for every stage)
    # (judge, entry, stage) assigned for one stage only, for these entries
    staged: set[tuple[str, str, str]] = field(default_factory=set)
    every: set[tuple[str, str]] = field(default_factory=set)  # every-stage pairs, these entries


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


def _check_per_stage(definition: Definition, per_stage: dict[str, int]) -> None:
    """Every stage with criteria needs its number of judges, and only those stages."""
    known = [s.id for s in definition.stages if definition.criteria_of(s.id)]
    unknown = [stage for stage in per_stage if stage not in known]
    if unknown:
        raise JudgeAppError(
            translate("assignment", "not a stage with criteria: {stages} (stages: {known})").format(
                stages=", ".join(map(repr, unknown)), known=", ".join(known) or "-"
            )
        )
    missing = [stage for stage in known if stage not in per_stage]
    if missing:
        raise JudgeAppError(
            translate(
                "assignment",
                "per stage: give the number of judges of every stage (missing: {stages})",
            ).format(stages=", ".join(missing))
        )
    for stage, k in per_stage.items():
        if k < 1:
            raise JudgeAppError(
                translate(
                    "assignment", "each entry needs at least 1 judge (stage {stage}: {k})"
                ).format(stage=stage, k=k)
            )


def propose_assignment(
    master: Path, rules: AssignmentRules, progress: Progress | None = None
) -> AssignmentProposal:
    """Plan the assignment under `rules` without writing anything."""
    progress = progress or Progress()
    if rules.per_stage is None and rules.per_entry < 1:
        raise JudgeAppError(
            translate("assignment", "each entry needs at least 1 judge (per entry: {k})").format(
                k=rules.per_entry
            )
        )
    progress.step(0, 2, "planning the assignment")
    with opened(master, "master", write=False) as db:
        judges = registered_judges(db, master)
        _check_category(db, rules.category)
        definition = repo.read_definition(db)
        entries = repo.entries(db)
        current = repo.assignment_rows(db)
        scored_stages = repo.scored_stages(db)
        conflicts = repo.conflict_pairs(db)
    if rules.per_stage is not None:
        _check_per_stage(definition, rules.per_stage)
    scored = {(j, e) for j, e, _ in scored_stages}
    targets = [e for e in entries if _in_scope(e, rules.category) and not e.withdrawn]
    target_codes = {e.code for e in targets}
    scope = {e.code for e in entries if _in_scope(e, rules.category)}
    # kept as they are: other categories' rows, every scored row outside the targets, and
    # every assigned pair with a declared conflict (the declaration names its entry)
    stage_ids = {s.id for s in definition.stages}
    outside = {
        r
        for r in current
        if (not r[2] or r[2] in stage_ids)  # a stage the definition no longer has: gone
        and (
            r[1] not in scope
            or (r[0], r[1]) in conflicts
            or (r[1] not in target_codes and (r[0], r[1]) in scored)
        )
    }
    staged_mode = rules.per_stage is not None
    for judge_id, code, stage in scored_stages:
        if code not in target_codes and not (
            (judge_id, code, "") in outside or (judge_id, code, stage) in outside
        ):
            outside.add((judge_id, code, stage if staged_mode else ""))

    plans: list[tuple[str, int, AssignmentPlan]] = []  # (stage, k, plan); '' every stage
    if rules.per_stage is None:
        initial = Counter(judge_id for judge_id, _ in {(r[0], r[1]) for r in outside})
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
        plans.append(("", rules.per_entry, plan))
    else:
        asked = {s.id: rules.per_stage[s.id] for s in definition.stages if s.id in rules.per_stage}
        staged_plans = plan_per_stage(
            targets,
            judges,
            asked,
            conflicts=conflicts,
            avoid_own_institution=rules.avoid_own_institution,
            avoid_same_region=rules.avoid_same_region,
            by_expertise=rules.by_expertise,
            fixed={s: {(j, e) for j, e, t in scored_stages if t == s} for s in asked},
            initial_loads={s: Counter(r[0] for r in outside if r[2] in ("", s)) for s in asked},
            seed=rules.seed,
        )
        plans += [(s, asked[s], plan) for s, plan in staged_plans.items()]
    progress.step(1, 2, "planning the assignment")
    chosen = set(outside)
    for stage_id, _k, plan in plans:
        chosen |= {(j, code, stage_id) for code, js in plan.pairs.items() for j in js}
    entry_position = {e.code: i for i, e in enumerate(entries)}
    judge_position = {j.id: i for i, j in enumerate(judges)}
    stage_position = {"": -1, **{s.id: i for i, s in enumerate(definition.stages)}}

    def order(row: tuple[str, str, str]) -> tuple[int, int, int]:
        return (
            entry_position[row[1]],
            stage_position.get(row[2], len(stage_position)),
            judge_position.get(row[0], 0),
        )

    rows = sorted(chosen, key=order)
    pairs = [(j, e) for j, e, s in rows if s == ""]
    staged = [r for r in rows if r[2] != ""]
    loads = dict.fromkeys((j.id for j in judges), 0)
    for judge_id, _code in {(r[0], r[1]) for r in rows}:
        if judge_id in loads:
            loads[judge_id] += 1
    short: Counter[str] = Counter()
    for _stage, _k, plan in plans:
        short.update(plan.short)
    fixed_count = sum(plan.fixed for _s, _k, plan in plans)
    withdrawn_scored = sum(1 for p in scored if p[1] in scope and p[1] not in target_codes)
    kept = fixed_count + withdrawn_scored
    withdrawn = sum(1 for e in entries if e.code in scope and e.withdrawn)
    names = {s.id: s.name for s in definition.stages}
    words = _words(
        rules,
        [(names.get(stage, stage), k, plan) for stage, k, plan in plans],
        len(targets),
        len(judges),
        kept,
        withdrawn,
        len({(r[0], r[1]) for r in outside}),
    )
    progress.step(2, 2, "planning the assignment")
    ordered_short = {c: short[c] for c in sorted(short, key=entry_position.__getitem__)}
    stage_loads = {stage: plan.loads for stage, _k, plan in plans if stage}
    if rules.per_stage is None:
        loads = plans[0][2].loads
    return AssignmentProposal(rules, pairs, loads, ordered_short, kept, words, staged, stage_loads)


def _codes(codes: list[str]) -> str:
    shown = ", ".join(codes[:SHOWN_CODES])
    more = len(codes) - SHOWN_CODES
    if more > 0:
        return translate("assignment", "{shown} and {more} more").format(shown=shown, more=more)
    return shown


def _words(
    rules: AssignmentRules,
    plans: list[tuple[str, int, AssignmentPlan]],
    entries: int,
    judges: int,
    kept: int,
    withdrawn: int,
    outside: int,
) -> list[str]:
    """The plan in sentences: what was asked (for each stage when planned per stage), the
    loads, what each rule kept apart, what could not be met. `plans`: (stage name, '' for
    every stage; judges per entry; plan)."""
    words = []
    for stage, k, _plan in plans:
        if not stage and rules.category is None:
            words.append(
                translate(
                    "assignment", "Each entry gets {k} judges: {entries} entries, {judges} judges."
                ).format(k=k, entries=entries, judges=judges)
            )
        elif not stage:
            words.append(
                translate(
                    "assignment",
                    "Each entry of category {category} gets {k} judges: {entries} entries, "
                    "{judges} judges; the other categories keep their assignments "
                    "({pairs} pairs).",
                ).format(
                    category=rules.category, k=k, entries=entries, judges=judges, pairs=outside
                )
            )
        else:
            words.append(
                translate(
                    "assignment",
                    "Stage {stage}: each entry gets {k} judges ({entries} entries, "
                    "{judges} judges).",
                ).format(stage=stage, k=k, entries=entries, judges=judges)
            )
    if plans and plans[0][0] and rules.category is not None:
        words.append(
            translate(
                "assignment",
                "Only category {category} is planned; the other categories keep their "
                "assignments ({pairs} pairs).",
            ).format(category=rules.category, pairs=outside)
        )
    for stage, _k, plan in plans:
        loads = plan.loads.values()
        if not loads:
            continue
        if stage:
            words.append(
                translate(
                    "assignment",
                    "Stage {stage}: each judge gets between {low} and {high} entries "
                    "(seed {seed}).",
                ).format(stage=stage, low=min(loads), high=max(loads), seed=rules.seed)
            )
        else:
            words.append(
                translate(
                    "assignment", "Each judge gets between {low} and {high} entries (seed {seed})."
                ).format(low=min(loads), high=max(loads), seed=rules.seed)
            )
    apart = plans[0][2].apart_by if plans else {}
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
        position = {c: i for i, c in enumerate(plans[0][2].pairs)} if plans else {}
        outside_codes = sorted(
            {c for _s, _k, plan in plans for c in plan.outside_expertise},
            key=position.__getitem__,
        )
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
    for stage, k, plan in plans:
        if not plan.short:
            continue
        codes = list(plan.short)
        short = _codes([f"{c} (−{plan.short[c]})" for c in codes])
        if stage:
            words.append(
                translate(
                    "assignment",
                    "Stage {stage}: {count} entries have fewer than {k} eligible judges and get "
                    "fewer: {codes}.",
                ).format(stage=stage, count=len(codes), k=k, codes=short)
            )
        else:
            words.append(
                translate(
                    "assignment",
                    "{count} entries have fewer than {k} eligible judges and get fewer: {codes}.",
                ).format(count=len(codes), k=k, codes=short)
            )
    if not any(plan.short for _s, _k, plan in plans):
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


def _problems(db: sqlite_utils.Database, rows: set[tuple[str, str, str]]) -> list[str]:
    """Why these (judge, entry, stage) rows cannot be the whole assignment: unknown judges,
    entries or stages, declared conflicts or withdrawn entries newly assigned, a stage a
    judge scored left out, pairs with a declared conflict left out."""
    judges = {j.id: j for j in repo.judges(db)}
    entries = {e.code: e for e in repo.entries(db)}
    stages = {s.id for s in repo.read_definition(db).stages}
    scored_stages = repo.scored_stages(db)
    scored = {(j, e) for j, e, _ in scored_stages}
    conflicts = repo.conflict_pairs(db)
    current = repo.assignment_rows(db)
    held = conflicts & {(j, e) for j, e, _ in current}  # assigned before the conflict
    pairs = {(j, e) for j, e, _ in rows}
    problems = []
    for judge_id, code, stage in sorted(rows):
        if judge_id not in judges:
            problems.append(
                translate("assignment", "unknown judge {judge}").format(judge=repr(judge_id))
            )
        elif code not in entries:
            problems.append(
                translate("assignment", "unknown entry {entry}").format(entry=repr(code))
            )
        elif stage and stage not in stages and (judge_id, code, stage) not in current:
            problems.append(
                translate("assignment", "unknown stage {stage}").format(stage=repr(stage))
            )
        elif (judge_id, code) in conflicts and (judge_id, code) not in held:
            problems.append(_conflict_text(judges[judge_id], code))
        elif entries[code].withdrawn and (judge_id, code) not in scored:
            problems.append(_withdrawn_text(entries[code]))
    uncovered = {
        (j, e) for j, e, s in scored_stages if (j, e, "") not in rows and (j, e, s) not in rows
    }
    for judge_id, code in sorted(uncovered):
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
    rows = {(j, e, "") for j, e in proposal.pairs} | set(proposal.staged)
    with opened(master, "master") as db, db.atomic():
        problems = _problems(db, rows)
        if problems:
            raise ProblemsError(
                translate(
                    "assignment", "{master} changed since the plan was made; plan again"
                ).format(master=master),
                problems,
            )
        repo.set_assignments(
            db, proposal.pairs, f"auto:{proposal.rules.options()}", proposal.staged
        )
    progress.step(1, 1, "writing the assignment")
    return proposal


def set_assigned(
    master: Path, judge_id: str, entry_code: str, assigned: bool, stage: str | None = None
) -> None:
    """Assign one judge to one entry, or take the entry away from them (by hand): for every
    stage, or for `stage` only; the assignments' source becomes 'hand'. Refused: an unknown
    judge, entry or stage, assigning a declared conflict or a withdrawn entry, unassigning a
    pair (or stage) with scores or a declared conflict, unassigning one stage of a pair
    assigned for every stage. Nothing changes (and nothing is refused) when the pair already
    is so."""
    with opened(master, "master") as db:
        judge = repo.find_judge(db, judge_id)
        entry = repo.find_entry(db, entry_code)
        stage = stage or ""
        if stage:
            definition = repo.read_definition(db)
            names = {s.id: s.name for s in definition.stages}
            if stage not in names:
                raise JudgeAppError(
                    translate("assignment", "unknown stage {stage}").format(stage=repr(stage))
                )
        rows = {r for r in repo.assignment_rows(db) if r[0] == judge.id and r[1] == entry.code}
        present = (judge.id, entry.code, stage) in rows
        every = (judge.id, entry.code, "") in rows
        if assigned and (present or every):
            return
        if not assigned and not present:
            if stage and every:
                raise JudgeAppError(
                    translate(
                        "assignment",
                        "{judge} ({name}) is assigned entry {entry} for every stage; take the "
                        "pair away under All stages, then assign the stages one by one",
                    ).format(judge=judge.id, name=judge.name, entry=entry.code)
                )
            return
        if assigned:
            if repo.declared_conflict(db, judge.id, entry.code):
                raise JudgeAppError(_conflict_text(judge, entry.code))
            if entry.withdrawn:
                raise JudgeAppError(_withdrawn_text(entry))
        else:
            left = {r[2] for r in rows} - {stage}
            scored = {s for j, e, s in repo.scored_stages(db) if j == judge.id and e == entry.code}
            if any(s not in left and "" not in left for s in scored):
                raise JudgeAppError(_scored_text(judge, entry.code))
            if not left and repo.declared_conflict(db, judge.id, entry.code):
                raise JudgeAppError(_declared_text(judge, entry.code))
        repo.set_assignment(db, judge.id, entry.code, assigned, "hand", stage)


def restore_assignments(
    master: Path,
    pairs: list[tuple[str, str]],
    source: str | None = None,
    staged: list[tuple[str, str, str]] | None = None,
) -> None:
    """Set exactly these pairs (every stage) and `staged` rows (one stage) as the whole
    assignment (to undo a change), with the same refusals as set_assigned. `source`: where
    the assignments came from, as the matrix read it (AssignmentMatrix.source); default: by
    hand."""
    staged = staged or []
    rows = {(j, e, "") for j, e in pairs} | set(staged)
    with opened(master, "master") as db, db.atomic():
        problems = _problems(db, rows)
        if problems:
            raise ProblemsError(str(master), problems)
        repo.set_assignments(db, sorted(set(pairs)), source or "hand", sorted(set(staged)))


def assignment_matrix(
    master: Path, category: str | None = None, stage: str | None = None
) -> AssignmentMatrix:
    """Judges × entries of `category` (all without it), withdrawn entries left out: who is
    assigned (for every stage; with `stage`, who counts for that stage: assigned for it or
    for every stage), who scored, who declared a conflict, who likely has one; loads over
    all entries (with `stage`, the entries each judge scores in that stage)."""
    with opened(master, "master", write=False) as db:
        _check_category(db, category)
        if stage is not None:
            known = [s.id for s in repo.read_definition(db).stages]
            if stage not in known:
                raise JudgeAppError(
                    translate(
                        "assignment", "{stage} is not a stage of this competition (stages: {known})"
                    ).format(stage=repr(stage), known=", ".join(known) or "-")
                )
        judges = repo.judges(db)
        entries = [e for e in repo.entries(db) if _in_scope(e, category) and not e.withdrawn]
        rows = repo.assignment_rows(db)
        scored = (
            repo.scored_pairs(db)
            if stage is None
            else {(j, e) for j, e, s in repo.scored_stages(db) if s == stage}
        )
        conflicts = repo.conflict_pairs(db)
        source = repo.meta(db).get("assignment_source", "")
    codes = {e.code for e in entries}
    counting = {(j, e) for j, e, s in rows if s == "" or s == stage}
    loads = dict.fromkeys((j.id for j in judges), 0)
    for judge_id, _ in counting if stage is not None else {(j, e) for j, e, _ in rows}:
        loads[judge_id] = loads.get(judge_id, 0) + 1
    every = {(j, e) for j, e, s in rows if s == "" and e in codes}
    return AssignmentMatrix(
        judges,
        entries,
        {p for p in counting if p[1] in codes},
        {p for p in scored if p[1] in codes},
        {p for p in conflicts if p[1] in codes},
        _likely(judges, entries),
        loads,
        source,
        stage,
        {r for r in rows if r[2] and r[1] in codes},
        every,
    )


def _likely(judges: list[Judge], entries: list[Entry]) -> dict[tuple[str, str], str]:
    """Conflicts nobody declared, with why in words."""
    why = {
        INSTITUTION: translate("assignment", "own institution"),
        REGION: translate("assignment", "same region"),
    }
    return {pair: why[reason] for pair, reason in likely_pairs(judges, entries).items()}
