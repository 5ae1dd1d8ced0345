"""Registering judges: which incoming rows are new, which update a registered judge, and
what clashes. Pure, so the rules can be tested without files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from judge_app.base.text import translate
from judge_app.domain.model import JUDGE_FIELDS, Judge


@dataclass
class JudgePlan:
    added: list[Judge] = field(default_factory=list)
    updated: list[Judge] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


def next_judge_ids(existing: set[str], count: int) -> list[str]:
    numbers = [int(m.group(1)) for i in existing if (m := re.fullmatch(r"J(\d+)", i))]
    start = max(numbers, default=0) + 1
    return [f"J{n}" for n in range(start, start + count)]


def _has_nip(judge: Judge) -> bool:
    return judge.nip not in ("", "-")


def plan_judges(
    registered: list[Judge],
    incoming: list[tuple[str, Judge]],
    *,
    update_existing: bool,
    present: frozenset[str] = frozenset(JUDGE_FIELDS),
) -> JudgePlan:
    """`incoming` pairs each judge with where it came from ('row 4', '--name').

    With `update_existing`, a row that names a registered judge (by id, else by NIP/NIK,
    else by the same name) updates that judge, only in the columns the file has; without
    it, any such match is a clash."""
    plan = JudgePlan()
    by_id = {j.id.casefold(): j for j in registered}
    by_nip = {j.nip: j for j in registered if _has_nip(j)}
    by_name = {j.name.casefold(): j for j in registered}
    seen_id: dict[str, str] = {}
    seen_nip: dict[str, str] = {}
    matched: list[tuple[str, Judge, Judge | None]] = []
    for where, judge in incoming:
        if judge.id:
            if judge.id.casefold() in seen_id:
                plan.problems.append(
                    translate("judges", "{where}: id {id} appears twice (also {other})").format(
                        where=where, id=repr(judge.id), other=seen_id[judge.id.casefold()]
                    )
                )
            seen_id[judge.id.casefold()] = where
        if _has_nip(judge):
            if judge.nip in seen_nip:
                plan.problems.append(
                    translate(
                        "judges", "{where}: NIP/NIK {nip} appears twice (also {other})"
                    ).format(where=where, nip=judge.nip, other=seen_nip[judge.nip])
                )
            seen_nip[judge.nip] = where
        if judge.id:
            target, kind = by_id.get(judge.id.casefold()), "id"
        elif _has_nip(judge):
            target, kind = by_nip.get(judge.nip), "nip"
        else:
            target, kind = by_name.get(judge.name.casefold()), "name"
        if target is not None and not update_existing:
            plan.problems.append(
                _already_registered(kind).format(
                    where=where, id=target.id, name=target.name, nip=judge.nip
                )
            )
            continue
        if _has_nip(judge):
            owner = by_nip.get(judge.nip)
            if owner is not None and owner is not target:
                plan.problems.append(
                    translate(
                        "judges", "{where}: NIP/NIK {nip} is already registered to {id} ({name})"
                    ).format(where=where, nip=judge.nip, id=owner.id, name=owner.name)
                )
                continue
        matched.append((where, judge, target))
    if plan.problems:
        return plan
    taken = {j.id for j in registered} | {j.id for _, j, _ in matched if j.id}
    fresh = iter(next_judge_ids(taken, sum(1 for _, j, t in matched if t is None and not j.id)))
    for _, judge, target in matched:
        if target is None:
            plan.added.append(judge if judge.id else replace(judge, id=next(fresh)))
            continue
        keep = {f: getattr(target, f) for f in JUDGE_FIELDS if f not in present or f == "id"}
        merged = replace(judge, **keep)
        if merged == target:
            plan.unchanged += 1
        else:
            plan.updated.append(merged)
    return plan


def _already_registered(kind: str) -> str:
    if kind == "id":
        return translate("judges", "{where}: {id} ({name}) is already registered with this id")
    if kind == "nip":
        return translate(
            "judges", "{where}: {id} ({name}) is already registered with this NIP/NIK {nip}"
        )
    return translate("judges", "{where}: {id} ({name}) is already registered with this name")


def role_warnings(judges: list[Judge]) -> list[str]:
    """The panel needs one chair and one secretary for the berita acara."""
    warnings = []
    for role in ("ketua", "sekretaris"):
        holders = [j.id for j in judges if j.role == role]
        if len(holders) > 1:
            if role == "ketua":
                text = translate("judges", "{count} judges are chair (ketua): {ids}")
            else:
                text = translate("judges", "{count} judges are secretary (sekretaris): {ids}")
            warnings.append(text.format(count=len(holders), ids=", ".join(holders)))
    return warnings
