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
