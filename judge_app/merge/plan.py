"""Decide what a merge would do, reading the files only.

A file is applied whole or not at all. The outcome depends on the set of files and what
the master already holds, never on their order: a judge's revision offered with two
different contents is recorded as disputed and counts nowhere, whichever came first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from judge_app.errors import JudgeAppError
from judge_app.integrity import keys
from judge_app.store import merging
from judge_app.store.database import open_database
from judge_app.store.repository import meta as read_meta
from judge_app.store.signing import Declaration, Sheet
from judge_app.verification import verify_file

ACCEPTED, IGNORED, REFUSED, CONFLICT = "accepted", "ignored", "refused", "conflict"


@dataclass
class Verdict:
    path: str
    status: str = IGNORED
    reasons: list[str] = field(default_factory=list)


@dataclass
class Plan:
    verdicts: list[Verdict]
    sheets: list[Sheet] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    certificates: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    progress: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    disputed: set[tuple[str, int, str]] = field(default_factory=set)

    @property
    def refused(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.status in (REFUSED, CONFLICT)]

    @property
    def changes(self) -> bool:
        return bool(self.sheets or self.certificates or self.progress or self.disputed)


def plan_merge(
    master_meta: dict[str, str],
    registered: dict[str, bytes | None],
    existing: dict[tuple[str, int], str],
    files: list[Path],
    disputed: set[tuple[str, int, str]] | None = None,
    progress_now: dict[str, tuple[int, int]] | None = None,
    retired: dict[str, dict[bytes, int]] | None = None,
) -> Plan:
    """`registered`: judge id -> certificate in the master (None: not yet registered);
    `existing`: (judge, revision) -> sha256 of the sheets the master already holds;
    `retired`: judge id -> {retired certificate: the last revision it may sign}."""
    retired = retired or {}
    disputed = set(disputed or ())
    progress_now = dict(progress_now or {})
    paths = list(dict.fromkeys(str(p) for p in files))
    verdicts = {p: Verdict(p) for p in paths}
    offers: dict[str, list[tuple[merging.Offer, bool]]] = {}

    # 1. each file on its own: readable, verified, ours, same competition and definition
    for path in paths:
        try:
            offers[path] = _read(Path(path), master_meta)
        except JudgeAppError as exc:
            verdicts[path].status = REFUSED
            verdicts[path].reasons = str(exc).split("\n")
            continue
        for offer, _ in offers[path]:
            problem = _check_judge(offer, registered) or _check_retired(
                offer, retired.get(offer.judge_id, {}), existing
            )
            if problem:
                verdicts[path].status = REFUSED
                verdicts[path].reasons.append(problem)

    def alive() -> list[str]:
        return [p for p in paths if verdicts[p].status not in (REFUSED,) and p in offers]

    # 2. across the batch: one key per judge not yet registered
    keys_offered: dict[str, dict[bytes, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in alive():
        for offer, _ in offers[path]:
            for der in {s.certificate for s in offer.sheets} | (
                {offer.certificate} if offer.certificate else set()
            ):
                if der not in retired.get(offer.judge_id, {}):  # checked in step 1
                    keys_offered[offer.judge_id][der].add(path)
    for judge_id, by_key in keys_offered.items():
        known = registered.get(judge_id)
        if known is None and len(by_key) > 1:
            for sources in by_key.values():
                for path in sources:
                    verdicts[path].status = REFUSED
                    verdicts[path].reasons.append(
                        f"judge {judge_id} appears with {len(by_key)} different keys in these "
                        "files; none is registered until the secretariat decides"
                    )
        elif known is not None:
            for der, sources in by_key.items():
                if der != known:
                    for path in sources:
                        verdicts[path].status = REFUSED
                        verdicts[path].reasons.append(
                            f"judge {judge_id} signed with a key other than the registered one"
                        )

    # 3. revisions: the same revision with two contents is disputed, wherever it appears
    offered: dict[tuple[str, int], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    sheets_by_sha: dict[str, Sheet] = {}
    for path in alive():
        for offer, _ in offers[path]:
            for sheet in offer.sheets:
                offered[(sheet.judge_id, sheet.revision)][sheet.sha256].add(path)
                sheets_by_sha[sheet.sha256] = sheet
    plan = Plan([])
    for key, by_sha in offered.items():
        shas = set(by_sha) | ({existing[key]} if key in existing else set())
        shas |= {sha for (j, r, sha) in disputed if (j, r) == key}
        if len(shas) > 1:
            plan.disputed |= {(key[0], key[1], sha) for sha in shas} - disputed
            for sources in by_sha.values():
                for path in sources:
                    if verdicts[path].status != REFUSED:
                        verdicts[path].status = CONFLICT
                    verdicts[path].reasons.append(
                        f"judge {key[0]} revision {key[1]} exists with different contents; "
                        "it counts nowhere until the secretariat settles it"
                    )

    # 4. what the remaining files bring
    for path in alive():
        if verdicts[path].status == CONFLICT:
            continue
        for offer, is_package in offers[path]:
            for sheet in offer.sheets:
                key = (sheet.judge_id, sheet.revision)
                if key in existing:
                    verdicts[path].reasons.append(
                        f"judge {key[0]} revision {key[1]} is already in the master"
                    )
                elif sheet not in plan.sheets:
                    plan.sheets.append(sheet)
                    verdicts[path].status = ACCEPTED
                    verdicts[path].reasons.append(f"judge {key[0]} revision {key[1]} added")
            fresh_key = offer.certificate not in retired.get(offer.judge_id, {})
            if registered.get(offer.judge_id) is None and offer.certificate and fresh_key:
                kinds = {d.kind for d in offer.declarations}
                if {"pakta", "konflik"} <= kinds and offer.judge_id not in plan.certificates:
                    plan.declarations.extend(offer.declarations)
                    fingerprint = keys.fingerprint(offer.certificate)
                    plan.certificates[offer.judge_id] = (offer.certificate, fingerprint)
                    verdicts[path].status = ACCEPTED
                    verdicts[path].reasons.append(
                        f"judge {offer.judge_id} registered with certificate {fingerprint}"
                    )
            if is_package and not offer.sheets:
                done, due = offer.progress
                best = max(progress_now.get(offer.judge_id, (-1, 0))[0],
                           plan.progress.get(offer.judge_id, (-1, 0, ""))[0])  # fmt: skip
                if done > best:
                    plan.progress[offer.judge_id] = (done, due, path)
                verdicts[path].reasons.append(
                    f"judge {offer.judge_id}: unsigned draft, {done} of {due} scores "
                    "(progress only)"
                )
    plan.sheets.sort(key=lambda s: (s.judge_id, s.revision))
    plan.verdicts = [verdicts[p] for p in paths]
    return plan


def _read(path: Path, master_meta: dict[str, str]) -> list[tuple[merging.Offer, bool]]:
    report = verify_file(path)
    if not report.ok:
        raise JudgeAppError("\n".join(report.problems))
    db = open_database(path, migrate=False)
    try:
        meta = read_meta(db)
        if meta.get("competition_id") != master_meta.get("competition_id"):
            raise JudgeAppError(f"{path}: a file of another competition")
        if meta.get("definition_sha256") != master_meta.get("definition_sha256"):
            raise JudgeAppError(f"{path}: made with a different competition definition")
        is_package = meta.get("role") == "package"
        return [(offer, is_package) for offer in merging.offers(db)]
    finally:
        db.close()


def _check_retired(
    offer: merging.Offer, retired: dict[bytes, int], existing: dict[tuple[str, int], str]
) -> str | None:
    """A retired key (lost laptop) counts only for what the master already holds."""
    for sheet in offer.sheets:
        last = retired.get(sheet.certificate)
        if last is None:
            continue
        held = existing.get((sheet.judge_id, sheet.revision)) == sheet.sha256
        if sheet.revision > last or not held:
            return (
                f"judge {sheet.judge_id} revision {sheet.revision} is signed with a key the "
                "secretariat retired (re-registered); it is not accepted"
            )
    return None


def _check_judge(offer: merging.Offer, registered: dict[str, bytes | None]) -> str | None:
    if offer.judge_id not in registered:
        return f"judge {offer.judge_id} is not registered in this master"
    return None
