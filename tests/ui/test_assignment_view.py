"""The Assignments tab on a real master: a tick saves at once and undo puts the file back;
the automatic plan is previewed in words with each judge's load, applied, and undone; the
packages dialog shows each judge's load before writing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from judge_app import services
from judge_app.ui.assignment_model import AssignmentModel


def pairs_in(master: Path) -> set[tuple[str, str]]:
    return set(services.assignment_matrix(master, None).assigned)


def cell(view, judge_id: str, code: str):
    model = view.model
    matrix = model.matrix
    row = [e.code for e in matrix.entries].index(code)
    column = AssignmentModel.FIXED + [j.id for j in matrix.judges].index(judge_id)
    return model.index(row, column)


def test_a_tick_is_saved_at_once_and_undone(window, demo) -> None:
    assert window.open_path(str(demo.master))
    ws = window.secretariat
    view = ws.assignments
    before = pairs_in(demo.master)
    judge, code = sorted(before)[0]
    index = cell(view, judge, code)
    assert view.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    def load_of(judge_id: str) -> int:
        return {s.judge.id: s.assigned for s in ws.session.dashboard}[judge_id]

    load = load_of(judge)
    view.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert pairs_in(demo.master) == before - {(judge, code)}
    assert load_of(judge) == load - 1  # the judges' tabs show the new load
    assert view.model.matrix.loads[judge] == load - 1  # so does the column head
    index = cell(view, judge, code)
    assert view.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert pairs_in(demo.master) == before
    assert load_of(judge) == load
    index = cell(view, judge, code)
    assert view.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    window.redo_action.trigger()
    assert pairs_in(demo.master) == before - {(judge, code)}


def test_the_automatic_plan_is_previewed_applied_and_undone(window, demo, qtbot) -> None:
    window.open_path(str(demo.master))
    ws = window.secretariat
    before = pairs_in(demo.master)
    ws.auto_assign()
    dialog = ws.assignments.dialog
    assert dialog is not None
    dialog.per_entry.setValue(2)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=20_000)
    assert dialog.apply_button.isEnabled()
    assert dialog.words.text()  # the plan in words
    loads = {
        dialog.loads.item(r, 0).text().split(":")[0]: int(dialog.loads.item(r, 2).text())
        for r in range(dialog.loads.rowCount())
    }
    assert sum(loads.values()) == 2 * demo.entries
    assert max(loads.values()) - min(loads.values()) <= 1
    dialog.seed.setValue(7)  # a changed rule makes the shown plan stale
    assert not dialog.apply_button.isEnabled()
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=20_000)
    dialog.apply_button.click()
    after = pairs_in(demo.master)
    counts: dict[str, int] = {}
    for _judge, code in after:
        counts[code] = counts.get(code, 0) + 1
    assert set(counts.values()) == {2} and len(counts) == demo.entries
    assert ws.assignments.model.counts == counts  # the matrix shows the file
    window.undo_action.trigger()
    assert pairs_in(demo.master) == before


def test_the_packages_dialog_shows_each_judges_load(window, demo) -> None:
    window.open_path(str(demo.master))
    from judge_app.ui.packages_dialog import PackagesDialog

    dialog = PackagesDialog(window.secretariat.session, window)
    counts = {s.judge.id: s.assigned for s in window.secretariat.session.dashboard}
    shown = {
        dialog.table.item(r, 0).text().split(":")[0]: int(dialog.table.item(r, 2).text())
        for r in range(dialog.table.rowCount())
    }
    assert shown == counts
    dialog.reject()
