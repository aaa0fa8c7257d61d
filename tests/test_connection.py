"""Checking a connection tells clearly what failed, for each failure a user meets."""

import shutil

import pytest

from gpsu_plugin.core import database, migrations
from gpsu_plugin.core.exceptions import (AuthenticationFailed, DatabaseNotFound, PostgisMissing, SchemaMissing,
                                         SchemaTooNew, SchemaTooOld, ServerUnreachable)
from gpsu_plugin.core.profile import ConnectionProfile

from .conftest import SUPERUSER_PASSWORD


def tcp_profile(server, dbname, user="postgres"):
    return ConnectionProfile(name="test", host="127.0.0.1", port=server.port, dbname=dbname, user=user)


def test_working_connection_reports_versions(postgis_server, gpsu_db):
    report = database.check_connection(tcp_profile(postgis_server, gpsu_db), SUPERUSER_PASSWORD)
    assert report.user == "postgres"
    assert report.postgis_version.startswith("3")
    assert report.state.is_current
    assert "up to date" in report.summary()


def test_wrong_password(postgis_server, gpsu_db):
    with pytest.raises(AuthenticationFailed) as error:
        database.check_connection(tcp_profile(postgis_server, gpsu_db), "not-the-password")
    assert "not-the-password" not in error.value.message + error.value.details


def test_missing_password(postgis_server, gpsu_db):
    with pytest.raises(AuthenticationFailed):
        database.check_connection(tcp_profile(postgis_server, gpsu_db), None)


def test_unknown_user(postgis_server, gpsu_db):
    with pytest.raises(AuthenticationFailed):
        database.check_connection(tcp_profile(postgis_server, gpsu_db, user="nobody_here"), "x")


def test_server_unreachable():
    profile = ConnectionProfile(name="t", host="127.0.0.1", port=1, dbname="gpsu", user="u")
    with pytest.raises(ServerUnreachable) as error:
        database.check_connection(profile, "x", connect_timeout=2)
    assert "127.0.0.1" in error.value.message


def test_unknown_service(tmp_path, monkeypatch):
    (tmp_path / "pg_service.conf").write_text("[other]\nhost=localhost\n")
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "pg_service.conf"))
    with pytest.raises(ServerUnreachable) as error:
        database.check_connection(ConnectionProfile(name="t", service="gpsu_missing"))
    assert "pg_service.conf" in error.value.message


def test_service_profile_connects(postgis_server, gpsu_db, tmp_path, monkeypatch):
    (tmp_path / "pg_service.conf").write_text(
        "[gpsu_t]\nhost={}\nport={}\ndbname={}\nuser=postgres\n".format(
            postgis_server.cluster.socket_dir, postgis_server.port, gpsu_db))
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "pg_service.conf"))
    report = database.check_connection(ConnectionProfile(name="t", service="gpsu_t"))
    assert report.state.is_current


def test_database_missing(postgis_server):
    with pytest.raises(DatabaseNotFound):
        database.check_connection(tcp_profile(postgis_server, "no_such_db"), SUPERUSER_PASSWORD)


def test_database_without_postgis(postgis_server):
    name = postgis_server.create_database(postgis=False)
    try:
        with pytest.raises(PostgisMissing):
            database.check_connection(tcp_profile(postgis_server, name), SUPERUSER_PASSWORD)
    finally:
        postgis_server.drop_database(name)


def test_schema_missing(postgis_server, empty_db):
    with pytest.raises(SchemaMissing):
        database.check_connection(tcp_profile(postgis_server, empty_db), SUPERUSER_PASSWORD)


def test_schema_too_new(postgis_server, empty_db):
    conn = postgis_server.connect(empty_db)
    migrations.upgrade(conn)
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO gpsu.schema_migrations VALUES (%s, 'future', 'x')",
                    (migrations.latest_version() + 1,))
    conn.close()
    with pytest.raises(SchemaTooNew):
        database.check_connection(tcp_profile(postgis_server, empty_db), SUPERUSER_PASSWORD)


def test_schema_too_old(postgis_server, empty_db, tmp_path, monkeypatch):
    conn = postgis_server.connect(empty_db)
    migrations.upgrade(conn)
    conn.close()
    newer = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, newer)
    (newer / "{:04d}_next.sql".format(migrations.latest_version() + 1)).write_text("SELECT 1;")
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", str(newer))
    with pytest.raises(SchemaTooOld):
        database.check_connection(tcp_profile(postgis_server, empty_db), SUPERUSER_PASSWORD)
