"""Processing algorithms: record a prevention action, and measure its impact (before/after in the
target area, a buffer and a comparison area; relative effect size and weighted displacement
quotient, see core/prevention.py)."""

from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsFeatureSink,
                       QgsField, QgsFields, QgsGeometry, QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterDateTime, QgsProcessingParameterDistance,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber, QgsProcessingParameterString, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core import prevention
from ...core.exceptions import GpsuError
from ...core.i18n import tr
from ...core.profile import ConnectionProfile
from .base import AnalysisAlgorithm


def _union(source, target_crs, context, feedback, what):
    """The union of a polygon source's features, in `target_crs`, as WKB."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    parts = []
    for feature in source.getFeatures():
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        geometry.transform(transform)
        parts.append(geometry)
    if not parts:
        raise QgsProcessingException(tr("{} has no polygon (select the features to use, or check the layer).")
                                     .format(what))
    union = QgsGeometry.unaryUnion(parts)
    if union.isEmpty() or union.type() != QgsWkbTypes.PolygonGeometry:
        raise QgsProcessingException(tr("{} has no polygon (select the features to use, or check the layer).")
                                     .format(what))
    return bytes(union.asWkb())


class _PreventionAlgorithm(AnalysisAlgorithm):
    def group(self):
        return tr("Prevention actions")

    def groupId(self):
        return "prevention"

    def add_connection_parameter(self):
        current = ConnectionProfile.load()
        self.addParameter(QgsProcessingParameterString(
            self.CONNECTION, tr("Connection profile"), defaultValue=current.name if current else ""))

    @staticmethod
    def date_of(algorithm, parameters, name, context):
        value = algorithm.parameterAsDateTime(parameters, name, context)
        if value is None or not value.isValid():
            return None
        value = value.toPyDateTime()
        return value.replace(tzinfo=None) if value.tzinfo else value


class RecordPreventionActionAlgorithm(_PreventionAlgorithm):
    AREA = "AREA"
    TITLE = "TITLE"
    DESCRIPTION = "DESCRIPTION"
    CATEGORIES = "CATEGORIES"
    START = "START"
    END = "END"
    BUFFER = "BUFFER"
    ACTION_ID = "ACTION_ID"

    def name(self):
        return "record_prevention_action"

    def displayName(self):
        return tr("Record a prevention action")

    def shortHelpString(self):
        return tr("Keeps a prevention action in the GPS-U database so that its impact can be measured and "
                  "measured again: the area where it took place (the polygons of a layer, or only its selected "
                  "features), its period (first and last day), the categories it targets (ids or codes, "
                  "separated by commas; none for every category), the width of the buffer around the area where "
                  "displacement or diffusion is looked for, and a description.")

    def initAlgorithm(self, config=None):
        self.add_connection_parameter()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, tr("Area of the action"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title")))
        self.addParameter(QgsProcessingParameterString(self.DESCRIPTION, tr("Description"), multiLine=True,
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CATEGORIES, tr("Target categories (ids or codes, comma separated; empty: all)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START, tr("First day"), type=QgsProcessingParameterDateTime.Date))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END, tr("Last day"), type=QgsProcessingParameterDateTime.Date))
        self.addParameter(QgsProcessingParameterDistance(
            self.BUFFER, tr("Buffer width around the area"), defaultValue=250, minValue=0, maxValue=5000,
            parentParameterName=self.AREA))
        self.addOutput(QgsProcessingOutputNumber(self.ACTION_ID, tr("Action number")))

    def processAlgorithm(self, parameters, context, feedback):
        start = self.parameterAsDateTime(parameters, self.START, context)
        end = self.parameterAsDateTime(parameters, self.END, context)
        if not start.isValid() or not end.isValid():
            raise QgsProcessingException(tr("The first and the last day of the action are required."))
        source = self.parameterAsSource(parameters, self.AREA, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREA))
        with self.connection(parameters, context, feedback) as conn:
            crs, srid = self.schema_crs(conn)
            area = _union(source, crs, context, feedback, tr("The area of the action"))
            try:
                categories = category_ids(conn, self.parameterAsString(parameters, self.CATEGORIES, context))
                action_id = prevention.record_action(
                    conn, self.parameterAsString(parameters, self.TITLE, context), area, srid,
                    start.date().toPyDate(), end.date().toPyDate(), categories,
                    self.parameterAsString(parameters, self.DESCRIPTION, context),
                    self.parameterAsDouble(parameters, self.BUFFER, context))
            except GpsuError as exc:
                raise QgsProcessingException(exc.message) from None
        feedback.pushInfo(tr("Prevention action number {} recorded.").format(action_id))
        return {self.ACTION_ID: action_id}


def category_ids(conn, text):
    """Category ids from "12, burglary, …" (ids or codes), each checked."""
    from ...core.analysis_filters import AnalysisFilter

    ids = []
    for item in [part.strip() for part in (text or "").split(",") if part.strip()]:
        ids.append(AnalysisFilter(category=item).category_id(conn))
    return ids


class EvaluatePreventionActionAlgorithm(_PreventionAlgorithm):
    ACTION = "ACTION"
    BEFORE_FROM = "BEFORE_FROM"
    BEFORE_TO = "BEFORE_TO"
    AFTER_FROM = "AFTER_FROM"
    AFTER_TO = "AFTER_TO"
    BUFFER = "BUFFER"
    COMPARISON = "COMPARISON"
    SAVE = "SAVE"
    OUTPUT = "OUTPUT"
    OUTPUTS = ("RES", "RES_LOW", "RES_HIGH", "WDQ", "WDQ_LOW", "WDQ_HIGH")

    def name(self):
        return "evaluate_prevention_action"

    def displayName(self):
        return tr("Impact of a prevention action")

    def shortHelpString(self):
        return tr("Compares the facts of the action's categories before and after, in the target area, in a buffer "
                  "ring around it and in a comparison area (the rest of the territory beyond the buffer, or a "
                  "layer's polygons). By default 'after' is the action's period and 'before' the period of the "
                  "same length just before it. Gives the relative effect size (RES above 1: the target area did "
                  "better than the comparison area) with its 95 % interval, and the weighted displacement "
                  "quotient (WDQ above 0: the benefits spread to the buffer; below 0: the problem moved there; "
                  "below -1: more moved than was prevented) with a bootstrap interval. Duplicates are not "
                  "counted. Each evaluation is kept in the database so the DLS report can cite it.")

    def initAlgorithm(self, config=None):
        self.add_connection_parameter()
        self.addParameter(QgsProcessingParameterNumber(self.ACTION, tr("Action number"), minValue=1))
        for name, label in ((self.BEFORE_FROM, tr("Before: from (default: as long as the action, just before)")),
                            (self.BEFORE_TO, tr("Before: to (excluded)")),
                            (self.AFTER_FROM, tr("After: from (default: the action's first day)")),
                            (self.AFTER_TO, tr("After: to (excluded; default: the day after the last day)"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, tr("Buffer width in metres (default: the action's)"), type=QgsProcessingParameterNumber.Double,
            minValue=0, maxValue=5000, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMPARISON, tr("Comparison area (default: the rest of the territory)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.SAVE, tr("Keep this evaluation in the database"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Zones of the evaluation"), QgsProcessing.TypeVectorPolygon))
        for name in self.OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, name))
        self.addOutput(QgsProcessingOutputString("INTERPRETATION", tr("Interpretation")))

    def periods(self, parameters, context, action):
        default = prevention.default_periods(action.started_on, action.ended_on)
        names = (self.BEFORE_FROM, self.BEFORE_TO, self.AFTER_FROM, self.AFTER_TO)
        chosen = [self.date_of(self, parameters, name, context) for name in names]
        periods = tuple(c if c is not None else d for c, d in zip(chosen, default))
        if periods[0] >= periods[1] or periods[2] >= periods[3]:
            raise QgsProcessingException(tr("A period ends before it starts."))
        if periods[0] < periods[3] and periods[2] < periods[1]:
            raise QgsProcessingException(tr("The periods before and after overlap."))
        return periods

    @staticmethod
    def fields():
        fields = QgsFields()
        for name, kind in (("zone", QVariant.String), ("before", QVariant.Int), ("after", QVariant.Int),
                           ("change", QVariant.Int), ("change_pct", QVariant.Double), ("area_ha", QVariant.Double)):
            fields.append(QgsField(name, kind))
        return fields

    def processAlgorithm(self, parameters, context, feedback):
        action_id = self.parameterAsInt(parameters, self.ACTION, context)
        with self.connection(parameters, context, feedback) as conn:
            crs, _srid = self.schema_crs(conn)
            try:
                action = prevention.action(conn, action_id)
            except GpsuError as exc:
                raise QgsProcessingException(exc.message) from None
            periods = self.periods(parameters, context, action)
            buffer_m = action.buffer_m
            if parameters.get(self.BUFFER) not in (None, ""):
                buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)
            comparison = self.parameterAsSource(parameters, self.COMPARISON, context)
            control = (_union(comparison, crs, context, feedback, tr("The comparison area"))
                       if comparison is not None else None)
            feedback.setProgress(10)
            counts, zones = prevention.count_zones(conn, action.id, periods, action.category_ids, buffer_m, control)
            self.check_canceled(feedback)
            feedback.setProgress(60)
            result = prevention.measures(counts)
            if self.parameterAsBool(parameters, self.SAVE, context):
                try:
                    evaluation = prevention.save_evaluation(conn, action.id, periods, buffer_m, counts, result)
                except GpsuError as exc:
                    raise QgsProcessingException(exc.message) from None
                feedback.pushInfo(tr("Evaluation number {} kept in the database.").format(evaluation))
        labels = {"target": tr("Target area"), "buffer": tr("Buffer"), "control": tr("Comparison area")}
        fields = self.fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for zone in ("target", "buffer", "control"):
            before, after = getattr(counts, zone)
            wkb, area = zones[zone]
            feature = QgsFeature(fields)
            if wkb:
                geometry = QgsGeometry()
                geometry.fromWkb(wkb)
                feature.setGeometry(geometry)
            feature.setAttributes([labels[zone], before, after, after - before,
                                   100.0 * (after - before) / before if before else None, (area or 0) / 10000.0])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            feedback.pushInfo(tr("{zone}: {before} before, {after} after.").format(
                zone=labels[zone], before=before, after=after))
        feedback.pushInfo(result.interpretation)
        for note in result.notes:
            feedback.reportError(note, fatalError=False)
        feedback.setProgress(100)
        outputs = {self.OUTPUT: dest_id, "INTERPRETATION": result.interpretation}
        values = (result.res, result.res_low, result.res_high, result.wdq, result.wdq_low, result.wdq_high)
        outputs.update({name: value for name, value in zip(self.OUTPUTS, values)})
        return outputs
