"""`judge-app verify`: is this file what its signatures say? Reports in plain words which
entry or score no longer matches, and never changes the file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from judge_app.base.errors import JudgeAppError, file_problem
from judge_app.base.text import decimal_mark, translate
from judge_app.domain.definition import definition_sha256
from judge_app.files.material_check import check_material
from judge_app.integrity import keys
from judge_app.integrity.audit import GENESIS, AuditRecord, first_break
from judge_app.integrity.pdf_sign import PdfCheck, verify_pdf
from judge_app.integrity.replay import ScoreReplay, cell_key, logged_cell
from judge_app.integrity.sheet import differences, sha256_text
from judge_app.integrity.signature_fields import belongs_to, field_states, signer_name
from judge_app.integrity.trust import CERTIFIED, REGISTERED, REVOKED, TrustSet
from judge_app.sessions.package import PackageSession
from judge_app.store import audit as audit_store
from judge_app.store import repository as repo
from judge_app.store import scores as score_store
from judge_app.store import signing as sign_store
from judge_app.store.database import open_database
from judge_app.store.schema import PROTECTIVE_TRIGGERS, TRIGGER_SINCE

CellKey = tuple[str, str]  # (entry, criterion)


@dataclass
class Report:
    path: Path
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_file(path: Path, trust: TrustSet | None = None) -> Report:
    """`trust`: what a signed PDF's certificates are checked against (files/trust_sources.py);
    without it, none: each signature's integrity is checked and its trust said to be
    unknown. A judge-app file's own checks do not use it."""
    path = Path(path)
    report = Report(path)
    try:
        if path.suffix.lower() == ".pdf" or path.read_bytes()[:5] == b"%PDF-":
            _verify_pdf(path, report, trust or TrustSet())
        else:
            _verify_database(path, report)
    except JudgeAppError as exc:
        report.problems.append(str(exc))
    except OSError as exc:
        report.problems.append(str(file_problem(exc, path)))
    except (sqlite3.Error, TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
        report.problems.append(
            translate(
                "verification", "{path}: malformed content, not made by judge-app ({error})"
            ).format(path=path, error=exc)
        )
    return report


def _verify_pdf(path: Path, report: Report, trust: TrustSet) -> None:
    data = path.read_bytes()
    checks = verify_pdf(data, trust=trust)
    for check in checks:
        if check.ok and check.whole_document:
            report.lines.append(
                translate(
                    "verification",
                    "signature valid and covering the whole document; signed by {signer} at {time}",
                ).format(signer=check.signer, time=check.signed_at)
            )
        elif check.ok:
            report.lines.append(
                translate(
                    "verification",
                    "signature valid, covering revision {revision} of {revisions}; signed by "
                    "{signer} at {time}; {later}",
                ).format(
                    signer=check.signer,
                    time=check.signed_at,
                    revision=check.revision,
                    revisions=check.revisions,
                    later=check.later,
                )
            )
        else:
            report.problems.append(f"{path}: {check.problem}")
            if check.signer:
                report.lines.append(
                    translate("verification", "signed by {signer} at {time}").format(
                        signer=check.signer, time=check.signed_at
                    )
                )
        if check.certificate:
            report.lines.append(
                translate("verification", "certificate fingerprint: {fingerprint}").format(
                    fingerprint=keys.fingerprint(check.certificate)
                )
            )
        if check.certificate:
            _say_trust(path, check, report, trust.asked)
        if check.subject and check is checks[0]:
            report.lines.append(
                translate("verification", "QR code: {payload}").format(payload=check.subject)
            )
    if len(checks) > 1 and all(c.ok for c in checks):
        report.lines.append(
            translate(
                "verification",
                "{count} signatures, each valid; nothing but signatures was added after the first",
            ).format(count=len(checks))
        )
    if all(c.ok for c in checks):
        _signature_grid(path, data, report)


def _signature_grid(path: Path, data: bytes, report: Report) -> None:
    """Who of the panel (and the official) has signed the Berita Acara, who has not yet,
    and that each field was signed by its owner."""
    states = field_states(data)
    if not states:
        return
    waiting = [s.owner.label() for s in states if not s.signed]
    for state in states:
        if not state.signed:
            continue
        subject = signer_name(state.signer_certificate)
        if belongs_to(state.owner, state.signer_certificate) or not state.owner.name:
            report.lines.append(
                translate("verification", "signature field {field}: signed by {subject}").format(
                    field=state.owner.label(), subject=subject
                )
            )
        else:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: the signature field of {field} was signed by somebody else "
                    "({subject})",
                ).format(path=path, field=state.owner.label(), subject=subject)
            )
    report.lines.append(
        translate(
            "verification", "signature grid: {signed} of {total} signed; not yet signed: {list}"
        ).format(
            signed=len(states) - len(waiting),
            total=len(states),
            list="; ".join(waiting) if waiting else "-",
        )
    )


def _say_trust(path: Path, check: PdfCheck, report: Report, asked: bool) -> None:
    """The trust verdict in words. A revoked certificate fails the file; so does an untrusted
    one when the user gave a master or roots to trust (TrustSet.asked)."""
    trust = check.trust
    if trust is None:
        return
    if trust.verdict == CERTIFIED:
        report.lines.append(
            translate(
                "verification",
                "certified (tersertifikasi): the chain leads to the imported root certificate "
                "{root} (issuer {issuer})",
            ).format(root=trust.root, issuer=trust.issuer)
        )
    elif trust.verdict == REGISTERED:
        report.lines.append(
            translate(
                "verification",
                "not certified (tidak tersertifikasi): judge-app key of {holder}, its "
                "fingerprint registered in the master",
            ).format(holder=trust.holder)
        )
    elif trust.verdict == REVOKED:
        report.problems.append(
            translate(
                "verification", "{path}: signature of {signer}: revoked (dicabut): {reason}"
            ).format(path=path, signer=check.signer, reason=trust.reason)
        )
    else:
        untrusted = translate("verification", "untrusted (tidak tepercaya): {reason}").format(
            reason=trust.reason
        )
        if asked:
            report.problems.append(
                translate("verification", "{path}: signature of {signer}: {verdict}").format(
                    path=path, signer=check.signer, verdict=untrusted
                )
            )
        else:
            report.lines.append(untrusted)


def _verify_database(path: Path, report: Report) -> None:
    db = open_database(path, migrate=False, write=False)  # checks application id and schema
    try:
        meta = repo.meta(db)
        if meta["role"] == "package":
            report.lines.append(translate("verification", "judge-app package file, schema ok"))
        elif meta["role"] == "master":
            report.lines.append(translate("verification", "judge-app master file, schema ok"))
        else:
            report.lines.append(
                translate("verification", "judge-app {role} file, schema ok").format(
                    role=meta["role"]
                )
            )
        version = sign_store.schema_version(db)
        expected = {t for t in PROTECTIVE_TRIGGERS if TRIGGER_SINCE.get(t, 0) <= version}
        missing = sorted(expected - sign_store.triggers(db))
        if missing:
            report.problems.append(
                translate(
                    "verification", "{path}: protective triggers were removed: {triggers}"
                ).format(path=path, triggers=", ".join(missing))
            )
        text, stored = repo.definition_text(db)
        if definition_sha256(text) != stored or stored != meta.get("definition_sha256"):
            report.problems.append(
                translate(
                    "verification",
                    "{path}: the competition definition was changed after the file was made",
                ).format(path=path)
            )
        records = audit_store.audit_records(db)
        broken = first_break(records)
        if broken is not None:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: the audit log was altered at record {record} (its hash chain breaks)",
                ).format(path=path, record=broken)
            )
        else:
            report.lines.append(
                translate("verification", "audit chain intact ({count} records)").format(
                    count=len(records)
                )
            )
        _check_sheets(path, db, meta, records, report)
        _check_declarations(path, db, records, report, meta["role"] == "package")
        check_material(path, db, meta["role"], report.lines, report.problems)
        if meta["role"] == "master" and not report.problems:
            _check_master_tables(path, db, report)
        if meta["role"] == "package":
            registrations = [r for r in records if r[3] == "certificate"]
            if len(registrations) > 1:
                report.problems.append(
                    translate(
                        "verification",
                        "{path}: the judge's certificate was replaced ({count} registrations in "
                        "the audit log)",
                    ).format(path=path, count=len(registrations))
                )
            _verify_package_content(path, db, records, report)
    finally:
        db.close()


def _check_sheets(
    path: Path,
    db: sqlite_utils.Database,
    meta: dict[str, str],
    records: list[AuditRecord],
    report: Report,
) -> None:
    heads = {r[8] for r in records}
    package = meta["role"] == "package"
    signed_in_log: dict[tuple[str, ...], object]  # (judge, "revision n") -> sheet sha256
    if package:  # the judge's own signing records
        signed_in_log = {
            (r[2], r[4]): json.loads(r[6]).get("sha256") for r in records if r[3] == "sign" and r[6]
        }
    else:  # a master records each sheet it merged
        signed_in_log = {
            tuple(r[4].split(" ", 1)): json.loads(r[6]).get("sha256")
            for r in records
            if r[3] == "merge" and r[6]
        }
    judges = {j.id: j for j in repo.judges(db)}
    retired = _retired_keys(path, db, records, report)
    seen = set()
    for sheet in sign_store.sheets(db):
        where = {"path": path, "judge": sheet.judge_id, "revision": sheet.revision}
        seen.add((sheet.judge_id, f"revision {sheet.revision}"))
        if sha256_text(sheet.payload) != sheet.sha256:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge} revision {revision}: the signed sheet's text was "
                    "changed",
                ).format(**where)
            )
            continue
        if not keys.verify_signature(sheet.certificate, sheet.payload.encode(), sheet.signature):
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge} revision {revision}: the sheet signature does not match",
                ).format(**where)
            )
            continue
        registered = sign_store.certificate(db, sheet.judge_id)
        last = retired.get((sheet.judge_id, sheet.certificate))
        if last is not None and sheet.revision > last:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge} revision {revision}: signed with a key retired after "
                    "revision {last} (re-registered)",
                ).format(**where, last=last)
            )
            continue
        if last is None and registered != sheet.certificate:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge} revision {revision}: signed with a key that is not "
                    "the judge's registered certificate",
                ).format(**where)
            )
            continue
        signed = json.loads(sheet.payload)
        expected = {
            "revision": sheet.revision,
            "judge": sheet.judge_id,
            "competition_id": meta.get("competition_id"),
            "definition_sha256": meta.get("definition_sha256"),
        }
        found = {
            "revision": signed.get("revision"),
            "judge": signed.get("judge", {}).get("id"),
            "competition_id": signed.get("competition_id"),
            "definition_sha256": signed.get("definition_sha256"),
        }
        for key, value in expected.items():
            if found[key] != value:
                # `field` is a sheet field's name (revision, judge, competition_id, ...)
                report.problems.append(
                    translate(
                        "verification",
                        "{path}: judge {judge} revision {revision}: the signed sheet is for "
                        "{field} {found}, not {expected}",
                    ).format(**where, field=key, found=repr(found[key]), expected=repr(value))
                )
        if signed_in_log.get((sheet.judge_id, f"revision {sheet.revision}")) != sheet.sha256:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge} revision {revision}: no record of this signing in "
                    "the audit log",
                ).format(**where)
            )
        if package and signed.get("audit_head") not in heads | {GENESIS}:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge} revision {revision}: the audit records the sheet "
                    "refers to are gone",
                ).format(**where)
            )
        name = judges[sheet.judge_id].name if sheet.judge_id in judges else sheet.judge_id
        report.lines.append(
            translate(
                "verification",
                "sheet of {name}, revision {revision}, signed {time}: valid; certificate "
                "{fingerprint}",
            ).format(
                name=name,
                revision=sheet.revision,
                time=sheet.signed_at,
                fingerprint=keys.fingerprint(sheet.certificate),
            )
        )
    for judge_id, target in sorted(set(signed_in_log) - seen):
        if target.startswith("revision "):
            problem = translate(
                "verification",
                "{path}: judge {judge} signed revision {revision}, but that sheet is gone",
            ).format(path=path, judge=judge_id, revision=target.removeprefix("revision "))
        else:
            problem = translate(
                "verification", "{path}: judge {judge} signed {target}, but that sheet is gone"
            ).format(path=path, judge=judge_id, target=target)
        report.problems.append(problem)


def _check_master_tables(path: Path, db: sqlite_utils.Database, report: Report) -> None:
    """Results are summed from the master's score and conflict rows; merge writes them
    from the counted signed sheets, so they must still be exactly those."""
    from judge_app.store.merging import counted_sheets

    counted = counted_sheets(db)
    for judge_id, sheet in sorted(counted.items()):
        signed = json.loads(sheet.payload)
        expected = {
            (s["entry"], s["criterion"]): (
                None if s["value"] is None else float(s["value"]),
                s["note"],
            )
            for s in signed["scores"]
        }
        for key, said, has in _differing(expected, score_store.scores(db, judge_id)):
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge}, entry {entry}, criterion {criterion}: the master's "
                    "score ({value}) is not the signed one ({signed})",
                ).format(
                    path=path,
                    judge=judge_id,
                    entry=key[0],
                    criterion=key[1],
                    value=_show(has),
                    signed=_show(said),
                )
            )
        conflicts = {c["entry"] for c in signed["conflicts"]}
        if conflicts != set(score_store.conflicts(db, judge_id)):
            report.problems.append(
                translate(
                    "verification",
                    "{path}: judge {judge}: the master's conflicts are not the signed ones",
                ).format(path=path, judge=judge_id)
            )
    stray = score_store.judges_with_rows(db) - set(counted)
    for judge_id in sorted(stray):
        report.problems.append(
            translate(
                "verification", "{path}: judge {judge} has scores but no counted signed sheet"
            ).format(path=path, judge=judge_id)
        )
    if report.problems:
        return
    from judge_app.sessions.counting import SUMS, inputs_from_signed_payloads, inputs_from_tables

    definition = repo.read_definition(db)
    signed = inputs_from_signed_payloads(db, definition)
    kept, stored, _values = SUMS
    for source, problem in (
        (
            kept,
            translate(
                "verification",
                "{path}: the totals summed from the judge totals kept by merge are not those "
                "of the counted signed sheets",
            ),
        ),
        (
            stored,
            translate(
                "verification",
                "{path}: the totals summed from the master's rows (their stored shares) are "
                "not those of the counted signed sheets",
            ),
        ),
    ):
        summed = inputs_from_tables(db, definition, (source,))
        if summed is not None and summed != signed:
            report.problems.append(problem.format(path=path))
            return
    report.lines.append(translate("verification", "score rows match the counted signed sheets"))


def _retired_keys(
    path: Path, db: sqlite_utils.Database, records: list[AuditRecord], report: Report
) -> dict[tuple[str, bytes], int]:
    """(judge, certificate) -> last revision it may sign. Retirements and "rekey" audit
    records must match one to one: a row slipped in by hand would excuse a forged key, a
    row removed would bring a lost key back. Only a master retires keys."""
    logged = {
        (r[4], json.loads(r[5]).get("fingerprint"), json.loads(r[6]).get("last_revision"))
        for r in records
        if r[3] == "rekey" and r[5] and r[6]
    }
    rows = sign_store.retired_keys(db)
    out: dict[tuple[str, bytes], int] = {}
    if rows and repo.meta(db).get("role") != "master":
        report.problems.append(
            translate("verification", "{path}: a package cannot hold retired keys").format(
                path=path
            )
        )
        return out
    found = set()
    for key in rows:
        entry = (key.judge_id, key.fingerprint, key.last_revision)
        if keys.fingerprint(key.certificate) != key.fingerprint or entry not in logged:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: a retired key of judge {judge} has no matching record in the "
                    "audit log",
                ).format(path=path, judge=key.judge_id)
            )
            continue
        found.add(entry)
        out[(key.judge_id, key.certificate)] = key.last_revision
        report.lines.append(
            translate(
                "verification",
                "judge {judge}: key {fingerprint} retired {time} after revision {revision} "
                "({reason})",
            ).format(
                judge=key.judge_id,
                fingerprint=key.fingerprint,
                time=key.retired_at,
                revision=key.last_revision,
                reason=key.reason,
            )
        )
    for judge_id, fingerprint, _last in sorted(logged - found, key=str):
        report.problems.append(
            translate(
                "verification",
                "{path}: the audit log retires key {fingerprint} of judge {judge}, but that "
                "retirement is gone from the file",
            ).format(path=path, fingerprint=fingerprint, judge=judge_id)
        )
    return out


def _check_declarations(
    path: Path,
    db: sqlite_utils.Database,
    records: list[AuditRecord],
    report: Report,
    package: bool,
) -> None:
    logged = {
        (r[2], r[4], json.loads(r[6]).get("pdf_sha256"))
        for r in records
        if r[3] == "declaration" and r[6]
    }
    import hashlib

    for judge in repo.judges(db):
        certificate = sign_store.certificate(db, judge.id)
        for kind, declaration in sign_store.declarations(db, judge.id).items():
            # `kind` is the declaration's code: pakta or konflik
            where = {"path": path, "kind": kind, "judge": judge.id}
            if hashlib.sha256(declaration.pdf).hexdigest() != declaration.pdf_sha256:
                report.problems.append(
                    translate(
                        "verification",
                        "{path}: {kind} declaration of {judge}: the stored PDF was changed",
                    ).format(**where)
                )
                continue
            if package and (judge.id, kind, declaration.pdf_sha256) not in logged:
                report.problems.append(
                    translate(
                        "verification",
                        "{path}: {kind} declaration of {judge}: no record of this declaration "
                        "in the audit log",
                    ).format(**where)
                )
            checks = verify_pdf(declaration.pdf)
            if not all(c.ok for c in checks):
                report.problems.append(
                    translate(
                        "verification",
                        "{path}: {kind} declaration of {judge}: its PDF signature is not valid",
                    ).format(**where)
                )
            elif certificate is not None and any(c.certificate != certificate for c in checks):
                report.problems.append(
                    translate(
                        "verification",
                        "{path}: {kind} declaration of {judge}: signed with another key than "
                        "the judge's",
                    ).format(**where)
                )


def _verify_package_content(
    path: Path, db: sqlite_utils.Database, records: list[AuditRecord], report: Report
) -> None:
    """The scores must be what the audit log says was entered; nothing may change while a
    revision is signed; and a locked revision must match its signed sheet."""
    judge_id = repo.meta(db)["judge_id"]
    replay = ScoreReplay(judge_id, logged_cell)
    try:
        for seq, _at, actor, action, target, _before, after, _prev, _hash in records:
            replay.add(seq, actor, action, target, after)
    finally:  # a malformed record stops the replay: what came before it is still said
        for breach in replay.breaches:
            report.problems.append(
                translate(
                    "verification",
                    "{path}: {target} changed while revision {revision} was signed (record "
                    "{record}); the lock was removed outside judge-app",
                ).format(
                    path=path, target=breach.target, revision=breach.revision, record=breach.seq
                )
            )
    expected = {cell_key(target): cell for target, cell in replay.cells.items()}
    locked = replay.locked
    for key, said, has in _differing(expected, score_store.scores(db, judge_id)):
        report.problems.append(
            translate(
                "verification",
                "{path}: entry {entry}, criterion {criterion}: changed outside judge-app (the "
                "audit log says {logged}, the file has {value})",
            ).format(
                path=path, entry=key[0], criterion=key[1], logged=_show(said), value=_show(has)
            )
        )
    in_table = sign_store.lock_revision(db, judge_id)
    if in_table != locked:
        not_locked = translate("verification", "not locked")
        report.problems.append(
            translate(
                "verification",
                "{path}: the lock on the scores does not match the audit log (log: {logged}, "
                "file: {stored})",
            ).format(path=path, logged=locked or not_locked, stored=in_table or not_locked)
        )
    if locked is None:
        return
    sheets = [s for s in sign_store.sheets(db, judge_id) if s.revision == locked]
    if not sheets:
        report.problems.append(
            translate(
                "verification", "{path}: locked at revision {revision} but that sheet is missing"
            ).format(path=path, revision=locked)
        )
        return
    from judge_app.sessions.sheet import sheet_content

    view = PackageSession(path, migrate=False, write=False)
    try:
        current = sheet_content(view, locked, "")
    finally:
        view.close()
    for line in differences(json.loads(sheets[0].payload), current):
        report.problems.append(f"{path}: {line}")


def _differing(
    expected: Mapping[CellKey, tuple[object, object]],
    actual: Mapping[CellKey, tuple[object, object]],
) -> Iterator[tuple[CellKey, object, object]]:
    """(entry, criterion), expected value, actual value of each cell that differs."""
    for key in sorted(expected.keys() | actual.keys()):
        if expected.get(key) != actual.get(key):
            yield key, expected.get(key, (None, ""))[0], actual.get(key, (None, ""))[0]


def _show(value: object) -> str:
    """A score in a message: 7.5 (7,5 in Indonesian), or "no score"."""
    if value is None:
        return translate("verification", "no score")
    if isinstance(value, float):
        return f"{value:g}".replace(".", decimal_mark())
    return str(value)
