"""Every refusal reason of merge, each with a real file, and the master byte-identical
after each refusal."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from judge_app import services
from judge_app.base.resources import demo_dir
from tests.conftest import TEST_PASSPHRASE, file_hash
from tests.test_merge import fresh_master


def refused_with(master: Path, files: list[Path], words: str) -> None:
    before = file_hash(master)
    outcome = services.merge(master, files)
    assert all(v.status == "refused" for v in outcome.verdicts), outcome.as_json()
    assert all(words in " ".join(v.reasons) for v in outcome.verdicts), outcome.as_json()
    assert outcome.backup is None
    assert file_hash(master) == before


def test_a_file_with_another_definition_of_the_same_competition(signed, tmp_path: Path):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    text = (demo_dir() / "kipp-banten-2023.toml").read_text(encoding="utf-8")
    changed = tmp_path / "changed.toml"
    changed.write_text(text.replace("outlier_points = 15", "outlier_points = 10"), "utf-8")
    assert changed.read_text(encoding="utf-8") != text
    other = tmp_path / "other.sqlite"
    services.create_master(changed, demo_dir() / "entries.csv", other)
    competition = services.describe(master).competition_id
    with sqlite3.connect(other) as conn:  # the same competition, made with another text
        conn.execute("UPDATE meta SET value = ? WHERE key = 'competition_id'", [competition])
    conn.close()
    refused_with(master, [other], "different competition definition")


def test_a_judge_the_master_does_not_know(signed, tmp_path: Path):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    elsewhere = fresh_master(signed, tmp_path, "elsewhere.sqlite")
    services.add_judge(elsewhere, "Juri Tamu", "198001012005011001", judge_id="J9")
    services.assign(elsewhere, everyone=True)
    stranger = tmp_path / "j9.sqlite"
    services.make_packages(elsewhere, {"J9": stranger})
    refused_with(master, [stranger], "judge J9 is not registered in this master")


def second_key_package(signed, tmp_path: Path, monkeypatch) -> Path:
    """A J1 package declared on another laptop: the same judge, another key."""
    source = fresh_master(signed, tmp_path, "source.sqlite")
    package = tmp_path / "j1-second-key.sqlite"
    services.make_packages(source, {"J1": package})
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "another-laptop"))
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
    services.declare(package, request, tmp_path / "decl", TEST_PASSPHRASE)
    return package


def test_a_key_other_than_the_registered_one(signed, tmp_path: Path, monkeypatch):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [signed.packages[0].path])  # registers J1's key
    package = second_key_package(signed, tmp_path, monkeypatch)
    refused_with(master, [package], "signed with a key other than the registered one")


def test_two_keys_for_one_judge_in_one_batch(signed, tmp_path: Path, monkeypatch):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    package = second_key_package(signed, tmp_path, monkeypatch)
    refused_with(master, [signed.packages[0].path, package], "2 different keys")


def test_a_results_master_of_another_competition_and_a_pdf(signed, tmp_path: Path, undeclared_demo):
    master = fresh_master(signed, tmp_path, "m.sqlite")
    pdf = tmp_path / "J1.pdf"  # the judge's signed recap, valid, but not a file to merge
    assert services.verify([pdf])[0].ok
    refused_with(master, [undeclared_demo.master], "another competition")
    refused_with(master, [pdf], "not a judge-app file")
