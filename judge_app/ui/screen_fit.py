"""Windows sized for the screen they open on: a dialog's preferred size is capped to
the available area, so at 1366×768 and 150% (910×512 logical pixels) its buttons stay
on screen and its content scrolls instead."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 40  # the window frame and a little air


def fit_on_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    widget.resize(min(width, room.width() - MARGIN), min(height, room.height() - MARGIN))
