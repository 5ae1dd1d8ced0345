"""What `verify` trusts, gathered before it starts: the master's imported roots and
revocation lists and the judge-app keys it registered, plus roots and lists given as
files. A file that is not what it is given as stops verify with a message naming it."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils

from judge_app.base.errors import JudgeAppError, file_problem
from judge_app.base.text import translate
from judge_app.integrity import trust
from judge_app.integrity.keys import fingerprint
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store import trust as trust_store
from judge_app.store.database import opened


def trust_set(
    master: Path | None = None, anchors: Sequence[Path] = (), crls: Sequence[Path] = ()
) -> trust.TrustSet:
    roots: list[bytes] = []
    lists: list[bytes] = []
    registered: dict[str, str] = {}
    if master is not None:
        with opened(master, "master", write=False) as db:
            roots += [a.der for a in trust_store.anchors(db)]
            lists += [r.der for r in trust_store.revocation_lists(db)]
            registered = registered_keys(db)
    today = dt.datetime.now(dt.UTC)
    for path in anchors:
        certificates, _ = trust.read_trust_file(_read(path), str(path))
        for cert in certificates:
            problem = trust.anchor_problem(cert, str(path), today)
            if problem:
                raise JudgeAppError(problem)
            roots.append(trust.der_of(cert))
    for path in crls:
        _, found = trust.read_trust_file(_read(path), str(path))
        if not found:
            raise JudgeAppError(
                translate("trust", "{file}: holds no certificate revocation list").format(file=path)
            )
        lists += [trust.crl_der(crl) for crl in found]
    return trust.TrustSet(
        tuple(roots), tuple(lists), registered, asked=master is not None or bool(anchors)
    )


def registered_keys(db: sqlite_utils.Database) -> dict[str, str]:
    """Fingerprint -> whose judge-app key, in words: each judge's registered certificate,
    the keys retired after a loss (still valid for what they signed before), and the
    secretariat's own."""
    out: dict[str, str] = {}
    names = {j.id: j.name for j in repo.judges(db)}
    for judge_id, name in names.items():
        der = sign_store.certificate(db, judge_id)
        if der:
            out[fingerprint(der)] = translate("trust", "judge {name} ({id})").format(
                name=name, id=judge_id
            )
    for key in sign_store.retired_keys(db):
        out.setdefault(
            key.fingerprint,
            translate(
                "trust", "judge {name} ({id}), a key retired after revision {revision}"
            ).format(
                name=names.get(key.judge_id, key.judge_id),
                id=key.judge_id,
                revision=key.last_revision,
            ),
        )
    stored = repo.meta(db).get("secretariat_certificate")
    if stored:
        out[fingerprint(base64.b64decode(stored))] = translate("trust", "the secretariat")
    return out


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise file_problem(exc, path) from None
