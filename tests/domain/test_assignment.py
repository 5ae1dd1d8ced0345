"""Automatic assignment against its promises, on hand-made cases and, with hypothesis, on
random rounds: every entry gets k judges where k are eligible, no forbidden pair, loads within
one of each other when no rule is in the way, the same seed gives the same plan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.domain.assignment import (
    expertise_of,
    likely_conflict,
    likely_pairs,
    plan_assignment,
    same_region,
)
from judge_app.domain.model import Entry, Judge

AGENCIES = ["Dinas Kesehatan Kota Cilegon", "RSUD Malingping", "Inspektorat Kabupaten Serang", ""]


def _entries(n: int, agencies: list[str] | None = None) -> list[Entry]:
    agencies = agencies or [""]
    return [
        Entry(f"E{i:03d}", f"Inovasi {i}", "umum", agencies[i % len(agencies)]) for i in range(n)
    ]


def _judges(n: int, institutions: list[str] | None = None) -> list[Judge]:
    institutions = institutions or [""]
    return [
        Judge(f"J{i}", f"Juri {i}", institution=institutions[i % len(institutions)])
        for i in range(n)
    ]


def test_three_judges_each_loads_even() -> None:
    plan = plan_assignment(_entries(10), _judges(5), 3)
    assert all(len(js) == 3 for js in plan.pairs.values())
    assert sorted(plan.loads.values()) == [6, 6, 6, 6, 6]
    assert plan.short == {} and plan.kept_apart == {}


def test_declared_conflicts_and_own_institution_are_kept_apart() -> None:
    entries = _entries(4, ["Dinas Kesehatan Kota Cilegon", "RSUD Malingping"])
    judges = _judges(3, ["dinas  kesehatan KOTA cilegon.", "", ""])
    plan = plan_assignment(entries, judges, 2, conflicts=[("J1", "E001")])
    assert "J0" not in plan.pairs["E000"] and "J0" not in plan.pairs["E002"]
    assert plan.pairs["E001"] == ("J0", "J2")
    assert plan.kept_apart == {"E000": ("J0",), "E001": ("J1",), "E002": ("J0",)}
    # the secretariat may let a judge score their own institution's entries
    free = plan_assignment(entries, judges, 2, avoid_own_institution=False)
    assert free.kept_apart == {}


def test_an_entry_short_of_eligible_judges_says_how_many_it_lacks() -> None:
    plan = plan_assignment(_entries(2), _judges(3), 3, conflicts=[("J0", "E000"), ("J2", "E000")])
    assert plan.pairs["E000"] == ("J1",) and plan.short == {"E000": 2}


def test_the_institution_comparison_folds_case_accents_and_punctuation() -> None:
    entry = Entry("E1", "x", "umum", "Dinas Pendidikan & Kebudayaan")
    assert likely_conflict(Judge("J", "n", institution="dinas pendidikan kebudayaan"), entry)
    assert not likely_conflict(Judge("J", "n", institution=""), Entry("E", "x", "umum", ""))
    assert not likely_conflict(Judge("J", "n", institution="Dinas Pendidikan"), entry)


def test_at_least_one_judge_per_entry() -> None:
    with pytest.raises(ValueError):
        plan_assignment(_entries(1), _judges(1), 0)


@st.composite
def rounds(draw: st.DrawFn) -> tuple[list[Entry], list[Judge], int, set[tuple[str, str]], int]:
    entries = _entries(
        draw(st.integers(0, 40)), draw(st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=4))
    )
    judges = _judges(
        draw(st.integers(1, 8)), draw(st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=4))
    )
    pairs = [(j.id, e.code) for j in judges for e in entries]
    conflicts = set(draw(st.lists(st.sampled_from(pairs), max_size=12))) if pairs else set()
    return entries, judges, draw(st.integers(1, 5)), conflicts, draw(st.integers(0, 2**16))


@settings(max_examples=150, deadline=None)
@given(rounds())
def test_every_promise_on_random_rounds(
    round_: tuple[list[Entry], list[Judge], int, set[tuple[str, str]], int],
) -> None:
    entries, judges, k, conflicts, seed = round_
    plan = plan_assignment(entries, judges, k, conflicts=conflicts, seed=seed)
    by_id = {j.id: j for j in judges}
    for entry in entries:
        chosen = plan.pairs[entry.code]
        eligible = [
            j
            for j in judges
            if (j.id, entry.code) not in conflicts and not likely_conflict(j, entry)
        ]
        assert len(chosen) == len(set(chosen)) == min(k, len(eligible))
        assert plan.short.get(entry.code, 0) == k - len(chosen)
        for judge_id in chosen:
            assert (judge_id, entry.code) not in conflicts
            assert not likely_conflict(by_id[judge_id], entry)
    assert sum(plan.loads.values()) == sum(len(js) for js in plan.pairs.values())
    assert plan_assignment(entries, judges, k, conflicts=conflicts, seed=seed) == plan


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 60), st.integers(1, 9), st.integers(1, 9), st.integers(0, 2**16))
def test_loads_within_one_when_no_rule_is_in_the_way(n: int, m: int, k: int, seed: int) -> None:
    plan = plan_assignment(_entries(n), _judges(m), k, seed=seed)
    loads = plan.loads.values()
    assert max(loads) - min(loads) <= 1
    assert all(len(js) == min(k, m) for js in plan.pairs.values())


# -- the same region, category expertise and pairs that hold scores (issue 20) -------------

REGIONS = ["Kota Serang", "kota  serang.", "Kabupaten Lebak", ""]
CATEGORIES = ["umum", "replikasi", "khusus"]


def test_same_region_is_kept_apart_only_when_asked() -> None:
    entries = [Entry("E1", "x", "umum", region="Kota Serang"), Entry("E2", "y", "umum")]
    judges = [Judge("J0", "a", region="KOTA SERANG"), Judge("J1", "b"), Judge("J2", "c")]
    plan = plan_assignment(entries, judges, 2, avoid_same_region=True)
    assert plan.pairs["E1"] == ("J1", "J2")
    assert plan.kept_apart == {"E1": ("J0",)} and plan.apart_by == {"region": 1}
    assert "J0" in plan_assignment(entries, judges, 3).pairs["E1"]


def test_experts_first_then_others_counted() -> None:
    entries = [Entry("E1", "x", "umum"), Entry("E2", "y", "replikasi")]
    judges = [
        Judge("J0", "a", expertise="umum"),
        Judge("J1", "b", expertise="umum replikasi"),
        Judge("J2", "c"),
        Judge("J3", "d"),
    ]
    plan = plan_assignment(entries, judges, 2, by_expertise=True)
    assert plan.pairs["E1"] == ("J0", "J1")
    assert "J1" in plan.pairs["E2"] and plan.outside_expertise == ("E2",)


def test_scored_pairs_are_kept_and_count_toward_k_and_load() -> None:
    entries = _entries(3, ["Dinas Kesehatan Kota Cilegon"])
    judges = _judges(4, ["Dinas Kesehatan Kota Cilegon", "", "", ""])
    fixed = [("J0", "E000"), ("J1", "E000"), ("J2", "E000"), ("J3", "E001")]
    plan = plan_assignment(entries, judges, 2, fixed=fixed, initial_loads={"J1": 5})
    assert plan.pairs["E000"] == ("J0", "J1", "J2")  # own institution, yet scored: kept
    assert "J3" in plan.pairs["E001"] and len(plan.pairs["E001"]) == 2
    assert plan.fixed == 4 and plan.loads["J1"] >= 6
    assert sum(plan.loads.values()) == 5 + sum(len(js) for js in plan.pairs.values())


@st.composite
def rich_rounds(draw: st.DrawFn) -> dict:
    n, m = draw(st.integers(0, 30)), draw(st.integers(1, 8))
    entries = [
        Entry(
            f"E{i:03d}",
            f"Inovasi {i}",
            draw(st.sampled_from(CATEGORIES)),
            draw(st.sampled_from(AGENCIES)),
            draw(st.sampled_from(REGIONS)),
        )
        for i in range(n)
    ]
    judges = [
        Judge(
            f"J{i}",
            f"Juri {i}",
            institution=draw(st.sampled_from(AGENCIES)),
            region=draw(st.sampled_from(REGIONS)),
            expertise=" ".join(draw(st.lists(st.sampled_from(CATEGORIES), max_size=2))),
        )
        for i in range(m)
    ]
    pairs = [(j.id, e.code) for j in judges for e in entries]
    picked = draw(st.lists(st.sampled_from(pairs), max_size=20, unique=True)) if pairs else []
    cut = draw(st.integers(0, len(picked)))
    return {
        "entries": entries,
        "judges": judges,
        "per_entry": draw(st.integers(1, 4)),
        "conflicts": set(picked[:cut]),
        "fixed": set(picked[cut:]),
        "avoid_own_institution": draw(st.booleans()),
        "avoid_same_region": draw(st.booleans()),
        "by_expertise": draw(st.booleans()),
        "seed": draw(st.integers(0, 2**16)),
    }


@settings(max_examples=200, deadline=None)
@given(rich_rounds())
def test_every_rule_on_random_rounds(round_: dict) -> None:
    entries, judges, k = round_["entries"], round_["judges"], round_["per_entry"]
    fixed, conflicts = round_["fixed"], round_["conflicts"]
    options = {key: round_[key] for key in round_ if key not in ("entries", "judges", "per_entry")}
    plan = plan_assignment(entries, judges, k, **options)
    assert plan_assignment(entries, judges, k, **options) == plan  # same seed, same plan
    by_id = {j.id: j for j in judges}
    outside = []
    for entry in entries:
        chosen = plan.pairs[entry.code]
        mine = {j for j, c in fixed if c == entry.code}
        assert mine <= set(chosen) and len(chosen) == len(set(chosen))  # scored pairs kept
        forbidden = {
            j.id
            for j in judges
            if (j.id, entry.code) in conflicts
            or (round_["avoid_own_institution"] and likely_conflict(j, entry))
            or (round_["avoid_same_region"] and same_region(j, entry))
        } - mine
        added = set(chosen) - mine
        assert not added & forbidden  # never a declared conflict, nor a pair a rule forbids
        eligible = [j.id for j in judges if j.id not in forbidden and j.id not in mine]
        assert len(added) == min(max(k - len(mine), 0), len(eligible))
        assert plan.short.get(entry.code, 0) == max(k - len(chosen), 0)
        if round_["by_expertise"]:
            experts = [j for j in eligible if entry.category in expertise_of(by_id[j])]
            chosen_experts = [j for j in added if entry.category in expertise_of(by_id[j])]
            # experts are taken first: others only once every eligible expert is in
            assert len(chosen_experts) == min(len(added), len(experts))
            if len(chosen_experts) < len(added):
                outside.append(entry.code)
    if round_["by_expertise"]:
        assert list(plan.outside_expertise) == outside
    assert plan.fixed == len(fixed)
    assert sum(plan.loads.values()) == sum(len(js) for js in plan.pairs.values())


def test_likely_pairs_name_the_institution_before_the_region() -> None:
    entries = [Entry("E1", "x", "umum", "RSUD Malingping", "Kabupaten Lebak")]
    judges = [
        Judge("J0", "a", institution="rsud malingping", region="Kabupaten Lebak"),
        Judge("J1", "b", region="kabupaten lebak"),
        Judge("J2", "c", institution="Dinas Kesehatan"),
    ]
    assert likely_pairs(judges, entries) == {("J0", "E1"): "institution", ("J1", "E1"): "region"}
