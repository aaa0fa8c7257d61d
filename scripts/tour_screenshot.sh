#!/usr/bin/env bash
# The README's tour screenshot: QGIS with GPS-U on the demo database, under Xvfb.
#   make demo-reset && scripts/tour_screenshot.sh [fr_BE|nl_BE|en_US]
# Writes docs/screenshots/qgis-tour.png. Needs the local demo database (.gpsu/, `make demo`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCALE="${1:-fr_BE}"
CONNINFO="$(/usr/bin/python3 "$ROOT/scripts/localdb.py" start --dir "$ROOT/.gpsu" --dbname gpsu 2>/dev/null)"
DISPLAY_NUMBER=$((90 + RANDOM % 100))
Xvfb ":$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
sleep 2
mkdir -p "$ROOT/docs/screenshots"
DISPLAY=":$DISPLAY_NUMBER" GPSU_TOUR_PNG="$ROOT/docs/screenshots/qgis-tour.png" GPSU_QGIS_LOCALE="$LOCALE" \
  timeout 180 bash "$ROOT/scripts/run_qgis.sh" "$CONNINFO" >/dev/null 2>&1
echo "docs/screenshots/qgis-tour.png"
