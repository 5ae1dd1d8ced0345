"""Shared fixtures: real files in a temporary folder, no mocks."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.resources import demo_dir, templates_dir

# Messages are asserted in English, the source language; tests of the Indonesian texts set
# the language themselves. Set here so that the commands the tests start inherit it.
os.environ["JUDGE_APP_LANG"] = "en"


@pytest.fixture(autouse=True)
def _language_from_environment():
    """A window or a test that picked a language leaves it behind: go back after each."""
    yield
    from judge_app.base import text

    text.set_language(None)


ENTRY_HEADER = ["code", "title", "agency", "region", "category"]
ENTRY_ROWS = [
    ["E1", "Super APP Tangerang LIVE", "Diskominfo Kota Tangerang", "Kota Tangerang", "umum"],
    ["E2", "Aje Kendor Sekolah", "Dindikbud Kota Serang", "Kota Serang", "replikasi"],
    ["E3", "Banten Pusaka", "Dispusip Provinsi Banten", "Provinsi Banten", "umum"],
]


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def file_hash(path: Path) -> str:
    """Hash of the file and of any WAL beside it: 'unchanged' means byte-identical."""
    digest = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def kipp_text() -> str:
    return (templates_dir() / "kipp.toml").read_text(encoding="utf-8")


@pytest.fixture
def entries_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "entries.csv", [ENTRY_HEADER, *ENTRY_ROWS])


@pytest.fixture
def master(tmp_path: Path, entries_csv: Path) -> Path:
    """A master with three entries and no judges."""
    path = tmp_path / "master.sqlite"
    services.create_master("kipp", entries_csv, path)
    return path


TEST_PASSPHRASE = "kata-sandi-uji-123"


@pytest.fixture(scope="session")
def declared_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo with every judge's declarations signed, built once: (folder, keys home)."""
    home = tmp_path_factory.mktemp("keys-home")
    before = os.environ.get("JUDGE_APP_HOME")
    os.environ["JUDGE_APP_HOME"] = str(home)
    try:
        root = tmp_path_factory.mktemp("demo-template")
        demo = services.build_demo(root / "kipp")
        request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
        for package in demo.packages:
            services.declare(package.path, request, root / "declarations", TEST_PASSPHRASE)
    finally:
        if before is None:
            del os.environ["JUDGE_APP_HOME"]
        else:
            os.environ["JUDGE_APP_HOME"] = before
    return root / "kipp", home


@pytest.fixture
def demo(
    tmp_path: Path, declared_template: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> services.Demo:
    """A fresh copy of the demo whose judges have signed their declarations, with their
    keys in this test's data folder (passphrase TEST_PASSPHRASE)."""
    folder, home = declared_template
    target = tmp_path / "demo"
    shutil.copytree(folder, target)
    if "JUDGE_APP_HOME" not in os.environ:
        monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    shutil.copytree(home / "keys", Path(os.environ["JUDGE_APP_HOME"]) / "keys", dirs_exist_ok=True)
    master = target / "master.sqlite"
    judges = {j.id: j for j in services.describe(master).judges}
    packages = [
        services.PackageWritten(judges[p.name.split("-")[0]], p, services.describe(p).entries)
        for p in sorted((target / "packages").glob("*.sqlite"))
    ]
    return services.Demo(target, master, packages, services.describe(master).entries)


@pytest.fixture
def undeclared_demo(tmp_path: Path) -> services.Demo:
    return services.build_demo(tmp_path / "undeclared")


@pytest.fixture
def demo_judges_csv() -> Path:
    return demo_dir() / "judges.csv"


@pytest.fixture
def signed(demo, tmp_path: Path):
    """The demo with every judge's sheet signed (revision 1)."""
    from tests.integrity.test_signing import fill

    for package in demo.packages:
        fill(package.path)
        services.finalise(package.path, tmp_path / f"{package.judge.id}.pdf", TEST_PASSPHRASE)
    return demo
