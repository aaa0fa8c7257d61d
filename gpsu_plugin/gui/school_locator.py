"""Crisis-time search: a QGIS locator filter (the search bar, Ctrl+K) that finds a school by name, code,
town or address as one types. Choosing a school zooms to its site and calls `on_chosen(school_id)`
(the plugin opens the "Schools" dock on its documents).

The schools (a few hundred) are held in memory, loaded once from the database on the main thread
and refreshed every few minutes or when the connection changes, so each keystroke is a match in
memory, well under a millisecond, never a query.

    locator = SchoolLocatorFilter(iface, connection, on_chosen=plugin.open_school)
    iface.registerLocatorFilter(locator)           # unload: iface.deregisterLocatorFilter(locator)
"""

import logging
import threading
import time

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsLocatorFilter, QgsLocatorResult,
                       QgsProject, QgsRectangle)
from qgis.PyQt.QtCore import QCoreApplication, QThread

from ..core import schools
from ..core.exceptions import GpsuError
from ..core.i18n import tr
from .messages import connection_of

LOG = logging.getLogger(__name__)
PREFIX = "ecole"
MAX_RESULTS = 15
REFRESH_SECONDS = 300


class SchoolIndex:
    """The schools in memory, shared by the filter and its clones (thread-safe)."""

    def __init__(self, load=None):
        self._load = load            # () -> [schools.LocatorEntry]
        self._lock = threading.Lock()
        self.entries = []
        self._folded = []
        self.srid = None
        self.loaded_at = None

    def set_entries(self, entries, srid):
        folded = [(entry, schools.fold(entry.name), schools.fold(entry.name).split()) for entry in entries]
        with self._lock:
            self.entries = list(entries)
            self._folded = folded
            self.srid = srid
            self.loaded_at = time.monotonic()

    def invalidate(self):
        with self._lock:
            self.loaded_at = None

    def needs_refresh(self):
        return self.loaded_at is None or time.monotonic() - self.loaded_at > REFRESH_SECONDS

    def refresh(self):
        """Reload from the database (main thread: a password prompt may appear); False if it failed."""
        if self._load is None:
            return False
        try:
            entries, srid = self._load()
        except GpsuError as error:
            LOG.warning("school locator: schools not loaded: %s", error.message)
            return False
        except Exception as error:  # never break the search bar
            LOG.warning("school locator: schools not loaded: %s", error)
            return False
        self.set_entries(entries, srid)
        return True

    def search(self, text, limit=MAX_RESULTS):
        """Entries whose folded code/name/town/address contain every word of `text`, best first."""
        words = (schools.fold(text) or "").split()
        if not words:
            return []
        query = " ".join(words)
        with self._lock:
            folded = self._folded
        found = [item for item in folded if all(word in item[0].key for word in words)]

        def rank(item):
            entry, name, name_words = item
            in_name = sum(1 for word in words if any(part.startswith(word) for part in name_words))
            return (entry.code.lower() != query, not name.startswith(query), -in_name, query not in name,
                    len(name), name)
        found.sort(key=rank)
        return [item[0] for item in found[:limit]]


def database_loader(connection):
    """A loader for SchoolIndex from a SharedConnection (or a psycopg2 connection)."""
    def load():
        conn = connection_of(connection)
        return schools.locator_entries(conn), schools.database_srid(conn)
    return load


def _main_thread():
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


class SchoolLocatorFilter(QgsLocatorFilter):
    """The "Schools" locator filter (prefix `ecole`; also without prefix)."""

    def __init__(self, iface, connection=None, on_chosen=None, index=None):
        super().__init__()
        self.iface = iface
        self.connection = connection
        self.on_chosen = on_chosen
        self.index = index or SchoolIndex(database_loader(connection) if connection is not None else None)
        self.setUseWithoutPrefix(True)

    # -- QgsLocatorFilter ----------------------------------------------------------------------
    def clone(self):
        return SchoolLocatorFilter(self.iface, self.connection, self.on_chosen, self.index)

    def name(self):
        return "gpsu_schools"

    def displayName(self):  # noqa: N802
        return tr("Schools (GPS-U)")

    def prefix(self):
        return PREFIX

    def priority(self):
        return QgsLocatorFilter.High

    def flags(self):
        return QgsLocatorFilter.FlagFast  # matched in memory: no worker thread needed

    def prepare(self, string, context):
        if self.index.needs_refresh() and _main_thread():
            self.index.refresh()
        return []

    def fetchResults(self, string, context, feedback):  # noqa: N802
        if self.index.loaded_at is None and _main_thread():
            self.index.refresh()
        if len(string.strip()) < 2:
            return
        for entry in self.index.search(string):
            if feedback is not None and feedback.isCanceled():
                return
            result = QgsLocatorResult(self, entry.name, entry.id)
            result.description = " · ".join(part for part in (entry.code, entry.town, entry.address) if part)
            result.score = 1.0
            self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802
        school_id = result_school_id(result)
        entry = next((e for e in self.index.entries if e.id == school_id), None)
        if entry is not None and self.iface is not None:
            self.zoom_to(entry)
        if self.on_chosen is not None and school_id is not None:
            self.on_chosen(school_id)

    # -- map -------------------------------------------------------------------------------------
    def zoom_to(self, entry):
        canvas = self.iface.mapCanvas()
        extent = QgsRectangle(*entry.extent)
        if self.index.srid:
            source = QgsCoordinateReferenceSystem("EPSG:{}".format(self.index.srid))
            target = canvas.mapSettings().destinationCrs()
            if source.isValid() and target.isValid() and source != target:
                extent = QgsCoordinateTransform(source, target, QgsProject.instance()).transformBoundingBox(extent)
        canvas.setExtent(extent)
        canvas.refresh()


def result_school_id(result):
    """The school id a result carries (QgsLocatorResult.userData is an attribute or a method by version)."""
    getter = getattr(result, "getUserData", None)
    data = getter() if callable(getter) else result.userData
    if callable(data):
        data = data()
    try:
        return int(data)
    except (TypeError, ValueError):
        return None
