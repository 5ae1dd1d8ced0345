"""The documents' letterhead (kop surat) and the officials who sign for the secretariat
or acknowledge the Berita Acara: set once in the master, printed on every document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import MAX_LETTERHEAD_LINES, JudgeAppError, ProblemsError
from judge_app.ui.screen_fit import fit_on_screen


class OfficialsDialog(QDialog):
    def __init__(self, master: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.master = master
        self.setWindowTitle(self.tr("Letterhead and signing officials"))
        letterhead = services.letterhead(master)
        officials = services.officials(master)
        self.logo: bytes | None = letterhead.logo
        self.new_logo: Path | None = None

        body = QWidget()  # scrolls on a small screen; the buttons stay below it
        layout = QVBoxLayout(body)
        head = QGroupBox(self.tr("Letterhead (kop surat), on the first page of every document"))
        head_layout = QHBoxLayout(head)
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(96, 96)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setObjectName("logo")
        logo_buttons = QVBoxLayout()
        choose = QPushButton(self.tr("Choose &logo…"))
        choose.setToolTip(self.tr("The organiser's logo: a PNG or JPEG image of at most 1 MB"))
        choose.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("&Remove logo"))
        self.remove_logo.clicked.connect(self._drop_logo)
        logo_buttons.addWidget(self.logo_view)
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        self.lines = QPlainTextEdit("\n".join(letterhead.lines))
        self.lines.setPlaceholderText(
            self.tr("PEMERINTAH PROVINSI BANTEN\nSEKRETARIAT DAERAH\nBIRO ORGANISASI\nAddress")
        )
        self.lines.setToolTip(
            self.tr("One line per row, at most %1; the first is printed largest").replace(
                "%1", str(MAX_LETTERHEAD_LINES)
            )
        )
        self.lines.setTabChangesFocus(True)
        self.lines.setFixedHeight(self.lines.fontMetrics().lineSpacing() * 6 + 14)
        head_layout.addLayout(logo_buttons)
        head_layout.addWidget(self.lines, 1)
        layout.addWidget(head)

        self.fields: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        captions = {
            "sekretariat": self.tr(
                "Signs for the secretariat (Rekapitulasi Nilai and Berita Acara)"
            ),
            "mengetahui": self.tr("Acknowledges the Berita Acara (Mengetahui)"),
        }
        for role, caption in captions.items():
            box = QGroupBox(caption)
            form = QFormLayout(box)
            current = officials.get(role)
            name = QLineEdit(current.name if current else "")
            nip = QLineEdit(current.nip if current else "")
            position = QLineEdit(current.position if current else "")
            name.setPlaceholderText(self.tr("Full name with titles"))
            nip.setPlaceholderText(self.tr("18-digit NIP, 16-digit NIK or -"))
            position.setPlaceholderText(self.tr("e.g. Kepala Biro Organisasi Setda Provinsi"))
            # one mnemonic for each of the two name fields (Alt+N, Alt+M)
            first = role == "sekretariat"
            form.addRow(self.tr("&Name:") if first else self.tr("Na&me:"), name)
            form.addRow(self.tr("NIP/NIK:"), nip)
            form.addRow(self.tr("Position:"), position)
            self.fields[role] = (name, nip, position)
            layout.addWidget(box)

        hint = QLabel(
            self.tr(
                "Kept in the master, not in the competition's definition: it can be corrected "
                "at any time. Packages written afterwards carry the letterhead to the judges."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._show_logo()
        fit_on_screen(self, 640, body.sizeHint().height() + buttons.sizeHint().height() + 30)

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo:
            pixmap.loadFromData(self.logo)
        if pixmap.isNull():
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("no logo"))
        else:
            self.logo_view.setPixmap(
                pixmap.scaled(
                    96,
                    96,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_logo.setEnabled(self.logo is not None)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.choose_logo(Path(name))

    def choose_logo(self, path: Path) -> None:
        try:
            self.logo = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), f"{path}: {exc.strerror}")
            return
        self.new_logo = path
        self._show_logo()

    def _drop_logo(self) -> None:
        self.logo = None
        self.new_logo = None
        self._show_logo()

    def save(self) -> None:
        """Checked by the same rules as the command line; nothing is kept unless all of it
        is right."""
        lines = self.lines.toPlainText().splitlines()
        problems = [
            f"{role}: {problem}"
            for role, (_name, nip, _position) in self.fields.items()
            for problem in services.official_problems(role, nip.text())
        ]
        if problems:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(problems))
            return
        try:
            services.set_letterhead(
                self.master, lines, self.new_logo, keep_logo=self.logo is not None
            )
            for role, (name, nip, position) in self.fields.items():
                services.set_official(self.master, role, name.text(), nip.text(), position.text())
        except ProblemsError as exc:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(exc.problems))
            return
        except JudgeAppError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()
