"""`python -m gpsu_plugin.cli report new-facts|atlas …`: the PDF reports from the command line, headless.

    report new-facts                              # since the previous report (or the last 7 days)
    report new-facts --from 2026-06-01 --to 2026-06-30 --out june.pdf --no-record
    report new-facts --maps                       # with map extracts rendered by QGIS (headless)
    report atlas --kind district --from 2026-01-01 --to 2026-06-30 -o districts.pdf
    report atlas --kind hotspots|schools|poster …  # the other print layouts made by QGIS

--from/--to take a date (a whole day, in the municipality's time zone: --to is included) or, for
new-facts, a date and time (YYYY-MM-DDTHH:MM). Without --no-record a new-facts report is
remembered, and the next one starts where it ended. `atlas` starts QGIS headless (no display
needed) and prints the time it took per page.
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
    _add_atlas_parser(commands)
    dls = commands.add_parser("dls", help=tr("the DLS statistics report (PDF), against the previous period"))
    dls.add_argument("--from", dest="period_from", default=None,
                     help=tr("first day: YYYY-MM-DD (default: a year before the first day of this month)"))
    dls.add_argument("--to", dest="period_to", default=None,
                     help=tr("last day, included: YYYY-MM-DD (default: the last day of the previous month)"))
    dls.add_argument("-o", "--out", default=None, help=tr("PDF file to write (default: dls-<from>-<to>.pdf)"))
    dls.add_argument("--language", choices=("fr", "nl", "en"), default=None,
                     help=tr("language of the report (default: the user's)"))
    dls.add_argument("--maps", action="store_true", help=tr("add the territory map (starts QGIS)"))
    return report


def run_dls(conn, args):
    """`report dls`: the DLS statistics report for the period; returns the exit status."""
    from . import dls

    this_month = date.today().replace(day=1)
    first = _day(args.period_from, this_month.replace(year=this_month.year - 1))
    last = _day(args.period_to, this_month - timedelta(days=1))
    if last < first:
        raise InvalidInput(tr("The end of the period comes before its start."))
    out = args.out or "dls-{}-{}.pdf".format(first.isoformat(), last.isoformat())
    language = args.language or user_language()
    if args.maps and not _qgis_running():
        raise InvalidInput(tr("Map extracts need QGIS: start the command with gpsu_plugin.cli."))
    data, pages = dls.generate_dls(conn, first, last + timedelta(days=1), out, language=language, maps=args.maps)
    print(tr("{path}: {facts} facts against {previous} in the previous period, {pages} pages.").format(
        path=out, facts=data.total, previous=data.previous_total, pages=pages))
    return 0


def _add_atlas_parser(commands):
    from .layouts import KINDS

    atlas = commands.add_parser("atlas", help=tr("an atlas or the poster, made by QGIS (PDF)"))
    atlas.add_argument("--kind", choices=KINDS, default=KINDS[0],
                       help=tr("district: a page per district; hotspots: a page per hot spot; schools: a page "
                               "per school; poster: the territory on one A3 page (default: district)"))
    atlas.add_argument("--from", dest="period_from", default=None,
                       help=tr("first day: YYYY-MM-DD (default: 30 days before the last one)"))
    atlas.add_argument("--to", dest="period_to", default=None, help=tr("last day, included: YYYY-MM-DD "
                                                                        "(default: today)"))
    atlas.add_argument("-o", "--out", default=None, help=tr("PDF file to write (default: atlas-<kind>-<date>.pdf)"))
    atlas.add_argument("--language", choices=("fr", "nl", "en"), default=None,
                       help=tr("language of the layout (default: the user's)"))
    atlas.add_argument("--dpi", type=int, default=150, help=tr("resolution of the heatmap and images (default 150)"))
    return atlas


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

    if "report" not in argv or ("--maps" not in argv and "atlas" not in argv):  # dls --maps too
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


def _day(text, default):
    if text is None:
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(tr("{} is not a date (YYYY-MM-DD).").format(text)) from None


def run_atlas(conn, args):
    """`report atlas`: the layout of --kind for the period, exported by QGIS; returns the exit status."""
    from ..core import migrations
    from ..core.profile import ConnectionProfile
    from . import atlas_export, layouts

    if not _qgis_running():
        raise InvalidInput(tr("The atlas needs QGIS: start the command with gpsu_plugin.cli."))
    migrations.schema_state(conn).raise_if_unusable()
    conn.rollback()
    last = _day(args.period_to, date.today())
    period = layouts.Period(_day(args.period_from, last - timedelta(days=30)), last)
    if args.dpi < 50 or args.dpi > 600:
        raise InvalidInput(tr("The resolution must lie between 50 and 600 dpi."))
    out = args.out or "atlas-{}-{}.pdf".format(args.kind, date.today().isoformat())
    profile = ConnectionProfile.from_conninfo(getattr(args, "db", "") or os.environ.get("GPSU_DB", ""))
    language = args.language or user_language()
    translator = _report_translator(language)
    try:
        result = atlas_export.export_kind(conn, profile, args.kind, period, out, language, dpi=args.dpi)
    finally:
        if translator is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            QCoreApplication.removeTranslator(translator)
    print(tr("{path}: {pages} pages in {seconds:.1f} s ({per_page:.2f} s a page), {period}.").format(
        path=out, pages=result.pages, seconds=result.seconds, per_page=result.seconds_per_page,
        period=period.text()))
    if result.message:
        print(result.message)
    return 0


def _report_translator(language):
    from ..core.i18n import load_translator, user_language as current

    return load_translator(language) if language != current() else None


def run(conn, args):
    """Run `report …`; returns the exit status."""
    if args.command == "atlas":
        return run_atlas(conn, args)
    if args.command == "dls":
        return run_dls(conn, args)
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
