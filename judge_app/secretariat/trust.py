"""Trusted root certificates and revocation lists in the master (issue 22): the secretariat
imports a PSrE's root (or another CA it trusts) and the lists that CA publishes, as files,
so that `verify` can tell a certified signature from a judge-app key offline."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from judge_app.base.errors import ImportProblems, JudgeAppError, file_problem
from judge_app.base.text import translate
from judge_app.integrity import trust
from judge_app.integrity.keys import fingerprint
from judge_app.store import trust as trust_store
from judge_app.store.database import opened
from judge_app.store.trust import Anchor, RevocationList


@dataclass(frozen=True)
class TrustImport:
    """What an import added, and how many of the given items the master already held."""

    anchors: list[Anchor]
    lists: list[RevocationList]
    known: int


def trusted(master: Path) -> tuple[list[Anchor], list[RevocationList]]:
    """The master's trust anchors and revocation lists."""
    with opened(master, "master", write=False) as db:
        return trust_store.anchors(db), trust_store.revocation_lists(db)


def import_trust(master: Path, files: Sequence[Path]) -> TrustImport:
    """Import root certificates and revocation lists (PEM or DER; a PEM may hold several).
    A root must be a CA certificate valid today; a list issued in the name of a root held
    must carry its signature. Every problem of every file is reported at once, and then
    nothing is imported."""
    problems: list[str] = []
    read: list[tuple[Path, list[x509.Certificate], list[x509.CertificateRevocationList]]] = []
    for path in files:
        try:
            data = Path(path).read_bytes()
            certificates, lists = trust.read_trust_file(data, str(path))
        except OSError as exc:
            problems.append(str(file_problem(exc, path)))
            continue
        except JudgeAppError as exc:
            problems.append(str(exc))
            continue
        read.append((Path(path), certificates, lists))
    today = dt.datetime.now(dt.UTC)
    with opened(master, "master") as db:
        held = {a.fingerprint for a in trust_store.anchors(db)}
        held |= {r.fingerprint for r in trust_store.revocation_lists(db)}
        roots = [a.der for a in trust_store.anchors(db)]
        new_anchors: dict[str, Anchor] = {}
        for path, certificates, _lists in read:
            for cert in certificates:
                problem = trust.anchor_problem(cert, str(path), today)
                if problem:
                    problems.append(problem)
                    continue
                der = trust.der_of(cert)
                new_anchors[fingerprint(der)] = Anchor(
                    fingerprint(der),
                    der,
                    cert.subject.rfc4514_string(),
                    cert.not_valid_after_utc.isoformat(timespec="seconds"),
                    path.name,
                    "",
                )
        roots += [a.der for a in new_anchors.values()]
        new_lists: dict[str, RevocationList] = {}
        for path, _certificates, crls in read:
            for crl in crls:
                problem = trust.crl_problem(crl, str(path), roots)
                if problem:
                    problems.append(problem)
                    continue
                der = trust.crl_der(crl)
                following = crl.next_update_utc
                new_lists[fingerprint(der)] = RevocationList(
                    fingerprint(der),
                    der,
                    crl.issuer.rfc4514_string(),
                    crl.last_update_utc.isoformat(timespec="seconds"),
                    following.isoformat(timespec="seconds") if following else "",
                    path.name,
                    "",
                )
        if problems:
            raise ImportProblems(", ".join(str(p) for p in files), problems)
        anchors = [a for f, a in new_anchors.items() if f not in held]
        added = [r for f, r in new_lists.items() if f not in held]
        known = len(new_anchors) + len(new_lists) - len(anchors) - len(added)
        if anchors or added:
            trust_store.add(db, anchors, added)
    return TrustImport(anchors, added, known)


def remove_trusted(master: Path, given: str) -> Anchor | RevocationList:
    """Remove one root certificate or revocation list, named by its fingerprint (or enough
    of it, at least 8 hex digits, to name only one; spaces and colons are ignored)."""
    wanted = re.sub(r"[\s:]", "", given).upper()
    if len(wanted) < 8 or not re.fullmatch(r"[0-9A-F]+", wanted):
        raise JudgeAppError(
            translate(
                "secretariat_services",
                "{fingerprint}: not a fingerprint (at least 8 hexadecimal digits)",
            ).format(fingerprint=given)
        )
    with opened(master, "master") as db:
        items: list[Anchor | RevocationList] = [
            *trust_store.anchors(db),
            *trust_store.revocation_lists(db),
        ]
        found = [i for i in items if i.fingerprint.replace(" ", "").startswith(wanted)]
        if not found:
            raise JudgeAppError(
                translate(
                    "secretariat_services",
                    "{master}: no trusted certificate or revocation list has fingerprint "
                    "{fingerprint}",
                ).format(master=master, fingerprint=given)
            )
        if len(found) > 1:
            raise JudgeAppError(
                translate(
                    "secretariat_services",
                    "{fingerprint} is the start of {count} fingerprints; give more of it",
                ).format(fingerprint=given, count=len(found))
            )
        trust_store.remove(db, found[0].fingerprint)
    return found[0]
