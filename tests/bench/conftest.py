"""Benchmarks (`make bench`): they reuse the test harness's throwaway PostGIS.

Each benchmark records its result with the `bench` fixture:

    def test_case_list_1m_vs_10k(bench, ...):
        bench.record("case_list_1m_vs_10k", size=1_000_000, seconds=t_1m, reference="10k incidents",
                     reference_seconds=t_10k, target="ratio < 2", met=t_1m / t_10k < 2)

At the end of the run every result is written to bench/results.json (a list of objects with the
keys name, size, seconds, reference, reference_seconds, ratio, target, met) and printed as a table.
`make bench ONLY=<name>` runs the benchmarks whose test name contains <name>.

`demo_databases.conninfo(size)` gives a demo municipality of `size` incidents, generated once and
kept between runs in a local cluster under .gpsu/bench (rebuilt when the schema or the generator
changes).
"""

import json
import os

import pytest

from tests.conftest import clean_settings, gpsu_db, postgis_server  # noqa: F401 (fixtures)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RESULTS = os.path.join(ROOT, "bench", "results.json")
KEYS = ("name", "size", "seconds", "reference", "reference_seconds", "ratio", "target", "met")


class BenchResults:
    def __init__(self):
        self.results = []

    def record(self, name, seconds, size=None, reference=None, reference_seconds=None, target="", met=None):
        ratio = seconds / reference_seconds if reference_seconds else None
        result = {"name": name, "size": size, "seconds": round(float(seconds), 6), "reference": reference,
                  "reference_seconds": None if reference_seconds is None else round(float(reference_seconds), 6),
                  "ratio": None if ratio is None else round(ratio, 3), "target": target or "",
                  "met": None if met is None else bool(met)}
        self.results.append(result)
        return result

    def table(self):
        lines = ["{:<34} {:>10} {:>11} {:>11} {:>8}  {:<28} {}".format(
            "benchmark", "size", "seconds", "reference", "ratio", "target", "met")]
        for r in self.results:
            lines.append("{:<34} {:>10} {:>11.4f} {:>11} {:>8}  {:<28} {}".format(
                r["name"], "" if r["size"] is None else "{:,}".format(r["size"]), r["seconds"],
                "" if r["reference_seconds"] is None else "{:.4f}".format(r["reference_seconds"]),
                "" if r["ratio"] is None else "{:.2f}".format(r["ratio"]), r["target"][:28],
                {True: "yes", False: "NO", None: "-"}[r["met"]]))
        return "\n".join(lines)

    def write(self, path=RESULTS):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        previous = []
        if os.path.exists(path):  # a partial run (ONLY=…) keeps the other benchmarks' last results
            try:
                with open(path, encoding="utf-8") as handle:
                    previous = [r for r in json.load(handle) if isinstance(r, dict)]
            except (OSError, ValueError):
                previous = []
        names = {r["name"] for r in self.results}
        merged = [r for r in previous if r.get("name") not in names] + self.results
        with open(path, "w", encoding="utf-8") as handle:
            json.dump([{key: r.get(key) for key in KEYS} for r in merged], handle, indent=2)


_RESULTS = BenchResults()

# -- demo databases at the sizes the benchmarks need, cached between runs ---------------------------
# A persistent local cluster in .gpsu/bench keeps one database per (size, seed); it is rebuilt when
# the schema changed (another migration) or the generator's code changed.
BENCH_CLUSTER_DIR = os.path.join(ROOT, ".gpsu", "bench")
DEMO_SEED = 42


def _demo_fingerprint(size):
    import hashlib

    from gpsu_plugin.core import migrations

    digest = hashlib.sha256()
    folder = os.path.join(ROOT, "gpsu_plugin", "sql", "migrations")
    for path in [os.path.join(ROOT, "scripts", "generate_demo.py")] + [
            os.path.join(folder, name) for name in sorted(os.listdir(folder))]:
        with open(path, "rb") as handle:
            digest.update(handle.read())
    return "{}:{}:{}:{}".format(size, DEMO_SEED, migrations.latest_version(), digest.hexdigest()[:12])


class DemoDatabases:
    def __init__(self):
        from localdb import LocalCluster

        self.cluster = LocalCluster(BENCH_CLUSTER_DIR).start()

    def conninfo(self, size):
        """A libpq conninfo of the demo with `size` incidents (built the first time, then reused)."""
        import psycopg2

        import generate_demo
        from gpsu_plugin.core import migrations

        name = "gpsu_demo_{}".format(int(size))
        fingerprint = _demo_fingerprint(size)
        self.cluster.ensure_database(name)
        conninfo = self.cluster.conninfo(name)
        conn = psycopg2.connect(conninfo)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT to_regclass('gpsu.settings') IS NOT NULL")
                installed = cur.fetchone()[0]
                current = None
                if installed:
                    cur.execute("SELECT value FROM gpsu.settings WHERE key = 'bench.demo'")
                    row = cur.fetchone()
                    current = row[0] if row else None
            conn.rollback()
        finally:
            conn.close()
        if current == fingerprint:
            return conninfo
        self.cluster.psql('DROP DATABASE IF EXISTS "{}" WITH (FORCE)'.format(name))
        self.cluster.ensure_database(name)
        conn = psycopg2.connect(conninfo)
        try:
            migrations.upgrade(conn)
            migrations.load_reference_data(conn)
            generate_demo.generate(conn, incidents=int(size), seed=DEMO_SEED, log=lambda *a, **k: None)
            with conn, conn.cursor() as cur:
                cur.execute("INSERT INTO gpsu.settings (key, value) VALUES ('bench.demo', %s)", (fingerprint,))
        finally:
            conn.close()
        return conninfo


@pytest.fixture(scope="session")
def demo_databases():
    return DemoDatabases()


@pytest.fixture(scope="session")
def bench():
    return _RESULTS


def pytest_sessionfinish(session, exitstatus):
    if _RESULTS.results:
        _RESULTS.write()


def pytest_terminal_summary(terminalreporter):
    if _RESULTS.results:
        terminalreporter.write_sep("=", "benchmarks (bench/results.json)")
        terminalreporter.write_line(_RESULTS.table())
