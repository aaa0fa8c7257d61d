"""What every GPS-U analysis algorithm shares: the connection profile, the filters (category with
its sub-categories, period, status, district) and a cancellable database connection."""

from contextlib import contextmanager
from datetime import timezone

import psycopg2
from psycopg2 import sql
from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterDateTime, QgsProcessingParameterEnum, QgsProcessingParameterString)

from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ...core import credentials, database, migrations
from ...core.analysis_filters import STATUSES, AnalysisFilter
from ...core.exceptions import GpsuError
from ...core.i18n import tr
from ...core.profile import ConnectionProfile


class AnalysisAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses call self.add_common_parameters() first in initAlgorithm()."""

    CONNECTION = "CONNECTION"
    CATEGORY = "CATEGORY"
    PERIOD_FROM = "PERIOD_FROM"
    PERIOD_TO = "PERIOD_TO"
    STATUS = "STATUS"
    DISTRICT = "DISTRICT"

    def group(self):
        return tr("Analysis")

    def groupId(self):
        return "analysis"

    def createInstance(self):
        return type(self)()

    def add_common_parameters(self):
        current = ConnectionProfile.load()
        self.addParameter(QgsProcessingParameterString(
            self.CONNECTION, tr("Connection profile"), defaultValue=current.name if current else ""))
        self.addParameter(QgsProcessingParameterString(
            self.CATEGORY, tr("Category or sub-category (id or code; a category includes its sub-categories)"),
            optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.PERIOD_FROM, tr("Period from (municipality time, included)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.PERIOD_TO, tr("Period to (municipality time, excluded)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, tr("Status"), options=[tr("All"), tr("Open cases"), tr("Closed cases")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.DISTRICT, tr("District (id, code or name)"), optional=True))

    # -- reading the common parameters -----------------------------------------------------------

    def analysis_filter(self, parameters, context):
        def when(name):
            value = self.parameterAsDateTime(parameters, name, context)
            return value.toPyDateTime() if value is not None and value.isValid() else None

        status = self.parameterAsEnum(parameters, self.STATUS, context)
        result = AnalysisFilter(
            category=self.parameterAsString(parameters, self.CATEGORY, context).strip() or None,
            period_from=when(self.PERIOD_FROM), period_to=when(self.PERIOD_TO),
            status=STATUSES[status] if 0 <= status < len(STATUSES) else STATUSES[0],
            district=self.parameterAsString(parameters, self.DISTRICT, context).strip() or None)
        try:
            return result.validate()
        except GpsuError as exc:
            raise QgsProcessingException(exc.message) from None

    def profile(self, parameters, context):
        name = self.parameterAsString(parameters, self.CONNECTION, context)
        profile = ConnectionProfile.load(name)
        if profile is None:
            raise QgsProcessingException(tr("No connection profile named \"{}\".").format(name))
        return profile

    @contextmanager
    def connection(self, parameters, context, feedback):
        """A psycopg2 connection to the profile's database with a usable schema, closed afterwards.

        Cancelling the algorithm cancels the running query; GPS-U errors, invalid input and query
        errors become QgsProcessingException with a message a user reads.
        """
        profile = self.profile(parameters, context)
        try:
            conn = database.connect(profile, credentials.load_password(profile))
        except GpsuError as exc:
            raise QgsProcessingException(exc.message) from None
        if feedback is not None:
            feedback.canceled.connect(conn.cancel)
        try:
            migrations.schema_state(conn).raise_if_unusable()
            with conn.cursor() as cur:
                # JIT compilation costs more than it saves on these one-off aggregates (0.5 s of a
                # 1.4 s hot-spot grid at 1M incidents)
                cur.execute("SET jit = off")
            conn.commit()
            yield conn
        except GpsuError as exc:
            raise QgsProcessingException(exc.message) from None
        except psycopg2.errors.QueryCanceled:
            raise QgsProcessingException(tr("Cancelled.")) from None
        except psycopg2.Error as exc:
            raise QgsProcessingException(
                tr("The database refused the analysis: {}").format(str(exc).strip())) from None
        finally:
            if feedback is not None:
                try:
                    feedback.canceled.disconnect(conn.cancel)
                except TypeError:
                    pass
            conn.close()

    @staticmethod
    def schema_crs(conn):
        srid = migrations.installed_srid(conn)
        return QgsCoordinateReferenceSystem("EPSG:{}".format(srid)), srid

    @staticmethod
    def check_canceled(feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))

    @staticmethod
    def filtered_incidents(conn, filters):
        """(where, params, count) for the filtered incidents; refuses an empty selection clearly."""
        where, params = filters.where(conn)
        with conn.cursor() as cur:
            cur.execute(sql.SQL("SELECT count(*) FROM gpsu.incidents i WHERE {}").format(where), params)
            count = cur.fetchone()[0]
        conn.rollback()
        if count == 0:
            raise QgsProcessingException(tr("No incident matches the filters ({}).").format(filters.describe()))
        return where, params, count


def qdatetime(value):
    """A QDateTime in UTC for an aware datetime from psycopg2 (None stays None)."""
    if value is None:
        return None
    u = value.astimezone(timezone.utc)
    return QDateTime(QDate(u.year, u.month, u.day), QTime(u.hour, u.minute, u.second, u.microsecond // 1000), Qt.UTC)
