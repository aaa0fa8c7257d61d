#!/usr/bin/env python3
"""A local PostgreSQL + PostGIS cluster in a folder: the demo database (.gpsu/) and the tests'
throwaway one. Works as root (the server runs as the unprivileged `postgres` user) and as a normal
user. Idempotent: `start` reuses a cluster that is there and running.

    python3 scripts/localdb.py start --dir .gpsu --dbname gpsu   # prints the libpq conninfo
    python3 scripts/localdb.py stop --dir .gpsu
    python3 scripts/localdb.py status --dir .gpsu
"""

import argparse
import glob
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time

SERVER_USER = "postgres"   # OS user running the server when we are root
SUPERUSER = "postgres"     # database superuser created by initdb


def pg_bindir():
    """The newest installed PostgreSQL's binaries (override with PG_BINDIR)."""
    if os.environ.get("PG_BINDIR"):
        return os.environ["PG_BINDIR"]
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if candidates:
        return os.path.dirname(candidates[-1])
    initdb = shutil.which("initdb")
    if initdb:
        return os.path.dirname(initdb)
    raise SystemExit("PostgreSQL server binaries not found: install postgresql-15-postgis-3 (make setup).")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalCluster:
    """A PostgreSQL cluster whose state lives under `base_dir`."""

    def __init__(self, base_dir, port=None, fast=False):
        self.base_dir = os.path.abspath(base_dir)
        self.as_root = os.geteuid() == 0
        self.fast = fast  # throwaway clusters: fsync off
        os.makedirs(self.base_dir, exist_ok=True)
        state = self._read_state()
        self.port = int(port or state.get("port") or free_port())
        self.home = state.get("home") or self._choose_home()
        self.data_dir = os.path.join(self.home, "pgdata")
        self.socket_dir = os.path.join(self.home, "run")
        self.log_file = os.path.join(self.home, "postgres.log")
        self.bindir = pg_bindir()
        self._write_state()

    # -- state ------------------------------------------------------------------------------------

    @property
    def _state_file(self):
        return os.path.join(self.base_dir, "cluster.json")

    def _read_state(self):
        try:
            with open(self._state_file) as handle:
                return json.load(handle)
        except (OSError, ValueError):
            return {}

    def _write_state(self):
        with open(self._state_file, "w") as handle:
            json.dump({"port": self.port, "home": self.home}, handle)

    def _choose_home(self):
        """`base_dir` itself, unless we are root and the server user cannot reach it (e.g. /root)."""
        if not self.as_root or self._server_user_can_enter(self.base_dir):
            return self.base_dir
        digest = hashlib.sha1(self.base_dir.encode()).hexdigest()[:12]
        return os.path.join("/var/lib/gpsu", digest)

    @staticmethod
    def _server_user_can_enter(path):
        return subprocess.run(["runuser", "-u", SERVER_USER, "--", "test", "-x", path],
                              capture_output=True).returncode == 0

    # -- running server commands ------------------------------------------------------------------

    def _run(self, *args, check=True):
        cmd = [os.path.join(self.bindir, args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", SERVER_USER, "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True)
        if check and result.returncode != 0:
            raise RuntimeError("{} failed:\n{}{}".format(" ".join(cmd), result.stdout, result.stderr))
        return result

    def _prepare_dirs(self):
        for path in (self.home, self.socket_dir):
            os.makedirs(path, exist_ok=True)
        if self.as_root:
            shutil.chown(self.home, SERVER_USER, SERVER_USER)
            shutil.chown(self.socket_dir, SERVER_USER, SERVER_USER)
            os.chmod(self.home, 0o755)
        os.chmod(self.socket_dir, 0o777 if self.as_root else 0o755)

    def initialised(self):
        return os.path.exists(os.path.join(self.data_dir, "PG_VERSION"))

    def running(self):
        if not self.initialised():
            return False
        return self._run("pg_ctl", "-D", self.data_dir, "status", check=False).returncode == 0

    def init(self):
        self._prepare_dirs()
        self._run("initdb", "-D", self.data_dir, "-U", SUPERUSER, "-E", "UTF8", "--no-locale",
                  "--auth-local=trust", "--auth-host=scram-sha-256")
        settings = [
            "listen_addresses = '127.0.0.1'",
            "port = {}".format(self.port),
            "unix_socket_directories = '{}'".format(self.socket_dir),
            "max_connections = 60",
            "lc_messages = 'C'",
        ]
        if self.fast:
            settings += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        conf = os.path.join(self.data_dir, "postgresql.auto.conf")
        with open(conf, "a") as handle:
            handle.write("\n".join(settings) + "\n")

    def start(self):
        """Initialise if needed and start if not running; returns self."""
        if not self.initialised():
            self.init()
        if not self.running():
            self._prepare_dirs()
            self._run("pg_ctl", "-D", self.data_dir, "-l", self.log_file, "-w", "-t", "60",
                      "-o", "-p {} -k {}".format(self.port, self.socket_dir), "start")
        return self

    def stop(self):
        if self.running():
            self._run("pg_ctl", "-D", self.data_dir, "-m", "fast", "-w", "stop")

    def destroy(self):
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
        shutil.rmtree(self.base_dir, ignore_errors=True)

    # -- client side ------------------------------------------------------------------------------

    def conninfo(self, dbname="postgres", user=SUPERUSER, tcp=False):
        host = "127.0.0.1" if tcp else self.socket_dir
        return "host={} port={} dbname={} user={}".format(host, self.port, dbname, user)

    def psql(self, sql, dbname="postgres"):
        """Run `sql` as the superuser over the socket; returns psql's unaligned output."""
        result = subprocess.run([os.path.join(self.bindir, "psql"), "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1",
                                 "-d", self.conninfo(dbname), "-c", sql],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(result.stderr)
        return result.stdout.strip()

    def ensure_database(self, dbname, postgis=True, template=None):
        literal = dbname.replace("'", "''")
        if self.psql("SELECT count(*) FROM pg_database WHERE datname = '{}'".format(literal)) != "1":
            sql = 'CREATE DATABASE "{}"'.format(dbname.replace('"', '""'))
            if template:
                sql += ' TEMPLATE "{}"'.format(template.replace('"', '""'))
            self.psql(sql)
        if postgis:
            self.psql("CREATE EXTENSION IF NOT EXISTS postgis", dbname)

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("start", "stop", "status", "destroy", "conninfo"))
    parser.add_argument("--dir", default=".gpsu")
    parser.add_argument("--dbname", default="gpsu")
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    cluster = LocalCluster(args.dir, port=args.port)
    if args.command == "start":
        started = not cluster.running()
        cluster.start()
        for _ in range(30):
            try:
                cluster.ensure_database(args.dbname)
                break
            except RuntimeError:
                time.sleep(1)
        print(("Started" if started else "Reusing") + " the local PostGIS server: " +
              cluster.conninfo(args.dbname), file=sys.stderr)
        print(cluster.conninfo(args.dbname))
    elif args.command == "conninfo":
        print(cluster.conninfo(args.dbname))
    elif args.command == "status":
        print("running" if cluster.running() else "stopped", cluster.conninfo(args.dbname))
    elif args.command == "stop":
        cluster.stop()
    elif args.command == "destroy":
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
