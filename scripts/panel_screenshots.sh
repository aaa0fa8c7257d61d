#!/usr/bin/env bash
# The documentation's panel screenshots: statistics, schools, audit log and access, in a real QGIS on
# the demo database under Xvfb; and a page of the DLS report and of the district atlas.
#   make demo-reset && make report && scripts/panel_screenshots.sh [fr_BE|nl_BE|en_US]
# Writes docs/screenshots/{statistics-dock,schools-dock,audit-dock,access-dialog,dls-report,atlas-district}.png.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCALE="${1:-fr_BE}"
OUT="$ROOT/docs/screenshots"
CONNINFO="$(/usr/bin/python3 "$ROOT/scripts/localdb.py" start --dir "$ROOT/.gpsu" --dbname gpsu 2>/dev/null)"
DISPLAY_NUMBER=$((90 + RANDOM % 100))
Xvfb ":$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
sleep 2
mkdir -p "$OUT"
DISPLAY=":$DISPLAY_NUMBER" GPSU_SHOTS_DIR="$OUT" GPSU_QGIS_LOCALE="$LOCALE" \
  timeout 240 bash "$ROOT/scripts/run_qgis.sh" "$CONNINFO" >/dev/null 2>&1
for pdf in dls:gpsu-dls.pdf:3 atlas-district:gpsu-atlas-districts.pdf:1; do
  IFS=: read -r name file page <<< "$pdf"
  if [ -f "$ROOT/dist/$file" ]; then
    pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$ROOT/dist/$file" "$OUT/$name-report"
  fi
done
mv -f "$OUT/atlas-district-report.png" "$OUT/atlas-district.png" 2>/dev/null || true
ls "$OUT"
