"""The definition as the screens edit it: values at the validator's key paths, written into the
TOML text with its comments kept, checked by the validator itself."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge_app.base.errors import DefinitionError
from judge_app.base.resources import demo_dir
from judge_app.domain.definition import parse_definition
from judge_app.domain.definition_document import (
    DefinitionDocument,
    parse_path,
    path_text,
    problem_path,
    typed_number,
)
from judge_app.secretariat.setup import template_names, template_text


@pytest.mark.parametrize("name", ["kipp", "iga", "ombudsman"])
def test_an_unchanged_template_round_trips_byte_for_byte(name: str) -> None:
    text = template_text(name)
    doc = DefinitionDocument(text)
    assert doc.text() == text
    assert doc.problems() == []
    assert doc.definition() == parse_definition(text)


def test_setting_a_value_to_what_it_is_changes_no_byte() -> None:
    text = template_text("kipp")
    doc = DefinitionDocument(text)
    doc.set("competition.title", "Kompetisi Inovasi Pelayanan Publik")
    doc.set("criteria[6].weight", 70)
    doc.set("stages[1].id", "proposal")
    assert doc.text() == text


def test_the_demo_is_the_kipp_template_with_four_values_set() -> None:
    doc = DefinitionDocument(template_text("kipp"))
    doc.set("competition.title", "Kompetisi Inovasi Pelayanan Publik Provinsi Banten 2023")
    doc.set("competition.organizer", "Pemerintah Provinsi Banten")
    doc.set("competition.year", 2023)
    doc.set("documents.recap_signers", ["ketua", "sekretaris"])
    demo = (demo_dir() / "kipp-banten-2023.toml").read_text(encoding="utf-8")
    assert parse_definition(doc.text()) == parse_definition(demo)
    # the template's comments are still there
    assert "# a selection gate" in doc.text()
    assert "# WIB, WITA or WIT" in doc.text()


_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda t: t.strip() == t and t.strip())
_numbers = st.one_of(
    st.integers(min_value=1, max_value=10**6),
    st.floats(min_value=0.001, max_value=1e6, allow_nan=False, allow_infinity=False),
)


@settings(max_examples=60, deadline=None)
@given(
    title=_texts,
    organizer=_texts,
    weights=st.lists(_numbers, min_size=7, max_size=7),
    year=st.integers(min_value=1900, max_value=2200),
)
def test_values_set_are_read_back_from_the_saved_text(
    title: str, organizer: str, weights: list[float], year: int
) -> None:
    doc = DefinitionDocument(template_text("kipp"))
    doc.set("competition.title", title)
    doc.set("competition.organizer", organizer)
    doc.set("competition.year", year)
    for i, weight in enumerate(weights, start=1):
        doc.set(f"criteria[{i}].weight", weight)
    data = tomllib.loads(doc.text())
    assert data["competition"]["title"] == title
    assert data["competition"]["organizer"] == organizer
    assert data["competition"]["year"] == year
    assert [c["weight"] for c in data["criteria"]] == weights
    definition = parse_definition(doc.text())
    assert definition.competition.title == title
    assert [c.weight for c in definition.criteria] == [float(w) for w in weights]
    # and a document opened from that text reads the same values
    again = DefinitionDocument(doc.text())
    assert again.value("competition.title") == title
    assert again.value("criteria[7].weight") == weights[6]


@settings(max_examples=40, deadline=None)
@given(order=st.permutations(range(7)))
def test_moving_criteria_keeps_every_criterion_once(order: list[int]) -> None:
    doc = DefinitionDocument(template_text("kipp"))
    before = [c.id for c in parse_definition(doc.text()).criteria]
    wanted = [before[i] for i in order]
    for position, cid in enumerate(wanted, start=1):
        at = [doc.value(f"criteria[{i + 1}].id") for i in range(7)].index(cid) + 1
        doc.move(f"criteria[{at}]", position)
    assert [c.id for c in parse_definition(doc.text()).criteria] == wanted


def test_a_removed_criterion_disappears_and_the_tie_break_says_so() -> None:
    doc = DefinitionDocument(template_text("kipp"))
    doc.remove("criteria[7]")  # P2
    assert "P2" not in [c["id"] for c in tomllib.loads(doc.text())["criteria"]]
    assert doc.problems() == ["aggregation.tie_break[2]: unknown criterion 'P2'"]
    doc.set("aggregation.tie_break", ["P1"])
    assert doc.problems() == []
    assert [c.id for c in doc.definition().criteria] == ["K1", "K2", "K3", "K4", "K5", "P1"]


def test_problems_are_the_validators_and_name_the_key() -> None:
    doc = DefinitionDocument(template_text("kipp"))
    doc.set("criteria[6].weight", typed_number("abc"))
    doc.set("competition.title", "")
    doc.set("bands[2].color", "merah")
    problems = doc.problems()
    with pytest.raises(DefinitionError) as raised:
        parse_definition(doc.text())
    assert problems == raised.value.problems
    assert "criteria[6].weight: must be a number, got text 'abc' (criterion P1)" in problems
    assert "competition.title: must not be empty" in problems
    assert "bands[2].color: must look like #1a9850, got 'merah'" in problems
    assert {problem_path(p) for p in problems} == {
        "criteria[6].weight",
        "competition.title",
        "bands[2].color",
    }


def test_renaming_an_id_renames_what_refers_to_it() -> None:
    doc = DefinitionDocument(template_text("kipp"))
    doc.set("stages[2].id", "wawancara")
    doc.set("criteria[6].id", "S1")
    doc.set("bands[1].label", "Lolos")
    definition = doc.definition()
    assert definition is not None
    assert [c.stage for c in definition.criteria][-2:] == ["wawancara", "wawancara"]
    assert definition.aggregation.tie_break == ("S1", "P2")
    assert definition.award_rule.min_band == "Lolos"


def test_items_and_levels_are_added_where_asked() -> None:
    doc = DefinitionDocument(template_text("kipp"))
    path = doc.add(
        "criteria", {"id": "P3", "stage": "presentasi", "name": "Dampak", "weight": 10}, at=7
    )
    assert path == "criteria[7]"
    doc.add(f"{path}.levels", {"min": 0, "max": 49, "label": "Rendah"})
    doc.add(f"{path}.levels", {"min": 50, "max": 100, "label": "Tinggi"})
    doc.set(f"{path}.description", "Dampak bagi masyarakat")
    definition = doc.definition()
    assert definition is not None, doc.problems()
    added = definition.criteria[6]
    assert (added.id, added.description) == ("P3", "Dampak bagi masyarakat")
    assert [level.label for level in added.levels] == ["Rendah", "Tinggi"]
    assert definition.criteria[7].id == "P2"
    doc.remove(f"{path}.levels[1]")
    assert [lv["label"] for lv in doc.value(f"{path}.levels")] == ["Tinggi"]
    # the file still reads as a person wrote it: the new table sits apart from the next
    assert '[[criteria]]\nid = "P3"' in doc.text()
    assert '\n\n[[criteria]]\nid = "P2"' in doc.text()


def test_the_first_stage_of_a_definition_without_stages_takes_its_criteria() -> None:
    doc = DefinitionDocument(template_text("iga"))
    assert doc.weights().implicit
    doc.add("stages", {"id": "presentasi", "name": "Presentasi", "weight": 100})
    assert doc.problems() == []
    assert {c.stage for c in doc.definition().criteria} == {"presentasi"}
    doc.remove("stages[1]")
    assert "stages" not in tomllib.loads(doc.text())


def test_weights_add_up_per_stage_and_overall() -> None:
    doc = DefinitionDocument(template_text("kipp"))
    summary = doc.weights()
    assert summary.adds_up and not summary.implicit
    proposal, presentation = summary.stages
    assert (proposal.weight, proposal.share, proposal.total) == (0, 0, 100)
    assert (presentation.share, presentation.total) == (100, 100)
    assert [c.share for c in presentation.criteria] == [70, 30]
    doc.set("criteria[6].weight", 0)
    summary = doc.weights()
    assert not summary.stages[1].adds_up
    assert "criteria[6].weight: must be greater than 0, got 0 (criterion P1)" in doc.problems()
    doc.set("criteria[6].weight", 70)
    doc.set("stages[2].weight", 0)
    assert not doc.weights().adds_up
    assert "stages: at least one stage needs a weight greater than 0" in doc.problems()


def test_ombudsman_weights_are_shares_of_their_total() -> None:
    summary = DefinitionDocument(template_text("ombudsman")).weights()
    assert summary.implicit and summary.adds_up
    (stage,) = summary.stages
    assert abs(sum(c.share or 0 for c in stage.criteria) - 100) < 1e-9


def test_the_preview_shows_each_stage_with_its_criteria_scales_and_levels() -> None:
    preview = DefinitionDocument(template_text("iga")).preview()
    assert [s.id for s in preview] == ["penilaian"]
    first = preview[0].criteria[0]
    assert (first.id, first.min, first.max, first.step) == ("N1", "0", "100", "0.5")
    assert [level.label for level in first.levels] == ["Rendah", "Sedang", "Tinggi"]
    kipp = DefinitionDocument(template_text("kipp")).preview()
    assert [[c.id for c in s.criteria] for s in kipp] == [
        ["K1", "K2", "K3", "K4", "K5"],
        ["P1", "P2"],
    ]


def test_typed_numbers() -> None:
    assert typed_number("70") == 70
    assert typed_number(" 7,5 ") == 7.5
    assert typed_number("0.25") == 0.25
    assert typed_number("") is None
    assert typed_number("abc") == "abc"
    assert typed_number("1.000,5") == "1.000,5"


def test_key_paths_count_from_one_like_the_problems() -> None:
    assert parse_path("criteria[3].levels[2].label") == ("criteria", 2, "levels", 1, "label")
    assert path_text(("criteria", 2, "levels", 1, "label")) == "criteria[3].levels[2].label"
    assert problem_path("not valid TOML: x") == ""
    with pytest.raises(ValueError):
        parse_path("criteria[0]")


def test_text_that_is_not_toml_is_refused_in_the_validators_words() -> None:
    with pytest.raises(DefinitionError) as raised:
        DefinitionDocument("[competition\n")
    assert raised.value.problems[0].startswith("not valid TOML")


def test_every_template_opens() -> None:
    assert {"kipp", "iga", "ombudsman"} <= set(template_names())


def test_items_written_inline_are_edited_inline() -> None:
    text = template_text("kipp")
    start = text.index("[[stages]]")
    end = text.index("[[categories]]")
    inline = (
        'stages = [{ id = "proposal", name = "Evaluasi Proposal", weight = 0 }, '
        '{ id = "presentasi", name = "Presentasi dan Wawancara", weight = 100 }]\n\n'
    )
    doc = DefinitionDocument(
        text[:start].replace("[competition]", inline + "[competition]") + text[end:]
    )
    assert doc.problems() == []
    doc.add("stages", {"id": "final", "name": "Final", "weight": 0}, at=2)
    doc.move("stages[2]", 3)
    stages = tomllib.loads(doc.text())["stages"]
    assert [s["id"] for s in stages] == ["proposal", "presentasi", "final"]
    assert doc.problems() == ["stages[3]: no criterion belongs to stage 'final'"]
    doc.remove("stages[3]")
    assert doc.problems() == []


def test_adding_to_a_key_that_is_not_an_array_is_refused() -> None:
    doc = DefinitionDocument('bands = 5\n\n[competition]\ntitle = "x"\n')
    with pytest.raises(ValueError):
        doc.add("bands", {"min": 0, "label": "x"})
    assert "bands: must be an array of tables ([[bands]]), got int 5" in doc.problems()


def test_moving_an_item_there_and_back_changes_no_byte() -> None:
    text = template_text("kipp")
    doc = DefinitionDocument(text)
    doc.move("criteria[6]", 1)
    assert [c.id for c in doc.definition().criteria][:2] == ["P1", "K1"]
    assert doc.text().count("\n\n[[criteria]]") == 7  # every table still apart
    doc.move("criteria[1]", 6)
    assert doc.text() == text


def test_removing_an_item_keeps_the_comments_between_tables() -> None:
    doc = DefinitionDocument(template_text("kipp"))
    doc.remove("criteria[5]")  # K5: the comment heading the presentation criteria follows it
    assert '"K4"' in doc.text() and '"K5"' not in doc.text()
    assert "# --- Presentasi dan wawancara" in doc.text()
    assert doc.text().index("# --- Presentasi") < doc.text().index('id = "P1"')
    doc.remove("criteria[6]")  # P2, the last: the blank line before [aggregation] stays
    assert "]\n\n[aggregation]" in doc.text()
    doc.set("aggregation.tie_break", ["P1"])
    assert doc.problems() == []
