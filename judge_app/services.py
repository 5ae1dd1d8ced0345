"""The front door of judge-app's core: every use case and every value the window (`ui/`) and the
command line (`cli/`) need, and nothing else. They import this module and no other part of the
core (tests/test_layers.py holds them to it); what lies behind it is described in
docs/ARCHITECTURE.md §2. Re-exports only: no logic lives here.

The window imports it while it starts (its language, its paths), before it has shown itself, and
the whole core with reportlab, SQLite and the signing libraries takes most of a second to load.
So a name is loaded when it is first used (PEP 562): the imports below are what readers and type
checkers see, and `__getattr__` follows those same lines at run time, read from this file."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # -- The program and its plumbing: version, language, errors, progress, files written whole
    from judge_app import __version__
    from judge_app.base.atomic import write_bytes
    from judge_app.base.desktop_integration import install as install_desktop
    from judge_app.base.errors import (
        JudgeAppError,
        ProblemsError,
        file_problem,
        storage_or_text,
        storage_problem,
    )
    from judge_app.base.paths import app_home, cache_dir
    from judge_app.base.progress import Cancelled, Progress, terminal
    from judge_app.base.progress_text import describe as describe_progress
    from judge_app.base.quiet import quiet_warnings
    from judge_app.base.resources import resources_dir, templates_dir
    from judge_app.base.screen_check import require_screen
    from judge_app.base.text import (
        DEFAULT_LANGUAGE,
        LANGUAGES,
        QT_TRANSLATE_NOOP,
        decimal_mark,
        explicit_language,
        language,
        set_language,
        translate,
    )
    from judge_app.base.writer_lock import FileInUse, WriteRefused

    # -- The bundled demo round
    from judge_app.demo import Demo, build_demo, demo_package, find_demo, sign_demo
    from judge_app.domain.awards import note as award_note
    from judge_app.domain.awards import rule_words as award_rule_words
    from judge_app.domain.awards import summarise as award_summary
    from judge_app.domain.dates import date_in_words, parse_date, place_and_date
    from judge_app.domain.declaration_texts import (
        CONFLICT_TABLE_HEADER,
        conflict_names,
        declaration_words,
        identity_rows,
    )
    from judge_app.domain.declaration_texts import KONFLIK as BUILTIN_KONFLIK
    from judge_app.domain.declaration_texts import PAKTA as BUILTIN_PAKTA
    from judge_app.domain.declaration_texts import SANCTIONS as BUILTIN_SANCTIONS
    from judge_app.domain.definition_document import (
        DefinitionDocument,
        problem_path,
        shown_value,
        typed_number,
    )
    from judge_app.domain.material import (
        IMAGE,
        PDF,
        SECTION,
        SECTIONS,
        VIDEO,
        MaterialItem,
        Section,
    )
    from judge_app.domain.material import section as material_section

    # -- The rules' vocabulary the screens show and the command line prints
    from judge_app.domain.model import (
        AGGREGATION_METHODS,
        Category,
        Criterion,
        Definition,
        Entry,
        Judge,
        ScoreChange,
        Stage,
    )
    from judge_app.domain.officials import MAX_LETTERHEAD_LINES
    from judge_app.domain.result_words import default_file_stem
    from judge_app.domain.results import EntryResult
    from judge_app.domain.scoring import format_display, format_number, judge_total, parse_score
    from judge_app.files.cosign import Cosigned, cosign, signatories

    # -- Any file, either side: what it is, whether it is intact, its backups
    from judge_app.files.info import (
        FileInfo,
        competition_place,
        competition_today,
        describe,
        file_role,
        list_backups,
        restore_backup,
        verify,
    )
    from judge_app.files.verification import Report
    from judge_app.integrity.credentials import KINDS as KEY_KINDS
    from judge_app.integrity.credentials import PIN_ENV, KeySource, Unlock
    from judge_app.integrity.keys import MIN_PASSPHRASE, PASSPHRASE_ENV, WrongPassphrase

    # -- The judge's use cases
    from judge_app.judge.declarations import DeclarationRequest, Signed
    from judge_app.judge.handin import HandIn, unsigned_warning
    from judge_app.judge.handin import described as described_hand_in
    from judge_app.judge.handin import padded as padded_rows
    from judge_app.judge.use_cases import (
        blank_sheets,
        declare,
        declare_in,
        export_recap,
        export_scores,
        finalise,
        finalise_in,
        hand_in,
        has_signing_key,
        has_signing_key_in,
        import_scores,
        missing_scores,
        open_package,
        read_score_sheet,
        reopen,
        reopen_in,
        returned_file_warnings,
        signed_revisions,
    )
    from judge_app.secretariat.assignments import (
        AssignmentMatrix,
        AssignmentProposal,
        AssignmentRules,
        apply_assignment,
        assignment_matrix,
        propose_assignment,
        restore_assignments,
        set_assigned,
    )
    from judge_app.secretariat.dashboard import judge_dashboard, method_sensitivity
    from judge_app.secretariat.definition_change import (
        DefinitionChangeCheck,
        DefinitionChanged,
        DefinitionChangeRefused,
        change_definition,
        definition_change_check,
        master_definition_text,
    )
    from judge_app.secretariat.entries import (
        RemovedEntry,
        add_entry,
        delete_entry,
        delete_problem,
        entry_work,
        restore_entry,
        update_entry,
        withdraw_entry,
        withdraw_entry_from,
        withdrawn_entries,
    )
    from judge_app.secretariat.exports import (
        berita_acara_pdf,
        results_csv,
        results_document,
        results_json,
        results_pdf,
        results_xlsx,
    )
    from judge_app.secretariat.judge_edits import RemovedJudge, remove_judge_keeping, restore_judge
    from judge_app.secretariat.keys import reregister_key
    from judge_app.secretariat.material import (
        DEFAULT_MAX_MB,
        MaterialImport,
        import_material,
        list_material,
        package_material,
    )
    from judge_app.secretariat.merge.run import MergeOutcome, merge
    from judge_app.secretariat.officials import (
        letterhead,
        official_problems,
        officials,
        set_letterhead,
        set_official,
    )
    from judge_app.secretariat.packages import (
        PackageWritten,
        make_packages,
        package_all,
        package_name,
    )
    from judge_app.secretariat.panel import (
        Assignment,
        JudgesRegistered,
        add_judge,
        assign,
        assignment_source,
        import_judges,
        panel_warnings,
        remove_judge,
        update_judge,
    )

    # -- The secretariat's use cases
    from judge_app.secretariat.setup import (
        EntryImport,
        create_master,
        import_entries,
        list_entries,
        load_definition,
        template_names,
        template_text,
        template_title,
    )
    from judge_app.secretariat.trust import TrustImport, import_trust, remove_trusted, trusted
    from judge_app.sessions.judge_status import JudgeStatus
    from judge_app.sessions.master import MasterSession

    # -- The two sessions: a judge's package and the secretariat's master, held open by a window
    from judge_app.sessions.package import (
        COMPLETE,
        CONFLICT,
        NOT_STARTED,
        PARTIAL,
        STATES,
        FileGone,
        MaterialMissing,
        PackageSession,
        ScoringProgress,
    )
    from judge_app.store.backup_files import Backup
    from judge_app.store.backups import Summary, describe_reason
    from judge_app.store.database import DamagedFile, opened
    from judge_app.store.entry_edits import EntryWork
    from judge_app.store.trust import Anchor as TrustAnchor
    from judge_app.store.trust import RevocationList

__all__ = [
    "AGGREGATION_METHODS",
    "BUILTIN_KONFLIK",
    "BUILTIN_PAKTA",
    "BUILTIN_SANCTIONS",
    "COMPLETE",
    "CONFLICT",
    "CONFLICT_TABLE_HEADER",
    "DEFAULT_LANGUAGE",
    "DEFAULT_MAX_MB",
    "IMAGE",
    "KEY_KINDS",
    "LANGUAGES",
    "MAX_LETTERHEAD_LINES",
    "MIN_PASSPHRASE",
    "NOT_STARTED",
    "PARTIAL",
    "PASSPHRASE_ENV",
    "PDF",
    "PIN_ENV",
    "QT_TRANSLATE_NOOP",
    "SECTION",
    "SECTIONS",
    "STATES",
    "VIDEO",
    "Assignment",
    "AssignmentMatrix",
    "AssignmentProposal",
    "AssignmentRules",
    "Backup",
    "Cancelled",
    "Category",
    "Cosigned",
    "Criterion",
    "DamagedFile",
    "DeclarationRequest",
    "Definition",
    "DefinitionChangeCheck",
    "DefinitionChangeRefused",
    "DefinitionChanged",
    "DefinitionDocument",
    "Demo",
    "Entry",
    "EntryImport",
    "EntryResult",
    "EntryWork",
    "FileGone",
    "FileInUse",
    "FileInfo",
    "HandIn",
    "Judge",
    "JudgeAppError",
    "JudgeStatus",
    "JudgesRegistered",
    "KeySource",
    "MasterSession",
    "MaterialImport",
    "MaterialItem",
    "MaterialMissing",
    "MergeOutcome",
    "PackageSession",
    "PackageWritten",
    "ProblemsError",
    "Progress",
    "RemovedEntry",
    "RemovedJudge",
    "Report",
    "RevocationList",
    "ScoreChange",
    "ScoringProgress",
    "Section",
    "Signed",
    "Stage",
    "Summary",
    "TrustAnchor",
    "TrustImport",
    "Unlock",
    "WriteRefused",
    "WrongPassphrase",
    "__version__",
    "add_entry",
    "add_judge",
    "app_home",
    "apply_assignment",
    "assign",
    "assignment_matrix",
    "assignment_source",
    "award_note",
    "award_rule_words",
    "award_summary",
    "berita_acara_pdf",
    "blank_sheets",
    "build_demo",
    "cache_dir",
    "change_definition",
    "competition_place",
    "competition_today",
    "conflict_names",
    "cosign",
    "create_master",
    "date_in_words",
    "decimal_mark",
    "declaration_words",
    "declare",
    "declare_in",
    "default_file_stem",
    "definition_change_check",
    "delete_entry",
    "delete_problem",
    "demo_package",
    "describe",
    "describe_progress",
    "describe_reason",
    "described_hand_in",
    "entry_work",
    "explicit_language",
    "export_recap",
    "export_scores",
    "file_problem",
    "file_role",
    "finalise",
    "finalise_in",
    "find_demo",
    "format_display",
    "format_number",
    "hand_in",
    "has_signing_key",
    "has_signing_key_in",
    "identity_rows",
    "import_entries",
    "import_judges",
    "import_material",
    "import_scores",
    "import_trust",
    "install_desktop",
    "judge_dashboard",
    "judge_total",
    "language",
    "letterhead",
    "list_backups",
    "list_entries",
    "list_material",
    "load_definition",
    "make_packages",
    "master_definition_text",
    "material_section",
    "merge",
    "method_sensitivity",
    "missing_scores",
    "official_problems",
    "officials",
    "open_package",
    "opened",
    "package_all",
    "package_material",
    "package_name",
    "padded_rows",
    "panel_warnings",
    "parse_date",
    "parse_score",
    "place_and_date",
    "problem_path",
    "propose_assignment",
    "quiet_warnings",
    "read_score_sheet",
    "remove_judge",
    "remove_judge_keeping",
    "remove_trusted",
    "reopen",
    "reopen_in",
    "require_screen",
    "reregister_key",
    "resources_dir",
    "restore_assignments",
    "restore_backup",
    "restore_entry",
    "restore_judge",
    "results_csv",
    "results_document",
    "results_json",
    "results_pdf",
    "results_xlsx",
    "returned_file_warnings",
    "set_assigned",
    "set_language",
    "set_letterhead",
    "set_official",
    "shown_value",
    "sign_demo",
    "signatories",
    "signed_revisions",
    "storage_or_text",
    "storage_problem",
    "template_names",
    "template_text",
    "template_title",
    "templates_dir",
    "terminal",
    "translate",
    "trusted",
    "typed_number",
    "unsigned_warning",
    "update_entry",
    "update_judge",
    "verify",
    "withdraw_entry",
    "withdraw_entry_from",
    "withdrawn_entries",
    "write_bytes",
]


def _sources() -> dict[str, tuple[str, str]]:
    """Each exported name: (module, name there), from the imports above (one list, not two)."""
    loader = __spec__.loader if __spec__ else None
    source = loader.get_source(__name__) if loader else None  # type: ignore[attr-defined]
    if source is None:  # the frozen program keeps this file beside it (build_installer.spec)
        source = Path(__file__).with_suffix(".py").read_text(encoding="utf-8")
    guarded = next(node for node in ast.parse(source).body if isinstance(node, ast.If))
    return {
        alias.asname or alias.name: (node.module, alias.name)
        for node in guarded.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def __getattr__(name: str) -> object:
    sources = globals().get("_SOURCES")
    if sources is None:
        sources = globals()["_SOURCES"] = _sources()
    if name not in sources:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = sources[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # found once; later uses are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
