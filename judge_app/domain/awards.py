"""The award rule (ARCHITECTURE §5, issue 17): a category's award places go only to entries that
meet the competition's requirement (a minimum final score and/or band), ties at the
cut-off share the last place, and when fewer entries qualify than there are places,
fewer awards are given and every output says so in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from judge_app.domain.model import Definition
from judge_app.domain.scoring import format_display, round_half_up


def qualifies(definition: Definition, final: float | None, band: str | None) -> bool:
    """Whether a final score (unrounded) with its band meets the award rule. Compared as
    printed (2 decimals), as bands are, so that the page and the rule never disagree."""
    if final is None:
        return False
    rule = definition.award_rule
    if rule.min_final is not None and round_half_up(final, 2) < round_half_up(rule.min_final, 2):
        return False
    if rule.min_band:
        order = [b.label for b in definition.bands]
        if band not in order or order.index(band) > order.index(rule.min_band):
            return False
    return True


@dataclass(frozen=True)
class CategoryAwards:
    """How a category's award places were filled."""

    category: str
    places: int  # the definition's `awards`
    given: int  # entries marked with the award (ties at the cut-off all count)
    valid: int  # entries with a final score
    qualified: int  # entries that meet the award rule

    @property
    def short(self) -> bool:
        return self.given < self.places


class Placed(Protocol):
    """What the award summary reads of a result (results.EntryResult)."""

    @property
    def category(self) -> str: ...
    @property
    def final(self) -> float | None: ...
    @property
    def band(self) -> str | None: ...
    @property
    def award(self) -> bool: ...


def summarise(definition: Definition, results: Sequence[Placed]) -> list[CategoryAwards]:
    """Per category, in the definition's order (`results`: EntryResult-like objects)."""
    out = []
    for category in definition.categories:
        members = [r for r in results if r.category == category.id]
        out.append(
            CategoryAwards(
                category=category.id,
                places=category.awards,
                given=sum(1 for r in members if r.award),
                valid=sum(1 for r in members if r.final is not None),
                qualified=sum(1 for r in members if qualifies(definition, r.final, r.band)),
            )
        )
    return out


def rule_words(definition: Definition, locale: str) -> str:
    """'predikat Lulus atau lebih baik, nilai akhir sekurang-kurangnya 85,00' — the rule as
    a reader of the document needs it; empty when there is none."""
    rule = definition.award_rule
    en = locale == "en"
    mark = "." if en else ","
    parts = []
    if rule.min_band:
        labels = [b.label for b in definition.bands]
        better = labels.index(rule.min_band) > 0 if rule.min_band in labels else False
        band = next((b for b in definition.bands if b.label == rule.min_band), None)
        text = f"band {rule.min_band}" if en else f"predikat {rule.min_band}"
        if better:
            text += " or better" if en else " atau lebih baik"
        if band is not None and band.min > 0 and rule.min_final is None:
            floor = format_display(band.min, mark)
            least = (
                "i.e. a final score of at least" if en else "yaitu nilai akhir sekurang-kurangnya"
            )
            text += f", {least} {floor}"
        parts.append(text)
    if rule.min_final is not None:
        floor = format_display(rule.min_final, mark)
        parts.append(
            f"a final score of at least {floor}"
            if en
            else f"nilai akhir sekurang-kurangnya {floor}"
        )
    return ", ".join(parts)


def note(definition: Definition, summary: CategoryAwards, locale: str) -> str:
    """One sentence when a category gives fewer awards than it has places (else ''),
    in the document's language: e.g. that only two innovations reached the passing
    grade."""
    if summary.places <= 0 or not summary.short:
        return ""
    en = locale == "en"
    rule = rule_words(definition, locale)
    given = summary.given
    places = summary.places
    if given == 0:
        outcome = "no award is given" if en else "tidak ada penghargaan yang diberikan"
    else:
        outcome = (
            f"{given} of {places} awards are given"
            if en
            else f"{given} dari {places} penghargaan diberikan"
        )
    if rule and summary.qualified < places and summary.qualified < summary.valid:
        count = summary.qualified
        if en:
            who = "No innovation" if count == 0 else f"Only {_count_en(count)}"
            verb = "meets" if count <= 1 else "meet"
            return f"{who} {verb} the award requirement ({rule}); {outcome}."
        who = "Tidak ada inovasi" if count == 0 else f"Hanya {count} inovasi"
        return f"{who} yang memenuhi syarat penghargaan ({rule}); {outcome}."
    count = summary.valid
    if en:
        who = "No innovation has" if count == 0 else f"Only {_count_en(count)} have"
        if count == 1:
            who = "Only one innovation has"
        return f"{who} a valid final score; {outcome}."
    who = "Tidak ada inovasi" if count == 0 else f"Hanya {count} inovasi"
    return f"{who} yang memiliki nilai akhir yang sah; {outcome}."


def _count_en(count: int) -> str:
    return "one innovation" if count == 1 else f"{count} innovations"
