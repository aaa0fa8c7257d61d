"""Processing algorithm: density-based clusters of incidents (PostGIS ST_ClusterDBSCAN)."""

from psycopg2 import sql
from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterDistance, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core.i18n import tr, user_language
from .base import AnalysisAlgorithm, qdatetime

QUERY = """
WITH f AS (
    SELECT i.id, i.geom, i.category_id, coalesce(i.observed_at, i.observed_from) AS t
    FROM gpsu.incidents i WHERE {where}
), c AS (
    SELECT f.*, ST_ClusterDBSCAN(f.geom, eps := %(eps)s, minpoints := %(minpoints)s) OVER () AS cid FROM f
), dominant AS (
    SELECT DISTINCT ON (cid) cid, category_id, n
    FROM (SELECT cid, category_id, count(*) AS n FROM c WHERE cid IS NOT NULL GROUP BY cid, category_id) x
    ORDER BY cid, n DESC, category_id
), clusters AS (
    SELECT cid, count(*) AS n, ST_ConvexHull(ST_Collect(geom)) AS hull, min(t) AS first_at, max(t) AS last_at
    FROM c WHERE cid IS NOT NULL GROUP BY cid
)
SELECT k.cid, k.n, d.category_id, cat.code, coalesce({label}, cat.label_fr), d.n,
       ST_AsBinary(CASE WHEN ST_Dimension(k.hull) < 2 THEN ST_Buffer(k.hull, %(eps)s / 2.0, 8) ELSE k.hull END),
       ST_Area(k.hull), k.first_at, k.last_at
FROM clusters k JOIN dominant d USING (cid) JOIN gpsu.categories cat ON cat.id = d.category_id
ORDER BY k.n DESC, k.cid
"""


class IncidentClustersAlgorithm(AnalysisAlgorithm):
    DISTANCE = "DISTANCE"
    MIN_POINTS = "MIN_POINTS"
    OUTPUT = "OUTPUT"

    def name(self):
        return "incident_clusters"

    def displayName(self):
        return tr("Incident clusters (DBSCAN)")

    def shortHelpString(self):
        return tr("Groups the filtered incidents into density-based clusters (DBSCAN, computed by PostGIS "
                  "ST_ClusterDBSCAN): an incident belongs to a cluster when at least \"minimum number of incidents\" "
                  "lie within \"distance\" of it, or of one of its cluster's core incidents. Each cluster becomes "
                  "a polygon (its convex hull, or a buffer of half the distance around one or two places) with "
                  "its number of incidents, its dominant category and the dates of its first and last incident. "
                  "Incidents in no cluster (noise) are left out.")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        distance = QgsProcessingParameterDistance(self.DISTANCE, tr("Distance (metres)"), defaultValue=100.0,
                                                  minValue=0.01)
        self.addParameter(distance)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_POINTS, tr("Minimum number of incidents"), QgsProcessingParameterNumber.Integer,
            defaultValue=10, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Clusters"), QgsProcessing.TypeVectorPolygon))

    @staticmethod
    def output_fields():
        fields = QgsFields()
        for name, kind in (("cluster_id", QVariant.Int), ("count", QVariant.Int),
                           ("category_id", QVariant.Int), ("category_code", QVariant.String),
                           ("category", QVariant.String), ("category_count", QVariant.Int),
                           ("category_share", QVariant.Double), ("area_m2", QVariant.Double),
                           ("first_at", QVariant.DateTime), ("last_at", QVariant.DateTime)):
            fields.append(QgsField(name, kind))
        return fields

    def processAlgorithm(self, parameters, context, feedback):
        filters = self.analysis_filter(parameters, context)
        eps = self.parameterAsDouble(parameters, self.DISTANCE, context)
        minpoints = self.parameterAsInt(parameters, self.MIN_POINTS, context)
        if eps <= 0 or minpoints < 1:
            raise QgsProcessingException(tr("The distance must be positive and the minimum number of incidents "
                                            "at least 1."))
        language = user_language()
        with self.connection(parameters, context, feedback) as conn:
            crs, _srid = self.schema_crs(conn)
            where, params, total = self.filtered_incidents(conn, filters)
            params.update(eps=eps, minpoints=minpoints)
            label = sql.Identifier("cat", "label_{}".format(language if language in ("fr", "nl", "en") else "fr"))
            feedback.pushInfo(tr("Clustering the incidents: {}.").format(filters.describe()))
            with conn.cursor() as cur:
                cur.execute(sql.SQL(QUERY).format(where=where, label=label), params)
                rows = cur.fetchall()
            conn.rollback()
        feedback.setProgress(50)
        fields = self.output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for number, row in enumerate(rows):
            self.check_canceled(feedback)
            cid, n, category_id, code, category, category_n, wkb, area, first_at, last_at = row
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(wkb))
            feature.setGeometry(geometry)
            feature.setAttributes([cid, n, category_id, code, category, category_n, category_n / n, area,
                                   qdatetime(first_at), qdatetime(last_at)])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            feedback.setProgress(50 + 50 * (number + 1) / len(rows))
        clustered = sum(row[1] for row in rows)
        feedback.pushInfo(tr("{clusters} clusters holding {clustered} of the {total} incidents.")
                          .format(clusters=len(rows), clustered=clustered, total=total))
        return {self.OUTPUT: dest_id}
