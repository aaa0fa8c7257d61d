"""Benchmarks (`make bench`): they reuse the test harness's throwaway PostGIS.

Each benchmark records its result with the `bench` fixture:

    def test_case_list_1m_vs_10k(bench, ...):
        bench.record("case_list_1m_vs_10k", size=1_000_000, seconds=t_1m, reference="10k incidents",
                     reference_seconds=t_10k, target="ratio < 2", met=t_1m / t_10k < 2)

At the end of the run every result is written to bench/results.json (a list of objects with the
keys name, size, seconds, reference, reference_seconds, ratio, target, met) and printed as a table.
`make bench ONLY=<name>` runs the benchmarks whose test name contains <name>.
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
