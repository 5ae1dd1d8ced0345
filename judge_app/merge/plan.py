"""Decide what a merge would do, reading the files only. The plan depends on the set of
files, not their order: a revision offered with two different contents is refused
wherever it comes from, and every other signed sheet is kept."""

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

ACCEPTED, IGNORED, REFUSED = "accepted", "ignored", "refused"


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

    @property
    def refused(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.status == REFUSED]


def plan_merge(
    master_meta: dict[str, str],
    registered: dict[str, bytes | None],
    existing: dict[tuple[str, int], str],
    files: list[Path],
) -> Plan:
    """`registered`: judge id -> certificate in the master (None: not yet registered);
    `existing`: (judge, revision) -> sha256 of the sheets the master already holds."""
    verdicts: dict[str, Verdict] = {}
    offered: dict[tuple[str, int], dict[str, tuple[Sheet, str]]] = defaultdict(dict)
    declarations: dict[str, tuple[list[Declaration], bytes, str]] = {}
    progress: dict[str, tuple[int, int, str]] = {}
    for path in files:
        verdict = verdicts.setdefault(str(path), Verdict(str(path)))
        try:
            offers = _read(Path(path), master_meta)
        except JudgeAppError as exc:
            verdict.status, verdict.reasons = REFUSED, str(exc).split("\n")
            continue
        for offer in offers:
            problem = _check_judge(offer, registered)
            if problem:
                verdict.status = REFUSED
                verdict.reasons.append(problem)
                continue
            if registered.get(offer.judge_id) is None and offer.certificate is not None:
                kinds = {d.kind for d in offer.declarations}
                if {"pakta", "konflik"} <= kinds:
                    declarations[offer.judge_id] = (
                        offer.declarations,
                        offer.certificate,
                        str(path),
                    )
            for sheet in offer.sheets:
                offered[(sheet.judge_id, sheet.revision)][sheet.sha256] = (sheet, str(path))
            if not offer.sheets:
                done, due = offer.progress
                previous = progress.get(offer.judge_id)
                if previous is None or done > previous[0]:
                    progress[offer.judge_id] = (done, due, str(path))
    plan = Plan([])
    certificates_seen: dict[str, bytes] = {}
    for (judge_id, revision), by_sha in sorted(offered.items()):
        shas = set(by_sha) | (
            {existing[(judge_id, revision)]} if (judge_id, revision) in existing else set()
        )
        sources = sorted({source for _, source in by_sha.values()})
        if len(shas) > 1:
            for source in sources:
                verdicts[source].status = REFUSED
                verdicts[source].reasons.append(
                    f"judge {judge_id} revision {revision} exists with different contents; "
                    "not applied"
                )
            continue
        if (judge_id, revision) in existing:
            for source in sources:
                verdicts[source].reasons.append(
                    f"judge {judge_id} revision {revision} is already in the master"
                )
            continue
        sheet, _ = next(iter(by_sha.values()))
        certificates_seen.setdefault(judge_id, sheet.certificate)
        plan.sheets.append(sheet)
        for source in sources:
            if verdicts[source].status != REFUSED:
                verdicts[source].status = ACCEPTED
            verdicts[source].reasons.append(f"judge {judge_id} revision {revision} added")
    for judge_id, (decls, certificate, source) in sorted(declarations.items()):
        plan.declarations.extend(decls)
        plan.certificates[judge_id] = (certificate, keys.fingerprint(certificate))
        verdicts[source].reasons.append(
            f"judge {judge_id} registered with certificate {keys.fingerprint(certificate)}"
        )
        if verdicts[source].status != REFUSED:
            verdicts[source].status = ACCEPTED
    latest_existing: dict[str, int] = {}
    for judge_id, revision in existing:
        latest_existing[judge_id] = max(latest_existing.get(judge_id, 0), revision)
    for sheet in plan.sheets:
        if sheet.revision < latest_existing.get(sheet.judge_id, 0):
            source = offered[(sheet.judge_id, sheet.revision)][sheet.sha256][1]
            verdicts[source].reasons.append(
                f"judge {sheet.judge_id} revision {sheet.revision} is older than revision "
                f"{latest_existing[sheet.judge_id]}: kept for the record, scores unchanged"
            )
    for judge_id, item in progress.items():
        if judge_id not in latest_existing and not any(s.judge_id == judge_id for s in plan.sheets):
            plan.progress[judge_id] = item
            verdicts[item[2]].reasons.append(
                f"judge {judge_id}: unsigned draft, {item[0]} of {item[1]} scores (progress only)"
            )
    plan.verdicts = [verdicts[str(p)] for p in dict.fromkeys(str(p) for p in files)]
    return plan


def _read(path: Path, master_meta: dict[str, str]) -> list[merging.Offer]:
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
        return merging.offers(db)
    finally:
        db.close()


def _check_judge(offer: merging.Offer, registered: dict[str, bytes | None]) -> str | None:
    if offer.judge_id not in registered:
        return f"judge {offer.judge_id} is not registered in this master"
    known = registered[offer.judge_id]
    if known is not None and offer.certificate is not None and offer.certificate != known:
        return (
            f"judge {offer.judge_id} signed with a key other than the registered one; "
            "re-register the judge on purpose if the key was replaced"
        )
    return None
