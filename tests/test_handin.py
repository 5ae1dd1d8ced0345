"""Handing a package back (issue 18): `judge-app handin PACKAGE DIR` writes one
self-contained, checked copy named for the competition and the judge, says what it
holds and warns when the scores are not signed; it replaces only an earlier hand-in of
the same package."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from judge_app import services
from judge_app.files.verification import verify_file
from judge_app.judge.handin import handin_name
from judge_app.store.database import companions, saved_in_wal_mode
from tests.conftest import TEST_PASSPHRASE, file_hash

ROOT = Path(__file__).resolve().parents[1]


def handin(package: Path, folder: Path, language: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "judge_app", "handin", str(package), str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "JUDGE_APP_LANG": language},
    )


def test_a_signed_package_is_handed_in_whole_and_checked(signed, tmp_path: Path) -> None:
    package = signed.packages[0].path
    stick = tmp_path / "stick"
    stick.mkdir()
    # the window may still have it open: the hand-in only reads
    writer = services.open_package(package)
    try:
        done = handin(package, stick)
    finally:
        writer.close()
    assert done.returncode == 0, done.stderr
    (copy,) = stick.iterdir()
    competition = "kompetisi-inovasi-pelayanan-publik-provinsi-banten-2023"
    assert copy.name == f"{competition}_J1-dr-hj-rina-marlina-m-si.sqlite"
    assert f"{copy}: handed in; checked" in done.stdout
    assert "judge:        J1 Dr. Hj. Rina Marlina, M.Si." in done.stdout
    assert "declarations: signed" in done.stdout
    assert "signature:    revision 1, scores locked" in done.stdout
    session = services.open_package(package, read_only=True)
    try:
        progress = session.progress()
    finally:
        session.close()
    assert f"scores:       {progress.done} of {progress.due}" in done.stdout
    assert progress.done == progress.due > 0
    assert "Warning" not in done.stdout
    # self-contained: rollback journal, nothing beside it, readable by others, verified
    assert not saved_in_wal_mode(copy) and companions(copy) == []
    assert stat.S_IMODE(copy.stat().st_mode) & 0o044 == 0o044
    assert verify_file(copy).ok
    outcome = services.merge(signed.master, [copy], {})
    assert [v.status for v in outcome.verdicts] == ["accepted"]


def test_unsigned_scores_are_handed_in_with_a_warning(demo, tmp_path: Path) -> None:
    done = handin(demo.packages[1].path, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "signature:    not yet" in done.stdout
    assert "Warning: The scores are not signed yet. Only signed scores count" in done.stdout


def test_reopened_scores_say_which_revision_was_reopened(signed, tmp_path: Path) -> None:
    package = signed.packages[2].path
    assert services.reopen(package, TEST_PASSPHRASE) == 2
    done = handin(package, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "signature:    no (revision 1 was reopened)" in done.stdout
    assert "revision 1 was reopened and the changes since are not signed" in done.stdout


def test_a_second_hand_in_replaces_only_the_same_package(demo, tmp_path: Path) -> None:
    first, second = demo.packages[0].path, demo.packages[1].path
    assert handin(first, tmp_path).returncode == 0
    again = handin(first, tmp_path)
    assert again.returncode == 0, again.stderr
    assert "handed in, replacing the earlier hand-in; checked" in again.stdout
    assert len(list(tmp_path.glob("*.sqlite"))) == 1

    # someone else's file under this judge's hand-in name is never overwritten
    (target,) = tmp_path.glob("*.sqlite")
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    assert handin(second, other_folder).returncode == 0
    (other,) = other_folder.glob("*.sqlite")
    target.unlink()
    other.rename(target)
    before = file_hash(target)
    refused = handin(first, tmp_path)
    assert refused.returncode != 0
    assert f"{target}: already exists and is not an earlier hand-in of this package" in (
        refused.stderr
    )
    assert file_hash(target) == before
    assert not list(tmp_path.glob(".*handin*"))


def test_refusals_name_the_folder_or_the_file(demo, tmp_path: Path) -> None:
    package = demo.packages[0].path
    missing = tmp_path / "no-such-stick"
    done = handin(package, missing)
    assert done.returncode != 0 and f"{missing}: folder not found" in done.stderr
    done = handin(tmp_path / "nothing.sqlite", tmp_path)
    assert done.returncode != 0 and f"{tmp_path / 'nothing.sqlite'}: file not found" in done.stderr


def test_the_hand_in_speaks_indonesian(demo, tmp_path: Path) -> None:
    done = handin(demo.packages[0].path, tmp_path, "id")
    assert done.returncode == 0, done.stderr
    assert "diserahkan; sudah diperiksa" in done.stdout
    assert "juri:" in done.stdout and "nilai:" in done.stdout
    assert "Nilai belum ditandatangani" in done.stdout


def test_the_name_keeps_whole_words_and_plain_letters(demo) -> None:
    session = services.open_package(demo.packages[0].path, read_only=True)
    try:
        from judge_app.judge.handin import contents

        found = contents(session)
    finally:
        session.close()
    renamed = type(found)(**{**found.__dict__, "title": "Lomba Inovasi Daerah — Ñusantara " * 4})
    name = handin_name(renamed)
    competition, _, judge = name.partition("_")
    assert len(competition) <= 64 and competition.startswith("lomba-inovasi-daerah-nusantara")
    assert not competition.endswith("-") and judge.startswith("J1-")
