"""Alerts for the services: the inbox in the database, and LISTEN/NOTIFY for "within seconds".

`AlertListener` owns a dedicated autocommit connection listening on the `gpsu_alerts` channel; the
GUI watches its socket (QSocketNotifier on `fileno()`) and calls `poll()`, so nothing blocks.
"""

import json
import select
from dataclasses import dataclass
from datetime import datetime

from psycopg2 import sql

from .incidents import label_column

CHANNEL = "gpsu_alerts"


@dataclass(frozen=True)
class Alert:
    id: int
    incident_id: int
    number: str
    kind: str
    service: str
    created_at: datetime
    read: bool


def my_service_ids(conn):
    """The services the signed-in role belongs to."""
    with conn.cursor() as cur:
        cur.execute("SELECT gpsu.my_services()")
        ids = [row[0] for row in cur.fetchall()]
    conn.rollback()
    return ids


def inbox(conn, limit=100, language="fr"):
    """Recent alerts of my services, newest first, with whether I have read them."""
    with conn.cursor() as cur:
        cur.execute(sql.SQL(
            "SELECT a.id, a.incident_id, i.number, a.kind, coalesce(s.{}, s.label_fr), a.created_at, "
            " r.alert_id IS NOT NULL "
            "FROM gpsu.alerts a JOIN gpsu.incidents i ON i.id = a.incident_id "
            "JOIN gpsu.services s ON s.id = a.service_id "
            "LEFT JOIN gpsu.alert_reads r ON r.alert_id = a.id AND r.reader = session_user "
            "WHERE a.service_id IN (SELECT gpsu.my_services()) "
            "ORDER BY a.created_at DESC, a.id DESC LIMIT %s").format(sql.Identifier(label_column(language))),
            (limit,))
        rows = [Alert(*row) for row in cur.fetchall()]
    conn.rollback()
    return rows


def unread_count(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM gpsu.alerts a "
                    "WHERE a.service_id IN (SELECT gpsu.my_services()) "
                    "AND NOT EXISTS (SELECT 1 FROM gpsu.alert_reads r "
                    "                WHERE r.alert_id = a.id AND r.reader = session_user)")
        count = cur.fetchone()[0]
    conn.rollback()
    return count


def mark_read(conn, alert_ids):
    with conn, conn.cursor() as cur:
        cur.executemany("INSERT INTO gpsu.alert_reads (alert_id) VALUES (%s) ON CONFLICT DO NOTHING",
                        [(alert_id,) for alert_id in alert_ids])


def raise_overdue_alerts(conn):
    with conn, conn.cursor() as cur:
        cur.execute("SELECT gpsu.raise_overdue_alerts()")
        return cur.fetchone()[0]


class AlertListener:
    """LISTEN on a dedicated connection; `poll()` returns the payloads received (never blocks)."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.autocommit = True
        with self.conn.cursor() as cur:
            cur.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))

    def fileno(self):
        return self.conn.fileno()

    def poll(self):
        self.conn.poll()
        payloads = []
        while self.conn.notifies:
            notify = self.conn.notifies.pop(0)
            try:
                payloads.append(json.loads(notify.payload))
            except ValueError:
                continue
        return payloads

    def wait(self, timeout):
        """Block up to `timeout` seconds for notifications (command line and tests only)."""
        if not self.conn.notifies:
            select.select([self.conn], [], [], timeout)
        return self.poll()

    def close(self):
        self.conn.close()
