"""Each judge's package: a new file holding the definition, that judge alone, that judge's
entries and assignments (and, when reissued, the judge's counted sheet), written whole."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge_app import __version__
from judge_app.base.errors import ImportProblems
from judge_app.base.file_names import ascii_words
from judge_app.base.progress import Progress
from judge_app.base.text import translate
from judge_app.domain.model import Judge
from judge_app.secretariat.panel import registered_judges
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.database import opened
from judge_app.store.definition_edits import record_packages
from judge_app.store.material import blob_bytes as material_bytes
from judge_app.store.packaging import write_package


@dataclass(frozen=True)
class PackageWritten:
    judge: Judge
    path: Path
    entries: int
    size: int = 0  # bytes of the package file
    material_bytes: int = 0  # of which proposal material (issue 21)


def package_name(judge: Judge) -> str:
    slug = "-".join(ascii_words(judge.name))[:40].strip("-")
    return f"{judge.id}-{slug}.sqlite" if slug else f"{judge.id}.sqlite"


def make_packages(
    master: Path, out: dict[str, Path], progress: Progress | None = None
) -> list[PackageWritten]:
    """Write one package per judge id in `out`; everything is checked before any write,
    and a failure or a cancel removes the packages already written (all or none)."""
    step = progress or Progress()
    master = Path(master)
    with opened(master, "master", write=False) as db:
        meta = repo.meta(db)
        judges = {j.id: j for j in repo.judges(db)}
        counts = repo.assignment_counts(db)
        returned = {s.judge_id for s in sign_store.sheets(db, with_payload=False)}
        rekeyed = {
            r.judge_id
            for r in sign_store.retired_keys(db)
            if not sign_store.certificate(db, r.judge_id)
        }
    spelled = {j.casefold(): j for j in judges}
    out = {spelled.get(j.casefold(), j): p for j, p in out.items()}
    problems = []
    for judge_id, path in out.items():
        if judge_id not in judges:
            problems.append(
                translate("services", "unknown judge {id} (known: {known})").format(
                    id=repr(judge_id), known=", ".join(judges) or translate("services", "none")
                )
            )
        elif not counts.get(judge_id):
            problems.append(
                translate(
                    "services", "judge {id} has no assigned entries; run: judge-app assign {master}"
                ).format(id=judge_id, master=master)
            )
        if judge_id in returned and judge_id not in rekeyed:
            problems.append(
                translate(
                    "services",
                    "judge {id} has already returned signed scores to this master; a new "
                    "package (lost laptop) needs the judge's key re-registered first: "
                    "judge-app rekey {master} {id} --reason TEXT",
                ).format(id=judge_id, master=master)
            )
        if Path(path).exists():
            problems.append(
                translate(
                    "services", "{path}: already exists; choose another name or remove it first"
                ).format(path=path)
            )
    if problems:
        raise ImportProblems(str(master), problems)
    written: list[PackageWritten] = []
    try:
        for index, (judge_id, path) in enumerate(out.items()):
            step.step(index, len(out), f"writing the package of {judge_id}")
            written.append(
                _write_one_package(
                    master, meta, judges[judge_id], Path(path), reissue=judge_id in rekeyed
                )
            )
    except BaseException:
        for package in written:  # all or none: no partial set of packages on disk
            package.path.unlink(missing_ok=True)
        raise
    _record(master, [p.judge.id for p in written])
    step.report(len(out), len(out), "done")
    return written


def _record(master: Path, judge_ids: list[str]) -> None:
    """Note in the master which judges hold packages of its present definition, so that a
    change of the definition warns they must be re-issued (secretariat/definition_change.py).
    A master that may not be written here (read-only, another window holds it) keeps no
    note: the packages are written all the same."""
    record_packages(master, judge_ids, repo.now())


def _write_one_package(
    master: Path, meta: dict[str, str], judge: Judge, path: Path, reissue: bool = False
) -> PackageWritten:
    package_meta = {
        "competition_id": meta["competition_id"],
        "definition_sha256": meta["definition_sha256"],
        "judge_id": judge.id,
        "created_at": repo.now(),
        "created_by": f"judge-app {__version__}",
        # the organiser's kop surat, for the judge's own documents
        **({"letterhead": meta["letterhead"]} if meta.get("letterhead") else {}),
    }
    if reissue:
        from judge_app.store.packaging import write_reissued_package

        entries = write_reissued_package(master, judge.id, path, package_meta)
    else:
        entries = write_package(master, judge.id, path, package_meta)
    with opened(path, "package", write=False) as db:
        material = material_bytes(db)
    return PackageWritten(judge, path, entries, path.stat().st_size, material)


def package_all(
    master: Path, out_dir: Path, progress: Progress | None = None
) -> list[PackageWritten]:
    out_dir = Path(out_dir)
    with opened(master, "master", write=False) as db:
        judges = registered_judges(db, master)
    out_dir.mkdir(parents=True, exist_ok=True)
    return make_packages(master, {j.id: out_dir / package_name(j) for j in judges}, progress)
