"""Automatic assignment per stage (issue 20): each stage planned on its own with its own k,
under the same rules; on random rounds every entry gets k judges of each stage where k are
eligible, never a forbidden pair, loads of each stage within one of each other when no rule
is in the way, the same seed the same plans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.domain.assignment import likely_conflict, plan_assignment, plan_per_stage
from tests.domain.test_assignment import AGENCIES, _entries, _judges

STAGES = ["proposal", "presentasi", "lapangan"]


def test_each_stage_gets_its_own_number_of_judges() -> None:
    plans = plan_per_stage(_entries(10), _judges(5), {"proposal": 2, "presentasi": 5})
    assert list(plans) == ["proposal", "presentasi"]
    assert all(len(js) == 2 for js in plans["proposal"].pairs.values())
    assert all(len(js) == 5 for js in plans["presentasi"].pairs.values())
    assert sorted(plans["proposal"].loads.values()) == [4, 4, 4, 4, 4]
    assert sorted(plans["presentasi"].loads.values()) == [10] * 5


def test_scored_pairs_and_loads_of_a_stage_stay_in_that_stage() -> None:
    plans = plan_per_stage(
        _entries(4),
        _judges(4),
        {"proposal": 1, "presentasi": 1},
        fixed={"presentasi": [("J3", "E000")]},
        initial_loads={"proposal": {"J0": 5}},
    )
    assert plans["presentasi"].pairs["E000"] == ("J3",) and plans["presentasi"].fixed == 1
    assert plans["proposal"].fixed == 0
    assert "J0" not in {j for js in plans["proposal"].pairs.values() for j in js}
    assert plans["presentasi"].loads["J0"] == 1  # another stage's load does not count


@st.composite
def staged_rounds(draw: st.DrawFn) -> dict:
    entries = _entries(
        draw(st.integers(0, 30)), draw(st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=4))
    )
    judges = _judges(
        draw(st.integers(1, 8)), draw(st.lists(st.sampled_from(AGENCIES), min_size=1, max_size=4))
    )
    pairs = [(j.id, e.code) for j in judges for e in entries]
    conflicts = set(draw(st.lists(st.sampled_from(pairs), max_size=10))) if pairs else set()
    stages = draw(st.lists(st.sampled_from(STAGES), min_size=1, max_size=3, unique=True))
    per_stage = {s: draw(st.integers(1, 6)) for s in stages}
    return {
        "entries": entries,
        "judges": judges,
        "per_stage": per_stage,
        "conflicts": conflicts,
        "seed": draw(st.integers(0, 2**16)),
    }


@settings(max_examples=120, deadline=None)
@given(staged_rounds())
def test_every_promise_per_stage_on_random_rounds(round_: dict) -> None:
    entries, judges = round_["entries"], round_["judges"]
    conflicts, seed = round_["conflicts"], round_["seed"]
    plans = plan_per_stage(entries, judges, round_["per_stage"], conflicts=conflicts, seed=seed)
    assert list(plans) == list(round_["per_stage"])
    by_id = {j.id: j for j in judges}
    for stage, k in round_["per_stage"].items():
        plan = plans[stage]
        # a stage's plan is the plan of that k alone: the stages do not disturb each other
        assert plan == plan_assignment(entries, judges, k, conflicts=conflicts, seed=seed)
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
    assert (
        plan_per_stage(entries, judges, round_["per_stage"], conflicts=conflicts, seed=seed)
        == plans
    )


@settings(max_examples=80, deadline=None)
@given(
    st.integers(0, 50),
    st.integers(1, 9),
    st.dictionaries(st.sampled_from(STAGES), st.integers(1, 9), min_size=1),
    st.integers(0, 2**16),
)
def test_loads_of_each_stage_within_one_when_no_rule_is_in_the_way(
    n: int, m: int, per_stage: dict[str, int], seed: int
) -> None:
    plans = plan_per_stage(_entries(n), _judges(m), per_stage, seed=seed)
    for stage, k in per_stage.items():
        loads = plans[stage].loads.values()
        assert max(loads) - min(loads) <= 1
        assert all(len(js) == min(k, m) for js in plans[stage].pairs.values())
