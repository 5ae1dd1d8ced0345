"""An image of an entry's proposal (a photo, a poster, a screenshot of the service) in a
scroll area, as wide as the pane or at the size the judge chooses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from judge_app.ui.zoom import ZoomControls, add_zoom_keys, stepped


class ImagePane(QWidget):
    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.image = QImage.fromData(data)
        self.problem = (
            self.tr(
                "“%1” cannot be shown here: it is not a readable image. Try “Open in the system "
                "viewer”, or ask the secretariat for a new copy."
            ).replace("%1", name)
            if self.image.isNull()
            else None
        )
        self.fit = True
        self.factor = 1.0
        self.picture = QLabel()
        self.picture.setObjectName("imageLabel")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Image %1").replace("%1", name))
        self.area = QScrollArea()
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.area.viewport().installEventFilter(self)
        self.zoom = ZoomControls()
        self.zoom.zoomIn.connect(lambda: self.zoom_by(1))
        self.zoom.zoomOut.connect(lambda: self.zoom_by(-1))
        self.zoom.fitWidth.connect(self.fit_width)
        self.size_label = QLabel(f"{self.image.width()} × {self.image.height()} px")
        self.size_label.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(self.zoom)
        row.addStretch(1)
        row.addWidget(self.size_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.area, 1)
        add_zoom_keys(self, lambda: self.zoom_by(1), lambda: self.zoom_by(-1), self.fit_width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.fit:
            self._draw()
        return super().eventFilter(watched, event)

    def shown_factor(self) -> float:
        """The size shown, 1.0 = the image's own pixels."""
        if not self.fit or self.image.isNull():
            return self.factor
        room = max(self.area.viewport().width() - 2, 1)
        return room / self.image.width()

    def zoom_by(self, direction: int) -> None:
        self.factor = stepped(self.shown_factor(), direction)
        self.fit = False
        self._draw()

    def fit_width(self) -> None:
        self.fit = True
        self._draw()

    def _draw(self) -> None:
        if self.image.isNull():
            return
        factor = self.shown_factor()
        width = max(int(self.image.width() * factor), 1)
        scaled = self.image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(scaled))
        self.zoom.show_factor(factor)
