"""The migration runner and the core model, against a real PostGIS."""

import os
import re
import shutil
import subprocess
import threading

import psycopg2
import pytest

from gpsu_plugin.core import migrations
from gpsu_plugin.core.exceptions import InvalidInput, MigrationFailed, NotAllowed, SchemaMissing, SchemaTooNew

from .conftest import ROOT


def schema_dump(server, dbname):
    """The gpsu schema's DDL as pg_dump prints it, without comments and session settings."""
    out = subprocess.run(
        [os.path.join(server.cluster.bindir, "pg_dump"), "--schema-only", "--no-owner", "--schema=gpsu",
         "-d", server.conninfo(dbname)], check=True, capture_output=True, text=True).stdout
    noise = ("--", "SET ", "SELECT pg_catalog.set_config", "\\restrict", "\\unrestrict")
    lines = [line for line in out.splitlines() if line.strip() and not line.startswith(noise)]
    return "\n".join(lines)


def migration_rows(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT version, name, checksum FROM gpsu.schema_migrations ORDER BY version")
        return cur.fetchall()


def test_fresh_install_creates_the_core_model(conn):
    applied = migrations.upgrade(conn)
    assert applied == list(range(1, migrations.latest_version() + 1))
    with conn.cursor() as cur:
        cur.execute("SELECT value FROM gpsu.settings WHERE key = 'srid'")
        assert cur.fetchone()[0] == "31370"
        cur.execute("SELECT f_table_name, srid FROM geometry_columns WHERE f_table_schema = 'gpsu' ORDER BY 1")
        columns = dict(cur.fetchall())
    assert {"districts", "incidents", "incidents_map", "school_sites", "schools"} <= set(columns)
    assert set(columns.values()) == {31370}
    assert migrations.schema_state(conn).is_current


def test_rerun_is_idempotent(postgis_server, empty_db):
    conn = postgis_server.connect(empty_db)
    migrations.upgrade(conn)
    before = schema_dump(postgis_server, empty_db)
    assert migrations.upgrade(conn) == []
    assert schema_dump(postgis_server, empty_db) == before
    conn.close()


def test_fresh_install_equals_older_install_plus_every_upgrade(postgis_server):
    latest = migrations.latest_version()
    fresh = postgis_server.create_database()
    conn = postgis_server.connect(fresh)
    migrations.upgrade(conn)
    expected_dump, expected_rows = schema_dump(postgis_server, fresh), migration_rows(conn)
    conn.close()
    for start in range(1, latest + 1):
        name = postgis_server.create_database()
        conn = postgis_server.connect(name)
        assert migrations.upgrade(conn, target=start) == list(range(1, start + 1))
        assert migrations.upgrade(conn) == list(range(start + 1, latest + 1))
        assert schema_dump(postgis_server, name) == expected_dump, "install {} + upgrades differs".format(start)
        assert migration_rows(conn) == expected_rows
        conn.close()
        postgis_server.drop_database(name)
    postgis_server.drop_database(fresh)


def test_database_newer_than_plugin_is_refused(conn):
    migrations.upgrade(conn)
    newer = migrations.latest_version() + 1
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO gpsu.schema_migrations (version, name, checksum) VALUES (%s, 'future', 'x')",
                    (newer,))
    with pytest.raises(SchemaTooNew) as error:
        migrations.upgrade(conn)
    assert str(newer) in error.value.message
    with pytest.raises(SchemaTooNew):
        migrations.schema_state(conn).raise_if_unusable()


def test_missing_schema_is_reported(conn):
    state = migrations.schema_state(conn)
    assert state.installed == 0
    with pytest.raises(SchemaMissing):
        state.raise_if_unusable()


def test_french_lambert_93_installs_the_same_way(conn):
    migrations.upgrade(conn, srid=2154)
    with conn.cursor() as cur:
        cur.execute("SELECT DISTINCT srid FROM geometry_columns WHERE f_table_schema = 'gpsu'")
        assert cur.fetchall() == [(2154,)]


@pytest.mark.parametrize("srid", [4326, 999999, "abc"])
def test_unusable_crs_is_refused_and_nothing_installed(conn, srid):
    with pytest.raises(InvalidInput):
        migrations.upgrade(conn, srid=srid)
    assert migrations.installed_version(conn) == 0


def test_crs_cannot_change_on_upgrade(conn):
    migrations.upgrade(conn, srid=31370)
    with pytest.raises(InvalidInput):
        migrations.upgrade(conn, srid=2154)


def test_failing_migration_leaves_previous_version_and_nothing_half_done(conn, tmp_path):
    directory = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, directory)
    broken = migrations.latest_version() + 1
    (directory / "{:04d}_broken.sql".format(broken)).write_text(
        "CREATE TABLE gpsu.should_not_exist (id integer);\nSELECT 1 / 0;\n")
    with pytest.raises(MigrationFailed):
        migrations.upgrade(conn, directory=str(directory))
    assert migrations.installed_version(conn) == broken - 1
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('gpsu.should_not_exist')")
        assert cur.fetchone()[0] is None


def test_migration_files_leave_transactions_to_the_runner():
    forbidden = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|VACUUM|END)\b|CONCURRENTLY",
                           re.IGNORECASE | re.MULTILINE)
    shipped = migrations.available_migrations()
    assert shipped, "no migration shipped"
    for migration in shipped:
        body = re.sub(r"\$\$.*?\$\$", "", migration.text(), flags=re.DOTALL)  # function bodies may say BEGIN
        assert not forbidden.search(body), migration.path


def test_gapped_numbering_is_refused(tmp_path):
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationFailed):
        migrations.available_migrations(str(tmp_path))


def test_concurrent_upgrades_apply_each_migration_once(postgis_server, empty_db):
    results, errors = [], []

    def run():
        conn = postgis_server.connect(empty_db)
        try:
            results.append(migrations.upgrade(conn))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    applied = sorted(v for result in results for v in result)
    assert applied == list(range(1, migrations.latest_version() + 1))


def test_only_an_administrator_may_upgrade(postgis_server, empty_db):
    postgis_server.cluster.psql("DROP ROLE IF EXISTS gpsu_test_clerk; CREATE ROLE gpsu_test_clerk LOGIN")
    postgis_server.cluster.psql("REVOKE CREATE ON DATABASE \"{}\" FROM PUBLIC".format(empty_db))
    conn = psycopg2.connect(postgis_server.conninfo(empty_db, user="gpsu_test_clerk"))
    with pytest.raises(NotAllowed):
        migrations.upgrade(conn)
    conn.close()
    admin = postgis_server.connect(empty_db)
    assert migrations.installed_version(admin) == 0
    admin.close()


def test_cli_status_upgrade_seed(postgis_server, empty_db):
    env = dict(os.environ, GPSU_DB=postgis_server.conninfo(empty_db), LANG="en_GB.UTF-8", LC_ALL="en_GB.UTF-8")

    def cli(*args):
        return subprocess.run(["/usr/bin/python3", "-m", "gpsu_plugin.cli", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True)

    status = cli("db", "status")
    assert status.returncode == 2 and "not installed" in status.stdout
    assert cli("db", "upgrade").returncode == 0
    assert "up to date" in cli("db", "upgrade").stdout
    assert cli("db", "status").returncode == 0
    assert cli("db", "seed").returncode == 0
    env["GPSU_DB"] = "host=127.0.0.1 port=1 dbname=x"
    unreachable = cli("db", "status")
    assert unreachable.returncode == 1 and "cannot be reached" in unreachable.stderr
    env.update(LANG="fr_BE.UTF-8", LC_ALL="fr_BE.UTF-8")
    assert "injoignable" in cli("db", "status").stderr  # the command line speaks French too


def test_cli_pseudonymise_and_dls_report(postgis_server, empty_db, tmp_path):
    env = dict(os.environ, GPSU_DB=postgis_server.conninfo(empty_db), LANG="en_GB.UTF-8", LC_ALL="en_GB.UTF-8",
               QT_QPA_PLATFORM="offscreen")

    def cli(*args):
        return subprocess.run(["/usr/bin/python3", "-m", "gpsu_plugin.cli", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True)

    assert cli("db", "upgrade").returncode == 0 and cli("db", "seed").returncode == 0
    dry = cli("db", "pseudonymise", "--dry-run")
    assert dry.returncode == 0 and "0 closed cases would be pseudonymised" in dry.stdout
    out = tmp_path / "dls.pdf"
    report = cli("report", "dls", "--from", "2025-01-01", "--to", "2025-12-31", "-o", str(out))
    assert report.returncode == 0, report.stderr
    assert out.exists() and "0 facts against 0" in report.stdout
    bad = cli("report", "dls", "--from", "2025-12-31", "--to", "2025-01-01", "-o", str(out))
    assert bad.returncode == 1 and "before its start" in bad.stderr
