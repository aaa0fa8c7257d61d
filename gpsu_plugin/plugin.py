"""The plugin object QGIS loads: a thin shell that wires menus, toolbar and provider to the
GUI and core packages. Everything initGui registers is undone by unload, in reverse order."""

import os
from contextlib import ExitStack

from qgis.core import QgsApplication
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

        self._add_action("connection", icon("connection.svg"), tr("Connection…"), self.open_connection_dialog,
                         toolbar=True)
        self._add_action("upgrade", icon("database.svg"), tr("Install / upgrade database…"),
                         self.open_upgrade_dialog)

    def unload(self):
        self._cleanup.close()
        self.actions = {}

    # -- registration helpers ---------------------------------------------------------------------

    def _add_action(self, key, action_icon, text, slot, toolbar=False):
        action = QAction(action_icon, text, self.iface.mainWindow())
        action.setObjectName("gpsu_" + key)
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

    # -- actions ----------------------------------------------------------------------------------

    def open_connection_dialog(self):
        from .gui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(parent=self.iface.mainWindow())
        dialog.upgradeRequested.connect(self.open_upgrade_dialog)
        dialog.exec_()

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
