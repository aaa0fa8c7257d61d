"""The GPS-U QGIS project (issue 8): every layer valid and styled, forms with value relations and
read-only fields, the attachments relation, map themes, and no password in the saved file."""

import zipfile

import pytest
from qgis.core import QgsProject

from gpsu_plugin.core import access, project as gpsu_project
from gpsu_plugin.core.profile import ConnectionProfile

PASSWORD = "Pr0ject-Template-Pass!"


@pytest.fixture(scope="module")
def people(postgis_server, gpsu_db):
    su = postgis_server.connect(gpsu_db)
    su.autocommit = True
    suffix = gpsu_db.rsplit("_", 1)[-1]
    logins = {}
    with su.cursor() as cur:
        cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES ('C', 'Centre', "
                    "ST_Multi(ST_MakeEnvelope(99000, 149000, 101000, 151000, 31370)))")
        cur.execute("INSERT INTO gpsu.schools (code, name, geom) VALUES ('0590001P', 'École du Centre', "
                    "ST_SetSRID(ST_MakePoint(100000, 150000), 31370))")
        for key, roles in (("admin", ["gpsu_admin"]), ("analyst", ["gpsu_analyst"]),
                           ("responder", ["gpsu_responder"])):
            login = "proj{}_{}".format(key, suffix)
            cur.execute("SELECT gpsu.create_account(%s, '', %s, %s)", (login, access.verifier(su, login, PASSWORD),
                                                                        roles))
            cur.execute("UPDATE gpsu.accounts SET must_change_password = false WHERE login = %s", (login,))
            logins[key] = login
    su.close()
    return logins


def signed_in(postgis_server, gpsu_db, login, monkeypatch):
    import psycopg2

    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # what the QGIS auth configuration gives in real use
    profile = ConnectionProfile(host="127.0.0.1", port=postgis_server.port, dbname=gpsu_db, user=login)
    conn = psycopg2.connect(postgis_server.conninfo(gpsu_db, user=login, tcp=True), password=PASSWORD)
    return profile, conn


def test_the_administrators_project(postgis_server, gpsu_db, people, monkeypatch, tmp_path):
    profile, conn = signed_in(postgis_server, gpsu_db, people["admin"], monkeypatch)
    path = str(tmp_path / "gpsu.qgz")
    built = gpsu_project.save_project(profile, conn, 31370, path)
    layers = {layer.customProperty("gpsu/layer"): layer for layer in built.mapLayers().values()}
    assert {"incidents_by_category", "open_cases", "heatmap", "territory", "categories", "services",
            "incident_attachments", "schools", "school_sites", "ppms_points", "prevention_actions"} <= set(layers)
    assert all(layer.isValid() for layer in layers.values()), [k for k, v in layers.items() if not v.isValid()]
    open_cases = layers["open_cases"]
    fields = open_cases.fields()
    setup = open_cases.editorWidgetSetup(fields.indexOf("category_id"))
    assert setup.type() == "ValueRelation" and setup.config()["Layer"] == layers["categories"].id()
    assert open_cases.editorWidgetSetup(fields.indexOf("status")).config()["Key"] == "code"
    form = open_cases.editFormConfig()
    assert form.readOnly(fields.indexOf("number")) and form.readOnly(fields.indexOf("reporter"))
    assert not form.readOnly(fields.indexOf("description"))
    assert built.relationManager().relations()
    # identify a school on the map: its action opens the school in the GPS-U panel
    actions = layers["schools"].actions().actions()
    assert len(actions) == 1 and "open_school" in actions[0].command() and actions[0].runable()
    themes = built.mapThemeCollection().mapThemes()
    assert {"Open cases", "Hot spots", "Schools"} <= set(themes) or {"Cas ouverts", "Points chauds"} <= set(themes)
    # no password in the file, and it opens again with every layer valid
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert PASSWORD.encode() not in archive.read(name)
    reloaded = QgsProject()
    assert reloaded.read(path)
    assert all(layer.isValid() for layer in reloaded.mapLayers().values())
    conn.close()


@pytest.mark.parametrize("person, present, absent", [
    ("analyst", {"open_cases", "prevention_actions", "schools"}, {"incident_attachments"}),
    ("responder", {"schools", "ppms_points", "school_buildings"}, {"incident_attachments", "prevention_actions"})])
def test_each_role_gets_the_layers_it_may_read(postgis_server, gpsu_db, people, monkeypatch, person, present, absent):
    profile, conn = signed_in(postgis_server, gpsu_db, people[person], monkeypatch)
    built = gpsu_project.build_project(profile, conn, 31370)
    layers = {layer.customProperty("gpsu/layer"): layer for layer in built.mapLayers().values()}
    assert present <= set(layers) and not absent & set(layers)
    assert all(layer.isValid() for layer in layers.values()), [k for k, v in layers.items() if not v.isValid()]
    if "open_cases" in layers:  # the analyst may change nothing: every field read-only
        form, fields = layers["open_cases"].editFormConfig(), layers["open_cases"].fields()
        assert all(form.readOnly(i) for i in range(fields.count()))
    conn.close()
