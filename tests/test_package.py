"""The plugin zip built by scripts/package.py is complete, clean and installable, and the release
metadata (metadata.txt, CHANGELOG.md) agree."""

import configparser
import glob
import os
import re
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYSTEM_PYTHON = "/usr/bin/python3"  # the Python that can import PyQGIS
PACKAGE = "gpsu_plugin"

REQUIRED_KEYS = (
    "name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository",
    "tracker", "tags", "category", "icon", "changelog", "experimental", "hasProcessingProvider",
)


def _python():
    return SYSTEM_PYTHON if os.path.exists(SYSTEM_PYTHON) else sys.executable


def _ts_files():
    return sorted(glob.glob(os.path.join(ROOT, "i18n", "*.ts")))


def _compile_outputs():
    outputs = [os.path.join(ROOT, PACKAGE, "resources_rc.py")]
    for ts in _ts_files():
        outputs.append(os.path.join(ROOT, PACKAGE, "i18n", os.path.splitext(os.path.basename(ts))[0] + ".qm"))
    return outputs


def _read_metadata(text):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are camelCase (qgisMinimumVersion)
    parser.read_string(text)
    return parser["general"]


def _changelog_latest():
    """(version, bullet lines) of CHANGELOG.md's first `## x.y.z` section."""
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as handle:
        text = handle.read()
    match = re.search(r"^##\s+(\d+\.\d+\.\d+\S*)[^\n]*\n(.*?)(?=^##\s|\Z)", text, re.M | re.S)
    assert match, "CHANGELOG.md has no '## x.y.z' heading"
    bullets = [line.strip() for line in match.group(2).splitlines() if line.strip().startswith(("-", "*"))]
    return match.group(1), bullets


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    if not all(os.path.exists(path) for path in _compile_outputs()):
        subprocess.run(["make", "compile"], cwd=ROOT, check=True)
    out_dir = tmp_path_factory.mktemp("dist")
    result = subprocess.run([_python(), os.path.join(ROOT, "scripts", "package.py"), "--out", str(out_dir)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    zip_path = result.stdout.strip().splitlines()[-1]
    assert os.path.dirname(zip_path) == str(out_dir)
    assert os.path.isfile(zip_path)
    return zip_path


@pytest.fixture(scope="module")
def names(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        assert archive.testzip() is None
        return archive.namelist()


@pytest.fixture(scope="module")
def zip_metadata(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        return _read_metadata(archive.read(PACKAGE + "/metadata.txt").decode("utf-8"))


def test_zip_name_has_the_metadata_version(plugin_zip, zip_metadata):
    assert os.path.basename(plugin_zip) == "{}-{}.zip".format(PACKAGE, zip_metadata["version"])


def test_single_top_folder(names):
    assert names
    assert {name.split("/")[0] for name in names} == {PACKAGE}


@pytest.mark.parametrize("member", [
    "__init__.py", "metadata.txt", "LICENSE", "resources_rc.py", "sql/migrations/0001_core_model.sql",
])
def test_required_files(names, member):
    assert "{}/{}".format(PACKAGE, member) in names


def test_no_tests_caches_or_sources(names):
    for name in names:
        parts = name.split("/")
        assert "tests" not in parts and "test" not in parts, name
        assert "__pycache__" not in parts, name
        assert not name.endswith((".pyc", ".pyo", ".ts")), name


def test_compiled_translation_for_every_ts(names):
    for ts in _ts_files():
        qm = "{}/i18n/{}.qm".format(PACKAGE, os.path.splitext(os.path.basename(ts))[0])
        assert qm in names


def test_metadata_required_keys(zip_metadata):
    missing = [key for key in REQUIRED_KEYS if not zip_metadata.get(key, "").strip()]
    assert not missing, "metadata.txt lacks: {}".format(", ".join(missing))
    assert zip_metadata["name"] == "GPS-U"
    assert zip_metadata["qgisMinimumVersion"] == "3.22"
    assert zip_metadata["hasProcessingProvider"] == "yes"


def test_metadata_in_zip_is_the_top_level_one(zip_metadata):
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as handle:
        top_level = _read_metadata(handle.read())
    assert dict(zip_metadata) == dict(top_level)


def test_icon_is_in_zip(names, zip_metadata):
    assert "{}/{}".format(PACKAGE, zip_metadata["icon"]) in names


def test_version_and_changelog_match_changelog_md(zip_metadata):
    version, bullets = _changelog_latest()
    assert zip_metadata["version"] == version
    changelog = [line.strip() for line in zip_metadata["changelog"].strip().splitlines() if line.strip()]
    assert changelog[0].startswith(version), "metadata.txt changelog should start with the latest version"
    assert [line for line in changelog if line.startswith(("-", "*"))] == bullets, \
        "metadata.txt changelog and CHANGELOG.md's latest section differ"


def test_zip_installs_and_imports(plugin_zip, tmp_path):
    plugins_dir = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins_dir)
    code = "\n".join([
        "import sys",
        "sys.path.insert(0, {!r})".format(str(plugins_dir)),
        "import gpsu_plugin",
        "assert hasattr(gpsu_plugin, 'classFactory')",
        "print(gpsu_plugin.__file__)",
        "from PyQt5.QtCore import QFile",
        "from gpsu_plugin import resources_rc  # noqa: F401",
        "assert QFile(':/plugins/gpsu_plugin/icons/gpsu.svg').exists()",
    ])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    result = subprocess.run([_python(), "-c", code], cwd=str(tmp_path), env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[0].startswith(str(plugins_dir))
