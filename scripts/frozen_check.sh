#!/usr/bin/env bash
# Build the one-folder program with build_installer.spec and run it as a user without
# Python would: a bare environment (no PATH to any Python, no virtual environment),
# headless. Checks --version, demo, merge, results and verify on the demo, and the signed
# recap with pdfsig. Part of the test command (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
if ! .venv/bin/pyinstaller --noconfirm --log-level WARN build_installer.spec >"$log" 2>&1; then
  cat "$log"
  exit 1
fi
program="$PWD/dist/judge-app/judge-app"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() {
  env -i HOME="$work" PATH=/usr/bin:/bin LANG=C.UTF-8 JUDGE_APP_HOME="$work/home" \
    XDG_DATA_HOME="$work/share" \
    QT_QPA_PLATFORM=offscreen JUDGE_APP_PASSPHRASE=frozen-kata-sandi "$program" "$@"
}

version="$(run --version)"
[[ "$version" == "judge-app $(.venv/bin/python -c 'import judge_app; print(judge_app.__version__)')" ]]
run demo "$work/demo" --signed >/dev/null
run merge "$work/demo/master.sqlite" "$work/demo/packages/"*.sqlite >/dev/null
run results "$work/demo/master.sqlite" --pdf "$work/rekap.pdf" --json "$work/hasil.json" >/dev/null
run verify "$work/demo/master.sqlite" "$work/rekap.pdf" "$work/demo/packages/"*.sqlite >/dev/null
pdfsig "$work/rekap.pdf" | grep -q "Signature is Valid"
run verify "$work/demo/master.sqlite" "$work/nothing.sqlite" >"$work/report" 2>"$work/said" && exit 1  # fails as it should
# in Indonesian, the default: argparse's words and the core's messages come from the catalogue
grep -q "^  ! $work/nothing.sqlite: berkas tidak ditemukan$" "$work/report"
grep -q "^judge-app: pemeriksaan gagal untuk $work/nothing.sqlite$" "$work/said"
run --help | grep -q "^penggunaan: judge-app"
run --lang en --help | grep -q "^usage: judge-app"
run desktop >/dev/null  # the file type and "open with" point at the frozen program
grep -q "^Exec=$program gui %f" "$work/share/applications/judge-app.desktop"
entries="$(.venv/bin/python -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["entries"]))' "$work/hasil.json")"
[[ "$entries" == 22 ]]
echo "frozen program ($(du -sh dist/judge-app | cut -f1)): --version, demo, merge, results, verify, desktop, Indonesian/English: ok"
