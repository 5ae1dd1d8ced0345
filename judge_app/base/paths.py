"""Where judge-app keeps its own data (keys, demo, caches); JUDGE_APP_HOME overrides."""

from __future__ import annotations

import os
from pathlib import Path


def app_home_path() -> Path:
    """The data folder's path, without creating it (to look for a setting)."""
    override = os.environ.get("JUDGE_APP_HOME")
    if override:
        return Path(override)
    import platformdirs  # here: the window shows before anything needs the folder

    return Path(platformdirs.user_data_dir("judge-app", False))


def app_home() -> Path:
    home = app_home_path()
    home.mkdir(parents=True, exist_ok=True)
    return home


def cache_dir() -> Path:
    path = app_home() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
