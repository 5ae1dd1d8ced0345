"""Scoring a package: values stored at once, audited, validated, conflicts refused by the
storage layer itself."""

from __future__ import annotations

import sqlite3

import pytest

from judge_app import services
from judge_app.domain.model import ScoreChange
from judge_app.domain.scoring import format_number, judge_total, parse_score
from judge_app.integrity.audit import first_break
from judge_app.sessions.package import COMPLETE, CONFLICT, NOT_STARTED, PARTIAL, ScoreRefused
from judge_app.store import audit as audit_store
from judge_app.store import scores as score_store


@pytest.fixture
def session(demo: services.Demo):
    s = services.open_package(demo.packages[0].path)
    yield s
    s.close()


def stored(session, code: str, criterion: str):
    conn = sqlite3.connect(session.path)
    row = conn.execute(
        "SELECT value, note FROM scores WHERE entry_code = ? AND criterion_id = ?",
        [code, criterion],
    ).fetchone()
    conn.close()
    return row


def test_parse_score_accepts_both_decimal_marks() -> None:
    assert parse_score("7,5") == parse_score("7.5") == 7.5
    assert parse_score(" 80 ") == 80
    for bad in ("", "7,5,1", "1.000,5", "abc", "7 5x"):
        with pytest.raises(ValueError):
            parse_score(bad)
    assert format_number(80.0) == "80" and format_number(7.5, ",") == "7,5"


def test_judge_total_formula(session) -> None:
    criteria = session.definition.criteria_of("presentasi")  # P1 70, P2 30, 0–100
    assert judge_total(criteria, {"P1": 90, "P2": 80}) == pytest.approx(87.0)
    assert judge_total(criteria, {"P1": 90}) is None


def test_judge_total_is_exact_before_rounding() -> None:
    from judge_app.domain.definition import parse_definition
    from judge_app.domain.scoring import format_display

    text = (
        '[competition]\ntitle = "x"\n[[categories]]\nid = "a"\n'
        '[[criteria]]\nid = "A"\nname = "a"\nweight = 7\nmin = 60\nmax = 100\n'
        '[[criteria]]\nid = "B"\nname = "b"\nweight = 5\nmin = 60\nmax = 100\n'
    )
    criteria = parse_definition(text).criteria
    total = judge_total(criteria, {"A": 89, "B": 98})  # exactly 655/8 = 81.875
    assert total == 81.875
    assert format_display(total) == "81,88"


def test_score_is_in_the_file_at_once_and_audited(session) -> None:
    code = session.entries[0].code
    session.set_score(code, "P1", 85.0)
    assert stored(session, code, "P1") == (85.0, "")
    session.set_note(code, "P1", "Paparan runtut")
    assert stored(session, code, "P1") == (85.0, "Paparan runtut")
    records = audit_store.audit_records(session.db)
    assert [r[3] for r in records[-2:]] == ["score", "score"]
    assert [r[4] for r in records[-2:]] == [f"{code}/P1", f"{code}/P1"]
    assert first_break(records) is None


def test_note_before_score_is_kept(session) -> None:
    code = session.entries[1].code
    session.set_note(code, "K1", "cek data pendukung")
    assert stored(session, code, "K1") == (None, "cek data pendukung")
    assert session.state(code) == NOT_STARTED


@pytest.mark.parametrize(
    ("value", "message"), [(101, "outside"), (85.5, "not allowed"), (-1, "outside")]
)
def test_invalid_values_refused(session, value: float, message: str) -> None:
    code = session.entries[0].code
    with pytest.raises(ScoreRefused, match=message):
        session.set_score(code, "K1", value)
    assert stored(session, code, "K1") is None


def test_states_and_progress(session) -> None:
    first, second, third = (e.code for e in session.entries[:3])
    for criterion in session.definition.criteria:
        session.set_score(first, criterion.id, 80)
    session.set_score(second, "K1", 70)
    session.declare_conflict(third, "Kerabat kepala dinas")
    assert [session.state(c) for c in (first, second, third)] == [COMPLETE, PARTIAL, CONFLICT]
    assert session.state(second, "presentasi") == NOT_STARTED
    n = len(session.entries) - 1
    assert (session.progress().done, session.progress().due) == (8, n * 7)
    assert session.progress("presentasi").due == n * 2
    assert session.total(first, "presentasi") == pytest.approx(80)


def test_conflict_blocks_scoring_in_session_and_storage(session) -> None:
    code = session.entries[2].code
    session.set_score(code, "K1", 60)
    removed = session.declare_conflict(code, "Pernah menjadi konsultan inovasi ini")
    assert removed == 1 and stored(session, code, "K1") is None
    with pytest.raises(ScoreRefused, match="conflict of interest"):
        session.set_score(code, "K2", 70)
    # the storage layer refuses it too, whatever the caller
    change = ScoreChange(code, "K2", 70.0, "")
    with pytest.raises(score_store.ConflictedEntry):
        score_store.write_scores(session.db, session.judge.id, [change])
    session.withdraw_conflict(code)
    session.set_score(code, "K2", 70)
    assert stored(session, code, "K2") == (70.0, "")


def test_batch_is_all_or_nothing(session) -> None:
    a, b = session.entries[0].code, session.entries[1].code
    changes = [
        ScoreChange(a, "K1", 50.0, ""),
        ScoreChange(b, "K1", 500.0, ""),
    ]
    with pytest.raises(ScoreRefused):
        session.set_cells(changes)
    assert stored(session, a, "K1") is None


def test_audit_chain_detects_edits(session) -> None:
    code = session.entries[0].code
    for value in (10, 20, 30):
        session.set_score(code, "K1", value)
    conn = sqlite3.connect(session.path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after = '{\"value\":99}' WHERE seq = 2")
    conn.commit()
    conn.close()
    assert first_break(audit_store.audit_records(session.db)) == 2
