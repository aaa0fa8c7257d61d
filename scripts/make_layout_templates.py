#!/usr/bin/env python3
"""Write the layout templates shipped with the plugin: gpsu_plugin/reports/templates/gpsu_<kind>_<lang>.qpt.

    /usr/bin/python3 scripts/make_layout_templates.py            # all kinds, fr nl en
    /usr/bin/python3 scripts/make_layout_templates.py --check    # exit 1 if a template is missing or stale

The layouts are built by gpsu_plugin.reports.layouts.build_layout over placeholder layers whose ids
are those the plugin gives its atlas layers (gpsu_atlas_<role>), so that a template loaded into a
project finds its layers. Texts are translated with the .ts files of i18n/ (compiled here into a
temporary folder). Run it again after changing build_layout or the translations of its texts.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
LANGUAGES = ("fr", "nl", "en")
LRELEASE = next((path for path in ("/usr/lib/qt5/bin/lrelease", "/usr/bin/lrelease") if os.path.exists(path)),
                "lrelease")


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def _translator(language, folder):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    if language == "en":
        return None
    qm = os.path.join(folder, "gpsu_{}.qm".format(language))
    subprocess.run([LRELEASE, "-silent", os.path.join(ROOT, "i18n", "gpsu_{}.ts".format(language)), "-qm", qm],
                   check=True)
    translator = QTranslator()
    if not translator.load(qm):
        raise SystemExit("cannot load {}".format(qm))
    QCoreApplication.installTranslator(translator)
    return translator


def _placeholders(language):
    """Layers with the ids, names and fields of the atlas layers, no database needed."""
    from qgis.core import QgsVectorLayer

    from gpsu_plugin.core.profile import ConnectionProfile
    from gpsu_plugin.reports import layouts

    profile = ConnectionProfile(name="template", service="gpsu")
    sources = layouts.layer_sources(profile, 31370, layouts.Period(date(2026, 1, 1), date(2026, 12, 31)), language)
    fields = {
        layouts.R_DISTRICTS: "id:integer&field=code:string&field=name:string&field=total:integer"
                             "&field=open_count:integer&field=chart_svg:string",
        layouts.R_COUNTS: "fid:integer&field=district_id:integer&field=category:string&field=colour:string"
                          "&field=n:integer&field=open_count:integer&field=share:double",
        layouts.R_DOCUMENTS: "id:integer&field=school_id:integer&field=doc_type:string&field=title:string"
                             "&field=version:integer&field=created_at:datetime&field=review_due:date"
                             "&field=confidential:boolean",
    }
    made = {}
    for role, (_source, name, geometry) in sources.items():
        kind = {1: "Point", 6: "MultiPolygon", 100: "None"}.get(int(geometry), "MultiPolygon")
        uri = "{}?crs=EPSG:31370&field={}".format(kind, fields.get(role, "id:integer"))
        memory = QgsVectorLayer(uri, name, "memory")
        layer = layouts._with_id(memory, layouts.layer_id(role))
        layer.setCustomProperty(layouts.ROLE_PROPERTY, role)
        made[role] = layer
    return made


def build(kind, language, folder):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from gpsu_plugin.reports import layouts

    project = QgsProject()
    placeholders = _placeholders(language)
    for layer in placeholders.values():
        project.addMapLayer(layer)
    layout = layouts.build_layout(kind, project, placeholders, QgsCoordinateReferenceSystem("EPSG:31370"))
    path = os.path.join(folder, layouts.template_name(kind, language))
    layouts.save_template(layout, path)
    project.clear()
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that every template exists")
    parser.add_argument("--out", default=None, help="folder (default: gpsu_plugin/reports/templates)")
    args = parser.parse_args(argv)
    app = _app()  # noqa: F841
    from qgis.PyQt.QtCore import QCoreApplication

    from gpsu_plugin.reports import layouts

    folder = args.out or layouts.TEMPLATES_DIR
    if args.check:
        missing = [layouts.template_name(kind, language) for kind in layouts.KINDS for language in LANGUAGES
                   if not os.path.isfile(os.path.join(folder, layouts.template_name(kind, language)))]
        print("missing: {}".format(", ".join(missing)) if missing else "all templates present")
        return 1 if missing else 0
    os.makedirs(folder, exist_ok=True)
    with tempfile.TemporaryDirectory() as qm_folder:
        for language in LANGUAGES:
            translator = _translator(language, qm_folder)
            for kind in layouts.KINDS:
                print(os.path.relpath(build(kind, language, folder), ROOT))
            if translator is not None:
                QCoreApplication.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
