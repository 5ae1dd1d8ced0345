"""Population standard deviation of floats, exactly as `statistics.pstdev` computes it
(the exact sum of squared deviations, then a correctly rounded square root) but several
times quicker: z-scores need one per judge and one over the whole panel, 1.5 million
values at national scale. Per-judge parts are added up for the panel instead of reading
every value twice."""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction


@dataclass
class Moments:
    """Exact sums of the values and of their squares, kept per power-of-two denominator
    (every finite float is n / 2**k) so that adding needs only integers."""

    count: int = 0
    sums: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    squares: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, values: Iterable[float]) -> Moments:
        sums, squares, count = self.sums, self.squares, 0
        for numerator, denominator in map(float.as_integer_ratio, values):
            count += 1
            sums[denominator] += numerator
            squares[denominator] += numerator * numerator
        self.count += count
        return self

    def merge(self, other: Moments) -> Moments:
        self.count += other.count
        for denominator, value in other.sums.items():
            self.sums[denominator] += value
        for denominator, value in other.squares.items():
            self.squares[denominator] += value
        return self

    def pstdev(self) -> float:
        """As statistics.pstdev over the same values (tested bit for bit)."""
        if self.count < 1:
            raise ValueError("pstdev needs at least one value")
        sx = sum((Fraction(n, d) for d, n in self.sums.items()), Fraction(0))
        sxx = sum((Fraction(n, d * d) for d, n in self.squares.items()), Fraction(0))
        mss = (self.count * sxx - sx * sx) / self.count / self.count
        return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(values: Iterable[float]) -> float:
    return Moments().add(values).pstdev()


# The correctly rounded square root of a fraction, as CPython's statistics module does it
# since 3.11 (https://bugs.python.org/msg407078), copied because it is private there.
_SQRT_BIT_WIDTH = 2 * sys.float_info.mant_dig + 3


def _integer_sqrt_of_frac_rto(n: int, m: int) -> int:
    """Square root of n/m, rounded to the nearest integer using round-to-odd."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n: int, m: int) -> float:
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator
