"""Judge-side speed at national scale (issue 3): opening a 15,000-entry package to an
interactive window, filtering per keystroke, and durable score commits; with --material
(issue 21), a package of 200 entries each carrying its own ~5 MB, 50-page PDF: opening
it to an interactive window, the first page of a PDF on screen, and peak memory.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_judge.py [--small] [--material]

Prints one table; --small (1,000 entries; with --material 10 entries of 1 MB) is what CI
runs so the script never rots.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CRITERIA = 10

sys.path.insert(0, str(Path(__file__).resolve().parent))
from material_package import PAGES, build_material_package  # noqa: E402


def build_package(folder: Path, entries: int) -> Path:
    from judge_app import services

    definition = folder / "def.toml"
    lines = [
        '[competition]\ntitle = "Benchmark IGA"\n',
        '[[categories]]\nid = "provinsi"\n[[categories]]\nid = "kabupaten"\n'
        '[[categories]]\nid = "kota"\n',
    ]
    for i in range(1, CRITERIA + 1):
        lines.append(
            f'[[criteria]]\nid = "C{i}"\nname = "Kriteria {i}"\nweight = {i}\n'
            f"min = 0\nmax = 100\nstep = 0.5\n"
        )
    definition.write_text("\n".join(lines), encoding="utf-8")
    source = folder / "entries.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "title", "agency", "region", "category"])
        for i in range(entries):
            writer.writerow(
                [
                    f"IGA-{i:05d}",
                    f"Inovasi pelayanan daerah nomor {i} untuk warga",
                    f"Dinas {('Kesehatan', 'Pendidikan', 'Kominfo', 'Sosial')[i % 4]} {i % 97}",
                    f"Kabupaten {i % 416}",
                    ("provinsi", "kabupaten", "kota")[i % 3],
                ]
            )
    master = folder / "master.sqlite"
    services.create_master(definition, source, master)
    services.add_judge(master, "Juri Satu", nip="197001011990031001")
    services.assign(master)
    [written] = services.make_packages(master, {"J1": folder / "package.sqlite"})
    request = services.DeclarationRequest("Jakarta", dt.date.today())
    services.declare(written.path, request, folder / "declarations", "benchmark-passphrase")
    return written.path


SMALL_NOTE = (
    "small run (CI, so the script never rots): the targets apply at national scale, "
    "run without --small to check them"
)


def goal(text: str, targets: bool) -> str:
    """' (target …)' after a figure at national scale; nothing in a small run, where the
    targets do not apply (a passing CI run printed 'NOT met' six times)."""
    return f" (target {text})" if targets else ""


def measure(package: Path, targets: bool = True) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QApplication

    from judge_app.ui.app import create_app
    from judge_app.ui.main_window import MainWindow

    app = create_app()
    window = MainWindow("id")
    window.show()
    app.processEvents()

    started = time.perf_counter()
    window.open_path(str(package))
    app.processEvents()
    opened = time.perf_counter() - started

    ws = window.workspace
    timings = []
    for text in (
        "i",
        "in",
        "ino",
        "inov",
        "inova",
        "inovasi",
        "inovasi 1",
        "inovasi 12",
        "kesehatan 9",
    ):
        t0 = time.perf_counter()
        ws.search.setText(text)
        app.processEvents()
        timings.append(time.perf_counter() - t0)
    visible = ws.list_model.rowCount()
    ws.search.clear()
    app.processEvents()

    session = ws.session
    commits = []
    codes = [e.code for e in session.entries[:200]]
    for i, code in enumerate(codes):
        t0 = time.perf_counter()
        stored = ws.apply([_change(code, f"C{i % CRITERIA + 1}", float(i % 100))], "bench")
        commits.append(time.perf_counter() - t0)
        assert stored, "the benchmark's score was refused"
    raw = []
    for i, code in enumerate(codes):
        t0 = time.perf_counter()
        session.set_score(code, f"C{i % CRITERIA + 1}", float((i + 1) % 100))
        raw.append(time.perf_counter() - t0)
    window.close()
    QApplication.processEvents()
    ms = 1000.0
    return [
        ("open package to interactive window", f"{opened:.2f} s{goal('< 2 s', targets)}"),
        (
            "filter per keystroke (9 keystrokes)",
            f"median {statistics.median(timings) * ms:.1f} ms, max {max(timings) * ms:.1f} ms"
            f"{goal('< 100 ms', targets)}; last filter shows {visible} rows",
        ),
        (
            "score commit from the GUI, durable (200)",
            f"p50 {_pct(commits, 50) * ms:.2f} ms, p99 {_pct(commits, 99) * ms:.2f} ms"
            f"{goal('p99 < 10 ms', targets)}",
        ),
        (
            "score commit, services only (200)",
            f"p50 {_pct(raw, 50) * ms:.2f} ms, p99 {_pct(raw, 99) * ms:.2f} ms",
        ),
    ]


def measure_material(package: Path, targets: bool = True) -> list[tuple[str, str]]:
    """Open the package, then show entries' PDFs: the time from choosing the PDF's tab
    to its first page drawn (the view grabbed into pixels, checked not blank)."""
    import resource

    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from judge_app.ui.app import create_app
    from judge_app.ui.main_window import MainWindow

    app = create_app()
    window = MainWindow("id")
    window.resize(1366, 740)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.open_path(str(package))
    app.processEvents()
    opened = time.perf_counter() - started
    after_open = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ws = window.workspace
    reader = ws.reader
    firsts = []
    for row in range(min(10, ws.list_model.rowCount())):
        ws.select_row(row * max(1, ws.list_model.rowCount() // 10))
        app.processEvents()
        [tab] = reader.file_tabs()
        t0 = time.perf_counter()
        reader.tabs.setCurrentWidget(tab)
        app.processEvents()
        pane = tab.pane
        assert pane is not None and pane.document.status() == QPdfDocument.Status.Ready
        while not _drawn(pane.view) and time.perf_counter() - t0 < 10:
            app.processEvents()  # the view renders pages off the UI thread
        firsts.append(time.perf_counter() - t0)
        assert _drawn(pane.view), "the first page never appeared"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    QApplication.processEvents()
    ms = 1000.0
    return [
        (
            "open the material package to an interactive window",
            f"{opened:.2f} s{goal('< 2 s', targets)}; peak memory then {after_open:.0f} MB",
        ),
        (
            f"first page of a {PAGES}-page PDF on screen ({len(firsts)} entries)",
            f"median {statistics.median(firsts) * ms:.0f} ms, max {max(firsts) * ms:.0f} ms"
            f"{goal('< 300 ms', targets)}",
        ),
        ("peak memory (resident) after showing them", f"{peak:.0f} MB"),
    ]


def _drawn(view) -> bool:
    """The view's pixels show a page's text and picture, not an empty page."""
    image = view.grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 9)
        for y in range(0, image.height(), 9)
        if image.pixelColor(x, y).lightness() < 100
    )
    return dark > 40


def _change(code: str, criterion: str, value: float):
    from judge_app.domain.model import ScoreChange

    return ScoreChange(code, criterion, value, "")


def _pct(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="1,000 entries (for CI)")
    parser.add_argument(
        "--material", action="store_true", help="200 entries with a 5 MB PDF each (issue 21)"
    )
    args = parser.parse_args()
    if args.material:
        material_main(args.small)
        return
    entries = 1_000 if args.small else 15_000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JUDGE_APP_HOME"] = str(Path(tmp) / "home")
        t0 = time.perf_counter()
        package = build_package(Path(tmp), entries)
        built = time.perf_counter() - t0
        rows = [
            ("build master + package (setup)", f"{built:.2f} s"),
            *measure(package, targets=not args.small),
        ]
    show(f"judge-side benchmark: {entries:,} entries × {CRITERIA} criteria", args.small, rows)


def material_main(small: bool) -> None:
    entries, size_mb = (10, 1.0) if small else (200, 5.0)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JUDGE_APP_HOME"] = str(Path(tmp) / "home")
        t0 = time.perf_counter()
        package, imported = build_material_package(Path(tmp), entries, size_mb)
        built = time.perf_counter() - t0
        size = package.stat().st_size / 1_000_000
        rows = [
            ("build master + material + package (setup)", f"{built:.1f} s"),
            ("import the material (dossiers import)", f"{imported:.1f} s"),
            ("package size", f"{size:.0f} MB"),
            *measure_material(package, targets=not small),
        ]
    show(f"judge-side material benchmark: {entries} entries, each a {PAGES}-page PDF", small, rows)


def show(title: str, small: bool, rows: list[tuple[str, str]]) -> None:
    print(title)
    if small:
        print(SMALL_NOTE)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")


if __name__ == "__main__":
    main()
