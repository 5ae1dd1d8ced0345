"""Reading what a returned file offers, and writing an accepted merge into the master."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlite_utils

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.domain.scoring import IntegerTotals, integer_totals
from judge_app.integrity.sheet import split_scores
from judge_app.store import package_reads, totals
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.audit import append_audit
from judge_app.store.signing import Declaration, Sheet


@dataclass(frozen=True)
class Offer:
    """Everything a file brings for one judge."""

    judge_id: str
    certificate: bytes | None
    sheets: list[Sheet]
    declarations: list[Declaration]
    progress: tuple[int, int]  # scores done, scores due (drafts count only as progress)
    retired: dict[bytes, int] = field(default_factory=dict)  # keys a master retired


def offers(db: sqlite_utils.Database) -> list[Offer]:
    out = []
    for judge in repo.judges(db):
        done = db.execute(
            "SELECT count(*) FROM scores WHERE judge_id = ? AND value IS NOT NULL", [judge.id]
        ).fetchone()[0]
        # the criteria of the stages assigned, on entries without a declared conflict
        due = db.execute(
            "SELECT count(*) FROM (SELECT DISTINCT a.entry_code, c.id "
            f"FROM {repo.assignments_sql(db)} a JOIN criteria c ON a.stage IN ('', c.stage) "
            "WHERE a.judge_id = ? AND NOT EXISTS (SELECT 1 FROM conflicts f "
            "WHERE f.judge_id = a.judge_id AND f.entry_code = a.entry_code))",
            [judge.id],
        ).fetchone()[0]
        out.append(
            Offer(
                judge.id,
                sign_store.certificate(db, judge.id),
                sign_store.sheets(db, judge.id),
                list(sign_store.declarations(db, judge.id).values()),
                (done, due),
                {k.certificate: k.last_revision for k in sign_store.retired_keys(db, judge.id)},
            )
        )
    return out


def disputed(db: sqlite_utils.Database) -> set[tuple[str, int, str]]:
    return {tuple(r) for r in db.execute("SELECT judge_id, revision, sha256 FROM disputed")}


def progress(db: sqlite_utils.Database) -> dict[str, tuple[int, int]]:
    out = {}
    for key, value in repo.meta(db).items():
        if key.startswith("progress:"):
            done, due, _ = json.loads(value)
            out[key.split(":", 1)[1]] = (done, due)
    return out


def apply(
    db: sqlite_utils.Database,
    sheets: list[Sheet],
    declarations: list[Declaration],
    certificates: dict[str, tuple[bytes, str]],
    progress: dict[str, tuple[int, int, str]],
    new_disputes: Set[tuple[str, int, str]] = frozenset(),
    retire: dict[str, list[tuple[bytes, str, int, str]]] | None = None,
    staged: dict[str, str] | None = None,
    report: Callable[[int, int, str], None] = lambda done, total, what: None,
) -> None:
    """One transaction: retire replaced keys, register certificates, add sheets and
    declarations, and make each judge's scores and conflicts those of their highest
    signed revision. `staged`: sheet sha256 -> the temporary table holding that sheet's
    cells copied from a package proven equal to it (package_reads.stage_scores), used
    rather than parsing the sheet."""
    staged = staged or {}
    with db.atomic():
        for judge_id, retiring in sorted((retire or {}).items()):
            for der, fingerprint, last, reason in retiring:
                sign_store.insert_retired(db, judge_id, der, fingerprint, last, reason)
        for judge_id, (der, fingerprint) in certificates.items():
            db.execute(
                "UPDATE judges SET certificate = ?, cert_fingerprint = ? WHERE id = ?",
                [der, fingerprint, judge_id],
            )
            append_audit(
                db, "secretariat", "register", judge_id, None, {"fingerprint": fingerprint}
            )
        for d in declarations:
            db.execute(
                "INSERT OR REPLACE INTO declarations "
                "(judge_id, kind, signed_at, form, pdf, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                [d.judge_id, d.kind, d.signed_at, d.form, d.pdf, d.pdf_sha256],
            )
        for judge_id, revision, sha in sorted(new_disputes):
            db.execute("INSERT OR IGNORE INTO disputed VALUES (?, ?, ?)", [judge_id, revision, sha])
            append_audit(
                db,
                "secretariat",
                "dispute",
                f"{judge_id} revision {revision}",
                None,
                {"sha256": sha},
            )
        for sheet in sheets:
            db.execute(
                "INSERT INTO sheets (judge_id, revision, payload, sha256, signature, certificate, "
                "signed_at, recap) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [sheet.judge_id, sheet.revision, sheet.payload, sheet.sha256, sheet.signature,
                 sheet.certificate, sheet.signed_at, sheet.recap],
            )  # fmt: skip
            append_audit(
                db,
                "secretariat",
                "merge",
                f"{sheet.judge_id} revision {sheet.revision}",
                None,
                {"sha256": sheet.sha256},
            )
        # each judge's scores are those of the highest undisputed revision held
        touched = sorted({s.judge_id for s in sheets} | {j for j, _, _ in new_disputes})
        latest = counted_sheets(db, with_payload=False)
        offered = {sheet.sha256: sheet for sheet in sheets}
        definition = repo.read_definition(db)
        plan = integer_totals({s.id: definition.criteria_of(s.id) for s in definition.stages})
        shares = totals.share_columns(plan) if plan else None
        with _rules_checked_per_judge(db, touched):
            for index, judge_id in enumerate(touched):
                report(index, len(touched), f"writing the scores of judge {judge_id}")
                _write_rows(db, judge_id, latest.get(judge_id), offered, staged, plan, shares)
                totals.write_judge_totals(db, judge_id)
        for judge_id, (done, due, at) in progress.items():
            repo.set_meta(db, {f"progress:{judge_id}": json.dumps([done, due, at])})


# the master's per-row rules on new scores, checked per judge instead while merge writes
ROW_TRIGGERS = ("scores_conflicted_insert", "scores_locked_insert")
# tables merge writes whose references SQLite checks per row (scores: checked per judge)
REFERENCING = ("retired_keys", "sheets", "declarations", "conflicts")


@contextmanager
def _rules_checked_per_judge(db: sqlite_utils.Database, judges: list[str]) -> Iterator[None]:
    """Inside the merge's transaction: a national merge inserts 7.5 million score rows,
    and the triggers and foreign keys that look each one up cost more than the copy. They
    are set aside for the merge's own writes and the same rules are checked set-wise
    before the transaction ends; a breach raises and everything is rolled back, the
    triggers included (SQLite's DDL is transactional). The caller turned foreign keys off
    for this connection before the transaction (`without_foreign_keys`)."""
    saved = db.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        ROW_TRIGGERS,
    ).fetchall()
    for name, _ in saved:
        db.conn.execute(f"DROP TRIGGER {name}")
    yield
    problems = []
    for judge_id in judges:
        problems += package_reads.rule_breaches(db, judge_id)
    for table in REFERENCING:
        if db.conn.execute(f"PRAGMA foreign_key_check({table})").fetchone():
            problems.append(
                translate(
                    "merging", "{table}: a row refers to a judge or entry the master lacks"
                ).format(table=table)
            )
    if problems:
        raise JudgeAppError(
            translate("merging", "merge refused, nothing was changed: {problems}").format(
                problems="; ".join(problems)
            )
        )
    for _, sql in saved:
        db.conn.execute(sql)


@contextmanager
def without_foreign_keys(db: sqlite_utils.Database) -> Iterator[None]:
    """Foreign keys off for this connection while merge writes (the setting cannot
    change inside a transaction); apply checks the references itself."""
    db.conn.commit()
    db.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.conn.execute("PRAGMA foreign_keys = ON")


def _write_rows(
    db: sqlite_utils.Database,
    judge_id: str,
    counted: Sheet | None,
    offered: dict[str, Sheet],
    staged: dict[str, str],
    plan: IntegerTotals | None,
    shares: totals.ShareSql | None,
) -> None:
    """One judge's score and conflict rows, as their counted signed sheet says (none
    when no sheet counts)."""
    db.execute("DELETE FROM scores WHERE judge_id = ?", [judge_id])
    db.execute("DELETE FROM conflicts WHERE judge_id = ?", [judge_id])
    if counted is None:
        return
    sheet = offered.get(counted.sha256) or sign_store.sheet(db, judge_id, counted.revision)
    table = staged.get(sheet.sha256)
    header, _ = split_scores(sheet.payload) if table else (None, "")
    payload = header if header is not None else json.loads(sheet.payload)
    db.conn.executemany(
        "INSERT INTO conflicts (judge_id, entry_code, reason, declared_at) VALUES (?, ?, ?, ?)",
        [(judge_id, c["entry"], c["reason"], sheet.signed_at) for c in payload["conflicts"]],
    )
    if header is not None and table is not None:
        package_reads.copy_staged(db, table, judge_id, sheet.signed_at, shares)
        return
    db.conn.executemany(
        "INSERT INTO scores (judge_id, entry_code, criterion_id, value, note, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (judge_id, s["entry"], s["criterion"],
             None if s["value"] is None else float(s["value"]), s["note"], sheet.signed_at)
            for s in payload["scores"]
        ],
    )  # fmt: skip
    if plan is not None:
        totals.write_shares(db, plan, judge_id)


def counted_sheets(db: sqlite_utils.Database, *, with_payload: bool = True) -> dict[str, Sheet]:
    """Per judge, the highest signed revision that is not disputed: what results use."""
    bad = disputed(db)
    latest: dict[str, Sheet] = {}
    for sheet in sign_store.sheets(db, with_payload=with_payload):
        if (sheet.judge_id, sheet.revision, sheet.sha256) in bad:
            continue
        if sheet.judge_id not in latest or sheet.revision > latest[sheet.judge_id].revision:
            latest[sheet.judge_id] = sheet
    return latest


def merged_at(db: sqlite_utils.Database) -> dict[str, str]:
    """When each judge's latest sheet was merged (from the master's audit log)."""
    rows = db.execute(
        "SELECT target, max(at) FROM audit_log WHERE action = 'merge' "
        "GROUP BY substr(target, 1, instr(target, ' ') - 1)"
    ).fetchall()
    return {target.split(" ", 1)[0]: at for target, at in rows}
