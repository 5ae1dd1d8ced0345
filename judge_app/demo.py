"""The KIPP Banten 2023 sample competition: built from seeds/ to try everything, and played
through by its five judges (declare, score, sign) so that merge and results can be tried
at once."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from judge_app.base.errors import FileRefused
from judge_app.base.resources import demo_dir
from judge_app.base.text import translate
from judge_app.files.info import describe
from judge_app.judge import use_cases
from judge_app.secretariat import setup
from judge_app.secretariat.packages import PackageWritten, package_all


@dataclass(frozen=True)
class Demo:
    """What `judge-app demo` built."""

    folder: Path
    master: Path
    packages: list[PackageWritten]
    entries: int


DEMO_FILES = ("kipp-banten-2023.toml", "entries.csv", "judges.csv")
# the generated proposal material, left in the demo folder as an import source to look at
# (one folder per entry code and the sections' CSV), then imported into the master
PROPOSALS = "proposals"


# the organiser's kop surat and signing officials (names are fictional; the logo is a
# neutral emblem marked DEMO, not the province's coat of arms)
DEMO_LETTERHEAD = (
    "PEMERINTAH PROVINSI BANTEN",
    "SEKRETARIAT DAERAH",
    "BIRO ORGANISASI",
    "Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Jl. Syech Nawawi, Serang 42171",
)
DEMO_OFFICIALS = {
    "sekretariat": (
        "Drs. H. Ujang Suparman, M.Si.",
        "197003121995031002",
        "Kepala Biro Organisasi Sekretariat Daerah Provinsi Banten",
    ),
    "mengetahui": (
        "Dr. Ir. H. Agus Salim Hidayat, M.M.",
        "196805171993031004",
        "Sekretaris Daerah Provinsi Banten",
    ),
}


def build_demo(folder: Path) -> Demo:
    """The KIPP Banten 2023 sample: its input files, the master and one package per judge."""
    from judge_app.secretariat import officials, panel, setup

    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise FileRefused(
            translate(
                "services",
                "{folder}: folder is not empty and holds no demo; choose a new or empty folder",
            ).format(folder=folder)
        )
    folder.mkdir(parents=True, exist_ok=True)
    for name in DEMO_FILES:
        shutil.copyfile(demo_dir() / name, folder / name)
    master = folder / "master.sqlite"
    setup.create_master(folder / DEMO_FILES[0], folder / DEMO_FILES[1], master)
    panel.import_judges(master, folder / DEMO_FILES[2])
    panel.assign(master)
    logo = demo_dir() / "logo.png"
    officials.set_letterhead(master, list(DEMO_LETTERHEAD), logo if logo.exists() else None)
    for role, (name, nip, position) in DEMO_OFFICIALS.items():
        officials.set_official(master, role, name, nip, position)
    _import_demo_material(master, folder / PROPOSALS)
    packages = package_all(master, folder / "packages")
    return Demo(folder, master, packages, describe(master).entries)


def _import_demo_material(master: Path, source: Path) -> None:
    """Generate the entries' proposal material into `source` and import it, before the
    packages are written: each judge's package then carries its entries' material."""
    from judge_app.demo_material import write_demo_material
    from judge_app.secretariat.material import import_material

    _text, definition = setup.load_definition(master.parent / DEMO_FILES[0])
    categories = {c.id: c.name for c in definition.categories}
    write_demo_material(setup.list_entries(master), source, categories)
    import_material(master, source)


def find_demo(folder: Path) -> Demo | None:
    """The demo an earlier `judge-app demo` built in `folder` (its master and the packages
    made from it), or None when the folder holds no such thing: running step 1 of the
    README again opens the demo instead of refusing its folder."""

    from judge_app.base.errors import JudgeAppError

    folder = Path(folder)
    master = folder / "master.sqlite"
    paths = sorted((folder / "packages").glob("J*.sqlite"))
    if not master.is_file() or not paths:
        return None
    try:
        info = describe(master)
        judges = {judge.id: judge for judge in info.judges}
        packages = []
        for path in paths:
            package = describe(path)
            judge = judges.get(package.package_judge or "")
            if package.competition_id != info.competition_id or judge is None:
                return None
            packages.append(PackageWritten(judge, path, package.entries))
    except (JudgeAppError, OSError, sqlite3.Error):
        return None
    if info.role != "master":
        return None
    return Demo(folder, master, packages, info.entries)


def demo_package(folder: Path | None = None) -> Path:
    """The demo's first judge package, building the demo in the app's data folder once."""
    from judge_app.base.paths import app_home

    folder = Path(folder) if folder else app_home() / "demo"
    packages = sorted((folder / "packages").glob("J1-*.sqlite"))
    if not packages:
        if folder.exists() and not any(folder.iterdir()):
            folder.rmdir()
        if folder.exists():
            raise FileRefused(
                translate(
                    "services", "{folder}: holds files but no demo package; remove the folder"
                ).format(folder=folder)
            )
        build_demo(folder)
        packages = sorted((folder / "packages").glob("J1-*.sqlite"))
    return packages[0]


def sign_demo(demo: Demo, passphrase: str) -> list[Path]:
    """Play the five demo judges: declare (J3 declares one conflict), score every entry
    with plausible, reproducible values (each judge a little harsher or more lenient) and
    sign. Returns the signed recaps. Lets a secretariat try merge and results at once."""
    import datetime as dt
    import random

    from judge_app.domain.model import ScoreChange
    from judge_app.judge.declarations import DeclarationRequest
    from judge_app.sessions.package import PackageSession

    recaps = []
    quality = {
        e.code: random.Random(e.code).randint(62, 92) for e in setup.list_entries(demo.master)
    }
    for index, package in enumerate(demo.packages):
        conflicts = (
            {"KIPP23-009": "Pernah menjadi narasumber penyusunan proposal"} if index == 2 else {}
        )
        request = DeclarationRequest("Serang", dt.date(2023, 12, 20), conflicts=conflicts)
        use_cases.declare(package.path, request, demo.folder / "pernyataan", passphrase)
        session = PackageSession(package.path)
        try:
            rng = random.Random(f"{package.judge.id}-demo")
            bias = (-4, 3, 0, 5, -2)[index % 5]
            changes = []
            for entry in session.entries:
                if session.conflict_reason(entry.code) is not None:
                    continue
                for criterion in session.assigned_criteria(entry.code):
                    value = quality[entry.code] + bias + rng.randint(-6, 6)
                    changes.append(
                        ScoreChange(entry.code, criterion.id, float(max(0, min(100, value))), "")
                    )
            session.set_cells(changes)
        finally:
            session.close()
        recap = demo.folder / "rekap" / f"rekap-{package.judge.id}.pdf"
        recap.parent.mkdir(exist_ok=True)
        use_cases.finalise(package.path, recap, passphrase, day=dt.date(2023, 12, 20))
        recaps.append(recap)
    return recaps
