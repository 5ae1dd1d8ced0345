"""Every user-visible string, of the windows (tr) and of the core (judge_app.base.text), is in
the Indonesian catalogue, translated; a window in Indonesian shows the core's messages in
Indonesian."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from judge_app.base.resources import resources_dir
from judge_app.ui import i18n

CATALOGUE = resources_dir() / "translations" / "judge_app_id.ts"
PACKAGE = Path(__file__).resolve().parents[2] / "judge_app"


def sources(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found


def test_catalogue_has_every_string_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate(), *map(str, sorted(PACKAGE.rglob("*.py"))), "-ts", str(fresh), "-silent"],
        check=True,
        capture_output=True,
    )
    wanted = set(sources(fresh))
    have = sources(CATALOGUE)
    missing = sorted(wanted - set(have))
    assert not missing, f"not in {CATALOGUE.name} (run scripts/update_translations.sh): {missing}"
    untranslated = [
        key
        for key, msg in have.items()
        if msg.find("translation").get("type") == "unfinished"
        or not "".join(msg.find("translation").itertext()).strip()
    ]
    assert not untranslated, f"untranslated in {CATALOGUE.name}: {untranslated}"


def test_catalogue_compiles_and_translates(qapp, private_home) -> None:
    catalog = i18n.compiled_catalog("id")
    assert catalog is not None and catalog.exists()
    from PySide6.QtCore import QCoreApplication

    translator = i18n.install_translator(qapp, "id")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Berkas"
        assert QCoreApplication.translate("EntryState", "Not started") == "Belum dinilai"
    finally:
        qapp.removeTranslator(translator)


def test_indonesian_window_shows_core_errors_in_indonesian(qtbot, private_home, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from judge_app.base import text
    from judge_app.ui.app import create_app
    from judge_app.ui.main_window import MainWindow
    from tests.ui.conftest import answer_dialogs

    app = create_app()
    i18n.install_translator(app, "id")
    window = MainWindow("id")
    window.confirm_quit = False
    qtbot.addWidget(window)
    broken = tmp_path / "rusak.sqlite"
    broken.write_bytes(b"bukan basis data" * 200)
    seen: list[tuple[str, str]] = []

    def read(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.buttons()[-1].click()

    try:
        answer_dialogs(read)
        assert not window.open_path(str(broken))
        assert seen == [
            (
                QCoreApplication.translate("MainWindow", "Cannot open file"),
                f"{broken}: bukan berkas judge-app (bukan basis data SQLite)",
            )
        ]
        assert seen[0][0] != "Cannot open file"
    finally:
        i18n.install_translator(app, "en")
        text.set_language(None)
