"""Zoom for the proposal's PDFs and images: the same steps, buttons and keys in both, so a
judge learns them once (Ctrl++ larger, Ctrl+- smaller, Ctrl+0 the page's width)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def stepped(factor: float, direction: int) -> float:
    """The next zoom step above (direction 1) or below (-1) the factor shown now, which
    may lie between steps after fitting the width."""
    if direction > 0:
        return next((s for s in STEPS if s > factor * 1.01), STEPS[-1])
    return next((s for s in reversed(STEPS) if s < factor * 0.99), STEPS[0])


def add_zoom_keys(
    owner: QWidget,
    zoom_in: Callable[[], None],
    zoom_out: Callable[[], None],
    fit: Callable[[], None],
) -> None:
    """The zoom keys, active while the focus is inside `owner` (the score form's keys stay
    the form's)."""
    keys: tuple[tuple[tuple[QKeySequence, ...], Callable[[], None]], ...] = (
        ((QKeySequence("Ctrl++"), QKeySequence("Ctrl+="), QKeySequence("Ctrl+Shift+=")), zoom_in),
        ((QKeySequence("Ctrl+-"),), zoom_out),
        ((QKeySequence("Ctrl+0"),), fit),
    )
    for sequences, action in keys:
        for sequence in sequences:
            shortcut = QShortcut(sequence, owner, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


class ZoomControls(QWidget):
    """Smaller, the size shown, larger, fit the width."""

    zoomIn = Signal()
    zoomOut = Signal()
    fitWidth = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.out_button = _button("−", self.tr("Smaller (Ctrl+-)"), self.zoomOut.emit)
        self.size_label = QLabel("100 %")
        self.size_label.setObjectName("zoomLabel")
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("400 %") + 6)
        self.size_label.setToolTip(self.tr("The size shown"))
        self.in_button = _button("+", self.tr("Larger (Ctrl++)"), self.zoomIn.emit)
        self.fit_button = _button(
            self.tr("Fit width"), self.tr("As wide as the pane (Ctrl+0)"), self.fitWidth.emit
        )
        for widget in (self.out_button, self.size_label, self.in_button, self.fit_button):
            layout.addWidget(widget)

    def show_factor(self, factor: float) -> None:
        self.size_label.setText(f"{round(factor * 100)} %")


def _button(text: str, tip: str, action: Callable[[], None]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    button.clicked.connect(action)
    return button
