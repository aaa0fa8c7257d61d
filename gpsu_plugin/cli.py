"""Command line for administrators and scripts: `python -m gpsu_plugin.cli db upgrade`,
`… db pseudonymise`, `… report new-facts`, `… report dls --from 2025-01-01 --to 2025-12-31`,
`… report atlas --kind district --from 2026-01-01 --to 2026-06-30 -o atlas.pdf`.

The database is chosen with --db (a libpq string such as "service=gpsu" or
"host=… dbname=… user=…") or the GPSU_DB environment variable; passwords come from libpq
(.pgpass, PGPASSWORD) and never from the command line.
"""

import argparse
import logging
import os
import sys

from qgis.PyQt.QtCore import QCoreApplication

from .core import database, migrations
from .core.exceptions import GpsuError
from .core.i18n import load_translator, tr
from .reports import cli as report_cli


def _parser():
    parser = argparse.ArgumentParser(prog="python -m gpsu_plugin.cli", description=tr("GPS-U administration"))
    parser.add_argument("--db", default=os.environ.get("GPSU_DB", ""),
                        help=tr("libpq connection string, e.g. \"service=gpsu\" (default: $GPSU_DB)"))
    parser.add_argument("-v", "--verbose", action="store_true")
    commands = parser.add_subparsers(dest="area", required=True)
    db = commands.add_parser("db", help=tr("database schema"))
    db_commands = db.add_subparsers(dest="command", required=True)
    upgrade = db_commands.add_parser("upgrade", help=tr("install or upgrade the GPS-U schema"))
    upgrade.add_argument("--srid", type=int, default=None,
                         help=tr("projected CRS of a new installation, as an EPSG code (default {})").format(
                             migrations.DEFAULT_SRID))
    upgrade.add_argument("--target", type=int, default=None, help=tr("stop at this schema version"))
    db_commands.add_parser("status", help=tr("show the schema version"))
    db_commands.add_parser("seed", help=tr("load the reference services and categories"))
    logo = db_commands.add_parser("logo", help=tr("set the municipality's logo on the reports' covers (PNG or JPEG)"))
    logo.add_argument("file", help=tr("the image file"))
    pseudonymise = db_commands.add_parser(
        "pseudonymise", help=tr("pseudonymise the closed cases older than the retention period (GDPR)"))
    pseudonymise.add_argument("--dry-run", action="store_true", help=tr("only count them"))
    report_cli.add_parser(commands)
    return parser


def main(argv=None):
    # a QgsApplication when QGIS draws (report new-facts --maps, report atlas), else a QCoreApplication
    # for the translator
    app = (report_cli.start_app(sys.argv[1:] if argv is None else argv)  # noqa: F841
           or QCoreApplication.instance() or QCoreApplication(sys.argv[:1]))
    translator = load_translator()  # noqa: F841 (kept alive while the command runs)
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        conn = database.connect_conninfo(args.db)
        try:
            return _run(conn, args)
        finally:
            conn.close()
    except GpsuError as exc:
        print(tr("Error: {}").format(exc.message), file=sys.stderr)
        if exc.details and args.verbose:
            print(exc.details, file=sys.stderr)
        return 1


def _run(conn, args):
    if args.area == "report":
        return report_cli.run(conn, args)
    if args.command == "status":
        state = migrations.schema_state(conn)
        print(tr("GPS-U schema: {}").format(state.describe()))
        return 0 if state.is_current else 2
    if args.command == "upgrade":
        applied = migrations.upgrade(conn, srid=args.srid, target=args.target,
                                     progress=lambda pct, msg: print(msg) if args.verbose else None)
        state = migrations.schema_state(conn)
        if applied:
            print(tr("Applied migrations {}; schema {}.").format(
                ", ".join(str(v) for v in applied), state.describe()))
        else:
            print(tr("Nothing to do; schema {}.").format(state.describe()))
        return 0
    if args.command == "logo":
        from .reports import new_facts

        migrations.schema_state(conn).raise_if_unusable()
        try:
            with open(args.file, "rb") as handle:
                content = handle.read()
        except OSError as exc:
            print(tr("Error: {}").format(exc.strerror or exc), file=sys.stderr)
            return 1
        new_facts.set_logo(conn, content)
        print(tr("The logo is set: it appears on the cover of every report."))
        return 0
    if args.command == "pseudonymise":
        from .core import access

        migrations.schema_state(conn).raise_if_unusable()
        count = access.pseudonymise_closed_cases(conn, dry_run=args.dry_run)
        print((tr("{} closed cases would be pseudonymised.") if args.dry_run
               else tr("{} closed cases pseudonymised.")).format(count))
        return 0
    if args.command == "seed":
        migrations.schema_state(conn).raise_if_unusable()
        migrations.load_reference_data(conn)
        print(tr("Reference services and categories loaded."))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
