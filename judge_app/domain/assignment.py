"""Automatic assignment (issue 20, first part): each entry gets `per_entry` judges, the judges'
loads kept as even as the rules allow, never a pair the rules forbid. National rounds cannot
have every judge score every entry, and a load split by hand is neither fair nor repeatable.

The rules: a judge never scores an entry they declared a conflict with, nor (unless the
secretariat turns it off) an entry of their own institution, compared without case, accents'
spacing or punctuation. Deterministic: the same inputs and seed give the same plan.

How: the entries with the fewest eligible judges are served first (they have the least
choice); each takes the eligible judges with the lowest load so far, ties broken by an order
of the judges drawn once from the seed. With no rule in the way, every judge's load stays
within one of every other's (each step takes from the lowest level first)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from judge_app.domain.model import Entry, Judge


@dataclass(frozen=True)
class AssignmentPlan:
    pairs: dict[str, tuple[str, ...]]  # entry code -> its judges, in the judges' order
    loads: dict[str, int]  # judge id -> entries assigned
    short: dict[str, int]  # entry code -> judges it lacks (fewer were eligible than asked)
    kept_apart: dict[str, tuple[str, ...]]  # entry code -> judges a rule kept away from it


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


def plan_assignment(
    entries: Sequence[Entry],
    judges: Sequence[Judge],
    per_entry: int,
    *,
    conflicts: Iterable[tuple[str, str]] = (),
    avoid_own_institution: bool = True,
    seed: int = 0,
) -> AssignmentPlan:
    """`conflicts`: declared (judge id, entry code) pairs."""
    if per_entry < 1:
        raise ValueError("per_entry must be at least 1")
    declared = set(conflicts)
    rng = random.Random(seed)
    tie_break = {j.id: i for i, j in enumerate(rng.sample(list(judges), len(judges)))}
    position = {j.id: i for i, j in enumerate(judges)}
    eligible: dict[str, list[str]] = {}
    kept_apart: dict[str, tuple[str, ...]] = {}
    own = {j.id: _institution_key(j.institution) if avoid_own_institution else "" for j in judges}
    for entry in entries:
        agency = _institution_key(entry.agency)
        apart = tuple(
            j.id
            for j in judges
            if (j.id, entry.code) in declared or (own[j.id] and own[j.id] == agency)
        )
        if apart:
            kept_apart[entry.code] = apart
        eligible[entry.code] = [j.id for j in judges if j.id not in apart]
    entry_order = {e.code: i for i, e in enumerate(rng.sample(list(entries), len(entries)))}
    loads = dict.fromkeys((j.id for j in judges), 0)
    pairs: dict[str, tuple[str, ...]] = {}
    short: dict[str, int] = {}
    for code in sorted(eligible, key=lambda c: (len(eligible[c]), entry_order[c])):
        chosen = sorted(eligible[code], key=lambda j: (loads[j], tie_break[j]))[:per_entry]
        for judge_id in chosen:
            loads[judge_id] += 1
        pairs[code] = tuple(sorted(chosen, key=position.__getitem__))
        if len(chosen) < per_entry:
            short[code] = per_entry - len(chosen)
    ordered = {e.code: pairs[e.code] for e in entries}
    return AssignmentPlan(ordered, loads, short, kept_apart)
