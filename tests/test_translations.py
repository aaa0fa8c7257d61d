"""Every user-visible string is translatable, and French is complete."""

import os
import re
import subprocess

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

import update_translations as ut
from gpsu_plugin.core import i18n

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_tr_calls_are_literal_strings():
    assert ut.extract(), "no tr() call found"  # raises NonLiteralTr on tr(f"…") or tr(variable)


def test_non_literal_tr_is_detected(tmp_path):
    (tmp_path / "bad.py").write_text("from x import tr\nname = 'a'\ntr(f'hello {name}')\n")
    with pytest.raises(ut.NonLiteralTr):
        ut.extract(str(tmp_path))


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_translations_are_complete(lang):
    assert ut.missing(lang) == [], "run `make translations` and translate the new strings"


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_placeholders_are_kept(lang):
    translations = ut.read_ts(os.path.join(ut.I18N, "gpsu_{}.ts".format(lang)))
    for source, (text, finished) in translations.items():
        if finished:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


def test_compiled_french_translates_at_runtime(tmp_path):
    qm = tmp_path / "gpsu_fr.qm"
    subprocess.run(["lrelease", "-silent", os.path.join(ut.I18N, "gpsu_fr.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert i18n.tr("Test connection") != "Test connection"
        assert i18n.tr("Test connection") == ut.read_ts(os.path.join(ut.I18N, "gpsu_fr.ts"))["Test connection"][0]
    finally:
        QCoreApplication.removeTranslator(translator)
