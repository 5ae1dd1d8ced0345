"""Where the judge was: the entry last edited in each package on this computer, kept in the
user settings (not in the package: its data is signed and handed in), so that reopening a
package resumes there."""

from __future__ import annotations

import hashlib
from pathlib import Path

from judge_app.ui import i18n


def _settings_key(path: Path) -> str:
    """The user settings' key for a package: its full path, hashed (a path has characters
    a settings key may not)."""
    digest = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:24]
    return f"last_edited/{digest}"


def last_edited(path: Path) -> str | None:
    """The entry last edited in this package on this computer."""
    value = i18n.settings().value(_settings_key(path))
    return str(value) if value else None


def remember_last_edited(path: Path, code: str) -> None:
    i18n.settings().setValue(_settings_key(path), code)
