"""Crash safety (issue 7): a judge's laptop loses power while scoring. A child process
saves scores through the services layer without pause and is killed with SIGKILL at a
random moment; afterwards every score whose save had returned is in the file, SQLite
finds the file intact, the audit chain verifies, and the app opens the file as usual."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge_app import services
from judge_app.files.verification import verify_file
from tests.crash.child import cell_at, cells_of

ROOT = Path(__file__).resolve().parents[2]


def _kill_while_scoring(package: Path, start: int, delay: float) -> list[int]:
    """Start the scoring child, let it work for `delay` seconds after it is ready, kill
    it with SIGKILL; the steps it reported as saved."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.child", str(package), str(start)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
    assert child.returncode == -signal.SIGKILL
    return [int(line) for line in out.split()]


def _file_cells(package: Path) -> dict[tuple[str, str], float]:
    session = services.open_package(package)  # the app opens it as usual
    try:
        return {
            (code, criterion.id): session.value(code, criterion.id)
            for code, criterion in cells_of(session)
            if session.value(code, criterion.id) is not None
        }
    finally:
        session.close()


def _trials(package: Path, trials: int, seed: int) -> None:
    rng = random.Random(seed)
    session = services.open_package(package)
    cells = cells_of(session)
    session.close()
    state: dict[tuple[str, str], float] = {}
    start = 0
    for trial in range(trials):
        steps = _kill_while_scoring(package, start, rng.uniform(0.0, 0.3))
        assert steps == list(range(start, start + len(steps))), f"trial {trial}"
        for step in steps:
            code, criterion, value = cell_at(step, cells)
            state[(code, criterion)] = value
        next_step = start + len(steps)  # its save may or may not have landed
        conn = sqlite3.connect(package)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], trial
        finally:
            conn.close()
        report = verify_file(package)
        assert report.ok, (trial, report.problems)
        found = _file_cells(package)
        code, criterion, value = cell_at(next_step, cells)
        in_flight = {**state, (code, criterion): value}
        assert found in (state, in_flight), f"trial {trial}: saved scores lost or changed"
        state = found
        start = next_step + 1
    assert len(state) > 0


def test_no_saved_score_is_lost_when_the_scoring_process_is_killed(demo) -> None:
    _trials(demo.packages[0].path, 20, seed=7)


@pytest.mark.slow
def test_three_hundred_kills(demo) -> None:
    _trials(demo.packages[1].path, 300, seed=11)
