"""Every check `verify` makes on a returned package, made with set-based SQL and one pass
over the audit log (issue 6: merge at national scale).

The quick check only ever says "proven" or "not proven". Each of its tests passes only
when the corresponding test of `verification.verify_file` passes (the same bytes hashed,
the same texts compared, the audit log replayed by the same code: integrity/replay.py),
so "proven" implies that verify finds nothing; "not proven" sends the file through
verify_file itself, which names the problem. A package proven here also has score rows
equal to its locked signed sheet, so merge may copy the rows instead of parsing the
sheet."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

import sqlite_utils

from judge_app.base.errors import JudgeAppError
from judge_app.domain.definition import definition_sha256
from judge_app.domain.scoring import format_number
from judge_app.integrity import keys
from judge_app.integrity.audit import GENESIS, AuditRecord
from judge_app.integrity.replay import ScoreReplay, logs_cell
from judge_app.integrity.sheet import sha256_text, split_scores
from judge_app.store import package_reads
from judge_app.store import repository as repo
from judge_app.store import scores as score_store
from judge_app.store import signing as sign_store
from judge_app.store.database import open_database
from judge_app.store.schema import PROTECTIVE_TRIGGERS, TRIGGER_SINCE
from judge_app.store.signing import Sheet


@dataclass(frozen=True)
class Proven:
    path: Path
    judge_id: str
    locked_sheet: str | None  # sha256 of the signed sheet the score rows equal
    identity: tuple[int, int, int]  # (size, mtime_ns, inode) when checked
    # what was verified, so that what merge reads from the file afterwards is checked
    # against it (the file may have changed): sheet_key() of every sheet, the
    # declarations' (kind, pdf sha256), the judge's certificate
    sheets: frozenset[str] = frozenset()
    declarations: frozenset[tuple[str, str]] = frozenset()
    certificate: bytes | None = None


def sheet_key(sheet: Sheet) -> str:
    """One hash over a sheet's payload hash, signature and certificate."""
    digest = hashlib.sha256(sheet.sha256.encode())
    digest.update(b"\0" + sheet.signature + b"\0" + sheet.certificate)
    return digest.hexdigest()


def file_identity(path: Path) -> tuple[int, int, int]:
    stat = os.stat(path)
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def quick_verify(path: Path) -> Proven | None:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return None
        identity = file_identity(path)
        db = open_database(path, migrate=False, write=False)
    except (OSError, JudgeAppError, sqlite3.Error):
        return None
    try:
        proven = _check(path, db)
    except (
        sqlite3.Error,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        JudgeAppError,
    ):
        return None
    finally:
        db.close()
    if proven is None or file_identity(path) != identity:
        return None
    return replace(proven, path=path, identity=identity)


def _check(path: Path, db: sqlite_utils.Database) -> Proven | None:
    meta = repo.meta(db)
    if meta.get("role") != "package":
        return None  # masters are merged rarely and checked by verify_file in full
    judge_id = meta["judge_id"]
    version = sign_store.schema_version(db)
    if package_reads.schema_objects(db) != package_reads.expected_schema(version):
        return None
    expected_triggers = {t for t in PROTECTIVE_TRIGGERS if TRIGGER_SINCE.get(t, 0) <= version}
    if expected_triggers - sign_store.triggers(db):
        return None
    text, stored = repo.definition_text(db)
    if definition_sha256(text) != stored or stored != meta.get("definition_sha256"):
        return None
    if sign_store.retired_keys(db):
        return None

    # one pass: hash chain, replay of the judge's cells, lock, signing and declarations
    previous = GENESIS
    heads: set[str] = set()
    replay = ScoreReplay(judge_id, str)  # keeps each cell's record text
    signs: dict[tuple[str, str], str] = {}
    declared: list[AuditRecord] = []
    certificates = 0
    sha256 = hashlib.sha256
    for text, prev_hash, digest, seq, actor, action, target, after in package_reads.audit_pass(db):
        if prev_hash != previous or sha256(text.encode("utf-8")).hexdigest() != digest:
            return None
        previous = digest
        heads.add(digest)
        if action == "sign" and after:
            signs[(actor, target)] = after
        elif action == "declaration" and after:
            declared.append((seq, "", actor, action, target, None, after, "", ""))
        elif action == "certificate":
            certificates += 1
        elif action == "rekey":
            return None
        replay.add(seq, actor, action, target, after)
        if replay.breaches:  # the lock was removed outside judge-app
            return None
    if certificates > 1:
        return None
    cells, locked = replay.cells, replay.locked

    # the score rows are what the audit log says was entered: exact floats and text,
    # on entries assigned to the judge (the only ones verify compares)
    if package_reads.rows_outside_assignments(db, judge_id):
        return None
    stored_cells = 0
    round_trips: dict[float, bool] = {}  # a round has few distinct scores
    for target, note, value in package_reads.score_cells(db, judge_id):
        stored_cells += 1
        if type(note) is not str or (value is not None and type(value) is not float):
            return None
        if value is not None:
            exact = round_trips.get(value)
            if exact is None:
                exact = round_trips[value] = float(format_number(value)) == value
            if not exact:
                return None  # the sheet's text would not give back this float
        if not logs_cell(cells.get(target), note, value):
            return None
    if stored_cells != len(cells):
        return None
    if sign_store.lock_revision(db, judge_id) != locked:
        return None

    # every sheet: hash, signature, registered key, header, signing record, audit head
    seen = set()
    locked_sheet = None
    for sheet in sign_store.sheets(db):
        seen.add((sheet.judge_id, f"revision {sheet.revision}"))
        if sha256_text(sheet.payload) != sheet.sha256:
            return None
        if not keys.verify_signature(sheet.certificate, sheet.payload.encode(), sheet.signature):
            return None
        if sign_store.certificate(db, sheet.judge_id) != sheet.certificate:
            return None
        header, scores = split_scores(sheet.payload)
        if header is None:
            return None
        found = (
            header.get("revision"),
            header.get("judge", {}).get("id"),
            header.get("competition_id"),
            header.get("definition_sha256"),
        )
        wanted = (
            sheet.revision,
            sheet.judge_id,
            meta.get("competition_id"),
            meta.get("definition_sha256"),
        )
        if found != wanted:
            return None
        logged = signs.get((sheet.judge_id, f"revision {sheet.revision}"))
        if logged is None or json.loads(logged).get("sha256") != sheet.sha256:
            return None
        if header.get("audit_head") not in heads | {GENESIS}:
            return None
        if sheet.judge_id == judge_id and sheet.revision == locked:
            reasons = score_store.conflicts(db, judge_id)
            conflicts = [{"entry": c, "reason": r} for c, r in sorted(reasons.items())]
            if header.get("conflicts") != conflicts:
                return None
            if package_reads.scores_text(db, judge_id) != scores:
                return None
            locked_sheet = sheet.sha256
    if set(signs) - seen:
        return None
    if locked is not None and locked_sheet is None:
        return None

    # declarations: exactly verify's checks (signed PDFs are few and checked in full)
    from judge_app.files.verification import Report, _check_declarations

    report = Report(path)
    _check_declarations(path, db, declared, report, True)
    if report.problems:
        return None
    return Proven(
        path,
        judge_id,
        locked_sheet,
        (0, 0, 0),
        frozenset(sheet_key(s) for s in sign_store.sheets(db)),
        frozenset(
            (kind, d.pdf_sha256) for kind, d in sign_store.declarations(db, judge_id).items()
        ),
        sign_store.certificate(db, judge_id),
    )
