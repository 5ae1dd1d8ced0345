"""Changing an existing master's competition definition (issue 20, point 6): allowed while
no judge's work under it came back, refused when it would take away what the master uses,
and, once packages went out, only with the understanding that they must be re-issued;
the merge then refuses files of the old packages and accepts the re-issued ones."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.cli import main
from tests.conftest import TEST_PASSPHRASE
from tests.integrity.test_signing import fill


def stored(master: Path) -> tuple[str, str, str]:
    """(toml, its recorded sha256, meta definition_sha256), read with plain SQLite."""
    conn = sqlite3.connect(master)
    toml, sha = conn.execute("SELECT toml, sha256 FROM definition").fetchone()
    meta = conn.execute("SELECT value FROM meta WHERE key = 'definition_sha256'").fetchone()[0]
    conn.close()
    return toml, sha, meta


def retitled(text: str, title: str = "Kompetisi Inovasi Uji Coba 2024") -> str:
    doc = services.DefinitionDocument(text)
    doc.set("competition.title", title)
    return doc.text()


def without_category(text: str, category: str) -> str:
    doc = services.DefinitionDocument(text)
    ids = [doc.value(f"categories[{i}].id") for i in range(1, doc.count("categories") + 1)]
    doc.remove(f"categories[{ids.index(category) + 1}]")
    return doc.text()


def test_a_fresh_master_takes_a_new_title(master: Path, capsys) -> None:
    old = services.master_definition_text(master)
    new = retitled(old)
    check = services.definition_change_check(master, new)
    assert check.allowed and not check.refusals and not check.warnings
    changed = services.change_definition(master, new)
    toml, sha, meta = stored(master)
    assert toml == new
    assert (
        sha
        == meta
        == changed.new_sha256
        == services.definition_change_check(master, new).old_sha256
    )
    assert changed.old_sha256 != changed.new_sha256
    assert services.describe(master).title == "Kompetisi Inovasi Uji Coba 2024"
    assert main(["verify", str(master)]) == 0, capsys.readouterr()
    # the same text again: nothing to do, nothing written
    assert services.definition_change_check(master, new).unchanged
    assert not services.change_definition(master, new).changed


def test_an_invalid_text_is_refused_with_the_validators_words(master: Path) -> None:
    doc = services.DefinitionDocument(services.master_definition_text(master))
    doc.set("criteria[1].weight", 0)
    text = doc.text()
    with pytest.raises(
        services.ProblemsError, match=r"criteria\[1\]\.weight: must be greater than 0"
    ):
        services.definition_change_check(master, text)
    with pytest.raises(services.ProblemsError):
        services.change_definition(master, text)
    assert stored(master)[0] == services.master_definition_text(master) != text


def test_a_category_entries_use_cannot_go(master: Path) -> None:
    text = services.master_definition_text(master)
    check = services.definition_change_check(master, without_category(text, "umum"))
    assert not check.allowed
    assert any("umum" in r and "2 entries" in r for r in check.refusals), check.refusals
    with pytest.raises(services.DefinitionChangeRefused, match="umum"):
        services.change_definition(master, without_category(text, "umum"))
    assert stored(master)[0] == text
    # a category no entry uses may go; the entries keep theirs
    services.change_definition(master, without_category(text, "khusus"))
    conn = sqlite3.connect(master)
    assert [r[0] for r in conn.execute("SELECT id FROM categories ORDER BY position")] == [
        "umum",
        "replikasi",
    ]
    conn.close()
    assert {e.category for e in services.list_entries(master)} == {"umum", "replikasi"}


def _one_package(demo, tmp_path: Path, name: str) -> Path:
    judge = demo.packages[0].judge
    out = tmp_path / name
    out.mkdir()
    return services.make_packages(demo.master, {judge.id: out / "p.sqlite"})[0].path


def test_after_packages_the_change_warns_and_old_packages_are_refused(demo, tmp_path) -> None:
    text = services.master_definition_text(demo.master)
    new = retitled(text)
    check = services.definition_change_check(demo.master, new)
    assert check.allowed and check.needs_reissue
    assert "J1" in check.warnings[0] and "new package" in check.warnings[0]
    assert set(check.reissue_judges) == {p.judge.id for p in demo.packages}
    with pytest.raises(services.DefinitionChangeRefused, match="re-issued"):
        services.change_definition(demo.master, new)
    assert stored(demo.master)[0] == text
    changed = services.change_definition(demo.master, new, packages_reissue_understood=True)
    assert stored(demo.master)[0] == new and changed.reissue_judges == check.reissue_judges
    # no package carries the new definition yet: a further change does not warn
    assert not services.definition_change_check(demo.master, retitled(new, "Lain")).warnings

    # a package written before: signed by the judge, refused at merge with a clear reason
    old = demo.packages[0]
    fill(old.path)
    services.finalise(old.path, tmp_path / "old.pdf", TEST_PASSPHRASE)
    outcome = services.merge(demo.master, [old.path])
    assert [v.status for v in outcome.verdicts] == ["refused"]
    reason = " ".join(outcome.verdicts[0].reasons)
    assert "before it was changed" in reason and "new package" in reason, reason

    # the re-issued package is of the new definition: declared, scored, signed, merged
    fresh = _one_package(demo, tmp_path, "reissued")
    assert services.describe(fresh).title == "Kompetisi Inovasi Uji Coba 2024"
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
    services.declare(fresh, request, tmp_path / "declarations", TEST_PASSPHRASE)
    fill(fresh)
    services.finalise(fresh, tmp_path / "new.pdf", TEST_PASSPHRASE)
    outcome = services.merge(demo.master, [fresh])
    assert [v.status for v in outcome.verdicts] == ["accepted"], outcome.verdicts
    assert services.verify([demo.master])[0].ok

    # the new package is on record: a change now warns about it; merged work refuses it
    check = services.definition_change_check(demo.master, text)
    assert check.refusals and "signed score sheets" in check.refusals[0]
    assert old.judge.id in check.refusals[0]


def test_a_master_with_merged_sheets_is_refused(signed) -> None:
    outcome = services.merge(signed.master, [p.path for p in signed.packages])
    assert not outcome.refused
    text = services.master_definition_text(signed.master)
    check = services.definition_change_check(signed.master, retitled(text))
    assert not check.allowed
    assert any(
        f"{len(signed.packages)} judges" in r and "signed score sheets" in r for r in check.refusals
    ), check.refusals
    with pytest.raises(services.DefinitionChangeRefused):
        services.change_definition(signed.master, retitled(text), packages_reissue_understood=True)
    assert stored(signed.master)[0] == text


def test_a_master_made_before_the_record_warns_when_it_has_assignments(master: Path) -> None:
    conn = sqlite3.connect(master)
    conn.execute("DELETE FROM meta WHERE key = 'packages_judges'")  # as an older version made
    conn.commit()
    conn.close()
    new = retitled(services.master_definition_text(master))
    assert not services.definition_change_check(master, new).warnings  # nothing assigned
    services.add_judge(master, "Dr. Uji", judge_id="J1")
    services.assign(master)
    check = services.definition_change_check(master, new)
    assert check.needs_reissue and "earlier version" in check.warnings[0]
