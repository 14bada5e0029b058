#!/usr/bin/env bash
# Refresh the German translation: extract every tr()/translate() string from facilitator/**/*.py
# into facilitator_de.ts (existing translations kept, vanished strings dropped: -no-obsolete),
# then compile facilitator_de.qm, which facilitator.ui.i18n loads at start.
#
# lupdate does not follow a local alias, and some sources use one:
#   t = self.tr                    ... t("Owner")            (context: the enclosing class)
#   t = QCoreApplication.translate ... t("Labels", "Sales")
# So lupdate reads a copy of the sources in which, in files that define such an alias, t( is
# spelled out (self.tr( / QCoreApplication.translate(). Lines stay where they are, and the copy
# sits at the same relative path from the .ts, so the locations in the .ts point at the real files.
#
# Usage: resources/translations/update.sh   (from anywhere; needs pyside6-lupdate/-lrelease)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
ts="$here/facilitator_de.ts"
qm="$here/facilitator_de.qm"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
mkdir -p "$work/resources/translations"
tar --exclude='__pycache__' -cf - facilitator | tar -xf - -C "$work"
while IFS= read -r -d '' f; do
    if grep -qE '^\s*t\s*=\s*self\.tr\s*$' "$f"; then
        sed -i -E 's/(^|[^A-Za-z0-9_.])t\(/\1self.tr(/g' "$f"
    elif grep -qE '^\s*t\s*=\s*([A-Za-z_.]*\.)?QCoreApplication\.translate\s*$' "$f"; then
        sed -i -E 's/(^|[^A-Za-z0-9_.])t\(/\1QCoreApplication.translate(/g' "$f"
    fi
done < <(find "$work/facilitator" -name '*.py' -print0)

copy="$work/resources/translations/facilitator_de.ts"
if [ -f "$ts" ]; then cp "$ts" "$copy"; fi
mapfile -t sources < <(cd "$work" && find facilitator -name '*.py' | LC_ALL=C sort)
(cd "$work" && pyside6-lupdate -silent -no-obsolete -locations relative \
    -source-language en -target-language de "${sources[@]}" -ts "$copy")
cp "$copy" "$ts"
pyside6-lrelease -silent "$ts" -qm "$qm"

messages=$(grep -c '<message' "$ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
echo "update.sh: $messages messages in $(basename "$ts"), $unfinished without a German translation"
