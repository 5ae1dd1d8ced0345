#!/usr/bin/env bash
# README step 1 (before the demo): the system libraries the window needs on Debian/Ubuntu
# (only those missing; needs root or sudo), a virtual environment in .venv and judge-app
# installed in it from this checkout. Safe to run again: what is there stays.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system_packages.sh

debs=("${qt_debs[@]}")
# Debian's python3 makes virtual environments only with python3-venv
python3 -c "import ensurepip" >/dev/null 2>&1 || debs+=(python3-venv)
install_missing_debs "${debs[@]}"

[ -x .venv/bin/pip ] || python3 -m venv .venv
echo "installing judge-app into .venv (a few minutes the first time)"
.venv/bin/python -m pip install -q -e .
