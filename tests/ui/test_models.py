"""Every model passes Qt's model tester, on a real package with scores and a conflict."""

from __future__ import annotations

import pytest

from judge_app import services
from judge_app.ui.entry_list_model import EntryListModel
from judge_app.ui.grid_model import ScoreGridModel
from judge_app.ui.overview import RecordsModel


@pytest.fixture
def session(demo: services.Demo):
    s = services.open_package(demo.packages[2].path)
    s.set_score(s.entries[0].code, "K1", 80)
    s.set_note(s.entries[1].code, "K2", "catatan")
    s.declare_conflict(s.entries[2].code, "kerabat")
    yield s
    s.close()


def test_entry_list_model(qtmodeltester, session) -> None:
    model = EntryListModel(session)
    qtmodeltester.check(model)
    model.set_filter("dinas kesehatan")
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < len(session.entries)


def test_grid_model(qtmodeltester, session) -> None:
    model = ScoreGridModel(session, lambda changes, text: True)
    model.set_stage("proposal")
    qtmodeltester.check(model)
    assert model.columnCount() == 6  # five criteria and the total
    model.set_stage("presentasi")
    qtmodeltester.check(model)


def test_records_model(qtmodeltester) -> None:
    qtmodeltester.check(RecordsModel(["a", "b"], [("1", "2"), ("3", "4")]))


def test_rank_chart_keeps_to_the_top_even_with_many_ties() -> None:
    """A national round ties hundreds of entries at the top: the chart draws at most the
    cut-off's number of lines, best first under the method shown, and a rank axis with
    at most about 15 ticks however far an entry falls under another method."""
    from judge_app.ui.charts_view import _leading, _tick_step

    ranks = {f"E{n:04d}": {"mean": 1, "median": 2400, "trimmed": 1} for n in range(500)}
    ranks["E9999"] = {"mean": 30, "median": 1, "trimmed": 40}
    shown = _leading(ranks, "median", 10)
    assert next(iter(shown)) == "E9999" and len(shown) == 10
    assert list(_leading(ranks, "mean", 10)) == [f"E{n:04d}" for n in range(10)]
    assert all(worst / _tick_step(worst) <= 15 for worst in (1, 9, 15, 16, 99, 2400, 15000))
    assert _tick_step(12) == 1
