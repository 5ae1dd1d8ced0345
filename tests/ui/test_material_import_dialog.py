"""The secretariat's proposal material import in the window (issue 21), on real files: a
refused import lists every problem by entry, file and reason and leaves the master byte
for byte as it was; a good one shows the counts and, entry by entry, what changed."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from judge_app import services
from judge_app.ui.material_import_dialog import MaterialImportDialog, problem_parts
from tests.conftest import write_csv
from tests.test_material_import import HEADERS, pdf_bytes, png_bytes, put, sections_row
from tests.ui.test_mnemonics import dialog_clashes


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(qtbot, dialog: MaterialImportDialog, source: Path) -> None:
    dialog.source.setText(str(source))
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)


def table(dialog: MaterialImportDialog) -> list[tuple[str, ...]]:
    return [
        tuple(dialog.table.item(r, c).text() for c in range(3))
        for r in range(dialog.table.rowCount())
    ]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "materi"
    put(folder / "E1" / "proposal.pdf", pdf_bytes(3))
    put(folder / "E2" / "proposal.pdf", pdf_bytes(2))
    put(folder / "E2" / "foto.png", png_bytes())
    write_csv(
        folder / "bagian.csv", [HEADERS, sections_row("E1"), sections_row("E2"), sections_row("E3")]
    )
    return folder


def test_a_refused_import_lists_every_problem_and_writes_nothing(
    qtbot, master: Path, source: Path
) -> None:
    put(source / "E1" / "rusak.pdf", random.Random(5).randbytes(2000))
    put(source / "E2" / "proposal.docx", b"PK\x03\x04 a Word file")
    put(source / "E9" / "proposal.pdf", pdf_bytes(1))
    (source / "catatan.txt").write_text("loose")
    before = sha256(master)
    dialog = MaterialImportDialog(master)
    qtbot.addWidget(dialog)
    dialog.show()
    run(qtbot, dialog, source)
    assert dialog.outcome is None
    assert dialog.heading.text() == "Nothing was imported: 4 problems"
    assert "The master was not changed" in dialog.summary.text()
    rows = table(dialog)
    assert ("E1", "E1/rusak.pdf") in [r[:2] for r in rows]
    damaged = next(r for r in rows if r[1] == "E1/rusak.pdf")
    assert damaged[2].startswith("damaged or unreadable PDF")
    assert ("E2", "E2/proposal.docx") in [r[:2] for r in rows]
    assert ("", "E9/") in [r[:2] for r in rows]
    assert any(r[1] == "catatan.txt" and "outside the entries' folders" in r[2] for r in rows)
    assert len(rows) == len(dialog.problems) == 4
    assert dialog.table.isVisible() and dialog.copy_button.isVisible()
    assert sha256(master) == before
    assert services.list_material(master) == []
    # the report can go into an e-mail as it is
    text = dialog.report_text()
    assert text.startswith("Nothing was imported: 4 problems\n")
    assert "E2 · E2/proposal.docx · unsupported type .docx" in text


def test_a_good_import_shows_the_counts_then_what_changed(
    qtbot, master: Path, source: Path
) -> None:
    dialog = MaterialImportDialog(master)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hint.text() == "" and not dialog.import_button.isEnabled()
    dialog.source.setText(str(source))
    assert "bagian.csv" in dialog.hint.text()  # which spreadsheet, before it runs
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as signal:
        run(qtbot, dialog, source)
    assert signal.args[0].entries == 3
    assert dialog.heading.text() == "Imported: the material of 3 entries"
    assert "3 files and 12 sections" in dialog.summary.text()
    assert "3 entries with new material, 0 changed, 0 unchanged" in dialog.summary.text()
    assert "Sections read from bagian.csv." in dialog.summary.text()
    assert table(dialog) == [
        ("E1", "new", "1 files, 4 sections"),
        ("E2", "new", "2 files, 4 sections"),
        ("E3", "new", "0 files, 4 sections"),
    ]
    assert len(services.list_material(master)) == 15

    (source / "E2" / "foto.png").unlink()
    put(source / "E1" / "sk.pdf", pdf_bytes(1, "Surat keputusan"))
    write_csv(
        source / "bagian.csv",
        [HEADERS, sections_row("E1", " (revisi)"), sections_row("E2"), sections_row("E3")],
    )
    run(qtbot, dialog, source)
    assert "0 entries with new material, 2 changed, 1 unchanged" in dialog.summary.text()
    assert "write their packages again" in dialog.summary.text()
    assert table(dialog) == [
        ("E1", "changed", "added: sk.pdf; changed: Summary, Novelty"),
        ("E2", "changed", "removed: foto.png"),
    ]


def test_the_hint_says_which_spreadsheet(qtbot, master: Path, source: Path) -> None:
    dialog = MaterialImportDialog(master)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(source))
    assert dialog.hint.text().startswith("Sections read from bagian.csv")
    write_csv(source / "lain.csv", [HEADERS])
    dialog.source.setText(str(source) + "/")  # typed again: the hint looks again
    assert "Several spreadsheets" in dialog.hint.text() and "choose one" in dialog.hint.text()
    dialog.sections.setText(str(source / "bagian.csv"))
    assert dialog.hint.text() == "Sections read from bagian.csv."
    dialog.sections.clear()
    dialog.source.setText(str(source / "nowhere"))
    assert dialog.hint.text().endswith("is not a folder.")


def test_the_secretariat_menu_opens_it_on_the_open_master(qtbot, window, demo) -> None:
    assert window.open_path(str(demo.master))
    assert window.material_action.isEnabled()
    window.material_action.trigger()
    dialog = window.secretariat.entries.material_dialog
    assert isinstance(dialog, MaterialImportDialog) and dialog.isVisible()
    assert dialog.master == demo.master
    # the demo's own source again: nothing changes, and the report says so
    run(qtbot, dialog, demo.folder / "proposals")
    assert "0 entries with new material, 0 changed, 22 unchanged" in dialog.summary.text()
    assert not dialog.table.isVisible()
    dialog.close()


def test_problem_messages_are_taken_apart() -> None:
    assert problem_parts("entry E1, file E1/a b.pdf: damaged or unreadable PDF (x: y)") == (
        "E1",
        "E1/a b.pdf",
        "damaged or unreadable PDF (x: y)",
    )
    assert problem_parts("folder X9: unknown entry code (no entry X9)") == (
        "",
        "X9/",
        "unknown entry code (no entry X9)",
    )
    assert problem_parts("s.csv, row 4, column code: entry E1 again (already on row 2)") == (
        "",
        "s.csv, row 4, column code",
        "entry E1 again (already on row 2)",
    )
    assert problem_parts(
        "entry E3: no material (no folder E3 in src and no sections in the sections file)"
    ) == ("E3", "", "no material (no folder E3 in src and no sections in the sections file)")
    assert problem_parts("something else entirely") == ("", "", "something else entirely")


def test_no_two_controls_share_a_mnemonic(qtbot, master: Path) -> None:
    assert dialog_clashes("en material import", MaterialImportDialog(master)) == []
