"""Locate bundled resources (templates, demo data) in a checkout, an install or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def demo_dir() -> Path:
    return resources_dir() / "demo"
