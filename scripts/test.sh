#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian/Ubuntu machine and runs the whole
# suite headless. This is the README's test command; .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: a virtual screen and Qt's runtime libraries for GUI tests, poppler and
# qpdf to check PDFs, a Unicode font. Installed only when missing (needs root or sudo).
debs=(xvfb xauth xdotool poppler-utils qpdf fonts-dejavu-core libxcb-cursor0 libegl1
      libgl1 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libfontconfig1
      libdbus-1-3 sqlite3)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# Python: a project virtual environment with the app and its test extras.
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,build]'

.venv/bin/ruff check .
.venv/bin/ruff format --check .
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q "$@"
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_judge.py --small
QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_secretariat.py --small
bash scripts/frozen_check.sh  # the installer's one-folder build, run without Python
