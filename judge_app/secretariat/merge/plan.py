"""Decide what a merge would do, reading the files only.

A file is applied whole or not at all. The outcome depends on the set of files and what
the master already holds, never on their order: a judge's revision offered with two
different contents is recorded as disputed and counts nowhere, whichever came first."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import defaultdict
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from judge_app.base.errors import JudgeAppError
from judge_app.base.progress import Progress
from judge_app.base.text import translate
from judge_app.domain.material import judged_differently
from judge_app.files.verification import verify_file
from judge_app.integrity import keys
from judge_app.integrity.sheet import judged_material, sha256_text
from judge_app.judge.returned_file import beside_warnings
from judge_app.secretariat.merge import key_policy
from judge_app.secretariat.merge.quick_check import Proven, quick_verify, sheet_key
from judge_app.store import merging
from judge_app.store.database import open_database
from judge_app.store.definition_edits import replaced_at
from judge_app.store.repository import meta as read_meta
from judge_app.store.signing import Declaration, Sheet

ACCEPTED, IGNORED, REFUSED, CONFLICT = "accepted", "ignored", "refused", "conflict"
PARALLEL_FROM = 4  # files; below this, starting worker processes costs more than it saves


@dataclass
class Verdict:
    path: str
    status: str = IGNORED
    reasons: list[str] = field(default_factory=list)
    pending_keys: dict[str, str] = field(default_factory=dict)  # judge -> unconfirmed key


@dataclass
class Plan:
    verdicts: list[Verdict]
    sheets: list[Sheet] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    certificates: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    progress: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    disputed: set[tuple[str, int, str]] = field(default_factory=set)
    # judge -> [(certificate, fingerprint, last revision, reason)]: keys to retire
    retire: dict[str, list[tuple[bytes, str, int, str]]] = field(default_factory=dict)
    # sheet sha256 -> a package whose score rows were proven equal to that sheet
    copy_from: dict[str, Proven] = field(default_factory=dict)

    @property
    def refused(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.status in (REFUSED, CONFLICT)]

    @property
    def changes(self) -> bool:
        return bool(
            self.sheets or self.certificates or self.progress or self.disputed or self.retire
        )


@dataclass
class _Batch:
    """The files of one merge, as the planning steps go through them."""

    paths: list[str]  # in the order given, each once
    verdicts: dict[str, Verdict]
    # path -> what the file brings, each offer with whether the file is a package
    offers: dict[str, list[tuple[merging.Offer, bool]]] = field(default_factory=dict)
    proofs: dict[str, Proven | None] = field(default_factory=dict)
    decisions: dict[str, key_policy.KeyDecisions] = field(default_factory=dict)

    def alive(self) -> list[str]:
        """The files read and not refused."""
        return [
            p for p in self.paths if self.verdicts[p].status not in (REFUSED,) and p in self.offers
        ]

    def counted(self, path: str, sheet: Sheet) -> bool:
        """The sheet counts: it is not signed with a key its own file retired."""
        decision = self.decisions.get(sheet.judge_id)
        return decision is None or (path, sheet.revision, sheet.sha256) not in decision.left_out


def plan_merge(
    master_meta: dict[str, str],
    registered: dict[str, bytes | None],
    existing: dict[tuple[str, int], str],
    files: list[Path],
    disputed: set[tuple[str, int, str]] | None = None,
    progress_now: dict[str, tuple[int, int]] | None = None,
    retired: dict[str, dict[bytes, int]] | None = None,
    accepted: dict[str, str] | None = None,
    progress: Progress | None = None,
    material: dict[str, str] | None = None,
) -> Plan:
    """`registered`: judge id -> certificate in the master (None: not yet registered);
    `existing`: (judge, revision) -> sha256 of the sheets the master already holds;
    `retired`: judge id -> {retired certificate: the last revision it may sign};
    `accepted`: judge id -> a new key's fingerprint the secretariat confirmed;
    `material`: entry -> the digest of the proposal material the master holds now."""
    disputed = set(disputed or ())
    paths = list(dict.fromkeys(str(p) for p in files))
    batch = _Batch(paths, {p: Verdict(p) for p in paths})
    # 0. what lies beside each file that the file alone lacks, before anything opens it
    # (closing a file folds a -wal in): said in the report, never merged silently
    beside = {path: beside_warnings(Path(path)) for path in paths}
    _read_files(batch, master_meta, registered, progress or Progress())  # 1.
    _decide_keys(batch, registered, existing, retired or {}, accepted or {})  # 2.
    plan = Plan([])
    _find_disputes(batch, plan, existing, disputed)  # 3.
    _take_offers(batch, plan, registered, existing, dict(progress_now or {}))  # 4.
    for path in paths:
        batch.verdicts[path].reasons.extend(beside[path])
    _flag_material(batch, plan, material or {})  # 5.
    plan.sheets.sort(key=lambda s: (s.judge_id, s.revision))
    plan.verdicts = [batch.verdicts[p] for p in paths]
    return plan


def _read_files(
    batch: _Batch,
    master_meta: dict[str, str],
    registered: dict[str, bytes | None],
    progress: Progress,
) -> None:
    """1. Each file on its own: readable, verified, ours, same competition and
    definition, its judges registered in the master. Many files are checked by worker
    processes, one per core (Python hashes the audit chain; threads would only take
    turns); a few are checked here."""
    paths, verdicts = batch.paths, batch.verdicts
    with _checkers(len(paths)) as pool:
        quick = {path: pool.submit(quick_verify, Path(path)) for path in paths}
        try:
            for index, path in enumerate(paths):
                # a key, put in words by progress_text.describe
                progress.step(index, len(paths), f"checking {Path(path).name}")
                try:
                    batch.offers[path], batch.proofs[path] = _read(
                        Path(path), master_meta, _proof(quick[path])
                    )
                except JudgeAppError as exc:
                    verdicts[path].status = REFUSED
                    verdicts[path].reasons = str(exc).split("\n")
                    continue
                for offer, _ in batch.offers[path]:
                    problem = _check_judge(offer, registered)
                    if problem:
                        verdicts[path].status = REFUSED
                        verdicts[path].reasons.append(problem)
        finally:
            for future in quick.values():
                future.cancel()


def _decide_keys(
    batch: _Batch,
    registered: dict[str, bytes | None],
    existing: dict[tuple[str, int], str],
    retired: dict[str, dict[bytes, int]],
    accepted: dict[str, str],
) -> None:
    """2. Keys, per judge across the batch (merge/key_policy.py)."""
    by_judge: dict[str, list[tuple[str, merging.Offer]]] = defaultdict(list)
    for path in batch.alive():
        for offer, _ in batch.offers[path]:
            by_judge[offer.judge_id].append((path, offer))
    for judge_id, judge_offers in sorted(by_judge.items()):
        held = {r: sha for (j, r), sha in existing.items() if j == judge_id}
        decision = key_policy.decide(
            judge_id,
            judge_offers,
            registered.get(judge_id),
            retired.get(judge_id, {}),
            held,
            accepted.get(judge_id),
        )
        batch.decisions[judge_id] = decision
        for path, reasons in decision.refused.items():
            batch.verdicts[path].status = REFUSED
            batch.verdicts[path].reasons.extend(reasons)
        for path, pending in decision.pending.items():
            batch.verdicts[path].pending_keys.update(pending)


def _find_disputes(
    batch: _Batch,
    plan: Plan,
    existing: dict[tuple[str, int], str],
    disputed: set[tuple[str, int, str]],
) -> None:
    """3. Revisions: the same revision with two contents is disputed, wherever it
    appears (in the batch, in the master, among the disputes already recorded)."""
    offered: dict[tuple[str, int], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in batch.alive():
        for offer, _ in batch.offers[path]:
            for sheet in offer.sheets:
                if batch.counted(path, sheet):
                    offered[(sheet.judge_id, sheet.revision)][sheet.sha256].add(path)
    for key, by_sha in offered.items():
        shas = set(by_sha) | ({existing[key]} if key in existing else set())
        shas |= {sha for (j, r, sha) in disputed if (j, r) == key}
        if len(shas) > 1:
            plan.disputed |= {(key[0], key[1], sha) for sha in shas} - disputed
            for sources in by_sha.values():
                for path in sources:
                    if batch.verdicts[path].status != REFUSED:
                        batch.verdicts[path].status = CONFLICT
                    batch.verdicts[path].reasons.append(
                        translate(
                            "plan",
                            "judge {judge} revision {revision} exists with different contents; "
                            "it counts nowhere until the secretariat settles it",
                        ).format(judge=key[0], revision=key[1])
                    )


def _take_offers(
    batch: _Batch,
    plan: Plan,
    registered: dict[str, bytes | None],
    existing: dict[tuple[str, int], str],
    progress_now: dict[str, tuple[int, int]],
) -> None:
    """4. What the remaining files bring: key history, sheets, keys, drafts' progress."""
    for path in batch.alive():
        verdict = batch.verdicts[path]
        if verdict.status == CONFLICT:
            continue
        for offer, is_package in batch.offers[path]:
            decision = batch.decisions.get(offer.judge_id)
            if decision is not None and decision.retire and not decision.retire_with_register:
                # the key history a returned master brings
                plan.retire.setdefault(offer.judge_id, decision.retire)
            _take_sheets(batch, plan, path, offer, existing)
            if decision is not None:
                _take_key(plan, verdict, offer, decision, registered)
            if is_package and not offer.sheets:
                _take_progress(plan, verdict, offer, progress_now)


def _take_sheets(
    batch: _Batch,
    plan: Plan,
    path: str,
    offer: merging.Offer,
    existing: dict[tuple[str, int], str],
) -> None:
    """The sheets the master lacks, each once, with the package to copy its rows from
    when the quick check proved them equal to it."""
    verdict = batch.verdicts[path]
    for sheet in offer.sheets:
        key = (sheet.judge_id, sheet.revision)
        if not batch.counted(path, sheet):
            verdict.reasons.append(
                translate(
                    "plan",
                    "judge {judge} revision {revision}: signed with a key that file "
                    "retired; left out",
                ).format(judge=key[0], revision=key[1])
            )
        elif key in existing:
            verdict.reasons.append(
                translate(
                    "plan", "judge {judge} revision {revision} is already in the master"
                ).format(judge=key[0], revision=key[1])
            )
        elif sheet not in plan.sheets:
            plan.sheets.append(sheet)
            proof = batch.proofs.get(path)
            if proof and (proof.judge_id, proof.locked_sheet) == key_of(sheet):
                plan.copy_from[sheet.sha256] = proof
            verdict.status = ACCEPTED
            verdict.reasons.append(
                translate("plan", "judge {judge} revision {revision} added").format(
                    judge=key[0], revision=key[1]
                )
            )


def _flag_material(batch: _Batch, plan: Plan, material: dict[str, str]) -> None:
    """A judge who scored other proposal material than the master holds now (it was
    re-imported after the package was made, or the package had none): said in the file's
    verdict, the sheet still counts (the secretariat decides whether to re-issue)."""
    for path in batch.paths:
        verdict = batch.verdicts[path]
        if verdict.status != ACCEPTED:
            continue
        offered = [s for offer, _ in batch.offers.get(path, []) for s in offer.sheets]
        for sheet in (s for s in plan.sheets if any(s is o for o in offered)):
            signed, scored = judged_material(sheet.payload)
            differ = judged_differently(signed, scored, material)
            if differ:
                verdict.reasons.append(
                    translate(
                        "plan",
                        "judge {judge} revision {revision} scored {count} entries on other "
                        "proposal material than the master holds now: {entries}",
                    ).format(
                        judge=sheet.judge_id,
                        revision=sheet.revision,
                        count=len(differ),
                        entries=", ".join(differ[:10]) + (" …" if len(differ) > 10 else ""),
                    )
                )


def _take_key(
    plan: Plan,
    verdict: Verdict,
    offer: merging.Offer,
    decision: key_policy.KeyDecisions,
    registered: dict[str, bytes | None],
) -> None:
    """The key this merge registers for the judge, from a file that signed the judge's
    two declarations with it (the first such file)."""
    new_key = decision.register
    if new_key is None or new_key == registered.get(offer.judge_id):
        return
    if offer.certificate != new_key:
        return
    kinds = {d.kind for d in offer.declarations}
    if {"pakta", "konflik"} <= kinds and offer.judge_id not in plan.certificates:
        plan.declarations.extend(offer.declarations)
        if decision.retire_with_register:
            plan.retire[offer.judge_id] = decision.retire
        fingerprint = keys.fingerprint(new_key)
        plan.certificates[offer.judge_id] = (new_key, fingerprint)
        verdict.status = ACCEPTED
        verdict.reasons.append(
            translate("plan", "judge {judge} registered with certificate {fingerprint}").format(
                judge=offer.judge_id, fingerprint=fingerprint
            )
        )


def _take_progress(
    plan: Plan,
    verdict: Verdict,
    offer: merging.Offer,
    progress_now: dict[str, tuple[int, int]],
) -> None:
    """An unsigned draft counts only as progress: the most scores done seen so far."""
    done, due = offer.progress
    best = max(progress_now.get(offer.judge_id, (-1, 0))[0],
               plan.progress.get(offer.judge_id, (-1, 0, ""))[0])  # fmt: skip
    if done > best:
        plan.progress[offer.judge_id] = (done, due, verdict.path)
    verdict.reasons.append(
        translate(
            "plan",
            "judge {judge}: unsigned draft, {done} of {due} scores (progress only)",
        ).format(judge=offer.judge_id, done=done, due=due)
    )


class _Later:
    """A check made in this process when its result is asked for."""

    def __init__(self, fn, *args) -> None:
        self._call = (fn, args)

    def result(self):
        fn, args = self._call
        return fn(*args)

    def cancel(self) -> bool:
        return True


class _Here(Executor):
    def submit(self, fn, /, *args, **kwargs):
        return _Later(fn, *args)


def _checkers(files: int) -> Executor:
    cores = os.cpu_count() or 1
    if files < PARALLEL_FROM or cores < 2:
        return _Here()
    # spawn: the window's threads make fork unsafe; the workers only read files
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=min(cores, files), mp_context=context)


def _proof(check) -> Proven | None:
    """A worker that failed proves nothing: the file then goes through verify here."""
    try:
        return check.result()
    except Exception:  # a crashed or broken worker process
        return None


def key_of(sheet: Sheet) -> tuple[str, str]:
    return sheet.judge_id, sheet.sha256


def _read(
    path: Path, master_meta: dict[str, str], proven: Proven | None
) -> tuple[list[tuple[merging.Offer, bool]], Proven | None]:
    """The file's offers, after verify's checks: made quickly (`proven`, from
    merge/quick_check.py) or, when the quick check could not prove the file sound, by
    verify itself, which names the reasons."""
    if proven is None:
        report = verify_file(path)
        if not report.ok:
            raise JudgeAppError("\n".join(report.problems))
    db = open_database(path, migrate=False, write=False)
    try:
        meta = read_meta(db)
        if meta.get("competition_id") != master_meta.get("competition_id"):
            raise JudgeAppError(
                translate("plan", "{path}: a file of another competition").format(path=path)
            )
        if meta.get("definition_sha256") != master_meta.get("definition_sha256"):
            replaced = replaced_at(master_meta, meta.get("definition_sha256", ""))
            if replaced:  # the master's definition changed after this package was written
                raise JudgeAppError(
                    translate(
                        "plan",
                        "{path}: made with the competition definition the master held before "
                        "it was changed on {date}; the judge needs a new package",
                    ).format(path=path, date=replaced.replace("T", " ")[:16] + " UTC")
                )
            raise JudgeAppError(
                translate("plan", "{path}: made with a different competition definition").format(
                    path=path
                )
            )
        is_package = meta.get("role") == "package"
        offered = merging.offers(db)
    finally:
        db.close()
    if proven is not None and not _as_proven(offered, proven):
        # the file changed since it was checked: check what it holds now, in full
        return _read(path, master_meta, None)
    if proven is None and not _signed_as_read(offered):
        raise JudgeAppError(
            translate(
                "plan", "{path}: the file changed while it was being merged; merge again"
            ).format(path=path)
        )
    return [(offer, is_package) for offer in offered], proven


def _signed_as_read(offered: list[merging.Offer]) -> bool:
    """Each sheet read for the merge still carries a valid signature over its text."""
    for offer in offered:
        for sheet in offer.sheets:
            if sha256_text(sheet.payload) != sheet.sha256:
                return False
            if not keys.verify_signature(
                sheet.certificate, sheet.payload.encode(), sheet.signature
            ):
                return False
    return True


def _as_proven(offered: list[merging.Offer], proven: Proven) -> bool:
    """What was read for the merge is what the quick check verified: the same signed
    sheets (payload text included), declarations and certificate."""
    for offer in offered:
        if offer.judge_id != proven.judge_id or offer.certificate != proven.certificate:
            return False
        for sheet in offer.sheets:
            if sha256_text(sheet.payload) != sheet.sha256 or sheet_key(sheet) not in proven.sheets:
                return False
        for declaration in offer.declarations:
            pdf = hashlib.sha256(declaration.pdf).hexdigest()
            if (declaration.kind, pdf) not in proven.declarations:
                return False
            if pdf != declaration.pdf_sha256:
                return False
    return True


def _check_judge(offer: merging.Offer, registered: dict[str, bytes | None]) -> str | None:
    if offer.judge_id not in registered:
        return translate("plan", "judge {judge} is not registered in this master").format(
            judge=offer.judge_id
        )
    return None
