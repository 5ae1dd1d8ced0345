"""The signed, merged demo that the document tests read (built once per module), and
what they share: registering officials, reading the demo as an English competition, a
signed document written to a file, a PDF's pages as text."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from judge_app import services
from judge_app.domain.officials import Official
from judge_app.sessions import counting
from judge_app.store import repository as repo
from judge_app.store.database import opened

PASSPHRASE = "kata-sandi-sekretariat-1"


@pytest.fixture(scope="module")
def merged_demo(tmp_path_factory) -> Path:
    """The demo's five judges signed with the demo's own scores, merged (built once)."""
    folder = tmp_path_factory.mktemp("recap-demo")
    before = os.environ.get("JUDGE_APP_HOME")
    os.environ["JUDGE_APP_HOME"] = str(folder / "home")
    try:
        demo = services.build_demo(folder / "demo")
        services.sign_demo(demo, PASSPHRASE)
        services.merge(demo.master, [p.path for p in demo.packages])
    finally:
        if before is None:
            del os.environ["JUDGE_APP_HOME"]
        else:
            os.environ["JUDGE_APP_HOME"] = before
    return demo.master


@pytest.fixture
def demo_master(merged_demo: Path, tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("JUDGE_APP_HOME", str(merged_demo.parents[2] / "home"))
    target = tmp_path / "master.sqlite"
    shutil.copyfile(merged_demo, target)
    return target


def set_officials(master: Path, *roles: str) -> None:
    """Register the officials of `roles` and no others."""
    people = {
        "sekretariat": Official(
            "sekretariat",
            "Drs. H. Ahmad Syaukani, M.Si.",
            "196805121994031005",
            "Kepala Biro Organisasi Setda Provinsi Banten",
        ),
        "mengetahui": Official(
            "mengetahui",
            "Dr. Ir. Muhammad Tranggono, M.Si.",
            "196602021992031004",
            "Sekretaris Daerah Provinsi Banten",
        ),
    }
    with opened(master, "master") as db:
        for role, official in people.items():
            repo.set_official(db, official if role in roles else None, role)


@contextlib.contextmanager
def read_as_english(db) -> Iterator[None]:
    """Read the demo's definition as if its locale were English (same data), only for
    `db` and only inside the block."""
    definition = repo.read_definition(db)
    english = replace(definition, competition=replace(definition.competition, locale="en"))
    original = repo.read_definition
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(repo, "read_definition", lambda d: english if d is db else original(d))
        yield


def signed_document(
    master: Path, out: Path, render: Callable, english: bool = False, **options
) -> tuple[Path, dict]:
    """`render(db, document, passphrase, **options)` (recap_pdf, berita_acara_pdf) of the
    master's results, written to `out`; returns it with the results document."""
    with contextlib.ExitStack() as stack:
        db = stack.enter_context(opened(master, "master"))
        if english:
            stack.enter_context(read_as_english(db))
        _, document = counting.document(db)
        pdf = render(db, document, PASSPHRASE, **options)
    out.write_bytes(pdf)
    return out, document


def pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return [page for page in out.split("\f") if page.strip()]
