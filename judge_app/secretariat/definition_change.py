"""The competition definition of an existing master changed (issue 20, point 6: nothing is
possible that a later step would refuse).

The definition's hash binds every package, signed sheet and signed declaration to the
master, so a change is refused once any judge's work under the present definition came
back (merged sheets, scores or declarations would no longer verify), and when it would
take away what the master uses (a category that entries belong to or judges list as
their expertise, a stage or criterion holding scores). When packages were already
written they carry the old definition: the change is allowed only once the caller says
it understood that every package must be re-issued (the merge then refuses files of the
old packages, naming when the definition changed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge_app.base.errors import ProblemsError
from judge_app.base.text import translate
from judge_app.domain.definition import definition_sha256, parse_definition
from judge_app.domain.model import Definition
from judge_app.store import definition_edits as edits
from judge_app.store import repository as repo
from judge_app.store.database import opened


class DefinitionChangeRefused(ProblemsError):
    """The master's definition may not be changed so; nothing was written."""


@dataclass(frozen=True)
class DefinitionChangeCheck:
    definition: Definition  # the new definition, valid
    old_sha256: str
    new_sha256: str
    refusals: tuple[str, ...]  # sentences: why the change is not possible
    warnings: tuple[str, ...]  # sentences: packages already out must be re-issued
    reissue_judges: tuple[str, ...]  # judges known to hold packages of the old definition

    @property
    def unchanged(self) -> bool:
        return self.old_sha256 == self.new_sha256

    @property
    def needs_reissue(self) -> bool:
        """The change needs `packages_reissue_understood`."""
        return bool(self.warnings)

    @property
    def allowed(self) -> bool:
        return not self.unchanged and not self.refusals


@dataclass(frozen=True)
class DefinitionChanged:
    old_sha256: str
    new_sha256: str
    reissue_judges: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.old_sha256 != self.new_sha256


def master_definition_text(master: Path) -> str:
    """The master's stored definition, exactly as stored (the text its hash is of)."""
    with opened(master, "master", write=False) as db:
        return repo.definition_text(db)[0]


def definition_change_check(master: Path, text: str) -> DefinitionChangeCheck:
    """What changing the master's definition to `text` would meet; writes nothing. Raises
    DefinitionError (the validator's messages) when the text is not a valid definition."""
    definition = parse_definition(text, translate("definition_change", "the new definition"))
    with opened(master, "master", write=False) as db:
        facts = edits.facts(db)
    return _check(facts, text, definition)


def change_definition(
    master: Path, text: str, *, packages_reissue_understood: bool = False
) -> DefinitionChanged:
    """Replace the master's definition by `text` in one transaction, after the same check
    (made again inside the transaction). Refused (DefinitionChangeRefused, nothing written)
    when the check refuses, or when packages were written and the caller did not say it
    understood they must be re-issued. The same text again changes nothing."""
    definition = parse_definition(text, translate("definition_change", "the new definition"))
    with opened(master, "master") as db, db.atomic():
        check = _check(edits.facts(db), text, definition)
        if check.unchanged:
            return DefinitionChanged(check.old_sha256, check.new_sha256, ())
        if check.refusals:
            raise DefinitionChangeRefused(str(master), list(check.refusals))
        if check.needs_reissue and not packages_reissue_understood:
            raise DefinitionChangeRefused(
                str(master),
                [
                    *check.warnings,
                    translate(
                        "definition_change",
                        "Confirm that the packages will be re-issued to change the definition.",
                    ),
                ],
            )
        edits.replace_definition(db, text, definition, repo.now())
    return DefinitionChanged(check.old_sha256, check.new_sha256, check.reissue_judges)


def _names(ids: tuple[str, ...] | list[str], limit: int = 8) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f", … (+{len(ids) - limit})" if len(ids) > limit else "")


def _check(facts: edits.DefinitionFacts, text: str, new: Definition) -> DefinitionChangeCheck:
    old = parse_definition(facts.toml, translate("repository", "stored definition"))
    new_sha = definition_sha256(text)
    refusals: list[str] = []
    t = translate
    if facts.sheet_judges:
        refusals.append(
            t(
                "definition_change",
                "{sheets} signed score sheets of {count} judges ({judges}) were merged into "
                "this master under the present definition: they would no longer verify, so "
                "the definition can no longer change.",
            ).format(
                sheets=facts.sheets,
                count=len(facts.sheet_judges),
                judges=_names(facts.sheet_judges),
            )
        )
    elif facts.score_judges:
        refusals.append(
            t(
                "definition_change",
                "{count} judges ({judges}) already hold scores in this master: the "
                "definition can no longer change.",
            ).format(count=len(facts.score_judges), judges=_names(facts.score_judges))
        )
    if facts.declaration_judges:
        refusals.append(
            t(
                "definition_change",
                "The signed declarations of {count} judges ({judges}) were merged into this "
                "master and name the present definition: it can no longer change.",
            ).format(count=len(facts.declaration_judges), judges=_names(facts.declaration_judges))
        )
    new_categories = {c.id for c in new.categories}
    for category in old.categories:
        if category.id in new_categories:
            continue
        count = facts.entries_by_category.get(category.id, 0)
        if count:
            refusals.append(
                t(
                    "definition_change",
                    "Category {id} is removed or its id changed, but {count} entries belong "
                    "to it: move them to another category first.",
                ).format(id=category.id, count=count)
            )
        judges = facts.expertise_by_category.get(category.id, ())
        if judges:
            refusals.append(
                t(
                    "definition_change",
                    "Category {id} is removed or its id changed, but judges {judges} list it "
                    "as their expertise: change their expertise first.",
                ).format(id=category.id, judges=_names(judges))
            )
    new_criteria = {c.id for c in new.criteria}
    new_stages = {s.id for s in new.stages}
    scored = set(facts.scored_criteria)
    for criterion in old.criteria:
        if criterion.id in scored and criterion.id not in new_criteria:
            refusals.append(
                t(
                    "definition_change",
                    "Criterion {id} holds scores: it cannot be removed.",
                ).format(id=criterion.id)
            )
    for stage in old.stages:
        if stage.id not in new_stages and any(c.id in scored for c in old.criteria_of(stage.id)):
            refusals.append(
                t("definition_change", "Stage {id} holds scores: it cannot be removed.").format(
                    id=stage.id
                )
            )
    warnings, reissue = _package_warnings(facts)
    return DefinitionChangeCheck(
        new, facts.sha256, new_sha, tuple(refusals), tuple(warnings), tuple(reissue)
    )


def _package_warnings(facts: edits.DefinitionFacts) -> tuple[list[str], list[str]]:
    """Packages that carry the present definition: known from the record the master keeps
    since issue 20 (or from drafts merged back); a master made before kept no record, so
    when it has assignments the warning says packages may have gone out."""
    judges: list[str] = []
    if facts.packages_recorded and facts.packages_definition == facts.sha256:
        judges = list(facts.package_judges)
    judges += [j for j in facts.draft_judges if j not in judges]
    if judges:
        written = facts.packages_written_at.replace("T", " ")[:16]
        when = (
            translate("definition_change", " (last written {time} UTC)").format(time=written)
            if written and facts.packages_definition == facts.sha256
            else ""
        )
        return [
            translate(
                "definition_change",
                "Packages were written for {count} judges ({judges}){when}: they carry the "
                "present definition. After this change every one of them needs a new "
                "package, and files returned from the old packages will be refused.",
            ).format(count=len(judges), judges=_names(judges), when=when)
        ], judges
    if not facts.packages_recorded and facts.assignments:
        return [
            translate(
                "definition_change",
                "This master was made by an earlier version, which did not record whether "
                "packages were written. Packages given to judges carry the present "
                "definition: after this change every judge needs a new package, and files "
                "returned from the old packages will be refused.",
            )
        ], []
    return [], []
