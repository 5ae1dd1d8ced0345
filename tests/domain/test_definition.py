"""Definition parsing: templates are valid, every error kind is named by key path, and
several problems come back together."""

from __future__ import annotations

import re

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app import services
from judge_app.base.errors import DefinitionError
from judge_app.domain.definition import definition_sha256, parse_definition
from judge_app.domain.model import IMPLICIT_STAGE_ID

MINIMAL = """
[competition]
title = "Uji"

[[categories]]
id = "umum"

[[criteria]]
id = "K1"
name = "Kebaruan"
"""


def problems(text: str) -> list[str]:
    with pytest.raises(DefinitionError) as caught:
        parse_definition(text, "def.toml")
    assert str(caught.value).startswith("def.toml: ")
    return caught.value.problems


@pytest.mark.parametrize("name", ["kipp", "iga", "ombudsman"])
def test_templates_parse(name: str) -> None:
    definition = parse_definition(services.template_text(name), name)
    assert definition.criteria and definition.categories


def test_kipp_template_shape() -> None:
    d = parse_definition(services.template_text("kipp"))
    assert [s.id for s in d.stages] == ["proposal", "presentasi"]
    presentation = {c.name: c.weight for c in d.criteria_of("presentasi")}
    assert sorted(presentation.values()) == [30, 70]
    assert [c.id for c in d.categories] == ["umum", "replikasi", "khusus"]
    assert all(c.awards > 0 for c in d.categories)
    assert all((c.min, c.max) == (0, 100) for c in d.criteria)
    assert all(c.levels and all(lv.description for lv in c.levels) for c in d.criteria)


def test_iga_template_predicates_and_weights() -> None:
    d = parse_definition(services.template_text("iga"))
    assert sorted(c.weight for c in d.criteria) == [10, 15, 20, 25, 30]
    assert [(b.min, b.label) for b in d.bands] == [
        (60.01, "Sangat Inovatif"),
        (35, "Inovatif"),
        (0.01, "Kurang Inovatif"),
    ]
    assert d.unassessed.label == "Tidak Dapat Dinilai"


def test_ombudsman_template_dimensions_and_grades() -> None:
    d = parse_definition(services.template_text("ombudsman"))
    dims: dict[str, float] = {}
    for c in d.criteria:
        assert (c.min, c.max) == (0, 3)
        dim = c.name.split(":")[0]
        dims[dim] = dims.get(dim, 0) + c.weight
    assert {k: round(v, 2) for k, v in dims.items()} == {
        "Input": 21.85,
        "Proses": 32.37,
        "Output": 24.24,
        "Pengaduan": 21.54,
    }
    assert [b.label for b in d.bands] == ["A", "B", "C", "D", "E"]
    assert [b.min for b in d.bands] == [88, 78, 54, 32, 0]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", b.color) for b in d.bands)


def test_minimal_definition_gets_defaults() -> None:
    d = parse_definition(MINIMAL)
    assert [s.id for s in d.stages] == [IMPLICIT_STAGE_ID]
    k1 = d.criteria[0]
    assert (k1.stage, k1.weight, k1.min, k1.max, k1.step) == (IMPLICIT_STAGE_ID, 1, 0, 100, 1)
    assert d.aggregation.method == "mean"


def test_toml_syntax_error_names_line() -> None:
    [problem] = problems('[competition]\ntitle = "unterminated\n')
    assert "not valid TOML" in problem and "line 2" in problem


CASES = {
    "unknown stage": (
        MINIMAL.replace('name = "Kebaruan"', 'name = "K"\nstage = "x"')
        + '\n[[stages]]\nid = "a"\nweight = 1\n',
        "criteria[1].stage: unknown stage 'x'",
    ),
    "weight zero": (MINIMAL + "weight = 0\n", "criteria[1].weight: must be greater than 0, got 0"),
    "weight negative": (MINIMAL + "weight = -2\n", "criteria[1].weight: must be greater than 0"),
    "min not below max": (MINIMAL + "min = 10\nmax = 10\n", "criteria[1].min: must be less"),
    "step does not divide": (
        MINIMAL + "min = 0\nmax = 3\nstep = 0.4\n",
        "criteria[1].step: 0.4 does not divide the range 0–3",
    ),
    "duplicate category id": (
        MINIMAL + '[[categories]]\nid = "umum"\n',
        "categories[2].id: duplicate id 'umum'",
    ),
    "duplicate criterion id": (
        MINIMAL + '[[criteria]]\nid = "K1"\nname = "Lagi"\n',
        "criteria[2].id: duplicate id 'K1'",
    ),
    "bands not descending": (
        MINIMAL + '[[bands]]\nmin = 50\nlabel = "B"\n[[bands]]\nmin = 50\nlabel = "A"\n',
        "bands[2].min: bands must be strictly descending",
    ),
    "negative awards": (
        MINIMAL.replace('id = "umum"', 'id = "umum"\nawards = -1'),
        "categories[1].awards: must be 0 or more, got -1",
    ),
    "unknown method": (
        MINIMAL + '[aggregation]\nmethod = "average"\n',
        "aggregation.method: unknown method 'average'",
    ),
    "tie_break unknown": (
        MINIMAL + '[aggregation]\ntie_break = ["K9"]\n',
        "aggregation.tie_break[1]: unknown criterion 'K9'",
    ),
    "level outside scale": (
        MINIMAL + 'levels = [{ min = 0, max = 120, label = "Baik" }]\n',
        "criteria[1].levels[1]: 0–120 lies outside the criterion's scale 0–100",
    ),
    "levels overlap": (
        MINIMAL
        + 'levels = [{ min = 0, max = 60, label = "A" }, { min = 60, max = 100, label = "B" }]\n',
        "criteria[1].levels[2]: overlaps criteria[1].levels[1]",
    ),
    "unknown key": (MINIMAL + "wieght = 3\n", "criteria[1].wieght: unknown key"),
    "missing title": (MINIMAL.replace('title = "Uji"', ""), "competition.title: is required"),
    "bad locale": (
        MINIMAL.replace('title = "Uji"', 'title = "Uji"\nlocale = "fr"'),
        "competition.locale: must be one of id, en",
    ),
    "bad colour": (
        MINIMAL + '[[bands]]\nmin = 50\nlabel = "B"\ncolor = "green"\n',
        "bands[1].color: must look like #1a9850",
    ),
    "text for number": (MINIMAL + 'max = "100"\n', "criteria[1].max: must be a number"),
    "huge number": (
        MINIMAL + "weight = " + "9" * 400 + "\n",
        "criteria[1].weight: number too large",
    ),
    "category name is another id": (
        MINIMAL.replace('id = "umum"', 'id = "umum"\nname = "Khusus"')
        + '[[categories]]\nid = "khusus"\n',
        "categories[2]: 'khusus' already names category 'umum'",
    ),
    "control character": (
        MINIMAL.replace('title = "Uji"', 'title = "U\\u0007ji"'),
        "competition.title: contains a control character (U+0007)",
    ),
    "no criteria": (
        '[competition]\ntitle = "x"\n[[categories]]\nid = "a"\n',
        "criteria: at least one [[criteria]] is required",
    ),
    "stage without criteria": (
        MINIMAL.replace('name = "Kebaruan"', 'name = "K"\nstage = "a"')
        + '[[stages]]\nid = "a"\n[[stages]]\nid = "b"\n',
        "stages[2]: no criterion belongs to stage 'b'",
    ),
    "all stage weights zero": (
        MINIMAL.replace('name = "Kebaruan"', 'name = "K"\nstage = "a"')
        + '[[stages]]\nid = "a"\nweight = 0\n',
        "stages: at least one stage needs a weight greater than 0",
    ),
}


def test_problem_names_the_criterion_id() -> None:
    [problem] = problems(MINIMAL + "weight = 0\n")
    assert problem == "criteria[1].weight: must be greater than 0, got 0 (criterion K1)"


@pytest.mark.parametrize("case", list(CASES))
def test_each_error_kind_names_key_and_problem(case: str) -> None:
    text, expected = CASES[case]
    found = problems(text)
    assert any(expected in p for p in found), found


def test_several_errors_reported_at_once() -> None:
    text = MINIMAL + 'weight = 0\nmin = 5\nmax = 1\n[aggregation]\nmethod = "avg"\n'
    found = problems(text)
    assert len(found) >= 3
    joined = "\n".join(found)
    assert "criteria[1].weight" in joined
    assert "criteria[1].min" in joined
    assert "aggregation.method" in joined


def test_step_divides_exactly_in_decimal() -> None:
    text = MINIMAL + "min = 0\nmax = 0.3\nstep = 0.1\n"
    assert parse_definition(text).criteria[0].step == 0.1


def test_criterion_value_checks() -> None:
    c = parse_definition(MINIMAL + "min = 0\nmax = 3\nstep = 0.5\n").criteria[0]
    assert c.problem_with(2.5) is None
    assert c.problem_with(3.5) == "3.5 is outside the allowed range 0–3 in steps of 0.5"
    assert c.problem_with(1.2) == "1.2 is not allowed: 0–3 in steps of 0.5"


def test_definition_hash_is_of_exact_text() -> None:
    assert definition_sha256("a") == (
        "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
    )


toml_scalars = st.one_of(
    st.integers(-5, 200),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=8),
    st.booleans(),
)
toml_tables = st.dictionaries(
    st.sampled_from(["id", "name", "weight", "min", "max", "step", "stage", "label", "awards"]),
    toml_scalars,
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "competition": st.dictionaries(st.sampled_from(["title", "locale"]), toml_scalars),
            "stages": st.lists(toml_tables, max_size=3),
            "categories": st.lists(toml_tables, max_size=3),
            "criteria": st.lists(toml_tables, max_size=3),
            "bands": st.lists(toml_tables, max_size=3),
            "aggregation": st.dictionaries(
                st.sampled_from(["method", "trim", "tie_break", "min_judges"]), toml_scalars
            ),
        },
    )
)
def test_fuzzed_definitions_only_raise_definition_error(data: dict) -> None:
    try:
        parse_definition(tomli_w.dumps(data))
    except DefinitionError as exc:
        assert exc.problems
