"""The quick population standard deviation is statistics.pstdev, bit for bit, whether
computed at once or added up from parts (as z-scores add judges into the panel)."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge_app.domain.spread import Moments, pstdev

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
scores = st.floats(min_value=0, max_value=100, allow_nan=False).map(lambda v: round(v, 2))


@given(st.lists(finite, min_size=1, max_size=60))
def test_equal_to_statistics_pstdev(values: list[float]) -> None:
    assert pstdev(values) == statistics.pstdev(values)


@given(st.lists(st.lists(scores, min_size=1, max_size=30), min_size=1, max_size=8))
def test_parts_add_up_to_the_whole(parts: list[list[float]]) -> None:
    whole = Moments()
    for part in parts:
        whole.merge(Moments().add(part))
    everything = [v for part in parts for v in part]
    assert whole.count == len(everything)
    assert whole.pstdev() == statistics.pstdev(everything)


def test_no_value_is_an_error() -> None:
    with pytest.raises(ValueError):
        Moments().pstdev()
