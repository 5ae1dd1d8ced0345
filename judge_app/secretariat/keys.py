"""The secretariat's keys in one place: its own signing key (made at first use, its certificate
kept in the master) and a judge's key registered again after a loss."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.domain.model import Definition
from judge_app.integrity.credentials import OWN, Credential, Secret, as_unlock, open_external
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.database import opened


def secretariat_keys(
    db: sqlite_utils.Database, definition: Definition, passphrase: Secret
) -> Credential:
    """The secretariat's own key: made at first use, its certificate kept in the master.
    Or an official's certificate (PKCS#12 file or token), which stands on its own chain
    and is not registered."""
    import base64

    from judge_app.integrity import keys

    unlock = as_unlock(passphrase)
    if unlock.source.kind != OWN:
        return open_external(unlock)
    passphrase = unlock.secret

    meta = repo.meta(db)
    identity = keys.Identity(
        name=definition.competition.organizer or "Sekretariat",
        nip="-",
        competition_id=meta["competition_id"],
        competition_title=definition.competition.title,
        role="secretariat",
        subject_id="secretariat",
    )
    stored = meta.get("secretariat_certificate")
    if stored:
        return keys.load_key_pair(identity, base64.b64decode(stored), passphrase)
    pair = keys.reuse_key_pair(identity, passphrase) or keys.create_key_pair(identity, passphrase)
    repo.set_meta(db, {"secretariat_certificate": base64.b64encode(pair.certificate_der).decode()})
    return pair


def reregister_key(master: Path, judge_id: str, reason: str) -> sign_store.RetiredKey:
    """Retire a judge's registered key (lost laptop or key): the signed sheets already
    merged stay valid, anything later signed with that key is refused, a new package can be
    issued and the judge's next declarations register the new key. Backed up and logged."""
    from judge_app.integrity.keys import fingerprint
    from judge_app.store.database import backup_copy

    if not reason.strip():
        raise JudgeAppError(
            translate("secretariat_services", "a reason is required (it is kept in the audit log)")
        )
    with opened(master, "master") as db:
        judge = repo.find_judge(db, judge_id)
        der = sign_store.certificate(db, judge.id)
        if der is None:
            raise JudgeAppError(
                translate(
                    "secretariat_services",
                    "judge {id} has no registered key yet; the first accepted "
                    "declarations will register one",
                ).format(id=judge.id)
            )
        backup_copy(db, Path(master), "before-rekey")
        return sign_store.retire_certificate(db, judge.id, fingerprint(der), reason.strip())
