"""Progress and cancel for long work, without Qt: the work calls `step` between units;
the caller (a GUI worker, a terminal bar) listens and may ask it to stop. Stopping raises
`Cancelled` at a step, before anything is written or inside the transaction that is then
rolled back, so a cancelled task leaves every file as it was."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate


class Cancelled(JudgeAppError):
    """The user stopped the task; nothing was changed."""


@dataclass
class Progress:
    report: Callable[[int, int, str], None] = lambda done, total, what: None
    stop: threading.Event = field(default_factory=threading.Event)

    def step(self, done: int, total: int, what: str) -> None:
        """Say how far the work is (total 0: not known); raise Cancelled when asked to."""
        if self.stop.is_set():
            raise Cancelled(translate("progress", "cancelled; nothing was changed"))
        self.report(done, total, what)


def quiet() -> Progress:
    return Progress()


def terminal(stream: TextIO | None = None) -> Progress:
    """A one-line bar on a terminal; silent when the output is not a terminal."""
    from judge_app.base.progress_text import describe

    out = stream or sys.stderr
    if not out.isatty():
        return Progress()

    def report(done: int, total: int, what: str) -> None:
        share = f"{100 * done // total:3d}%" if total else "   …"
        out.write(f"\r\x1b[2K{share} {describe(what)[:70]}")
        if total and done >= total:
            out.write("\n")
        out.flush()

    return Progress(report)
