"""A judge who never stops scoring: saves cells one by one through the services layer
and prints each step's number once its save has returned, until it is killed
(tests/crash/test_crash.py)."""

from __future__ import annotations

import sys

from judge_app import services
from judge_app.domain.model import Criterion
from judge_app.sessions.package import PackageSession


def cells_of(session: PackageSession) -> list[tuple[str, Criterion]]:
    """Every open cell of the package, in a fixed order."""
    return [
        (entry.code, criterion)
        for entry in session.entries
        if session.conflict_reason(entry.code) is None
        for criterion in session.definition.criteria
    ]


def value_at(step: int, criterion: Criterion) -> float:
    """A valid score that changes from one step to the next."""
    places = round((criterion.max - criterion.min) / criterion.step)
    return criterion.min + (step * 7919 % (places + 1)) * criterion.step


def cell_at(step: int, cells: list[tuple[str, Criterion]]) -> tuple[str, str, float]:
    code, criterion = cells[step * 31 % len(cells)]
    return code, criterion.id, value_at(step, criterion)


def main() -> None:
    path, start = sys.argv[1], int(sys.argv[2])
    session = services.open_package(path)
    cells = cells_of(session)
    print("ready", flush=True)
    step = start
    while True:
        session.set_score(*cell_at(step, cells))
        sys.stdout.write(f"{step}\n")
        sys.stdout.flush()
        step += 1


if __name__ == "__main__":
    main()
