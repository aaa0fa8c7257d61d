"""The plugin object QGIS loads: a thin shell that wires menus, toolbar and provider to the
GUI and core packages. Everything initGui registers is undone by unload, in reverse order."""

import os
from contextlib import ExitStack

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

from .core import log
from .core.i18n import load_translator, tr

PLUGIN_DIR = os.path.dirname(__file__)
MENU_OBJECT_NAME = "GpsuMenu"
TOOLBAR_OBJECT_NAME = "GpsuToolbar"
PROCESSING_ALGORITHM_UPGRADE = "gpsu:upgrade_database"


def icon(name):
    return QIcon(os.path.join(PLUGIN_DIR, "icons", name))


class GpsuPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = {}
        self.docks = {}
        self.connection = None
        self._report_task = None
        self._atlas_task = None
        self._cleanup = ExitStack()

    # -- QGIS entry points ------------------------------------------------------------------------

    def initProcessing(self):  # noqa: N802
        """Called by QGIS (also without a GUI) to register the Processing provider."""
        if self.provider is not None:
            return
        from .processing import provider  # by module, so that QGIS's plugin reload unloads it

        self.provider = provider.GpsuProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        translator = load_translator()
        if translator is not None:
            self._cleanup.callback(QgsApplication.removeTranslator, translator)
        self._cleanup.callback(log.install())

        self.initProcessing()
        self._cleanup.callback(self._remove_provider)

        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("GPS-U"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        menu_bar = main_window.menuBar()
        menu_bar.insertMenu(self._help_menu_action(menu_bar), self.menu)
        self._cleanup.callback(self._remove_menu)

        self.toolbar = QToolBar(tr("GPS-U"), main_window)
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.iface.addToolBar(self.toolbar)
        self._cleanup.callback(self._remove_toolbar)

        from .core.session import Session, SharedConnection
        from .gui.password_dialog import ask_password
        from .gui.sign_in import account_checker

        self.connection = SharedConnection(Session(ask_password(main_window),
                                                   on_account=account_checker(self.iface, self.change_my_password)))
        self._cleanup.callback(self.connection.close)

        self._add_action("incident", icon("incident.svg"), tr("Log a fact"), self.toggle_incident_dock,
                         toolbar=True, checkable=True)
        self._add_action("cases", icon("cases.svg"), tr("Cases"), self.toggle_cases_dock,
                         toolbar=True, checkable=True)
        self._add_action("alerts", icon("alerts.svg"), tr("Alerts"), self.toggle_alerts_dock,
                         toolbar=True, checkable=True)
        self._add_action("schools", icon("gpsu.svg"), tr("Schools"), self.toggle_schools_dock,
                         toolbar=True, checkable=True)
        self._add_action("statistics", icon("report.svg"), tr("Statistics"), self.toggle_statistics_dock,
                         toolbar=True, checkable=True)
        self._add_action("layers", icon("layers.svg"), tr("Add the GPS-U layers"), self.add_layers,
                         toolbar=True)
        self._add_action("project", icon("layers.svg"), tr("Create the GPS-U project…"), self.create_project)
        self.menu.addSeparator()
        self._add_action("report_new_facts", icon("report.svg"), tr("New facts report (PDF)…"),
                         self.report_new_facts)
        self._add_action("report_dls", icon("report.svg"), tr("DLS statistics report (PDF)…"), self.report_dls)
        from .gui.atlas_dialog import action_text

        self._add_action("report_atlas", icon("report.svg"), action_text(), self.open_atlas)
        self._add_action("record_action", icon("gpsu.svg"), tr("Record a prevention action…"),
                         lambda: self.open_algorithm("gpsu:record_prevention_action"))
        self._add_action("evaluate_action", icon("gpsu.svg"), tr("Impact of a prevention action…"),
                         lambda: self.open_algorithm("gpsu:evaluate_prevention_action"))
        self.menu.addSeparator()

        from .gui.school_locator import SchoolLocatorFilter

        self.school_locator = SchoolLocatorFilter(self.iface, self.connection, on_chosen=self.open_school)
        self.iface.registerLocatorFilter(self.school_locator)
        self._cleanup.callback(self.iface.deregisterLocatorFilter, self.school_locator)
        self._add_action("access", icon("gpsu.svg"), tr("Access…"), self.open_access_dialog)
        self._add_action("audit", icon("gpsu.svg"), tr("Audit log"), self.toggle_audit_dock, checkable=True)
        self._add_action("change_password", icon("connection.svg"), tr("Change my password…"),
                         self.change_my_password)
        self._add_action("connection", icon("connection.svg"), tr("Connection…"), self.open_connection_dialog,
                         toolbar=True)
        self._add_action("upgrade", icon("database.svg"), tr("Install / upgrade database…"),
                         self.open_upgrade_dialog)

    def unload(self):
        self._cleanup.close()
        self.actions = {}
        self.docks = {}

    # -- registration helpers ---------------------------------------------------------------------

    def _add_action(self, key, action_icon, text, slot, toolbar=False, checkable=False):
        action = QAction(action_icon, text, self.iface.mainWindow())
        action.setObjectName("gpsu_" + key)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions[key] = action
        self._cleanup.callback(action.deleteLater)
        return action

    @staticmethod
    def _help_menu_action(menu_bar):
        """Insert before Help, like QGIS's own menus; at the end when there is no Help menu."""
        for action in menu_bar.actions():
            menu = action.menu()
            if menu is not None and menu.objectName() == "mHelpMenu":
                return action
        return None

    def _remove_menu(self):
        self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
        self.menu.deleteLater()
        self.menu = None

    def _remove_toolbar(self):
        self.iface.mainWindow().removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.toolbar = None

    def _remove_provider(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

    def _dock(self, key, factory):
        """The dock `key`, made on first use and removed on unload; its action follows its visibility."""
        dock = self.docks.get(key)
        if dock is None:
            dock = factory()
            self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
            action = self.actions[key]
            dock.visibilityChanged.connect(action.setChecked)
            self.docks[key] = dock
            self._cleanup.callback(self._remove_dock, dock)
        return dock

    def _remove_dock(self, dock):
        for cleanup in ("release_map_tool", "cleanup"):
            if hasattr(dock, cleanup):
                getattr(dock, cleanup)()
        self.iface.removeDockWidget(dock)
        dock.deleteLater()

    def _toggle(self, key, factory, visible):
        dock = self._dock(key, factory)
        dock.setUserVisible(visible)
        if visible:
            dock.raise_()

    # -- actions ----------------------------------------------------------------------------------

    def toggle_incident_dock(self, visible=True):
        from .gui.incident_dock import IncidentDock

        def make():
            dock = IncidentDock(self.iface, self.connection, self.iface.mainWindow())
            dock.connectionRequested.connect(self.open_connection_dialog)
            dock.incidentSaved.connect(self._incident_saved)
            return dock

        self._toggle("incident", make, visible)

    def toggle_cases_dock(self, visible=True):
        from .gui.cases_dock import CasesDock

        self._toggle("cases", lambda: CasesDock(self.iface, self.connection, self.iface.mainWindow()), visible)

    def _incident_saved(self, *_):
        cases_dock = self.docks.get("cases")
        if cases_dock is not None and cases_dock.isVisible():
            cases_dock.refresh()

    def toggle_alerts_dock(self, visible=True):
        from .gui.alerts_inbox import AlertsInboxDock, AlertWatcher

        def make():
            watcher = AlertWatcher(self.connection.session.connect, self.connection, self.iface.mainWindow())
            self._cleanup.callback(self._stop_watcher, watcher)
            dock = AlertsInboxDock(self.iface, self.connection, watcher, self.iface.mainWindow())
            dock.openCase.connect(self.open_case)
            watcher.start()
            return dock

        self._toggle("alerts", make, visible)

    def toggle_schools_dock(self, visible=True):
        from .gui.schools_dock import SchoolsDock

        def make():
            dock = SchoolsDock(self.iface, self.connection, self.iface.mainWindow())
            dock.schoolsImported.connect(self.school_locator.index.invalidate)
            return dock

        self._toggle("schools", make, visible)

    def toggle_statistics_dock(self, visible=True):
        from .gui.statistics_dock import StatisticsDock

        self._toggle("statistics", lambda: StatisticsDock(self.iface, self.connection, self.iface.mainWindow()),
                     visible)

    def open_school(self, school_id):
        self.toggle_schools_dock(True)
        self.docks["schools"].open_school(school_id)

    @staticmethod
    def _stop_watcher(watcher):
        watcher.stop()
        watcher.deleteLater()

    def open_case(self, incident_id):
        self.toggle_cases_dock(True)
        self.docks["cases"].open_case(incident_id)

    def add_layers(self):
        """Add the styled GPS-U layers (incidents by category, open cases, by status, territory)."""
        from .core import layers, migrations
        from .core.exceptions import GpsuError
        from .core.i18n import user_language
        from .gui.messages import show_error

        try:
            conn = self.connection.get()
            srid = migrations.installed_srid(conn)
            layers.add_layers_to_project(
                layers.incident_layers(self.connection.session.profile, srid, conn, user_language()))
        except GpsuError as error:
            show_error(self.iface, error)

    def create_project(self):
        """Every GPS-U layer the role may read, styled, with forms and map themes, saved as a project
        file (no password in it) and opened."""
        from qgis.core import QgsProject
        from qgis.PyQt.QtWidgets import QFileDialog

        from .core import migrations, project
        from .core.exceptions import GpsuError
        from .core.i18n import user_language
        from .gui.messages import show_error

        path, _filter = QFileDialog.getSaveFileName(self.iface.mainWindow(), tr("Create the GPS-U project"),
                                                    "gpsu.qgz", tr("QGIS projects (*.qgz)"))
        if not path:
            return
        try:
            conn = self.connection.get()
            project.save_project(self.connection.session.profile, conn, migrations.installed_srid(conn), path,
                                 user_language())
        except (GpsuError, OSError) as error:
            show_error(self.iface, error)
            return
        if self.iface.newProject(True):  # the user may save the current project first, or keep it
            QgsProject.instance().read(path)

    def open_algorithm(self, algorithm_id):
        import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def connection_changed(self):
        """After the profile changed: reconnect lazily and reload what the docks show."""
        self.school_locator.index.invalidate()
        self.connection.close()
        for dock in self.docks.values():
            if hasattr(dock, "reload") and dock.isVisible():
                dock.reload()

    def report_new_facts(self):
        """Every fact recorded since the previous report, as a PDF made in a background task, then opened."""
        import tempfile
        from datetime import date

        from .core import migrations
        from .core.i18n import user_language
        from .gui.tasks import start_pdf_report
        from .reports import new_facts
        from .reports.map_extract import QgisMapExtract

        if self._report_task is not None:
            return
        profile, language = self.connection.session.profile, user_language()
        path = os.path.join(tempfile.gettempdir(), "gpsu-new-facts-{}.pdf".format(date.today().isoformat()))

        def make(conn, task):
            maps = QgisMapExtract.for_profile(profile, migrations.installed_srid(conn), conn, language)
            return new_facts.issue(conn, path, language=language, map_renderer=maps,
                                   progress=task.setProgress, is_canceled=task.isCanceled)

        self._report_task = start_pdf_report(self.iface, self.connection.session, tr("GPS-U: new facts report"),
                                             path, make, self._report_finished)

    def _report_finished(self):
        self._report_task = None

    def open_access_dialog(self):
        from .gui.access_dialog import open_access_dialog

        open_access_dialog(self.iface.mainWindow(), self.connection)  # modal; shows a refusal itself

    def toggle_audit_dock(self, visible=True):
        from .gui.audit_dock import AuditDock

        self._toggle("audit", lambda: AuditDock(self.iface, self.connection, self.iface.mainWindow()), visible)

    def change_my_password(self):
        from .core.exceptions import GpsuError
        from .gui.messages import show_error
        from .gui.sign_in import change_my_password

        try:
            conn = self.connection.get()
        except GpsuError as error:
            show_error(self.iface, error)
            return
        change_my_password(self.iface, self.connection.session, conn)

    def report_dls(self):
        """The DLS statistics report for a chosen period, made in a background task, then opened."""
        from .core.i18n import user_language
        from .gui.dls_dialog import DlsPeriodDialog, report_path
        from .gui.tasks import start_pdf_report
        from .reports import dls

        if self._report_task is not None:
            return
        dialog = DlsPeriodDialog(self.iface.mainWindow())
        if not dialog.exec_():
            return
        start, end = dialog.period()
        path, language = report_path(start, end), user_language()

        def make(conn, task):
            return dls.generate_dls(conn, start, end, path, language=language, feedback=task.feedback)

        self._report_task = start_pdf_report(self.iface, self.connection.session, tr("GPS-U: DLS statistics report"),
                                             path, make, self._report_finished)

    def open_atlas(self):
        """Atlas and print layouts: layouts added to the project, the PDF made in a background task."""
        from .gui.atlas_dialog import open_atlas_dialog

        self._atlas_task = open_atlas_dialog(self.iface, self.connection.session)

    def open_connection_dialog(self):
        from .gui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(parent=self.iface.mainWindow())
        dialog.upgradeRequested.connect(self.open_upgrade_dialog)
        if dialog.exec_():
            self.connection_changed()

    def open_upgrade_dialog(self):
        """Make sure a password is at hand (asking if needed), then open the Processing dialog."""
        import processing

        from .core.exceptions import GpsuError
        from .core.session import Session
        from .gui.messages import show_error
        from .gui.password_dialog import ask_password

        try:
            Session(ask_password(self.iface.mainWindow())).connect().close()
        except GpsuError as error:
            show_error(self.iface, error)
            return
        processing.execAlgorithmDialog(PROCESSING_ALGORITHM_UPGRADE, {})
