"""A judge's signing key in one place: the private key file (integrity/keys.py makes and opens it)
and its certificate in the package (store/signing.py keeps it), made at the first signing."""

from __future__ import annotations

import json

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.integrity import keys
from judge_app.integrity.credentials import (
    OWN,
    Credential,
    Secret,
    Unlock,
    as_unlock,
    open_external,
)
from judge_app.sessions.package import PackageSession
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store


def _identity(session: PackageSession) -> keys.Identity:
    meta = repo.meta(session.db)
    return keys.Identity(
        name=session.judge.name,
        nip=session.judge.nip,
        competition_id=meta["competition_id"],
        competition_title=session.definition.competition.title,
        subject_id=session.judge.id,
    )


def key_pair(session: PackageSession, passphrase: Secret, *, create: bool) -> Credential:
    """The judge's keys: made at the first signing, opened with the passphrase after; or
    a certificate of the judge's own (PKCS#12 file or token), registered at the first
    signing like judge-app's key and the only one accepted after."""
    session.check_writable()  # nothing is signed, and no key made, in a read-only view
    unlock = as_unlock(passphrase)
    der = sign_store.certificate(session.db, session.judge.id)
    if unlock.source.kind != OWN:
        return _external(session, unlock, der, create=create)
    passphrase = unlock.secret
    identity = _identity(session)
    if der is None:
        if not create:
            raise JudgeAppError(
                translate("judging", "no signing key yet: sign the declarations first")
            )
        retired = json.loads(repo.meta(session.db).get("retired_fingerprints", "[]"))
        keys.set_aside_if_retired(identity, retired)  # a lost key found again stays retired
        pair = keys.reuse_key_pair(identity, passphrase) or keys.create_key_pair(
            identity, passphrase
        )
        sign_store.set_certificate(
            session.db,
            session.judge.id,
            pair.certificate_der,
            keys.fingerprint(pair.certificate_der),
        )
        return pair
    return keys.load_key_pair(identity, der, passphrase)


def _external(
    session: PackageSession, unlock: Unlock, der: bytes | None, *, create: bool
) -> Credential:
    credential = open_external(unlock)
    if der is None:
        if not create:
            raise JudgeAppError(
                translate("judging", "no signing key yet: sign the declarations first")
            )
        retired = json.loads(repo.meta(session.db).get("retired_fingerprints", "[]"))
        if keys.fingerprint(credential.certificate_der) in retired:
            raise JudgeAppError(
                translate(
                    "judging",
                    "{source}: the secretariat retired this certificate; use another one",
                ).format(source=unlock.source.describe())
            )
        sign_store.set_certificate(
            session.db,
            session.judge.id,
            credential.certificate_der,
            keys.fingerprint(credential.certificate_der),
        )
        return credential
    if credential.certificate_der != der:
        raise JudgeAppError(
            translate(
                "judging",
                "{source}: this is not the certificate you registered when you signed the "
                "declarations (fingerprint {registered}); sign with that one, or ask the "
                "secretariat to register a new key (judge-app rekey)",
            ).format(source=unlock.source.describe(), registered=keys.fingerprint(der))
        )
    return credential
