"""The finish of a desktop application (issue 8): the icon, the About dialog with the
bundled licences, and quitting, which says that nothing needs saving."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import answer_dialogs


def test_the_application_has_its_icon(window) -> None:
    assert not QApplication.instance().windowIcon().isNull()


def test_about_lists_version_and_licences(qtbot, window) -> None:
    from judge_app import __version__

    seen: dict[str, object] = {}

    def read(dialog) -> None:
        table = dialog.table
        rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                for r in range(table.rowCount())}  # fmt: skip
        seen["rows"] = rows
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    answer_dialogs(read)
    window.about()
    rows = seen["rows"]
    assert rows["Qt / PySide6"][1] == "LGPL-3.0" and rows["Qt / PySide6"][0]
    assert rows["DejaVu fonts"][1].startswith("Bitstream Vera")
    assert all(licence for _, licence in rows.values())
    assert __version__


def test_quitting_says_nothing_needs_saving(qtbot, window, demo) -> None:
    window.confirm_quit = True  # as in the application
    assert window.open_path(str(demo.packages[0].path))
    seen: list[str] = []

    def no(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answer_dialogs(no)
    window.request_quit()  # File → Quit, Ctrl+Q
    assert window.isVisible() and window.current_path is not None  # stayed open
    assert "Nothing needs saving" in seen[0] and demo.packages[0].path.name in seen[0]
    answer_dialogs(QMessageBox.StandardButton.Yes)
    window.request_quit()
    assert not window.isVisible() and window.current_path is None


def test_the_guides_give_each_role_its_steps(qtbot, window) -> None:
    seen: list[tuple[str, int]] = []

    def read(dialog) -> None:
        for index, page in enumerate(dialog.pages):
            text = page.toPlainText()
            seen.append((dialog.tabs.tabText(index), text.count("\n") + 1, text))
        dialog.reject()

    answer_dialogs(read)
    window.guide(0)
    (judges, _, judge_text), (secretariat, _, secretariat_text) = seen
    assert judges == "For judges" and secretariat == "For the secretariat"
    assert "Finalise and sign" in judge_text and "passphrase" in judge_text
    assert "Merge (Ctrl+M)" in secretariat_text and "fingerprint" in secretariat_text


def test_a_file_handed_over_by_the_system_opens(qtbot, window, demo) -> None:
    """macOS gives the file double-clicked in Finder to the running application as an
    event; the window opens it (the same event is sent here)."""
    from PySide6.QtGui import QFileOpenEvent

    from judge_app.ui.app import FileOpenEvents

    app = QApplication.instance()
    opener = FileOpenEvents(window)
    app.installEventFilter(opener)
    try:
        package = demo.packages[1].path
        QApplication.sendEvent(app, QFileOpenEvent(str(package)))
        assert window.current_path == package
        assert window.session is not None and window.session.judge.id == "J2"
    finally:
        app.removeEventFilter(opener)
