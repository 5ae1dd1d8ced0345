"""Assignments per stage in the window (issue 20): the automatic assignment dialog plans a
number of judges for each stage; the matrix's stage selector shows the pairs that score a
stage and a tick assigns that stage only (undone with the rest); on the judge's side a cell
of a stage assigned to other judges is read-only and says why."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from judge_app import services
from tests.ui.test_assignment_view import cell


def stage_counts(master, stage: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _judge, code in services.assignment_matrix(master, stage=stage).assigned:
        counts[code] = counts.get(code, 0) + 1
    return counts


def test_the_dialog_plans_per_stage_and_undo_puts_it_back(window, demo, qtbot) -> None:
    window.open_path(str(demo.master))
    ws = window.secretariat
    before = services.assignment_matrix(demo.master)
    ws.auto_assign()
    dialog = ws.assignments.dialog
    assert dialog is not None
    assert set(dialog.stage_counts) == {"proposal", "presentasi"}
    assert not dialog.stage_counts["proposal"].isEnabled()
    dialog.per_stage.setChecked(True)
    assert dialog.stage_counts["proposal"].isEnabled() and not dialog.per_entry.isEnabled()
    dialog.stage_counts["proposal"].setValue(2)
    dialog.stage_counts["presentasi"].setValue(4)
    assert dialog.rules().per_stage == {"proposal": 2, "presentasi": 4}
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=20_000)
    assert "Stage Evaluasi Proposal: each entry gets 2 judges" in dialog.words.text()
    assert dialog.loads.columnCount() == 5  # each stage's load in a column of its own
    assert dialog.loads.horizontalHeaderItem(4).text() == "Presentasi dan Wawancara"
    assert sum(int(dialog.loads.item(r, 3).text()) for r in range(5)) == 2 * demo.entries
    dialog.apply_button.click()
    assert set(stage_counts(demo.master, "proposal").values()) == {2}
    assert set(stage_counts(demo.master, "presentasi").values()) == {4}
    view = ws.assignments
    # All stages: the judges of any stage (4 at the presentation, 2 at the desk evaluation)
    assert set(view.model.counts.values()) <= {4, 5} and len(view.model.counts) == demo.entries
    assert not view.stage.isHidden()
    view.stage.setCurrentIndex(view.stage.findData("presentasi"))
    assert view.model.matrix.stage == "presentasi"
    assert view.model.counts == stage_counts(demo.master, "presentasi")
    window.undo_action.trigger()
    after = services.assignment_matrix(demo.master)
    assert after.every == before.every and after.staged == before.staged == set()


def test_the_stage_selector_ticks_one_stage(window, demo) -> None:
    window.open_path(str(demo.master))
    view = window.secretariat.assignments
    judge, code = "J2", "KIPP23-003"
    # All stages: the demo assigns every pair for every stage; a stage cannot take it away
    view.stage.setCurrentIndex(view.stage.findData("proposal"))
    index = cell(view, judge, code)
    assert view.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert "every stage" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    view.stage.setCurrentIndex(0)  # All stages
    index = cell(view, judge, code)
    view.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    view.stage.setCurrentIndex(view.stage.findData("proposal"))
    index = cell(view, judge, code)
    assert view.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    view.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    matrix = services.assignment_matrix(demo.master)
    assert (judge, code, "proposal") in matrix.staged and (judge, code) not in matrix.every
    # the screen changed that pair alone, as the file now says for the stage
    shown = services.assignment_matrix(demo.master, stage="proposal")
    assert view.model.counts[code] == sum(1 for _, c in shown.assigned if c == code)
    assert view.model.matrix.loads == shown.loads
    view.stage.setCurrentIndex(0)
    index = cell(view, judge, code)
    assert view.model.data(index, Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.PartiallyChecked
    )
    window.undo_action.trigger()  # the stage's tick
    assert (judge, code, "proposal") not in services.assignment_matrix(demo.master).staged
    window.undo_action.trigger()  # the pair taken away
    assert (judge, code) in services.assignment_matrix(demo.master).every


def test_a_stage_not_assigned_is_read_only_for_the_judge(window, demo, qtbot) -> None:
    package = demo.packages[0].path
    code = "KIPP23-002"
    with sqlite3.connect(package) as conn:
        conn.execute("UPDATE assignments SET stage = 'proposal' WHERE entry_code = ?", [code])
    conn.close()
    assert window.open_path(str(package))
    ws = window.workspace
    ws.select_code(code)
    ws.stage_box.setCurrentIndex(ws.stage_box.findData("presentasi"))
    qtbot.waitUntil(lambda: ws.stage == "presentasi")
    ws.form.show_entry(code)
    message = "stage Presentasi dan Wawancara of entry KIPP23-002 is not assigned to this judge"
    for row in ws.form.rows:
        assert not row.score.isEnabled() and not row.note.isEnabled()
        assert row.score.toolTip() == message
    index = ws.grid_model.index(ws.grid_model.codes.index(code), 0)
    assert not ws.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert ws.grid_model.data(index, Qt.ItemDataRole.ToolTipRole) == message
    assert ws.grid_model.refusal(index) == message
    assert not ws.grid_model.setData(index, "80")
    # the entry's own stage is open as before
    ws.stage_box.setCurrentIndex(ws.stage_box.findData("proposal"))
    qtbot.waitUntil(lambda: ws.stage == "proposal")
    ws.form.show_entry(code)
    assert all(row.score.isEnabled() for row in ws.form.rows)
