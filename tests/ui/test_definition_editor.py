"""The New competition window: the KIPP demo competition built from the template through the
widgets alone (no TOML typed), saved, and turned into a master that the command line would
make from the same file; a bad value shows the validator's message and blocks the round;
undo restores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from judge_app import services
from judge_app.base.resources import demo_dir
from judge_app.domain.definition import definition_sha256, parse_definition


@pytest.fixture
def editor(qtbot, private_home):
    from judge_app.ui.app import create_app
    from judge_app.ui.definition_editor import DefinitionEditor

    create_app()
    dialog = DefinitionEditor(template="iga")
    dialog.confirm_discard = False
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    """Select what the field holds, type over it and press Enter, as a user would."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def page(editor, kind: type):
    for row, (_title, widget) in enumerate(editor.pages):
        if isinstance(widget, kind):
            editor.page_list.setCurrentRow(row)
            return widget
    raise AssertionError(kind)


def stored_hash(master: Path) -> str:
    return services.describe(master).definition_sha256


def test_the_kipp_demo_is_built_through_the_window(qtbot, editor, tmp_path: Path) -> None:
    from judge_app.ui.definition_pages import IdentityPage

    # the template picker: from IGA (opened with) to KIPP
    assert editor.state.value("competition.organizer") == "Kementerian Dalam Negeri"
    editor.template.setCurrentIndex(editor.template.findData("kipp"))
    editor.template.activated.emit(editor.template.currentIndex())
    assert editor.state.doc.text() == services.template_text("kipp")

    identity = page(editor, IdentityPage)
    type_into(
        qtbot,
        identity.fields["competition.title"],
        "Kompetisi Inovasi Pelayanan Publik Provinsi Banten 2023",
    )
    type_into(qtbot, identity.fields["competition.organizer"], "Pemerintah Provinsi Banten")
    type_into(qtbot, identity.fields["competition.year"], "2023")
    identity.signers["ketua"].click()
    identity.signers["sekretaris"].click()
    assert editor.state.problems == []
    assert editor.create_button.isEnabled()

    toml = tmp_path / "banten.toml"
    assert editor.save_to(toml)
    demo = (demo_dir() / "kipp-banten-2023.toml").read_text(encoding="utf-8")
    saved = toml.read_text(encoding="utf-8")
    assert parse_definition(saved) == parse_definition(demo)
    assert "# a selection gate" in saved  # the template's comments are kept

    created: list[Path] = []
    editor.created.connect(created.append)
    master = tmp_path / "banten.sqlite"
    assert editor.create_round(master)
    assert created == [master]
    assert stored_hash(master) == definition_sha256(saved)

    other = tmp_path / "other.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "judge_app", "new", "-d", str(toml), "-o", str(other)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert stored_hash(other) == stored_hash(master)


def test_a_bad_weight_shows_the_validators_message_and_blocks_the_round(
    qtbot, editor, tmp_path: Path
) -> None:
    from judge_app.ui.definition_pages import CriteriaPage

    editor.start_from("kipp")
    criteria = page(editor, CriteriaPage)
    criteria.list.select(5)  # P1
    weight = criteria.detail_fields["weight"]
    type_into(qtbot, weight, "abc")
    message = "criteria[6].weight: must be a number, got text 'abc' (criterion P1)"
    assert editor.state.problems == [message]
    assert [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())] == [
        message
    ]
    assert weight.property("invalid") is True
    assert message in weight.toolTip()
    assert not editor.create_button.isEnabled()
    assert not editor.create_round(tmp_path / "never.sqlite")
    assert not (tmp_path / "never.sqlite").exists()

    # undo restores the weight: Ctrl+Z in the field, once its typing is written, is the
    # window's undo
    assert weight.hasFocus() and not weight.isModified()
    qtbot.keyClick(weight, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.state.value("criteria[6].weight") == 70
    assert editor.state.problems == []
    assert editor.create_button.isEnabled()
    assert weight.text() == "70"
    assert weight.property("invalid") is False
    qtbot.keyClick(
        editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.state.value("criteria[6].weight") == "abc"
    editor.undo_button.click()

    # a weight of 0 leaves the stage without a valid weight: the validator's rule
    type_into(qtbot, weight, "0")
    assert editor.state.problems == [
        "criteria[6].weight: must be greater than 0, got 0 (criterion P1)"
    ]
    stage = editor.weights.topLevelItem(1)
    assert stage.foreground(0).color().name() == "#b3261e"
    editor.undo_button.click()
    assert editor.state.problems == []


def test_clicking_a_problem_shows_its_field(qtbot, editor) -> None:
    from judge_app.ui.definition_pages import BandsPage, IdentityPage

    editor.start_from("kipp")
    identity = page(editor, IdentityPage)
    type_into(qtbot, identity.fields["competition.title"], " ")
    editor.state.set_value("bands[2].color", "merah")
    assert editor.state.problems == [
        "competition.title: is required",
        "bands[2].color: must look like #1a9850, got 'merah'",
    ]
    editor.problems.list.itemClicked.emit(editor.problems.list.item(1))
    bands = editor.current_page()
    assert isinstance(bands, BandsPage)
    table = bands.tables["bands"]
    assert (table.view.currentIndex().row(), table.view.currentIndex().column()) == (1, 3)
    editor.problems.list.itemClicked.emit(editor.problems.list.item(0))
    assert editor.current_page() is identity
    assert identity.fields["competition.title"].hasFocus()


def test_stages_criteria_and_levels_are_edited_in_tables(qtbot, editor) -> None:
    from judge_app.ui.definition_pages import CriteriaPage, StagesPage

    # IGA has no stages: the first one added takes every criterion
    stages = page(editor, StagesPage)
    assert stages.implicit.isVisible()
    stages.tables["stages"].add_button.click()
    assert editor.state.problems == []
    table = stages.tables["stages"]
    table.model.setData(table.model.index(0, 2), "100")
    assert editor.state.value("stages[1].weight") == 100

    criteria = page(editor, CriteriaPage)
    count = editor.state.doc.count("criteria")
    criteria.list.select(count - 1)
    criteria.list.add_button.click()
    assert editor.state.doc.count("criteria") == count + 1
    assert criteria.list.current_row() == count
    criteria.levels.add_button.click()
    new = f"criteria[{count + 1}]"
    assert editor.state.value(f"{new}.levels")[0]["label"] == "Level 1"
    assert editor.state.problems == []
    assert editor.weights.topLevelItem(0).childCount() == count + 2  # and their sum
    criteria.list.remove_button.click()
    assert editor.state.doc.count("criteria") == count
    editor.undo_button.click()
    assert editor.state.doc.count("criteria") == count + 1


def test_an_existing_toml_is_opened_with_its_problems(qtbot, editor, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(services.template_text("kipp").replace("weight = 30", 'weight = "x"'))
    assert editor.open_file(bad)
    assert editor.state.problems == [
        "criteria[7].weight: must be a number, got text 'x' (criterion P2)"
    ]
    assert not editor.create_button.isEnabled()
    assert editor.path == bad


def test_the_window_fits_a_small_screen(editor) -> None:
    screen = editor.screen().availableGeometry()
    assert editor.width() <= screen.width() and editor.height() <= screen.height()


def test_no_two_controls_of_a_page_share_a_mnemonic(editor) -> None:
    from tests.ui.test_mnemonics import labelled, mnemonic

    for row, (title, _page) in enumerate(editor.pages):
        editor.page_list.setCurrentRow(row)
        letters = [m for m in map(mnemonic, labelled(editor)) if m]
        assert len(letters) == len(set(letters)), (title, sorted(letters))


def test_declaration_clauses_are_written_one_per_line(qtbot, editor) -> None:
    from judge_app.ui.definition_pages import DeclarationsPage

    editor.start_from("kipp")
    declarations = page(editor, DeclarationsPage)
    pakta = declarations.boxes["pakta"]
    assert pakta.toPlainText() == ""
    assert pakta.placeholderText().startswith("Akan melaksanakan penilaian")  # built in
    pakta.setFocus()
    qtbot.keyClicks(pakta, "Menilai secara objektif;")
    qtbot.keyClick(pakta, Qt.Key.Key_Return)
    qtbot.keyClicks(pakta, "Menjaga kerahasiaan.")
    declarations.boxes["sanctions"].setFocus()  # leaving the field writes it
    assert editor.state.value("declarations.pakta") == [
        "Menilai secara objektif;",
        "Menjaga kerahasiaan.",
    ]
    definition = editor.state.doc.definition()
    assert definition is not None
    assert definition.declarations.pakta == ("Menilai secara objektif;", "Menjaga kerahasiaan.")
    editor.undo_button.click()
    assert editor.state.value("declarations") in (None, {})
    assert pakta.toPlainText() == ""


def test_new_items_get_free_ids_and_a_whole_table_problem_shows_the_table(qtbot, editor) -> None:
    from judge_app.ui.definition_pages import CategoriesPage, StagesPage

    editor.start_from("kipp")
    categories = page(editor, CategoriesPage)
    categories.tables["categories"].add_button.click()
    categories.tables["categories"].add_button.click()
    ids = [c["id"] for c in editor.state.value("categories")]
    assert len(ids) == len(set(ids)) == 5
    assert editor.state.problems == []

    stages = page(editor, StagesPage)
    table = stages.tables["stages"]
    table.model.setData(table.model.index(1, 2), "0")
    assert editor.state.problems == ["stages: at least one stage needs a weight greater than 0"]
    overall = editor.weights.topLevelItem(2)  # after the two stages: all stages together
    assert overall.foreground(0).color().name() == "#b3261e"
    editor.page_list.setCurrentRow(0)
    editor.problems.list.itemClicked.emit(editor.problems.list.item(0))
    assert editor.current_page() is stages
    assert table.view.hasFocus()
