"""Fuzzing (issue 7): hostile text and bytes fed to the definition parser, the entry and
score importers and the merge planner. Nothing escapes but the app's own error with a
message, and a merge of a damaged file never lets damage into the master (verify still
passes on it)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from judge_app import services
from judge_app.base.errors import JudgeAppError
from judge_app.domain.definition import parse_definition
from judge_app.interchange.entries_import import read_entries
from judge_app.judge.scores_csv import read_score_changes
from tests.test_bad_inputs import CORPUS

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
KIPP = (Path(services.templates_dir()) / "kipp.toml").read_text(encoding="utf-8")
ENTRY_HEADERS = ["code", "kode", "title", "judul", "agency", "region", "category", "link", ""]
SCORE_HEADERS = ["entry", "criterion", "value", "note", "nilai", "kriteria", ""]
cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["KIPP23-001", "K1", "umum", "80", "80,5", "=1+1", "1e999", "NaN", "-0"]),
    st.text(alphabet="\u202e\u0000\r\n\"';,\t🙂ب", max_size=8),
)


def _fails_cleanly(work) -> None:
    try:
        work()
    except JudgeAppError as exc:
        assert str(exc).strip(), "an error without a message"


@FUZZ
@given(st.text(max_size=400))
def test_any_text_as_a_definition(text: str) -> None:
    _fails_cleanly(lambda: parse_definition(text))


@FUZZ
@given(st.data())
def test_a_real_definition_cut_or_changed(data) -> None:
    """The shipped KIPP template with a slice removed or a line replaced."""
    lines = KIPP.splitlines()
    start = data.draw(st.integers(0, len(lines) - 1))
    end = data.draw(st.integers(start, min(len(lines), start + 6)))
    patch = data.draw(st.lists(st.text(max_size=40), max_size=2))
    _fails_cleanly(lambda: parse_definition("\n".join(lines[:start] + patch + lines[end:])))


def _definition():
    return parse_definition(KIPP)


@FUZZ
@given(
    st.lists(st.sampled_from(ENTRY_HEADERS), min_size=1, max_size=7),
    st.lists(st.lists(cells, max_size=8), max_size=6),
    st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]),
    st.sampled_from([",", ";", "\t"]),
)
def test_any_entry_list(header, rows, encoding, delimiter) -> None:
    text = "\n".join(delimiter.join(r) for r in [header, *rows])
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "entries.csv"
        path.write_bytes(data)
        _fails_cleanly(lambda: read_entries(path, _definition()))


@FUZZ
@given(st.binary(max_size=600), st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_as_an_entry_list(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"entries{suffix}"
        path.write_bytes(data)
        _fails_cleanly(lambda: read_entries(path, _definition()))


@FUZZ
@given(
    st.lists(st.sampled_from(ENTRY_HEADERS), min_size=1, max_size=7),
    st.lists(
        st.lists(
            st.one_of(cells, st.integers(), st.floats(), st.none(), st.booleans()), max_size=8
        ),
        max_size=5,
    ),
    st.booleans(),
)
def test_any_entry_workbook(header, rows, merge) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = Workbook()
    sheet = book.active
    for row in [header, *rows]:
        try:
            sheet.append(row)
        except (ValueError, TypeError, IllegalCharacterError):  # Excel can't hold them either
            assume(False)
    if merge:
        sheet.merge_cells("A2:B3")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "entries.xlsx"
        book.save(path)
        _fails_cleanly(lambda: read_entries(path, _definition()))


@pytest.fixture(scope="module")
def package_session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-package")
    package = Path(shutil.copyfile(CORPUS / "package-J5.sqlite", folder / "J5.sqlite"))
    session = services.open_package(package, read_only=True)
    yield session
    session.close()


@FUZZ
@given(
    st.lists(st.sampled_from(SCORE_HEADERS), min_size=1, max_size=5),
    st.lists(st.lists(cells, max_size=6), max_size=6),
)
def test_any_score_sheet(package_session, header, rows) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scores.csv"
        path.write_text("\n".join(",".join(r) for r in [header, *rows]), encoding="utf-8")
        _fails_cleanly(lambda: read_score_changes(path, package_session))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), max_size=6),
    st.one_of(st.none(), st.floats(0.05, 1, exclude_max=True)),
)
def test_merging_a_damaged_package(tmp_path: Path, flips, cut) -> None:
    """A signed package with bytes flipped or cut off: merge refuses it or takes exactly
    what was signed, never damage: the master verifies afterwards."""
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        master = Path(shutil.copyfile(CORPUS / "master.sqlite", Path(folder) / "m.sqlite"))
        package = Path(folder) / "J3.sqlite"
        data = bytearray((CORPUS / "same-revision-a.sqlite").read_bytes())
        for where, mask in flips:
            data[int(where * len(data))] ^= mask
        if cut is not None:
            data = data[: int(cut * len(data))]
        package.write_bytes(bytes(data))
        try:
            outcome = services.merge(master, [package])
        except JudgeAppError as exc:  # the master itself is fine: this is not expected
            pytest.fail(f"merge raised instead of refusing the file: {exc}")
        [verdict] = outcome.verdicts
        assert verdict.status in ("accepted", "refused", "ignored")
        if verdict.status == "refused":
            assert verdict.reasons and all(r.strip() for r in verdict.reasons)
        [report] = services.verify([master])
        assert report.ok, report.problems


def test_the_fuzzers_start_from_valid_inputs() -> None:
    """The seeds are sound, so what the fuzzers find is the mutation's doing."""
    parse_definition(KIPP)
    assert tomli_w.dumps({"a": 1})
    [report] = services.verify([CORPUS / "same-revision-a.sqlite"])
    assert report.ok


def test_an_array_formula_is_refused_as_a_formula(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.formula import ArrayFormula

    book = Workbook()
    sheet = book.active
    sheet.append(["code", "title", "agency", "region", "category"])
    sheet.append(["KIPP23-101", "Layanan", "Dinas A", "Kota Serang", "umum"])
    sheet.append(["KIPP23-102", None, "Dinas B", "Kota Serang", "umum"])
    sheet["B3"] = ArrayFormula("B3", "=UPPER(B2)")
    path = tmp_path / "array.xlsx"
    book.save(path)
    with pytest.raises(JudgeAppError, match=r"row 3, column title: a spreadsheet formula \(=UPPER"):
        read_entries(path, _definition())
