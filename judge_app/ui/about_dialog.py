"""Help → About: the version, where judge-app keeps its files, and the licences of
everything bundled with it (issue 8)."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import __version__
from judge_app.ui.screen_fit import fit_on_screen

# (name shown, distribution to read the version from or None, licence, what it does here)
BUNDLED = (
    (
        "Python",
        None,
        "PSF License",
        QT_TRANSLATE_NOOP("AboutDialog", "the language judge-app is written in"),
    ),
    ("Qt / PySide6", "PySide6", "LGPL-3.0", QT_TRANSLATE_NOOP("AboutDialog", "the window")),
    ("SQLite", None, "public domain", QT_TRANSLATE_NOOP("AboutDialog", "the files")),
    (
        "sqlite-utils",
        "sqlite-utils",
        "Apache-2.0",
        QT_TRANSLATE_NOOP("AboutDialog", "reading and writing the files"),
    ),
    (
        "ReportLab",
        "reportlab",
        "BSD-3-Clause",
        QT_TRANSLATE_NOOP("AboutDialog", "the PDF documents"),
    ),
    ("pyHanko", "pyHanko", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "the PDF signatures")),
    (
        "cryptography",
        "cryptography",
        "Apache-2.0 or BSD-3-Clause",
        QT_TRANSLATE_NOOP("AboutDialog", "keys and signatures"),
    ),
    ("openpyxl", "openpyxl", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "XLSX spreadsheets")),
    ("segno", "segno", "BSD-3-Clause", QT_TRANSLATE_NOOP("AboutDialog", "QR codes")),
    ("Pillow", "pillow", "MIT-CMU (HPND)", QT_TRANSLATE_NOOP("AboutDialog", "signature images")),
    ("platformdirs", "platformdirs", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "the data folder")),
    (
        "TOML Kit",
        "tomlkit",
        "MIT",
        QT_TRANSLATE_NOOP("AboutDialog", "competition definitions made on screens"),
    ),
    (
        "DejaVu fonts",
        None,
        "Bitstream Vera / public domain",
        QT_TRANSLATE_NOOP("AboutDialog", "the fonts in the documents"),
    ),
)


def _version(distribution: str | None) -> str:
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About judge-app"))
        layout = QVBoxLayout(self)
        head = QLabel(
            "<h2>judge-app %1</h2>".replace("%1", __version__)
            + self.tr(
                "Offline judging for public-service innovation competitions and "
                "assessments: declarations, weighted scores, signed recaps, merge, "
                "ranking and the official minutes."
            )
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        where = QLabel(self.tr("Keys and settings are kept in %1").replace("%1", data_folder))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout.addWidget(where)
        layout.addWidget(QLabel(self.tr("Bundled software and fonts, with their licences:")))
        self.table = QTableWidget(len(BUNDLED), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Used for")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        import platform
        import sqlite3

        import PySide6

        for row, (name, distribution, licence, use) in enumerate(BUNDLED):
            version = {
                "Python": platform.python_version(),
                "SQLite": sqlite3.sqlite_version,
                "Qt / PySide6": PySide6.__version__,
            }.get(name) or _version(distribution)
            for column, text in enumerate((name, version, licence, self.tr(str(use)))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "judge-app uses Qt under the LGPL: the Qt libraries are separate files in "
                "the program's folder and may be replaced by other builds of the same "
                "version."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_on_screen(self, 740, 600)
