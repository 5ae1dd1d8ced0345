"""The first screen: open a file, reopen a recent one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    openRequested = Signal(str)
    browseRequested = Signal()
    demoRequested = Signal()
    newRequested = Signal()  # the secretariat starts a new competition

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h1>judge-app</h1>")
        subtitle = QLabel(
            self.tr(
                "Offline judging for public-service innovation competitions. "
                "Open the package file the secretariat gave you, or a master file; "
                "the secretariat starts a new competition here."
            )
        )
        subtitle.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open file… (Ctrl+O)"))
        self.open_button.setObjectName("openButton")
        self.demo_button = QPushButton(self.tr("Open the &demo competition"))
        self.demo_button.setObjectName("demoButton")
        self.open_button.setToolTip(
            self.tr("A judge's package from the secretariat, or a secretariat master file")
        )
        self.demo_button.setToolTip(
            self.tr(
                "A sample competition (KIPP Banten 2023, five judges) to try everything "
                "without real data"
            )
        )
        self.new_button = QPushButton(self.tr("&New competition… (Ctrl+N)"))
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(
            self.tr(
                "For the secretariat: a competition from a template (KIPP, IGA, Ombudsman) "
                "set up on screens, then its entries, judges, assignments and packages"
            )
        )
        self.new_button.clicked.connect(self.newRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        recent_label = QLabel(self.tr("&Recent files"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        recent_label.setBuddy(self.recent)
        self.empty_hint = QLabel(self.tr("No recent files yet."))
        self.empty_hint.setObjectName("hint")

        column = QVBoxLayout()
        column.addSpacing(24)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(recent_label)
        self.recent.setMaximumHeight(16 * self.fontMetrics().height())
        column.addWidget(self.recent)
        column.addWidget(self.empty_hint)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        self.open_button.clicked.connect(self.browseRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent.itemActivated.connect(
            lambda item: self.openRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}    —    {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.empty_hint.setVisible(not paths)
        self.recent.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)
