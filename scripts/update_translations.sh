#!/usr/bin/env bash
# Refresh the Qt Linguist catalogue from the source (new strings arrive unfinished);
# translate them with pyside6-linguist or by editing the .ts file. The windows (self.tr)
# and the core (judge_app.base.text.translate) share one catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
pyside6-lupdate $(find judge_app -name '*.py' | sort) \
  -ts resources/translations/judge_app_id.ts -target-language id_ID -no-obsolete
