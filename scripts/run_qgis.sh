#!/usr/bin/env bash
# Open QGIS with the working copy of GPS-U on a database (used by `make demo`):
#
#   scripts/run_qgis.sh 'host=... port=... dbname=... user=...'
#
# Writes .gpsu/pg_service.conf with a service "gpsu_demo" for that database (never a password),
# prepares an isolated QGIS profile in .gpsu/qgis-profiles (plugin linked from gpsu_plugin/,
# GPS-U connection "demo" = service gpsu_demo, password asked when needed: the local demo server
# trusts its unix socket, so none is) and starts QGIS on it. Your own QGIS profile is not touched.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON=/usr/bin/python3
STATE="$ROOT/.gpsu"
SERVICE=gpsu_demo
CONNECTION=demo

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 'host=... port=... dbname=... user=...'" >&2
  exit 2
fi
CONNINFO="$1"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<EOF
QGIS needs a display, and this session has none (neither DISPLAY nor WAYLAND_DISPLAY is set):
QGIS is not started. The demo database is ready: $CONNINFO

What works without a display (from $ROOT):
  make test
      the test suite; its real-QGIS smoke test starts its own Xvfb
  $PYTHON -m gpsu_plugin.cli --db '$CONNINFO' db status
      the GPS-U schema version of the demo database
  $PYTHON scripts/screenshot.py
      QGIS with GPS-U under Xvfb, screenshots saved in docs/screenshots/

For the QGIS window itself, run \`make demo\` in a desktop session (or over ssh -X). Under a
virtual display (xvfb-run -a make demo) QGIS starts, but nobody can see or use it.
EOF
  exit 0
fi

mkdir -p "$STATE"
# the service file, from the conninfo (parsed by libpq's rules via psycopg2; a password is refused)
PGSERVICEFILE="$STATE/pg_service.conf"
"$PYTHON" - "$CONNINFO" "$SERVICE" "$PGSERVICEFILE" <<'EOF'
import sys

from psycopg2.extensions import parse_dsn

conninfo, service, path = sys.argv[1:]
params = parse_dsn(conninfo)
if params.pop("password", None) is not None:
    print("run_qgis: the password in the connection string is not written to pg_service.conf; "
          "use ~/.pgpass, or type it when GPS-U asks", file=sys.stderr)
lines = ["# written by scripts/run_qgis.sh for `make demo`; rewritten on each run", "[{}]".format(service)]
for key in ("host", "port", "dbname", "user", "sslmode"):
    if params.get(key):
        lines.append("{}={}".format(key, params.pop(key)))
lines += ["{}={}".format(key, value) for key, value in sorted(params.items())]
with open(path, "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines) + "\n")
EOF

# GPSU_QGIS_LOCALE=fr_BE (or nl_BE, en_US) sets the language of QGIS and GPS-U in this profile
locale_args=()
if [ -n "${GPSU_QGIS_LOCALE:-}" ]; then
  locale_args=(--set locale/overrideFlag=true --set "locale/userLocale=$GPSU_QGIS_LOCALE")
fi
PATH="/usr/bin:$PATH" "$PYTHON" "$ROOT/scripts/qgis_profile.py" "$STATE/qgis-profiles" \
  --connection "$CONNECTION" --service "$SERVICE" --storage ask "${locale_args[@]}" >/dev/null

echo "QGIS with GPS-U: profile $STATE/qgis-profiles/profiles/gpsu, service $SERVICE in $PGSERVICEFILE"
export PGSERVICEFILE
export PATH="/usr/bin:$PATH"
exec qgis --profiles-path "$STATE/qgis-profiles" --profile gpsu --code "$ROOT/scripts/demo_startup.py"
