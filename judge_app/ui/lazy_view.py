"""A view whose content is costly to compute (every aggregation method): drawn when it is
first shown, and again after the master changed only once it is shown again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class LazyView(QWidget):
    stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event) -> None:
        if self.stale:
            self.stale = False
            self.refresh()
        super().showEvent(event)

    def mark_stale(self) -> None:
        """The master changed: recompute now if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.stale = False
            self.refresh()
