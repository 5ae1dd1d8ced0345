"""The file names the secretariat's save dialogs propose name the method in the user's
language: no English in an Indonesian name (issue 18: `rekapitulasi-mean.pdf`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app import services
from judge_app.domain.result_words import default_file_stem
from tests.test_merge import fresh_master
from tests.ui.conftest import answer_dialogs


@pytest.fixture
def merged(signed, tmp_path: Path) -> Path:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    return master


def test_default_names_in_each_language() -> None:
    assert default_file_stem("recap", "mean", "id") == "rekapitulasi-rata-rata"
    assert default_file_stem("results", "trimmed", "id") == "hasil-rata-rata-terpangkas"
    assert default_file_stem("results", "zscore", "id") == "hasil-skor-z"
    assert default_file_stem("results", "mean", "en") == "results-mean"
    assert default_file_stem("recap", "trimmed", "en") == "rekapitulasi-trimmed-mean"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("id", "hasil-rata-rata-terpangkas.json"), ("en", "results-trimmed-mean.json")],
)
def test_the_save_dialog_proposes_the_name_in_the_window_language(
    window, merged: Path, language: str, expected: str
) -> None:
    from PySide6.QtWidgets import QLineEdit

    window.set_language(language)
    try:
        window.open_path(str(merged))
        ws = window.secretariat
        ws.results.set_method("trimmed")
        proposed: list[str] = []

        def read(dialog) -> None:
            proposed.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
            dialog.reject()

        answer_dialogs(read)
        assert not ws.export_json()
        assert proposed == [expected]
    finally:
        window.set_language("en")
