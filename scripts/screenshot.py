#!/usr/bin/python3
"""Regenerate the documentation screenshots from the working copy, in a real QGIS under Xvfb:

    /usr/bin/python3 scripts/screenshot.py [--out docs/screenshots] [--locale en_US]

writes qgis-gpsu-menu.png (the main window with the GPS-U menu open) and connection-dialog.png
(the connection dialog with an example profile). Needs Xvfb and QGIS (make setup), and the
generated plugin files (make compile). Nothing of the user's own QGIS profile is touched: QGIS
runs on a throwaway profile (scripts/qgis_profile.py) and the same in-QGIS script as the smoke
test (scripts/qgis_smoke.py, without unload/reload cycles).
"""

import argparse
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from qgis_profile import ROOT, Unavailable, connection_settings, prepare_profile, run_qgis, xvfb  # noqa: E402

SMOKE_SCRIPT = os.path.join(ROOT, "scripts", "qgis_smoke.py")
MENU_PNG = "qgis-gpsu-menu.png"
DIALOG_PNG = "connection-dialog.png"

# What the connection dialog shows: an example, not a real server (no password anywhere).
EXAMPLE_CONNECTION = connection_settings("municipality", service="", storage="ask", host="db.example.org",
                                         port=5432, dbname="gpsu", user="prevention_officer", sslmode="require")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "screenshots"))
    parser.add_argument("--locale", default="en_US",
                        help="QGIS and GPS-U user interface language (default en_US; e.g. fr_BE, nl_BE)")
    parser.add_argument("--screen", default="1280x800x24", help="Xvfb screen, WIDTHxHEIGHTxDEPTH")
    parser.add_argument("--timeout", type=int, default=180)
    args = parser.parse_args(argv)

    if not os.path.isfile(os.path.join(ROOT, "gpsu_plugin", "metadata.txt")):
        raise SystemExit("gpsu_plugin/metadata.txt is missing: run `make compile` first")
    out_dir = os.path.abspath(args.out)
    os.makedirs(out_dir, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="gpsu-screenshots-")
    try:
        settings = dict(EXAMPLE_CONNECTION)
        settings.update({"locale/overrideFlag": True, "locale/userLocale": args.locale})
        profiles = os.path.join(tmp, "profiles")
        prepare_profile(profiles, settings=settings)
        result_path = os.path.join(tmp, "result.json")
        menu_tmp, dialog_tmp = os.path.join(tmp, MENU_PNG), os.path.join(tmp, DIALOG_PNG)
        env = {"GPSU_SMOKE_OUT": result_path, "GPSU_SMOKE_PNG": menu_tmp, "GPSU_SMOKE_DIALOG_PNG": dialog_tmp,
               "GPSU_SMOKE_CYCLES": "0", "GPSU_SMOKE_TIMEOUT_S": str(args.timeout - 30)}
        try:
            with xvfb(screen=args.screen) as display:
                print("QGIS on Xvfb {} ...".format(display), flush=True)
                returncode, seconds, output = run_qgis(profiles, display, code=SMOKE_SCRIPT, startup=SMOKE_SCRIPT,
                                                       env=env, timeout=args.timeout)
        except Unavailable as exc:
            raise SystemExit("screenshot: {}".format(exc)) from None
        if not os.path.isfile(result_path):
            sys.stderr.write(output[-4000:])
            raise SystemExit("screenshot: QGIS ended (code {}) without a result".format(returncode))
        with open(result_path, encoding="utf-8") as handle:
            result = json.load(handle)
        for problem in result["failures"]:
            print("warning: " + problem.splitlines()[0], file=sys.stderr)
        for error in result["errors"]:
            print("error logged [{}]: {}".format(error["tag"], error["message"][-1500:]), file=sys.stderr)
        written = []
        for shot, name in ((result.get("screenshot"), MENU_PNG), (result.get("dialog_screenshot"), DIALOG_PNG)):
            if shot and shot.get("saved") and os.path.isfile(os.path.join(tmp, name)):
                shutil.copyfile(os.path.join(tmp, name), os.path.join(out_dir, name))
                written.append(os.path.join(out_dir, name))
        if result.get("screenshot") and not result["screenshot"].get("menu_open"):
            print("warning: the GPS-U menu was not open when the screen was grabbed", file=sys.stderr)
        for path in written:
            print(os.path.relpath(path, os.getcwd()))
        print("QGIS ran {} s".format(seconds))
        return 0 if len(written) == 2 else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
