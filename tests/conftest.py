"""Shared fixtures: real files in a temporary folder, no mocks."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from judge_app import services
from judge_app.resources import demo_dir, templates_dir

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


@pytest.fixture
def demo(tmp_path_factory: pytest.TempPathFactory) -> services.Demo:
    return services.build_demo(tmp_path_factory.mktemp("demo") / "kipp")


@pytest.fixture
def demo_judges_csv() -> Path:
    return demo_dir() / "judges.csv"
