"""Processing algorithm: when incidents happen, hour of day x day of week, with aoristic weighting."""

from psycopg2 import sql
from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core.i18n import tr
from .base import AnalysisAlgorithm

# Each fact weighs 1. A fact seen at a time (observed_at) puts it in that hour; a fact known only by a
# window (observed_from .. observed_to) spreads it over the hours the window covers, in proportion to
# the part of each hour covered (a zero-length window counts in its hour). Hours are the
# municipality's wall-clock hours (gpsu.setting('timezone')), daylight saving time included.
QUERY = """
WITH tz AS (SELECT gpsu.setting('timezone') AS name),
f AS (SELECT i.observed_at, i.observed_from, i.observed_to FROM gpsu.incidents i WHERE {where}),
pieces AS (
    SELECT f.observed_at AS h, 1.0::float8 AS w FROM f WHERE f.observed_at IS NOT NULL
    UNION ALL
    SELECT f.observed_from, 1.0::float8 FROM f WHERE f.observed_at IS NULL AND f.observed_to = f.observed_from
    UNION ALL
    SELECT h, extract(epoch FROM least(h + interval '1 hour', f.observed_to) - greatest(h, f.observed_from))::float8
              / extract(epoch FROM f.observed_to - f.observed_from)::float8
    FROM f CROSS JOIN tz
    CROSS JOIN LATERAL generate_series(date_trunc('hour', f.observed_from, tz.name), f.observed_to,
                                       interval '1 hour') AS h
    WHERE f.observed_at IS NULL AND f.observed_to > f.observed_from AND h < f.observed_to
), local AS (
    SELECT (extract(isodow FROM p.h AT TIME ZONE tz.name) - 1)::integer AS weekday,
           extract(hour FROM p.h AT TIME ZONE tz.name)::integer AS hour, p.w
    FROM pieces p CROSS JOIN tz
)
SELECT d.weekday, hr.hour, coalesce(sum(l.w), 0)::float8, count(l.w)
FROM generate_series(0, 6) AS d(weekday) CROSS JOIN generate_series(0, 23) AS hr(hour)
LEFT JOIN local l ON l.weekday = d.weekday AND l.hour = hr.hour
GROUP BY 1, 2 ORDER BY 1, 2
"""


def weekday_names():
    return [tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"),
            tr("Sunday")]


class TimeProfileAlgorithm(AnalysisAlgorithm):
    OUTPUT = "OUTPUT"

    def name(self):
        return "time_profile"

    def displayName(self):
        return tr("Time profile (hour x weekday)")

    def shortHelpString(self):
        return tr("A table of 7 x 24 rows: for each day of the week (0 = Monday) and hour of the day, in the "
                  "municipality's time zone, the weighted number of the filtered incidents. A fact seen at a "
                  "given time counts 1 in its hour; a fact known only by a time window (between ... and ...) is "
                  "spread over the hours of the window, in proportion to the time covered (aoristic weighting), "
                  "so that the weights add up to the number of facts.")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Time profile"), QgsProcessing.TypeVector))

    @staticmethod
    def output_fields():
        fields = QgsFields()
        for name, kind in (("weekday", QVariant.Int), ("day", QVariant.String), ("hour", QVariant.Int),
                           ("weight", QVariant.Double), ("share", QVariant.Double), ("facts", QVariant.Int)):
            fields.append(QgsField(name, kind))
        return fields

    def processAlgorithm(self, parameters, context, feedback):
        filters = self.analysis_filter(parameters, context)
        with self.connection(parameters, context, feedback) as conn:
            where, params, count = self.filtered_incidents(conn, filters)
            feedback.pushInfo(tr("{n} incidents ({filters}).").format(n=count, filters=filters.describe()))
            with conn.cursor() as cur:
                cur.execute(sql.SQL(QUERY).format(where=where), params)
                rows = cur.fetchall()
            conn.rollback()
        feedback.setProgress(50)
        fields = self.output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        names = weekday_names()
        total = sum(row[2] for row in rows)
        for weekday, hour, weight, facts in rows:
            self.check_canceled(feedback)
            feature = QgsFeature(fields)
            feature.setAttributes([weekday, names[weekday], hour, weight, weight / total if total else 0.0, facts])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Total weight {total:.3f} for {n} incidents.").format(total=total, n=count))
        return {self.OUTPUT: dest_id}
