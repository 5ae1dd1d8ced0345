"""Results (ARCHITECTURE §5): stage scores by mean, median, trimmed mean or z-scores, the final
score, ranks with tie-breaks, bands, awards and flags. Pure and unrounded: rounding is
for display only."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from judge_app.domain.awards import qualifies
from judge_app.domain.model import Definition, Entry
from judge_app.domain.scoring import round_half_up
from judge_app.domain.spread import Moments

TIE_EPSILON = 1e-9

# flags
UNTRIMMED = "untrimmed"
UNNORMALISED = "unnormalised"
INSUFFICIENT = "insufficient_judges"
TIE = "tie"
TIE_AT_CUTOFF = "tie_at_cutoff"
DISAGREEMENT = "disagreement"
BELOW_AWARD_RULE = "below_award_rule"  # within the award places, but short of the rule


@dataclass(frozen=True)
class Inputs:
    """What the results are computed from: only totals of signed sheets.

    totals: (judge, entry, stage) -> judge total T (0..100), for complete stages
    normalised: (judge, entry, criterion) -> (x - lo) / (hi - lo), for tie-breaks
    conflicts: (judge, entry) pairs declared as conflicts of interest
    """

    totals: dict[tuple[str, str, str], float]
    normalised: dict[tuple[str, str, str], float] = field(default_factory=dict)
    conflicts: frozenset[tuple[str, str]] = frozenset()
    # the same totals as stage -> entry -> judge -> total, conflicts left out, when the
    # reader made them on the way (750,000 totals need not be regrouped per stage)
    panels: dict[str, dict[str, dict[str, float]]] | None = field(default=None, compare=False)


@dataclass
class StageResult:
    score: float | None
    judges: dict[str, float]  # judge -> total used (raw)
    adjusted: dict[str, float]  # judge -> total after z-score normalisation (zscore only)
    flags: set[str] = field(default_factory=set)


@dataclass
class EntryResult:
    code: str
    category: str
    stages: dict[str, StageResult]
    final: float | None = None
    rank: int | None = None
    category_rank: int | None = None
    band: str | None = None
    award: bool = False
    flags: set[str] = field(default_factory=set)


def median(values: list[float]) -> float:
    return statistics.median(values)  # mean of the two middle values when even


def trimmed_mean(values: list[float], trim: int) -> tuple[float, bool]:
    """(mean, trimmed?): trims only with at least 2·trim+1 values."""
    if len(values) >= 2 * trim + 1 and trim > 0:
        kept = sorted(values)[trim : len(values) - trim]
        return math.fsum(kept) / len(kept), True
    return math.fsum(values) / len(values), trim == 0


def compute(
    definition: Definition, entries: list[Entry], inputs: Inputs, method: str | None = None
) -> list[EntryResult]:
    method = method or definition.aggregation.method
    agg = definition.aggregation
    # a withdrawn entry is not ranked (its scores stay in the file; the results
    # document lists it apart, with its reason)
    results = {e.code: EntryResult(e.code, e.category, {}) for e in entries if not e.withdrawn}

    for stage in definition.stages:
        panels: dict[str, dict[str, float]] = defaultdict(dict)
        if inputs.panels is not None:
            grouped = inputs.panels.get(stage.id, {})
            panels.update((entry, grouped[entry]) for entry in results if entry in grouped)
        else:
            for (judge, entry, stage_id), total in inputs.totals.items():
                if (
                    stage_id == stage.id
                    and entry in results
                    and (judge, entry) not in inputs.conflicts
                ):
                    panels[entry][judge] = total
        adjusted, unnormalised = _zscores(panels) if method == "zscore" else ({}, set())
        for code, result in results.items():
            panel = panels.get(code, {})
            stage_result = StageResult(None, dict(panel), {})
            result.stages[stage.id] = stage_result
            values = list(panel.values())
            if values:
                middle = median(values)
                if any(abs(t - middle) > agg.outlier_points for t in values):
                    stage_result.flags.add(DISAGREEMENT)
            if len(panel) < agg.min_judges or not panel:
                stage_result.flags.add(INSUFFICIENT)
                continue
            if method == "mean":
                stage_result.score = math.fsum(values) / len(values)
            elif method == "median":
                stage_result.score = median(values)
            elif method == "trimmed":
                stage_result.score, trimmed = trimmed_mean(values, agg.trim)
                if not trimmed:
                    stage_result.flags.add(UNTRIMMED)
            elif method == "zscore":
                adj = {**panel, **adjusted.get(code, {})}  # panel order; raw when unnormalised
                stage_result.adjusted = adj
                stage_result.score = math.fsum(adj.values()) / len(adj)
                if any(j in unnormalised for j in panel):
                    stage_result.flags.add(UNNORMALISED)
            else:
                raise ValueError(f"unknown method {method!r}")

    weighted = [s for s in definition.stages if s.weight > 0]
    weight_sum = math.fsum(s.weight for s in weighted)
    for result in results.values():
        for stage_result in result.stages.values():
            result.flags |= stage_result.flags
        scores = [score for s in weighted if (score := result.stages[s.id].score) is not None]
        if weighted and len(scores) == len(weighted):
            result.final = (
                math.fsum(s.weight * v for s, v in zip(weighted, scores, strict=True)) / weight_sum
            )

    ordered = list(results.values())
    for result in ordered:
        result.band = _band(definition, result.final)
    _rank(ordered, definition, inputs, "rank")
    for category in definition.categories:
        members = [r for r in ordered if r.category == category.id]
        _rank(members, definition, inputs, "category_rank")
        _awards(members, category.awards, definition)
    return sorted(ordered, key=_order_key)


def _zscores(
    panels: dict[str, dict[str, float]],
) -> tuple[dict[str, dict[str, float]], set[str]]:
    """T' = μ + σ·(T − μj)/σj with population statistics; judges with fewer than two totals
    or no spread keep their raw totals. Returns, per entry, each judge's adjusted total."""
    entries: dict[str, list[str]] = {}
    values: dict[str, list[float]] = {}
    for entry, panel in panels.items():
        for judge, total in panel.items():
            if judge in values:
                entries[judge].append(entry)
                values[judge].append(total)
            else:
                entries[judge], values[judge] = [entry], [total]
    if not values:
        return {}, set()
    moments = {judge: Moments().add(totals) for judge, totals in values.items()}
    everything = Moments()
    for part in moments.values():
        everything.merge(part)
    # the panel's mean over every total, as fsum gives it in any order
    mu = math.fsum(t for totals in values.values() for t in totals) / everything.count
    sigma = everything.pstdev()
    adjusted: dict[str, dict[str, float]] = defaultdict(dict)
    unnormalised: set[str] = set()
    for judge, totals in values.items():
        mu_j = math.fsum(totals) / len(totals)
        sigma_j = moments[judge].pstdev() if len(totals) >= 2 else 0.0
        if len(totals) < 2 or sigma_j == 0:
            unnormalised.add(judge)
            continue
        scaled = [mu + sigma * (total - mu_j) / sigma_j for total in totals]
        for entry, value in zip(entries[judge], scaled, strict=True):
            adjusted[entry][judge] = value
    return adjusted, unnormalised


def _tie_key(result: EntryResult, definition: Definition, inputs: Inputs) -> tuple[float, ...]:
    """Mean normalised score of each tie-break criterion over the entry's panel."""
    keys = []
    for criterion_id in definition.aggregation.tie_break:
        criterion = next(c for c in definition.criteria if c.id == criterion_id)
        panel = result.stages.get(criterion.stage)
        values = [
            inputs.normalised[(judge, result.code, criterion_id)]
            for judge in (panel.judges if panel else {})
            if (judge, result.code, criterion_id) in inputs.normalised
        ]
        keys.append(math.fsum(values) / len(values) if values else -math.inf)
    return tuple(keys)


def _rank(members: list[EntryResult], definition: Definition, inputs: Inputs, attr: str) -> None:
    ranked = [(r, r.final) for r in members if r.final is not None]
    for r in members:
        setattr(r, attr, None)
    # Scores equal within 1e-9 compare as equal at every level (not only neighbours), so
    # a float's last bit never decides a rank that the tie-break should decide.
    keyed = [
        (r, (_bucket(final), *(_bucket(k) for k in _tie_key(r, definition, inputs))))
        for r, final in ranked
    ]
    keyed.sort(key=lambda pair: (tuple(-k for k in pair[1]), pair[0].code))
    position = 0
    previous: tuple[EntryResult, tuple[float, ...]] | None = None
    for index, (result, key) in enumerate(keyed, start=1):
        if previous is not None and previous[1] == key:
            result.flags.add(TIE)
            previous[0].flags.add(TIE)
        else:
            position = index
        setattr(result, attr, position)
        previous = (result, key)


def _bucket(value: float) -> float:
    return value if math.isinf(value) else round(value / TIE_EPSILON)


def _awards(members: list[EntryResult], awards: int, definition: Definition) -> None:
    """The first `awards` category ranks that meet the award rule. Qualifying is monotone
    in the printed final score, so the qualifiers are a prefix of the ranking and tied
    entries qualify together: a tie at the cut-off shares the last place."""
    if awards <= 0:
        return
    placed = [
        (r, rank) for r in members if (rank := r.category_rank) is not None and rank <= awards
    ]
    winners: list[tuple[EntryResult, int]] = []
    for r, rank in placed:
        if qualifies(definition, r.final, r.band):
            r.award = True
            winners.append((r, rank))
        else:
            r.flags.add(BELOW_AWARD_RULE)
    if len(winners) > awards:
        cut = max(rank for _, rank in winners)
        for r, rank in winners:
            if rank == cut:
                r.flags.add(TIE_AT_CUTOFF)


def _band(definition: Definition, final: float | None) -> str | None:
    if final is None:
        return definition.unassessed.label
    shown = round_half_up(final, 2)
    for band in definition.bands:
        if shown >= round_half_up(band.min, 2):
            return band.label
    return None


def _order_key(result: EntryResult) -> tuple[bool, int, str]:
    return (result.rank is None, result.rank or 0, result.code)


@dataclass(frozen=True)
class Sensitivity:
    """An entry whose rank or award is not the same under every method."""

    code: str
    ranks: dict[str, int | None]  # method -> category rank
    awards: dict[str, bool]


def method_sensitivity(
    definition: Definition, entries: list[Entry], inputs: Inputs
) -> list[Sensitivity]:
    """Compute with every method and keep the entries on which the methods disagree, so
    the plenary sees where the choice of method decides an outcome."""
    from judge_app.domain.model import AGGREGATION_METHODS

    return sensitivity_between(
        {method: compute(definition, entries, inputs, method) for method in AGGREGATION_METHODS}
    )


def sensitivity_between(by_method: dict[str, list[EntryResult]]) -> list[Sensitivity]:
    """The entries whose category rank or award differs between the given results."""
    indexed = {m: {r.code: r for r in rows} for m, rows in by_method.items()}
    codes = next(iter(indexed.values()), {})
    out = []
    for code in codes:
        ranks = {m: rows[code].category_rank for m, rows in indexed.items()}
        awards = {m: rows[code].award for m, rows in indexed.items()}
        if len(set(ranks.values())) > 1 or len(set(awards.values())) > 1:
            out.append(Sensitivity(code, ranks, awards))
    return sorted(out, key=lambda s: (not any(s.awards.values()), s.code))
