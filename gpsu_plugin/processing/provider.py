"""The "GPS-U" Processing provider."""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from .analysis import (clusters, emerging_hotspots, heatmap, hotspots, monthly_series, near_repeat,
                       period_comparison, prevention_action, time_profile)
from .database import upgrade

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icons", "gpsu.svg")


class GpsuProvider(QgsProcessingProvider):
    def id(self):
        return "gpsu"

    def name(self):
        return tr("GPS-U")

    def longName(self):  # noqa: N802
        return tr("GPS-U urban safety")

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in (upgrade.UpgradeDatabaseAlgorithm(), clusters.IncidentClustersAlgorithm(),
                          emerging_hotspots.EmergingHotSpotsAlgorithm(),
                          heatmap.HeatmapAlgorithm(), hotspots.HotSpotsAlgorithm(),
                          near_repeat.NearRepeatAlgorithm(),
                          period_comparison.PeriodComparisonAlgorithm(), time_profile.TimeProfileAlgorithm(),
                          prevention_action.RecordPreventionActionAlgorithm(),
                          prevention_action.EvaluatePreventionActionAlgorithm(),
                          monthly_series.MonthlySeriesAlgorithm()):
            self.addAlgorithm(algorithm)
