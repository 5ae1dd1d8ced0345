"""The bad-input corpus (issue 7, tests/data/bad/): every file gets its exact message from
the services and the command line (exit status non-zero), and the file worked on stays
byte-identical. The same corpus goes through the window in tests/ui/test_bad_inputs_gui.py."""

from __future__ import annotations

import shutil
import sqlite3
import tomllib
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import JudgeAppError, ProblemsError
from tests.conftest import file_hash
from tests.test_cli import run

CORPUS = Path(__file__).parent / "data" / "bad"
EXPECTED = tomllib.loads((CORPUS / "expected.toml").read_text(encoding="utf-8"))


def cases(check: str) -> list:
    return [
        pytest.param(name, case, id=name)
        for name, case in EXPECTED.items()
        if check in case["checks"]
    ]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy: nothing here may touch the committed files."""
    return Path(shutil.copytree(CORPUS, tmp_path / "bad"))


def first_line(path: Path, reasons: list[str], status: str = "") -> str:
    more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
    return f"judge-app: {path}: {status}{reasons[0]}{more}"


def content(master: Path) -> list:
    """The master's counted content: every score row and signed sheet."""
    conn = sqlite3.connect(master)
    try:
        return [
            conn.execute("SELECT * FROM scores ORDER BY 1, 2, 3").fetchall(),
            conn.execute("SELECT judge_id, revision, sha256 FROM sheets ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT * FROM judge_totals ORDER BY 1, 2, 3").fetchall(),
        ]
    finally:
        conn.close()


def test_every_corpus_file_has_an_expected_answer() -> None:
    listed = {case["file"] for case in EXPECTED.values()} | {
        case["with"] for case in EXPECTED.values() if "with" in case
    }
    present = {p.name for p in CORPUS.iterdir() if p.suffix not in (".py", ".toml")}
    assert present - listed == {"master.sqlite", "package-J5.sqlite"}
    assert listed <= present


@pytest.mark.parametrize(("name", "case"), cases("open"))
def test_opening(corpus: Path, name: str, case: dict) -> None:
    path = corpus / case["file"]
    before = file_hash(path)
    with pytest.raises(JudgeAppError) as caught:
        services.describe(path)
    assert str(caught.value) == f"{path}: {case['reasons'][0]}"
    done = run("info", path)
    assert done.returncode != 0
    assert done.stderr.rstrip("\n") == first_line(path, case["reasons"])
    assert file_hash(path) == before


@pytest.mark.parametrize(("name", "case"), cases("merge"))
def test_merging(corpus: Path, name: str, case: dict) -> None:
    master = corpus / "master.sqlite"
    files = [corpus / case["file"]] + ([corpus / case["with"]] if "with" in case else [])
    inputs = {f: file_hash(f) for f in files}
    before, counted = file_hash(master), content(master)
    status = case.get("status", "refused")
    done = run("merge", master, *files)
    assert done.returncode != 0
    last = done.stderr.rstrip("\n").splitlines()[-1]
    assert last == first_line(files[0], case["reasons"][:1], f"{status}: ")
    if status == "refused":
        assert file_hash(master) == before
    assert content(master) == counted  # nothing applied, whatever was recorded
    outcome = services.merge(master, files)  # and through the services, again
    for verdict in outcome.verdicts:
        assert verdict.status == status
        prefix = f"{verdict.path}: " if status == "refused" else ""
        assert verdict.reasons == [prefix + r for r in case["reasons"]]
    if status == "refused":
        assert file_hash(master) == before
    assert content(master) == counted
    assert {f: file_hash(f) for f in files} == inputs  # merge never changes its input


@pytest.mark.parametrize(("name", "case"), cases("entries"))
def test_entry_lists(corpus: Path, name: str, case: dict) -> None:
    master, source = corpus / "master.sqlite", corpus / case["file"]
    before = file_hash(master)
    with pytest.raises(ProblemsError) as caught:
        services.import_entries(master, source)
    assert caught.value.source == str(source) and caught.value.problems == case["reasons"]
    done = run("entries", "import", master, source)
    assert done.returncode != 0
    assert done.stderr.splitlines()[0] == first_line(source, case["reasons"])
    assert file_hash(master) == before


@pytest.mark.parametrize(("name", "case"), cases("scores"))
def test_score_sheets(corpus: Path, name: str, case: dict) -> None:
    package, source = corpus / "package-J5.sqlite", corpus / case["file"]
    before = file_hash(package)
    with pytest.raises(ProblemsError) as caught:
        services.import_scores(package, source)
    assert caught.value.problems == case["reasons"]
    done = run("scores", "import", package, source)
    assert done.returncode != 0
    assert done.stderr.splitlines()[0] == first_line(source, case["reasons"])
    assert file_hash(package) == before


@pytest.mark.parametrize(("name", "case"), cases("verify"))
def test_verifying(corpus: Path, name: str, case: dict) -> None:
    path = corpus / case["file"]
    [report] = services.verify([path])
    assert not report.ok and report.problems == [f"{path}: {r}" for r in case["verify"]]
    done = run("verify", path)
    assert done.returncode != 0
    # each reason once (the report on stdout), then one line saying which file failed
    for reason in case["verify"]:
        assert (done.stdout + done.stderr).count(reason) == 1
    assert done.stderr.rstrip("\n").splitlines() == [f"judge-app: verification failed for {path}"]
