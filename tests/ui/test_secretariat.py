"""The secretariat workspace on real masters: results per method as the services compute
them, drill-down, charts, sensitivity, merge by drop with its report, exports and the key
re-registration, all through the widgets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from judge_app import services
from judge_app.domain.model import AGGREGATION_METHODS
from judge_app.domain.scoring import format_display
from tests.conftest import TEST_PASSPHRASE, file_hash
from tests.test_merge import fresh_master
from tests.ui.conftest import answer_dialogs


@pytest.fixture
def merged(signed, tmp_path: Path) -> Path:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    return master


def column_texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_results_follow_the_method_selector(window, merged: Path) -> None:
    assert window.open_path(str(merged))
    ws = window.secretariat
    assert ws.tabs.currentWidget() is ws.results  # signed sheets: results first
    view = ws.results
    for method in AGGREGATION_METHODS:
        view.set_method(method)
        assert view.method == method
        document = services.results_document(merged, method)
        for index, category in enumerate(view.categories):
            view.tabs.setCurrentIndex(index)
            expected = [e for e in document["entries"] if not category or e["category"] == category]
            rank_key = "category_rank" if category else "rank"
            expected.sort(key=lambda e: (e[rank_key] is None, e[rank_key] or 0, e["code"]))
            model = view.model
            assert column_texts(model, 1) == [e["code"] for e in expected]
            assert column_texts(model, model.final_column) == [
                "" if e["final"] is None else format_display(e["final"], ".") for e in expected
            ]
            assert column_texts(model, model.final_column + 2) == [
                "★" if e["award"] else "" for e in expected
            ]


def test_band_colour_and_flags_in_words(window, merged: Path) -> None:
    window.open_path(str(merged))
    view = window.secretariat.results
    model = view.model
    band_column = model.final_column + 1
    definition = window.secretariat.session.definition
    colors = {b.label: b.color for b in definition.bands}
    for row in range(model.rowCount()):
        band = model.data(model.index(row, band_column))
        background = model.data(model.index(row, band_column), Qt.ItemDataRole.BackgroundRole)
        assert background.name() == colors[band].lower()
    # a flag is spelled out, with a sentence on hover
    result = model.rows[0]
    result.flags.add("disagreement")
    flags_column = model.columnCount() - 1
    assert model.data(model.index(0, flags_column)) == "judges disagree"
    tip = model.data(model.index(0, flags_column), Qt.ItemDataRole.ToolTipRole)
    assert "15 points from the panel's median" in tip


def test_drill_down_shows_each_judges_criterion_scores(window, merged: Path, signed) -> None:
    window.open_path(str(merged))
    view = window.secretariat.results
    code = "KIPP23-009"
    view.show_code(code)
    detail = view.detail
    assert code in detail.heading.text()
    document = services.results_document(merged)
    entry = next(e for e in document["entries"] if e["code"] == code)
    judges = entry["stages"]["presentasi"]["judges"]
    shown = {}
    for row in range(detail.table.rowCount()):
        judge_id = detail.table.item(row, 0).text().split(" · ")[0]
        header = [
            detail.table.horizontalHeaderItem(c).text() for c in range(detail.table.columnCount())
        ]
        column = header.index("Total Presentasi dan Wawancara")
        item = detail.table.item(row, column)
        if item is not None:
            shown[judge_id] = item.text()
    assert shown == {j: format_display(t, ".") for j, t in judges.items()}


def test_conflict_row_in_the_drill_down(window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    demo = services.build_demo(tmp_path / "demo")
    services.sign_demo(demo, TEST_PASSPHRASE)
    services.merge(demo.master, [p.path for p in demo.packages])
    window.open_path(str(demo.master))
    view = window.secretariat.results
    view.show_code("KIPP23-009")
    table = view.detail.table
    texts = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert any("Conflict of interest declared: Pernah menjadi narasumber" in t for t in texts)
    # the sensitivity tab lists what the services list, and double-click drills down
    sensitivity = window.secretariat.sensitivity
    assert sensitivity.stale  # nothing computed until the tab is shown
    window.secretariat.tabs.setCurrentWidget(sensitivity)
    expected = services.method_sensitivity(demo.master)
    assert sensitivity.table.rowCount() == len(expected) > 0
    first = sensitivity.table.item(0, 0).text()
    assert first == expected[0].code
    sensitivity.table.cellDoubleClicked.emit(0, 0)
    assert window.secretariat.tabs.currentWidget() is view
    assert view.selected_code() == first


def test_charts_draw_a_box_per_judge_and_a_line_per_leading_entry(window, merged: Path) -> None:
    window.open_path(str(merged))
    charts = window.secretariat.charts
    window.secretariat.tabs.setCurrentWidget(charts)
    series = charts.box_view.chart().series()
    assert len(series) == 1 and series[0].count() == 5  # five judges
    box = series[0].boxSets()[0]
    values = sorted(window.secretariat.session.distributions("presentasi")["J1"])
    assert box.at(0) == pytest.approx(values[0]) and box.at(4) == pytest.approx(values[-1])
    lines = charts.rank_view.chart().series()
    category = charts.category_box.currentData()
    ranks = window.secretariat.session.ranks_by_method(category)
    assert len(lines) == sum(
        1 for by in ranks.values() if any(r is not None and r <= 10 for r in by.values())
    )


def drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    widget.dropEvent(event)


def test_merge_by_drop_reports_every_file(qtbot, window, signed, tmp_path: Path) -> None:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    assert ws.acceptDrops()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database")
    before = file_hash(master)
    drop(ws, [junk])
    qtbot.waitUntil(lambda: not ws.running)
    assert ws.result.table.item(0, 1).text() == "refused"
    assert file_hash(master) == before
    ws.result.close()
    drop(ws, [p.path for p in signed.packages[:3]])
    qtbot.waitUntil(lambda: not ws.running)
    assert [ws.result.table.item(r, 1).text() for r in range(3)] == ["accepted"] * 3
    assert ws.judges.model.rowCount() == 5
    assert sum(1 for s in ws.session.dashboard if s.revision) == 3
    assert "3 signed sheets merged" in ws.heading.text()


def save_as(path: Path):
    def fill(dialog) -> None:
        from PySide6.QtWidgets import QLineEdit

        dialog.selectFile(str(path))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))  # as if typed
        dialog.accept()

    return fill


def test_exports_from_the_window(qtbot, window, merged: Path, tmp_path: Path) -> None:
    window.open_path(str(merged))
    ws = window.secretariat
    ws.results.set_method("median")
    target = tmp_path / "hasil.json"
    answer_dialogs(save_as(target))
    assert ws.export_json()
    qtbot.waitUntil(lambda: not ws.running)
    assert ws.result == target
    from judge_app.interchange.results_csv import with_display_figures

    assert json.loads(target.read_text(encoding="utf-8")) == with_display_figures(
        services.results_document(merged, "median")
    )
    csv_target = tmp_path / "hasil.csv"
    answer_dialogs(save_as(csv_target))
    assert ws.export_csv()
    qtbot.waitUntil(lambda: not ws.running)
    assert ws.result == csv_target
    assert csv_target.read_text(encoding="utf-8-sig").startswith("Kode;Nama Inovasi;Kelompok")
    xlsx_target = tmp_path / "hasil.xlsx"
    answer_dialogs(save_as(xlsx_target))
    assert ws.export_xlsx()
    qtbot.waitUntil(lambda: not ws.running)
    assert ws.result == xlsx_target
    from openpyxl import load_workbook

    assert len(load_workbook(xlsx_target).sheetnames) >= 3


def test_signed_recap_and_berita_acara_from_the_window(qtbot, window, merged: Path, tmp_path: Path):
    import subprocess

    from PySide6.QtWidgets import QMessageBox

    window.open_path(str(merged))
    ws = window.secretariat
    recap = tmp_path / "rekap.pdf"

    def fill_recap(dialog) -> None:
        assert dialog.ok.isEnabled()  # the recap's number is optional
        dialog.number.setText("002/REK/TIM/XII/2023")
        from PySide6.QtCore import QDate

        dialog.date.setDate(QDate(2023, 12, 20))
        dialog.accept()

    # its number and date; first use: choose the secretariat passphrase (typed twice in
    # the prompt), then close the "signed" box
    answer_dialogs(fill_recap, save_as(recap), "sandi-sekretariat-1",
                   QMessageBox.StandardButton.Close)  # fmt: skip
    assert ws.export_recap()
    qtbot.waitUntil(lambda: not ws.running)
    assert ws.result == recap
    recap_text = subprocess.run(
        ["pdftotext", str(recap), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "REKAPITULASI NILAI" in recap_text and "Nomor: 002/REK/TIM/XII/2023" in recap_text
    assert "Serang, 20 Desember 2023" in recap_text

    def fill_ba(dialog) -> None:
        dialog.number.setText("001/BA/TIM/XII/2023")
        from PySide6.QtCore import QDate

        dialog.date.setDate(QDate(2023, 12, 20))
        assert "Rabu tanggal dua puluh bulan Desember" in dialog.words.text()
        dialog.accept()

    ba = tmp_path / "ba.pdf"

    # a wrong passphrase is asked again, the prompt saying why
    def right_again(dialog) -> None:
        assert "Wrong passphrase" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
        dialog.keys.secret.setText("sandi-sekretariat-1")
        dialog.sign_button.click()

    answer_dialogs(fill_ba, save_as(ba), "salah-sandi", right_again,
                   QMessageBox.StandardButton.Close)  # fmt: skip
    assert ws.export_berita_acara()
    qtbot.waitUntil(lambda: not ws.running)
    assert ws.result == ba
    text = subprocess.run(
        ["pdftotext", str(ba), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "001/BA/TIM/XII/2023" in text and "dua puluh" in text
    sig = subprocess.run(["pdfsig", str(ba)], capture_output=True, text=True)
    assert "Signature is Valid" in sig.stdout


def test_re_register_a_key_from_the_dashboard(window, merged: Path) -> None:
    window.open_path(str(merged))
    ws = window.secretariat
    label = next(
        f"{s.judge.id} · {s.judge.name}" for s in ws.session.dashboard if s.judge.id == "J2"
    )
    answer_dialogs(label, "Laptop hilang")
    assert ws.rekey("J2")
    status = next(s for s in services.judge_dashboard(merged) if s.judge.id == "J2")
    assert status.fingerprint == "" and status.retired == 1
    row = next(r for r in ws.judges.model.rows if r[0] == "J2")
    assert row[-2] == 1 and row[-1] == "(none registered)"
    assert services.verify([merged])[0].ok


def test_a_new_key_is_accepted_only_after_the_secretariat_confirms_it(
    qtbot,
    window,
    merged: Path,
    tmp_path: Path,
    monkeypatch,
) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    services.reregister_key(merged, "J2", "Laptop hilang")
    package = tmp_path / "j2-baru.sqlite"
    services.make_packages(merged, {"J2": package})
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "laptop-baru"))
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 21))
    services.declare(package, request, tmp_path / "decl", "sandi-laptop-baru")
    signed_again = services.finalise(package, tmp_path / "r2.pdf", "sandi-laptop-baru")
    window.open_path(str(merged))
    ws = window.secretariat
    seen = []

    def read_and_refuse(box) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    before = file_hash(merged)
    answer_dialogs(read_and_refuse)
    assert ws.merge_files([package])
    qtbot.waitUntil(lambda: not ws.running)
    report = ws.result
    assert signed_again.fingerprint in seen[0]
    assert report.table.item(0, 1).text() == "refused"
    assert file_hash(merged) == before
    report.close()
    answer_dialogs(QMessageBox.StandardButton.Yes)
    assert ws.merge_files([package])
    qtbot.waitUntil(lambda: not ws.running)
    report = ws.result
    assert report.table.item(0, 1).text() == "accepted"
    status = next(s for s in ws.session.dashboard if s.judge.id == "J2")
    assert status.revision == 2 and status.fingerprint == signed_again.fingerprint
    report.close()


def test_merge_runs_off_the_gui_thread_with_progress(qtbot, window, signed, tmp_path: Path):
    from PySide6.QtCore import QTimer

    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    ticks = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ws.task and not ws.task.done and ticks.append(1))
    timer.start()
    assert ws.merge_files([p.path for p in signed.packages])
    qtbot.waitUntil(lambda: not ws.running, timeout=60000)
    timer.stop()
    assert ticks  # the GUI thread handled events while the merge ran
    checking = [s for s in ws.task.seen if s[2].startswith("checking")]
    assert [s[0] for s in checking] == list(range(5)) and {s[1] for s in checking} == {5}
    assert [ws.result.table.item(r, 1).text() for r in range(5)] == ["accepted"] * 5
    ws.result.close()


def test_cancelling_a_merge_leaves_the_master_as_it_was(qtbot, window, signed, tmp_path: Path):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    before = file_hash(master)
    assert ws.merge_files([p.path for p in signed.packages])
    qtbot.waitUntil(lambda: bool(ws.task.seen))
    ws.task.dialog.canceled.emit()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: not ws.running, timeout=60000)
    assert ws.task.cancelled and ws.result is None
    assert "Cancelled" in window.saved_label.text()
    assert file_hash(master) == before
    assert not list(tmp_path.rglob("m.before-merge.*"))
    assert all(s.revision is None for s in services.judge_dashboard(master))


def test_a_large_master_is_computed_by_a_worker(window, merged: Path, qtbot, monkeypatch) -> None:
    """Above SYNC_LIMIT the results, each method switch and the all-methods tabs are
    computed off the GUI thread; the window keeps handling events meanwhile and shows the
    same ranking once the worker is done."""
    from PySide6.QtCore import QTimer

    from judge_app.ui.secretariat_workspace import CHARTS_TAB, SecretariatWorkspace

    monkeypatch.setattr(SecretariatWorkspace, "SYNC_LIMIT", 0)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    assert window.open_path(str(merged))
    ws = window.secretariat
    assert ws.computing  # the worker is on it
    qtbot.waitUntil(lambda: not ws.computing and ws.results.model.rowCount() > 0)
    view = ws.results
    document = services.results_document(merged, "zscore")
    view.set_method("zscore")
    assert ws.computing or ws.session.computed(["zscore"])
    qtbot.waitUntil(lambda: not ws.computing)
    assert view.method == "zscore"
    view.tabs.setCurrentIndex(0)
    expected = sorted(document["entries"], key=lambda e: (e["rank"] is None, e["rank"] or 0))
    assert column_texts(view.model, 1)[:5] == [e["code"] for e in expected][:5]
    ws.tabs.setCurrentIndex(CHARTS_TAB)  # every method, in the worker as well
    qtbot.waitUntil(lambda: not ws.computing and ws.session.computed(list(AGGREGATION_METHODS)))
    timer.stop()
    assert len(ticks) > 3  # the event loop ran while the workers computed


def _entry_list(path: Path, rows: int, first: int = 1) -> Path:
    lines = ["code,title,agency,region,category"]
    lines += [
        f"NEW-{n:05d},Inovasi nomor {n},Dinas {n % 7},Kota {n % 5},umum"
        for n in range(first, first + rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_entries_are_imported_from_the_window(qtbot, window, signed, tmp_path: Path):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    before = ws.entries.model.rowCount()
    assert ws.import_entries(_entry_list(tmp_path / "baru.csv", 3))
    qtbot.waitUntil(lambda: not ws.running, timeout=30000)
    assert (ws.result.added, ws.result.changed) == (3, 0)
    assert ws.entries.model.rowCount() == before + 3  # the tab shows them at once
    assert "3" in ws.notice.text() and "baru.csv" in ws.notice.text()
    assert [s[2] for s in ws.task.seen][:2] == ["reading baru.csv", "writing the entries"]
    assert "NEW-00003" in {e.code for e in services.list_entries(master)}
    ws.notice.close()


def test_a_bad_entry_list_is_named_row_by_row_and_changes_nothing(
    qtbot, window, signed, tmp_path: Path
):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    bad = tmp_path / "salah.csv"
    bad.write_text(
        "code,title,agency,region,category\n"
        + "".join(f"X{n},Judul,Dinas,Kota,tidak-ada\n" for n in range(8)),
        encoding="utf-8",
    )
    before = file_hash(master)
    seen = []

    def read(box) -> None:
        seen.append((box.text(), box.detailedText()))
        box.close()

    answer_dialogs(read)
    assert ws.import_entries(bad)
    qtbot.waitUntil(lambda: not ws.running and bool(seen), timeout=30000)
    head, details = seen[0]
    assert "salah.csv" in head and "8 problems" in head
    assert "row 2, column category: unknown category 'tidak-ada'" in details
    assert file_hash(master) == before


def test_cancelling_an_entry_import_leaves_the_master_as_it_was(
    qtbot, window, signed, tmp_path: Path
):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    before = file_hash(master)
    assert ws.import_entries(_entry_list(tmp_path / "besar.csv", 3000))
    ws.task.dialog.canceled.emit()
    qtbot.waitUntil(lambda: not ws.running, timeout=30000)
    assert ws.task.cancelled and ws.result is None
    assert "Cancelled" in window.saved_label.text()
    assert file_hash(master) == before


def test_packages_for_every_judge_are_written_from_the_window(
    qtbot, window, signed, tmp_path: Path
):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    folder = tmp_path / "paket"
    assert ws.write_packages(folder)
    qtbot.waitUntil(lambda: not ws.running, timeout=60000)
    judges = [j.id for j in services.describe(master).judges]
    assert [p.judge.id for p in ws.result] == judges
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.path.name for p in ws.result)
    steps = [s for s in ws.task.seen if s[2].startswith("writing the package of")]
    assert [s[0] for s in steps] == list(range(len(judges)))
    assert str(folder) in ws.notice.text()
    for package in ws.result:
        assert services.describe(package.path).role == "package"
        # each package's size is said (issue 21: the material makes them large)
        size = QLocale().formattedDataSize(
            package.path.stat().st_size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
        )
        assert f"{package.path.name}: {package.judge.name} (" in ws.notice.detailedText()
        assert f", {size})" in ws.notice.detailedText()
    ws.notice.close()


def test_cancelling_the_packages_writes_none(qtbot, window, signed, tmp_path: Path):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    window.open_path(str(master))
    ws = window.secretariat
    folder = tmp_path / "paket"
    before = file_hash(master)
    assert ws.write_packages(folder)
    ws.task.dialog.canceled.emit()
    qtbot.waitUntil(lambda: not ws.running, timeout=60000)
    assert ws.task.cancelled and ws.result is None
    assert not folder.exists() or not list(folder.iterdir())
    assert file_hash(master) == before
