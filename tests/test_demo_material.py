"""The demo's generated proposal material (issue 21): every entry has a proposal PDF of a
few pages and the eight sections; some have a decree or a chart; the master holds it all,
each package exactly its judge's entries' material and nothing of any other entry, and
the generator writes the same bytes every time, in this process or another."""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
import subprocess
import sys
from pathlib import Path

from judge_app import services
from judge_app.demo_material import (
    CHART,
    DECREE,
    PROPOSAL,
    SECTIONS_FILE,
    entry_files,
    write_demo_material,
)
from judge_app.domain.material import SECTION_IDS, SECTIONS


def pdf_pages(data: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(io.BytesIO(data), strict=False).root["/Pages"]["/Count"])


def rows(conn: sqlite3.Connection, sql: str, *args: str) -> list[tuple]:
    return conn.execute(sql, args).fetchall()


def material_of(path: Path) -> tuple[dict[str, set[str]], set[str], set[str]]:
    """(entry -> piece names, hashes listed, hashes whose bytes the file holds)."""
    conn = sqlite3.connect(path)
    try:
        listed: dict[str, set[str]] = {}
        for code, name in rows(conn, "SELECT entry_code, name FROM material"):
            listed.setdefault(code, set()).add(name)
        hashes = {h for (h,) in rows(conn, "SELECT sha256 FROM material")}
        held = {h for (h,) in rows(conn, "SELECT sha256 FROM material_blobs")}
        return listed, hashes, held
    finally:
        conn.close()


def package_entries(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {c for (c,) in rows(conn, "SELECT code FROM entries")}
    finally:
        conn.close()


def test_the_master_holds_material_for_every_entry(demo: services.Demo) -> None:
    codes = [e.code for e in services.list_entries(demo.master)]
    assert len(codes) == 22
    items = services.list_material(demo.master)
    by_entry: dict[str, list] = {}
    for item in items:
        by_entry.setdefault(item.entry_code, []).append(item)
    assert sorted(by_entry) == sorted(codes)
    decrees = charts = 0
    for code in codes:
        pieces = {i.name: i for i in by_entry[code]}
        assert {i.name for i in by_entry[code] if i.is_section} == set(SECTION_IDS)
        assert 3 <= pieces[PROPOSAL].pages <= 5, code
        decrees += DECREE in pieces
        charts += CHART in pieces
        if DECREE in pieces:
            assert pieces[DECREE].pages == 1
        if CHART in pieces:
            assert pieces[CHART].kind == "image"
    assert decrees == 7 and charts == 11  # every third entry, every other one


def test_the_source_folder_is_left_to_look_at(demo: services.Demo) -> None:
    source = demo.folder / "proposals"
    folders = sorted(p.name for p in source.iterdir() if p.is_dir())
    assert folders == sorted(e.code for e in services.list_entries(demo.master))
    with (source / SECTIONS_FILE).open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == ["Kode", *(s.name_id for s in SECTIONS)]
    assert len(table) == 23
    # what the master stores is the spreadsheet's text, paragraphs and all
    first = dict(zip(table[0], table[1], strict=True))
    conn = sqlite3.connect(demo.master)
    try:
        ((data,),) = rows(
            conn,
            "SELECT b.data FROM material m JOIN material_blobs b ON b.sha256 = m.sha256 "
            "WHERE m.entry_code = ? AND m.name = 'kebaruan'",
            first["Kode"],
        )
    finally:
        conn.close()
    assert bytes(data).decode("utf-8") == first["Kebaruan"]
    assert "\n\n" in first["Latar Belakang"]
    # every PDF opens; the page counts match what the master says
    stored = {(i.entry_code, i.name): i.pages for i in services.list_material(demo.master)}
    for path in sorted(source.glob("*/*.pdf")):
        assert pdf_pages(path.read_bytes()) == stored[path.parent.name, path.name]
    total = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
    assert total < 4_000_000


def test_each_package_holds_its_judges_material_only(demo: services.Demo) -> None:
    for package in demo.packages:
        listed, hashes, held = material_of(package.path)
        assert set(listed) == package_entries(package.path), package.judge.id
        assert held == hashes  # the bytes of every piece listed, and of nothing else


def test_a_judge_without_some_entries_gets_none_of_their_material(
    undeclared_demo: services.Demo, tmp_path: Path
) -> None:
    master = undeclared_demo.master
    left_out = {"KIPP23-003", "KIPP23-010", "KIPP23-017"}
    for code in sorted(left_out):
        services.set_assigned(master, "J2", code, False)
    (written,) = services.make_packages(master, {"J2": tmp_path / "J2.sqlite"})
    listed, hashes, held = material_of(written.path)
    everything = {e.code for e in services.list_entries(master)}
    assert set(listed) == package_entries(written.path) == everything - left_out
    assert held == hashes
    theirs = {i.sha256 for i in services.list_material(master) if i.entry_code in left_out}
    files = {i.sha256 for i in services.list_material(master) if not i.is_section}
    assert not (theirs & files & held)  # not one of their files' bytes


def test_the_same_bytes_every_time(tmp_path: Path) -> None:
    entries = services.list_entries(_demo_master(tmp_path))
    categories = {"umum": "Kelompok Umum", "replikasi": "Kelompok Replikasi"}
    write_demo_material(entries, tmp_path / "a", categories)
    entry_files.cache_clear()  # drawn again, not taken from the cache
    write_demo_material(entries, tmp_path / "b", categories)
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.*")}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.*")}
    assert a == b and len(a) == 22 + 7 + 11 + 1
    # and in a process of its own
    code = (
        "import hashlib, sys\n"
        "from judge_app import services\n"
        "from judge_app.demo_material import entry_files\n"
        "entry = services.list_entries(sys.argv[1])[1]\n"
        "for name, data in entry_files(entry, 'Kelompok Umum', 1):\n"
        "    print(name, hashlib.sha256(data).hexdigest())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(_demo_master(tmp_path))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    folder = tmp_path / "a" / entries[1].code
    expected = []
    for name in (PROPOSAL, DECREE):
        expected += [name, hashlib.sha256((folder / name).read_bytes()).hexdigest()]
    assert out == expected


def _demo_master(tmp_path: Path) -> Path:
    master = tmp_path / "demo" / "master.sqlite"
    if not master.exists():
        services.build_demo(tmp_path / "demo")
    return master
