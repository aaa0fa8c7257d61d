"""Processing algorithm: install or upgrade the GPS-U schema (administrators)."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterCrs, QgsProcessingParameterString)

from ...core import credentials, database, migrations
from ...core.exceptions import GpsuError
from ...core.i18n import tr
from ...core.profile import ConnectionProfile


class UpgradeDatabaseAlgorithm(QgsProcessingAlgorithm):
    CONNECTION = "CONNECTION"
    CRS = "CRS"
    REFERENCE_DATA = "REFERENCE_DATA"
    VERSION = "VERSION"

    def name(self):
        return "upgrade_database"

    def displayName(self):  # noqa: N802
        return tr("Install / upgrade database")

    def group(self):
        return tr("Administration")

    def groupId(self):  # noqa: N802
        return "administration"

    def shortHelpString(self):  # noqa: N802
        return tr("Installs the GPS-U schema in an empty PostGIS database, or applies the migrations this "
                  "plugin ships to an older one, one transaction each. A database newer than the plugin is "
                  "refused. Only the schema owner or a server administrator may run it. The coordinate "
                  "reference system is chosen at installation and cannot change afterwards.")

    def createInstance(self):  # noqa: N802
        return UpgradeDatabaseAlgorithm()

    def initAlgorithm(self, config=None):  # noqa: N802
        current = ConnectionProfile.load()
        self.addParameter(QgsProcessingParameterString(
            self.CONNECTION, tr("Connection profile"), defaultValue=current.name if current else ""))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("Projected CRS of a new installation"),
            defaultValue=QgsCoordinateReferenceSystem("EPSG:{}".format(migrations.DEFAULT_SRID))))
        self.addParameter(QgsProcessingParameterBoolean(
            self.REFERENCE_DATA, tr("Load the reference services and categories"), defaultValue=True))
        self.addOutput(QgsProcessingOutputNumber(self.VERSION, tr("Schema version")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        name = self.parameterAsString(parameters, self.CONNECTION, context)
        profile = ConnectionProfile.load(name)
        if profile is None:
            raise QgsProcessingException(tr("No connection profile named \"{}\".").format(name))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        srid = crs.postgisSrid() if crs.isValid() else migrations.DEFAULT_SRID
        try:
            conn = database.connect(profile, credentials.load_password(profile))
            try:
                applied = migrations.upgrade(
                    conn, srid=srid,
                    progress=lambda percent, message: (feedback.setProgress(percent), feedback.pushInfo(message)),
                    is_canceled=feedback.isCanceled)
                if self.parameterAsBoolean(parameters, self.REFERENCE_DATA, context):
                    migrations.load_reference_data(conn)
                    feedback.pushInfo(tr("Reference services and categories loaded."))
                version = migrations.installed_version(conn)
            finally:
                conn.close()
        except GpsuError as exc:
            raise QgsProcessingException(exc.message) from None
        if not applied:
            feedback.pushInfo(tr("The schema was already up to date."))
        return {self.VERSION: version}
