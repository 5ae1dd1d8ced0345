"""The panel of a round: judges added, imported or removed, and their assignments."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base.errors import ImportProblems, JudgeAppError
from judge_app.base.text import translate
from judge_app.domain.judges import plan_judges, role_warnings
from judge_app.domain.model import JUDGE_FIELDS, Judge
from judge_app.interchange.assignments_import import read_assignments
from judge_app.interchange.columns import text_problem
from judge_app.interchange.judges_import import (
    ID_PATTERN,
    JUDGE_COLUMNS,
    expertise_problem,
    nip_problem,
    normalise_nip,
    parse_expertise,
    read_judges,
    role_of,
)
from judge_app.store import repository as repo
from judge_app.store.database import opened


@dataclass(frozen=True)
class JudgesRegistered:
    added: list[Judge]
    updated: list[Judge]
    unchanged: int
    warnings: list[str]


def _register(
    master: Path,
    incoming: list[tuple[str, Judge]],
    source: str,
    *,
    update_existing: bool,
    present: frozenset[str] = frozenset(JUDGE_FIELDS),
) -> JudgesRegistered:
    with opened(master, "master") as db:
        registered = repo.judges(db)
        plan = plan_judges(registered, incoming, update_existing=update_existing, present=present)
        if plan.problems:
            raise ImportProblems(source, plan.problems)
        repo.save_judges(db, plan.added, plan.updated)
        warnings = role_warnings(repo.judges(db))
    return JudgesRegistered(plan.added, plan.updated, plan.unchanged, warnings)


def add_judge(
    master: Path,
    name: str,
    nip: str = "",
    position: str = "",
    judge_id: str = "",
    institution: str = "",
    rank: str = "",
    role: str = "anggota",
    region: str = "",
    expertise: str = "",
) -> Judge:
    """Register one judge. `expertise`: category ids (separated by spaces or commas)."""
    with opened(master, "master", write=False) as db:
        categories = repo.category_ids(db)
    problems = []
    if not name.strip():
        problems.append(translate("services", "--name: must not be empty"))
    if judge_id and not ID_PATTERN.match(judge_id):
        problems.append(
            translate(
                "services", "--id: {id} is not a valid id (letters, digits, '_', '-', '.')"
            ).format(id=repr(judge_id))
        )
    if nip and (problem := nip_problem(nip.strip())):
        problems.append(f"--nip: {problem}")
    if role_of(role) is None:
        problems.append(
            translate("services", "--role: {role} is not ketua, sekretaris or anggota").format(
                role=repr(role)
            )
        )
    if problem := text_problem(region.strip(), REGION_COLUMN):
        problems.append(f"--region: {problem}")
    stored_expertise, unknown = parse_expertise(expertise, categories)
    if unknown:
        problems.append(f"--expertise: {expertise_problem(unknown, categories)}")
    if problems:
        raise ImportProblems("judges add", problems)
    judge = Judge(
        id=judge_id,
        name=name.strip(),
        nip=normalise_nip(nip.strip()),
        position=position.strip(),
        institution=institution.strip(),
        rank=rank.strip(),
        role=role_of(role) or "anggota",
        region=region.strip(),
        expertise=stored_expertise,
    )
    result = _register(master, [("--name", judge)], "judges add", update_existing=False)
    return result.added[0]


REGION_COLUMN = next(c for c in JUDGE_COLUMNS if c.field == "region")


def update_judge(master: Path, judge: Judge) -> Judge:
    """Change a registered judge (found by id) to `judge`, with the checks of adding one:
    a name, a valid NIP/NIK not registered to another judge, a known role, expertise that
    names the competition's categories. Returns the judge as stored."""
    with opened(master, "master") as db:
        stored = repo.find_judge(db, judge.id)
        categories = repo.category_ids(db)
        problems = []
        if not judge.name.strip():
            problems.append(translate("services", "name: must not be empty"))
        for label, value, column in (
            (translate("services", "name"), judge.name.strip(), "name"),
            (translate("services", "position"), judge.position.strip(), "position"),
            (translate("services", "institution"), judge.institution.strip(), "institution"),
            (translate("services", "rank"), judge.rank.strip(), "rank"),
            (translate("services", "region"), judge.region.strip(), "region"),
        ):
            spec = next(c for c in JUDGE_COLUMNS if c.field == column)
            if problem := text_problem(value, spec):
                problems.append(f"{label}: {problem}")
        if judge.nip and (problem := nip_problem(judge.nip.strip())):
            problems.append(f"NIP/NIK: {problem}")
        if role_of(judge.role) is None:
            problems.append(
                translate("services", "role: {role} is not ketua, sekretaris or anggota").format(
                    role=repr(judge.role)
                )
            )
        expertise, unknown = parse_expertise(judge.expertise, categories)
        if unknown:
            problems.append(
                translate("services", "expertise: {problem}").format(
                    problem=expertise_problem(unknown, categories)
                )
            )
        where = f"{stored.id} ({stored.name})"
        if problems:
            raise ImportProblems(where, problems)
        changed = Judge(
            id=stored.id,
            name=judge.name.strip(),
            nip=normalise_nip(judge.nip.strip()),
            position=judge.position.strip(),
            institution=judge.institution.strip(),
            rank=judge.rank.strip(),
            role=role_of(judge.role) or "anggota",
            region=judge.region.strip(),
            expertise=expertise,
        )
        plan = plan_judges(repo.judges(db), [(where, changed)], update_existing=True)
        if plan.problems:
            raise ImportProblems(where, plan.problems)
        repo.save_judges(db, [], plan.updated)
        return repo.judge(db, stored.id) or changed


def panel_warnings(master: Path) -> list[str]:
    with opened(master, "master", write=False) as db:
        return role_warnings(repo.judges(db))


def import_judges(master: Path, source: Path) -> JudgesRegistered:
    """Register new judges and update the ones already registered (matched by id, else by
    NIP/NIK, else by name), so a corrected list can be imported again."""
    with opened(master, "master", write=False) as db:
        categories = repo.category_ids(db)
    incoming, present = read_judges(Path(source), categories)
    return _register(master, incoming, str(source), update_existing=True, present=present)


def remove_judge(master: Path, judge_id: str) -> Judge:
    """Unregister a judge who has not scored anything yet (their assignments go too)."""
    with opened(master, "master") as db:
        judge = repo.find_judge(db, judge_id)
        if repo.judge_has_work(db, judge.id):
            raise JudgeAppError(
                translate(
                    "services",
                    "{master}: {id} ({name}) already has scores or declarations "
                    "in this master and cannot be removed",
                ).format(master=master, id=judge.id, name=judge.name)
            )
        repo.remove_judge(db, judge.id)
        return judge


@dataclass(frozen=True)
class Assignment:
    counts: dict[str, int]  # judge id -> entries assigned
    judges_without: list[str]
    entries_without: list[str]


def registered_judges(db: sqlite_utils.Database, master: Path) -> list[Judge]:
    """The master's judges; none yet is an error that says how to add them."""
    judges = repo.judges(db)
    if not judges:
        raise JudgeAppError(
            translate(
                "services", "{master}: no judges registered yet (judge-app judges add)"
            ).format(master=master)
        )
    return judges


def assign(master: Path, csv: Path | None = None, *, everyone: bool = False) -> Assignment:
    """Default: every judge scores every entry. With a CSV: exactly the listed pairs. A
    master whose assignments came from a CSV is not silently reset to everyone."""
    with opened(master, "master") as db:
        judges = registered_judges(db, master)
        source = repo.meta(db).get("assignment_source", "")
        if csv is None:
            if source.startswith("csv:") and not everyone:
                name = source[4:]
                raise JudgeAppError(
                    translate(
                        "services",
                        "{master}: the assignments come from {name}; without --csv every judge "
                        "would get every entry. Add the new judges or entries to {name} and run "
                        "judge-app assign {master} --csv {name}, or use --everyone on purpose",
                    ).format(master=master, name=name)
                )
            if not everyone and (source.startswith("auto:") or source == "hand"):
                raise JudgeAppError(_not_everyone(master, source))
            repo.assign_everyone(db)
        else:
            judge_ids = {j.id for j in judges}
            codes = {e.code for e in repo.entries(db)}
            pairs = read_assignments(Path(csv), judge_ids, codes)
            orphaned = sorted(repo.scored_pairs(db) - set(pairs))
            if orphaned:
                raise ImportProblems(
                    str(csv),
                    [
                        translate(
                            "services",
                            "judge {judge} already has scores for entry {entry}; keep it assigned",
                        ).format(judge=j, entry=e)
                        for j, e in orphaned
                    ],
                )
            repo.replace_assignments(db, pairs, Path(csv).name)
        counts = repo.assignment_counts(db)
        return Assignment(
            counts={j.id: counts.get(j.id, 0) for j in judges},
            judges_without=[j.id for j in judges if not counts.get(j.id)],
            entries_without=repo.unassigned_entries(db),
        )


def _not_everyone(master: Path, source: str) -> str:
    if source == "hand":
        return translate(
            "services",
            "{master}: the assignments were changed by hand; without --csv or --per-entry "
            "every judge would get every entry. Use --everyone on purpose",
        ).format(master=master)
    return translate(
        "services",
        "{master}: the assignments were planned automatically ({options}); without "
        "--per-entry every judge would get every entry. Run judge-app assign {master} "
        "{options} again, or use --everyone on purpose",
    ).format(master=master, options=source.removeprefix("auto:"))


def assignment_source(master: Path) -> str:
    with opened(master, "master", write=False) as db:
        return repo.meta(db).get("assignment_source", "")
