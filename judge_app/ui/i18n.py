"""Translations: English source strings, Indonesian (the default) from a Qt Linguist
.ts file compiled with lrelease into the cache when the bundled .qm is missing or stale."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

# plumbing needed before the window shows: the front door loads only these names now, and
# the rest of the core when it is first used
from judge_app.services import app_home, cache_dir, resources_dir

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}  # for the View menu


def settings() -> QSettings:
    return QSettings(str(app_home() / "settings.ini"), QSettings.Format.IniFormat)


def decimal_mark(language: str) -> str:
    return "," if language == "id" else "."


def _lrelease() -> str | None:
    import shutil  # here, not at start-up: only a stale translation needs it

    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    candidate = Path(sys.executable).parent / "pyside6-lrelease"
    return str(candidate) if candidate.exists() else None


def compiled_catalog(language: str) -> Path | None:
    """The .qm for a language: bundled if up to date, else compiled into the cache."""
    source = resources_dir() / "translations" / f"judge_app_{language}.ts"
    bundled = source.with_suffix(".qm")
    if getattr(sys, "frozen", False) or not source.exists():
        # a frozen build compiled its catalogue when it was built (it has no lrelease);
        # the .ts beside it is for the core's messages (judge_app.base.text)
        return bundled if bundled.exists() else None
    if bundled.exists() and bundled.stat().st_mtime >= source.stat().st_mtime:
        return bundled
    cached = cache_dir() / bundled.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    import subprocess

    subprocess.run(
        [tool, "-silent", str(source), "-qm", str(cached)], check=True, capture_output=True
    )
    return cached


_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Make `language` the interface language, replacing the one installed before."""
    from judge_app.services import set_language

    set_language(language)  # the core's messages (errors in dialogs) follow
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
    )
    if language == "en":
        return None
    catalog = compiled_catalog(language)
    if catalog is None:
        return None
    translator = QTranslator(app)
    if translator.load(str(catalog)):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    return None
