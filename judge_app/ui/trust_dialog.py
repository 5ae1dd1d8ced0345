"""The root certificates (a PSrE's) and revocation lists the master trusts (issue 22): listed
with their fingerprints and validity, imported from files, removed one at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import JudgeAppError, storage_or_text
from judge_app.ui.screen_fit import fit_on_screen


class TrustDialog(QDialog):
    def __init__(self, master: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.master = master
        self.setWindowTitle(self.tr("Trusted certificates"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Root certificates of the certification authorities (PSrE) whose signatures "
                "count as certified (tersertifikasi), and the revocation lists they publish. "
                "Verifying a signed PDF against this master (judge-app verify --master) checks "
                "its certificates against them offline: nothing is fetched from the internet. "
                "The keys judge-app made for the judges and the secretariat, registered in "
                "this master, are known but not certified (tidak tersertifikasi)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Valid until"),
                self.tr("File"),
                self.tr("Fingerprint (SHA-256)"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No root certificates or revocation lists imported yet."))
        layout.addWidget(self.empty)
        self.detail = QLabel()  # the whole fingerprint of the selected row, to read it out
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Import…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button = buttons.addButton(
            self.tr("&Remove"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.fingerprints: list[str] = []
        self.reload()
        fit_on_screen(self, 1000, 420)

    def reload(self) -> None:
        anchors, lists = services.trusted(self.master)
        rows = [
            (self.tr("Root certificate"), a.subject, a.not_after[:10], a.source, a.fingerprint)
            for a in anchors
        ] + [
            (
                self.tr("Revocation list"),
                r.issuer,
                self.tr("next update %1").replace("%1", r.next_update[:10] or "-"),
                r.source,
                r.fingerprint,
            )
            for r in lists
        ]
        self.fingerprints = [row[4] for row in rows]
        self.table.setRowCount(len(rows))
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                shown = text[:29] + " …" if column == 4 else text  # the first 6 groups
                item = QTableWidgetItem(shown)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self.empty.setVisible(not rows)
        self._selected()

    def _selected(self) -> None:
        row = self._row()
        self.remove_button.setEnabled(row is not None)
        self.detail.setText(
            ""
            if row is None
            else self.tr("Fingerprint (SHA-256): %1").replace("%1", self.fingerprints[row])
        )

    def _row(self) -> int | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return next(iter(rows)) if len(rows) == 1 else None

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import root certificates or revocation lists"),
            "",
            self.tr(
                "Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)"
            ),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> bool:
        """Import; on a refusal say why, naming the file, and change nothing."""
        title = self.tr("Import root certificates or revocation lists")
        try:
            done = services.import_trust(self.master, paths)
        except (JudgeAppError, OSError) as exc:
            QMessageBox.warning(
                self,
                title,
                self.tr("Nothing was imported.") + "\n\n" + str(storage_or_text(exc)),
            )
            return False
        self.reload()
        if not done.anchors and not done.lists:
            QMessageBox.information(self, title, self.tr("The master already holds all of it."))
        return True

    def remove_selected(self) -> bool:
        row = self._row()
        if row is None:
            return False
        item = self.table.item(row, 1)
        name = item.text() if item is not None else self.fingerprints[row]
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr(
                "Remove %1? Signatures that only it vouched for will no longer count as "
                "certified. The removal is recorded in the audit log."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            services.remove_trusted(self.master, self.fingerprints[row])
        except (JudgeAppError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Remove"), str(storage_or_text(exc)))
            return False
        self.reload()
        return True
