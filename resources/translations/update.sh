#!/usr/bin/env bash
# Refresh the German translation: extract every tr()/translate() string from facilitator/**/*.py
# into facilitator_de.ts (existing translations kept, vanished strings dropped: -no-obsolete),
# then compile facilitator_de.qm, which facilitator.ui.i18n loads at start.
#
# lupdate reads literal tr()/QCoreApplication.translate() calls only: no aliases, no f-strings.
#
# Usage: resources/translations/update.sh   (from anywhere; needs pyside6-lupdate/-lrelease)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
ts="$here/facilitator_de.ts"
qm="$here/facilitator_de.qm"
cd "$root"
mapfile -t sources < <(find facilitator -name '*.py' | LC_ALL=C sort)
pyside6-lupdate -silent -no-obsolete -locations relative \
    -source-language en -target-language de "${sources[@]}" -ts "$ts"
pyside6-lrelease -silent "$ts" -qm "$qm"

messages=$(grep -c '<message' "$ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
echo "update.sh: $messages messages in $(basename "$ts"), $unfinished without a German translation"
