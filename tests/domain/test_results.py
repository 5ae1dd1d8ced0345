"""The results math (ARCHITECTURE §5) against hand-worked cases and, with hypothesis, against a
second, deliberately plain implementation written here."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.domain.definition import parse_definition
from judge_app.domain.model import Entry
from judge_app.domain.results import (
    DISAGREEMENT,
    INSUFFICIENT,
    TIE,
    TIE_AT_CUTOFF,
    UNNORMALISED,
    UNTRIMMED,
    Inputs,
    compute,
)

DEFINITION = """
[competition]
title = "Uji"

[[stages]]
id = "s1"
weight = 40
[[stages]]
id = "s2"
weight = 60

[[categories]]
id = "umum"
awards = 2

[[criteria]]
id = "A"
stage = "s1"
name = "A"
[[criteria]]
id = "B"
stage = "s2"
name = "B"

[aggregation]
method = "mean"
trim = 1
min_judges = 1
outlier_points = 15
tie_break = ["B"]

[[bands]]
min = 88
label = "A"
[[bands]]
min = 50
label = "B"
"""


def definition(**aggregation):
    """The definition above with some [aggregation] keys replaced."""
    text = DEFINITION
    for key, value in aggregation.items():
        shown = f'"{value}"' if isinstance(value, str) else str(value)
        text = text.replace("[aggregation]\n", f"[aggregation]\n{key} = {shown}\n", 1)
    return parse_definition(_dedupe(text))


def _dedupe(text: str) -> str:
    """Later keys in [aggregation] win: drop earlier duplicates (TOML forbids repeats)."""
    lines, seen, out = text.split("\n"), set(), []
    in_agg = False
    for line in lines:
        if line.startswith("["):
            in_agg = line.strip() == "[aggregation]"
        key = line.split("=")[0].strip() if in_agg and "=" in line else None
        if key and key in seen:
            continue
        if key:
            seen.add(key)
        out.append(line)
    return "\n".join(out)


def entries(*codes: str) -> list[Entry]:
    return [Entry(code, code, "umum") for code in codes]


def by_code(results):
    return {r.code: r for r in results}


def test_mean_final_rank_band() -> None:
    d = definition()
    totals = {
        ("J1", "E1", "s1"): 80.0, ("J2", "E1", "s1"): 90.0,
        ("J1", "E1", "s2"): 90.0, ("J2", "E1", "s2"): 86.0,
        ("J1", "E2", "s1"): 60.0, ("J1", "E2", "s2"): 70.0,
    }  # fmt: skip
    r = by_code(compute(d, entries("E1", "E2", "E3"), Inputs(totals)))
    assert r["E1"].stages["s1"].score == 85.0
    assert r["E1"].final == pytest.approx(0.4 * 85 + 0.6 * 88)  # 86.8
    assert (r["E1"].rank, r["E2"].rank, r["E3"].rank) == (1, 2, None)
    assert r["E1"].band == "B" and r["E3"].band == "Tidak Dapat Dinilai"
    assert INSUFFICIENT in r["E3"].flags
    assert r["E1"].award and r["E2"].award and not r["E3"].award


def test_band_uses_half_up_rounding() -> None:
    d = definition()
    totals = {("J1", "E1", "s1"): 87.995, ("J1", "E1", "s2"): 87.995}
    [r] = compute(d, entries("E1"), Inputs(totals))
    assert r.final == pytest.approx(87.995)
    assert r.band == "A"  # 88.00 after half-up rounding


def test_median_even_panel() -> None:
    d = definition(method="median")
    totals = {(f"J{i}", "E1", "s1"): v for i, v in enumerate([70.0, 80.0, 90.0, 60.0])}
    [r] = compute(d, entries("E1"), Inputs(totals))
    assert r.stages["s1"].score == 75.0


def test_trimmed_and_untrimmed() -> None:
    d = definition(method="trimmed")
    totals = {(f"J{i}", "E1", "s1"): v for i, v in enumerate([50.0, 80.0, 82.0, 99.0])}
    totals |= {("J0", "E2", "s1"): 50.0, ("J1", "E2", "s1"): 90.0}
    r = by_code(compute(d, entries("E1", "E2"), Inputs(totals)))
    assert r["E1"].stages["s1"].score == 81.0
    assert r["E2"].stages["s1"].score == 70.0 and UNTRIMMED in r["E2"].flags


def test_conflicted_judges_are_excluded_and_min_judges() -> None:
    d = definition(min_judges=2)
    totals = {("J1", "E1", "s1"): 90.0, ("J2", "E1", "s1"): 10.0, ("J3", "E1", "s1"): 80.0}
    [r] = compute(d, entries("E1"), Inputs(totals, conflicts=frozenset({("J2", "E1")})))
    assert r.stages["s1"].score == 85.0 and set(r.stages["s1"].judges) == {"J1", "J3"}


def test_disagreement_flag() -> None:
    d = definition()
    totals = {("J1", "E1", "s1"): 90.0, ("J2", "E1", "s1"): 88.0, ("J3", "E1", "s1"): 60.0}
    [r] = compute(d, entries("E1"), Inputs(totals))
    assert DISAGREEMENT in r.flags


def test_shared_ranks_and_tie_break() -> None:
    d = definition()
    totals = {}
    for code, s1, s2 in (
        ("E1", 90.0, 90.0),
        ("E2", 80.0, 80.0),
        ("E3", 80.0, 80.0),
        ("E4", 70.0, 70.0),
    ):
        totals[("J1", code, "s1")] = s1
        totals[("J1", code, "s2")] = s2
    r = by_code(compute(d, entries("E1", "E2", "E3", "E4"), Inputs(totals)))
    assert [r[c].rank for c in ("E1", "E2", "E3", "E4")] == [1, 2, 2, 4]
    assert TIE in r["E2"].flags and TIE in r["E3"].flags
    # the tie-break criterion B separates them
    normalised = {("J1", "E2", "B"): 0.81, ("J1", "E3", "B"): 0.79}
    r = by_code(compute(d, entries("E1", "E2", "E3", "E4"), Inputs(totals, normalised)))
    assert [r[c].rank for c in ("E1", "E2", "E3", "E4")] == [1, 2, 3, 4]
    assert TIE not in r["E2"].flags


def test_tie_at_award_cutoff_keeps_both() -> None:
    d = definition()  # awards = 2
    totals = {}
    for code, v in (("E1", 90.0), ("E2", 80.0), ("E3", 80.0)):
        totals[("J1", code, "s1")] = v
        totals[("J1", code, "s2")] = v
    r = by_code(compute(d, entries("E1", "E2", "E3"), Inputs(totals)))
    assert all(r[c].award for c in ("E1", "E2", "E3"))
    assert TIE_AT_CUTOFF in r["E2"].flags and TIE_AT_CUTOFF in r["E3"].flags


def test_zscore_hand_worked() -> None:
    d = definition(method="zscore")
    # J1 is harsh, J2 lenient; J3 scored once (kept raw, flagged)
    totals = {
        ("J1", "E1", "s1"): 60.0, ("J1", "E2", "s1"): 70.0,
        ("J2", "E1", "s1"): 80.0, ("J2", "E2", "s1"): 100.0,
        ("J3", "E1", "s1"): 75.0,
    }  # fmt: skip
    r = by_code(compute(d, entries("E1", "E2"), Inputs(totals)))
    everything = list(totals.values())
    mu, sigma = statistics.fmean(everything), statistics.pstdev(everything)
    j1 = mu + sigma * (60 - 65) / 5
    j2 = mu + sigma * (80 - 90) / 10
    assert r["E1"].stages["s1"].score == pytest.approx((j1 + j2 + 75.0) / 3)
    assert UNNORMALISED in r["E1"].flags


# -- property tests against a plain second implementation ------------------------------


def plain_stage_score(values: list[float], method: str, trim: int) -> float:
    values = sorted(values)
    n = len(values)
    if method == "mean":
        return sum(values) / n
    if method == "median":
        return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    if method == "trimmed":
        if n >= 2 * trim + 1:
            values = values[trim : n - trim]
        return sum(values) / len(values)
    raise AssertionError(method)


scores = st.floats(min_value=0, max_value=100, allow_nan=False, width=32)


@settings(max_examples=200, deadline=None)
@given(
    panels=st.lists(st.lists(scores, min_size=1, max_size=7), min_size=1, max_size=6),
    method=st.sampled_from(["mean", "median", "trimmed"]),
)
def test_stage_scores_match_plain_implementation(panels, method) -> None:
    d = definition(method=method)
    totals = {}
    for e, panel in enumerate(panels):
        for j, value in enumerate(panel):
            totals[(f"J{j}", f"E{e}", "s1")] = float(value)
    results = by_code(compute(d, entries(*(f"E{e}" for e in range(len(panels)))), Inputs(totals)))
    for e, panel in enumerate(panels):
        expected = plain_stage_score([float(v) for v in panel], method, 1)
        assert results[f"E{e}"].stages["s1"].score == pytest.approx(expected, abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(finals=st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=12))
def test_ranks_are_competition_ranks(finals) -> None:
    """1, 2, 2, 4: a rank is one more than the number of entries strictly ahead."""
    d = definition()
    totals = {}
    for i, f in enumerate(finals):
        totals[("J1", f"E{i:02d}", "s1")] = float(f * 10)
        totals[("J1", f"E{i:02d}", "s2")] = float(f * 10)
    results = compute(d, entries(*(f"E{i:02d}" for i in range(len(finals)))), Inputs(totals))
    for r in results:
        ahead = sum(1 for other in results if other.final > r.final + 1e-9)
        assert r.rank == ahead + 1


def test_floating_point_near_tie_goes_to_the_tie_break() -> None:
    d = definition()
    totals = {
        ("J1", "X", "s1"): 70.1, ("J1", "X", "s2"): 75.0,
        ("J1", "Y", "s1"): 70.1 + 1e-13, ("J1", "Y", "s2"): 75.0,
    }  # fmt: skip
    normalised = {("J1", "X", "B"): 0.60, ("J1", "Y", "B"): 0.70}
    r = by_code(compute(d, entries("X", "Y"), Inputs(totals, normalised)))
    assert (r["Y"].rank, r["X"].rank) == (1, 2)


def test_disagreement_flagged_even_with_too_few_judges() -> None:
    d = definition(min_judges=3)
    totals = {("J1", "E1", "s1"): 50.0, ("J2", "E1", "s1"): 90.0}
    [r] = compute(d, entries("E1"), Inputs(totals))
    assert {DISAGREEMENT, INSUFFICIENT} <= r.flags


def test_method_sensitivity_lists_only_entries_that_move() -> None:
    from judge_app.domain.results import method_sensitivity

    d = definition()  # awards = 2
    totals = {}
    # E1: one outlier judge; the median ignores it, the mean does not
    for judge, value in (("J1", 90.0), ("J2", 90.0), ("J3", 30.0)):
        totals[(judge, "E1", "s1")] = value
        totals[(judge, "E1", "s2")] = value
    for code, value in (("E2", 75.0), ("E3", 60.0)):
        for judge in ("J1", "J2", "J3"):
            totals[(judge, code, "s1")] = value
            totals[(judge, code, "s2")] = value
    changes = {s.code: s for s in method_sensitivity(d, entries("E1", "E2", "E3"), Inputs(totals))}
    assert set(changes) == {"E1", "E2"}
    assert changes["E1"].ranks["median"] == 1 and changes["E1"].ranks["mean"] == 2
    assert "E3" not in changes


def test_display_rounds_the_paper_value_not_the_float_noise() -> None:
    """80.575 on paper; 80.57499999999999 in floating point: a hand calculation says 80,58."""
    import math

    from judge_app.domain.scoring import format_display, round_half_up

    mean = math.fsum([79.8, 78.6, 85.6, 78.3]) / 4
    assert mean != 80.575  # the float noise is real
    assert format_display(mean) == "80,58"
    assert format_display(2.675) == "2,68"
    assert format_display(2.674999) == "2,67"
    assert str(round_half_up(87.995)) == "88.00"
    assert str(round_half_up(-0.005)) == "-0.01"
    assert format_display(1e300).startswith("1000000000")  # a huge scale still displays


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 9),  # weight
            st.sampled_from([(0, 100, 0.5), (1, 5, 1), (0, 10, 0.1), (60, 100, 0.25)]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.lists(st.floats(0, 1), min_size=6, max_size=6), min_size=1, max_size=20),
)
def test_stage_totaller_gives_the_same_floats_as_judge_total(shape, sheets) -> None:
    """The fast path for many sheets must not move a single bit."""
    from judge_app.domain.model import Criterion
    from judge_app.domain.scoring import StageTotaller, judge_total

    criteria = [
        Criterion(f"K{i}", "s", f"K{i}", float(w), float(lo), float(hi), step)
        for i, (w, (lo, hi, step)) in enumerate(shape)
    ]
    totaller = StageTotaller(criteria)
    for fractions in sheets:
        values = {
            c.id: round(c.min + round(f * (c.max - c.min) / c.step) * c.step, 6)
            for c, f in zip(criteria, fractions, strict=False)
        }
        assert totaller.total(values) == judge_total(criteria, values)
    partial = {criteria[0].id: criteria[0].min}
    assert totaller.total(partial) == judge_total(criteria, partial)
