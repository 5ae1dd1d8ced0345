"""The command line's arguments (DESIGN §9), with their help in the user's language."""

from __future__ import annotations

import argparse
from pathlib import Path

from judge_app import __version__
from judge_app.base.text import LANGUAGES, translate
from judge_app.cli import judge_commands as judge
from judge_app.cli import secretariat_commands as secretariat
from judge_app.cli import setup_commands as setup


class Parser(argparse.ArgumentParser):
    """argparse that also offers --version and --lang on every command."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.add_argument(
            "--version",
            action="version",
            version=f"judge-app {__version__}",
            help=translate("argparse", "show program's version number and exit"),
        )
        self.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help=translate("cli", "language of the messages: id (Indonesian) or en (English)"),
        )


def csv_dialect_option(p: argparse.ArgumentParser) -> None:
    """--csv-dialect: what Excel opens into columns with Indonesian or English settings."""
    p.add_argument(
        "--csv-dialect",
        choices=["id", "en"],
        help=translate(
            "cli",
            "CSV for Excel with Indonesian settings (id: semicolons, decimal comma) or "
            "English ones (en: commas, decimal point); default: the competition's language",
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="judge-app",
        description=translate(
            "cli",
            "Offline judging for public-service innovation competitions. "
            "Run without a command to open the desktop application.",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser(
        "gui", help=translate("cli", "open the desktop application (optionally on FILE)")
    )
    p.add_argument("file", nargs="?", type=Path, metavar="FILE")
    p.set_defaults(run=setup.gui)

    p = sub.add_parser(
        "demo", help=translate("cli", "build the KIPP Banten 2023 sample competition")
    )
    p.add_argument(
        "dir",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli", "a new or empty folder, or one holding the demo built earlier (opened again)"
        ),
    )
    p.add_argument(
        "--open",
        action="store_true",
        help=translate("cli", "then open the first judge's package in the GUI"),
    )
    p.add_argument(
        "--signed",
        action="store_true",
        help=translate(
            "cli", "also play the five judges: declare, score and sign (to try merge and results)"
        ),
    )
    p.set_defaults(run=setup.demo)

    p = sub.add_parser("template", help=translate("cli", "competition definition templates"))
    tsub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    t = tsub.add_parser("list", help=translate("cli", "list the bundled templates"))
    t.set_defaults(run=setup.template_list)
    t = tsub.add_parser(
        "show", help=translate("cli", "print a template's TOML (redirect it to a file to edit)")
    )
    t.add_argument("name", metavar="NAME")
    t.set_defaults(run=setup.template_show)

    p = sub.add_parser("new", help=translate("cli", "create a secretariat master file"))
    p.add_argument(
        "-d",
        "--definition",
        required=True,
        metavar="DEF.toml",
        help=translate(
            "cli", "competition definition (TOML file, or a template name such as kipp)"
        ),
    )
    p.add_argument(
        "-e",
        "--entries",
        type=Path,
        metavar="ENTRIES",
        help=translate("cli", "entry list (.csv/.xlsx)"),
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MASTER.sqlite")
    p.set_defaults(run=setup.new)

    p = sub.add_parser("entries", help=translate("cli", "entry list of a master"))
    esub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    e = esub.add_parser(
        "import", help=translate("cli", "add or update entries by code from CSV/XLSX")
    )
    e.add_argument("master", type=Path, metavar="MASTER")
    e.add_argument("file", type=Path, metavar="ENTRIES")
    e.set_defaults(run=setup.entries_import)
    e = esub.add_parser("list", help=translate("cli", "print the entries"))
    e.add_argument("master", type=Path, metavar="MASTER")
    e.set_defaults(run=setup.entries_list)

    p = sub.add_parser("judges", help=translate("cli", "register judges"))
    jsub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    j = jsub.add_parser("add", help=translate("cli", "register one judge"))
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("--name", required=True)
    j.add_argument(
        "--nip", default="", help=translate("cli", "NIP (18 digits), NIK (16 digits) or -")
    )
    j.add_argument("--position", default="", help=translate("cli", "jabatan"))
    j.add_argument("--institution", default="", help=translate("cli", "instansi"))
    j.add_argument("--rank", default="", help=translate("cli", "pangkat/golongan"))
    j.add_argument(
        "--role", default="anggota", help=translate("cli", "ketua, sekretaris or anggota")
    )
    j.add_argument(
        "--id", default="", dest="judge_id", help=translate("cli", "default: next free J<n>")
    )
    j.set_defaults(run=setup.judges_add)
    j = jsub.add_parser("import", help=translate("cli", "register judges from CSV/XLSX"))
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("file", type=Path, metavar="JUDGES.csv")
    j.set_defaults(run=setup.judges_import)
    j = jsub.add_parser(
        "remove", help=translate("cli", "unregister a judge who has not scored yet")
    )
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("judge_id", metavar="ID")
    j.set_defaults(run=setup.judges_remove)
    j = jsub.add_parser("list", help=translate("cli", "print the judges"))
    j.add_argument("master", type=Path, metavar="MASTER")
    j.set_defaults(run=setup.judges_list)

    p = sub.add_parser(
        "letterhead",
        help=translate(
            "cli", "set the organiser's letterhead (kop surat) printed on every document"
        ),
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "--line",
        action="append",
        metavar="TEXT",
        help=translate(
            "cli", "a line of the letterhead, the first printed largest (repeat, up to 5)"
        ),
    )
    p.add_argument(
        "--logo",
        type=Path,
        metavar="IMAGE",
        help=translate("cli", "the logo: PNG or JPEG, up to 1 MB"),
    )
    p.add_argument("--no-logo", action="store_true", help=translate("cli", "remove the logo"))
    p.set_defaults(run=setup.letterhead)

    p = sub.add_parser(
        "official",
        help=translate(
            "cli", "register who signs for the secretariat or acknowledges the berita acara"
        ),
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "role",
        nargs="?",
        choices=("sekretariat", "mengetahui"),
        help=translate(
            "cli",
            "sekretariat: signs the Rekapitulasi and the Berita Acara; mengetahui: the "
            "acknowledging official (without a role: list them)",
        ),
    )
    p.add_argument("--name", default=None, help=translate("cli", "full name with titles"))
    p.add_argument(
        "--nip", default="", help=translate("cli", "NIP (18 digits), NIK (16 digits) or -")
    )
    p.add_argument("--position", default="", help=translate("cli", "jabatan"))
    p.add_argument("--remove", action="store_true", help=translate("cli", "remove the official"))
    p.set_defaults(run=setup.official)

    p = sub.add_parser("assign", help=translate("cli", "assign entries to judges"))
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "--csv",
        type=Path,
        metavar="ASSIGNMENTS.csv",
        help=translate("cli", "columns judge,entry; default: every judge scores every entry"),
    )
    p.add_argument(
        "--everyone",
        action="store_true",
        help=translate(
            "cli", "give every judge every entry even when the assignments came from a CSV"
        ),
    )
    p.set_defaults(run=setup.assign)

    p = sub.add_parser("package", help=translate("cli", "write judge package files"))
    p.add_argument("master", type=Path, metavar="MASTER")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--judge", metavar="ID", help=translate("cli", "one judge (with -o)"))
    which.add_argument(
        "--all", action="store_true", help=translate("cli", "every judge (with --out-dir)")
    )
    p.add_argument("-o", "--output", type=Path, metavar="PACKAGE.sqlite")
    p.add_argument("--out-dir", type=Path, metavar="DIR")
    p.set_defaults(run=setup.package, parser=p)

    p = sub.add_parser(
        "scores", help=translate("cli", "a judge's scores to and from CSV (paper to digital)")
    )
    ssub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    s = ssub.add_parser(
        "import",
        help=translate(
            "cli",
            "store scores from CSV or XLSX with the columns entry,criterion,value[,note] "
            "(or their Indonesian names kode,kriteria,nilai[,catatan])",
        ),
    )
    s.add_argument("package", type=Path, metavar="PACKAGE")
    s.add_argument("file", type=Path, metavar="SCORES.csv")
    s.set_defaults(run=judge.scores_import)
    s = ssub.add_parser(
        "export",
        help=translate(
            "cli",
            "write every score to CSV or XLSX, the columns named in the language of the "
            "messages: kode,kriteria,nilai,catatan or (--lang en) entry,criterion,value,note",
        ),
    )
    s.add_argument("package", type=Path, metavar="PACKAGE")
    s.add_argument("file", type=Path, metavar="SCORES.csv")
    s.add_argument(
        "--all-rows",
        action="store_true",
        help=translate(
            "cli", "a row for every entry and criterion, empty where unscored (a form to fill in)"
        ),
    )
    csv_dialect_option(s)
    s.set_defaults(run=judge.scores_export)

    p = sub.add_parser(
        "declare", help=translate("cli", "sign the integrity pact and conflict statement")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument(
        "--conflict",
        action="append",
        default=[],
        metavar="CODE",
        help=translate("cli", "an entry you have a conflict of interest with (repeatable)"),
    )
    p.add_argument(
        "--reason",
        action="append",
        default=[],
        metavar="TEXT",
        help=translate("cli", "why, after each --conflict (printed in the statement)"),
    )
    p.add_argument(
        "--signature-image",
        type=Path,
        metavar="PNG",
        help=translate("cli", "your scanned signature, printed on the declarations"),
    )
    p.add_argument(
        "--place",
        default="",
        help=translate("cli", "place of signing (default: the competition's)"),
    )
    p.add_argument(
        "--date",
        default="",
        help=translate("cli", "date of signing, e.g. 2023-12-20 (default: today)"),
    )
    p.add_argument("--rank", help=translate("cli", "pangkat/golongan, if not as registered"))
    p.add_argument("--position", help=translate("cli", "jabatan, if not as registered"))
    p.add_argument("--institution", help=translate("cli", "instansi, if not as registered"))
    p.add_argument(
        "-o",
        "--out-dir",
        type=Path,
        required=True,
        metavar="DIR",
        help=translate("cli", "folder for the two signed PDFs"),
    )
    p.set_defaults(run=judge.declare, parser=p)

    p = sub.add_parser(
        "sign", help=translate("cli", "finalise: lock the scores, sign the sheet, write the recap")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="RECAP.pdf")
    p.add_argument(
        "--place",
        default="",
        help=translate("cli", "place of signing (default: the competition's)"),
    )
    p.add_argument(
        "--date",
        default="",
        help=translate(
            "cli",
            "date printed on the recap, e.g. 2023-12-20 (default: today); when it is not "
            "today, the recap also states when it was signed",
        ),
    )
    p.set_defaults(run=judge.sign)

    p = sub.add_parser(
        "recap", help=translate("cli", "write a signed recap again (kept in the package)")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="RECAP.pdf")
    p.add_argument(
        "--revision", type=int, help=translate("cli", "default: the latest signed revision")
    )
    p.set_defaults(run=judge.recap)

    p = sub.add_parser(
        "reopen", help=translate("cli", "unlock signed scores; the next signing is revision n+1")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.set_defaults(run=judge.reopen)

    p = sub.add_parser(
        "handin",
        help=translate(
            "cli",
            "return the package to the secretariat: a self-contained, checked copy named "
            "for the competition and the judge",
        ),
    )
    p.add_argument(
        "package", type=Path, metavar="PACKAGE", help=translate("cli", "your package file")
    )
    p.add_argument(
        "folder",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli", "where the copy goes (a USB stick, the folder the secretariat collects from)"
        ),
    )
    p.set_defaults(run=judge.handin)

    p = sub.add_parser(
        "sheets", help=translate("cli", "blank paper score sheets: a page per entry with a QR code")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="SHEETS.pdf")
    p.set_defaults(run=judge.sheets)

    p = sub.add_parser(
        "verify", help=translate("cli", "check signatures and content of PDFs and judge-app files")
    )
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=translate(
            "cli",
            "signed PDFs (recap, declarations, Rekapitulasi Nilai, Berita Acara) and "
            "judge-app files (.sqlite) to check; the exit status is non-zero when any fails",
        ),
    )
    p.set_defaults(run=secretariat.verify)

    p = sub.add_parser(
        "desktop",
        help=translate(
            "cli",
            "file manager: judge-app files get their own type, icon and 'open with' (Linux); "
            "judge-app joins the Open with list of .sqlite files (Windows)",
        ),
    )
    p.set_defaults(run=secretariat.desktop)

    p = sub.add_parser(
        "backups", help=translate("cli", "list a file's rolling backups and what each holds")
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=secretariat.backups)

    p = sub.add_parser(
        "restore",
        help=translate(
            "cli", "make a file what one of its backups holds (its state now is backed up)"
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.set_defaults(run=secretariat.restore)

    p = sub.add_parser(
        "merge",
        help=translate("cli", "merge returned judge files (or other masters) into a master"),
    )
    p.add_argument(
        "master",
        type=Path,
        metavar="MASTER",
        help=translate(
            "cli", "the secretariat's master file to merge into (backed up before merging)"
        ),
    )
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=translate(
            "cli", "returned judge packages (.sqlite), or other masters (a province's round)"
        ),
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="REPORT.json",
        help=translate(
            "cli", "also write what was accepted, ignored or refused in each file (JSON)"
        ),
    )
    p.add_argument(
        "--accept-key",
        action="append",
        default=[],
        metavar="JUDGE=FINGERPRINT",
        help=translate(
            "cli", "a judge's new key (lost laptop), confirmed with the judge by its fingerprint"
        ),
    )
    p.set_defaults(run=secretariat.merge)

    p = sub.add_parser(
        "rekey",
        help=translate(
            "cli",
            "retire a judge's registered key (lost laptop): earlier signed sheets stay "
            "valid, a new package can be issued and its declarations register the new key",
        ),
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument("judge", metavar="JUDGE_ID")
    p.add_argument("--reason", required=True, help=translate("cli", "why (kept in the audit log)"))
    p.set_defaults(run=secretariat.rekey)

    p = sub.add_parser(
        "results", help=translate("cli", "rank the entries from the signed sheets in a master")
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "--method",
        choices=["mean", "median", "trimmed", "zscore"],
        help=translate("cli", "how the judges' totals are combined (default: the definition's)"),
    )
    p.add_argument(
        "--json", type=Path, metavar="F", help=translate("cli", "every number, unrounded (JSON)")
    )
    p.add_argument(
        "--csv", type=Path, metavar="F", help=translate("cli", "one row per entry (CSV)")
    )
    csv_dialect_option(p)
    p.add_argument(
        "--xlsx",
        type=Path,
        metavar="F",
        help=translate("cli", "workbook: categories, scores, flags"),
    )
    p.add_argument(
        "--sensitivity",
        action="store_true",
        help=translate(
            "cli", "list the entries whose rank or award changes between the four methods"
        ),
    )
    p.add_argument(
        "--pdf", type=Path, metavar="F", help=translate("cli", "signed Rekapitulasi Nilai")
    )
    p.add_argument(
        "--berita-acara", type=Path, metavar="F", help=translate("cli", "signed Berita Acara")
    )
    p.add_argument(
        "--number",
        default="",
        metavar="NOMOR",
        help=translate(
            "cli",
            "the Berita Acara's number, e.g. 001/BA/TIM/XII/2023, required to sign it (asked "
            "for on a terminal when missing)",
        ),
    )
    p.add_argument(
        "--recap-number",
        default="",
        metavar="NOMOR",
        help=translate(
            "cli",
            "the Rekapitulasi Nilai's own number (optional); with --berita-acara the recap "
            "is also marked as the attachment of the Berita Acara's number",
        ),
    )
    p.add_argument(
        "--date",
        default="",
        help=translate(
            "cli",
            "date printed on the signed documents, e.g. 2023-12-20 (default: today); when it "
            "is not the signing day, each also states when it was signed",
        ),
    )
    p.set_defaults(run=secretariat.results)

    p = sub.add_parser("info", help=translate("cli", "describe a master or package file"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=setup.info)
    return parser
