"""The round's own definition edited on the New competition screens: the demo master's stored
TOML opened, its title changed through the field, saved into the master once the question
about the packages already given out is answered; what a later step would refuse is said
above the pages and the button is disabled."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from judge_app import services
from tests.ui.conftest import answer_dialogs
from tests.ui.test_definition_editor import page, type_into

NEW_TITLE = "Kompetisi Inovasi Pelayanan Publik Provinsi Banten 2024"


@pytest.fixture
def round_editor(qtbot, demo):
    from judge_app.ui.app import create_app
    from judge_app.ui.definition_round import RoundDefinitionEditor

    create_app()
    stack = QUndoStack()
    reloads: list[int] = []
    dialog = RoundDefinitionEditor(demo.master, undo_stack=stack, reload=lambda: reloads.append(1))
    dialog.confirm_discard = False
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.stack_for_test, dialog.reloads = stack, reloads
    return dialog


def stored_text(master: Path) -> str:
    conn = sqlite3.connect(master)
    text = conn.execute("SELECT toml FROM definition").fetchone()[0]
    conn.close()
    return text


def test_the_demo_round_takes_a_new_title(qtbot, round_editor, demo) -> None:
    from judge_app.ui.definition_pages import IdentityPage

    before = stored_text(demo.master)
    assert round_editor.text() == before
    assert round_editor.template.isHidden()
    assert not round_editor.create_button.isEnabled()  # nothing changed yet
    identity = page(round_editor, IdentityPage)
    type_into(qtbot, identity.fields["competition.title"], NEW_TITLE)
    # the warning shows as soon as the check ran: the packages went out
    qtbot.waitUntil(lambda: round_editor.notice.isVisible())
    assert "J1" in round_editor.notice.text()
    assert round_editor.create_button.isEnabled()
    changed: list[Path] = []
    round_editor.changed.connect(changed.append)

    # the question answered Cancel first: nothing written
    answer_dialogs(QMessageBox.StandardButton.Cancel)
    assert not round_editor.save_to_round()
    assert stored_text(demo.master) == before and not changed

    def change(box: QMessageBox) -> None:
        assert "new package" in box.text()
        next(b for b in box.buttons() if "re-issue" in b.text()).click()

    answer_dialogs(change, None)  # the question, then the note to write the packages again
    assert round_editor.save_to_round()
    assert changed == [demo.master]
    after = stored_text(demo.master)
    assert NEW_TITLE in after and after == round_editor.text() != before
    assert services.describe(demo.master).title == NEW_TITLE

    # undone in the workspace: the old definition is back, and the old packages fit again
    round_editor.stack_for_test.undo()
    assert stored_text(demo.master) == before and round_editor.reloads == [1]
    round_editor.stack_for_test.redo()
    assert stored_text(demo.master) == after


def test_a_category_entries_use_cannot_be_removed(qtbot, round_editor, demo) -> None:
    round_editor.state.edit("remove", lambda doc: doc.remove("categories[1]"))
    assert not round_editor.state.problems
    qtbot.waitUntil(lambda: round_editor.notice.isVisible())
    assert "umum" in round_editor.notice.text()
    assert not round_editor.create_button.isEnabled()
    assert "umum" in round_editor.create_button.toolTip()
