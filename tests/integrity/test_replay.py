"""The one replay of a package's audit log, shared by verify and merge's quick check."""

from __future__ import annotations

import pytest

from judge_app.integrity.audit import canonical
from judge_app.integrity.replay import (
    LockBreach,
    ScoreReplay,
    cell_key,
    cell_text,
    logged_cell,
    logs_cell,
)


def _cell(value: float | int | None, note: str = "") -> str:
    return canonical({"note": note, "value": value})


def test_only_the_judges_records_count_and_the_last_record_of_a_cell_wins() -> None:
    replay = ScoreReplay("J1", logged_cell)
    replay.add(1, "J1", "score", "E-1/K1", _cell(70.0))
    replay.add(2, "J2", "score", "E-1/K2", _cell(50.0))
    replay.add(3, "J1", "score", "E-1/K1", _cell(75.5, "lebih baik"))
    replay.add(4, "J1", "score", "E-2/K1", _cell(60))
    replay.add(5, "J1", "score", "E-2/K1", None)
    assert replay.cells == {"E-1/K1": (75.5, "lebih baik")}
    assert replay.locked is None and replay.breaches == []
    assert cell_key("A/B-1/K1") == ("A/B-1", "K1")


def test_changes_while_a_revision_is_signed_are_breaches() -> None:
    replay = ScoreReplay("J1", str)
    replay.add(1, "J1", "score", "E-1/K1", _cell(70.0))
    replay.add(2, "J1", "sign", "revision 1", "{}")
    replay.add(3, "J1", "conflict", "E-2", "{}")
    replay.add(4, "J2", "score", "E-1/K1", _cell(10.0))  # another judge's: not this lock
    replay.add(5, "J1", "score", "E-1/K1", _cell(71.0))
    assert replay.locked == 1
    assert replay.breaches == [LockBreach(3, "E-2", 1), LockBreach(5, "E-1/K1", 1)]
    replay.add(6, "J1", "reopen", "revision 1", None)
    replay.add(7, "J1", "score", "E-1/K1", _cell(72.0))
    replay.add(8, "J1", "sign", "revision 2", "{}")
    assert replay.locked == 2 and len(replay.breaches) == 2
    assert replay.cells == {"E-1/K1": _cell(72.0)}


def test_a_record_judge_app_cannot_have_written_stops_the_replay() -> None:
    replay = ScoreReplay("J1", logged_cell)
    with pytest.raises(ValueError):
        replay.add(1, "J1", "score", "no-criterion", _cell(1.0))
    with pytest.raises(ValueError):
        replay.add(2, "J1", "score", "E-1/K1", "not json")
    with pytest.raises(KeyError):
        replay.add(3, "J1", "score", "E-1/K1", '{"note": ""}')
    with pytest.raises(ValueError):
        replay.add(4, "J1", "sign", "revision one", "{}")
    with pytest.raises(IndexError):
        replay.add(5, "J1", "sign", "", "{}")


@pytest.mark.parametrize("value", [None, 0.0, 80.0, 7.5, 0.1, 1e-7, 123456.789])
@pytest.mark.parametrize("note", ["", "catatan", 'kutip " dan \\ garis', "é ü"])
def test_a_cells_text_is_its_records_text(value: float | None, note: str) -> None:
    assert cell_text(note, value) == _cell(value, note)
    assert logged_cell(cell_text(note, value)) == (value, note)
    assert logs_cell(_cell(value, note), note, value)
    if value is not None and value.is_integer():  # typed as 80 rather than 80.0
        assert logs_cell(_cell(int(value), note), note, value)
    assert not logs_cell(None, note, value)
    assert not logs_cell(_cell(value, note + "x"), note, value)
