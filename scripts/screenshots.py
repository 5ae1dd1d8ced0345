"""Screenshots of the main screens on the demo, for looking at them and for the README.

Run under a virtual screen: xvfb-run -a python scripts/screenshots.py OUTDIR [--scale 1.5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--language", default="id")
    parser.add_argument("--size", default="1280x780")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    home = Path(tempfile.mkdtemp(prefix="judge-app-shots-"))
    os.environ["JUDGE_APP_HOME"] = str(home)
    (home / "settings.ini").write_text(f"[General]\nlanguage={args.language}\n")

    from PySide6.QtCore import QTimer

    from judge_app import services
    from judge_app.domain.model import ScoreChange
    from judge_app.ui import i18n
    from judge_app.ui.app import create_app
    from judge_app.ui.main_window import MainWindow

    app = create_app(sys.argv[:1])
    i18n.install_translator(app, args.language)
    window = MainWindow(args.language)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.language}-x{args.scale}"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def screen(name: str) -> None:
        """The whole screen: menus and message boxes are windows of their own."""
        settle()
        shot_of = app.primaryScreen().grabWindow(0)
        shot_of.copy(window.frameGeometry()).save(str(args.out / f"{name}{suffix}.png"))

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(args.out / f"{name}{suffix}.png"))

    def grab_modal(name: str) -> None:
        box = app.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, lambda: grab_modal(name))
            return
        from PySide6.QtWidgets import QMessageBox

        for button in box.buttons():  # open the details (Show Details...)
            if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
                button.click()
        settle()
        box.grab().save(str(args.out / f"{name}{suffix}.png"))
        box.close()

    package = services.demo_package(home / "demo")
    window._remember(services.build_demo(home / "demo2").master)
    shot("welcome")
    from PySide6.QtCore import QTimer as _Timer

    from judge_app.ui.declaration_dialog import DeclarationDialog
    from judge_app.ui.finalise_dialog import FinaliseDialog

    window.open_path(str(package))
    shot("undeclared")
    dialog = DeclarationDialog(window.session, window)
    dialog.entry_box.setCurrentIndex(4)
    dialog._add_conflict(dialog.entry_box.currentData(), "Suami bekerja di instansi ini")
    dialog.pad.paths.append(_signature_path())
    dialog.show()
    settle()
    dialog.grab().save(str(args.out / f"declaration{suffix}.png"))
    dialog.passphrase.setText("kata-sandi-demo")
    dialog.repeat.setText("kata-sandi-demo")
    _Timer.singleShot(300, lambda: app.activeModalWidget() and app.activeModalWidget().accept())
    dialog.sign()
    window.workspace.update_status()
    ws = window.workspace
    session = window.session
    codes = [e.code for e in session.entries]
    for code, values in zip(
        codes[:3], ([85, 80, 90, 75, 88], [70, 72, 68, 75, 71], [90, 92, 88, 95, 91]), strict=False
    ):
        for criterion, value in zip(("K1", "K2", "K3", "K4", "K5"), values, strict=False):
            ws.apply([ScoreChange(code, criterion, float(value), "")], "x")
    session.set_note(codes[0], "K1", "Aplikasi terpadu; data pengguna meyakinkan")
    ws.declare_conflict(codes[4], "Pernah menjadi narasumber penyusunan proposal")
    ws.select_row(1)
    ws.form.rows[2].score.setText("101")
    ws.form._preview(ws.form.rows[2])
    shot("workspace")
    ws.form.refresh()
    ws.set_mode(1)
    shot("grid")
    ws.set_mode(0)
    ws.search.setText("kesehatan")
    shot("search")
    ws.search.clear()
    finalise = FinaliseDialog(window.session, window)
    finalise.show()
    settle()
    finalise.grab().save(str(args.out / f"finalise{suffix}.png"))
    finalise.close()
    window.close_file()  # the scores changed: a rolling backup
    window.open_path(str(package))
    from judge_app.ui.backups_dialog import BackupsDialog

    backups = BackupsDialog(package, services.list_backups(package), window)
    backups.select(0)
    backups.show()
    settle()
    backups.grab().save(str(args.out / f"backups{suffix}.png"))
    backups.close()
    window.open_path(str(package.parent.parent / "master.sqlite"))
    shot("master")
    menu = window.secretariat_menu
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    screen("secretariat-menu")
    menu.hide()
    master_ws = window.secretariat
    master_ws.write_packages(home / "paket-baru")
    while master_ws.running:
        app.processEvents()
    screen("packages-written")
    master_ws.notice.close()
    # the secretariat: a demo whose five judges signed, merged
    os.environ["JUDGE_APP_HOME"] = str(home / "signed-home")
    signed = services.build_demo(home / "signed")
    services.sign_demo(signed, "kata-sandi-demo")
    services.merge(signed.master, [p.path for p in signed.packages])
    window.open_path(str(signed.master))
    ws = window.secretariat
    for index, name in enumerate(("judges", "results", "charts", "sensitivity")):
        ws.tabs.setCurrentIndex(index)
        if name == "results":
            ws.results.tabs.setCurrentIndex(1)
            ws.results.select_code("KIPP23-009")
        shot(f"secretariat-{name}")
    # the award rule: Kelompok Replikasi, whose third place is below the passing grade
    ws.tabs.setCurrentIndex(1)
    ws.results.tabs.setCurrentIndex(ws.results.categories.index("replikasi"))
    shot("secretariat-awards")
    from judge_app.ui.officials_dialog import OfficialsDialog

    officials = OfficialsDialog(signed.master, window)
    officials.show()
    settle()
    officials.grab().save(str(args.out / f"officials{suffix}.png"))
    officials.close()
    # a judge whose scores are signed: the locked workspace and grid, then the hand-in
    window.open_path(str(signed.packages[0].path))
    window.workspace.select_row(3)
    shot("workspace-signed")
    window.workspace.set_mode(1)
    shot("grid-signed")
    window.workspace.set_mode(0)
    stick = home / "flashdisk"
    stick.mkdir()
    QTimer.singleShot(50, lambda: grab_modal("handin"))
    window.judge_actions.hand_in_to(stick)
    # a package open for changes in another judge-app: the read-only view
    import subprocess

    hold = (
        "import sys\nfrom judge_app import services\n"
        "session = services.open_package(sys.argv[1])\nprint('held', flush=True)\n"
        "sys.stdin.read()\n"
    )
    other = signed.packages[1].path
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(other)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    holder.stdout.readline()
    window.open_path(str(other))
    shot("read-only")
    holder.stdin.close()
    holder.wait()

    # the core's messages in the window's language: a file that is not ours, a score
    # sheet with mistakes (its problems listed under Show Details)
    broken = home / "rusak.sqlite"
    broken.write_bytes(b"bukan berkas judge-app " * 200)
    QTimer.singleShot(50, lambda: grab_modal("error-open"))
    window.open_path(str(broken))
    window.open_path(str(package))
    sheet = home / "nilai.csv"
    sheet.write_text(
        "entry,criterion,value\nKIPP23-001,K1,7.5\nKIPP23-001,K2,150\nKIPP23-999,K1,80\n",
        encoding="utf-8",
    )
    QTimer.singleShot(50, lambda: grab_modal("error-import"))
    window.judge_actions.import_scores_from(sheet)
    from judge_app.base.paths import app_home
    from judge_app.ui.about_dialog import AboutDialog

    about = AboutDialog(str(app_home()), window)
    about.show()
    settle()
    about.grab().save(str(args.out / f"about{suffix}.png"))
    about.close()
    from judge_app.ui.guide_dialog import GuideDialog

    guide = GuideDialog(0, window)
    guide.show()
    settle()
    guide.grab().save(str(args.out / f"guide{suffix}.png"))
    guide.close()
    _setup_screens(window, app, home, args.out, suffix, settle, shot)
    window.confirm_quit = False
    QTimer.singleShot(0, app.quit)
    window.close()


def _setup_screens(window, app, home, out, suffix, settle, shot) -> None:
    """The secretariat setting up a round: the definition editor's pages, then the new
    round's panel, entries, assignments (with the automatic plan) and the packages."""
    from judge_app.base.resources import demo_dir

    window.close_file()
    window.new_competition()
    editor = window.definition_editor
    editor.confirm_discard = False
    for row, name in enumerate(("identity", "stages", "categories", "criteria", "bands")):
        editor.page_list.setCurrentRow(row)
        settle()
        editor.grab().save(str(out / f"new-{row + 1}-{name}{suffix}.png"))
    editor.page_list.setCurrentRow(len(editor.pages) - 1)
    settle()
    editor.grab().save(str(out / f"new-preview{suffix}.png"))
    folder = home / "babak-baru"
    folder.mkdir()
    editor.save_to(folder / "kompetisi.toml")
    editor.create_round(folder / "induk.sqlite")
    ws = window.secretariat
    ws.import_entries(demo_dir() / "entries.csv")
    while ws.running:
        app.processEvents()
    ws.notice.close()
    ws.panel.import_file(demo_dir() / "judges.csv")
    ws.panel.report.close()
    ws.tabs.setCurrentWidget(ws.panel)
    shot("setup-panel")
    ws.tabs.setCurrentWidget(ws.entries)
    shot("setup-entries")
    ws.auto_assign()
    dialog = ws.assignments.dialog
    dialog.per_entry.setValue(3)
    dialog.preview()
    while dialog.proposal is None:
        app.processEvents()
    settle()
    dialog.grab().save(str(out / f"setup-auto-assign{suffix}.png"))
    dialog.apply_button.click()
    shot("setup-assignments")
    from judge_app.ui.packages_dialog import PackagesDialog

    packages = PackagesDialog(ws.session, window)
    packages.show()
    settle()
    packages.grab().save(str(out / f"setup-packages{suffix}.png"))
    packages.close()
    from judge_app.ui.definition_round import RoundDefinitionEditor

    ws.write_packages(folder / "paket")
    while ws.running:
        app.processEvents()
    ws.notice.close()
    round_editor = RoundDefinitionEditor(ws.path, window, undo_stack=ws.undo_stack)
    round_editor.confirm_discard = False
    round_editor.state.set_value("competition.year", 2024)
    round_editor.show()
    for _ in range(50):  # the check runs a moment after the edit
        app.processEvents()
        time.sleep(0.02)
    round_editor.grab().save(str(out / f"setup-definition-round{suffix}.png"))
    round_editor.close()


def _signature_path():
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath

    path = QPainterPath(QPointF(40, 80))
    for x, y in ((60, 40), (80, 90), (100, 50), (120, 85), (150, 45), (175, 80), (210, 60)):
        path.lineTo(QPointF(x, y))
    return path


if __name__ == "__main__":
    main()
