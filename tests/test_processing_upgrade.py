"""The "Install / upgrade database" Processing algorithm on a real database."""

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

import gpsu_plugin
from gpsu_plugin.core import credentials, migrations
from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile

from .conftest import SUPERUSER_PASSWORD


@pytest.fixture
def algorithm(qgis_iface, qgis_processing):
    plugin = gpsu_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    yield QgsApplication.processingRegistry().algorithmById("gpsu:upgrade_database")
    plugin._remove_provider()


def run(algorithm, parameters):
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    results, ok = algorithm.run(parameters, context, feedback)
    return results, ok


def test_installs_then_reports_up_to_date(algorithm, postgis_server, empty_db, clean_settings):
    profile = ConnectionProfile(name="admin", host="127.0.0.1", port=postgis_server.port, dbname=empty_db,
                                user="postgres", storage=STORAGE_ASK)
    profile.save()
    credentials.remember_for_session(profile, SUPERUSER_PASSWORD)
    try:
        results, ok = run(algorithm, {"CONNECTION": "admin", "CRS": "EPSG:2154", "REFERENCE_DATA": True})
        assert ok and results["VERSION"] == migrations.latest_version()
        conn = postgis_server.connect(empty_db)
        assert migrations.installed_srid(conn) == 2154
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM gpsu.categories")
            assert cur.fetchone()[0] > 20
        conn.close()
        results, ok = run(algorithm, {"CONNECTION": "admin", "CRS": "EPSG:2154", "REFERENCE_DATA": False})
        assert ok and results["VERSION"] == migrations.latest_version()
    finally:
        credentials.forget_password(profile)


def test_unknown_profile_fails_clearly(algorithm, clean_settings):
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException):
        algorithm.processAlgorithm({"CONNECTION": "nope", "CRS": "EPSG:31370", "REFERENCE_DATA": False},
                                   context, feedback)
