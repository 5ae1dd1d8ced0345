"""Packages: one judge's slice, and nothing about any other judge (checked in the file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import ImportProblems
from judge_app.base.resources import demo_dir
from judge_app.store.database import open_database
from tests.conftest import write_csv


def test_demo_packages_hold_only_their_judge(demo: services.Demo) -> None:
    judges = [p.judge for p in demo.packages]
    assert len(judges) == 5
    for package in demo.packages:
        others = [j for j in judges if j.id != package.judge.id]
        conn = sqlite3.connect(package.path)
        assert dict(conn.execute("SELECT key, value FROM meta"))["role"] == "package"
        assert conn.execute("SELECT id FROM judges").fetchall() == [(package.judge.id,)]
        for table in ("assignments", "conflicts", "scores"):
            ids = {r[0] for r in conn.execute(f"SELECT DISTINCT judge_id FROM {table}")}
            assert ids <= {package.judge.id}, table
        conn.close()
        data = package.path.read_bytes()
        for other in others:
            for secret in (other.name, other.nip):
                assert secret.encode() not in data, (package.path.name, secret)


def test_package_holds_definition_and_assigned_entries(tmp_path: Path, master: Path) -> None:
    services.add_judge(master, "Rina")
    services.add_judge(master, "Budi")
    pairs = write_csv(
        tmp_path / "a.csv", [["judge", "entry"], ["J1", "E1"], ["J1", "E3"], ["J2", "E2"]]
    )
    services.assign(master, pairs)
    out = tmp_path / "rina.sqlite"
    [written] = services.make_packages(master, {"J1": out})
    assert written.entries == 2
    info = services.describe(out)
    master_info = services.describe(master)
    assert info.role == "package" and info.package_judge == "J1"
    assert info.competition_id == master_info.competition_id
    assert info.definition_sha256 == master_info.definition_sha256
    assert [e.code for e in services.list_entries(out)] == ["E1", "E3"]
    db = open_database(out, "package")
    assert db.execute("SELECT count(*) FROM criteria").fetchone()[0] == 7
    # a rollback journal: every save lands in the file itself (issue 18)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()
    assert not Path(f"{out}-wal").exists()  # one file to hand over


def test_package_refusals(tmp_path: Path, master: Path) -> None:
    services.add_judge(master, "Rina")
    with pytest.raises(ImportProblems, match="judge J1 has no assigned entries"):
        services.make_packages(master, {"J1": tmp_path / "p.sqlite"})
    with pytest.raises(ImportProblems, match="unknown judge 'J7'"):
        services.make_packages(master, {"J7": tmp_path / "p.sqlite"})
    services.assign(master)
    existing = tmp_path / "p.sqlite"
    existing.write_text("keep me")
    with pytest.raises(ImportProblems, match="already exists"):
        services.make_packages(master, {"J1": existing})
    assert existing.read_text() == "keep me"


def test_demo_folder_contents(demo: services.Demo) -> None:
    names = sorted(p.name for p in demo.folder.iterdir())
    assert names == [
        "entries.csv",
        "judges.csv",
        "kipp-banten-2023.toml",
        "master.sqlite",
        "packages",
        "proposals",  # the generated proposal material, as an import source (issue 21)
    ]
    info = services.describe(demo.master)
    assert info.entries >= 20
    entries = services.list_entries(demo.master)
    assert {e.category for e in entries} >= {"umum", "replikasi"}
    assert all(e.agency and e.region for e in entries)
    replicas = [e for e in entries if e.category == "replikasi"]
    assert replicas and all(e.replicates for e in replicas)
    assert all(len(j.nip) in (16, 18) for j in info.judges)
    assert (demo_dir() / "entries.csv").read_bytes() == (demo.folder / "entries.csv").read_bytes()


def test_demo_refuses_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "something.txt").write_text("x")
    with pytest.raises(Exception, match="folder is not empty"):
        services.build_demo(tmp_path)
