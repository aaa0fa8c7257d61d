"""The new-facts report: every fact recorded since the previous report (or over a chosen period),
grouped by category then district, as a PDF made with reportlab.

    data = collect(conn)                      # read (nothing is written)
    render(data, "facts.pdf", municipality)   # write the PDF
    issue(conn, "facts.pdf")                  # both, then remember the report in gpsu.reports_issued

The period is half-open, [period_from, period_to) on `recorded_at`: the next report starts exactly
where the previous one ended, so no fact is listed twice or forgotten.
"""

import io
import logging
import os
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

import psycopg2
from psycopg2 import sql
from qgis.PyQt.QtCore import QCoreApplication

from ..core.exceptions import GpsuError, InvalidInput
from ..core.i18n import load_translator, tr
from ..core.incidents import label_column

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover (Python < 3.9)
    ZoneInfo = None

LOG = logging.getLogger(__name__)
KIND = "new_facts"
DEFAULT_DAYS = 7
THUMBNAIL_MAX_CM = 4.0
PRIORITY_COLOURS = {1: "#b42318", 2: "#dc6803", 3: "#1570ef", 4: "#667085"}


class ReportError(GpsuError):
    """The report could not be made (nothing was recorded)."""


@dataclass
class Fact:
    id: int
    number: str
    observed_at: object
    observed_from: object
    observed_to: object
    recorded_at: object
    category: str
    subcategory: str
    colour: str
    district: str
    place: str
    x: float
    y: float
    lon: float
    lat: float
    priority: int
    priority_label: str
    description: str
    service: str
    status: str
    status_label: str
    photo: bytes = None
    photo_type: str = ""


@dataclass
class ReportData:
    period_from: datetime
    period_to: datetime
    language: str
    timezone: str
    srid: int
    municipality: str
    facts: list = field(default_factory=list)
    # [(category label, colour, [(district name, [Fact, …]), …]), …] in report order
    sections: list = field(default_factory=list)
    by_category: list = field(default_factory=list)   # [(label, colour, count)]
    by_service: list = field(default_factory=list)    # [(label, count)]
    logo: bytes = None                                 # the municipality's logo (PNG or JPEG), if set

    @property
    def count(self):
        return len(self.facts)


# ---------------------------------------------------------------------------------------------
# reading

def _settings(cur):
    cur.execute("SELECT key, value FROM gpsu.settings WHERE key IN ('municipality.name', 'timezone', 'srid', "
                "'municipality.logo')")
    return dict(cur.fetchall())


LOGO_MAX_BYTES = 512 * 1024


def logo_bytes(value):
    """The logo kept (base64) in gpsu.settings 'municipality.logo', or None when unset or unreadable."""
    import base64
    import binascii

    if not value:
        return None
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        LOG.warning("gpsu.settings 'municipality.logo' is not base64: no logo on the reports")
        return None
    return data if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff" else None


def set_logo(conn, content):
    """Keep `content` (a PNG or JPEG of at most 512 kB) as the municipality's logo for every report."""
    import base64

    if not (content[:8] == b"\x89PNG\r\n\x1a\n" or content[:3] == b"\xff\xd8\xff"):
        raise InvalidInput(tr("The logo must be a PNG or JPEG image."))
    if len(content) > LOGO_MAX_BYTES:
        raise InvalidInput(tr("The logo must not exceed 512 kB."))
    from ..core.dberrors import translate_db_errors

    with translate_db_errors(), conn, conn.cursor() as cur:
        cur.execute("INSERT INTO gpsu.settings (key, value) VALUES ('municipality.logo', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (base64.b64encode(content).decode("ascii"),))


def previous_report_end(conn):
    """The end of the last new-facts report issued, or None."""
    with conn.cursor() as cur:
        cur.execute("SELECT max(period_to) FROM gpsu.reports_issued WHERE kind = %s", (KIND,))
        return cur.fetchone()[0]


def resolve_period(conn, period_from=None, period_to=None):
    """(from, to) as aware datetimes: to defaults to now, from to the previous report's end (when it
    is before `to`) or to seven days before `to`."""
    with conn.cursor() as cur:
        cur.execute("SELECT now()")
        now = cur.fetchone()[0]
    period_to = _aware(period_to) or now
    if period_from is None:
        previous = previous_report_end(conn)
        period_from = previous if previous is not None and previous < period_to \
            else period_to - timedelta(days=DEFAULT_DAYS)
    period_from = _aware(period_from)
    if period_from >= period_to:
        raise InvalidInput(tr("The start of the period must be before its end."))
    return period_from, period_to


def _aware(moment):
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def _may_read_personal_details(conn):
    """(descriptions and places, photos) the signed-in role may read: personal details appear in
    the report only for the roles allowed to see them (migration 0006)."""
    with conn.cursor() as cur:
        cur.execute("SELECT has_column_privilege('gpsu.incidents', 'description', 'SELECT') "
                    "AND has_column_privilege('gpsu.incidents', 'place', 'SELECT'), "
                    "has_table_privilege('gpsu.incident_attachments', 'SELECT')")
        return cur.fetchone()


def collect(conn, period_from=None, period_to=None, language="fr"):
    """The facts recorded in [period_from, period_to), grouped by category then district."""
    period_from, period_to = resolve_period(conn, period_from, period_to)
    label = sql.Identifier(label_column(language))
    personal, photos = _may_read_personal_details(conn)
    hidden = tr("Hidden (personal details)")
    query = sql.SQL(
        "SELECT i.id, i.number, i.observed_at, i.observed_from, i.observed_to, i.recorded_at,"
        " coalesce(p.{label}, p.label_fr, c.{label}, c.label_fr) AS category,"
        " CASE WHEN p.id IS NULL THEN '' ELSE coalesce(c.{label}, c.label_fr) END AS subcategory,"
        " coalesce(p.colour, c.colour) AS colour, coalesce(d.name, '') AS district, {place},"
        " ST_X(i.geom), ST_Y(i.geom), ST_X(w.g), ST_Y(w.g),"
        " i.priority, coalesce(pr.{label}, pr.label_fr), {description},"
        " coalesce(s.{label}, s.label_fr, '') AS service, i.status, coalesce(st.{label}, st.label_fr),"
        " ph.content, ph.mime_type,"
        " coalesce(p.sort_order, c.sort_order) AS cat_order, coalesce(p.id, c.id) AS cat_id"
        " FROM gpsu.incidents i"
        " JOIN gpsu.categories c ON c.id = i.category_id"
        " LEFT JOIN gpsu.categories p ON p.id = c.parent_id"
        " LEFT JOIN gpsu.districts d ON d.id = i.district_id"
        " JOIN gpsu.priorities pr ON pr.level = i.priority"
        " JOIN gpsu.statuses st ON st.code = i.status"
        " LEFT JOIN gpsu.services s ON s.id = i.service_id"
        " CROSS JOIN LATERAL (SELECT ST_Transform(i.geom, 4326) AS g) w"
        " LEFT JOIN LATERAL ({photo}) ph ON true"
        " WHERE i.recorded_at >= %s AND i.recorded_at < %s"
        " ORDER BY 24, 7, 25, d.name IS NULL, d.name, i.recorded_at, i.number"
    ).format(label=label,
             place=sql.SQL("i.place") if personal else sql.SQL("''"),
             description=sql.SQL("i.description") if personal else sql.Literal(hidden),
             photo=sql.SQL("SELECT a.content, a.mime_type FROM gpsu.incident_attachments a"
                           " WHERE a.incident_id = i.id AND a.mime_type LIKE 'image/%%'"
                           " ORDER BY a.created_at, a.id LIMIT 1") if photos
             else sql.SQL("SELECT NULL::bytea AS content, NULL::text AS mime_type"))
    try:
        with conn.cursor() as cur:
            settings = _settings(cur)
            cur.execute(query, (period_from, period_to))
            rows = cur.fetchall()
    except psycopg2.Error as exc:
        raise ReportError(tr("The facts of the report could not be read."), str(exc)) from None
    data = ReportData(period_from, period_to, language, settings.get("timezone") or "Europe/Brussels",
                      int(settings.get("srid") or 0), settings.get("municipality.name") or "",
                      logo=logo_bytes(settings.get("municipality.logo")))
    sections = OrderedDict()
    categories, services = OrderedDict(), {}
    for row in rows:
        photo = bytes(row[21]) if row[21] is not None else None
        fact = Fact(*row[:21], photo=photo, photo_type=row[22] or "")
        data.facts.append(fact)
        districts = sections.setdefault((fact.category, fact.colour), OrderedDict())
        districts.setdefault(fact.district, []).append(fact)
        key = (fact.category, fact.colour)
        categories[key] = categories.get(key, 0) + 1
        services[fact.service] = services.get(fact.service, 0) + 1
    data.sections = [(category, colour, list(districts.items()))
                     for (category, colour), districts in sections.items()]
    data.by_category = [(category, colour, n) for (category, colour), n in categories.items()]
    data.by_service = sorted(services.items(), key=lambda item: (-item[1], item[0]))
    return data


# ---------------------------------------------------------------------------------------------
# formatting

def _zone(name):
    if ZoneInfo is not None:
        try:
            return ZoneInfo(name)
        except Exception:  # unknown zone: UTC rather than failing
            pass
    return timezone.utc


def _local(moment, zone):
    return moment.astimezone(zone) if moment is not None else None


def format_datetime(moment, zone):
    return _local(moment, zone).strftime("%d/%m/%Y %H:%M") if moment is not None else ""


def format_date(moment, zone):
    return _local(moment, zone).strftime("%d/%m/%Y") if moment is not None else ""


def fact_time(fact, zone):
    if fact.observed_at is not None:
        return format_datetime(fact.observed_at, zone)
    start, end = _local(fact.observed_from, zone), _local(fact.observed_to, zone)
    if start is None or end is None:
        return ""
    if start.date() == end.date():
        return tr("{day}, between {start} and {end}").format(
            day=start.strftime("%d/%m/%Y"), start=start.strftime("%H:%M"), end=end.strftime("%H:%M"))
    return tr("between {start} and {end}").format(start=start.strftime("%d/%m/%Y %H:%M"),
                                                  end=end.strftime("%d/%m/%Y %H:%M"))


def fact_place(fact):
    parts = [part for part in (fact.district, (fact.place or "").strip()) if part]
    if parts and (fact.place or "").strip():
        return " – ".join(parts)
    coordinates = tr("{lat:.5f}° N, {lon:.5f}° E").format(lat=fact.lat, lon=fact.lon)
    return " – ".join(parts + [coordinates])


def period_text(data, zone=None):
    zone = zone or _zone(data.timezone)
    return tr("From {start} to {end}").format(start=format_datetime(data.period_from, zone),
                                             end=format_datetime(data.period_to, zone))


# ---------------------------------------------------------------------------------------------
# rendering

def render(data, path, municipality=None, language=None, map_renderer=None, issued_at=None, progress=None,
           is_canceled=None):
    """Write the PDF of `data` to `path`; returns the number of pages.

    `map_renderer(x, y)` (coordinates in the database's CRS) returns PNG bytes of a small map, or
    None; `progress(percent)` and `is_canceled()` let a QgsTask follow and stop the work.
    """
    language = language or data.language
    return write_translated(path, language, lambda: _PdfRenderer(
        data, municipality if municipality is not None else data.municipality, language, map_renderer, issued_at,
        progress, is_canceled))


def write_translated(path, language, make_renderer):
    """`make_renderer().write(path)` with the report's texts in `language`; the number of pages. A
    file that cannot be written is a ReportError."""
    translator = _report_translator(language)
    try:
        return make_renderer().write(path)
    except GpsuError:
        raise
    except OSError as exc:
        raise ReportError(tr("The PDF could not be written to {}.").format(path), str(exc)) from None
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def _report_translator(language):
    """The report's texts in `language`, whatever the user's: its translator, installed last so that
    it wins, and removed after the report (None for English, or without a Qt application)."""
    if language == "en" or QCoreApplication.instance() is None:
        return None
    return load_translator(language)


class _PageDecorations:
    """The cover band and the running header of GPS-U's A4 reports, and what every report renderer
    is given. A renderer also has the attributes accent, rule, grey, colors and cm, and says what
    the header's right side shows with _header_right()."""

    logo = None  # bytes of the municipality's logo, drawn at the top right of the cover

    def __init__(self, data, municipality, language, map_renderer, issued_at, progress, is_canceled):
        self.data = data
        self.municipality = municipality or ""
        self.logo = data.logo
        self.language = language
        self.map_renderer = map_renderer
        self.zone = _zone(data.timezone)
        self.issued_at = issued_at or datetime.now(timezone.utc)
        self.progress = progress
        self.is_canceled = is_canceled or (lambda: False)

    def _cover_page(self, canvas, doc):
        from reportlab.lib.pagesizes import A4

        width, height = A4
        canvas.saveState()
        if self.logo:
            from reportlab.lib.utils import ImageReader

            try:
                image = ImageReader(io.BytesIO(self.logo))
                w, h = image.getSize()
                box = 2.6 * self.cm
                scale = min(box / w, box / h)
                canvas.drawImage(image, width - 2 * self.cm - w * scale, height - 1.6 * self.cm - h * scale,
                                 w * scale, h * scale, mask="auto")
            except Exception as exc:  # a damaged logo leaves the cover without it
                LOG.warning("the municipality's logo could not be drawn: %s", exc)
        canvas.setFillColor(self.accent)
        canvas.rect(0, height - 1.2 * self.cm, width, 1.2 * self.cm, stroke=0, fill=1)
        canvas.setFillColor(self.colors.HexColor("#eaf0f6"))
        canvas.rect(0, 0, 0.8 * self.cm, height - 1.2 * self.cm, stroke=0, fill=1)
        canvas.setFillColor(self.colors.white)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(2 * self.cm, height - 0.75 * self.cm, tr("GPS-U · urban safety").upper())
        canvas.restoreState()

    def _body_page(self, canvas, doc):
        from reportlab.lib.pagesizes import A4

        width, height = A4
        canvas.saveState()
        canvas.setStrokeColor(self.rule)
        canvas.setLineWidth(0.6)
        canvas.line(2 * self.cm, height - 1.6 * self.cm, width - 2 * self.cm, height - 1.6 * self.cm)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.setFillColor(self.accent)
        canvas.drawString(2 * self.cm, height - 1.4 * self.cm, self.municipality or "GPS-U")
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(self.grey)
        canvas.drawRightString(width - 2 * self.cm, height - 1.4 * self.cm,
                               self._header_right())
        canvas.restoreState()


class _PdfRenderer(_PageDecorations):
    def __init__(self, *args):
        super().__init__(*args)
        self._maps = {}
        self._photos = {}

    # -- styles -------------------------------------------------------------------------------
    def _styles(self):
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

        base = getSampleStyleSheet()
        ink, grey = colors.HexColor("#1d2939"), colors.HexColor("#475467")
        self.colors = colors
        self.ink, self.grey = ink, grey
        self.accent = colors.HexColor("#1f4e79")
        self.rule = colors.HexColor("#d0d5dd")
        body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=9, leading=11.5,
                              textColor=ink, spaceBefore=0, spaceAfter=0)
        self.styles = {
            "body": body,
            "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=grey),
            "label": ParagraphStyle("label", parent=body, fontSize=7.5, leading=10, textColor=grey),
            "cover_municipality": ParagraphStyle("cm", parent=body, fontName="Helvetica-Bold", fontSize=13,
                                                 leading=16, textColor=self.accent, spaceAfter=4),
            "cover_title": ParagraphStyle("ct", parent=body, fontName="Helvetica-Bold", fontSize=26, leading=31,
                                          textColor=ink, spaceBefore=70, spaceAfter=10),
            "cover_period": ParagraphStyle("cp", parent=body, fontSize=12, leading=16, textColor=grey,
                                           spaceAfter=4),
            "cover_total": ParagraphStyle("cn", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18,
                                          textColor=ink, spaceBefore=20, spaceAfter=14),
            "h_table": ParagraphStyle("ht", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                                      textColor=ink, spaceBefore=12, spaceAfter=5),
            "toc_title": ParagraphStyle("tt", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22,
                                        textColor=ink, spaceAfter=16),
            "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20,
                                 textColor=colors.white, spaceAfter=0),
            "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                                 textColor=self.accent, spaceBefore=10, spaceAfter=5),
            "fact_head": ParagraphStyle("fh", parent=body, fontName="Helvetica-Bold", fontSize=9.5, leading=12),
            "fact_prio": ParagraphStyle("fp", parent=body, fontName="Helvetica-Bold", fontSize=8.5, leading=12,
                                        alignment=2),
            "empty": ParagraphStyle("em", parent=body, fontSize=12, leading=16, textColor=grey, spaceBefore=20,
                                    alignment=TA_CENTER),
            "toc1": ParagraphStyle("toc1", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=15,
                                   leftIndent=0, firstLineIndent=0, spaceBefore=5),
            "toc2": ParagraphStyle("toc2", parent=body, fontSize=9, leading=12.5, leftIndent=14,
                                   firstLineIndent=0, textColor=grey),
        }

    def _p(self, text, style="body"):
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text or ""), self.styles[style])

    # -- document -----------------------------------------------------------------------------
    def write(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import cm
        from reportlab.platypus import Frame, PageTemplate

        self._styles()
        self.cm = cm
        width, height = A4
        margin = 2 * cm
        directory = os.path.dirname(os.path.abspath(path))
        handle, temporary = tempfile.mkstemp(suffix=".pdf", dir=directory)
        os.close(handle)
        try:
            doc = _Document(temporary, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=2.2 * cm,
                            bottomMargin=2 * cm, title=tr("New facts report"), author=self.municipality,
                            subject=period_text(self.data, self.zone), creator="GPS-U for QGIS")
            frame = Frame(margin, 2 * cm, width - 2 * margin, height - 4.2 * cm, id="body", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            cover = Frame(margin, 2 * cm, width - 2 * margin, height - 4 * cm, id="cover", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            doc.addPageTemplates([PageTemplate("cover", [cover], onPage=self._cover_page, autoNextPageTemplate="body"),
                                  PageTemplate("body", [frame], onPage=self._body_page)])
            self.frame_width = width - 2 * margin
            story = self._story()
            footer = {"left": tr("Issued on {}").format(format_datetime(self.issued_at, self.zone)),
                      "page": tr("Page {page} / {pages}")}
            doc.multiBuild(story, canvasmaker=_numbered_canvas(footer, margin))
            pages = doc.page
            os.replace(temporary, path)
            return pages
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)

    def _header_right(self):
        return "{} · {}".format(tr("New facts report"), period_text(self.data, self.zone))

    def _story(self):
        from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer
        from reportlab.platypus.tableofcontents import TableOfContents

        data = self.data
        story = []
        if self.municipality:
            story.append(self._p(self.municipality, "cover_municipality"))
        story.append(self._p(tr("New facts report"), "cover_title"))
        story.append(self._p(period_text(data, self.zone), "cover_period"))
        story.append(self._p(tr("Facts recorded in GPS-U during the period, by category and district."),
                             "cover_period"))
        if not data.facts:
            story.append(Spacer(1, 30))
            story.append(self._p(tr("No new fact was recorded during this period."), "cover_total"))
            return story
        story.append(self._p(tr("{} facts recorded").format(data.count) if data.count != 1
                             else tr("1 fact recorded"), "cover_total"))
        story.extend(self._summary_tables())
        story.append(PageBreak())
        story.append(self._p(tr("Contents"), "toc_title"))
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.styles["toc1"], self.styles["toc2"]]
        story.append(toc)
        done, total = 0, max(1, data.count)
        story.append(PageBreak())
        for index, (category, colour, districts) in enumerate(data.sections):
            if index:
                story.append(Spacer(1, 10))
                story.append(CondPageBreak(9 * self.cm))  # a category starts with at least one fact
            story.append(self._category_heading(category, colour, sum(len(f) for _d, f in districts)))
            for district, facts in districts:
                heading = self._p(tr("{district} ({count})").format(
                    district=district or tr("Outside the districts"), count=len(facts)), "h2")
                heading.toc_level = 1
                heading.toc_text = "{} ({})".format(district or tr("Outside the districts"), len(facts))
                block = self._fact_block(facts[0])
                story.append(KeepTogether([heading, block]))
                story.append(Spacer(1, 6))
                for fact in facts[1:]:
                    story.append(self._fact_block(fact))
                    story.append(Spacer(1, 6))
                done += len(facts)
                if self.is_canceled():
                    raise ReportError(tr("The report was cancelled."))
                if self.progress:
                    self.progress(80.0 * done / total)
        return story

    def _summary_tables(self):
        out = []
        rows = [[self._p(tr("Category"), "label"), self._p(tr("Facts"), "label"), self._p("%", "label")]]
        for label, _colour, n in self.data.by_category:
            rows.append([self._p(label), str(n), "{:.0f} %".format(100.0 * n / self.data.count)])
        out.append(self._p(tr("Facts per category"), "h_table"))
        out.append(self._count_table(rows, [c for _l, c, _n in self.data.by_category]))
        rows = [[self._p(tr("Assigned service"), "label"), self._p(tr("Facts"), "label"), self._p("%", "label")]]
        for label, n in self.data.by_service:
            rows.append([self._p(label or tr("Not assigned")), str(n), "{:.0f} %".format(100.0 * n / self.data.count)])
        out.append(self._p(tr("Facts per service"), "h_table"))
        out.append(self._count_table(rows, None))
        return out

    def _count_table(self, rows, swatches):
        from reportlab.platypus import Table, TableStyle

        colors, cm = self.colors, self.cm
        table = Table(rows, colWidths=[self.frame_width - 4.4 * cm, 2.2 * cm, 2.2 * cm], repeatRows=1,
                      hAlign="LEFT")
        style = [("FONT", (1, 1), (-1, -1), "Helvetica", 9),
                 ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.accent),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.25, self.rule),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        for index, colour in enumerate(swatches or [], start=1):
            try:
                style.append(("LINEBEFORE", (0, index), (0, index), 4, colors.HexColor(colour)))
            except ValueError:
                pass
        if swatches:
            style.append(("LEFTPADDING", (0, 1), (0, -1), 8))
        table.setStyle(TableStyle(style))
        return table

    def _category_heading(self, category, colour, count):
        from reportlab.platypus import Table, TableStyle

        try:
            band = self.colors.HexColor(colour)
        except ValueError:
            band = self.accent
        title = self._p("{} ({})".format(category, count), "h1")
        table = Table([[title]], colWidths=[self.frame_width])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), _darker(band, self.colors)),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                   ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        table.toc_level = 0
        table.toc_text = "{} ({})".format(category, count)
        return table

    def _fact_block(self, fact):
        from reportlab.platypus import Table, TableStyle

        colors, cm = self.colors, self.cm
        subtitle = fact.category + (" › " + fact.subcategory if fact.subcategory else "")
        head = self._p("{}   {}".format(fact.number or "—", subtitle), "fact_head")
        prio = self._p(fact.priority_label, "fact_prio")
        prio.style = prio.style.clone("fp{}".format(fact.priority),
                                      textColor=colors.HexColor(PRIORITY_COLOURS.get(fact.priority, "#475467")))
        info = [(tr("Date and time"), fact_time(fact, self.zone)),
                (tr("Place"), fact_place(fact)),
                (tr("Assigned service"), fact.service or tr("Not assigned")),
                (tr("Status"), fact.status_label),
                (tr("Description"), fact.description.strip() or "—")]
        photo, map_image = self._photo(fact), self._map(fact)
        media_width = 4.2 * cm
        media = [item for item in (photo, map_image) if item is not None]
        info_width = self.frame_width - media_width * len(media)
        label_width = 2.8 * cm
        info_table = Table([[self._p(key, "label"), self._p(value)] for key, value in info],
                           colWidths=[label_width, info_width - label_width - 0.2 * cm])
        info_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        head_table = Table([[head, prio]], colWidths=[self.frame_width - 3.2 * cm, 3.2 * cm])
        head_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        body_row = [info_table] + media
        body = Table([body_row], colWidths=[info_width] + [media_width] * len(media))
        body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        try:
            band = colors.HexColor(fact.colour)
        except ValueError:
            band = self.accent
        block = Table([[head_table], [body]], colWidths=[self.frame_width])
        block.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f4f7")),
                                   ("BOX", (0, 0), (-1, -1), 0.5, self.rule),
                                   ("LINEBEFORE", (0, 0), (0, -1), 3, band),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return block

    def _scaled_image(self, content, max_width, max_height):
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image

        reader = ImageReader(io.BytesIO(content))
        width, height = reader.getSize()
        if not width or not height:
            return None
        ratio = min(max_width / width, max_height / height)
        return Image(io.BytesIO(content), width=width * ratio, height=height * ratio)

    def _photo(self, fact):
        # multiBuild lays the story out several times: one Image per fact, made once
        if fact.id in self._photos:
            return self._photos[fact.id]
        image = None
        if fact.photo:
            try:
                size = THUMBNAIL_MAX_CM * self.cm
                image = self._scaled_image(fact.photo, size, size * 0.75)
            except Exception as exc:  # an unreadable picture never stops the report
                LOG.warning("photo of %s not shown: %s", fact.number, exc)
        self._photos[fact.id] = image
        return image

    def _map(self, fact):
        if self.map_renderer is None:
            return None
        if fact.id in self._maps:
            return self._maps[fact.id]
        image = None
        try:
            png = self.map_renderer(fact.x, fact.y)
            if png:
                size = THUMBNAIL_MAX_CM * self.cm
                image = self._scaled_image(png, size, size * 0.75)
        except Exception as exc:  # a map that fails never stops the report
            LOG.warning("map of %s not rendered: %s", fact.number, exc)
        self._maps[fact.id] = image
        return image


def _darker(colour, colors, factor=0.78):
    return colors.Color(colour.red * factor, colour.green * factor, colour.blue * factor)


def _numbered_canvas(footer, margin):
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """Draws "Page N / M" once the number of pages is known (states kept until save)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    width = self._pagesize[0]
                    self.saveState()
                    self.setStrokeColor(HexColor("#d0d5dd"))
                    self.setLineWidth(0.6)
                    self.line(margin, 1.5 * 28.3465, width - margin, 1.5 * 28.3465)
                    self.setFont("Helvetica", 8)
                    self.setFillColor(HexColor("#475467"))
                    self.drawString(margin, 1.0 * 28.3465, footer["left"])
                    self.drawRightString(width - margin, 1.0 * 28.3465,
                                         footer["page"].format(page=self._pageNumber, pages=total))
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def _document_class():
    from reportlab.platypus import BaseDocTemplate

    class Document(BaseDocTemplate):
        """Adds the category and district headings to the table of contents and the PDF outline."""

        def afterFlowable(self, flowable):
            level = getattr(flowable, "toc_level", None)
            if level is None:
                return
            text = flowable.toc_text
            key = "toc-{}".format(id(flowable))
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, escape(text), self.page, key))

    return Document


class _LazyDocument:
    def __call__(self, *args, **kwargs):
        return _document_class()(*args, **kwargs)


_Document = _LazyDocument()


# ---------------------------------------------------------------------------------------------
# issuing

def issue(conn, path, period_from=None, period_to=None, language="fr", municipality=None, map_renderer=None,
          record=True, progress=None, is_canceled=None):
    """Collect, render to `path`, then (if `record`) remember the report, all in one transaction.

    Concurrent issuers queue on a lock so that two reports never cover the same facts. Returns
    (ReportData, pages).
    """
    try:
        try:
            if record:
                with conn.cursor() as cur:
                    cur.execute("LOCK TABLE gpsu.reports_issued IN SHARE ROW EXCLUSIVE MODE")
            data = collect(conn, period_from, period_to, language)
            pages = render(data, path, municipality, language, map_renderer, progress=progress,
                           is_canceled=is_canceled)
            if record:
                with conn.cursor() as cur:
                    cur.execute("INSERT INTO gpsu.reports_issued (kind, period_from, period_to, facts) "
                                "VALUES (%s, %s, %s, %s)", (KIND, data.period_from, data.period_to, data.count))
            conn.commit()
        except psycopg2.Error as exc:
            raise ReportError(tr("The report could not be recorded in the database."), str(exc)) from None
    except BaseException:
        conn.rollback()
        raise
    if progress:
        progress(100.0)
    return data, pages


def history(conn, limit=20):
    """The last reports issued: [(id, period_from, period_to, issued_at, facts)]."""
    with conn.cursor() as cur:
        cur.execute("SELECT id, period_from, period_to, issued_at, facts FROM gpsu.reports_issued "
                    "WHERE kind = %s ORDER BY issued_at DESC, id DESC LIMIT %s", (KIND, int(limit)))
        rows = cur.fetchall()
    conn.rollback()
    return rows
