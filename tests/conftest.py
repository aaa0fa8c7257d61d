"""Test harness: headless QGIS (pytest-qgis, isolated settings in .qgis-settings/) and a real,
throwaway PostGIS cluster started in a temporary folder and removed afterwards."""

import itertools
import os
import shutil
import sys
import tempfile

import psycopg2
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "scripts"))

from localdb import LocalCluster  # noqa: E402

SUPERUSER_PASSWORD = "gpsu-test-superuser-pw"
TEMPLATE_DB = "gpsu_test_template"
_counter = itertools.count()


class PostgisServer:
    """The session's throwaway cluster, with helpers to make databases and roles."""

    def __init__(self, cluster):
        self.cluster = cluster
        self.port = cluster.port

    def conninfo(self, dbname="postgres", user="postgres", tcp=False):
        return self.cluster.conninfo(dbname, user, tcp=tcp)

    def connect(self, dbname="postgres", **kwargs):
        return psycopg2.connect(self.conninfo(dbname), **kwargs)

    def create_database(self, postgis=True, prefix="gpsu_test"):
        name = "{}_{}".format(prefix, next(_counter))
        template = TEMPLATE_DB if postgis else "template0"
        self.cluster.psql('CREATE DATABASE "{}" TEMPLATE "{}"'.format(name, template))
        return name

    def drop_database(self, name):
        self.cluster.psql('DROP DATABASE IF EXISTS "{}" WITH (FORCE)'.format(name))

    def create_gpsu_database(self, prefix="gpsu_test", demo=None):
        """A database with the GPS-U schema and reference data; `demo` (the keyword arguments of
        scripts/generate_demo.generate: incidents, seed, until) fills it with a demo municipality."""
        from gpsu_plugin.core import migrations

        name = self.create_database(prefix=prefix)
        connection = self.connect(name)
        try:
            migrations.upgrade(connection)
            migrations.load_reference_data(connection)
            if demo is not None:
                import generate_demo

                generate_demo.generate(connection, log=lambda *a, **k: None, **demo)
        finally:
            connection.close()
        return name


@pytest.fixture(scope="session")
def postgis_server():
    base = tempfile.mkdtemp(prefix="gpsu-test-pg-")
    os.chmod(base, 0o755)
    cluster = LocalCluster(base, fast=True)
    try:
        cluster.start()
        cluster.psql("ALTER ROLE postgres PASSWORD '{}'".format(SUPERUSER_PASSWORD))
        cluster.psql('CREATE DATABASE "{}"'.format(TEMPLATE_DB))
        cluster.psql("CREATE EXTENSION postgis", TEMPLATE_DB)
        yield PostgisServer(cluster)
    finally:
        cluster.destroy()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def empty_db(postgis_server):
    """A new database with PostGIS and no GPS-U schema; its name."""
    name = postgis_server.create_database()
    yield name
    postgis_server.drop_database(name)


@pytest.fixture
def conn(postgis_server, empty_db):
    connection = postgis_server.connect(empty_db)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def gpsu_db(postgis_server):
    """A database with the GPS-U schema installed and the reference data loaded (one per module)."""
    name = postgis_server.create_gpsu_database()
    yield name
    postgis_server.drop_database(name)


@pytest.fixture
def memory_keyring():
    """An in-process keyring backend standing in for the desktop's (there is none headless)."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.store = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clean_settings():
    """GPS-U's QgsSettings removed before and after the test."""
    from qgis.core import QgsSettings

    QgsSettings().remove("gpsu")
    yield QgsSettings()
    QgsSettings().remove("gpsu")


class ConnectSession:
    """Stands in for core.session.Session: opens connections to a test database without asking."""

    def __init__(self, server, dbname):
        self.server, self.dbname = server, dbname

    def connect(self):
        return self.server.connect(self.dbname)


@pytest.fixture
def shared(postgis_server, gpsu_db):
    """A core.session.SharedConnection to the module's GPS-U database, as the docks use."""
    from gpsu_plugin.core.session import SharedConnection

    connection = SharedConnection(ConnectSession(postgis_server, gpsu_db))
    yield connection
    connection.close()
