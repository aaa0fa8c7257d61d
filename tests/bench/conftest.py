"""Benchmarks (`make bench`): they reuse the test harness's throwaway PostGIS."""

from tests.conftest import clean_settings, gpsu_db, postgis_server  # noqa: F401 (fixtures)
