"""The canonical content of a judge's score sheet, read from an open package: what finalising
signs and what verification compares with the signed text."""

from __future__ import annotations

from judge_app.domain.material import digests
from judge_app.integrity.sheet import SheetContent
from judge_app.sessions.package import PackageSession
from judge_app.store import material as material_store
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store


def sheet_content(session: PackageSession, revision: int, signed_at: str) -> SheetContent:
    meta = repo.meta(session.db)
    conflicts = {
        e.code: session.conflict_reason(e.code) or ""
        for e in session.entries
        if session.conflict_reason(e.code) is not None
    }
    scores = {
        (e.code, c.id): (session.value(e.code, c.id), session.note(e.code, c.id))
        for e in session.entries
        for c in session.definition.criteria
        if session.value(e.code, c.id) is not None or session.note(e.code, c.id)
    }
    return SheetContent(
        competition_id=meta["competition_id"],
        definition_sha256=meta["definition_sha256"],
        judge_id=session.judge.id,
        judge_name=session.judge.name,
        judge_nip=session.judge.nip,
        revision=revision,
        conflicts=conflicts,
        scores=scores,
        audit_head=sign_store.head(session.db),
        signed_at=signed_at,
        material=digests(material_store.items(session.db)),
    )
