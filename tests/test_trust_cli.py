"""Trust anchors on the command line (issue 22, point 3), as a secretariat uses them: a test
CA's root imported into the master with `judge-app trust`, then `judge-app verify --master`
saying of each signature whether it is certified, a registered judge-app key, untrusted or
revoked, with the exit status each verdict gives. Real files, separate processes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding

from judge_app import services
from tests.conftest import TEST_PASSPHRASE
from tests.test_cli import run
from tests.trust_ca import NOW, TestCA, issue, plain_pdf, sign_with

CERTIFIED = (
    "certified (tersertifikasi): the chain leads to the imported root certificate "
    "Uji PSrE Root (issuer Uji PSrE Intermediate)"
)
NOT_CERTIFIED = "not certified (tidak tersertifikasi): judge-app key of {holder}, its fingerprint "
UNTRUSTED = "untrusted (tidak tepercaya): "


def official_name(out: str) -> str:
    """Who signed first (the secretariat, under the organiser's name)."""
    return out.split("signed by ", 1)[1].split(" at ", 1)[0]


def audit_actions(master: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(master) as conn:
        rows = conn.execute("SELECT action, target FROM audit_log ORDER BY seq").fetchall()
    conn.close()
    return [(a, t) for a, t in rows if a == "trust"]


def test_trust_import_list_and_remove(master: Path, tmp_path: Path) -> None:
    ca = TestCA.make()
    bundle = tmp_path / "psre-chain.pem"  # a PSrE's download: root and intermediate in one
    bundle.write_bytes(
        ca.root.cert.public_bytes(Encoding.PEM)
        + b"\n"
        + (ca.intermediate.cert.public_bytes(Encoding.PEM))
    )
    crl = ca.crl(tmp_path / "intermediate.crl", [7], encoding=Encoding.DER)

    done = run("trust", "import", master, bundle, crl)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("root certificate imported: ") == 2
    assert "revocation list imported: CN=Uji PSrE Intermediate,O=Uji PSrE,C=ID of " in done.stdout
    assert audit_actions(master) == [("trust", "import")]

    done = run("trust", "import", master, bundle)
    assert done.returncode == 0 and "2 items were already in the master" in done.stdout
    assert audit_actions(master) == [("trust", "import")]  # nothing changed, nothing logged

    listed = run("trust", "list", master).stdout.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["root", "root", "CRL"]
    assert "CN=Uji PSrE Intermediate,O=Uji PSrE,C=ID" in listed[0]
    assert "psre-chain.pem" in listed[0] and "intermediate.crl" in listed[2]

    # refusals name the file, and nothing of the other files is imported either
    leaf = ca.leaf("Pejabat", 10).write(tmp_path / "leaf.pem")
    old_root = issue("Akar Lama", None, ca=True, serial=3, days=(-400, -10))
    expired = old_root.write(tmp_path / "old-root.der", Encoding.DER)
    junk = tmp_path / "readme.txt"
    junk.write_text("bukan sertifikat", encoding="utf-8")
    forged = ca.crl(tmp_path / "forged.crl", [], by=ca.root, signed_by=ca.intermediate)
    other = TestCA.make("Lain").root.write(tmp_path / "other-root.pem")
    before = services.trusted(master)
    done = run("trust", "import", master, other, leaf, expired, junk, forged)
    assert done.returncode == 1
    for words in (
        f"{leaf}: Pejabat is not a CA certificate (it cannot issue certificates)",
        f"{expired}: Akar Lama expired on ",
        f"{junk}: neither a certificate nor a revocation list (PEM or DER)",
        f"{forged}: the revocation list names Uji PSrE Root as its issuer but is not signed "
        "by that imported root",
    ):
        assert words in done.stderr
    assert services.trusted(master) == before
    assert audit_actions(master) == [("trust", "import")]

    # remove, by as much of the fingerprint as names one (spaces optional)
    fingerprint = before[0][0].fingerprint
    done = run("trust", "remove", master, fingerprint.replace(" ", "")[:10].lower())
    assert done.returncode == 0, done.stderr
    assert f"removed: {before[0][0].subject} ({fingerprint})" in done.stdout
    assert len(services.trusted(master)[0]) == 1
    assert audit_actions(master) == [("trust", "import"), ("trust", "remove")]
    done = run("trust", "remove", master, fingerprint)
    assert done.returncode == 1
    assert "no trusted certificate or revocation list has fingerprint" in done.stderr
    done = run("trust", "remove", master, "AB12")
    assert done.returncode == 1 and "at least 8 hexadecimal digits" in done.stderr


def test_verify_says_who_trusts_each_signature(signed, tmp_path: Path) -> None:
    master = signed.master
    services.merge(master, [p.path for p in signed.packages])  # registers the judges' keys
    ca = TestCA.make()
    root = ca.root.write(tmp_path / "psre-root.pem")
    official = ca.leaf("Pejabat Yang Mengetahui", 10)
    minutes = services.berita_acara_pdf(
        master, tmp_path / "ba.pdf", TEST_PASSPHRASE, number="001/BA/2023", day=dt.date.today()
    )
    cosigned = sign_with(minutes, tmp_path / "ba-cosigned.pdf", official, [ca.intermediate])
    judge = signed.packages[0].judge
    recap = tmp_path / f"{judge.id}.pdf"

    # no master and no roots: integrity only, as before; each signature's trust unknown
    done = run("verify", cosigned)
    assert done.returncode == 0, done.stdout
    assert (
        done.stdout.count(
            UNTRUSTED + "no root certificates or master were given to check it against"
        )
        == 2
    )

    # exit 0: every signature is trusted by something: the root, or the master's registry
    assert run("trust", "import", master, root).returncode == 0
    done = run("verify", cosigned, recap, "--master", master)
    assert done.returncode == 0, done.stdout
    assert NOT_CERTIFIED.format(holder="the secretariat") in done.stdout
    assert CERTIFIED in done.stdout
    assert NOT_CERTIFIED.format(holder=f"judge {judge.name} ({judge.id})") in done.stdout

    # exit 1: a root alone does not know the secretariat's key; the reason is said
    done = run("verify", cosigned, "--anchor", root)
    assert done.returncode == 1
    assert f"{cosigned}: FAILED" in done.stdout
    assert (
        f"! {cosigned}: signature of {official_name(done.stdout)}: {UNTRUSTED}the certificate "
        "leads to no imported root certificate and is not registered in the master"
    ) in done.stdout
    assert CERTIFIED in done.stdout

    # exit 1: a certificate of another CA, when a master was given
    stranger = TestCA.make("Lain")
    other = sign_with(plain_pdf(), tmp_path / "other.pdf", stranger.leaf("Orang Lain", 5), [])
    done = run("verify", other, "--master", master)
    assert done.returncode == 1 and UNTRUSTED in done.stdout
    # ... and exit 0 without one: its integrity is all that was asked
    done = run("verify", other)
    assert done.returncode == 0 and UNTRUSTED in done.stdout

    # exit 1: revoked by a list given on the command line, or imported into the master
    crl = ca.crl(tmp_path / "psre.crl", [10])
    done = run("verify", cosigned, "--master", master, "--crl", crl)
    assert done.returncode == 1
    assert (
        f"{cosigned}: signature of Pejabat Yang Mengetahui: revoked (dicabut): Pejabat Yang "
        "Mengetahui was revoked on " in done.stdout
    )
    assert run("trust", "import", master, crl).returncode == 0
    done = run("verify", cosigned, "--master", master)
    assert done.returncode == 1 and "revoked (dicabut)" in done.stdout
    stale = ca.crl(
        tmp_path / "stale.crl",
        [10],
        this_update=NOW - dt.timedelta(days=9),
        next_update=NOW - dt.timedelta(days=2),
    )
    done = run("verify", cosigned, "--anchor", root, "--crl", stale)
    assert done.returncode == 1 and "revoked (dicabut)" in done.stdout

    # exit 1 before anything is checked: a given file that is not what it is given as
    done = run("verify", cosigned, "--anchor", official.write(tmp_path / "leaf.pem"))
    assert done.returncode == 1
    assert "leaf.pem: Pejabat Yang Mengetahui is not a CA certificate" in done.stderr
    done = run("verify", cosigned, "--crl", root)
    assert done.returncode == 1
    assert f"{root}: holds no certificate revocation list" in done.stderr
    done = run("verify", cosigned, "--master", tmp_path / "none.sqlite")
    assert done.returncode == 1 and "none.sqlite" in done.stderr
