"""A file open for changes in another judge-app opens here as a read-only view, says so and
by whom, refuses edits, and opens for changes once the other one has closed it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from judge_app import services
from tests.conftest import file_hash
from tests.store.test_writer_lock import Holder, first_cell, master_held


def test_a_held_package_opens_read_only_and_refuses_edits(qtbot, window, demo) -> None:
    package = demo.packages[0].path
    code, criterion = first_cell(package)
    holder = Holder(package)
    try:
        holder.score(code, criterion, 77.0)
        assert window.open_path(str(package))
        ws = window.workspace
        assert ws.session.read_only
        assert "(read-only)" in window.windowTitle()
        assert not ws.banner_box.isHidden()
        text = ws.status_banner.text()
        assert "open for changes in judge-app on" in text
        assert f"process {holder.process.pid}" in text
        assert ws.status_button.text() == "Open for changes again"
        ws.select_code(code)
        assert ws.form.rows[0].score.text() in ("77", "77,00", "77.00", "77,0")
        before = file_hash(package)
        refused: list[str] = []
        ws.refused.connect(refused.append)
        row = ws.form.rows[0]
        row.score.setFocus()
        row.score.selectAll()
        qtbot.keyClicks(row.score, "88")
        qtbot.keyClick(row.score, Qt.Key.Key_Return)
        assert "read-only" in (row.error.text() + " ".join(refused))
        assert file_hash(package) == before
        # the other window closes the file: "open for changes again" now opens it for work
        holder.close()
        qtbot.mouseClick(ws.status_button, Qt.MouseButton.LeftButton)
        assert window.session is not None and not window.session.read_only
        assert "(read-only)" not in window.windowTitle()
        assert window.workspace.banner_box.isHidden() or (
            "Read-only" not in window.workspace.status_banner.text()
        )
    finally:
        if holder.process.poll() is None:
            holder.close()


def test_a_held_master_opens_read_only_without_merge(qtbot, window, demo) -> None:
    with master_held(demo.master):
        assert window.open_path(str(demo.master))
        ws = window.secretariat
        assert ws.read_only is not None
        assert not ws.merge_button.isEnabled() and not ws.acceptDrops()
        assert not window.merge_action.isEnabled()
        assert not window.import_entries_action.isEnabled()
        assert not window.packages_action.isEnabled()
        banner = ws.findChild(type(ws.heading), "readOnlyBanner")
        assert banner is not None and "open for changes in judge-app on" in banner.text()
        assert len(ws.session.entries) == services.describe(demo.master).entries
    conn = sqlite3.connect(demo.master)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_package_in_a_read_only_folder_opens_read_only(qtbot, window, demo, tmp_path) -> None:
    import shutil

    from tests.test_hostile_environment import read_only, small_disk

    source = demo.packages[0].path
    with small_disk(tmp_path / "cdrom", "4m") as cdrom:
        package = cdrom / source.name
        shutil.copyfile(source, package)
        read_only(cdrom)
        assert window.open_path(str(package))
        ws = window.workspace
        assert ws.session.read_only and "(read-only)" in window.windowTitle()
        assert "this folder cannot be written to" in ws.status_banner.text()
        window.close_file()


def test_a_package_that_vanishes_is_said_once_and_can_be_saved_elsewhere(
    qtbot, window, demo, tmp_path
) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import answer_dialogs

    package = demo.packages[0].path
    assert window.open_path(str(package))
    ws = window.workspace
    code, criterion = first_cell(package)
    ws.select_code(code)
    row = ws.form.rows[0]
    row.score.setFocus()
    row.score.selectAll()
    qtbot.keyClicks(row.score, "70")
    qtbot.keyClick(row.score, Qt.Key.Key_Return)
    shutil.move(package, tmp_path / "moved.sqlite")  # the stick is taken out
    seen: list[str] = []

    def close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    answer_dialogs(close)
    ws.select_code(code)
    row.score.setFocus()
    row.score.selectAll()
    qtbot.keyClicks(row.score, "71")
    qtbot.keyClick(row.score, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert "no longer where it was opened" in seen[0] and ws.gone
    rescued = tmp_path / "rescued.sqlite"
    assert ws.save_copy_to(rescued)
    assert window.current_path == rescued and not window.session.read_only
    assert window.session.value(code, criterion) == 70.0  # what was saved before it left
