"""GPS-U in the real QGIS application: started under Xvfb on an isolated profile, the plugin must
show its menu, toolbar and Processing provider, and survive 10 unload/reload cycles cleanly.

The checks themselves run inside QGIS (scripts/qgis_smoke.py) and come back as JSON. Skipped only
when Xvfb or QGIS is not installed (or Xvfb cannot start); anything else is a failure. The profile
preparation (scripts/qgis_profile.py) is also checked on its own, without QGIS.
"""

import json
import os

import pytest

from qgis_profile import ROOT, Unavailable, connection_settings, prepare_profile, qgis_command, run_qgis, xvfb

SMOKE_SCRIPT = os.path.join(ROOT, "scripts", "qgis_smoke.py")
CYCLES = 10
TIMEOUT_S = 180


def _tail(text, lines=60):
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    """Run QGIS once for the module; the JSON result of scripts/qgis_smoke.py."""
    tmp = tmp_path_factory.mktemp("qgis-smoke")
    if not os.path.isfile(os.path.join(ROOT, "gpsu_plugin", "metadata.txt")):
        pytest.fail("gpsu_plugin/metadata.txt is missing: run `make compile` first")
    try:
        qgis_command(tmp)  # is QGIS installed?
    except Unavailable as exc:
        pytest.skip(str(exc))
    prepare_profile(str(tmp / "profiles"))
    out = tmp / "smoke.json"
    env = {"GPSU_SMOKE_OUT": str(out), "GPSU_SMOKE_PNG": str(tmp / "menu.png"),
           "GPSU_SMOKE_CYCLES": str(CYCLES), "GPSU_SMOKE_TIMEOUT_S": str(TIMEOUT_S - 30)}
    try:
        with xvfb() as display:
            returncode, seconds, output = run_qgis(str(tmp / "profiles"), display, code=SMOKE_SCRIPT,
                                                   startup=SMOKE_SCRIPT, env=env,
                                                   timeout=TIMEOUT_S, log_path=str(tmp / "qgis.log"))
    except Unavailable as exc:
        pytest.skip(str(exc))
    assert returncode is not None, "QGIS did not quit within {} s; its output:\n{}".format(TIMEOUT_S, _tail(output))
    assert out.is_file(), "QGIS wrote no smoke result (exit code {}); its output:\n{}".format(returncode, _tail(output))
    result = json.loads(out.read_text(encoding="utf-8"))
    result["_qgis"] = {"returncode": returncode, "seconds": seconds, "output": output, "tmp": str(tmp)}
    return result


@pytest.mark.xvfb
def test_qgis_runs_on_xcb_and_quits(smoke):
    assert smoke["platform"] == "xcb", "QGIS must run on the X display, not " + smoke["platform"]
    assert smoke["finished"], smoke["failures"]
    assert smoke["_qgis"]["returncode"] == 0, _tail(smoke["_qgis"]["output"])


@pytest.mark.xvfb
def test_plugin_shows_menu_toolbar_and_provider(smoke):
    initial = smoke["initial"]
    assert initial["plugin_active"], smoke["failures"]
    assert initial["menu"] and initial["menu_count"] == 1, "menu GpsuMenu missing from the menu bar"
    assert initial["menu_title"] == "GPS-U"
    assert {"gpsu_connection", "gpsu_upgrade"} <= set(initial["menu_actions"])
    assert initial["toolbar"] and initial["toolbar_visible"], "toolbar GpsuToolbar missing or hidden"
    assert initial["provider"], "Processing provider 'gpsu' not registered"
    assert initial["algorithms"], "the 'gpsu' provider has no algorithm"
    assert smoke["screenshot"]["saved"], smoke["screenshot"]


@pytest.mark.xvfb
def test_unload_reload_cycles_are_clean(smoke):
    cycles = smoke["cycles"]
    assert len(cycles) == CYCLES, smoke["failures"]
    for cycle in cycles:
        assert cycle["unloaded"] and cycle["loaded"] and cycle["started"], cycle
        assert not cycle.get("exception"), cycle["exception"]
        assert cycle["leftovers"] == [], "cycle {}: left after unload: {}".format(cycle["cycle"], cycle["leftovers"])
        assert cycle["counts"] == smoke["initial"]["counts"], "cycle {}: counts changed".format(cycle["cycle"])
        assert cycle["menu"] and cycle["toolbar"] and cycle["provider"], cycle
    assert smoke["clean_cycles"] == CYCLES


@pytest.mark.xvfb
def test_no_errors_logged(smoke):
    assert smoke["errors"] == [], "\n\n".join("[{tag}] {message}".format(**e) for e in smoke["errors"])
    assert smoke["failures"] == []
    assert smoke["ok"]


def test_profile_preparation_is_idempotent_and_keeps_foreign_settings(tmp_path):
    settings = connection_settings("demo", service="gpsu_demo", storage="ask")
    profile = prepare_profile(str(tmp_path), settings=settings)
    assert profile == str(tmp_path / "profiles" / "gpsu")  # QGIS adds "profiles/" to --profiles-path
    link = tmp_path / "profiles" / "gpsu" / "python" / "plugins" / "gpsu_plugin"
    assert link.is_symlink()
    assert os.path.realpath(str(link)) == os.path.realpath(os.path.join(ROOT, "gpsu_plugin"))
    ini = tmp_path / "profiles" / "gpsu" / "QGIS" / "QGIS3.ini"
    first = ini.read_bytes()
    prepare_profile(str(tmp_path), settings=settings)
    assert ini.read_bytes() == first

    # what QGIS itself writes there (a QColor, say) must survive a later run untouched
    color = "default_selection_color=@Variant(\\0\\0\\0\\x43\\x1\\xff\\xff\\xff\\xff)"
    ini.write_text(ini.read_text(encoding="latin-1") + "\n[qgis]\n" + color + "\n", encoding="latin-1")
    prepare_profile(str(tmp_path), settings=dict(settings, **{"gpsu/connections/demo/storage": "keyring"}))
    text = ini.read_text(encoding="latin-1")
    assert color in text

    from qgis.PyQt.QtCore import QSettings

    values = QSettings(str(ini), QSettings.IniFormat)
    assert values.value("PythonPlugins/gpsu_plugin") == "true"
    assert values.value("gpsu/current_connection") == "demo"
    assert values.value("gpsu/connections/demo/service") == "gpsu_demo"
    assert values.value("gpsu/connections/demo/storage") == "keyring"
    assert values.value("qgis/checkVersion") == "false"
    assert values.value("core/NewsFeed/httpsfeedqgisorg/disabled") == "true"
