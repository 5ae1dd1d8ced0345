"""The visible signature stamp (issue 17): drawn in the documents' embedded font so any
name prints as written, and its time on the competition's clock, the same moment the
signature itself records (what pdfsig shows)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from judge_app.domain import dates
from judge_app.integrity import keys
from judge_app.integrity.pdf_sign import _stamp_pdf, sign_pdf, verify_pdf
from judge_app.reports import layout
from judge_app.reports.layout import Footer, Placement, SignatureSpot, para, styles
from tests.conftest import TEST_PASSPHRASE

NAME = "Dr. Çağrı Ñúñez, M.Si."
MOMENT = dt.datetime(2026, 12, 6, 14, 5, 33, tzinfo=dt.UTC)  # 21.05 WIB


def _tool(*command: str | Path, env: dict | None = None) -> str:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, env=env
    ).stdout


@pytest.fixture
def pair(tmp_path: Path, monkeypatch) -> keys.KeyPair:
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    identity = keys.Identity(NAME, "197205141998032004", "c0ffee", "KIPP", "judge", "J1")
    return keys.create_key_pair(identity, TEST_PASSPHRASE)


def _document() -> tuple[bytes, Placement]:
    placement = Placement()
    story = [para("Dokumen", styles()["body"]), SignatureSpot(72 * mm, 15 * mm, placement)]
    return layout.build(story, Footer("f"), "t", "a"), placement


def _sign(pair: keys.KeyPair, **kwargs) -> bytes:
    pdf, placement = _document()
    return sign_pdf(
        pdf,
        pair,
        placement,
        reason="Uji",
        location="Serang",
        stamp_text="Ditandatangani secara elektronik\n%(signer)s\n%(ts)s",
        **kwargs,
    )


def test_the_stamp_prints_any_name_and_the_local_time(tmp_path: Path) -> None:
    text = f"Ditandatangani secara elektronik\n{NAME}\n{dates.stamp_time(MOMENT, 'WIB')}"
    path = tmp_path / "stamp.pdf"
    path.write_bytes(_stamp_pdf(text, 204, 43))
    printed = _tool("pdftotext", "-layout", path, "-")
    assert NAME in printed
    assert "6 Desember 2026 21.05 WIB" in printed
    fonts = _tool("pdffonts", path).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)


def test_a_long_stamp_still_fits_the_box(tmp_path: Path) -> None:
    text = "\n".join(["Ditandatangani secara elektronik", "Nama " * 20, "x", "y", "z"])
    path = tmp_path / "stamp.pdf"
    path.write_bytes(_stamp_pdf(text, 204, 43))
    xml = _tool("pdftotext", "-bbox", path, "-")
    words = [line for line in xml.splitlines() if "<word" in line]
    assert "Nama" in xml
    for word in words:
        assert float(word.split('yMin="')[1].split('"')[0]) >= 0
        assert float(word.split('yMax="')[1].split('"')[0]) <= 43
        assert float(word.split('xMax="')[1].split('"')[0]) <= 204


def test_a_signed_pdf_embeds_every_font_and_signs_at_the_printed_moment(
    tmp_path: Path, pair: keys.KeyPair
) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(_sign(pair, locale="id", timezone="WIB", moment=MOMENT))
    fonts = _tool("pdffonts", path).splitlines()[2:]
    assert len(fonts) >= 3  # the page's and the stamp's
    assert all(line.split()[-5] == "yes" for line in fonts), fonts
    assert not any("Courier" in line or "Helvetica" in line for line in fonts)
    # pdfsig prints the signing time on the local clock: make that WIB (POSIX TZ, no tzdata)
    report = _tool("pdfsig", path, env={**os.environ, "TZ": "WIB-7"})
    assert "Signature Validation: Signature is Valid." in report
    assert "Signing Time: Dec 06 2026 21:05:33" in report
    (check,) = verify_pdf(path.read_bytes())
    assert check.ok
    assert dt.datetime.fromisoformat(check.signed_at) == MOMENT


def test_without_a_moment_the_signature_is_made_now(tmp_path: Path, pair: keys.KeyPair) -> None:
    before = dates.now_in("WIT")
    (check,) = verify_pdf(_sign(pair, locale="en", timezone="WIT"))
    after = dates.now_in("WIT") + dt.timedelta(seconds=1)
    assert before <= dt.datetime.fromisoformat(check.signed_at) <= after


def test_stamp_template_prints_a_percent_in_a_name_as_it_is() -> None:
    """Every signer's name goes through one template: a '%' (an official's name typed
    with one) neither breaks the signing nor prints doubled."""
    from judge_app.integrity.pdf_sign import _Params, stamp_template

    text = stamp_template("Ditandatangani secara elektronik oleh", "Tim 100% Banten")
    assert text % _Params(ts="7 Desember 2026 04.23 WIB") == (
        "Ditandatangani secara elektronik oleh\nTim 100% Banten\n7 Desember 2026 04.23 WIB"
    )
