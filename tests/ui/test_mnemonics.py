"""No two controls visible at once share a mnemonic (Alt+letter), in either language: the
menu bar with the workspace under it, the items of each menu, and each dialog. A clash
makes Alt+letter go to the first control only (Alt+T once opened the stage selector
instead of the Tampilan menu the guide names)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from judge_app import services
from judge_app.ui import i18n

LANGUAGES = ("id", "en")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def labelled(top: QWidget) -> Iterator[str]:
    """The texts of the labelled controls visible in a window: menu titles, buttons,
    labels with a buddy, group boxes and tabs."""
    if isinstance(top, QMainWindow):
        yield from (a.text() for a in top.menuBar().actions() if a.isVisible())
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddied:
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))


def stray_ampersands(where: str, top: QWidget) -> list[str]:
    """A label with a mnemonic but no buddy shows its '&' as typed."""
    return [
        f"{where}: '&' shown in {label.text()!r} (no buddy)"
        for label in top.findChildren(QLabel)
        if label.isVisibleTo(top)
        and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText
        and "<" not in label.text()
        and mnemonic(label.text())
    ]


def clashes(where: str, texts) -> list[str]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter:
            seen.setdefault(letter, []).append(text.replace("\n", " "))
    return [f"{where}: Alt+{k.upper()} on {v}" for k, v in seen.items() if len(v) > 1]


def menu_clashes(where: str, menu: QMenu) -> list[str]:
    items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    found = clashes(f"{where} › {menu.title()}", (a.text() for a in items))
    for action in items:
        if action.menu() is not None:
            found += menu_clashes(f"{where} › {menu.title()}", action.menu())
    return found


def window_clashes(where: str, window: QMainWindow) -> list[str]:
    QApplication.processEvents()
    found = clashes(where, labelled(window)) + stray_ampersands(where, window)
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found += menu_clashes(where, action.menu())
    return found


def dialog_clashes(where: str, dialog: QWidget) -> list[str]:
    dialog.show()
    QApplication.processEvents()
    try:
        return clashes(where, labelled(dialog)) + stray_ampersands(where, dialog)
    finally:
        dialog.close()
        dialog.deleteLater()


@pytest.fixture(params=LANGUAGES)
def language_window(request, qtbot, private_home):
    from judge_app.ui.app import create_app
    from judge_app.ui.main_window import MainWindow

    language = request.param
    app = create_app()
    if language == "id":
        assert i18n.install_translator(app, "id") is not None
    win = MainWindow(language)
    win.confirm_quit = False
    qtbot.addWidget(win)
    win.show()
    yield language, win
    win.close_file()
    i18n.install_translator(app, "en")


def test_alt_t_opens_the_view_menu_in_indonesian(language_window, demo) -> None:
    language, win = language_window
    assert win.open_path(str(demo.packages[0].path))
    view = next(a for a in win.menuBar().actions() if a.text() in ("&Tampilan", "&View"))
    letter = "t" if language == "id" else "v"
    assert mnemonic(view.text()) == letter
    owners = [text for text in labelled(win) if mnemonic(text) == letter]
    assert owners == [view.text()]


def test_no_two_visible_controls_share_a_mnemonic(language_window, demo, undeclared_demo):
    from judge_app.ui.backups_dialog import BackupsDialog
    from judge_app.ui.berita_acara_dialog import BeritaAcaraDialog
    from judge_app.ui.declaration_dialog import DeclarationDialog
    from judge_app.ui.finalise_dialog import FinaliseDialog
    from judge_app.ui.judge_workspace import GRID
    from judge_app.ui.officials_dialog import OfficialsDialog
    from judge_app.ui.reopen_dialog import ReopenDialog
    from judge_app.ui.secretariat_passphrase import SecretariatSigningDialog

    language, win = language_window
    found = window_clashes(f"{language} welcome", win)

    assert win.open_path(str(undeclared_demo.packages[0].path))  # the banner's button
    found += window_clashes(f"{language} judge, not declared", win)
    found += dialog_clashes(f"{language} declaration", DeclarationDialog(win.session, win))
    win.close_file()

    assert win.open_path(str(demo.packages[0].path))
    found += window_clashes(f"{language} judge form", win)
    win.workspace.set_mode(GRID)
    found += window_clashes(f"{language} judge grid", win)
    found += dialog_clashes(f"{language} declaration again", DeclarationDialog(win.session, win))
    found += dialog_clashes(f"{language} finalise", FinaliseDialog(win.session, win))
    for kind in ("own", "pkcs12", "pkcs11"):  # the key box for each kind of key
        for name, dialog in (
            ("declaration", DeclarationDialog(win.session, win)),
            ("finalise", FinaliseDialog(win.session, win)),
            ("reopen", ReopenDialog(win.session, win)),
            ("secretariat signing", SecretariatSigningDialog(win, True)),
        ):
            dialog.keys.kind.setCurrentIndex(dialog.keys.kind.findData(kind))
            found += dialog_clashes(f"{language} {name} ({kind})", dialog)

    assert win.open_path(str(demo.master))
    tabs = win.secretariat.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found += window_clashes(f"{language} secretariat {tabs.tabText(index)}", win)
    found += dialog_clashes(f"{language} officials", OfficialsDialog(demo.master, win))
    found += dialog_clashes(f"{language} minutes", BeritaAcaraDialog("Serang", win))
    found += dialog_clashes(
        f"{language} recap minutes", BeritaAcaraDialog("Serang", win, recap=True)
    )
    backups = BackupsDialog(demo.master, services.list_backups(demo.master), win)
    found += dialog_clashes(f"{language} backups", backups)
    assert not found, "\n".join(found)
