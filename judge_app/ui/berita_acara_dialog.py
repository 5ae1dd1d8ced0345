"""What the Berita Acara needs beyond the results: its number (required: a signed blank
number can never be filled in), place and date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from judge_app.services import date_in_words


class BeritaAcaraDialog(QDialog):
    def __init__(self, place: str, parent: QWidget | None = None, *, recap: bool = False) -> None:
        """`recap`: for the Rekapitulasi Nilai, whose number is optional."""
        super().__init__(parent)
        self.required = not recap
        self.setWindowTitle(
            self.tr("Rekapitulasi Nilai") if recap else self.tr("Berita Acara Hasil Penilaian")
        )
        form = QFormLayout(self)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 001/BA/TIM-PENILAI/XII/2023"))
        self.place = QLineEdit(place)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.number.setToolTip(
            self.tr(
                "The recap's number as your office registers it (optional); printed in the "
                "heading. A signed document cannot be numbered afterwards"
            )
            if recap
            else self.tr(
                "The minutes' number as your office registers it; printed in the heading. "
                "Required: a signed document cannot be numbered afterwards"
            )
        )
        self.place.setToolTip(self.tr("Where the panel met; printed above the signatures"))
        self.date.setToolTip(
            self.tr(
                "The date printed above the signatures; when it is not today, the document "
                "also says when it was signed"
            )
            if recap
            else self.tr("The day the panel met; the minutes write the day and date out in words")
        )
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setObjectName("hint")
        self.date.dateChanged.connect(self._show_words)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow("", self.words)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.number.textChanged.connect(self._require_number)
        form.addRow(buttons)
        self._show_words()
        self._require_number()
        self.resize(560, self.sizeHint().height())

    def day(self) -> dt.date:
        chosen = self.date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def _require_number(self) -> None:
        self.ok.setEnabled(bool(self.number.text().strip()) or not self.required)

    def accept(self) -> None:
        if self.number.text().strip() or not self.required:  # Enter must not bypass it
            super().accept()

    def _show_words(self) -> None:
        if self.required:
            self.words.setText(date_in_words(self.day()))
