"""A signed document that others sign afterwards (issue 22, point 1): an official adds a
certified signature to the Berita Acara in another program. `verify` reads the later
revisions with pyHanko's modification analysis: signatures added later are fine and
reported in order; any other change after a signature fails, with a non-zero exit. Real
files: the demo's signed Berita Acara, a test CA made here, `pdfsig`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from judge_app import services
from tests.conftest import TEST_PASSPHRASE
from tests.integrity.test_signing import pdfsig
from tests.test_cli import run


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def official_signer(folder: Path) -> signers.SimpleSigner:
    """An official's certificate from a test CA, as a PSrE would issue it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Uji PSrE Root"))
        .issuer_name(_name("Uji PSrE Root"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Pejabat Yang Mengetahui"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "official.pem").write_bytes(cert.public_bytes(pem))
    (folder / "official.key").write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return signers.SimpleSigner.load(
        str(folder / "official.key"),
        str(folder / "official.pem"),
        ca_chain_files=(str(folder / "ca.pem"),),
    )


def cosign(source: Path, out: Path, signer: signers.SimpleSigner) -> Path:
    """A second signature in a new field of page 1, as another program adds it."""
    with source.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        spec = fields.SigFieldSpec("Mengetahui", box=(60, 40, 220, 90), on_page=0)
        pdf = signers.PdfSigner(
            signers.PdfSignatureMetadata(field_name="Mengetahui"), signer, new_field_spec=spec
        )
        with out.open("wb") as target:
            pdf.sign_pdf(writer, output=target)
    return out


def change_later(source: Path, out: Path, *, annotation: bool = False) -> Path:
    """A later revision that draws on page 1 (or adds a note on it), not a signature."""
    with source.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        if annotation:
            note = generic.DictionaryObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/Annot"),
                    generic.NameObject("/Subtype"): generic.NameObject("/Text"),
                    generic.NameObject("/Rect"): generic.ArrayObject(
                        [generic.NumberObject(n) for n in (100, 100, 120, 120)]
                    ),
                    generic.NameObject("/Contents"): generic.TextStringObject("Juara diganti"),
                }
            )
            page_ref = writer.find_page_for_modification(0)[0]
            writer.register_annotation(page_ref, writer.add_object(note))
        else:
            stream = generic.StreamObject(stream_data=b"BT /F1 14 Tf 90 90 Td (Juara: lain) Tj ET")
            writer.add_stream_to_page(0, writer.add_object(stream))
        with out.open("wb") as target:
            writer.write(target)
    return out


def test_a_cosigned_berita_acara_is_intact_and_a_later_change_is_caught(
    signed, tmp_path: Path
) -> None:
    master = signed.master
    services.merge(master, [p.path for p in signed.packages])
    minutes = services.berita_acara_pdf(
        master,
        tmp_path / "ba.pdf",
        TEST_PASSPHRASE,
        number="001/BA/2023",
        day=dt.date(2023, 12, 20),
    )
    cosigned = cosign(minutes, tmp_path / "ba-cosigned.pdf", official_signer(tmp_path))
    assert pdfsig(cosigned).count("Signature is Valid.") == 2

    done = run("verify", cosigned)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"{cosigned}: OK"
    first = next(i for i, line in enumerate(lines) if "covering revision 2 of 3" in line)
    second = next(i for i, line in enumerate(lines) if "Pejabat Yang Mengetahui" in line)
    assert first < second  # in the order they were made
    assert "later revisions only add signatures, timestamps or validation data" in lines[first]
    assert "covering the whole document" in lines[second]
    assert "2 signatures, each valid; nothing but signatures was added after the first" in (
        done.stdout
    )

    for changed in (
        change_later(cosigned, tmp_path / "ba-drawn-on.pdf"),
        change_later(cosigned, tmp_path / "ba-annotated.pdf", annotation=True),
        change_later(minutes, tmp_path / "ba-drawn-on-alone.pdf"),
    ):
        done = run("verify", changed)
        assert done.returncode == 1, done.stdout
        assert f"{changed}: FAILED" in done.stdout
        assert "a later revision changed the document after this signature" in done.stdout
        assert "Traceback" not in done.stdout + done.stderr  # the analysis' log stays quiet

    # the original, signed once, still covers the whole document
    done = run("verify", minutes)
    assert done.returncode == 0 and "covering the whole document" in done.stdout
