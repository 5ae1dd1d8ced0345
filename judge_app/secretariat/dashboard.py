"""Where each judge stands (the judges tab) and how the ranking moves with the method."""

from __future__ import annotations

from pathlib import Path

from judge_app.sessions.judge_status import JudgeStatus, dashboard_of
from judge_app.store import repository as repo
from judge_app.store.database import opened


def judge_dashboard(master: Path) -> list[JudgeStatus]:
    """What the secretariat needs to see per judge: declarations, progress, signed
    revision and the certificate fingerprint to compare by phone."""
    with opened(master, "master", write=False) as db:
        return dashboard_of(db)


def method_sensitivity(master: Path) -> list:
    """Entries whose category rank or award changes between the four methods."""
    from judge_app.domain.results import method_sensitivity as sensitivity
    from judge_app.sessions.counting import inputs_from_sheets

    with opened(master, "master", write=False) as db:
        definition = repo.read_definition(db)
        return sensitivity(definition, repo.entries(db), inputs_from_sheets(db, definition))
