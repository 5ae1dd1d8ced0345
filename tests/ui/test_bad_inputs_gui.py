"""The bad-input corpus (tests/data/bad/) through the window: a clear dialog for each
file a user can hand the window (open, merge, entry import), and the master
byte-identical afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import file_hash
from tests.test_bad_inputs import cases, content, corpus  # noqa: F401 (fixture)
from tests.ui.conftest import answer_dialogs


@pytest.mark.parametrize(("name", "case"), cases("open"))
def test_open_shows_the_reason(qtbot, window, corpus: Path, name: str, case: dict) -> None:  # noqa: F811
    path = corpus / case["file"]
    seen: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.buttons()[-1].click()  # OK, or Close when the file is damaged

    answer_dialogs(read)
    assert not window.open_path(str(path))
    assert seen == [("Cannot open file", f"{path}: {case['reasons'][0]}")]
    assert window.current_path is None


@pytest.mark.parametrize(("name", "case"), cases("merge"))
def test_merge_report_gives_the_reasons(
    qtbot,
    window,
    corpus: Path,  # noqa: F811
    name: str,
    case: dict,
) -> None:
    master = corpus / "master.sqlite"
    files = [corpus / case["file"]] + ([corpus / case["with"]] if "with" in case else [])
    assert window.open_path(str(master))
    before, counted = file_hash(master), content(master)
    ws = window.secretariat
    assert ws.merge_files(files)
    qtbot.waitUntil(lambda: not ws.running, timeout=60000)
    report = ws.result
    status = case.get("status", "refused")
    for row in range(len(files)):
        assert report.table.item(row, 1).text() == status
        assert report.table.item(row, 2).text() == "\n".join(case["reasons"])
    report.close()
    window.close_file()
    if status == "refused":
        assert file_hash(master) == before
    assert content(master) == counted


@pytest.mark.parametrize(("name", "case"), cases("entries"))
def test_entry_import_names_every_problem(
    qtbot,
    window,
    corpus: Path,  # noqa: F811
    name: str,
    case: dict,
) -> None:
    master, source = corpus / "master.sqlite", corpus / case["file"]
    assert window.open_path(str(master))
    before = file_hash(master)
    seen: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        seen.append((box.text(), box.detailedText()))
        box.close()

    answer_dialogs(read)
    ws = window.secretariat
    assert ws.import_entries(source)
    qtbot.waitUntil(lambda: not ws.running and bool(seen), timeout=30000)
    text, details = seen[0]
    shown = text + "\n" + details
    assert source.name in text
    for reason in case["reasons"]:
        assert reason in shown
    window.close_file()
    assert file_hash(master) == before


@pytest.mark.parametrize(("name", "case"), cases("scores"))
def test_score_import_names_every_problem(
    qtbot,
    window,
    corpus: Path,  # noqa: F811
    name: str,
    case: dict,
) -> None:
    package, source = corpus / "package-J5.sqlite", corpus / case["file"]
    assert window.open_path(str(package))
    before = file_hash(package)
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.detailedText())
        box.close()

    answer_dialogs(read)
    assert not window.judge_actions.import_scores_from(source)
    assert source.name in seen[0]
    for reason in case["reasons"]:
        assert reason in seen[0]
    window.close_file()
    assert file_hash(package) == before


def test_a_good_score_sheet_is_one_undoable_step(qtbot, window, corpus: Path, tmp_path) -> None:  # noqa: F811
    from tests.conftest import write_csv

    package = corpus / "package-J5.sqlite"
    assert window.open_path(str(package))
    session = window.session
    cells = [(e.code, c.id) for e in session.entries[:2] for c in session.definition.criteria[:2]]
    sheet = write_csv(
        tmp_path / "kertas.csv",
        [["entry", "criterion", "value"], *[[e, c, "77"] for e, c in cells]],
    )
    assert window.judge_actions.import_scores_from(sheet)
    assert all(session.value(e, c) == 77.0 for e, c in cells)
    assert "Imported 4 scores from kertas.csv" in window.saved_label.text()
    window.workspace.undo_stack.undo()
    assert all(session.value(e, c) is None for e, c in cells)
