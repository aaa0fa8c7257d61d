#!/usr/bin/env python3
"""Build the QGIS plugin zip: dist/gpsu_plugin-<version>.zip (version from metadata.txt).

    /usr/bin/python3 scripts/package.py --out dist     # prints the zip path

The zip holds one top folder, gpsu_plugin/, as the QGIS plugin installer and plugins.qgis.org
expect: the Python package, metadata.txt and LICENSE (taken from the top level of the repository),
resources_rc.py, icons, SQL files and the compiled translations (gpsu_plugin/i18n/*.qm).
Tests, caches, byte code and translation sources (.ts) are left out.
Run `make compile` first (`make package` does): this script checks that the generated files
exist and are not older than their sources, and stops with a clear message if not.
"""

import argparse
import configparser
import glob
import os
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "gpsu_plugin"

EXCLUDED_DIRS = {"__pycache__", "tests", "test", ".pytest_cache", ".ruff_cache", ".mypy_cache", ".git"}
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".ts", ".orig", ".rej", ".swp", "~")
EXCLUDED_NAMES = {".DS_Store", "Thumbs.db", ".gitignore"}
# taken from the top level, never from the (possibly stale) copies made by `make compile`
TOP_LEVEL_FILES = ("metadata.txt", "LICENSE")


def read_version(root=ROOT):
    parser = configparser.ConfigParser(interpolation=None)
    with open(os.path.join(root, "metadata.txt"), encoding="utf-8") as handle:
        parser.read_file(handle)
    version = parser.get("general", "version", fallback="").strip()
    if not version:
        raise SystemExit("metadata.txt has no [general] version")
    return version


def check_generated(root=ROOT):
    """The outputs of `make compile` must be there and up to date."""
    problems = []
    resources = os.path.join(root, PACKAGE, "resources_rc.py")
    qrc = os.path.join(root, "resources.qrc")
    if not os.path.exists(resources):
        problems.append("{} is missing".format(os.path.relpath(resources, root)))
    elif os.path.exists(qrc) and os.path.getmtime(qrc) > os.path.getmtime(resources):
        problems.append("{} is older than resources.qrc".format(os.path.relpath(resources, root)))
    for ts in sorted(glob.glob(os.path.join(root, "i18n", "*.ts"))):
        name = os.path.splitext(os.path.basename(ts))[0] + ".qm"
        qm = os.path.join(root, PACKAGE, "i18n", name)
        if not os.path.exists(qm):
            problems.append("{} is missing".format(os.path.relpath(qm, root)))
        elif os.path.getmtime(ts) > os.path.getmtime(qm):
            problems.append("{} is older than {}".format(os.path.relpath(qm, root), os.path.relpath(ts, root)))
    for name in TOP_LEVEL_FILES:
        if not os.path.exists(os.path.join(root, name)):
            problems.append("{} is missing at the top level".format(name))
    if problems:
        raise SystemExit("Cannot package:\n  " + "\n  ".join(problems) + "\nRun `make compile` first.")


def plugin_files(root=ROOT):
    """(absolute path, name in the zip) of every file to ship, sorted."""
    package_dir = os.path.join(root, PACKAGE)
    files = []
    for dirpath, dirnames, filenames in os.walk(package_dir, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in EXCLUDED_DIRS and not d.startswith("."))
        for filename in sorted(filenames):
            if filename in EXCLUDED_NAMES or filename.endswith(EXCLUDED_SUFFIXES):
                continue
            path = os.path.join(dirpath, filename)
            arcname = os.path.relpath(path, root).replace(os.sep, "/")
            if dirpath == package_dir and filename in TOP_LEVEL_FILES:
                continue  # added from the top level below
            files.append((path, arcname))
    for name in TOP_LEVEL_FILES:
        files.append((os.path.join(root, name), "{}/{}".format(PACKAGE, name)))
    return sorted(files, key=lambda item: item[1])


def build(out_dir, root=ROOT):
    check_generated(root)
    version = read_version(root)
    os.makedirs(out_dir, exist_ok=True)
    zip_path = os.path.abspath(os.path.join(out_dir, "{}-{}.zip".format(PACKAGE, version)))
    # fixed order and permissions; timestamps are the files' own, or SOURCE_DATE_EPOCH for a reproducible zip
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    tmp_path = zip_path + ".part"
    with zipfile.ZipFile(tmp_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, arcname in plugin_files(root):
            if epoch:
                date_time = time.gmtime(max(int(epoch), 315532800))[:6]  # the zip format starts in 1980
            else:
                date_time = time.localtime(max(os.path.getmtime(path), 315532800))[:6]
            info = zipfile.ZipInfo(arcname, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(path, "rb") as handle:
                archive.writestr(info, handle.read())
    os.replace(tmp_path, zip_path)
    return zip_path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "dist"), help="output folder (default: dist)")
    args = parser.parse_args(argv)
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
