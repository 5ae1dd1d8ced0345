"""A view whose content is costly to compute (every aggregation method): drawn when it is
first shown, and again after the master changed only once it is shown again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from judge_app.services import AGGREGATION_METHODS, MasterSession

# (methods, then): compute the methods' results (in a worker when large), then call `then`
Ensure = Callable[[list[str], Callable[[], None]], None]


class LazyView(QWidget):
    session: MasterSession  # the subclass's
    stale = True
    ensure: Ensure | None = None  # the workspace's; None: compute here and now

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event) -> None:
        if self.stale:
            self.stale = False
            self._recompute()
        super().showEvent(event)

    def mark_stale(self) -> None:
        """The master changed: recompute now if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.stale = False
            self._recompute()

    def _recompute(self) -> None:
        methods = list(AGGREGATION_METHODS)
        if self.ensure is None:
            self.session.compute(methods)
            self.refresh()
        else:
            self.ensure(methods, self.refresh)
