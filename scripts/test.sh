#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian/Ubuntu machine and runs the whole
# suite headless. This is the README's test command; .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Qt's runtime libraries (scripts/system_packages.sh, as README step 1
# installs them), a virtual screen for GUI tests, poppler and qpdf to check PDFs, git
# for the README test's fresh clone, SoftHSM as a real PKCS#11 token. Installed only
# when missing (needs root or sudo).
source scripts/system_packages.sh
install_missing_debs "${qt_debs[@]}" xvfb xauth xdotool poppler-utils qpdf \
  libxcb-xinerama0 sqlite3 git python3-venv softhsm2

# Python: a project virtual environment with the app and its test extras.
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,build]'

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # configured in pyproject.toml: the whole judge_app package
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q "$@"
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_judge.py --small
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_judge.py --small --material
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_secretariat.py --small
bash scripts/frozen_check.sh  # the installer's one-folder build, run without Python
