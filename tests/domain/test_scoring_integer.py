"""The database's integer judge totals are the same floats as judge_total (issue 6)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from judge_app.domain.model import Criterion
from judge_app.domain.scoring import integer_totals, judge_total

STEPS = [Decimal(text) for text in ("1", "0.5", "0.25", "0.1", "0.01", "5")]


@st.composite
def stage_and_scores(draw):
    count = draw(st.integers(1, 6))
    criteria, values = [], {}
    for i in range(count):
        step = draw(st.sampled_from(STEPS))
        low = Decimal(draw(st.integers(-20, 20))) * step
        steps = draw(st.integers(1, 400))
        high = low + steps * step
        weight = draw(st.sampled_from(["1", "2", "0.3", "0.7", "15", "12.5", "0.125", "3"]))
        criteria.append(
            Criterion(f"C{i}", "s", f"K{i}", float(weight), float(low), float(high), float(step))
        )
        values[f"C{i}"] = float(low + draw(st.integers(0, steps)) * step)
    return criteria, values


@settings(max_examples=400, deadline=None)
@given(stage_and_scores())
def test_integer_total_is_judge_total(case) -> None:
    criteria, values = case
    plan = integer_totals({"s": criteria})
    assume(plan is not None)  # odd ranges can need sums past 63 bits: Python totals those
    stage = plan.stages["s"]
    weighted = 0
    for c in criteria:
        n = round(values[c.id] * plan.scale)
        assert n / plan.scale == values[c.id]  # on the grid, as the database checks
        weighted += stage.multiplier[c.id] * n
    assert stage.total(weighted) == judge_total(criteria, values)


def test_no_integer_plan_for_a_fine_grid() -> None:
    fine = Criterion("C", "s", "K", 1.0, 0.0, 1.0, 1e-9)
    assert integer_totals({"s": [fine]}) is None


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.floats(-1e7, 1e7, allow_nan=False),
        st.integers(-(10**8), 10**8).map(lambda n: n / 1000),  # halves of the last place
        st.integers(-(10**7), 10**7).map(lambda n: n / 100 + 0.005),
        st.integers(-(10**7), 10**7).map(lambda n: (n + 0.5) / 100 - 1e-12),
    ),
    st.integers(0, 4),
)
def test_the_quick_half_up_rounding_is_the_exact_one(value: float, places: int) -> None:
    from judge_app.domain.scoring import round_half_up, round_half_up_exact

    quick, exact = round_half_up(value, places), round_half_up_exact(value, places)
    assert quick == exact and str(quick) == str(exact)


def test_the_shipped_templates_and_the_demo_are_summed_by_the_database() -> None:
    from judge_app.base.resources import demo_dir, templates_dir
    from judge_app.domain.definition import parse_definition

    paths = sorted(templates_dir().glob("*.toml")) + sorted(demo_dir().glob("*.toml"))
    assert len(paths) >= 4
    for path in paths:
        definition = parse_definition(path.read_text(encoding="utf-8"))
        stages = {st.id: definition.criteria_of(st.id) for st in definition.stages}
        assert integer_totals(stages) is not None, path.name
