"""Sign the Berita Acara in one's own field of its signature grid: a panel member on their
laptop, or the acknowledging official, in any order. The grid's state is listed beside
the document itself, which shows each signature in its cell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.ui.key_source_box import KeySourceBox


class CosignDialog(QDialog):
    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the Berita Acara"))
        self.path: Path | None = None
        self.signed: services.Cosigned | None = None

        self.file = QLineEdit()
        self.file.setObjectName("cosignFile")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("The Berita Acara PDF sent by the secretariat"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("signatoryTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Signs as"), self.tr("Name"), self.tr("Signature")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("grid_summary")
        self.summary.setWordWrap(True)

        self.who = QComboBox()
        self.who.setObjectName("whoseField")
        self.who.setToolTip(
            self.tr(
                "Found from your key when only one field can be yours; choose it when several "
                "panel members' keys are on this computer"
            )
        )
        # a panel member's judge-app key, or a certificate (an official's, a judge's PSrE one)
        self.key = KeySourceBox("cosign", parent=self)
        form = QFormLayout()
        who_label = QLabel(self.tr("&Whose field"))
        who_label.setBuddy(self.who)
        form.addRow(who_label, self.who)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign my field"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("signButton")
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.sign)
        self.buttons.rejected.connect(self.reject)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        file_label = QLabel(self.tr("&Berita Acara"))
        file_label.setBuddy(choose)
        column.addWidget(file_label)
        column.addLayout(file_row)
        column.addWidget(self.table, 1)
        # the document itself, with each signature in its cell, in the PDF reader (Qt's own
        # PDF view leaves signature fields' appearances out)
        self.open_button = QPushButton(self.tr("&Open in the PDF reader"))
        self.open_button.setObjectName("openPdf")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_pdf)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        column.addLayout(open_row)
        column.addWidget(self.summary)
        column.addLayout(form)
        column.addWidget(self.key)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(left)
        self.resize(720, 600)
        if path is not None:
            self.load(Path(path))

    def unlock(self) -> str | services.Unlock:
        return self.key.unlock()

    def _choose(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open the Berita Acara"), start, self.tr("PDF (*.pdf)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the grid of `path` and show the document; a PDF without one is named."""
        self.error.hide()
        try:
            states = services.signatories(path)
        except Exception as exc:  # an unreadable PDF: pyHanko raises many kinds
            self._fail(
                self.tr("%1 cannot be read as a PDF (%2)")
                .replace("%1", path.name)
                .replace("%2", str(exc))
            )
            return
        self.path = path
        self.file.setText(str(path))
        if not states:
            self._fail(
                self.tr(
                    "%1 has no signature fields for the panel: it is not a Berita Acara made "
                    "by judge-app, or it comes from an older version (make it again)."
                ).replace("%1", path.name)
            )
        self._show_states(states)
        self.open_button.setEnabled(True)
        self.sign_button.setEnabled(any(not s.signed for s in states))
        if self.sign_button.isEnabled():
            self.key.focus_first()

    def _show_states(self, states: list) -> None:
        self.table.setRowCount(len(states))
        for row, state in enumerate(states):
            owner = state.owner
            if state.signed and state.by_owner:
                status = self.tr("Signed")
            elif state.signed:
                status = self.tr("Signed by somebody else: %1").replace("%1", state.signer)
            else:
                status = self.tr("Not yet signed")
            for column, text in enumerate((owner.role, owner.name or "—", status)):
                item = QTableWidgetItem(text)
                if state.signed:
                    item.setToolTip(self.tr("Certificate of %1").replace("%1", state.signer))
                if column == 2 and state.signed:
                    item.setForeground(
                        Qt.GlobalColor.darkGreen if state.by_owner else Qt.GlobalColor.red
                    )
                self.table.setItem(row, column, item)
        done = sum(1 for s in states if s.signed)
        self.summary.setText(
            self.tr("%1 of %2 have signed.")
            .replace("%1", str(done))
            .replace("%2", str(len(states)))
        )
        self.who.clear()
        self.who.addItem(self.tr("Found from my key"), "")
        for state in states:
            if not state.signed:
                owner = state.owner
                self.who.addItem(owner.label(), owner.person_id or owner.field)

    def _open_pdf(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def sign(self) -> None:
        if self.path is None:
            return
        self.error.hide()
        problem = self.key.problem()
        if problem:
            self._fail(problem)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.signed = services.cosign(self.path, self.unlock(), who=self.who.currentData())
        except services.WrongPassphrase:
            self._fail(self.tr("Wrong passphrase. Try again."))
            self.key.focus_secret()
            return
        except services.JudgeAppError as exc:
            self._fail(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.key.remember()
        self.key.secret.clear()
        self.load(self.path)
        self.summary.setText(
            self.tr("Signed in the field of %1. ").replace("%1", self.signed.owner.label())
            + self.summary.text()
        )
