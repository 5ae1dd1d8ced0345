"""Importing the entries' proposal material from the secretariat's window (issue 21).

The secretariat chooses the source folder (one subfolder per entry code), sees which
sections spreadsheet will be read (the one at the folder's top unless another is named),
sets the size limit per file and whether videos are taken. The import runs in a worker
with a progress bar, and its report stays in the dialog, beside the choices, so a refused
import can be fixed and tried again at once: every problem by entry, file and reason under
a heading that says nothing was written; on success the counts and, entry by entry, what
was added, changed or removed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import (
    DEFAULT_MAX_MB,
    MaterialImport,
    ProblemsError,
    decimal_mark,
    translate,
)
from judge_app.ui.screen_fit import fit_on_screen
from judge_app.ui.task_runner import Task, failure_text

SPREADSHEETS = (".csv", ".xlsx")
REFUSED, DONE = "#fdecea", "#e8f5e9"  # the merge report's colours


def _where_patterns() -> list[re.Pattern[str]]:
    """How the core's problem messages begin, in the current language: its own templates
    (the same sources, so the same translations) up to the first ': ', made into patterns
    that take the entry code and the file apart. Most specific first."""
    templates = [
        translate("material_import", "entry {code}, file {file}"),
        translate("material_import", "entry {code}, folder {folder}: no files"),
        translate("material_import", "folder {folder}: entry {code} has two folders"),
        translate("material_import", "{file}, row {row}, column code"),
        translate("material_import", "folder {folder}: unknown entry code (no entry {folder})"),
        translate(
            "material_import",
            "entry {code}: no material (no folder {code} in {source} and no sections "
            "in the sections file)",
        ),
    ]
    patterns = []
    for template in templates:
        where = template.split(": ", 1)[0]
        seen: set[str] = set()
        regex = ""
        for part in re.split(r"(\{\w+\})", where):
            name = part[1:-1] if part.startswith("{") and part.endswith("}") else None
            if name is None:
                regex += re.escape(part)
            elif name in seen:
                regex += f"(?P={name})"
            else:
                seen.add(name)
                regex += f"(?P<{name}>.+?)"
        patterns.append(re.compile(f"^{regex}: (?P<reason>.*)$", re.S))
    return patterns


def problem_parts(message: str) -> tuple[str, str, str]:
    """(entry, file or row, reason) of one of the import's problem messages; what cannot
    be taken apart goes whole into the reason, so nothing of it is lost."""
    for pattern in _where_patterns():
        found = pattern.match(message)
        if found:
            parts = found.groupdict()
            if parts.get("row"):  # the sections file's row: the whole place, as said
                where = message[: found.start("reason") - 2]
            else:
                where = parts.get("file") or (f"{parts['folder']}/" if parts.get("folder") else "")
            return parts.get("code") or "", where, parts["reason"]
    where, colon, reason = message.partition(": ")
    if colon and "\n" not in where and len(where) <= 120:
        return "", where, reason  # "proposal-sections.csv: row 3, column …: …"
    return "", "", message


def spreadsheets(folder: Path) -> list[Path]:
    """The CSV/XLSX files at the top of a source folder (the import's default choice)."""
    try:
        return sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.casefold() in SPREADSHEETS
        )
    except OSError:
        return []


class MaterialImportDialog(QDialog):
    imported = Signal(object)  # the MaterialImport, after an import that stored something

    def __init__(self, master: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.master = Path(master)
        self.task: Task | None = None
        self.outcome: MaterialImport | None = None
        self.problems: list[str] = []
        self.title = ""
        self.setWindowTitle(self.tr("Import proposal material"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a folder with one subfolder per entry code holding that entry's files "
                "(PDF and images; videos only when included below), and optionally the "
                "proposals' text sections as a CSV or XLSX file with one row per entry. "
                "Everything is checked first: a single problem refuses the whole import and "
                "nothing is written."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("A folder with one subfolder per entry code"))
        self.source.textChanged.connect(self._update_hint)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("Source &folder:"))
        label.setBuddy(self.source)
        form.addRow(label, row)

        self.sections = QLineEdit()
        self.sections.setPlaceholderText(self.tr("The spreadsheet at the top of the folder"))
        self.sections.textChanged.connect(self._update_hint)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_sections)
        row = QHBoxLayout()
        row.addWidget(self.sections, 1)
        row.addWidget(choose)
        self.hint = QLabel()  # which spreadsheet the import will read
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.hint)
        label = QLabel(self.tr("&Sections file:"))
        label.setBuddy(self.sections)
        form.addRow(label, column)

        self.max_mb = QSpinBox()
        self.max_mb.setRange(1, 100_000)
        self.max_mb.setValue(int(DEFAULT_MAX_MB))
        self.max_mb.setSuffix(" MB")
        self.max_mb.setToolTip(self.tr("A larger file is refused, naming the entry and the file"))
        self.max_mb.setMinimumWidth(110)
        row = QHBoxLayout()
        row.addWidget(self.max_mb)
        row.addStretch(1)
        label = QLabel(self.tr("Size &limit per file:"))
        label.setBuddy(self.max_mb)
        form.addRow(label, row)
        self.videos = QCheckBox(self.tr("Include &video files"))
        self.videos.setToolTip(
            self.tr("Videos make the judges' packages large; without this they are refused")
        )
        form.addRow("", self.videos)
        layout.addLayout(form)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        for widget in (self.heading, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.copy_button = buttons.addButton(
            self.tr("Cop&y the report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("To paste into an e-mail to the entries' agencies"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_report(False)
        self._update_hint()
        fit_on_screen(self, 900, 640)

    # -- the choices ----------------------------------------------------------------------------

    def _browse(self) -> None:
        start = self.source.text().strip() or str(self.master.parent)
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the proposal material"), start
        )
        if folder:
            self.source.setText(folder)

    def _choose_sections(self) -> None:
        start = self.sections.text().strip() or self.source.text().strip()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The proposals' sections"),
            start or str(self.master.parent),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.sections.setText(path)

    def source_folder(self) -> Path | None:
        text = self.source.text().strip()
        return Path(text) if text else None

    def sections_file(self) -> Path | None:
        text = self.sections.text().strip()
        return Path(text) if text else None

    def _update_hint(self) -> None:
        """Say which sections file the import will read, before it runs."""
        folder, named = self.source_folder(), self.sections_file()
        if named is not None:
            text = self.tr("Sections read from %1.").replace("%1", named.name)
        elif folder is None:
            text = ""
        elif not folder.is_dir():
            text = self.tr("%1 is not a folder.").replace("%1", str(folder))
        else:
            found = spreadsheets(folder)
            if not found:
                text = self.tr(
                    "No spreadsheet at the top of the folder: only files are imported; the "
                    "entries' sections stay as they are."
                )
            elif len(found) == 1:
                text = self.tr("Sections read from %1 (the spreadsheet at the top of the folder).")
                text = text.replace("%1", found[0].name)
            else:
                text = self.tr("Several spreadsheets at the top of the folder (%1): choose one.")
                text = text.replace("%1", ", ".join(p.name for p in found))
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.import_button.setEnabled(folder is not None and (self.task is None or self.task.done))

    # -- the import -----------------------------------------------------------------------------

    def start(self) -> bool:
        """Run the import in a worker; the report follows. False when nothing started."""
        source = self.source_folder()
        if source is None or (self.task is not None and not self.task.done):
            return False
        sections, max_mb, videos = (
            self.sections_file(),
            self.max_mb.value(),
            self.videos.isChecked(),
        )
        master = self.master
        self.import_button.setEnabled(False)

        def work(progress):
            done = services.import_material(
                master, source, sections, max_mb=max_mb, videos=videos, progress=progress
            )
            pieces: Counter[tuple[str, bool]] = Counter()
            if done.new:  # what each new entry now has, for the report
                new = set(done.new)
                for item in services.list_material(master):
                    if item.entry_code in new:
                        pieces[item.entry_code, item.is_section] += 1
            return done, pieces

        self.task = Task(
            self, self.tr("Import proposal material"), work, self._done, self._failed, self._stopped
        )
        return True

    def _done(self, outcome) -> None:
        result, pieces = outcome
        self.outcome = result
        self.problems = []
        title = self.tr("Imported: the material of %1 entries").replace("%1", str(result.entries))
        lines = [
            self.tr("%1 files and %2 sections, %3 MB in all.")
            .replace("%1", str(result.files))
            .replace("%2", str(result.sections))
            .replace("%3", f"{result.bytes / 1_000_000:.1f}".replace(".", decimal_mark())),
            self.tr("%1 entries with new material, %2 changed, %3 unchanged.")
            .replace("%1", str(len(result.new)))
            .replace("%2", str(len(result.changed)))
            .replace("%3", str(result.unchanged)),
        ]
        if result.sections_file is not None:
            lines.append(self.tr("Sections read from %1.").replace("%1", result.sections_file.name))
        else:
            lines.append(self.tr("No sections file: the entries' sections stay as they were."))
        if result.changed:
            lines.append(
                self.tr(
                    "Judges given the earlier material see it changed when they hand in; write "
                    "their packages again if they should read the new version."
                )
            )
        rows = [
            (code, self.tr("new"), self._pieces(pieces[code, False], pieces[code, True]))
            for code in result.new
        ]
        for code, found in sorted(result.changed.items()):
            details = []
            for names, words in (
                (found.added, self.tr("added: %1")),
                (found.changed, self.tr("changed: %1")),
                (found.removed, self.tr("removed: %1")),
            ):
                if names:
                    shown = sorted(names, key=self._order)
                    details.append(words.replace("%1", ", ".join(self._name(n) for n in shown)))
            rows.append((code, self.tr("changed"), "; ".join(details)))
        headers = [self.tr("Entry"), self.tr("Status"), self.tr("What it holds or changed")]
        self._report(title, DONE, "\n".join(lines), headers, sorted(rows))
        self._update_hint()
        self.imported.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.outcome = None
        if isinstance(exc, ProblemsError):
            self.problems = list(exc.problems)
            count = len(self.problems)
            title = (
                self.tr("Nothing was imported: 1 problem")
                if count == 1
                else self.tr("Nothing was imported: %1 problems").replace("%1", str(count))
            )
            where = exc.source
        else:
            self.problems = [failure_text(exc)]
            title = self.tr("Nothing was imported")
            where = str(self.source_folder() or "")
        summary = self.tr(
            "The master was not changed. Fix every problem listed (in %1) and import again."
        ).replace("%1", where)
        rows = [problem_parts(p) for p in self.problems]
        headers = [self.tr("Entry"), self.tr("File or row"), self.tr("Problem")]
        self._report(title, REFUSED, summary, headers, rows)
        self._update_hint()

    def _stopped(self) -> None:
        self.outcome, self.problems = None, []
        self._report(self.tr("Cancelled; nothing was changed"), REFUSED, "", [], [])
        self._update_hint()

    def _pieces(self, files: int, sections: int) -> str:
        return (
            self.tr("%1 files, %2 sections").replace("%1", str(files)).replace("%2", str(sections))
        )

    @staticmethod
    def _order(piece: str) -> tuple[int, str]:
        """Sections in the proposal form's order, then the files by name."""
        ids = [s.id for s in services.SECTIONS]
        return (ids.index(piece), "") if piece in ids else (len(ids), piece.casefold())

    @staticmethod
    def _name(piece: str) -> str:
        """A section by its name in the user's language, a file by its own."""
        section = services.material_section(piece)
        return section.name() if section is not None else piece

    # -- the report -----------------------------------------------------------------------------

    def _show_report(self, on: bool) -> None:
        for widget in (self.heading, self.summary, self.table, self.copy_button):
            widget.setVisible(on)

    def _report(
        self,
        title: str,
        colour: str,
        summary: str,
        headers: list[str],
        rows: list[tuple[str, str, str]],
    ) -> None:
        self.title = title
        self.heading.setText(title)
        self.heading.setStyleSheet(f"background: {colour}; padding: 6px; font-weight: bold")
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers or ["", "", ""])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.setColumnWidth(1, min(320, max(140, self.table.sizeHintForColumn(1) + 16)))
        self.table.resizeRowsToContents()
        self._show_report(True)
        self.table.setVisible(bool(rows))
        self.copy_button.setVisible(bool(rows))

    def report_text(self) -> str:
        """The report as plain text: the heading, the summary, one line per row."""
        lines = [self.title, self.summary.text()]
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            lines.append(" · ".join(c.text() for c in cells if c is not None and c.text()))
        return "\n".join(line for line in lines if line)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
