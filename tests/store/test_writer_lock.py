"""One writer per file (issue 7): a file open for changes in one process is read-only for
every other judge-app window or command, with a message naming who holds it; the lock
dies with its process; both open at once corrupt nothing."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base import writer_lock
from judge_app.files.verification import verify_file
from judge_app.sessions.package import READ_ONLY, ScoreRefused
from tests.conftest import file_hash, write_csv
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys\n"
    "from judge_app import services\n"
    "session = services.open_package(sys.argv[1])\n"
    "print('held', flush=True)\n"
    "for line in sys.stdin:\n"
    "    code, criterion, value = line.split()\n"
    "    session.set_score(code, criterion, float(value))\n"
    "    print('saved', flush=True)\n"
)


class Holder:
    """Another judge-app process with the package open for scoring."""

    def __init__(self, package: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(package)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "held"

    def score(self, code: str, criterion: str, value: float) -> None:
        self.process.stdin.write(f"{code} {criterion} {value}\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "saved"

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


@pytest.fixture
def held(demo):
    package = demo.packages[0].path
    holder = Holder(package)
    yield package, holder
    if holder.process.poll() is None:
        holder.close()


def first_cell(package: Path) -> tuple[str, str]:
    session = services.open_package(package, read_only=True)
    try:
        entry = next(e for e in session.entries if session.conflict_reason(e.code) is None)
        return entry.code, session.definition.criteria[0].id
    finally:
        session.close()


def test_a_second_writer_is_told_who_holds_the_file(held) -> None:
    package, holder = held
    with pytest.raises(writer_lock.FileInUse) as caught:
        services.open_package(package)
    message = str(caught.value)
    assert str(package) in message and "already open for changes" in message
    assert f"process {holder.process.pid}" in message and socket.gethostname() in message
    assert caught.value.holder["pid"] == str(holder.process.pid)


def test_the_read_only_view_reads_and_refuses_every_change(held) -> None:
    package, holder = held
    code, criterion = first_cell(package)
    holder.score(code, criterion, 71.0)
    view = services.open_package(package, read_only=True)
    try:
        assert view.read_only and view.value(code, criterion) == 71.0
        with pytest.raises(ScoreRefused, match=READ_ONLY):
            view.set_score(code, criterion, 72.0)
        with pytest.raises(ScoreRefused, match=READ_ONLY):
            view.declare_conflict(code, "kerabat")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            view.db.execute("DELETE FROM scores")  # the connection itself refuses
    finally:
        view.close()


def test_the_command_line_refuses_to_change_a_held_file_and_changes_nothing(
    held, tmp_path: Path
) -> None:
    package, _ = held
    code, criterion = first_cell(package)
    rows = [["entry", "criterion", "value"], [code, criterion, "80"]]
    source = write_csv(tmp_path / "scores.csv", rows)
    before = file_hash(package)
    done = run("scores", "import", package, source)
    assert done.returncode != 0
    assert "already open for changes" in done.stderr and str(package) in done.stderr
    assert file_hash(package) == before
    exported = run("scores", "export", package, tmp_path / "out.csv")  # reading is fine
    assert exported.returncode == 0, exported.stderr


def test_the_lock_dies_with_its_process(demo) -> None:
    package = demo.packages[0].path
    holder = Holder(package)
    holder.kill()  # a crash or a pulled plug: no stale lock
    session = services.open_package(package)
    try:
        assert not session.read_only
    finally:
        session.close()
    assert not writer_lock.lock_path(package).exists()  # given back when closed


def test_one_process_is_one_writer(demo) -> None:
    package = demo.packages[0].path
    first = services.open_package(package)
    second = services.open_package(package)  # a window and its background task
    second.close()
    assert writer_lock.holds(package)
    first.close()
    assert not writer_lock.holds(package)


def test_both_open_at_once_corrupt_nothing(held) -> None:
    package, holder = held
    code, criterion = first_cell(package)
    view = services.open_package(package, read_only=True)
    try:
        for value in (61.0, 62.0, 63.0):
            holder.score(code, criterion, value)
            assert services.export_scores(package, package.with_suffix(".csv")) >= 1
    finally:
        view.close()
    holder.close()
    conn = sqlite3.connect(package)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert verify_file(package).ok
    session = services.open_package(package)
    try:
        assert session.value(code, criterion) == 63.0
    finally:
        session.close()


@contextlib.contextmanager
def master_held(master: Path) -> Iterator[subprocess.Popen]:
    """A secretariat window in another process with the master open for changes."""
    code = (
        "import sys\n"
        "from judge_app.sessions.master import MasterSession\n"
        "session = MasterSession(sys.argv[1])\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(master)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_master_held_by_another_process_is_refused_for_merge(signed, tmp_path) -> None:
    master = signed.master
    with master_held(master):
        before = file_hash(master)
        done = run("merge", master, *(p.path for p in signed.packages))
        assert done.returncode != 0 and "already open for changes" in done.stderr
        assert file_hash(master) == before
        results = run("results", master)  # reading a held master is fine
        assert results.returncode == 0, results.stderr
    assert os.path.exists(master)
