"""Progress and cancel in the core: a cancelled merge or export changes nothing and writes
nothing; the terminal bar stays quiet when the output is not a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.progress import Cancelled, Progress, terminal
from tests.conftest import file_hash
from tests.test_merge import fresh_master


def test_merge_reports_each_file_and_the_write(signed, tmp_path: Path) -> None:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    seen = []
    progress = Progress(lambda done, total, what: seen.append((done, total, what)))
    services.merge(master, [p.path for p in signed.packages], progress=progress)
    files = len(signed.packages)
    assert [s for s in seen if s[2].startswith("checking")] == [
        (i, files, f"checking {p.path.name}") for i, p in enumerate(signed.packages)
    ]
    assert (files, files + 1, "writing the merge") in seen
    reading = [s for s in seen if s[2] == "reading the signed scores"]
    assert [s[:2] for s in reading] == [(i, files) for i in range(files)]
    writing = [s for s in seen if s[2].startswith("writing the scores of judge")]
    assert writing == [
        (i, files, f"writing the scores of judge J{i + 1}") for i in range(files)
    ]  # inside the transaction: reported, and past the last point where cancel is heard


@pytest.mark.parametrize("stop_after", [0, 3, 5])  # 5: stopped after the backup
def test_a_cancelled_merge_changes_nothing(signed, tmp_path: Path, stop_after: int) -> None:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    before = file_hash(master)
    progress = Progress()
    calls = []

    def report(done: int, total: int, what: str) -> None:
        calls.append(what)
        if len(calls) > stop_after:
            progress.stop.set()

    progress.report = report
    with pytest.raises(Cancelled):
        services.merge(master, [p.path for p in signed.packages], progress=progress)
    assert file_hash(master) == before
    assert services.judge_dashboard(master)[0].revision is None


def test_a_cancelled_export_writes_no_file(signed, tmp_path: Path) -> None:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    for write, name in (
        (services.results_json, "h.json"),
        (services.results_csv, "h.csv"),
        (services.results_xlsx, "h.xlsx"),
    ):
        progress = Progress()
        progress.report = lambda done, total, what, p=progress: done == 0 and p.stop.set()
        with pytest.raises(Cancelled):
            write(master, tmp_path / name, None, progress)
        assert not (tmp_path / name).exists()
        assert not list(tmp_path.glob(f".{name}.*"))  # no temporary file left behind


def test_terminal_bar_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet = io.StringIO()
    terminal(quiet).step(1, 2, "checking a.sqlite")
    assert quiet.getvalue() == ""
    shown = Tty()
    bar = terminal(shown)
    bar.step(1, 2, "checking a.sqlite")
    bar.step(2, 2, "writing the merge")
    assert " 50% Checking a.sqlite" in shown.getvalue()
    assert shown.getvalue().endswith("100% Writing the merge\n")

    from judge_app.base import text

    text.set_language("id")  # the phases in the user's words, as in the window
    indonesian = Tty()
    terminal(indonesian).step(1, 2, "checking a.sqlite")
    assert " 50% Memeriksa a.sqlite" in indonesian.getvalue()


def test_a_cancelled_signing_locks_nothing(demo, tmp_path: Path) -> None:
    from tests.conftest import TEST_PASSPHRASE
    from tests.integrity.test_signing import fill

    package = demo.packages[0].path
    fill(package)
    before = file_hash(package)
    progress = Progress()
    seen = []

    def report(done: int, total: int, what: str) -> None:
        seen.append((done, total, what))
        if what == "laying out the recap" and done > 0:
            progress.stop.set()

    progress.report = report
    with pytest.raises(Cancelled):
        services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE, progress=progress)
    assert file_hash(package) == before
    assert not (tmp_path / "r.pdf").exists()
    assert services.signed_revisions(services.open_package(package)) == 0
    assert services.finalise(package, tmp_path / "r.pdf", TEST_PASSPHRASE).revision == 1


def test_a_cancelled_entry_import_writes_nothing(signed, tmp_path: Path) -> None:
    """Stopped after the file was read and checked, just before the transaction."""
    master = fresh_master(signed, tmp_path, "m.sqlite")
    source = tmp_path / "baru.csv"
    source.write_text("code,title,agency,region,category\nB-1,Baru,Dinas,Kota,umum\n")
    before = file_hash(master)
    progress = Progress()
    progress.report = lambda done, total, what: progress.stop.set()
    with pytest.raises(Cancelled):
        services.import_entries(master, source, progress)
    assert file_hash(master) == before
    seen = []
    done = services.import_entries(master, source, Progress(lambda *s: seen.append(s)))
    assert done.added == 1
    assert seen == [(0, 2, "reading baru.csv"), (1, 2, "writing the entries"), (2, 2, "done")]


@pytest.mark.parametrize("stop_after", [1, 3])
def test_cancelled_packaging_leaves_no_package(signed, tmp_path: Path, stop_after: int) -> None:
    """Packages already written when the user cancels are removed: all or none."""
    master = fresh_master(signed, tmp_path, "m.sqlite")
    folder = tmp_path / "paket"
    progress = Progress()
    calls = []

    def report(done: int, total: int, what: str) -> None:
        calls.append(what)
        if len(calls) >= stop_after:
            progress.stop.set()

    progress.report = report
    with pytest.raises(Cancelled):
        services.package_all(master, folder, progress)
    assert len(calls) == stop_after  # packages 1..stop_after-1 were on disk, now removed
    assert list(folder.iterdir()) == []
