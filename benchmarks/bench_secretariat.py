"""Secretariat-side speed against the physical floors (issue 6): merge of every judge's
signed package vs. a raw ATTACH + INSERT … SELECT of the same score rows; results for
each method vs. one SQL GROUP BY over the same rows; the signed Rekapitulasi PDF vs. a
minimal reportlab script that draws the same rows page by page and vs. one LongTable;
start-up to a shown main window vs. a bare QApplication + QMainWindow.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_secretariat.py \\
        [--entries N] [--judges J] [--small]

Every judge declares, scores every entry on every criterion and signs (the recap PDF
included), exactly as a judge does. --small (300 entries, 3 judges) is what CI runs so
the script never rots. Prints each figure with its floor and the ratio.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_judge import CRITERIA, SMALL_NOTE, build_package, goal, measure

PASSPHRASE = "benchmark-passphrase"


def build(folder: Path, entries: int, judges: int) -> tuple[Path, list[Path]]:
    """A master with `judges` judges who all signed complete sheets. Kept in `folder`
    (with built.json) so a later run with --workdir measures again without rebuilding."""
    from judge_app import services
    from judge_app.domain.model import ScoreChange
    from judge_app.sessions.package import PackageSession

    marker = folder / "built.json"
    if marker.exists():
        built = json.loads(marker.read_text())
        if built["entries"] == entries and built["judges"] == judges:
            return Path(built["master"]), [Path(p) for p in built["packages"]]
    first = build_package(folder, entries)  # master, J1's package, declared
    master = folder / "master.sqlite"
    for n in range(2, judges + 1):
        services.add_judge(master, f"Juri {n}", nip=f"19700101199003{1000 + n:04d}"[:18])
    services.assign(master)
    wanted = {f"J{n}": folder / f"J{n}.sqlite" for n in range(2, judges + 1)}
    packages = [first] + [p.path for p in services.make_packages(master, wanted)]
    request = services.DeclarationRequest("Jakarta", dt.date.today())
    for index, package in enumerate(packages):
        if index:
            services.declare(package, request, folder / "declarations", PASSPHRASE)
        session = PackageSession(package)
        try:
            session.set_cells(
                ScoreChange(e.code, c.id, float(40 + (i * 7 + j * 3 + index * 5) % 61), "")
                for i, e in enumerate(session.entries)
                for j, c in enumerate(session.definition.criteria)
            )
            if index:
                sign_sheet(session)
        finally:
            session.close()
        if not index:  # one judge signs exactly as in the window, recap included
            services.finalise(package, folder / "recap-1.pdf", PASSPHRASE)
        print(f"  built judge {index + 1} of {judges}", file=sys.stderr, flush=True)
    marker.write_text(
        json.dumps(
            {
                "entries": entries,
                "judges": judges,
                "master": str(master),
                "packages": [str(p) for p in packages],
            }
        )
    )
    return master, packages


def sign_sheet(session) -> None:
    """The judge's signature on the sheet, as `finalise` makes it, without the recap PDF
    (15,000 entries make a 7,800-page recap per judge: an hour of setup for 50 judges,
    and no part of what the secretariat's operations read)."""
    from judge_app.integrity.sheet import payload_text, sha256_text
    from judge_app.judge.keys import key_pair
    from judge_app.sessions import sheet
    from judge_app.store import repository as repo
    from judge_app.store.signing import Sheet

    pair = key_pair(session, PASSPHRASE, create=False)
    signed_at = repo.now()
    text = payload_text(sheet.sheet_content(session, 1, signed_at))
    signature = pair.sign_raw(text.encode("utf-8"))
    digest = sha256_text(text)
    session.lock(
        Sheet(session.judge.id, 1, text, digest, signature, pair.certificate_der, signed_at, None)
    )


def timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def merge_peak_memory(master: Path, packages: list[Path]) -> tuple[int, int]:
    """Peak resident memory of a merge in a fresh process, and of its largest worker
    (tracemalloc would slow the merge sixfold and not see the workers)."""
    code = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from judge_app import services\n"
        "services.merge(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])\n"
        "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(own * 1024, kids * 1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(master), *map(str, packages)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout
    own, kids = out.split()
    return int(own), int(kids)


def raw_copy(folder: Path, packages: list[Path]) -> float:
    """The floor for merge: the same score rows copied with plain SQLite."""
    target = folder / "raw.sqlite"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE scores (judge_id TEXT, entry_code TEXT, criterion_id TEXT, value REAL, "
        "note TEXT, updated_at TEXT, PRIMARY KEY (judge_id, entry_code, criterion_id)) "
        "WITHOUT ROWID"
    )
    started = time.perf_counter()
    with conn:
        for package in packages:
            conn.execute("ATTACH DATABASE ? AS p", [str(package)])
            conn.execute(
                "INSERT INTO scores SELECT judge_id, entry_code, criterion_id, value, note, "
                "updated_at FROM p.scores"
            )
            conn.commit()
            conn.execute("DETACH DATABASE p")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def verification_floor(packages: list[Path]) -> float:
    """CPU seconds of the least work that proves the packages untampered, as merge must:
    hash every audit record's canonical text once, and build each judge's score rows as
    signed-sheet text once to compare with the signed sheet. No Python replay, no
    staging, no writing: what no implementation of merge's checks can do without."""
    import hashlib

    import sqlite_utils

    from judge_app.integrity.sheet import split_scores
    from judge_app.store.package_reads import scores_text

    started = time.process_time()
    for package in packages:
        conn = sqlite3.connect(f"file:{package}?mode=ro", uri=True)
        sha256 = hashlib.sha256
        for text, digest in conn.execute(
            "SELECT json_array(prev_hash, at, actor, action, target, before, after), hash "
            "FROM audit_log ORDER BY seq"
        ):
            if sha256(text.encode()).hexdigest() != digest:
                raise AssertionError(f"{package}: audit record does not hash as stored")
        judge_id, payload = conn.execute("SELECT judge_id, payload FROM sheets").fetchone()
        _, signed = split_scores(payload)
        if scores_text(sqlite_utils.Database(conn), judge_id) != signed:
            raise AssertionError(f"{package}: rows differ from the signed sheet")
        conn.close()
    return time.process_time() - started


def group_by(master: Path) -> float:
    """The floor for results: one GROUP BY over the merged score rows."""
    conn = sqlite3.connect(master)
    started = time.perf_counter()
    conn.execute(
        "SELECT entry_code, judge_id, sum(value) FROM scores GROUP BY entry_code, judge_id"
    ).fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def recap_rows(document: dict, judges: int) -> list[list[str]]:
    """The rows the Rekapitulasi draws: one per entry (each judge's total inline for up
    to 12 judges), and for a larger panel the annex rows, 16 judges' totals at a time."""
    from judge_app.reports.results_recap import ANNEX_JUDGES, INLINE_JUDGES

    entries = document["entries"]
    totals = []
    for e in entries:
        stage = next(iter(e["stages"].values()))
        totals.append([f"{v:.2f}" for v in stage["judges"].values()])
    inline = judges <= INLINE_JUDGES
    rows = [
        [str(e["rank"] or "-"), e["code"], e["title"][:40], *(t if inline else []),
         f"{e['final'] or 0:.2f}", e["band"] or "", ", ".join(e["flags"])]
        for e, t in zip(entries, totals, strict=True)
    ]  # fmt: skip
    if not inline:
        for first in range(0, judges, ANNEX_JUDGES):
            rows += [
                [e["code"], *t[first : first + ANNEX_JUDGES]]
                for e, t in zip(entries, totals, strict=True)
            ]
    return rows


def minimal_pdf(rows: list[list[str]], out: Path) -> float:
    """Floor: the same rows drawn page by page, one drawString per cell, fixed widths."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    started = time.perf_counter()
    canvas = Canvas(str(out), pagesize=landscape(A4))
    width, height = landscape(A4)
    y = height - 40
    for row in rows:
        step = (width - 60) / len(row)
        for i, text in enumerate(row):
            canvas.drawString(30 + i * step, y, text[:24])
        y -= 12
        if y < 40:
            canvas.showPage()
            y = height - 40
    canvas.save()
    return time.perf_counter() - started


def long_table_pdf(rows: list[list[str]], out: Path, limit: float) -> float | None:
    """The naive way: one LongTable per run of rows of the same width (in a separate
    process, stopped after `limit` seconds: None)."""
    code = (
        "import json, sys, time\n"
        "from reportlab.lib.pagesizes import A4, landscape\n"
        "from reportlab.platypus import LongTable, SimpleDocTemplate\n"
        "rows = json.load(open(sys.argv[1]))\n"
        "t = time.perf_counter()\n"
        "tables, run = [], [rows[0]]\n"
        "for row in rows[1:]:\n"
        "    if len(row) != len(run[-1]):\n"
        "        tables.append(LongTable(run)); run = []\n"
        "    run.append(row)\n"
        "tables.append(LongTable(run))\n"
        "SimpleDocTemplate(sys.argv[2], pagesize=landscape(A4)).build(tables)\n"
        "print(time.perf_counter() - t)\n"
    )
    source = out.with_suffix(".json")
    source.write_text(json.dumps(rows))
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(source), str(out)],
            capture_output=True,
            text=True,
            check=True,
            timeout=limit,
        )
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip().splitlines()[-1])


STARTUP_CODE = {
    True: (
        "import time; t=time.perf_counter()\n"
        "from judge_app.ui.app import create_app\n"
        "from judge_app.ui.main_window import MainWindow\n"
        "app=create_app(); w=MainWindow('id'); w.show(); app.processEvents()\n"
        "print(time.perf_counter()-t)"
    ),
    False: (
        "import time; t=time.perf_counter()\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app=QApplication([]); w=QMainWindow(); w.show(); app.processEvents()\n"
        "print(time.perf_counter()-t)"
    ),
}


def startup(runs: int = 9) -> tuple[float, float]:
    """Seconds from a fresh interpreter to a shown window, ours and a bare QMainWindow:
    the median of `runs` each, taken in turn so both see the machine in the same state
    (single runs on this machine vary by a third)."""
    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(runs):
        for ours in (True, False):
            out = subprocess.run(
                [sys.executable, "-c", STARTUP_CODE[ours]],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            times[ours].append(float(out.strip().splitlines()[-1]))
    return statistics.median(times[True]), statistics.median(times[False])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=15_000)
    parser.add_argument("--judges", type=int, default=50)
    parser.add_argument("--small", action="store_true", help="300 entries, 3 judges (CI)")
    parser.add_argument(
        "--workdir", help="keep the built competition here and reuse it in later runs"
    )
    parser.add_argument(
        "--assignment-only",
        action="store_true",
        help="only the automatic assignment (no judge scores or signs: seconds, not an hour)",
    )
    args = parser.parse_args()
    entries, judges = (300, 3) if args.small else (args.entries, args.judges)
    targets = not args.small
    if args.assignment_only:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(args.workdir) if args.workdir else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            os.environ["JUDGE_APP_HOME"] = str(folder / "home")
            print(
                f"automatic assignment, {entries:,} entries × {judges} judges × 3 per entry: "
                f"{assignment(folder, entries, judges)}"
            )
        return

    from judge_app import services
    from judge_app.domain.model import AGGREGATION_METHODS

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.workdir) if args.workdir else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["JUDGE_APP_HOME"] = str(folder / "home")
        built, (pristine, packages) = timed(lambda: build(folder, entries, judges))
        rows.append(("build: every judge scores and signs (setup)", f"{built:.1f} s"))
        master = folder / "measured-master.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{master}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(pristine, master)  # merge changes the master: measure on a copy

        floor = raw_copy(folder, packages)
        merge_time, outcome = timed(lambda: services.merge(master, packages))
        assert all(v.status == "accepted" for v in outcome.verdicts), outcome.as_json()
        rows.append(("merge with verification", _ratio(merge_time, floor, "raw copy", 2, targets)))
        checks = verification_floor(packages)
        cores = os.cpu_count() or 1
        best = max(floor, (checks + floor) / cores)
        rows.append(
            (
                "  least verification work alone",
                f"{checks:.1f} s CPU (each audit record hashed once, rows vs. signed text "
                f"once) = {checks / cores:.1f} s on {cores} cores; a merge that also copies "
                f"the rows cannot beat {best:.1f} s = {best / floor:.1f}× the raw copy",
            )
        )
        rerun = folder / "memory-master.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{rerun}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(pristine, rerun)
        own, workers = merge_peak_memory(rerun, packages)
        rows.append(
            (
                "  peak memory (resident, second run)",
                f"{own / 2**20:.0f} MiB; each checking worker ≤ {workers / 2**20:.0f} MiB"
                if workers
                else f"{own / 2**20:.0f} MiB (files checked in this process)",
            )
        )

        floor = group_by(master)
        for method in AGGREGATION_METHODS:
            took, _ = timed(lambda m=method: services.results_document(master, m))
            rows.append((f"results, {method}", _ratio(took, floor, "GROUP BY", 2, targets)))
        tracemalloc.start()
        services.results_document(master)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(("  peak Python memory (tracemalloc)", f"{peak / 2**20:.0f} MiB"))

        document = services.results_document(master)
        table = recap_rows(document, judges)
        minimal = minimal_pdf(table, folder / "minimal.pdf")

        def recap() -> None:
            from judge_app.secretariat import documents
            from judge_app.store.database import opened

            with opened(master, "master") as db:
                documents.signed_recap_pdf(db, document, "sekretariat-bench")

        whole, _ = timed(  # first: it also pays the one-off import of pyHanko
            lambda: services.results_pdf(master, folder / "rekap.pdf", "sekretariat-bench")
        )
        took, _ = timed(recap)
        tracemalloc.start()  # a second run for memory: tracing slows Python down a lot
        recap()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(
            (
                "Rekapitulasi PDF, laid out and signed",
                _ratio(took, minimal, "minimal reportlab", 1.5, targets),
            )
        )
        rows.append(("  with the results computed first", f"{whole:.2f} s"))
        limit = max(60.0, 5 * took)
        longtable = long_table_pdf(table, folder / "longtable.pdf", limit)
        rows.append(
            (
                "  vs. LongTable",
                f"LongTable stopped after {limit:.0f} s = more than {limit / took:.0f}× ours"
                f"{goal('≥ 3×: met', targets)}"
                if longtable is None
                else f"LongTable {longtable:.2f} s = {longtable / took:.2f}× ours"
                f"{goal(f'≥ 3×: {verdict(longtable >= 3 * took)}', targets)}",
            )
        )
        rows.append(
            (
                "  peak Python memory (tracemalloc)",
                f"{peak / 2**20:.0f} MiB{goal('< 1 GiB', targets)}",
            )
        )

        rows.append(
            ("automatic assignment, 3 judges per entry", assignment(folder, entries, judges))
        )

        ours, bare = startup(3 if args.small else 9)
        rows.append(
            ("start-up to a shown main window", _ratio(ours, bare, "bare QMainWindow", 2, targets))
        )

        judge_folder = folder / "judge-side"
        shutil.rmtree(judge_folder, ignore_errors=True)
        judge_folder.mkdir()
        rows.extend(measure(build_package(judge_folder, entries), targets))

    scores = entries * judges * CRITERIA
    print(f"secretariat benchmark: {entries:,} entries × {judges} judges × {CRITERIA} criteria "
          f"= {scores:,} scores")  # fmt: skip
    if args.small:
        print(SMALL_NOTE)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")


def assignment(folder: Path, entries: int, judges: int) -> str:
    """The issue-20 automatic assignment as the secretariat runs it (`assign --per-entry 3`
    with every rule on): a master of this round's entries and `judges` judges who have not
    scored yet, each from one of the entries' agencies and regions and knowing one category;
    the plan read from the file, made and written in one transaction. Time and the loads."""
    from judge_app import services

    if not (folder / "entries.csv").exists():
        build_package(folder, entries)
    master = folder / "assignment-master.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{master}{suffix}").unlink(missing_ok=True)
    services.create_master(folder / "def.toml", folder / "entries.csv", master)
    source = folder / "assignment-judges.csv"
    kinds = ("Kesehatan", "Pendidikan", "Kominfo", "Sosial")
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "institution", "region", "expertise"])
        for n in range(judges):
            writer.writerow(
                [
                    f"Juri {n + 1}",
                    f"Dinas {kinds[n % 4]} {n * 7 % 97}",
                    f"Kabupaten {n * 11 % 416}",
                    ("provinsi", "kabupaten", "kota")[n % 3],
                ]
            )
    services.import_judges(master, source)
    rules = services.AssignmentRules(per_entry=3, seed=1, avoid_same_region=True, by_expertise=True)
    planned, proposal = timed(lambda: services.propose_assignment(master, rules))
    written, _ = timed(lambda: services.apply_assignment(master, proposal))
    loads = proposal.loads.values()
    return (
        f"{planned + written:.2f} s (plan read and made {planned:.2f} s, written "
        f"{written:.2f} s); loads {min(loads):,}–{max(loads):,}, "
        f"{len(proposal.short):,} entries short of judges"
    )


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def _ratio(took: float, floor: float, what: str, target: float, targets: bool) -> str:
    """A time against its floor; with the target's verdict at national scale only."""
    ratio = took / floor if floor > 0 else float("inf")
    shown = goal(f"≤ {target:g}×: {verdict(ratio <= target)}", targets)
    return f"{took:.2f} s; {what} {floor:.3f} s; {ratio:.1f}×{shown}"


if __name__ == "__main__":
    main()
