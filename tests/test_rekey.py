"""Re-registering a judge's key after a lost laptop: earlier signed sheets stay valid, the
retired key signs nothing new, a re-issued package carries the signed scores over and
continues at the next revision, and the judge's new key is registered at the next merge."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import JudgeAppError
from judge_app.domain.model import ScoreChange
from judge_app.sessions.package import PackageSession
from judge_app.store import signing as sign_store
from tests.conftest import TEST_PASSPHRASE, file_hash
from tests.test_merge import fresh_master

NEW_PASSPHRASE = "kata-sandi-laptop-baru"


@pytest.fixture
def merged(signed, tmp_path: Path) -> Path:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    return master


def test_rekey_needs_a_reason_a_judge_and_a_registered_key(merged: Path, master: Path) -> None:
    with pytest.raises(JudgeAppError, match="reason is required"):
        services.reregister_key(merged, "J2", "  ")
    with pytest.raises(JudgeAppError, match="J9"):
        services.reregister_key(merged, "J9", "hilang")
    services.add_judge(master, "Dr. Rina", "197205141998032004", judge_id="J1")
    with pytest.raises(JudgeAppError, match="no registered key yet"):
        services.reregister_key(master, "J1", "hilang")


def test_lost_laptop_journey(signed, merged: Path, tmp_path: Path, monkeypatch) -> None:
    old_home = os.environ["JUDGE_APP_HOME"]  # the lost laptop's key is here
    old_package = next(p.path for p in signed.packages if p.judge.id == "J2")
    old_sheet = next(s for s in _sheets(merged) if s.judge_id == "J2")

    retired = services.reregister_key(merged, "J2", "Laptop hilang; laporan polisi 123")
    assert retired.last_revision == 1
    assert services.verify([merged])[0].ok  # the revision-1 sheet stays valid
    status = next(s for s in services.judge_dashboard(merged) if s.judge.id == "J2")
    assert status.fingerprint == "" and status.retired == 1 and status.revision == 1

    # a new package carries the signed scores over as an audited draft
    new_package = tmp_path / "j2-baru.sqlite"
    services.make_packages(merged, {"J2": new_package})
    assert services.verify([new_package])[0].ok
    session = PackageSession(new_package)
    try:
        assert not session.declared
        carried = {
            (e.code, c.id): session.value(e.code, c.id)
            for e in session.entries
            for c in session.definition.criteria
        }
    finally:
        session.close()
    signed_values = {
        (s["entry"], s["criterion"]): s["value"] for s in json.loads(old_sheet.payload)["scores"]
    }
    assert {k: v for k, v in carried.items() if v is not None} == {
        k: float(v) for k, v in signed_values.items()
    }

    # the judge declares and signs on a new laptop: a new key, revision 2
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "laptop-baru"))
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 21))
    services.declare(new_package, request, tmp_path / "decl", NEW_PASSPHRASE)
    session = PackageSession(new_package)
    try:
        code = session.entries[0].code
        session.set_cells([ScoreChange(code, "P1", 99.0, "dinilai ulang")])
    finally:
        session.close()
    signed_again = services.finalise(new_package, tmp_path / "r2.pdf", NEW_PASSPHRASE)
    assert signed_again.revision == 2

    # meanwhile someone signs a revision 2 with the lost laptop's key
    monkeypatch.setenv("JUDGE_APP_HOME", old_home)
    forged = tmp_path / "forged.sqlite"
    forged.write_bytes(old_package.read_bytes())
    _reopen_and_sign(forged, tmp_path)

    before = file_hash(merged)
    outcome = services.merge(merged, [forged])
    assert outcome.verdicts[0].status == "refused"
    assert "retired" in outcome.verdicts[0].reasons[0]
    assert file_hash(merged) == before

    # the new key counts only once the secretariat confirms its fingerprint with the judge
    before = file_hash(merged)
    outcome = services.merge(merged, [new_package, old_package])
    assert [v.status for v in outcome.verdicts] == ["refused", "ignored"]
    assert outcome.verdicts[0].pending_keys == {"J2": signed_again.fingerprint}
    assert file_hash(merged) == before
    outcome = services.merge(
        merged, [new_package, old_package], {"J2": signed_again.fingerprint.replace(" ", "")}
    )
    assert [v.status for v in outcome.verdicts] == ["accepted", "ignored"]
    status = next(s for s in services.judge_dashboard(merged) if s.judge.id == "J2")
    assert status.revision == 2 and status.fingerprint == signed_again.fingerprint
    report = services.verify([merged])[0]
    assert report.ok, report.problems
    entry = next(e for e in services.results_document(merged)["entries"] if e["code"] == code)
    assert entry["stages"]["presentasi"]["judges"]["J2"] > 0
    # and the forged file stays refused after the new key is registered
    assert services.merge(merged, [forged]).verdicts[0].status == "refused"


def _reopen_and_sign(package: Path, tmp_path: Path) -> None:
    """Use the old key (still on the lost laptop) to sign a changed revision 2."""
    services.reopen(package, TEST_PASSPHRASE)
    session = PackageSession(package)
    try:
        session.set_cells([ScoreChange(session.entries[0].code, "P1", 100.0, "")])
    finally:
        session.close()
    services.finalise(package, tmp_path / "forged.pdf", TEST_PASSPHRASE)


def test_a_retired_key_slipped_in_by_hand_is_reported(merged: Path) -> None:
    der = sign_store_certificate(merged, "J3")
    with sqlite3.connect(merged) as conn:
        conn.execute(
            "INSERT INTO retired_keys VALUES ('J3', ?, 'AAAA', 9, '2023-12-20', 'x')", [der]
        )
    report = services.verify([merged])[0]
    assert any("retired key of judge J3 has no matching record" in p for p in report.problems)


def test_package_is_refused_until_the_key_is_re_registered(merged: Path, tmp_path: Path) -> None:
    with pytest.raises(JudgeAppError, match="rekey"):
        services.make_packages(merged, {"J4": tmp_path / "j4.sqlite"})
    services.reregister_key(merged, "J4", "hilang")
    assert services.make_packages(merged, {"J4": tmp_path / "j4.sqlite"})[0].entries == 22


def _sheets(master: Path):
    with services.opened(master, "master") as db:
        return sign_store.sheets(db)


def sign_store_certificate(master: Path, judge_id: str) -> bytes:
    with services.opened(master, "master") as db:
        return sign_store.certificate(db, judge_id)


def test_schema_3_files_merge_and_verify_unchanged(signed, tmp_path: Path) -> None:
    """A judge's file made before schema 4 (never reopened) is read as it is."""
    master = fresh_master(signed, tmp_path, "m.sqlite")
    old = tmp_path / "j1-v3.sqlite"
    old.write_bytes(signed.packages[0].path.read_bytes())
    with sqlite3.connect(old) as conn:
        conn.execute("DROP TABLE retired_keys")
        for table, column in (
            ("judges", "region"),
            ("judges", "expertise"),
            ("entries", "withdrawn"),
        ):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    before = file_hash(old)
    assert services.verify([old])[0].ok
    outcome = services.merge(master, [old])
    assert outcome.verdicts[0].status == "accepted"
    assert file_hash(old) == before
    assert not list(tmp_path.rglob("j1-v3.before-*"))  # no migration backup: not touched


@pytest.mark.parametrize("base", ["0", "1"])
def test_a_thief_with_the_stolen_package_cannot_take_over(
    signed,
    merged: Path,
    tmp_path: Path,
    monkeypatch,
    base: str,
) -> None:
    """The thief turns the stolen package into a 'master', re-keys and re-issues it, signs
    with a fresh key as revision 1 (to dispute the held one) or 2 (to take over)."""
    services.reregister_key(merged, "J2", "Laptop hilang")
    fake = tmp_path / "fake-master.sqlite"
    fake.write_bytes(next(p.path for p in signed.packages if p.judge.id == "J2").read_bytes())
    with sqlite3.connect(fake) as conn:
        conn.execute("UPDATE meta SET value = 'master' WHERE key = 'role'")
        conn.execute("DELETE FROM meta WHERE key = 'judge_id'")
    conn.close()
    services.reregister_key(fake, "J2", "pencuri")
    forged = tmp_path / "forged.sqlite"
    services.make_packages(fake, {"J2": forged})
    with sqlite3.connect(forged) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'revision_base'", [base])
    conn.close()
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "thief-home"))
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 21))
    services.declare(forged, request, tmp_path / "decl", "sandi-pencuri-123")
    session = PackageSession(forged)
    try:
        session.set_cells(
            [
                ScoreChange(e.code, c.id, c.max, "")
                for e in session.entries
                for c in session.definition.criteria
                if session.conflict_reason(e.code) is None
            ]
        )
    finally:
        session.close()
    services.finalise(forged, tmp_path / "forged.pdf", "sandi-pencuri-123")
    panels = json.dumps(services.results_document(merged)["entries"], sort_keys=True)
    before = file_hash(merged)
    outcome = services.merge(merged, [forged])
    assert outcome.verdicts[0].status == "refused"
    assert "J2" in outcome.verdicts[0].pending_keys  # only a confirmed key would count
    assert file_hash(merged) == before
    assert json.dumps(services.results_document(merged)["entries"], sort_keys=True) == panels


def test_the_old_key_on_the_same_computer_is_not_reused(
    signed,
    merged: Path,
    tmp_path: Path,
) -> None:
    """The judge found the old laptop again: the re-issued package still makes a new key."""
    old = next(s for s in services.judge_dashboard(merged) if s.judge.id == "J2").fingerprint
    services.reregister_key(merged, "J2", "Laptop sempat hilang")
    package = tmp_path / "j2-baru.sqlite"
    services.make_packages(merged, {"J2": package})
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 21))
    signed_now = services.declare(package, request, tmp_path / "decl", NEW_PASSPHRASE)
    assert signed_now.fingerprint != old
    assert list((Path(os.environ["JUDGE_APP_HOME"]) / "keys").rglob("J2.key.pem.retired-*"))


def test_removing_a_retirement_is_reported(merged: Path) -> None:
    services.reregister_key(merged, "J5", "hilang")
    with sqlite3.connect(merged) as conn:
        conn.execute("DROP TRIGGER retired_keys_no_delete")
        conn.execute("DELETE FROM retired_keys")
    conn.close()
    problems = " ".join(services.verify([merged])[0].problems)
    assert "retired_keys_no_delete" in problems
    assert "that retirement is gone from the file" in problems


def test_a_re_keyed_judge_travels_up_to_the_province(
    signed,
    tmp_path: Path,
    monkeypatch,
) -> None:
    regency = fresh_master(signed, tmp_path, "kabupaten.sqlite")
    province = fresh_master(signed, tmp_path, "provinsi.sqlite")
    fresh = fresh_master(signed, tmp_path, "provinsi-baru.sqlite")
    services.merge(regency, [p.path for p in signed.packages])
    services.merge(province, [regency])  # before the laptop was lost
    services.reregister_key(regency, "J2", "Laptop hilang")
    package = tmp_path / "j2-baru.sqlite"
    services.make_packages(regency, {"J2": package})
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "laptop-baru"))
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 21))
    services.declare(package, request, tmp_path / "decl", NEW_PASSPHRASE)
    signed_again = services.finalise(package, tmp_path / "r2.pdf", NEW_PASSPHRASE)
    services.merge(regency, [package], {"J2": signed_again.fingerprint})
    assert services.verify([regency])[0].ok

    for target in (province, fresh):
        if target == province:  # it knows J2's old key: the new one needs confirming
            before = file_hash(target)
            outcome = services.merge(target, [regency])
            assert outcome.verdicts[0].status == "refused"
            assert outcome.verdicts[0].pending_keys["J2"] == signed_again.fingerprint
            assert file_hash(target) == before
            outcome = services.merge(target, [regency], {"J2": signed_again.fingerprint})
        else:  # first sight: the regency's history is taken as the first declarations are
            outcome = services.merge(target, [regency])
        assert outcome.verdicts[0].status == "accepted", outcome.as_json()
        report = services.verify([target])[0]
        assert report.ok, report.problems
        merged, alone = services.results_document(target), services.results_document(regency)
        assert merged["entries"] == alone["entries"]
        status = next(s for s in services.judge_dashboard(target) if s.judge.id == "J2")
        assert status.revision == 2 and status.fingerprint == signed_again.fingerprint
        assert status.retired == 1
        # idempotent
        again = file_hash(target)
        assert services.merge(target, [regency]).verdicts[0].status == "ignored"
        assert file_hash(target) == again


def test_a_forged_key_history_cannot_ride_on_a_confirmed_key(
    signed,
    merged: Path,
    tmp_path: Path,
    monkeypatch,
) -> None:
    """The thief's fake master 'retires' his own key after signing revision 6 with it and
    is merged together with the judge's genuine new package whose key the secretariat
    confirmed: the genuine revision counts, the thief's is left out, in any grouping."""
    import shutil

    stolen = next(p.path for p in signed.packages if p.judge.id == "J2")
    services.reregister_key(merged, "J2", "Laptop hilang")
    genuine = tmp_path / "j2-baru.sqlite"
    services.make_packages(merged, {"J2": genuine})
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "laptop-baru"))
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 21))
    services.declare(genuine, request, tmp_path / "decl", NEW_PASSPHRASE)
    key_b = services.finalise(genuine, tmp_path / "b.pdf", NEW_PASSPHRASE).fingerprint

    fake = tmp_path / "fake.sqlite"
    fake.write_bytes(stolen.read_bytes())
    with sqlite3.connect(fake) as conn:
        conn.execute("UPDATE meta SET value = 'master' WHERE key = 'role'")
        conn.execute("DELETE FROM meta WHERE key = 'judge_id'")
        conn.execute("DELETE FROM locks")
    conn.close()
    _log_as_merged(fake)  # the audit chain has no key: anyone can extend it
    assert services.verify([fake])[0].ok
    services.reregister_key(fake, "J2", "pencuri")
    forged = tmp_path / "q.sqlite"
    services.make_packages(fake, {"J2": forged})
    with sqlite3.connect(forged) as conn:
        conn.execute("UPDATE meta SET value = '5' WHERE key = 'revision_base'")
    conn.close()
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "thief-home"))
    services.declare(forged, request, tmp_path / "decl-x", "sandi-pencuri-123")
    key_x = services.finalise(forged, tmp_path / "x.pdf", "sandi-pencuri-123").fingerprint
    assert services.merge(fake, [forged], {"J2": key_x}).verdicts[0].status == "accepted"
    services.reregister_key(fake, "J2", "pencuri lagi")

    outcomes = {}
    for name, groups in {
        "together": [[genuine, fake]],
        "reversed": [[fake, genuine]],
        "genuine first": [[genuine], [fake]],
        "fake first": [[fake], [genuine]],
    }.items():
        target = tmp_path / f"{name}.sqlite"
        shutil.copyfile(merged, target)
        for group in groups:
            services.merge(target, group, {"J2": key_b})
        status = next(s for s in services.judge_dashboard(target) if s.judge.id == "J2")
        assert (status.revision, status.fingerprint) == (2, key_b), name
        assert services.verify([target])[0].ok, name
        outcomes[name] = json.dumps(services.results_document(target)["entries"], sort_keys=True)
    assert len(set(outcomes.values())) == 1


def _log_as_merged(path: Path) -> None:
    from judge_app.store.audit import append_audit
    from judge_app.store.database import open_database

    db = open_database(path, migrate=False)
    try:
        with db.atomic():
            for sheet in sign_store.sheets(db):
                target = f"{sheet.judge_id} revision {sheet.revision}"
                append_audit(db, "secretariat", "merge", target, None, {"sha256": sheet.sha256})
    finally:
        db.close()
