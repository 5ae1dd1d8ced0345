"""Automatic assignment against its promises, on hand-made cases and, with hypothesis, on
random rounds: every entry gets k judges where k are eligible, no forbidden pair, loads within
one of each other when no rule is in the way, the same seed gives the same plan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.domain.assignment import likely_conflict, plan_assignment
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
