"""The map layers against the real database: valid, styled from the database, refreshed by its
notifications, and without any password in their source or in a saved project."""

import os
import zipfile

import pytest
from qgis.core import QgsProject

from gpsu_plugin.core import layers
from gpsu_plugin.core.profile import STORAGE_ASK, STORAGE_AUTHCFG, ConnectionProfile

from .conftest import SUPERUSER_PASSWORD


@pytest.fixture(scope="module")
def data(postgis_server, gpsu_db):
    """One district, three incidents in it (one of them closed)."""
    conn = postgis_server.connect(gpsu_db)
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES ('centre', 'Centre', "
                    "ST_Multi(ST_MakeEnvelope(99000, 149000, 101000, 151000, 31370)))")
        cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id) "
                    "SELECT ST_SetSRID(ST_MakePoint(100000 + n * 10, 150000), 31370), now() - interval '1 hour', "
                    "(SELECT id FROM gpsu.categories WHERE code = 'noise') FROM generate_series(1, 3) n "
                    "RETURNING id")
        closed = cur.fetchone()[0]
        cur.execute("SELECT set_config('gpsu.comment', 'nothing found', true)")
        cur.execute("UPDATE gpsu.incidents SET status = 'rejected', version = version WHERE id = %s", (closed,))
    yield conn
    conn.close()


@pytest.fixture
def profile(postgis_server, gpsu_db):
    # the server's unix socket (trust authentication): no password anywhere
    return ConnectionProfile(name="layers", host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                             dbname=gpsu_db, user="postgres", storage=STORAGE_ASK)


@pytest.fixture
def built(profile, data):
    return layers.incident_layers(profile, 31370, data, language="en")


def by_kind(built_layers):
    return {layer.customProperty(layers.KIND_PROPERTY): layer for layer in built_layers}


def test_layers_are_valid_and_count_features(built):
    names = [layer.name() for layer in built]
    assert names == ["Incidents by category", "Open cases", "Incidents by status", "Heatmap of facts", "Territory"]
    for layer in built:
        assert layer.isValid(), layer.name()
        assert layer.providerType() == "postgres"
    kinds = by_kind(built)
    assert kinds[layers.BY_CATEGORY].featureCount() == 3
    assert kinds[layers.BY_STATUS].featureCount() == 3
    assert kinds[layers.OPEN_CASES].featureCount() == 2                    # the rejected one is not open
    assert kinds[layers.TERRITORY].featureCount() == 1
    assert kinds[layers.HEATMAP].featureCount() == 3
    assert kinds[layers.HEATMAP].renderer().type() == "heatmapRenderer"
    assert kinds[layers.OPEN_CASES].subsetString() == layers.OPEN_SUBSET
    assert kinds[layers.BY_CATEGORY].crs().authid() == "EPSG:31370"
    assert kinds[layers.BY_CATEGORY].dataProvider().uri().keyColumn() == "id"


def test_styles_come_from_the_database(built, data):
    kinds = by_kind(built)
    renderer = kinds[layers.BY_CATEGORY].renderer()
    assert renderer.classAttribute() == "category_id"
    with data.cursor() as cur:
        cur.execute("SELECT id, colour, label_en FROM gpsu.categories WHERE code = 'noise'")
        noise_id, colour, label = cur.fetchone()
    data.rollback()
    category = renderer.categories()[renderer.categoryIndexForValue(noise_id)]
    assert category.label() == label == "Noise"
    assert category.symbol().color().name() == colour
    statuses = kinds[layers.BY_STATUS].renderer()
    assert statuses.classAttribute() == "status"
    assert statuses.categories()[statuses.categoryIndexForValue("in_progress")].label() == "In progress"
    priorities = kinds[layers.OPEN_CASES].renderer()
    assert priorities.classAttribute() == "priority"
    assert priorities.categories()[priorities.categoryIndexForValue(1)].label() == "Urgent"


def test_layers_refresh_on_notify(built):
    for layer in built:
        assert layer.isRefreshOnNotifyEnabled()
        assert layer.refreshOnNotifyMessage() == "gpsu.incidents"


def test_database_notification_repaints_the_layer(qtbot, built, data):
    layer = by_kind(built)[layers.OPEN_CASES]
    with qtbot.waitSignal(layer.repaintRequested, timeout=10000):
        with data, data.cursor() as cur:
            cur.execute("SELECT pg_notify('qgis', 'gpsu.incidents')")


def test_no_password_in_sources_or_project(built, tmp_path):
    for layer in built:
        source = layer.source()
        assert "password" not in source.lower() and SUPERUSER_PASSWORD not in source
    project = QgsProject()
    group = layers.add_layers_to_project(built, project)
    assert group.name() == "GPS-U"
    assert [node.layer().name() for node in group.findLayers()] == [layer.name() for layer in built]
    visible = {node.layer().customProperty(layers.KIND_PROPERTY): node.itemVisibilityChecked()
               for node in group.findLayers()}
    assert visible == {layers.BY_CATEGORY: False, layers.OPEN_CASES: True, layers.BY_STATUS: False,
                       layers.HEATMAP: False, layers.TERRITORY: True}
    assert layers.add_layers_to_project(built, project) is group               # no duplicates
    assert len(group.findLayers()) == 5
    path = tmp_path / "gpsu.qgz"
    assert project.write(str(path))
    with zipfile.ZipFile(path) as archive:
        contents = b"".join(archive.read(name) for name in archive.namelist())
    assert b"gpsu.incidents" in contents or b'table="gpsu"."incidents"' in contents
    assert SUPERUSER_PASSWORD.encode() not in contents
    assert b"password=" not in contents
    project.clear()


def test_password_of_the_profile_is_never_used_but_the_auth_config_is(postgis_server, gpsu_db):
    profile = ConnectionProfile(name="auth", host="db.example.org", port=5433, dbname=gpsu_db, user="alice",
                                authcfg="abc1234", storage=STORAGE_AUTHCFG)
    uri = layers.data_source_uri(profile, "incidents", "geom", "id", 31370, 1)
    assert uri.authConfigId() == "abc1234" and uri.password() == ""
    text = uri.uri(False)
    assert "authcfg=abc1234" in text and "password" not in text
    assert "host=db.example.org" in text and "port=5433" in text and "user='alice'" in text


def test_service_profile(gpsu_db):
    profile = ConnectionProfile(name="svc", service="gpsu", storage=STORAGE_ASK)
    text = layers.data_source_uri(profile, "incidents", "geom", "id", 31370, 1).uri(False)
    assert "service='gpsu'" in text and "host" not in text and "password" not in text


def test_without_a_connection_the_layers_still_build(profile, data):
    built = layers.incident_layers(profile, 31370)
    assert all(layer.isValid() for layer in built)
    assert os.environ.get("PGPASSWORD") is None
