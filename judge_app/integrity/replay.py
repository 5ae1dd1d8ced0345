"""The replay of a package's audit log (ARCHITECTURE §7, Verification): the judge's own
records, in order, say which cells the score table must hold and which revision must be
locked; a score or conflict changed while a revision was signed means the lock was
removed outside judge-app.

One implementation for `verify` (files/verification.py), which names every difference,
and for merge's quick check (secretariat/merge/quick_check.py), which only says proven
or not proven, so that the two cannot drift apart. Pure: the caller reads the records."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

# what a signed revision freezes: the judge's records of these actions while it is locked
CHANGES = ("score", "conflict", "conflict_withdrawn")

Cell = TypeVar("Cell")


@dataclass(frozen=True)
class LockBreach:
    """A change recorded while a revision was signed."""

    seq: int  # the audit record
    target: str  # what changed: "entry/criterion" of a score, the entry of a conflict
    revision: int  # the revision that was signed


class ScoreReplay(Generic[Cell]):
    """The audit records replayed one at a time, in the log's order (`add`); only the
    judge's own records count.

    `cells`: audit target ("entry/criterion") -> `read(after)` of the last score record
    that set it (a record whose `after` is null clears the cell); `locked`: the revision
    signed and not reopened since, or None; `breaches`: every change made while locked.
    `read` runs on each score record as it is replayed, so a malformed record fails where
    it stands, whatever comes after it: verify reads each as (value, note) (`logged_cell`),
    the quick check keeps the text (`str`) and compares it as text (`logs_cell`)."""

    __slots__ = ("breaches", "cells", "judge_id", "locked", "read")

    def __init__(self, judge_id: str, read: Callable[[str], Cell]) -> None:
        self.judge_id = judge_id
        self.read = read
        self.cells: dict[str, Cell] = {}
        self.locked: int | None = None
        self.breaches: list[LockBreach] = []

    def add(self, seq: int, actor: str, action: str, target: str, after: str | None) -> None:
        """One record. Raises ValueError or IndexError (or what `read` raises) on a
        record judge-app cannot have written: a signing whose target does not end in a
        revision number, a score whose target is not "entry/criterion"."""
        if actor != self.judge_id:
            return
        if action == "sign":
            self.locked = int(target.split()[-1])
        elif action == "reopen":
            self.locked = None
        elif action in CHANGES and self.locked is not None:
            self.breaches.append(LockBreach(seq, target, self.locked))
        if action != "score":
            return
        _entry, _criterion = target.rsplit("/", 1)
        if after is None:
            self.cells.pop(target, None)
        else:
            self.cells[target] = self.read(after)


def cell_key(target: str) -> tuple[str, str]:
    """(entry, criterion) of a score record's target."""
    entry, criterion = target.rsplit("/", 1)
    return entry, criterion


def logged_cell(after: str) -> tuple[Any, Any]:
    """A score record's `after` as (value, note), as the record says them."""
    cell = json.loads(after)
    return cell["value"], cell["note"]


def cell_text(note: str, value: float | None, whole: bool = False) -> str:
    """The score record's text of a cell: canonical({"note": note, "value": value}),
    written out for speed (json prints a float as its repr; `whole`: as an int, as a
    score typed as 80 rather than 80.0 was logged)."""
    if value is None:
        shown = "null"
    elif whole and float(value).is_integer():
        shown = str(int(value))
    else:
        shown = repr(float(value))
    if note == "":
        return f'{{"note":"","value":{shown}}}'
    return f'{{"note":{json.dumps(note, ensure_ascii=False)},"value":{shown}}}'


def logs_cell(logged: str | None, note: str, value: float | None) -> bool:
    """The replayed text `logged` (None: no record) is the record of this cell."""
    return logged == cell_text(note, value) or logged == cell_text(note, value, whole=True)
