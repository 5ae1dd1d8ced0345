"""Automatic assignment (issue 20): each entry gets `per_entry` judges, the judges' loads
kept as even as the rules allow, never a pair the rules forbid. National rounds cannot have
every judge score every entry, and a load split by hand is neither fair nor repeatable.

The rules: a judge never scores an entry they declared a conflict with, nor (unless the
secretariat turns it off) an entry of their own institution, nor (when the secretariat asks)
an entry of their own region; institutions and regions are compared without case, accents'
spacing or punctuation. Asked to, the planner takes first the judges whose expertise lists
the entry's category, and others only when too few of those are eligible. Pairs that already
hold scores (`fixed`) are always kept: they count toward the entry's judges and the judge's
load, whatever the rules say. Deterministic: the same inputs and seed give the same plan.

How: the entries with the fewest eligible judges are served first (they have the least
choice); each takes the eligible judges with the lowest load so far (experts before others
when asked), ties broken by an order of the judges drawn once from the seed. With no rule in
the way, every judge's load stays within one of every other's (each step takes from the
lowest level first)."""

from __future__ import annotations

import heapq
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from judge_app.domain.model import Entry, Judge

# why a pair was kept apart, the first rule that applies (AssignmentPlan.apart_by's keys)
DECLARED, INSTITUTION, REGION = "declared", "institution", "region"


@dataclass(frozen=True)
class AssignmentPlan:
    pairs: dict[str, tuple[str, ...]]  # entry code -> its judges, in the judges' order
    loads: dict[str, int]  # judge id -> entries assigned (initial loads and fixed pairs in)
    short: dict[str, int]  # entry code -> judges it lacks (fewer were eligible than asked)
    kept_apart: dict[str, tuple[str, ...]]  # entry code -> judges a rule kept away from it
    apart_by: dict[str, int] = field(default_factory=dict)  # rule -> pairs it kept apart
    outside_expertise: tuple[str, ...] = ()  # entries given a judge outside their expertise
    fixed: int = 0  # pairs kept because they hold scores


def _institution_key(text: str) -> str:
    """An institution's name as compared: no case, no accents, punctuation and spacing
    folded ('Dinas Kesehatan Kota Cilegon' = 'dinas  kesehatan kota cilegon.')."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def likely_conflict(judge: Judge, entry: Entry) -> bool:
    """A judge of the entry's own agency: a conflict of interest nobody declared yet
    (plan_assignment applies the same rule with each name folded once)."""
    own = _institution_key(judge.institution)
    return bool(own) and own == _institution_key(entry.agency)


def same_region(judge: Judge, entry: Entry) -> bool:
    """A judge working in the entry's region (compared as institutions are)."""
    own = _institution_key(judge.region)
    return bool(own) and own == _institution_key(entry.region)


def expertise_of(judge: Judge) -> frozenset[str]:
    """The category ids a judge knows best (stored separated by spaces)."""
    return frozenset(judge.expertise.split())


def plan_assignment(
    entries: Sequence[Entry],
    judges: Sequence[Judge],
    per_entry: int,
    *,
    conflicts: Iterable[tuple[str, str]] = (),
    avoid_own_institution: bool = True,
    avoid_same_region: bool = False,
    by_expertise: bool = False,
    fixed: Iterable[tuple[str, str]] = (),
    initial_loads: Mapping[str, int] | None = None,
    seed: int = 0,
) -> AssignmentPlan:
    """`conflicts`: declared (judge id, entry code) pairs. `fixed`: (judge id, entry code)
    pairs kept whatever the rules say (they hold scores). `initial_loads`: entries each
    judge already has outside `entries` (kept assignments of other categories)."""
    if per_entry < 1:
        raise ValueError("per_entry must be at least 1")
    rng = random.Random(seed)
    tie_break = {j.id: i for i, j in enumerate(rng.sample(list(judges), len(judges)))}
    position = {j.id: i for i, j in enumerate(judges)}
    codes = {e.code for e in entries}
    declared: dict[str, set[str]] = defaultdict(set)
    for judge_id, code in conflicts:
        declared[code].add(judge_id)
    kept: dict[str, list[str]] = defaultdict(list)
    for judge_id, code in fixed:
        if code in codes and judge_id in position and judge_id not in kept[code]:
            kept[code].append(judge_id)
    by_institution: dict[str, list[str]] = defaultdict(list)
    by_region: dict[str, list[str]] = defaultdict(list)
    experts: dict[str, set[str]] = defaultdict(set)
    for j in judges:
        if avoid_own_institution and (key := _institution_key(j.institution)):
            by_institution[key].append(j.id)
        if avoid_same_region and (key := _institution_key(j.region)):
            by_region[key].append(j.id)
        for category in expertise_of(j):
            experts[category].add(j.id)
    everyone = [j.id for j in judges]
    folded: dict[str, str] = {}  # each agency or region folded once

    def fold(text: str) -> str:
        key = folded.get(text)
        if key is None:
            key = folded[text] = _institution_key(text)
        return key

    eligible: dict[str, list[str]] = {}
    kept_apart: dict[str, tuple[str, ...]] = {}
    apart_by = dict.fromkeys((DECLARED, INSTITUTION, REGION), 0)
    for entry in entries:
        code = entry.code
        mine = set(kept.get(code, ()))
        reasons: dict[str, str] = {}
        for judge_id in declared.get(code, ()):
            reasons.setdefault(judge_id, DECLARED)
        if by_institution and (agency := fold(entry.agency)):
            for judge_id in by_institution.get(agency, ()):
                reasons.setdefault(judge_id, INSTITUTION)
        if by_region and (region := fold(entry.region)):
            for judge_id in by_region.get(region, ()):
                reasons.setdefault(judge_id, REGION)
        for judge_id in mine:
            reasons.pop(judge_id, None)
        reasons = {j: r for j, r in reasons.items() if j in position}
        if reasons:
            kept_apart[code] = tuple(sorted(reasons, key=position.__getitem__))
            for reason in reasons.values():
                apart_by[reason] += 1
        if reasons or mine:
            eligible[code] = [j for j in everyone if j not in reasons and j not in mine]
        else:
            eligible[code] = everyone
    entry_order = {e.code: i for i, e in enumerate(rng.sample(list(entries), len(entries)))}
    loads = {j.id: (initial_loads or {}).get(j.id, 0) for j in judges}
    for judge_ids in kept.values():
        for judge_id in judge_ids:
            loads[judge_id] += 1
    category_of = {e.code: e.category for e in entries}

    def expert_count(code: str) -> int:
        known = experts.get(category_of[code], set())
        return sum(1 for j in eligible[code] if j in known)

    def constrained(code: str) -> tuple[int, int, int]:
        room = len(eligible[code]) + len(kept.get(code, ()))
        return (room, expert_count(code) if by_expertise else 0, entry_order[code])

    pairs: dict[str, tuple[str, ...]] = {}
    short: dict[str, int] = {}
    outside: list[str] = []
    for code in sorted(eligible, key=constrained):
        mine_ids = kept.get(code, [])
        wanted = max(per_entry - len(mine_ids), 0)
        pool = eligible[code]
        if by_expertise and wanted:
            known = experts.get(category_of[code], set())
            first = [j for j in pool if j in known]
            chosen = heapq.nsmallest(wanted, first, key=lambda j: (loads[j], tie_break[j]))
            if len(chosen) < wanted:
                others = [j for j in pool if j not in known]
                extra = heapq.nsmallest(
                    wanted - len(chosen), others, key=lambda j: (loads[j], tie_break[j])
                )
                if extra:
                    outside.append(code)
                chosen += extra
        else:
            chosen = heapq.nsmallest(wanted, pool, key=lambda j: (loads[j], tie_break[j]))
        for judge_id in chosen:
            loads[judge_id] += 1
        pairs[code] = tuple(sorted([*mine_ids, *chosen], key=position.__getitem__))
        if len(pairs[code]) < per_entry:
            short[code] = per_entry - len(pairs[code])
    ordered = {e.code: pairs[e.code] for e in entries}
    order = {e.code: i for i, e in enumerate(entries)}
    return AssignmentPlan(
        ordered,
        loads,
        {c: short[c] for c in sorted(short, key=order.__getitem__)},
        kept_apart,
        {rule: count for rule, count in apart_by.items() if count},
        tuple(sorted(outside, key=order.__getitem__)),
        sum(len(v) for v in kept.values()),
    )


def plan_per_stage(
    entries: Sequence[Entry],
    judges: Sequence[Judge],
    per_stage: Mapping[str, int],
    *,
    conflicts: Iterable[tuple[str, str]] = (),
    avoid_own_institution: bool = True,
    avoid_same_region: bool = False,
    by_expertise: bool = False,
    fixed: Mapping[str, Iterable[tuple[str, str]]] | None = None,
    initial_loads: Mapping[str, Mapping[str, int]] | None = None,
    seed: int = 0,
) -> dict[str, AssignmentPlan]:
    """Each stage planned on its own (stage id -> its plan, in `per_stage`'s order): k
    judges per entry for that stage, under the same rules; the loads are those of the
    stage. `fixed`: stage -> (judge, entry) pairs that hold scores of that stage.
    `initial_loads`: stage -> entries each judge already scores in that stage outside
    `entries`. A round can so give each entry 2 judges for the desk evaluation and 5 for
    the presentation."""
    conflicts = list(conflicts)
    return {
        stage: plan_assignment(
            entries,
            judges,
            k,
            conflicts=conflicts,
            avoid_own_institution=avoid_own_institution,
            avoid_same_region=avoid_same_region,
            by_expertise=by_expertise,
            fixed=(fixed or {}).get(stage, ()),
            initial_loads=(initial_loads or {}).get(stage),
            seed=seed,
        )
        for stage, k in per_stage.items()
    }


def likely_pairs(judges: Sequence[Judge], entries: Sequence[Entry]) -> dict[tuple[str, str], str]:
    """Conflicts nobody declared, (judge id, entry code) -> INSTITUTION (the judge works at
    the entry's agency) or REGION (in its region); each name folded once, so 15,000 entries
    by 50 judges take a moment."""
    by_institution: dict[str, list[str]] = defaultdict(list)
    by_region: dict[str, list[str]] = defaultdict(list)
    for j in judges:
        if key := _institution_key(j.institution):
            by_institution[key].append(j.id)
        if key := _institution_key(j.region):
            by_region[key].append(j.id)
    folded: dict[str, str] = {}
    found: dict[tuple[str, str], str] = {}
    for entry in entries:
        for text, groups, reason in (
            (entry.agency, by_institution, INSTITUTION),
            (entry.region, by_region, REGION),
        ):
            if not groups or not text:
                continue
            name = folded.get(text)
            if name is None:
                name = folded[text] = _institution_key(text)
            for judge_id in groups.get(name, []):
                found.setdefault((judge_id, entry.code), reason)
    return found
