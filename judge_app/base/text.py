"""The core's messages in the user's language, without Qt: the command line and every error
a window shows come from here. Sources are English templates written as
`translate("context", "text {name}").format(name=...)` so that pyside6-lupdate collects them
into the same Qt Linguist catalogue as the windows; this module reads that catalogue."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANGUAGE_ENV = "JUDGE_APP_LANG"

_chosen: list[str] = []


_saved: dict[Path, tuple[float, str | None]] = {}


def saved_language() -> str | None:
    """The language chosen in the window's settings (a Qt INI file, read as plain INI);
    read again only when the file changes (an import with many bad rows asks often)."""
    from judge_app.base.paths import app_home_path

    try:
        path = app_home_path() / "settings.ini"
        stamp = path.stat().st_mtime
    except OSError:  # no data folder yet, or one that cannot be read: no setting
        return None
    known = _saved.get(path)
    if known and known[0] == stamp:
        return known[1]
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("General", "language", fallback=None)
    found = value if value in LANGUAGES else None
    _saved[path] = (stamp, found)
    return found


def language() -> str:
    """Set by the window or by --lang; else JUDGE_APP_LANG, the saved setting, Indonesian."""
    if _chosen:
        return _chosen[-1]
    env = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    return saved_language() or DEFAULT_LANGUAGE


def explicit_language() -> str | None:
    """The language fixed by set_language, if any (to put it back afterwards)."""
    return _chosen[-1] if _chosen else None


def set_language(code: str | None) -> None:
    """Fix the language for this process (None: back to the environment and settings)."""
    _chosen.clear()
    if code is not None:
        if code not in LANGUAGES:
            raise ValueError(code)
        _chosen.append(code)


def catalogue_path(code: str) -> Path:
    from judge_app.base.resources import resources_dir

    return resources_dir() / "translations" / f"judge_app_{code}.ts"


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    path = catalogue_path(code)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = "".join(node.itertext())
            if text:
                table[(name, message.findtext("source") or "")] = text
    return table


def translate(context: str, source: str) -> str:
    """`source` in the current language; English (the source) when no translation exists."""
    code = language()
    if code == "en":
        return source
    return _catalogue(code).get((context, source), source)


def decimal_mark() -> str:
    """The user's decimal mark: a comma in Indonesian, a point in English."""
    return "," if language() == "id" else "."


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Marks a text for the catalogue where it is translated later (a table of texts)."""
    return source
