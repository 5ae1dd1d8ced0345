"""The window's side of issue 17: the results say per category when fewer awards are given
than places and why, and the secretariat sets the letterhead and the signing officials
in a dialog checked by the same rules as the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app import services
from tests.test_merge import fresh_master
from tests.ui.conftest import answer_dialogs


@pytest.fixture
def merged(signed, tmp_path: Path) -> Path:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    return master


def test_results_say_why_a_category_has_fewer_winners(window, merged: Path) -> None:
    window.open_path(str(merged))
    view = window.secretariat.results
    document = services.results_document(merged)
    short = [c for c in document["categories"] if c["note"]]
    assert short  # the demo: Kelompok Khusus has no entries; Replikasi's third is below 85
    note = view.award_note.text()
    for category in short:
        assert category["name"] in note
    index = view.categories.index("replikasi")
    view.tabs.setCurrentIndex(index)
    replikasi = next(c for c in document["categories"] if c["id"] == "replikasi")
    text = view.award_note.text()
    assert f"{replikasi['awards_given']} of 3 awards are given" in text
    assert "An award requires: band Lulus" in text
    stars = [
        view.model.data(view.model.index(r, view.model.final_column + 2))
        for r in range(view.model.rowCount())
    ]
    assert stars.count("★") == replikasi["awards_given"]


def test_letterhead_and_officials_dialog(window, merged: Path, tmp_path: Path, qtbot) -> None:
    from judge_app.ui.officials_dialog import OfficialsDialog

    window.open_path(str(merged))
    dialog = OfficialsDialog(merged, window)
    qtbot.addWidget(dialog)
    name, nip, position = dialog.fields["sekretariat"]
    assert name.text() == "Drs. H. Ujang Suparman, M.Si."  # the demo's, from the master
    assert dialog.logo_view.pixmap() is not None
    dialog.lines.setPlainText("PEMERINTAH KOTA SERANG\nBAPPEDA\n")
    name.setText("Hj. Nur Aini, S.E.")
    nip.setText("12")  # wrong: nothing is saved
    answer_dialogs(None)
    dialog.save()
    assert dialog.result() == 0
    assert services.letterhead(merged).lines[0] == "PEMERINTAH PROVINSI BANTEN"
    nip.setText("198001012005012003")
    position.setText("Kepala Bappeda")
    dialog._drop_logo()
    dialog.save()
    assert dialog.result() == 1
    kept = services.letterhead(merged)
    assert kept.lines == ("PEMERINTAH KOTA SERANG", "BAPPEDA") and kept.logo is None
    official = services.officials(merged)["sekretariat"]
    assert (official.name, official.nip, official.position) == (
        "Hj. Nur Aini, S.E.",
        "198001012005012003",
        "Kepala Bappeda",
    )
    assert window.officials_action.isEnabled()


def test_csv_export_offers_both_excel_dialects(window, merged: Path, tmp_path: Path, qtbot):
    from PySide6.QtWidgets import QLineEdit

    window.open_path(str(merged))
    ws = window.secretariat

    def save(path: Path, english: bool):
        def fill(dialog) -> None:
            filters = dialog.nameFilters()
            assert filters[0].startswith("CSV for Excel in Indonesian")  # the competition's
            if english:
                dialog.selectNameFilter(filters[1])
            dialog.selectFile(str(path))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
            dialog.accept()

        return fill

    for name, english, head in (
        ("id.csv", False, "Kode;Nama Inovasi;"),
        ("en.csv", True, "Kode,Nama Inovasi,"),
    ):
        answer_dialogs(save(tmp_path / name, english))
        assert ws.export_csv()
        qtbot.waitUntil(lambda: not ws.running)
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert text.startswith(head), text[:80]
        import re

        comma, point = re.search(r";\d+,\d\d;", text), re.search(r",\d+\.\d\d,", text)
        assert (comma is None) == english and (point is None) != english
