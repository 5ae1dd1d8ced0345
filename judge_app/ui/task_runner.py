"""Long work off the GUI thread: a worker thread (which opens its own SQLite connections
through the services), a progress dialog saying what it does and how far, and a cancel
button that stops it at the next step with every file left as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from judge_app.services import (
    Cancelled,
    JudgeAppError,
    Progress,
    describe_progress,
    storage_or_text,
)


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    stopped = Signal()

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self._report)

    def _report(self, done: int, total: int, what: str) -> None:
        self.progressed.emit(done, total, what)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.stopped.emit()
        except Exception as exc:  # shown to the user; JudgeAppError says what and where
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One running task. `done` turns true when it ended, however it ended."""

    ended = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[Exception], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.done = False
        self.cancelled = False
        self.seen: list[tuple[int, int, str]] = []
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick work shows no dialog at all
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker_thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.callbacks = (on_success, on_failure, on_cancel)
        # slots of this object (GUI thread): the worker's signals arrive queued, never run
        # GUI code on the worker's thread
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.stopped.connect(self._stopped)
        self.dialog.canceled.connect(self.cancel)
        self.worker_thread.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.worker.progress.stop.set()
        self.dialog.setLabelText(self.tr("Stopping…"))

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end(self.callbacks[0], result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._end(self.callbacks[1], exc)

    @Slot()
    def _stopped(self) -> None:
        self._end(self.callbacks[2])

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, what: str) -> None:
        self.seen.append((done, total, what))
        if self.cancelled:
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)
        self.dialog.setLabelText(describe_progress(what))

    def _end(self, callback, *args) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.done = True
        self.ended.emit()
        if callback is not None:
            callback(*args)


def failure_text(exc: Exception) -> str:
    if isinstance(exc, sqlite3.Error | OSError | JudgeAppError):
        return str(storage_or_text(exc))
    return QCoreApplication.translate("Task", "Unexpected error: %1").replace("%1", repr(exc))
