"""Processing algorithm: monthly series with seasonality (aoristic monthly counts, classical
multiplicative decomposition). The numbers come from core.statistics, as in the Statistics dock."""

import math

from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core import statistics
from ...core.i18n import tr
from .base import AnalysisAlgorithm


class MonthlySeriesAlgorithm(AnalysisAlgorithm):
    OUTPUT = "OUTPUT"

    def name(self):
        return "monthly_series"

    def displayName(self):
        return tr("Monthly series with seasonality")

    def shortHelpString(self):
        return tr("A table with one row per month of the period (every month from the first to the last fact "
                  "when no period is given): the weighted number of the filtered incidents, the trend (centred "
                  "12-month moving average, empty for the first and last six months), the seasonal index of the "
                  "month of the year and the seasonally adjusted count (count / index). A fact seen at a given "
                  "time counts 1 in its month; a fact known only by a time window is spread over the months of "
                  "the window in proportion to the time covered (aoristic weighting). The seasonal index of a "
                  "month of the year is the mean ratio of its counts to the trend, the twelve indices scaled to "
                  "average 1 (classical multiplicative decomposition); it needs at least 24 months.")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Monthly series"), QgsProcessing.TypeVector))

    @staticmethod
    def output_fields():
        fields = QgsFields()
        for name, kind in (("month", QVariant.String), ("year", QVariant.Int), ("month_of_year", QVariant.Int),
                           ("count", QVariant.Double), ("trend", QVariant.Double),
                           ("seasonal_index", QVariant.Double), ("adjusted", QVariant.Double)):
            fields.append(QgsField(name, kind))
        return fields

    def processAlgorithm(self, parameters, context, feedback):
        filters = self.analysis_filter(parameters, context)
        with self.connection(parameters, context, feedback) as conn:
            where, params, count = self.filtered_incidents(conn, filters)
            feedback.pushInfo(tr("{n} incidents ({filters}).").format(n=count, filters=filters.describe()))
            series = statistics.monthly_series_where(conn, where, params, filters.period_from, filters.period_to)
        feedback.setProgress(60)
        fields = self.output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        def value(number):
            return float(number) if number is not None and math.isfinite(number) else None

        for k, month in enumerate(series.months):
            self.check_canceled(feedback)
            feature = QgsFeature(fields)
            feature.setAttributes([month.strftime("%Y-%m"), month.year, month.month, float(series.counts[k]),
                                   value(series.trend[k]), value(series.seasonal[k]), value(series.adjusted[k])])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        feedback.setProgress(100)
        if not series.has_seasonality:
            feedback.pushWarning(tr("{months} months: at least 24 are needed for a seasonal index; the seasonal "
                                    "index and the adjusted counts are left empty.").format(months=len(series.months)))
        else:
            names = statistics.month_names()
            index = series.seasonal_index
            feedback.pushInfo(tr("Seasonal index: highest in {high} ({high_value:.2f}), lowest in {low} "
                                 "({low_value:.2f}).").format(high=names[int(index.argmax())],
                                                              high_value=float(index.max()),
                                                              low=names[int(index.argmin())],
                                                              low_value=float(index.min())))
        return {self.OUTPUT: dest_id}
