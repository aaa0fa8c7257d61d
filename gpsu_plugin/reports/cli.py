"""`python -m gpsu_plugin.cli report new-facts …`: the new-facts PDF from the command line, headless.

    report new-facts                              # since the previous report (or the last 7 days)
    report new-facts --from 2026-06-01 --to 2026-06-30 --out june.pdf --no-record
    report new-facts --maps                       # with map extracts rendered by QGIS (headless)

--from/--to take a date (a whole day, in the municipality's time zone: --to is included) or a
date and time (YYYY-MM-DDTHH:MM). Without --no-record the report is remembered, and the next
one starts where it ended.
"""

import atexit
import os
import sys
from datetime import date, datetime, time, timedelta

from ..core.exceptions import InvalidInput
from ..core.i18n import tr, user_language
from . import new_facts


def add_parser(subparsers):
    """Add `report new-facts` to the `area` subparsers of gpsu_plugin.cli."""
    report = subparsers.add_parser("report", help=tr("PDF reports"))
    commands = report.add_subparsers(dest="command", required=True)
    facts = commands.add_parser("new-facts", help=tr("the new-facts report (PDF)"))
    facts.add_argument("--from", dest="period_from", default=None,
                       help=tr("start: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the end of the previous report)"))
    facts.add_argument("--to", dest="period_to", default=None,
                       help=tr("end, included: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)"))
    facts.add_argument("--out", default=None, help=tr("PDF file to write (default: new-facts-<date>.pdf)"))
    facts.add_argument("--language", choices=("fr", "nl", "en"), default=None,
                       help=tr("language of the report (default: the user's)"))
    facts.add_argument("--no-record", action="store_true",
                       help=tr("do not remember this report (the next one starts at the same place)"))
    facts.add_argument("--maps", action="store_true", help=tr("add a map extract to each fact (starts QGIS)"))
    return report


def _parse(text, zone, end=False):
    if text is None:
        return None
    try:
        if len(text) <= 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day + timedelta(days=1) if end else day, time())
        else:
            moment = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(tr("{} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM).")
                           .format(text)) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _timezone(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT value FROM gpsu.settings WHERE key = 'timezone'")
        row = cur.fetchone()
    conn.rollback()
    return new_facts._zone(row[0] if row else "Europe/Brussels")


def start_app(argv):
    """For `report … --maps`: start a headless QgsApplication (before any QCoreApplication exists);
    otherwise None. gpsu_plugin.cli.main calls it first and uses the application it returns."""
    from qgis.core import QgsApplication

    if "report" not in argv or "--maps" not in argv:
        return None
    app = QgsApplication.instance()
    if isinstance(app, QgsApplication):
        return app
    if app is not None:
        return None  # run() says that maps need QGIS
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    QgsApplication.setPrefixPath(QgsApplication.prefixPath() or "/usr", True)
    app.initQgis()
    atexit.register(app.exitQgis)
    return app


def _qgis_running():
    from qgis.core import QgsApplication

    return isinstance(QgsApplication.instance(), QgsApplication) or start_app(["report", "--maps"]) is not None


def _map_renderer(conn, args, language):
    from ..core import migrations
    from ..core.profile import ConnectionProfile
    from .map_extract import QgisMapExtract

    profile = ConnectionProfile.from_conninfo(getattr(args, "db", "") or os.environ.get("GPSU_DB", ""))
    return QgisMapExtract.for_profile(profile, migrations.installed_srid(conn), conn, language)


def run(conn, args):
    """Run `report …`; returns the exit status."""
    if args.command != "new-facts":
        return 2
    from ..core import migrations

    migrations.schema_state(conn).raise_if_unusable()
    conn.rollback()
    language = args.language or user_language()
    zone = _timezone(conn)
    period_from = _parse(args.period_from, zone)
    period_to = _parse(args.period_to, zone, end=True)
    out = args.out or "new-facts-{}.pdf".format(date.today().isoformat())
    renderer = None
    if args.maps:
        if not _qgis_running():
            raise InvalidInput(tr("Map extracts need QGIS: start the command with gpsu_plugin.cli."))
        renderer = _map_renderer(conn, args, language)
        conn.rollback()
    data, pages = new_facts.issue(conn, out, period_from, period_to, language, map_renderer=renderer,
                                  record=not args.no_record)
    print(tr("{path}: {facts} facts, {pages} pages ({period}).").format(
        path=out, facts=data.count, pages=pages, period=new_facts.period_text(data)))
    if args.no_record:
        print(tr("Not recorded: the next report starts at the same place."), file=sys.stderr)
    return 0
