"""An isolated QGIS profile that runs the working copy of GPS-U, and how to start QGIS on it.

    /usr/bin/python3 scripts/qgis_profile.py PROFILES_DIR
    qgis --profiles-path PROFILES_DIR --profile gpsu

QGIS adds "profiles/" to --profiles-path, so the profile is PROFILES_DIR/profiles/gpsu. It gets
`gpsu_plugin` as a symlink to this repository's folder, enabled, and the first-run noise QGIS 3.22
can be told to skip switched off (version check, news feed, plugin repository check). Running it
again is harmless: the link is refreshed and only the keys given are (re)written.

As a module:
  prepare_profile(profiles_dir, profile="gpsu", plugin_src=..., settings={...})
  xvfb()                       context manager: a private X display (for tests and screenshots)
  run_qgis(profiles_dir, ...)  run QGIS on the profile, optionally with a --code script, wait

As a script:
  scripts/qgis_profile.py PROFILES_DIR [--profile gpsu]
      [--connection demo --service gpsu_demo --storage ask] [--set KEY=VALUE ...]

Needs PyQt5 (the Debian python3-pyqt5 QGIS depends on): the lines added to QGIS3.ini are
rendered by QSettings, so that their escaping is exactly the one QGIS reads back.
"""

import argparse
import contextlib
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_NAME = "gpsu_plugin"
DEFAULT_PROFILE = "gpsu"

# Keys QGIS 3.22 reads at start-up (checked against libqgis_app/libqgis_core 3.22.16):
# - there is no tip-of-the-day dialog any more in QGIS 3 (the old `qgis/showTips<ver>` is unused);
# - the first-run / settings migration dialog is only ever offered for the profile "default";
# - the welcome page cannot be turned off, but its news panel can (key = core/NewsFeed/<feed url
#   without its non-alphanumeric characters>/disabled).
QUIET_SETTINGS = {
    "qgis/checkVersion": False,                               # "new QGIS version" check on the welcome page
    "core/NewsFeed/httpsfeedqgisorg/disabled": True,          # QGIS project news feed (network)
    "app/plugin_installer/checkOnStart": False,               # plugin repositories check at start
}

# Variables a test runner or a venv may set that would send QGIS elsewhere (pytest-qgis sets the
# QGIS_* ones and QT_QPA_PLATFORM=offscreen; the GUI must use xcb on the display given).
_FOREIGN_ENV = ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH", "QGIS_PREFIX_PATH",
                "QGIS_PLUGINPATH", "PYTHONHOME", "VIRTUAL_ENV", "WAYLAND_DISPLAY")


class Unavailable(RuntimeError):
    """Xvfb or QGIS is not installed, or Xvfb could not start."""


def plugin_settings(plugin=PLUGIN_NAME):
    return {"PythonPlugins/" + plugin: True}


def connection_settings(name, service="", storage="ask", make_current=True, **fields):
    """GPS-U settings for one connection profile (see gpsu_plugin/core/settings.py)."""
    values = {"gpsu/connections/{}/service".format(name): service,
              "gpsu/connections/{}/storage".format(name): storage}
    for field, value in fields.items():
        values["gpsu/connections/{}/{}".format(name, field)] = value
    if make_current:
        values["gpsu/current_connection"] = name
    return values


def profile_path(profiles_dir, profile=DEFAULT_PROFILE):
    """Where QGIS keeps `profile` for `qgis --profiles-path profiles_dir`: QGIS 3 appends
    "profiles/" to that path (QgsUserProfileManager)."""
    return os.path.join(os.path.abspath(profiles_dir), "profiles", profile)


def _link_plugin(plugins_dir, plugin_src, plugin_name):
    os.makedirs(plugins_dir, exist_ok=True)
    target = os.path.join(plugins_dir, plugin_name)
    plugin_src = os.path.abspath(plugin_src)
    if os.path.islink(target):
        if os.path.realpath(target) == os.path.realpath(plugin_src):
            return target
        os.unlink(target)
    elif os.path.exists(target):
        raise RuntimeError("{} is a real folder, not a link to the working copy: remove it first".format(target))
    os.symlink(plugin_src, target)
    return target


_SECTION = re.compile(r"^\s*\[(.*)\]\s*$")


def _ini_lines(values):
    """[(section, key, line)] for `values` exactly as QSettings writes them (escaping included):
    rendered into an empty scratch file, so that no other setting goes through QSettings."""
    from PyQt5.QtCore import QSettings

    with tempfile.TemporaryDirectory(prefix="gpsu-ini-") as scratch:
        path = os.path.join(scratch, "render.ini")
        ini = QSettings(path, QSettings.IniFormat)
        for key, value in values.items():
            ini.setValue(key, value)
        ini.sync()
        del ini
        with open(path, encoding="latin-1") as handle:
            text = handle.read()
    rendered, section = [], None
    for line in text.splitlines():
        header = _SECTION.match(line)
        if header:
            section = header.group(1)
        elif "=" in line:
            rendered.append((section, line.split("=", 1)[0].strip(), line))
    return rendered


def write_ini(path, values):
    """Set `values` ({"section/key": value}) in the QSettings ini file at `path`.

    Only the lines of those keys change: the file is not read and rewritten by QSettings, which
    would drop the values it cannot load without a GUI (QGIS keeps QColor and the like there)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = []
    if os.path.exists(path):
        with open(path, encoding="latin-1", newline="") as handle:  # byte-transparent
            lines = handle.read().splitlines()
    for section, key, new_line in _ini_lines(values):
        current, found, last_in_section = None, [], None
        for index, line in enumerate(lines):
            header = _SECTION.match(line)
            if header:
                current = header.group(1)
                if current == section:
                    last_in_section = index
            elif current == section:
                if line.strip():
                    last_in_section = index
                if "=" in line and line.split("=", 1)[0].strip() == key:
                    found.append(index)
        if found:
            lines[found[0]] = new_line
            for index in reversed(found[1:]):
                del lines[index]
        elif last_in_section is not None:
            lines.insert(last_in_section + 1, new_line)
        else:
            if lines and lines[-1].strip():
                lines.append("")
            lines += ["[{}]".format(section), new_line]
    with open(path + ".tmp", "w", encoding="latin-1", newline="") as handle:
        handle.write("\n".join(lines) + "\n")
    os.replace(path + ".tmp", path)
    return path


def prepare_profile(profiles_dir, profile=DEFAULT_PROFILE, plugin_src=None, settings=None, quiet=True):
    """Create/refresh the profile so that `qgis --profiles-path profiles_dir --profile <profile>`
    starts with the working copy of GPS-U linked and enabled.

    Returns the profile folder, <profiles_dir>/profiles/<profile> (see profile_path). `settings`
    are extra QgsSettings keys ("gpsu/current_connection", ...), written as given (str, bool, int).
    """
    plugin_src = plugin_src or os.path.join(ROOT, PLUGIN_NAME)
    if not os.path.isfile(os.path.join(plugin_src, "__init__.py")):
        raise RuntimeError("{} is not a QGIS plugin folder".format(plugin_src))
    if not os.path.isfile(os.path.join(plugin_src, "metadata.txt")):
        raise RuntimeError("{}/metadata.txt is missing: run `make compile` first".format(plugin_src))
    plugin_name = os.path.basename(os.path.normpath(plugin_src))
    profile_dir = profile_path(profiles_dir, profile)
    _link_plugin(os.path.join(profile_dir, "python", "plugins"), plugin_src, plugin_name)

    values = dict(QUIET_SETTINGS) if quiet else {}
    values.update(plugin_settings(plugin_name))
    values.update(settings or {})
    write_ini(os.path.join(profile_dir, "QGIS", "QGIS3.ini"), values)
    return profile_dir


# -- running QGIS -------------------------------------------------------------------------------

def _stop(proc, grace=5):
    """Terminate a process started with start_new_session=True, with its children."""
    if proc is None or proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, grace)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def xvfb(screen="1280x800x24", timeout=15):
    """Start Xvfb on a free display (Xvfb picks it: -displayfd); yields ":N"; stops it after.
    Raises Unavailable when Xvfb is missing or does not start."""
    binary = shutil.which("Xvfb", path="/usr/bin:" + os.environ.get("PATH", ""))
    if not binary:
        raise Unavailable("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    log = tempfile.TemporaryFile()
    proc = None
    try:
        proc = subprocess.Popen([binary, "-displayfd", str(write_fd), "-screen", "0", screen,
                                 "-nolisten", "tcp", "-noreset"],
                                pass_fds=(write_fd,), stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                start_new_session=True)
        os.close(write_fd)
        write_fd = None
        number, deadline = b"", time.monotonic() + timeout
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], 0.2)
            if ready:
                chunk = os.read(read_fd, 16)
                if not chunk:
                    break
                number += chunk
            elif proc.poll() is not None:
                break
        if not number.strip().isdigit():
            log.seek(0)
            raise Unavailable("Xvfb did not start: {}".format(log.read().decode(errors="replace")[-2000:]))
        yield ":" + number.strip().decode()
    finally:
        if write_fd is not None:
            os.close(write_fd)
        os.close(read_fd)
        _stop(proc)
        log.close()


def qgis_env(display=None, extra=None, base=None):
    """The environment QGIS needs: /usr/bin first on PATH (its embedded Python finds its prefix
    there, not in pyenv or a venv), the display, and none of a test runner's QGIS/Qt variables."""
    env = dict(os.environ if base is None else base)
    for name in _FOREIGN_ENV:
        env.pop(name, None)
    env["PATH"] = "/usr/bin:/bin:" + env.get("PATH", "")
    if display:
        env["DISPLAY"] = display
    if not env.get("XDG_RUNTIME_DIR") or not os.path.isdir(env["XDG_RUNTIME_DIR"]):
        runtime = os.path.join(tempfile.gettempdir(), "gpsu-xdg-runtime-{}".format(os.getuid()))
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = runtime
    env.update(extra or {})
    return env


def qgis_command(profiles_dir, profile=DEFAULT_PROFILE, code=None, qgis="qgis"):
    binary = shutil.which(qgis, path="/usr/bin:" + os.environ.get("PATH", ""))
    if not binary:
        raise Unavailable("QGIS is not installed ({} not found on PATH)".format(qgis))
    command = [binary, "--profiles-path", os.path.abspath(profiles_dir), "--profile", profile,
               "--nologo", "--noversioncheck"]
    if code:
        command += ["--code", os.path.abspath(code)]
    return command


def run_qgis(profiles_dir, display, code=None, startup=None, profile=DEFAULT_PROFILE, env=None, timeout=180,
             log_path=None):
    """Run QGIS on `display` until it quits (or `timeout` s, then kill it and its children).

    `code` runs once the main window exists (--code), `startup` before the plugins are loaded
    (PYQGIS_STARTUP). Returns (returncode or None on timeout, seconds, output); the output also
    goes to log_path."""
    command = qgis_command(profiles_dir, profile, code)
    env = dict(env or {})
    if startup:
        env["PYQGIS_STARTUP"] = os.path.abspath(startup)
    log = open(log_path, "w+b") if log_path else tempfile.TemporaryFile()
    started, proc, returncode = time.monotonic(), None, None
    try:
        proc = subprocess.Popen(command, env=qgis_env(display, env), stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            returncode = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            returncode = None
    finally:
        _stop(proc)
        log.seek(0)
        output = log.read().decode(errors="replace")
        log.close()
    return returncode, round(time.monotonic() - started, 1), output


# -- command line ---------------------------------------------------------------------------------

def _parse_args(argv):
    parser = argparse.ArgumentParser(description="Prepare an isolated QGIS profile running the working "
                                                 "copy of GPS-U (qgis --profiles-path PROFILES_DIR --profile gpsu).")
    parser.add_argument("profiles_dir", help="the folder given to qgis --profiles-path")
    parser.add_argument("--profile", default=DEFAULT_PROFILE)
    parser.add_argument("--plugin-src", default=os.path.join(ROOT, PLUGIN_NAME))
    parser.add_argument("--connection", help="name of a GPS-U connection profile to write and make current")
    parser.add_argument("--service", default="", help="its PostgreSQL service name")
    parser.add_argument("--storage", default="ask", choices=("keyring", "authcfg", "ask"),
                        help="how its password is kept (default: ask)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="any other QgsSettings key, e.g. --set gpsu/current_connection=demo")
    return parser.parse_args(argv)


def main(argv=None):
    args = _parse_args(argv)
    settings = {}
    if args.connection:
        settings.update(connection_settings(args.connection, service=args.service, storage=args.storage))
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SystemExit("--set expects KEY=VALUE, got {!r}".format(item))
        settings[key] = value
    try:
        profile_dir = prepare_profile(args.profiles_dir, args.profile, args.plugin_src, settings)
    except RuntimeError as exc:
        raise SystemExit("qgis_profile: {}".format(exc)) from None
    print(profile_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
