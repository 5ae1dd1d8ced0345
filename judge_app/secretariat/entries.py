"""One entry at a time, by hand: edit its fields (the importer's checks, each problem
naming the field), withdraw it from the round with a reason (its scores stay in the file;
it is no longer assigned, packaged or ranked), take it back, or delete one imported by
mistake while nothing refers to it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path

from judge_app.base.errors import ImportProblems, JudgeAppError
from judge_app.base.text import translate
from judge_app.domain.model import Definition, Entry
from judge_app.interchange.columns import Column, text_problem
from judge_app.interchange.entries_import import ENTRY_COLUMNS
from judge_app.store import entry_edits
from judge_app.store import repository as repo
from judge_app.store.database import AppDatabase, opened
from judge_app.store.entry_edits import EntryWork

REASON_COLUMN = Column("withdrawn", (), False, 500)


def field_label(name: str) -> str:
    """An entry field as the screens name it (messages start with it)."""
    labels = {
        "code": translate("entries", "Code"),
        "title": translate("entries", "Title"),
        "agency": translate("entries", "Agency"),
        "region": translate("entries", "Region"),
        "category": translate("entries", "Category"),
        "acronym": translate("entries", "Acronym"),
        "replicates": translate("entries", "Replicates"),
        "summary": translate("entries", "Summary"),
        "link": translate("entries", "Link"),
        "withdrawn": translate("entries", "Reason for withdrawal"),
    }
    return labels.get(name, name)


def _problem(name: str, text: str) -> str:
    return translate("entries", "{field}: {problem}").format(field=field_label(name), problem=text)


def checked_entry(entry: Entry, definition: Definition) -> Entry:
    """The entry as it would be stored (trimmed, category by id, a link's https:// added),
    or ImportProblems naming each field that the importer would refuse."""
    problems: list[str] = []
    values = {f.name: getattr(entry, f.name) for f in fields(Entry)}
    for column in ENTRY_COLUMNS:
        value = values[column.field]
        if not column.multiline:
            value = value.strip()
        values[column.field] = value
        if problem := text_problem(value, column):
            problems.append(_problem(column.field, problem))
    if not values["title"]:
        problems.append(_problem("title", translate("entries", "must not be empty")))
    category = definition.category(values["category"]) if values["category"] else None
    if category is None:
        known = ", ".join(c.id for c in definition.categories)
        problems.append(
            _problem(
                "category",
                translate("entries", "unknown category {category} (known: {known})").format(
                    category=repr(values["category"]), known=known
                ),
            )
        )
    else:
        values["category"] = category.id
    link = values["link"]
    if link.lower().startswith("www."):
        link = "https://" + link
    if link and not link.lower().startswith(("http://", "https://")):
        problems.append(
            _problem(
                "link",
                translate("entries", "{link} is not a web address (http…)").format(
                    link=repr(link[:60])
                ),
            )
        )
    values["link"] = link
    if problems:
        raise ImportProblems(translate("entries", "entry {code}").format(code=entry.code), problems)
    return Entry(**values)


def _stored(db: AppDatabase, master: Path, code: str) -> Entry:
    found = entry_edits.entry(db, code)
    if found is None:
        raise JudgeAppError(
            translate("entries", "{master}: no entry with the code {code}").format(
                master=master, code=repr(code)
            )
        )
    return found


def update_entry(master: Path, entry: Entry) -> Entry:
    """Change an entry's fields by its code (the code itself and the withdrawal stay as
    they are); returns the entry as stored."""
    with opened(master, "master") as db:
        before = _stored(db, master, entry.code)
        checked = replace(
            checked_entry(entry, repo.read_definition(db)),
            code=before.code,
            withdrawn=before.withdrawn,
        )
        if checked != before:
            entry_edits.update(db, checked)
        return checked


def entry_work(master: Path, code: str) -> EntryWork:
    """Which judges are assigned to the entry, hold scores on it or declared a conflict."""
    with opened(master, "master", write=False) as db:
        return entry_edits.work(db, _stored(db, master, code).code)


def withdrawn_entries(master: Path) -> list[Entry]:
    with opened(master, "master", write=False) as db:
        return entry_edits.withdrawn_entries(db)


def withdraw_entry(master: Path, code: str, reason: str) -> int:
    """Withdraw the entry from the round: its assignments that hold no scores (and no
    declared conflict) go, the scores stay in the file; results leave it out and list it
    with the reason. Returns how many assignments went."""
    return len(withdraw_entry_from(master, code, reason))


def withdraw_entry_from(master: Path, code: str, reason: str) -> list[str | tuple[str, str]]:
    """As withdraw_entry, returning the judges whose assignment went (to undo it): a judge
    id when assigned for every stage, (judge id, stage) when for one stage."""
    reason = reason.strip()
    problems = []
    if not reason:
        problems.append(_problem("withdrawn", translate("entries", "must not be empty")))
    elif problem := text_problem(reason, REASON_COLUMN):
        problems.append(_problem("withdrawn", problem))
    if problems:
        raise ImportProblems(translate("entries", "entry {code}").format(code=code), problems)
    with opened(master, "master") as db:
        entry = _stored(db, master, code)
        return entry_edits.withdraw(db, entry.code, reason)


def restore_entry(master: Path, code: str, judges: Iterable[str | tuple[str, str]] = ()) -> None:
    """Take a withdrawn entry back into the round; `judges` (the undo of a withdrawal, as
    withdraw_entry_from returned them) are assigned to it again."""
    with opened(master, "master") as db:
        entry = _stored(db, master, code)
        entry_edits.restore(db, entry.code, list(judges))


@dataclass(frozen=True)
class RemovedEntry:
    entry: Entry
    position: int  # its place in the list, for putting it back


def delete_problem(master: Path, code: str) -> str | None:
    """Why the entry may not be deleted, or None."""
    with opened(master, "master", write=False) as db:
        entry = _stored(db, master, code)
        return _delete_problem(entry, entry_edits.work(db, entry.code))


def _delete_problem(entry: Entry, work: EntryWork) -> str | None:
    if work.scored:
        text = translate(
            "entries", "{code} holds scores of {judges}; withdraw it instead (its scores stay)"
        )
        return text.format(code=entry.code, judges=", ".join(work.scored))
    if work.conflicts:
        text = translate(
            "entries",
            "{code} has a declared conflict of interest ({judges}); withdraw it instead",
        )
        return text.format(code=entry.code, judges=", ".join(work.conflicts))
    if entry.withdrawn:
        return translate(
            "entries",
            "{code} was withdrawn from the round; a package that went out may hold it, so it "
            "stays in the file",
        ).format(code=entry.code)
    if work.assigned:
        text = translate(
            "entries",
            "{code} is assigned to {judges} and may already be in their packages (a score "
            "returned on a deleted entry could not be merged): withdraw it instead, or first "
            "remove its assignments if no package went out",
        )
        return text.format(code=entry.code, judges=", ".join(work.assigned))
    return None


def delete_entry(master: Path, code: str) -> RemovedEntry:
    """Remove an entry imported by mistake: refused when it holds scores or a declared
    conflict, is assigned (a package may hold it) or was withdrawn."""
    with opened(master, "master") as db:
        entry = _stored(db, master, code)
        problem = _delete_problem(entry, entry_edits.work(db, entry.code))
        if problem:
            raise JudgeAppError(problem)
        place = entry_edits.position(db, entry.code)
        entry_edits.delete(db, entry.code)
        return RemovedEntry(entry, place or 0)


def add_entry(master: Path, entry: Entry, position: int | None = None) -> Entry:
    """Add one entry by hand (or put a deleted one back at `position`): the importer's
    checks, and a code not yet used."""
    problems = []
    code = entry.code.strip()
    if not code:
        problems.append(_problem("code", translate("entries", "must not be empty")))
    elif problem := text_problem(code, ENTRY_COLUMNS[0]):
        problems.append(_problem("code", problem))
    with opened(master, "master") as db:
        try:
            checked = checked_entry(replace(entry, code=code), repo.read_definition(db))
        except ImportProblems as exc:
            problems += exc.problems
            checked = entry
        if code and entry_edits.entry(db, code) is not None:
            problems.append(
                _problem(
                    "code",
                    translate("entries", "{code} is already used").format(code=repr(code)),
                )
            )
        if problems:
            raise ImportProblems(translate("entries", "entry {code}").format(code=code), problems)
        entry_edits.insert(db, checked, position)
        return checked
