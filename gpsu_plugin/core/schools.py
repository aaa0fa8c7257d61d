"""Schools and their safety documents (SAGES): import, search, versioned documents and the PPMS data.

    report = import_schools(conn, "annuaire.csv", ColumnMapping(code="uai", name="nom", x="x", y="y", srid=2154))
    search_schools(conn, "ecole jules")                       # accent/case-insensitive, trigram-indexed
    upload_document(conn, school_id, "ppms", "PPMS", "ppms.pdf", content)   # a new version, never an overwrite
    version, content = download_document(conn, document_id)   # checksum verified

The rules that protect the documents (numbering, append-only, type, size, checksum) live in the
database (migration 0005); the checks here only explain a refusal before anything is sent.
Reading a document's content goes through `read_document` alone, so that access control can route
it through an audited function.
"""

import copy
import csv
import hashlib
import io
import mimetypes
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date

import psycopg2
import psycopg2.extras
from psycopg2 import sql

from . import dberrors
from .exceptions import GpsuError, InvalidInput, NotAllowed, VersionConflict
from .i18n import tr

DOC_TYPES = ("ppms", "building_plan", "evacuation_plan", "photo", "crisis_directory", "other")
SCHOOL_TYPES = ("nursery", "primary", "secondary", "high_school", "vocational", "higher", "special", "other")
POINT_KINDS = ("assembly_point", "emergency_access", "cutoff_gas", "cutoff_electricity", "cutoff_water")

# the same folding as gpsu.fold() in migration 0005 (kept identical: the locator matches in memory)
_FOLD_FROM = ("àáâãäåāçćčèéêëēėęìíîïīıñńòóôõöøōùúûüūýÿžśšłÀÁÂÃÄÅĀÇĆČÈÉÊËĒĖĘÌÍÎÏĪIÑŃÒÓÔÕÖØŌÙÚÛÜŪÝŸŽŚŠŁ'’-")
_FOLD_TO = ("aaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzsslaaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzssl   ")
_FOLD_TABLE = str.maketrans(_FOLD_FROM, _FOLD_TO)

# the French national directory's types, and plain words, to GPS-U's school types
_TYPE_WORDS = (
    ("maternelle", "nursery"), ("kleuter", "nursery"), ("nursery", "nursery"),
    ("elementaire", "primary"), ("primaire", "primary"), ("lager", "primary"), ("primary", "primary"),
    ("lycee professionnel", "vocational"), ("professionnel", "vocational"), ("vocational", "vocational"),
    ("lycee", "high_school"), ("high school", "high_school"), ("high_school", "high_school"),
    ("college", "secondary"), ("secondaire", "secondary"), ("secundair", "secondary"),
    ("secondary", "secondary"), ("athenee", "secondary"),
    ("superieur", "higher"), ("hoger", "higher"), ("higher", "higher"),
    ("specialise", "special"), ("erea", "special"), ("buitengewoon", "special"), ("special", "special"),
)

# extra types the platform's mimetypes may not know
_EXTRA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".doc": "application/msword", ".xls": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint",
    ".rtf": "application/rtf", ".webp": "image/webp", ".pdf": "application/pdf",
}


class DocumentRefused(InvalidInput):
    """A file that cannot be stored as a school document; the message says why."""


class DocumentCorrupted(GpsuError):
    """A document's content does not match the checksum recorded when it was uploaded."""


def fold(text):
    """Lower case without accents, as gpsu.fold() in the database."""
    if text is None:
        return None
    folded = text.translate(_FOLD_TABLE).lower()
    return folded.replace("œ", "oe").replace("æ", "ae")


def doc_type_label(code):
    return {
        "ppms": tr("PPMS (school safety plan)"),
        "building_plan": tr("Building plan"),
        "evacuation_plan": tr("Evacuation plan"),
        "photo": tr("Photo"),
        "crisis_directory": tr("Crisis directory"),
        "other": tr("Other document"),
    }.get(code, code)


def school_type_label(code):
    return {
        "nursery": tr("Nursery school"), "primary": tr("Primary school"), "secondary": tr("Secondary school"),
        "high_school": tr("High school"), "vocational": tr("Vocational school"), "higher": tr("Higher education"),
        "special": tr("Special education"), "other": tr("Other school"),
    }.get(code, code)


def point_kind_label(code):
    return {
        "assembly_point": tr("Assembly point"), "emergency_access": tr("Emergency vehicle access"),
        "cutoff_gas": tr("Gas cut-off"), "cutoff_electricity": tr("Electricity cut-off"),
        "cutoff_water": tr("Water cut-off"),
    }.get(code, code)


_DOCUMENT_REASONS = ("size", "type", "checksum", "filename")


def _translated(error):
    """GpsuError for a database error of this module (GPS20 document refused, GPS21 PPMS conflict; GPS11
    a document that may not be read), else core.dberrors's words."""
    code = error.pgcode or ""
    diag = getattr(error, "diag", None)
    detail = (diag.message_detail if diag is not None else None) or ""
    if code == "GPS11" and detail not in _DOCUMENT_REASONS:  # reading refused (gpsu.open_document)
        return NotAllowed(tr("This document does not exist or you may not read it."), str(error))
    if code == "GPS20":
        reasons = {"size": tr("The file is larger than the limit the administrator set."),
                   "type": tr("This type of file is not accepted."),
                   "checksum": tr("The file was damaged on its way to the database (checksum mismatch); "
                                  "try again."),
                   "filename": tr("The file name must not contain a folder.")}
        return DocumentRefused(tr("The document was refused: {}").format(reasons.get(detail, detail)), str(error))
    if code == "GPS21":
        return VersionConflict(tr("Someone else saved this PPMS in the meantime: reload it and apply your "
                                  "changes again."), str(error))
    return dberrors.translate(error)


def _run(conn, function, commit=False):
    """function(cursor) in the connection's transaction; database errors translated, rolled back."""
    try:
        with conn.cursor() as cur:
            result = function(cur)
        if commit:
            conn.commit()
        return result
    except psycopg2.Error as error:
        if not conn.closed:
            conn.rollback()
        translated = _translated(error)
        if translated is None:
            raise
        raise translated from error
    except BaseException:
        if not conn.closed:
            conn.rollback()
        raise


def database_srid(conn):
    return _run(conn, lambda cur: (cur.execute("SELECT value::integer FROM gpsu.settings WHERE key = 'srid'"),
                                   cur.fetchone()[0])[1])


# ---------------------------------------------------------------------------------------------
# schools

@dataclass
class School:
    id: int
    code: str
    name: str
    school_type: str
    address: str
    town: str
    pupils: int
    staff: int
    x: float
    y: float

    @property
    def type_label(self):
        return school_type_label(self.school_type)

    def display(self):
        return "{} ({})".format(self.name, self.code)

    def place(self):
        return ", ".join(part for part in (self.address, self.town) if part)


_SCHOOL_COLUMNS = ("s.id, s.code, s.name, s.school_type, s.address, s.town, s.pupils, s.staff, "
                   "ST_X(s.geom), ST_Y(s.geom)")


def school(conn, school_id):
    def work(cur):
        cur.execute("SELECT {} FROM gpsu.schools s WHERE s.id = %s".format(_SCHOOL_COLUMNS), (school_id,))
        return cur.fetchone()
    row = _run(conn, work)
    conn.rollback()
    if row is None:
        raise InvalidInput(tr("This school does not exist (any more)."))
    return School(*row)


def _like_words(text):
    words = [w for w in fold(text or "").split() if w]
    return ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]


def search_schools(conn, text, limit=20):
    """Schools whose code, name, town or address contain every word of `text` (accents and case
    ignored), the exact code first, then names starting with the text, then the closest."""
    patterns = _like_words(text)
    conditions = sql.SQL(" AND ").join(
        sql.SQL("gpsu.school_search_key(s.code, s.name, s.town, s.address) LIKE {}").format(
            sql.Placeholder("w{}".format(i))) for i in range(len(patterns))) if patterns else sql.SQL("true")
    query = sql.SQL("""
        SELECT {columns} FROM gpsu.schools s
        WHERE {conditions}
        ORDER BY upper(s.code) = upper(btrim(%(text)s)) DESC,
                 gpsu.fold(s.name) LIKE gpsu.fold(btrim(%(text)s)) || '%%' DESC,
                 similarity(gpsu.school_search_key(s.code, s.name, s.town, s.address), gpsu.fold(%(text)s)) DESC,
                 s.name, s.id
        LIMIT %(limit)s""").format(columns=sql.SQL(_SCHOOL_COLUMNS), conditions=conditions)

    def work(cur):
        params = {"w{}".format(i): pattern for i, pattern in enumerate(patterns)}
        params.update(text=text or "", limit=int(limit))
        cur.execute(query, params)
        return [School(*row) for row in cur.fetchall()]
    result = _run(conn, work)
    conn.rollback()
    return result


def school_extent(conn, school_id, margin=30.0):
    """(xmin, ymin, xmax, ymax) of the school's site(s), buildings and point, in the database CRS."""
    def work(cur):
        cur.execute("""
            SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (
              SELECT ST_Expand(ST_Extent(g)::geometry, %s) e FROM (
                SELECT geom g FROM gpsu.schools WHERE id = %s
                UNION ALL SELECT geom FROM gpsu.school_sites WHERE school_id = %s
                UNION ALL SELECT geom FROM gpsu.school_buildings WHERE school_id = %s) parts) box""",
                    (float(margin), school_id, school_id, school_id))
        return cur.fetchone()
    row = _run(conn, work)
    conn.rollback()
    if row is None or row[0] is None:
        raise InvalidInput(tr("This school does not exist (any more)."))
    return row


@dataclass
class LocatorEntry:
    id: int
    code: str
    name: str
    town: str
    address: str
    key: str          # gpsu.school_search_key(…): folded code, name, town, address
    extent: tuple     # (xmin, ymin, xmax, ymax) in the database CRS


def locator_entries(conn, margin=30.0):
    """Every school with its search key and extent, for the locator's in-memory index."""
    def work(cur):
        cur.execute("""
            SELECT s.id, s.code, s.name, coalesce(s.town, ''), coalesce(s.address, ''),
                   gpsu.school_search_key(s.code, s.name, s.town, s.address),
                   ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
            FROM gpsu.schools s
            CROSS JOIN LATERAL (SELECT ST_Expand(ST_Extent(g)::geometry, %s) e FROM (
                SELECT s.geom g UNION ALL SELECT geom FROM gpsu.school_sites WHERE school_id = s.id) p) box
            ORDER BY s.name, s.id""", (float(margin),))
        return [LocatorEntry(*row[:6], extent=tuple(row[6:])) for row in cur.fetchall()]
    result = _run(conn, work)
    conn.rollback()
    return result


# ---------------------------------------------------------------------------------------------
# import

@dataclass
class ColumnMapping:
    """Which column of the file holds what. `x`/`y` (in EPSG:`srid`) or `geometry` (WKT in a CSV;
    the layer's own geometry in a GeoPackage when left empty)."""
    code: str
    name: str
    school_type: str = None
    address: str = None
    town: str = None
    x: str = None
    y: str = None
    geometry: str = None
    pupils: str = None
    staff: str = None
    srid: int = 4326
    layer: str = None  # GeoPackage layer name (default: the first)

    FIELDS = ("code", "name", "school_type", "address", "town", "x", "y", "geometry", "pupils", "staff")


@dataclass
class Rejected:
    row: int       # 1-based data row (the CSV header is row 0), or the GeoPackage feature id
    code: str
    reason: str


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)

    @property
    def accepted(self):
        return self.inserted + self.updated + self.unchanged

    def summary(self):
        return tr("{inserted} schools added, {updated} updated, {unchanged} unchanged, {rejected} rows rejected.") \
            .format(inserted=self.inserted, updated=self.updated, unchanged=self.unchanged,
                    rejected=len(self.rejected))

    def details(self):
        lines = [self.summary()]
        for item in self.rejected:
            lines.append(tr("Row {row} ({code}): {reason}").format(row=item.row, code=item.code or "?",
                                                                 reason=item.reason))
        return "\n".join(lines)


_GEOMETRY_KEY = "\0geometry"
_LAYER_SUFFIXES = (".gpkg", ".shp", ".geojson", ".json")

# usual column names (folded, without separators) of each field: the French national directory
# ("annuaire de l'éducation"), the Belgian FASE export, plain French/Dutch/English
_COLUMN_GUESSES = {
    "code": ("identifiantdeletablissement", "uai", "codeuai", "numerouai", "fase", "code", "id", "identifiant"),
    "name": ("nometablissement", "appellationofficielle", "nom", "name", "naam", "denomination"),
    "school_type": ("typeetablissement", "nature", "naturelibelle", "type", "schooltype", "niveau"),
    "address": ("adresse1", "adresse", "address", "adres", "rue"),
    "town": ("nomcommune", "commune", "town", "city", "gemeente", "localite", "ville"),
    "pupils": ("nombredeleves", "nombreeleves", "eleves", "pupils", "leerlingen", "effectif"),
    "staff": ("nombredepersonnels", "personnels", "staff", "personeel", "effectifpersonnel"),
}


def _compact(name):
    return re.sub(r"[^a-z0-9]", "", fold(name or ""))


def file_columns(path, layer=None):
    """(columns, has geometry) of a CSV or vector file, for the import's column mapping."""
    if path.lower().endswith(_LAYER_SUFFIXES):
        from qgis.core import QgsVectorLayer

        source = path if not layer else "{}|layername={}".format(path, layer)
        vector = QgsVectorLayer(source, "columns", "ogr")
        if not vector.isValid():
            raise InvalidInput(tr("{} could not be read as a GeoPackage or vector file.").format(
                os.path.basename(path)))
        return vector.fields().names(), vector.isSpatial()
    rows = read_rows(path, ColumnMapping(code=None, name=None), header_only=True)
    return rows, False


def guess_mapping(columns, has_geometry=False):
    """A ColumnMapping guessed from the column names (latitude/longitude in WGS 84 first, then x/y
    in Lambert 93 as in the French directory); the user checks and completes it."""
    compact = {_compact(c): c for c in columns}
    found = {}
    for field_name, candidates in _COLUMN_GUESSES.items():
        for candidate in candidates:
            if candidate in compact and compact[candidate] not in found.values():
                found[field_name] = compact[candidate]
                break
    mapping = ColumnMapping(code=found.get("code"), name=found.get("name"), **{
        k: v for k, v in found.items() if k not in ("code", "name")})
    if not has_geometry:
        lon = next((compact[c] for c in ("longitude", "lon", "lng") if c in compact), None)
        lat = next((compact[c] for c in ("latitude", "lat") if c in compact), None)
        x = next((compact[c] for c in ("coordonneex", "coordx", "x", "lambertx") if c in compact), None)
        y = next((compact[c] for c in ("coordonneey", "coordy", "y", "lamberty") if c in compact), None)
        if lon and lat:
            mapping.x, mapping.y, mapping.srid = lon, lat, 4326
        elif x and y:
            mapping.x, mapping.y, mapping.srid = x, y, 2154
        elif "geometry" in compact or "wkt" in compact:
            mapping.geometry = compact.get("wkt") or compact.get("geometry")
    return mapping


def read_rows(path, mapping, header_only=False):
    """[(row number, {column: value})] from a CSV (delimiter sniffed, UTF-8 with or without BOM, else
    Latin-1) or a GeoPackage layer (its geometry under a private key, with its CRS); with
    `header_only`, the CSV's column names."""
    if path.lower().endswith(_LAYER_SUFFIXES):
        return _read_layer(path, mapping)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise InvalidInput(tr("{} could not be read: {}").format(os.path.basename(path), exc.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=";,\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if header_only:
        return list(reader.fieldnames or [])
    missing = [getattr(mapping, name) for name in ColumnMapping.FIELDS
               if getattr(mapping, name) and getattr(mapping, name) not in (reader.fieldnames or [])]
    if missing:
        raise InvalidInput(tr("These columns are not in the file: {}").format(", ".join(missing)))
    return [(number, row) for number, row in enumerate(reader, start=1)]


def _read_layer(path, mapping):
    from qgis.core import QgsVectorLayer

    source = path if not mapping.layer else "{}|layername={}".format(path, mapping.layer)
    layer = QgsVectorLayer(source, "import", "ogr")
    if not layer.isValid():
        raise InvalidInput(tr("{} could not be read as a GeoPackage or vector file.").format(os.path.basename(path)))
    names = layer.fields().names()
    missing = [getattr(mapping, name) for name in ColumnMapping.FIELDS
               if getattr(mapping, name) and name not in ("x", "y", "geometry") and getattr(mapping, name) not in names]
    if missing:
        raise InvalidInput(tr("These columns are not in the file: {}").format(", ".join(missing)))
    rows = []
    for feature in layer.getFeatures():
        row = {name: feature[name] for name in names}
        row[_GEOMETRY_KEY] = (feature.geometry(), layer.crs())
        rows.append((feature.id(), row))
    return rows


def _text(value):
    if value is None:
        return ""
    try:
        from qgis.PyQt.QtCore import QVariant
        if isinstance(value, QVariant) and value.isNull():
            return ""
    except ImportError:  # pragma: no cover
        pass
    return str(value).strip()


def _count(value, label):
    text = _text(value).replace("\u202f", "").replace(" ", "")
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise InvalidInput(tr("{label} is not a number: \"{value}\"").format(label=label, value=text)) from None
    if number < 0 or number != int(number):
        raise InvalidInput(tr("{label} must be a whole number, zero or more: \"{value}\"").format(label=label,
                                                                                                   value=text))
    return int(number)


def school_type_from(text):
    """GPS-U's type for a type written in the file (French directory labels or codes), 'other' if unknown."""
    folded = fold(_text(text))
    if not folded:
        return "other"
    if folded in SCHOOL_TYPES:
        return folded
    for word, code in _TYPE_WORDS:
        if word in folded:
            return code
    return "other"


class _Locator:
    """Turns a row's coordinates into a point of the database CRS, or explains why not."""

    def __init__(self, mapping, srid):
        from qgis.core import QgsCoordinateReferenceSystem, QgsProject

        self.mapping = mapping
        self.target = QgsCoordinateReferenceSystem("EPSG:{}".format(int(srid)))
        self.wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        self.source = QgsCoordinateReferenceSystem("EPSG:{}".format(int(mapping.srid or 4326)))
        if not self.source.isValid():
            raise InvalidInput(tr("EPSG:{} is not a known coordinate reference system.").format(mapping.srid))
        self.context = QgsProject.instance().transformContext()
        self.bounds = self.target.bounds()  # area of use, in WGS 84

    def point(self, row):
        from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY

        mapping = self.mapping
        if _GEOMETRY_KEY in row and not (mapping.x and mapping.y):
            geometry, crs = row[_GEOMETRY_KEY]
        elif mapping.geometry:
            wkt = _text(row.get(mapping.geometry))
            if not wkt:
                raise InvalidInput(tr("The geometry is missing."))
            geometry, crs = QgsGeometry.fromWkt(wkt), self.source
        else:
            xs, ys = _text(row.get(mapping.x)), _text(row.get(mapping.y))
            if not xs or not ys:
                raise InvalidInput(tr("The coordinates are missing."))
            try:
                x, y = float(xs.replace(",", ".")), float(ys.replace(",", "."))
            except ValueError:
                raise InvalidInput(tr("The coordinates are not numbers: \"{x}\", \"{y}\"").format(x=xs, y=ys)) \
                    from None
            geometry, crs = QgsGeometry.fromPointXY(QgsPointXY(x, y)), self.source
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            raise InvalidInput(tr("The geometry is missing or unreadable."))
        if geometry.type() != 0:  # a polygon (a site) or a line: a point inside it
            geometry = geometry.pointOnSurface()
        point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
        try:
            lonlat = QgsCoordinateTransform(crs, self.wgs84, self.context).transform(point)
            projected = QgsCoordinateTransform(crs, self.target, self.context).transform(point)
        except Exception:  # QgsCsException
            raise InvalidInput(tr("The coordinates cannot be converted to the database's CRS.")) from None
        if not self.bounds.isEmpty() and not self.bounds.contains(QgsPointXY(lonlat.x(), lonlat.y())):
            raise InvalidInput(tr("The location ({x:.1f}, {y:.1f}) is outside the area covered by the database's "
                                  "CRS: check the columns and the CRS of the coordinates.")
                               .format(x=point.x(), y=point.y()))
        return projected.x(), projected.y()


def import_schools(conn, path, mapping, progress=None, is_canceled=None):
    """Add or update (by code) the schools of a CSV or GeoPackage; every rejected row with its reason.

    One transaction: everything is committed at the end (nothing if cancelled). A code met twice in
    the file is rejected the second time; re-importing a file updates its schools, never duplicates.
    """
    if not mapping.code or not mapping.name:
        raise InvalidInput(tr("Choose at least the columns of the code and the name."))
    if not (mapping.x and mapping.y) and not mapping.geometry and not path.lower().endswith(_LAYER_SUFFIXES):
        raise InvalidInput(tr("Choose the columns of the coordinates (x and y) or of the geometry."))
    rows = read_rows(path, mapping)
    srid = database_srid(conn)
    locator = _Locator(mapping, srid)
    report = ImportReport()
    seen = {}
    optional = [(name, getattr(mapping, name)) for name in ("school_type", "address", "town", "pupils", "staff")
                if getattr(mapping, name)]
    columns = ["code", "name"] + [name for name, _c in optional] + ["geom"]
    statement = sql.SQL("""
        INSERT INTO gpsu.schools AS s ({columns}) VALUES ({values},
            ST_SetSRID(ST_MakePoint(%(x)s, %(y)s), {srid}))
        ON CONFLICT (code) DO UPDATE SET {updates}, updated_at = now()
        WHERE ({old}) IS DISTINCT FROM ({new})
        RETURNING (xmax = 0)""").format(
        columns=sql.SQL(", ").join(sql.Identifier(c) for c in columns),
        values=sql.SQL(", ").join(sql.Placeholder(c) for c in columns[:-1]),
        srid=sql.Literal(int(srid)),
        updates=sql.SQL(", ").join(sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c)) for c in columns),
        old=sql.SQL(", ").join(sql.SQL("s.{}").format(sql.Identifier(c)) for c in columns),
        new=sql.SQL(", ").join(sql.SQL("EXCLUDED.{}").format(sql.Identifier(c)) for c in columns))
    try:
        with conn.cursor() as cur:
            for index, (number, row) in enumerate(rows):
                if is_canceled and is_canceled():
                    conn.rollback()
                    return report
                if progress and index % 50 == 0:
                    progress(100.0 * index / max(1, len(rows)))
                code = _text(row.get(mapping.code)).upper()
                try:
                    values = _row_values(row, code, mapping, optional, seen, number)
                    values["x"], values["y"] = locator.point(row)
                except InvalidInput as refusal:
                    report.rejected.append(Rejected(number, code, refusal.message))
                    continue
                cur.execute("SAVEPOINT school_row")
                try:
                    cur.execute(statement, values)
                    outcome = cur.fetchone()
                    cur.execute("RELEASE SAVEPOINT school_row")
                except psycopg2.Error as error:
                    if error.pgcode == "42501":  # not allowed: the same for every row
                        raise
                    cur.execute("ROLLBACK TO SAVEPOINT school_row")
                    translated = _translated(error)
                    reason = translated.message if translated is not None else error.diag.message_primary
                    report.rejected.append(Rejected(number, code, reason))
                    continue
                seen[code] = number
                if outcome is None:
                    report.unchanged += 1
                elif outcome[0]:
                    report.inserted += 1
                else:
                    report.updated += 1
        conn.commit()
    except psycopg2.Error as error:
        conn.rollback()
        translated = _translated(error)
        if translated is None:
            raise
        raise translated from error
    except BaseException:
        conn.rollback()
        raise
    if progress:
        progress(100.0)
    return report


def _row_values(row, code, mapping, optional, seen, number):
    if not code:
        raise InvalidInput(tr("The code is missing."))
    if re.search(r"\s", code) or len(code) > 20:
        raise InvalidInput(tr("The code \"{}\" is not valid (at most 20 characters, no spaces).").format(code))
    if code in seen:
        raise InvalidInput(tr("The code {code} already appears on row {row} of the file.").format(
            code=code, row=seen[code]))
    name = _text(row.get(mapping.name))
    if not name:
        raise InvalidInput(tr("The name is missing."))
    values = {"code": code, "name": name}
    for name_, column in optional:
        value = row.get(column)
        if name_ == "school_type":
            values[name_] = school_type_from(value)
        elif name_ == "pupils":
            values[name_] = _count(value, tr("The number of pupils"))
        elif name_ == "staff":
            values[name_] = _count(value, tr("The number of staff"))
        else:
            values[name_] = _text(value) or None
    return values


# ---------------------------------------------------------------------------------------------
# documents

@dataclass
class DocumentVersion:
    id: int
    school_id: int
    doc_type: str
    title: str
    version: int
    filename: str
    mime_type: str
    size_bytes: int
    sha256: str
    author: str
    created_at: object
    review_due: object
    confidential: bool
    is_latest: bool = True
    overdue: bool = False

    @property
    def type_label(self):
        return doc_type_label(self.doc_type)


_DOCUMENT_COLUMNS = ("d.id, d.school_id, d.doc_type, d.title, d.version, d.filename, d.mime_type, d.size_bytes, "
                     "d.sha256, d.author, d.created_at, d.review_due, d.confidential")


def _with_flags(rows, today):
    latest = {}
    for row in rows:
        key = (row.school_id, row.doc_type, row.title)
        latest[key] = max(latest.get(key, 0), row.version)
    for row in rows:
        row.is_latest = row.version == latest[(row.school_id, row.doc_type, row.title)]
        row.overdue = row.is_latest and row.review_due is not None and row.review_due < today
    return rows


def documents(conn, school_id, today=None):
    """Every version of the school's documents (no content), by type and title, newest version first;
    `is_latest` and `overdue` (latest version past its review date) set."""
    def work(cur):
        cur.execute("SELECT {} FROM gpsu.school_documents d WHERE d.school_id = %s "
                    "ORDER BY array_position(%s, d.doc_type), d.title, d.version DESC".format(_DOCUMENT_COLUMNS),
                    (school_id, list(DOC_TYPES)))
        return [DocumentVersion(*row) for row in cur.fetchall()]
    rows = _run(conn, work)
    conn.rollback()
    return _with_flags(rows, today or date.today())


def latest_documents(conn, school_id, today=None):
    return [d for d in documents(conn, school_id, today) if d.is_latest]


def overdue_documents(conn, today=None):
    """The latest versions past their review date, every school: [(school name, DocumentVersion)]."""
    today = today or date.today()

    def work(cur):
        cur.execute("""
            SELECT s.name, {} FROM (
                SELECT DISTINCT ON (school_id, doc_type, title) * FROM gpsu.school_documents
                ORDER BY school_id, doc_type, title, version DESC) d
            JOIN gpsu.schools s ON s.id = d.school_id
            WHERE d.review_due < %s ORDER BY d.review_due, s.name""".format(_DOCUMENT_COLUMNS), (today,))
        return [(row[0], DocumentVersion(*row[1:], is_latest=True, overdue=True)) for row in cur.fetchall()]
    result = _run(conn, work)
    conn.rollback()
    return result


def document(conn, document_id):
    def work(cur):
        cur.execute("SELECT {} FROM gpsu.school_documents d WHERE d.id = %s".format(_DOCUMENT_COLUMNS),
                    (document_id,))
        return cur.fetchone()
    row = _run(conn, work)
    conn.rollback()
    if row is None:
        raise NotAllowed(tr("This document does not exist or you may not read it."))
    return DocumentVersion(*row)


def document_limits(conn):
    """(max bytes, [accepted MIME types]) set by the administrator."""
    def work(cur):
        cur.execute("SELECT gpsu.setting('documents.max_bytes')::bigint, "
                    "string_to_array(gpsu.setting('documents.mime_types'), ',')")
        return cur.fetchone()
    result = _run(conn, work)
    conn.rollback()
    return result[0], list(result[1] or [])


def guess_mime_type(filename):
    extension = os.path.splitext(filename)[1].lower()
    return _EXTRA_TYPES.get(extension) or mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _extensions(types):
    found = sorted({ext for ext, mime in _EXTRA_TYPES.items() if mime in types}
                   | {ext for ext, mime in mimetypes.types_map.items() if mime in types and ext in
                      (".jpg", ".png", ".tif", ".gif", ".txt")})
    return ", ".join(found)


def check_document(filename, content, mime_type, limits):
    """Raise DocumentRefused, explained, for a file the database would refuse. `content` is the
    file's bytes or just its size (to check a file before reading it)."""
    max_bytes, types = limits
    size = content if isinstance(content, int) else len(content or b"")
    if not filename or "/" in filename or "\\" in filename:
        raise DocumentRefused(tr("The file name must not contain a folder."))
    if not size:
        raise DocumentRefused(tr("\"{}\" is empty.").format(filename))
    if mime_type not in types:
        raise DocumentRefused(tr("\"{name}\" was refused: files of type {type} are not accepted. Accepted: {accepted}.")
                              .format(name=filename, type=mime_type, accepted=_extensions(types)))
    if size > max_bytes:
        raise DocumentRefused(tr("\"{name}\" was refused: it is too big ({size} MB; at most {limit} MB).").format(
            name=filename, size=round(size / 1e6, 1), limit=round(max_bytes / 1e6, 1)))


def upload_document(conn, school_id, doc_type, title, filename, content, mime_type=None, review_due=None,
                    confidential=True, commit=True):
    """Store `content` as the next version of (school, type, title); returns its DocumentVersion."""
    if doc_type not in DOC_TYPES:
        raise InvalidInput(tr("Unknown document type: {}").format(doc_type))
    title = (title or "").strip() or os.path.splitext(filename)[0]
    mime_type = mime_type or guess_mime_type(filename)
    content = bytes(content)
    check_document(filename, content, mime_type, document_limits(conn))
    checksum = hashlib.sha256(content).hexdigest()

    def work(cur):
        cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, filename, mime_type, "
                    "size_bytes, sha256, content, review_due, confidential) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                    (school_id, doc_type, title, filename, mime_type, len(content), checksum,
                     psycopg2.Binary(content), review_due, bool(confidential)))
        document_id = cur.fetchone()[0]
        cur.execute("SELECT {} FROM gpsu.school_documents d WHERE d.id = %s".format(_DOCUMENT_COLUMNS),
                    (document_id,))
        return DocumentVersion(*cur.fetchone())
    return _run(conn, work, commit=commit)


def set_review_date(conn, document_id, review_due):
    """Move the review date of one version (the only thing that may change in a document)."""
    _run(conn, lambda cur: cur.execute("UPDATE gpsu.school_documents SET review_due = %s WHERE id = %s",
                                       (review_due, document_id)), commit=True)


def read_document(conn, document_id, purpose="open"):
    """The content of one document version (bytes); the only place that reads document content.
    `purpose` ('open' or 'download') is for the audit log of the reading function."""
    def work(cur):
        # audited, and the only way to a document's content for anyone but the schema's owner (0006)
        cur.execute("SELECT gpsu.open_document(%s, %s)", (document_id, purpose))
        return cur.fetchone()
    row = _run(conn, work)
    if row is None or row[0] is None:
        conn.commit()  # keep the audit log's record of the refusal
        raise NotAllowed(tr("This document does not exist or you may not read it."))
    return bytes(row[0])


def download_document(conn, document_id, purpose="open"):
    """(DocumentVersion, content) with the content verified against its recorded checksum and size."""
    version = document(conn, document_id)
    content = read_document(conn, document_id, purpose)
    conn.commit()  # a reading function may record the opening
    if len(content) != version.size_bytes or hashlib.sha256(content).hexdigest() != version.sha256:
        raise DocumentCorrupted(tr("\"{}\" is damaged: its content does not match the checksum recorded when it "
                                   "was uploaded. It was not opened.").format(version.filename),
                                "document {} sha256 {}".format(document_id, version.sha256))
    return version, content


def safe_filename(filename):
    name = re.sub(r"[^\w.\- ()]+", "_", os.path.basename(filename or "")).strip(" .") or "document"
    return name[:120]


def temporary_copy(version, content, directory=None):
    """Write a downloaded version to a new private temporary folder (for the system viewer); its path."""
    folder = tempfile.mkdtemp(prefix="gpsu-doc-", dir=directory)
    base, extension = os.path.splitext(safe_filename(version.filename))
    path = os.path.join(folder, "{}-v{}{}".format(base, version.version, extension))
    with open(path, "wb") as handle:
        handle.write(content)
    os.chmod(path, 0o400)
    return path


# ---------------------------------------------------------------------------------------------
# site features (map) and the PPMS structured data

def site_features(conn, school_id):
    """The school's geometry for maps, as WKT in the database CRS:
    {"school": (x, y), "sites": [wkt], "buildings": [(name, floors, wkt)], "areas": [(kind, label, wkt)],
     "routes": [(kind, label, wkt)], "points": [(kind, label, wkt)]}."""
    def work(cur):
        cur.execute("SELECT ST_X(geom), ST_Y(geom) FROM gpsu.schools WHERE id = %s", (school_id,))
        point = cur.fetchone()
        if point is None:
            raise InvalidInput(tr("This school does not exist (any more)."))
        result = {"school": point}
        cur.execute("SELECT ST_AsText(geom) FROM gpsu.school_sites WHERE school_id = %s ORDER BY id", (school_id,))
        result["sites"] = [r[0] for r in cur.fetchall()]
        cur.execute("SELECT name, floors, ST_AsText(geom) FROM gpsu.school_buildings WHERE school_id = %s "
                    "ORDER BY id", (school_id,))
        result["buildings"] = cur.fetchall()
        for key, table in (("areas", "ppms_areas"), ("routes", "ppms_routes"), ("points", "ppms_points")):
            cur.execute(sql.SQL("SELECT kind, coalesce(label, ''), ST_AsText(geom) FROM {} WHERE school_id = %s "
                                "ORDER BY kind, id").format(sql.Identifier("gpsu", table)), (school_id,))
            result[key] = cur.fetchall()
        return result
    result = _run(conn, work)
    conn.rollback()
    return result


def ppms_sections():
    """[(key, label, mandatory)] in the order of the national PPMS model."""
    return [
        ("identification", tr("Identification of the school"), True),
        ("risks", tr("Risks the site is exposed to"), True),
        ("alerts", tr("Alert signals"), True),
        ("crisis_cell", tr("Crisis cell and directory"), True),
        ("confinement", tr("Confinement arrangements"), True),
        ("evacuation", tr("Evacuation arrangements"), True),
        ("equipment", tr("Safety equipment"), True),
        ("exercises", tr("Exercise log"), False),
    ]


def ppms_risks():
    return [("flood", tr("Flood")), ("storm", tr("Storm")), ("earthquake", tr("Earthquake")),
            ("landslide", tr("Landslide")), ("industrial", tr("Industrial accident")),
            ("nuclear", tr("Nuclear accident")), ("hazardous_transport", tr("Transport of hazardous materials")),
            ("dam", tr("Dam failure")), ("forest_fire", tr("Forest fire")),
            ("intrusion", tr("Intrusion or attack")), ("other", tr("Other"))]


def ppms_equipment():
    return [("radio", tr("Battery radio and spare batteries")), ("water", tr("Drinking water and cups")),
            ("torch", tr("Torches")), ("first_aid", tr("First-aid kit")), ("tape", tr("Adhesive tape and towels")),
            ("plans", tr("Site plans and cut-off keys")), ("lists", tr("Pupil lists and attendance sheets")),
            ("phone", tr("Phone not dependent on mains power")), ("food", tr("Food supplies"))]


def _filled(value):
    if isinstance(value, dict):
        return any(_filled(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_filled(v) for v in value)
    return value not in (None, "", False)


def missing_sections(sections):
    """The mandatory PPMS sections that are missing or incomplete: [(key, label, what is missing)]."""
    sections = sections or {}
    missing = []

    def need(key, label, ok, what):
        if not ok:
            missing.append((key, label, what))

    labels = {key: label for key, label, _m in ppms_sections()}
    ident = sections.get("identification") or {}
    need("identification", labels["identification"], _filled(ident.get("director")) and _filled(ident.get("phone")),
         tr("the head of the school and a phone number"))
    risks = sections.get("risks") or {}
    need("risks", labels["risks"], _filled(risks.get("selected")), tr("at least one risk"))
    alerts = sections.get("alerts") or {}
    need("alerts", labels["alerts"], _filled(alerts.get("confinement")) and _filled(alerts.get("evacuation")),
         tr("the confinement and evacuation signals"))
    members = (sections.get("crisis_cell") or {}).get("members") or []
    need("crisis_cell", labels["crisis_cell"],
         any(_filled(m.get("name")) and _filled(m.get("phone")) for m in members if isinstance(m, dict)),
         tr("at least one member with a phone number"))
    need("confinement", labels["confinement"], _filled((sections.get("confinement") or {}).get("arrangements")),
         tr("the confinement arrangements"))
    need("evacuation", labels["evacuation"], _filled((sections.get("evacuation") or {}).get("arrangements")),
         tr("the evacuation arrangements"))
    equipment = sections.get("equipment") or {}
    need("equipment", labels["equipment"], _filled(equipment.get("items")), tr("the equipment available"))
    return missing


def crisis_contacts(sections):
    """[(role, name, phone, alternative phone)] of the crisis cell, in the plan's order."""
    members = ((sections or {}).get("crisis_cell") or {}).get("members") or []
    return [(m.get("role", ""), m.get("name", ""), m.get("phone", ""), m.get("alt_phone", ""))
            for m in members if isinstance(m, dict) and (m.get("name") or m.get("phone"))]


def current_school_year(today=None):
    """The school year under way (it starts in September): 2026 for 2026-2027."""
    today = today or date.today()
    return today.year if today.month >= 9 else today.year - 1


def school_year_text(year):
    return "{}-{}".format(year, year + 1)


@dataclass
class PpmsPlan:
    school_id: int
    school_year: int
    sections: dict = field(default_factory=dict)
    id: int = None          # None: not saved yet
    version: int = 0
    document_id: int = None
    updated_at: object = None
    updated_by: str = ""
    copied_from: int = None  # the school year it was started from


def load_ppms(conn, school_id, school_year=None):
    """The school's PPMS for `school_year` (default: the current one); a new plan starts from the
    most recent earlier one (its exercise log left behind), or empty."""
    school_year = school_year or current_school_year()

    def work(cur):
        cur.execute("SELECT id, school_year, sections, version, document_id, updated_at, updated_by "
                    "FROM gpsu.ppms_plans WHERE school_id = %s AND school_year <= %s "
                    "ORDER BY school_year DESC LIMIT 1", (school_id, int(school_year)))
        return cur.fetchone()
    row = _run(conn, work)
    conn.rollback()
    if row is None:
        return PpmsPlan(school_id, int(school_year))
    plan_id, year, sections, version, document_id, updated_at, updated_by = row
    if year == school_year:
        return PpmsPlan(school_id, year, sections, plan_id, version, document_id, updated_at, updated_by)
    sections = copy.deepcopy(sections)
    sections.pop("exercises", None)
    return PpmsPlan(school_id, int(school_year), sections, copied_from=year)


def latest_ppms_sections(conn, school_id):
    """The sections of the school's most recent PPMS ({} if none)."""
    def work(cur):
        cur.execute("SELECT sections FROM gpsu.ppms_plans WHERE school_id = %s ORDER BY school_year DESC LIMIT 1",
                    (school_id,))
        return cur.fetchone()
    row = _run(conn, work)
    conn.rollback()
    return row[0] if row else {}


def save_ppms(conn, plan):
    """Insert or update the plan (optimistic locking on its version); returns the saved PpmsPlan."""
    known = {key for key, _l, _m in ppms_sections()}
    sections = {key: value for key, value in (plan.sections or {}).items() if key in known}

    def work(cur):
        if plan.id is None:
            cur.execute("INSERT INTO gpsu.ppms_plans (school_id, school_year, sections) VALUES (%s, %s, %s) "
                        "RETURNING id, version, document_id, updated_at, updated_by",
                        (plan.school_id, plan.school_year, psycopg2.extras.Json(sections)))
        else:
            cur.execute("UPDATE gpsu.ppms_plans SET sections = %s, version = %s WHERE id = %s "
                        "RETURNING id, version, document_id, updated_at, updated_by",
                        (psycopg2.extras.Json(sections), plan.version, plan.id))
        row = cur.fetchone()
        if row is None:
            raise InvalidInput(tr("This PPMS no longer exists."))
        return row
    try:
        plan_id, version, document_id, updated_at, updated_by = _run(conn, work, commit=True)
    except InvalidInput as error:
        if "ppms_plans_school_id_school_year_key" in (error.details or ""):
            raise VersionConflict(tr("Someone else saved this PPMS in the meantime: reload it and apply your "
                                     "changes again."), error.details) from None
        raise
    return PpmsPlan(plan.school_id, plan.school_year, sections, plan_id, version, document_id, updated_at,
                    updated_by)


def link_ppms_document(conn, plan, document_id, commit=True):
    """Record the PDF produced from the plan (the plan's version moves on)."""
    def work(cur):
        cur.execute("UPDATE gpsu.ppms_plans SET document_id = %s, version = %s WHERE id = %s RETURNING version",
                    (document_id, plan.version, plan.id))
        return cur.fetchone()[0]
    plan.version = _run(conn, work, commit=commit)
    plan.document_id = document_id
    return plan


# ---------------------------------------------------------------------------------------------
# map layers

# colour and QGIS marker shape of each kind of PPMS point (the reflex sheet's legend uses the same)
POINT_STYLE = {
    "emergency_access": ("#d92d20", "triangle"),
    "assembly_point": ("#12b76a", "square"),
    "cutoff_gas": ("#f79009", "diamond"),
    "cutoff_electricity": ("#1570ef", "diamond"),
    "cutoff_water": ("#06aed4", "diamond"),
}
SCHOOL_LAYER_PROPERTY = "gpsu/school_layer"


def school_layers(profile, srid):
    """Postgres layers (top first) of the schools, their PPMS points, evacuation routes, confinement
    areas, buildings and sites, styled, for `profile` (no password in their source)."""
    from qgis.core import (QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol,
                           QgsRendererCategory, QgsVectorLayer, QgsWkbTypes)

    from .layers import data_source_uri

    def layer(table, name, wkb_type):
        uri = data_source_uri(profile, table, "geom", "id", srid, wkb_type)
        made = QgsVectorLayer(uri.uri(False), name, "postgres")
        made.setCustomProperty(SCHOOL_LAYER_PROPERTY, table)
        return made

    schools_layer = layer("schools", tr("Schools"), QgsWkbTypes.Point)
    schools_layer.renderer().setSymbol(QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#6941c6", "size": "5", "outline_color": "#ffffff", "outline_width": "0.4"}))
    points = layer("ppms_points", tr("PPMS points"), QgsWkbTypes.Point)
    points.setRenderer(QgsCategorizedSymbolRenderer("kind", [
        QgsRendererCategory(kind, QgsMarkerSymbol.createSimple(
            {"name": shape, "color": colour, "size": "3.6", "outline_color": "#ffffff", "outline_width": "0.4"}),
            point_kind_label(kind)) for kind, (colour, shape) in POINT_STYLE.items()]))
    routes = layer("ppms_routes", tr("Evacuation routes"), QgsWkbTypes.MultiLineString)
    routes.renderer().setSymbol(QgsLineSymbol.createSimple({"line_color": "#039855", "line_width": "0.9",
                                                            "line_style": "dash"}))
    areas = layer("ppms_areas", tr("Confinement areas"), QgsWkbTypes.MultiPolygon)
    areas.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "253,176,34,110", "outline_color": "#fdb022",
                                                           "outline_width": "0.6"}))
    buildings = layer("school_buildings", tr("School buildings"), QgsWkbTypes.MultiPolygon)
    buildings.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "#98a2b3", "outline_color": "#344054",
                                                               "outline_width": "0.3"}))
    sites = layer("school_sites", tr("School sites"), QgsWkbTypes.MultiPolygon)
    sites.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "#f2f4f7", "outline_color": "#475467",
                                                           "outline_width": "0.5", "outline_style": "dash"}))
    return [schools_layer, points, routes, areas, buildings, sites]
