"""A pad to draw a signature with the mouse or a pen; exported as a transparent PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Signature pad: draw your signature"))
        self.paths: list[QPainterPath] = []
        self._image: QImage | None = None

    def is_empty(self) -> bool:
        return not self.paths and self._image is None

    def clear(self) -> None:
        self.paths = []
        self._image = None
        self.update()
        self.changed.emit()

    def set_image(self, png: bytes) -> bool:
        image = QImage.fromData(png)
        if image.isNull():
            return False
        self.paths = []
        self._image = image
        self.update()
        self.changed.emit()
        return True

    def png(self) -> bytes | None:
        """The drawing (or loaded image) as PNG, transparent around the ink."""
        if self.is_empty():
            return None
        if self._image is not None:
            image = self._image
        else:
            # crop to the ink, so the signature fills its place on the page
            box = self.paths[0].boundingRect()
            for path in self.paths[1:]:
                box = box.united(path.boundingRect())
            box = box.adjusted(-4, -4, 4, 4)
            scale = 3
            image = QImage(
                max(int(box.width() * scale), 1),
                max(int(box.height() * scale), 1),
                QImage.Format.Format_ARGB32,
            )
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(scale, scale)
            painter.translate(-box.topLeft())
            painter.setPen(self._pen())
            for path in self.paths:
                painter.drawPath(path)
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 wants the format as str at run time; its stubs say bytes
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(data.data())

    def _pen(self) -> QPen:
        return QPen(QColor("#0d2a6b"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)

    def _start(self, point: QPointF) -> None:
        self._image = None
        path = QPainterPath(point)
        self.paths.append(path)

    def _extend(self, point: QPointF) -> None:
        if self.paths:
            self.paths[-1].lineTo(point)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:
        if event.type() == QTabletEvent.Type.TabletPress:
            self._start(event.position())
        elif event.type() == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif event.type() == QTabletEvent.Type.TabletRelease:
            self.changed.emit()
        event.accept()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 24
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if self._image is not None:
            scaled = self._image.scaled(
                self.size() * 0.9, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip
            painter.drawImage(
                (self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2, scaled
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        for path in self.paths:
            painter.drawPath(path)
        if self.is_empty():
            painter.setPen(QColor("#9e9e9e"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Draw your signature here (optional)"),
            )
