"""The award rule (issue 17): a category's places go only to entries that meet the
competition's requirement; ties at the cut-off share the last place; fewer qualifiers
mean fewer awards, said in words. Hand-worked cases and a property test against a plain
oracle written here."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.base.errors import DefinitionError
from judge_app.domain import awards
from judge_app.domain.definition import parse_definition
from judge_app.domain.model import Entry
from judge_app.domain.results import BELOW_AWARD_RULE, TIE_AT_CUTOFF, Inputs, compute

BASE = """
[competition]
title = "Uji"
locale = "{locale}"

[[categories]]
id = "umum"
name = "Kelompok Umum"
awards = {places}

[[criteria]]
id = "A"
name = "A"

[[bands]]
min = 85
label = "Lulus"
[[bands]]
min = 0
label = "Tidak Lulus"
"""


def definition(places: int = 3, locale: str = "id", **rule) -> object:
    text = BASE.format(places=places, locale=locale)
    if rule:
        text += "\n[awards]\n" + "".join(
            f"{k} = {v!r}\n".replace("'", '"') for k, v in rule.items()
        )
    return parse_definition(text)


def run(d, finals: dict[str, float]):
    entries = [Entry(code, code, "umum") for code in finals]
    totals = {("J1", code, "penilaian"): value for code, value in finals.items()}
    return {r.code: r for r in compute(d, entries, Inputs(totals))}


def test_the_demo_case_third_place_below_the_passing_grade_gets_no_award() -> None:
    d = definition(places=3, min_band="Lulus")
    r = run(d, {"E1": 89.76, "E2": 86.24, "E3": 81.82, "E4": 69.32})
    assert [c for c in r if r[c].award] == ["E1", "E2"]
    assert r["E3"].category_rank == 3 and not r["E3"].award
    assert BELOW_AWARD_RULE in r["E3"].flags
    assert BELOW_AWARD_RULE not in r["E4"].flags  # not within the places at all
    (summary,) = awards.summarise(d, list(r.values()))
    assert (summary.places, summary.given, summary.qualified, summary.valid) == (3, 2, 2, 4)
    sentence = awards.note(d, summary, "id")
    assert sentence.startswith("Hanya 2 inovasi yang memenuhi syarat penghargaan")
    assert "predikat Lulus" in sentence and "85,00" in sentence
    assert "2 dari 3 penghargaan diberikan" in sentence
    english = awards.note(d, summary, "en")
    assert english.startswith("Only 2 innovations meet the award requirement")
    assert "2 of 3 awards are given" in english and "85.00" in english


def test_without_a_rule_places_alone_decide() -> None:
    d = definition(places=3)
    r = run(d, {"E1": 60.0, "E2": 50.0, "E3": 40.0, "E4": 30.0})
    assert [c for c in r if r[c].award] == ["E1", "E2", "E3"]
    (summary,) = awards.summarise(d, list(r.values()))
    assert awards.note(d, summary, "id") == ""


def test_min_final_is_compared_as_printed() -> None:
    """84.995 prints 85,00: it meets 'at least 85' as the page shows it."""
    d = definition(places=3, min_final=85)
    r = run(d, {"E1": 84.995, "E2": 84.994})
    assert r["E1"].award and not r["E2"].award


def test_tie_at_the_cut_off_shares_the_last_place_when_both_qualify() -> None:
    d = definition(places=2, min_band="Lulus")
    r = run(d, {"E1": 95.0, "E2": 90.0, "E3": 90.0, "E4": 70.0})
    assert {c for c in r if r[c].award} == {"E1", "E2", "E3"}
    assert TIE_AT_CUTOFF in r["E2"].flags and TIE_AT_CUTOFF in r["E3"].flags
    (summary,) = awards.summarise(d, list(r.values()))
    assert summary.given == 3 and awards.note(d, summary, "id") == ""


def test_no_qualifier_no_award_and_a_sentence() -> None:
    d = definition(places=3, min_band="Lulus")
    r = run(d, {"E1": 80.0, "E2": 70.0})
    assert not any(x.award for x in r.values())
    (summary,) = awards.summarise(d, list(r.values()))
    assert awards.note(d, summary, "id").startswith("Tidak ada inovasi yang memenuhi syarat")
    assert "tidak ada penghargaan yang diberikan" in awards.note(d, summary, "id")
    assert awards.note(d, summary, "en").startswith("No innovation meets the award requirement")


def test_fewer_valid_finals_than_places_is_said_too() -> None:
    d = definition(places=3)
    r = run(d, {"E1": 80.0})
    (summary,) = awards.summarise(d, list(r.values()))
    assert summary.given == 1
    assert awards.note(d, summary, "id") == (
        "Hanya 1 inovasi yang memiliki nilai akhir yang sah; 1 dari 3 penghargaan diberikan."
    )
    assert awards.note(d, summary, "en") == (
        "Only one innovation has a valid final score; 1 of 3 awards are given."
    )


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ('min_band = "Emas"', "awards.min_band: unknown band 'Emas'"),
        ("min_final = 120", "awards.min_final: must lie within 0–100"),
        ("places = 3", "awards.places: unknown key"),
    ],
)
def test_a_wrong_rule_is_refused_naming_the_key(rule: str, problem: str) -> None:
    with pytest.raises(DefinitionError) as caught:
        parse_definition(BASE.format(places=3, locale="id") + f"\n[awards]\n{rule}\n")
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


def _shown(value: float) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@settings(max_examples=300, deadline=None)
@given(
    finals=st.lists(
        st.integers(min_value=7000, max_value=9500).map(lambda n: n / 100), max_size=12
    ),
    places=st.integers(min_value=0, max_value=5),
    min_final=st.one_of(st.none(), st.sampled_from([80, 85, 87.5, 90])),
    use_band=st.booleans(),
)
def test_awards_match_a_plain_oracle(finals, places, min_final, use_band) -> None:
    """Oracle: an entry is awarded exactly when fewer than `places` entries of its category
    have a strictly higher final (its competition rank is within the places) and its
    printed final meets every requirement; the number given is never above the places
    unless the last place is tied."""
    rule = {}
    if min_final is not None:
        rule["min_final"] = min_final
    if use_band:
        rule["min_band"] = "Lulus"
    d = definition(places=places, **rule)
    codes = {f"E{i:02d}": f for i, f in enumerate(finals)}
    r = run(d, codes)
    for code, final in codes.items():
        ahead = sum(1 for other in codes.values() if other > final)
        meets = (min_final is None or _shown(final) >= Decimal(str(min_final))) and (
            not use_band or _shown(final) >= 85
        )
        assert r[code].award == (ahead < places and meets), (code, final, r[code])
        assert (BELOW_AWARD_RULE in r[code].flags) == (ahead < places and not meets)
    given_count = sum(1 for x in r.values() if x.award)
    (summary,) = awards.summarise(d, list(r.values()))
    assert summary.given == given_count
    if given_count > places:
        assert any(TIE_AT_CUTOFF in x.flags for x in r.values() if x.award)
    assert (awards.note(d, summary, "id") != "") == (places > 0 and given_count < places)
