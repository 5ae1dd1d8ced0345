"""Rebuild the bad-input corpus (issue 7) in this folder:

    python tests/data/bad/make_corpus.py

`master.sqlite` is a KIPP demo master whose five judges' declarations are merged (their
keys registered); every other file is something a user could hand judge-app by mistake
or on purpose, and `expected.toml` (kept by hand) says what judge-app must answer. The
files are committed so the tests read the same bytes every time."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

PASSPHRASE = "korpus-kata-sandi-1"
ENTRIES_HEADER = ["code", "title", "agency", "region", "category"]


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bad-corpus-"))
    os.environ["JUDGE_APP_HOME"] = str(work / "home")
    from judge_app import services
    from tests.integrity.test_signing import fill

    for old in HERE.iterdir():
        if old.suffix in (".sqlite", ".csv", ".xlsx", ".pdf", ".bin", ".txt"):
            old.unlink()
    demo = services.build_demo(work / "kipp")
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
    for package in demo.packages:
        services.declare(package.path, request, work / "declarations", PASSPHRASE)
    services.merge(demo.master, [p.path for p in demo.packages])  # keys registered
    j1, j2, j3, j4, _ = (p.path for p in demo.packages)

    # J3 signs revision 1 twice, from the same draft, with different scores
    twin = work / "J3-twin.sqlite"
    shutil.copyfile(j3, twin)
    for package in (j1, j2, j3, j4):
        fill(package)
    session = services.open_package(twin)
    session.set_cells(
        c.__class__(c.entry, c.criterion, 50.0, "")
        for c in [_change(session, e.code, k.id) for e, k in _cells(session)]
    )
    session.close()
    services.finalise(j1, HERE / "recap-J1.pdf", PASSPHRASE)
    for package in (j2, j3, twin):
        services.finalise(package, work / f"{package.stem}.pdf", PASSPHRASE)
    shutil.copyfile(demo.master, HERE / "master.sqlite")
    shutil.copyfile(j3, HERE / "same-revision-a.sqlite")
    shutil.copyfile(twin, HERE / "same-revision-b.sqlite")

    # scores edited with sqlite3 after signing (the lock trigger dropped first)
    edited = HERE / "scores-edited.sqlite"
    shutil.copyfile(j1, edited)
    with _db(edited) as conn:
        conn.execute("DROP TRIGGER scores_locked_update")
        conn.execute(
            "UPDATE scores SET value = 99 WHERE entry_code = 'KIPP23-003' AND criterion_id = 'K1'"
        )

    # J2's sheet re-signed with a key of someone else's making
    from judge_app.integrity import keys

    resigned = HERE / "resigned-other-key.sqlite"
    shutil.copyfile(j2, resigned)
    intruder = keys.create_key_pair(
        keys.Identity("Penyusup", "", "intruder", "KIPP", subject_id="J2"), "lain-kata-sandi"
    )
    with _db(resigned) as conn:
        payload = conn.execute("SELECT payload FROM sheets").fetchone()[0]
        for trigger in ("sheets_no_update",):
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.execute(
            "UPDATE sheets SET signature = ?, certificate = ?",
            [intruder.sign_raw(payload.encode()), intruder.certificate_der],
        )

    # a package of the same competition whose definition was changed (weights)
    redefined = HERE / "other-definition.sqlite"
    shutil.copyfile(j4, redefined)
    from judge_app.domain.definition import definition_sha256

    with _db(redefined) as conn:
        text = conn.execute("SELECT toml FROM definition").fetchone()
        changed = text[0].replace("weight = 20", "weight = 25", 1)
        assert changed != text[0]
        digest = definition_sha256(changed)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'definition_sha256'", [digest])
        _set_definition(conn, changed, digest)

    # a package of another competition (another demo build: another competition id)
    other = services.build_demo(work / "other")
    shutil.copyfile(other.packages[0].path, HERE / "other-competition.sqlite")

    # J5's declared draft: the package the score sheets below are imported into
    shutil.copyfile(demo.packages[4].path, HERE / "package-J5.sqlite")

    # a file from a newer judge-app
    newer = HERE / "newer-schema.sqlite"
    shutil.copyfile(demo.packages[4].path, newer)
    with _db(newer) as conn:
        conn.execute("PRAGMA user_version = 99")

    # broken and foreign files
    data = (HERE / "scores-edited.sqlite").read_bytes()
    (HERE / "truncated.sqlite").write_bytes(data[: len(data) // 3])
    (HERE / "random-bytes.sqlite").write_bytes(random.Random(7).randbytes(8192))
    (HERE / "zero-length.sqlite").write_bytes(b"")
    foreign = HERE / "other-application.sqlite"
    with _db(foreign) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")

    # a signed PDF with one byte changed
    pdf = bytearray((HERE / "recap-J1.pdf").read_bytes())
    pdf[len(pdf) // 2] ^= 0x01
    (HERE / "recap-one-byte-changed.pdf").write_bytes(bytes(pdf))
    (HERE / "recap-J1.pdf").unlink()

    _tables()
    shutil.rmtree(work, ignore_errors=True)
    print(f"corpus written to {HERE}")


def _tables() -> None:
    """Entry lists (for the demo's categories) and score sheets with every malformation."""
    import csv

    def write(name: str, rows: list[list[str]], encoding: str = "utf-8") -> None:
        with (HERE / name).open("w", encoding=encoding, newline="") as handle:
            csv.writer(handle).writerows(rows)

    good = [["KIPP23-101", "Layanan Satu Pintu", "Dinas A", "Kota Serang", "umum"]]
    write("entries-missing-columns.csv", [["code", "agency"], ["KIPP23-101", "Dinas A"]])
    write(
        "entries-duplicate-codes.csv",
        [ENTRIES_HEADER, *good, ["KIPP23-101", "Lain", "Dinas B", "Kota Serang", "umum"]],
    )
    (HERE / "entries-wrong-encoding.csv").write_bytes(
        ",".join(ENTRIES_HEADER).encode()
        + b"\nKIPP23-101,Layanan \x81\x8d\x8f,Dinas A,Serang,umum\n"
    )
    write(
        "entries-formula.csv",
        [ENTRIES_HEADER, *good, ["KIPP23-102", '=HYPERLINK("http://x.example","klik")', "Dinas B",
                                  "Kota Serang", "umum"]],
    )  # fmt: skip
    write(
        "entries-empty-rows.csv",
        [ENTRIES_HEADER, *good, [], [], ["", "Tanpa Kode", "Dinas C", "Kota Serang", "umum"]],
    )
    write(
        "entries-long-cell.csv",
        [ENTRIES_HEADER, ["KIPP23-101", "Panjang " * 1250, "Dinas A", "Kota Serang", "umum"]],
    )
    write(
        "entries-rtl-emoji.csv",
        [
            ENTRIES_HEADER,
            ["KIPP23-101", "خدمة عامة 🏛️ Layanan", "Dinas A", "Kota Serang", "umum"],
            ["KIPP23-102", "Layanan \u202eanilno\u202c 🙂", "Dinas B", "Kota Serang", "umum"],
        ],
    )
    write("scores-bad-numbers.csv", [
        ["entry", "criterion", "value"],
        ["KIPP23-001", "K1", "8x"],
        ["KIPP23-001", "K2", "1e999"],
        ["KIPP23-001", "K3", "NaN"],
        ["KIPP23-001", "K4", "101"],
    ])  # fmt: skip
    write("scores-missing-columns.csv", [["entry", "value"], ["KIPP23-001", "80"]])
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(ENTRIES_HEADER)
    sheet.append(good[0])
    sheet.append(["KIPP23-102", "Layanan Kedua", "Dinas B", "Kota Serang", "umum"])
    sheet.append(["KIPP23-103", "Layanan Ketiga", None, "Kota Serang", "umum"])
    sheet.merge_cells("C3:C4")
    book.save(HERE / "entries-merged-cells.xlsx")
    book = Workbook()
    sheet = book.active
    sheet.append(ENTRIES_HEADER)
    sheet.append(good[0])
    sheet.append(["KIPP23-102", '=B2&" (replikasi)"', "Dinas B", "Kota Serang", "umum"])
    book.save(HERE / "entries-formula.xlsx")


def _cells(session):
    return [
        (e, k)
        for e in session.entries
        if session.conflict_reason(e.code) is None
        for k in session.definition.criteria
    ]


def _change(session, code: str, criterion: str):
    from judge_app.domain.model import ScoreChange

    return ScoreChange(code, criterion, 50.0, "")


def _set_definition(conn: sqlite3.Connection, text: str, digest: str) -> None:
    conn.execute("UPDATE definition SET toml = ?, sha256 = ?", [text, digest])


class _db:
    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.conn.commit()
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.close()


if __name__ == "__main__":
    main()
