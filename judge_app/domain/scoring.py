"""Scoring rules for one judge (ARCHITECTURE §5): parsing typed scores and the judge total."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from judge_app.base.text import translate
from judge_app.domain.model import Criterion

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_score(text: str) -> float:
    """Read a typed score: '7,5' (Indonesian) and '7.5' are the same; raises ValueError
    with a message fit for the user."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise ValueError(translate("scoring", "empty"))
    if not _NUMBER.match(cleaned):
        raise ValueError(
            translate("scoring", "{text} is not a number").format(text=repr(text.strip()))
        )
    return float(cleaned.replace(",", "."))


def judge_total(criteria: Iterable[Criterion], values: Mapping[str, float | None]) -> float | None:
    """T = 100 · Σ w·(x−lo)/(hi−lo) / Σ w over a stage's criteria; None until every
    criterion has a score."""
    weighted = Fraction(0)
    weights = Fraction(0)
    for c in criteria:
        x = values.get(c.id)
        if x is None:
            return None
        weight = _exact(c.weight)
        weighted += weight * (_exact(x) - _exact(c.min)) / (_exact(c.max) - _exact(c.min))
        weights += weight
    # Exact arithmetic on the decimals as typed, rounded once: 655/8 is 81.875, not
    # 81.87499999999999, so half-up display gives 81,88 as on paper.
    return float(100 * weighted / weights) if weights else None


class StageTotaller:
    """`judge_total` for many sheets at once, with exactly the same floats. Each
    criterion's share 100·w·(x−lo)/((hi−lo)·Σw) is made once per distinct score, exactly,
    and kept as an integer over one common denominator; a total is then a sum of integers
    and one division, which Python rounds correctly, as float(Fraction) does."""

    def __init__(self, criteria: Iterable[Criterion]) -> None:
        criteria = list(criteria)
        self.criteria = [c.id for c in criteria]
        weights = sum((_exact(c.weight) for c in criteria), Fraction(0))
        self.defined = weights != 0
        self._scale = {
            c.id: 100 * _exact(c.weight) / ((_exact(c.max) - _exact(c.min)) * weights)
            for c in criteria
        } if self.defined else {}  # fmt: skip
        self._low = {c.id: _exact(c.min) for c in criteria}
        self._lookup: dict[str, dict[float, int]] = {c.id: {} for c in criteria}
        self.denominator = 1

    def _share(self, criterion: str, value: float) -> int:
        known = self._lookup[criterion]
        share = known.get(value)
        if share is None:
            exact = self._scale[criterion] * (_exact(value) - self._low[criterion])
            if self.denominator % exact.denominator:
                wider = math.lcm(self.denominator, exact.denominator)
                factor = wider // self.denominator
                for table in self._lookup.values():
                    for key in table:
                        table[key] *= factor
                self.denominator = wider
            share = exact.numerator * (self.denominator // exact.denominator)
            known[value] = share
        return share

    def total(self, values: Mapping[str, float | None]) -> float | None:
        if not self.defined:
            return None
        row: list[tuple[str, float]] = []
        for criterion in self.criteria:
            value = values.get(criterion)
            if value is None:
                return None
            row.append((criterion, value))
        for criterion, value in row:  # first: a new share may widen the denominator
            self._share(criterion, value)
        lookup = self._lookup
        return sum(lookup[criterion][value] for criterion, value in row) / self.denominator


@dataclass(frozen=True)
class IntegerStage:
    """`judge_total` as integer arithmetic a database can do: a score x is the integer
    n = x·scale; then T = (Σ multiplier[c]·n − offset) / denominator is exactly the
    rational judge_total rounds once, so the float is the same."""

    multiplier: dict[str, int]
    offset: int
    denominator: int

    def total(self, weighted_sum: int) -> float:
        return (weighted_sum - self.offset) / self.denominator


@dataclass(frozen=True)
class IntegerTotals:
    scale: int  # a power of ten: every score on the grid times scale is an integer
    stages: dict[str, IntegerStage]


MAX_SCALE_DIGITS = 6


def integer_totals(stages: Mapping[str, Iterable[Criterion]]) -> IntegerTotals | None:
    """None when the grid needs more than six decimals, scores reach 15 significant
    digits, or a sum could leave 63-bit integers: the caller then totals in Python."""
    stages = {stage: list(criteria) for stage, criteria in stages.items()}
    every = [c for criteria in stages.values() for c in criteria]
    if not every:
        return None
    digits = max(max(_decimals(c.min), _decimals(c.step), _decimals(c.max)) for c in every)
    if digits > MAX_SCALE_DIGITS:
        return None
    scale = 10**digits
    if any(max(abs(c.min), abs(c.max)) * scale >= 10**15 for c in every):
        return None
    out = {}
    for stage, criteria in stages.items():
        weights = sum((_exact(c.weight) for c in criteria), Fraction(0))
        if not criteria or weights == 0 or any(c.max == c.min for c in criteria):
            return None
        ratio = {
            c.id: 100 * _exact(c.weight) / (scale * (_exact(c.max) - _exact(c.min)) * weights)
            for c in criteria
        }
        denominator = math.lcm(*(r.denominator for r in ratio.values()))
        multiplier = {cid: int(r * denominator) for cid, r in ratio.items()}
        offset = sum(multiplier[c.id] * int(_exact(c.min) * scale) for c in criteria)
        largest = sum(
            abs(multiplier[c.id]) * int(max(abs(_exact(c.min)), abs(_exact(c.max))) * scale)
            for c in criteria
        )
        if largest + abs(offset) >= 2**62:
            return None
        out[stage] = IntegerStage(multiplier, offset, denominator)
    return IntegerTotals(scale, out)


def _decimals(value: float) -> int:
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else MAX_SCALE_DIGITS + 1


def _exact(value: float) -> Fraction:
    return Fraction(Decimal(repr(float(value))))


def format_number(value: float, decimal: str = ".") -> str:
    """Shortest exact text for a stored score: 80 rather than 80.0, '7,5' in Indonesian."""
    text = f"{value:.10g}" if value != int(value) else str(int(value))
    return text.replace(".", decimal)


SNAP = Decimal("1e-9")  # the same tolerance as ties between scores (ARCHITECTURE §5)


def round_half_up(value: float, places: int = 2) -> Decimal:
    """Rounding as people do it on paper (2,345 → 2,35). The float is first snapped to
    9 decimals, so that binary noise never decides a half: the mean of 79.8, 78.6, 85.6
    and 78.3 is 80.575 on paper but 80.57499999999999 in floating point, and must show
    80,58 as a hand calculation does."""
    if abs(value) < 1e6 and places <= 4:
        # farther than 1e-6 of a unit of the last place from a half, plain float
        # arithmetic cannot round otherwise than the exact way below
        scaled = value * 10**places
        whole = math.floor(scaled)
        part = scaled - whole
        if part < 0.5 - 1e-6 or part > 0.5 + 1e-6:
            return Decimal(whole + (part > 0.5)).scaleb(-places)
    return round_half_up_exact(value, places)


def round_half_up_exact(value: float, places: int = 2) -> Decimal:
    exact = Decimal(repr(value))
    with localcontext() as context:
        context.prec = max(28, exact.adjusted() + 12)  # every digit above, 9 below the point
        snapped = exact.quantize(SNAP, rounding=ROUND_HALF_EVEN)
        rounded = snapped.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return abs(rounded) if rounded == 0 else rounded  # never "-0,00"


def format_display(value: float, decimal: str = ",", places: int = 2) -> str:
    """How a total is shown and printed: half-up to 2 decimals, locale decimal mark."""
    return str(round_half_up(value, places)).replace(".", decimal)


def weighted_parts(
    criteria: Iterable[Criterion], values: Mapping[str, float | None]
) -> dict[str, float]:
    """Each criterion's share of the judge total (they add up to T), for the recap's
    'weighted value' column; criteria without a score are left out."""
    criteria = list(criteria)
    weights = sum((_exact(c.weight) for c in criteria), Fraction(0))
    parts = {}
    for c in criteria:
        x = values.get(c.id)
        if x is not None and weights:
            share = _exact(c.weight) * (_exact(x) - _exact(c.min)) / (_exact(c.max) - _exact(c.min))
            parts[c.id] = float(100 * share / weights)
    return parts
