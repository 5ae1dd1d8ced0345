"""The judges dashboard: declarations, progress, signed revision, when it was merged and
the certificate fingerprint (to compare by phone with the one on the judge's PDF)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import MasterSession
from judge_app.ui.overview import RecordsModel, records_view


class JudgesDashboard(QWidget):
    rekeyRequested = Signal(str)

    def __init__(self, session: MasterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RecordsModel(
            [
                self.tr("ID"),
                self.tr("Name"),
                self.tr("NIP/NIK"),
                self.tr("Role"),
                self.tr("Entries"),
                self.tr("Declared"),
                self.tr("Revision"),
                self.tr("Merged at"),
                self.tr("Draft"),
                self.tr("Old keys"),
                self.tr("Certificate fingerprint"),
            ],
            [],
            self,
        )
        # the fingerprint is read aloud by phone: never cut, in two lines of eight groups
        # as the judge's declaration prints it, shown right after the name; every column
        # as wide as its content (a narrow window scrolls sideways, nothing is elided)
        self.view = records_view(self.model, ())
        self.view.horizontalHeader().moveSection(10, 2)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.rekey_button = QPushButton(self.tr("Re-register a judge's &key…"))
        self.rekey_button.setToolTip(
            self.tr(
                "For a judge who lost the laptop or the key: the registered certificate is "
                "retired (signed sheets already merged stay valid), a new package can be "
                "issued, and the judge's next declarations register the new key. Logged."
            )
        )
        self.rekey_button.clicked.connect(self._rekey)
        buttons.addStretch(1)
        buttons.addWidget(self.rekey_button)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        statuses = self.session.dashboard
        self.model.set_rows(
            [
                (
                    s.judge.id,
                    s.judge.name,
                    s.judge.nip or "-",
                    s.judge.role,
                    s.assigned,
                    yes if s.declared else no,
                    s.revision or "-",
                    _local_time(s.merged_at),
                    s.progress or "-",
                    s.retired or "-",
                    _two_lines(s.fingerprint) or self.tr("(none registered)"),
                )
                for s in statuses
            ]
        )
        signed = sum(1 for s in statuses if s.revision)
        declared = sum(1 for s in statuses if s.declared)
        self.summary.setText(
            self.tr("%1 judges · %2 declarations signed · %3 signed score sheets merged")
            .replace("%1", str(len(statuses)))
            .replace("%2", str(declared))
            .replace("%3", str(signed))
        )

    def selected_judge(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()][0] if rows else None

    def _rekey(self) -> None:
        judge = self.selected_judge()
        self.rekeyRequested.emit(judge or "")


def _local_time(stamp: str) -> str:
    """An ISO time from the file, in this computer's time zone, to the minute."""
    import datetime as dt

    if not stamp:
        return "-"
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _two_lines(fingerprint: str) -> str:
    """Sixteen groups of four as two lines of eight, the way they are read out."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8))
