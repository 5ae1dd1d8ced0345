"""A whole round set up in the window, as a secretariat that never opens a terminal or a
text editor would: a competition from the KIPP template, its entries, its judges, an
automatic assignment of three judges per entry, and the packages; each step checked in
the files it wrote."""

from __future__ import annotations

from pathlib import Path

from judge_app import services
from judge_app.base.resources import demo_dir
from judge_app.domain.assignment import likely_conflict
from judge_app.domain.definition import definition_sha256
from tests.ui.test_definition_editor import type_into


def test_a_round_is_set_up_entirely_in_the_window(window, qtbot, tmp_path: Path) -> None:
    from judge_app.ui.definition_pages import IdentityPage

    # 1. File > New competition: the KIPP template, named for Banten 2023
    window.new_action.trigger()
    editor = window.definition_editor
    editor.confirm_discard = False
    editor.template.setCurrentIndex(editor.template.findData("kipp"))
    editor.template.activated.emit(editor.template.currentIndex())
    identity = next(w for _t, w in editor.pages if isinstance(w, IdentityPage))
    type_into(
        qtbot,
        identity.fields["competition.title"],
        "Kompetisi Inovasi Pelayanan Publik Provinsi Banten 2023",
    )
    type_into(qtbot, identity.fields["competition.year"], "2023")
    toml, master = tmp_path / "banten.toml", tmp_path / "banten.sqlite"
    assert editor.save_to(toml)
    assert editor.create_round(master)
    ws = window.secretariat
    assert ws is not None and ws.path == master  # the new round opened as a master
    assert ws.tabs.currentWidget() is ws.panel  # no judges yet: the panel first
    assert services.describe(master).definition_sha256 == definition_sha256(
        toml.read_text(encoding="utf-8")
    )

    # 2. the entries, imported with the importer's report
    assert ws.import_entries(demo_dir() / "entries.csv")
    qtbot.waitUntil(lambda: not ws.running, timeout=30_000)
    entries = services.list_entries(master)
    assert len(entries) == 22
    assert ws.entries.model.rowCount() == 22

    # 3. the judges, imported on the panel (the report box does not block)
    assert ws.panel.import_file(demo_dir() / "judges.csv")
    ws.panel.report.close()
    judges = services.describe(master).judges
    assert len(judges) == 5
    assert ws.panel.model.rowCount() == 5

    # 4. three judges per entry, previewed in words, applied
    ws.tabs.setCurrentWidget(ws.assignments)
    window.assign_action.trigger()
    dialog = ws.assignments.dialog
    dialog.per_entry.setValue(3)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=30_000)
    assert any("3" in line for line in dialog.proposal.words)
    dialog.apply_button.click()
    pairs = services.assignment_matrix(master, None).assigned
    per_entry: dict[str, int] = {}
    for _judge, code in pairs:
        per_entry[code] = per_entry.get(code, 0) + 1
    assert per_entry == {e.code: 3 for e in entries}
    loads = {j.id: sum(1 for judge, _ in pairs if judge == j.id) for j in judges}
    assert max(loads.values()) - min(loads.values()) <= 1
    by_id = {j.id: j for j in judges}
    by_code = {e.code: e for e in entries}
    assert not [
        (judge, code) for judge, code in pairs if likely_conflict(by_id[judge], by_code[code])
    ]

    # 5. the packages, each judge's holding exactly that judge's entries
    folder = tmp_path / "paket"
    assert ws.write_packages(folder)
    qtbot.waitUntil(lambda: not ws.running, timeout=60_000)
    ws.notice.close()
    written = sorted(folder.glob("*.sqlite"))
    assert len(written) == 5
    for path in written:
        info = services.describe(path)
        (judge,) = info.judges
        assert info.entries == loads[judge.id]


def test_the_round_definition_is_changed_from_the_secretariat_menu(window, qtbot, demo) -> None:
    """Secretariat > Edit the competition definition: a category renamed on screen shows
    in the results and assignment views at once; Edit > Undo brings the old one back."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import answer_dialogs
    from tests.ui.test_definition_round import stored_text

    window.open_path(str(demo.master))
    ws = window.secretariat
    results_before = ws.results

    def rename_and_save(dialog) -> None:
        dialog.confirm_discard = False
        dialog.state.set_value("categories[1].name", "Kelompok Umum Banten")
        qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=10_000)

        def confirm(box: QMessageBox) -> None:
            next(b for b in box.buttons() if "re-issue" in b.text()).click()

        answer_dialogs(confirm, None)
        assert dialog.save_to_round()

    answer_dialogs(rename_and_save)
    window.definition_action.trigger()
    assert ws.results is not results_before  # built again on the new categories
    names = [ws.results.tabs.tabText(i) for i in range(ws.results.tabs.count())]
    assert "Kelompok Umum Banten" in names
    combo = ws.assignments.category
    assert "Kelompok Umum Banten" in [combo.itemText(i) for i in range(combo.count())]
    assert "Kelompok Umum Banten" in stored_text(demo.master)
    window.undo_action.trigger()
    assert "Kelompok Umum Banten" not in stored_text(demo.master)
    names = [ws.results.tabs.tabText(i) for i in range(ws.results.tabs.count())]
    assert "Kelompok Umum Banten" not in names and "Kelompok Umum" in names
