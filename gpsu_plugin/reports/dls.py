"""The statistics report of the local security diagnosis (DLS): a period against the previous period
of the same length, as a PDF made with reportlab.

    data, pages = generate_dls(conn_or_profile, date(2025, 1, 1), date(2026, 1, 1), "dls.pdf")

    data = collect(conn, start, end)          # read (nothing is written)
    render(data, "dls.pdf", map_renderer=…)   # write the PDF

It holds: counts per category and per district with their change, the facts over time, the
categories compared with the previous period, the hour x weekday heat table (the Time profile
algorithm's aoristic query), the handling time per service, the top hot spots (the Hot spots
algorithm's Gi* grid) and a map of the territory drawn by QGIS (reports.map_extract) when QGIS runs.
The numbers come from core.statistics and the charts from gui.charts, as in the Statistics dock.
The period is in the municipality's wall-clock time, start included and end excluded; an empty
period gives a short report that says so.
"""

import io
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from xml.sax.saxutils import escape

import numpy as np
import psycopg2

from ..core import statistics
from ..core.exceptions import InvalidInput
from ..core.i18n import tr
from .new_facts import (ReportError, _document_class, _numbered_canvas, _PageDecorations, _report_translator, _zone,
                        logo_bytes, write_translated)

LOG = logging.getLogger(__name__)
HOT_SPOTS = 10
CHART_DPI = 150


@dataclass
class DlsData:
    period_from: datetime           # naive, municipality time, included
    period_to: datetime             # naive, excluded
    previous_from: datetime
    previous_to: datetime
    language: str
    timezone: str
    srid: int
    municipality: str
    total: int = 0
    previous_total: int = 0
    by_category: object = None      # statistics.Comparison
    by_district: object = None      # statistics.Comparison
    series: object = None           # statistics.Series (per category)
    hour_weekday: object = None     # 7 x 24 numpy array
    handling: object = None         # statistics.HandlingTimes
    hot_spots: list = field(default_factory=list)   # [statistics.HotSpot]
    cell_size: float = None
    territory: tuple = None         # (xmin, ymin, xmax, ymax) in the schema's CRS, or None
    logo: bytes = None              # the municipality's logo (PNG or JPEG), if set

    @property
    def empty(self):
        return self.total == 0


# ---------------------------------------------------------------------------------------------
# reading

def _as_datetime(value):
    """A naive datetime from a date (its midnight) or a datetime (its wall-clock time)."""
    if value is None:
        raise InvalidInput(tr("Choose a period: its start and its end."))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime.combine(value, time())
    raise InvalidInput(tr("{} is not a date.").format(value))


def collect(conn, start, end, language="fr", query=None, progress=None):
    """The numbers of the report for [start, end) against the previous period of the same length.

    `query` (a core.statistics.StatsQuery) narrows the facts (categories, districts…); its period is
    replaced by [start, end).
    """
    start, end = _as_datetime(start), _as_datetime(end)
    query = (query or statistics.StatsQuery()).with_period(start, end).validate()
    previous = query.previous()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT key, value FROM gpsu.settings WHERE key IN ('municipality.name', 'timezone', 'srid', "
                        "'municipality.logo')")
            settings = dict(cur.fetchall())
            cur.execute("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                        "(SELECT ST_Extent(geom) AS e FROM gpsu.districts) x")
            territory = cur.fetchone()
        conn.rollback()
        data = DlsData(start, end, previous.period_from, previous.period_to, language,
                       settings.get("timezone") or "Europe/Brussels", int(settings.get("srid") or 0),
                       settings.get("municipality.name") or "",
                       territory=territory if territory and territory[0] is not None else None,
                       logo=logo_bytes(settings.get("municipality.logo")))
        data.by_category = statistics.compare_periods(conn, query, "category", previous, language)
        data.total, data.previous_total = data.by_category.totals
        _progress(progress, 10)
        if data.empty:
            return data
        data.by_district = statistics.compare_periods(conn, query, "district", previous, language)
        _progress(progress, 20)
        data.series = statistics.counts_over_time(conn, query, language=language, level="top")
        _progress(progress, 30)
        data.hour_weekday = statistics.hour_weekday(conn, query)
        _progress(progress, 40)
        data.handling = statistics.handling_times(conn, query, language)
        _progress(progress, 50)
        data.hot_spots, data.cell_size = statistics.top_hot_spots(conn, query, HOT_SPOTS)
        _progress(progress, 60)
    except psycopg2.Error as exc:
        conn.rollback()
        raise ReportError(tr("The numbers of the report could not be read."), str(exc)) from None
    return data


def _progress(progress, value):
    if progress is not None:
        progress(value)


# ---------------------------------------------------------------------------------------------
# formatting

def day_text(moment):
    return moment.strftime("%d/%m/%Y")


def period_text(start, end):
    """"from 01/01/2025 to 31/12/2025" for [start, end) (the last day shown is the day before `end`
    when `end` is a midnight)."""
    last = end - timedelta(days=1) if end.time() == time() else end
    return tr("from {start} to {end}").format(start=day_text(start), end=day_text(last))


def change_text(current, previous):
    if previous == 0:
        return "—" if current == 0 else tr("new")
    return "{:+.0f} %".format(100.0 * (current - previous) / previous)


# ---------------------------------------------------------------------------------------------
# rendering

def render(data, path, municipality=None, language=None, map_renderer=None, issued_at=None, progress=None,
           is_canceled=None):
    """Write the PDF of `data` to `path`; returns the number of pages.

    `map_renderer(data)` returns PNG bytes of the territory map (or None); a failing one leaves the
    map out with a note, it never stops the report.
    """
    language = language or data.language
    return write_translated(path, language, lambda: _DlsRenderer(
        data, municipality if municipality is not None else data.municipality, language, map_renderer, issued_at,
        progress, is_canceled))


class _DlsRenderer(_PageDecorations):
    def __init__(self, *args):
        super().__init__(*args)
        self._images = {}

    def _styles(self):
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

        base = getSampleStyleSheet()
        ink, grey = colors.HexColor("#1d2939"), colors.HexColor("#475467")
        self.colors, self.ink, self.grey = colors, ink, grey
        self.accent = colors.HexColor("#1f4e79")
        self.rule = colors.HexColor("#d0d5dd")
        body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=9, leading=11.5,
                              textColor=ink, spaceBefore=0, spaceAfter=0)
        self.styles = {
            "body": body,
            "note": ParagraphStyle("note", parent=body, fontSize=8, leading=10.5, textColor=grey, spaceBefore=4,
                                   spaceAfter=4),
            "label": ParagraphStyle("label", parent=body, fontSize=7.5, leading=10, textColor=grey),
            "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
            "cover_municipality": ParagraphStyle("cm", parent=body, fontName="Helvetica-Bold", fontSize=13,
                                                 leading=16, textColor=self.accent, spaceAfter=4),
            "cover_title": ParagraphStyle("ct", parent=body, fontName="Helvetica-Bold", fontSize=24, leading=29,
                                          textColor=ink, spaceBefore=60, spaceAfter=10),
            "cover_period": ParagraphStyle("cp", parent=body, fontSize=12, leading=16, textColor=grey,
                                           spaceAfter=4),
            "cover_total": ParagraphStyle("cn", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18,
                                          textColor=ink, spaceBefore=20, spaceAfter=14),
            "empty": ParagraphStyle("em", parent=body, fontSize=12, leading=16, textColor=grey, spaceBefore=20,
                                    alignment=TA_CENTER),
            "toc_title": ParagraphStyle("tt", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22,
                                        textColor=ink, spaceAfter=16),
            "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19,
                                 textColor=self.accent, spaceBefore=4, spaceAfter=8),
            "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                                 textColor=ink, spaceBefore=10, spaceAfter=5),
            "toc1": ParagraphStyle("toc1", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=16,
                                   spaceBefore=4),
            "toc2": ParagraphStyle("toc2", parent=body, fontSize=9, leading=12.5, leftIndent=14, textColor=grey),
        }

    def _p(self, text, style="body"):
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text or ""), self.styles[style])

    def _period(self):
        return period_text(self.data.period_from, self.data.period_to)

    def _previous(self):
        return period_text(self.data.previous_from, self.data.previous_to)

    def write(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import cm
        from reportlab.platypus import Frame, PageTemplate

        self._styles()
        self.cm = cm
        width, height = A4
        margin = 2 * cm
        self.frame_width = width - 2 * margin
        directory = os.path.dirname(os.path.abspath(path))
        handle, temporary = tempfile.mkstemp(suffix=".pdf", dir=directory)
        os.close(handle)
        try:
            doc = _document_class()(temporary, pagesize=A4, leftMargin=margin, rightMargin=margin,
                                    topMargin=2.2 * cm, bottomMargin=2 * cm, title=tr("Local security diagnosis"),
                                    author=self.municipality, subject=self._period(), creator="GPS-U for QGIS")
            frame = Frame(margin, 2 * cm, width - 2 * margin, height - 4.2 * cm, id="body", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            cover = Frame(margin, 2 * cm, width - 2 * margin, height - 4 * cm, id="cover", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            doc.addPageTemplates([PageTemplate("cover", [cover], onPage=self._cover_page, autoNextPageTemplate="body"),
                                  PageTemplate("body", [frame], onPage=self._body_page)])
            story = self._story()
            issued = self.issued_at.astimezone(self.zone).strftime("%d/%m/%Y %H:%M")
            footer = {"left": tr("Issued on {}").format(issued), "page": tr("Page {page} / {pages}")}
            doc.multiBuild(story, canvasmaker=_numbered_canvas(footer, margin))
            pages = doc.page
            os.replace(temporary, path)
            return pages
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)

    def _header_right(self):
        return "{} · {}".format(tr("Local security diagnosis"), self._period())

    # -- the story ----------------------------------------------------------------------------

    def _story(self):
        from reportlab.platypus import CondPageBreak, PageBreak, Spacer
        from reportlab.platypus.tableofcontents import TableOfContents

        data = self.data
        story = []
        if self.municipality:
            story.append(self._p(self.municipality, "cover_municipality"))
        story.append(self._p(tr("Local security diagnosis"), "cover_title"))
        story.append(self._p(tr("Statistics of the facts recorded in GPS-U"), "cover_period"))
        story.append(self._p(tr("Period: {}").format(self._period()), "cover_period"))
        story.append(self._p(tr("Compared with: {}").format(self._previous()), "cover_period"))
        if data.empty:
            story.append(Spacer(1, 30))
            story.append(self._p(tr("No fact was observed during this period."), "cover_total"))
            if data.previous_total:
                story.append(self._p(tr("{n} facts were observed during the previous period.")
                                     .format(n=data.previous_total), "cover_period"))
            return story
        story.append(self._p(tr("{current} facts ({change} compared with the {previous} of the previous period)")
                             .format(current=data.total, change=change_text(data.total, data.previous_total),
                                     previous=data.previous_total), "cover_total"))
        story.append(self._key_figures())
        story.append(PageBreak())
        story.append(self._p(tr("Contents"), "toc_title"))
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.styles["toc1"], self.styles["toc2"]]
        story.append(toc)
        story.append(PageBreak())
        sections = (self._categories, self._over_time, self._districts, self._when, self._handling, self._hot_spots,
                    self._method)
        for number, section in enumerate(sections):
            if number:  # a section starts on the same page when a good part of it fits
                story.append(Spacer(1, 14))
                story.append(CondPageBreak(11 * self.cm))
            story.extend(section())
            self._check()
            if self.progress:
                self.progress(60.0 + 35.0 * (number + 1) / len(sections))
        return story

    def _check(self):
        if self.is_canceled():
            raise ReportError(tr("The report was cancelled."))

    def _heading(self, text):
        heading = self._p(text, "h1")
        heading.toc_level = 0
        heading.toc_text = text
        return heading

    def _key_figures(self):
        data = self.data
        overall = data.handling.overall
        rows = [(tr("Facts in the period"), str(data.total)),
                (tr("Facts in the previous period"), str(data.previous_total)),
                (tr("Change"), change_text(data.total, data.previous_total)),
                (tr("Cases closed"), "{} / {}".format(overall.closed, overall.cases)),
                (tr("Median time to closure"), _days_text(overall.median_hours)),
                (tr("Overdue share"), _share_text(overall.overdue_share)),
                (tr("Significant hot spots (Gi*, 90 % or more)"),
                 str(sum(1 for h in data.hot_spots if h.confidence > 0)))]
        return self._table([[self._p(k, "cell"), self._p(v, "cell")] for k, v in rows],
                           [self.frame_width * 0.6, self.frame_width * 0.4], header=False)

    def _table(self, rows, widths, header=True, align_right_from=1, extra=None):
        from reportlab.platypus import Table, TableStyle

        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, self.rule),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        if align_right_from is not None:
            style.append(("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"))
        if header:
            style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, self.accent))
        style.extend(extra or [])
        table.setStyle(TableStyle(style))
        return table

    def _comparison_table(self, comparison, first_label, swatches=False, limit=None):
        rows = [[self._p(first_label, "label"), self._p(tr("Period"), "label"),
                 self._p(tr("Previous period"), "label"), self._p(tr("Change"), "label"), self._p("%", "label")]]
        extra = []
        items = comparison.rows[:limit] if limit else comparison.rows
        for index, (_key, label, colour, current, previous) in enumerate(items, start=1):
            rows.append([self._p(label or "—", "cell"), str(current), str(previous), "{:+d}".format(current - previous),
                         change_text(current, previous)])
            if swatches and colour:
                try:
                    extra.append(("LINEBEFORE", (0, index), (0, index), 4, self.colors.HexColor(colour)))
                except ValueError:
                    pass
        total, before = comparison.totals
        rows.append([self._p(tr("Total"), "label"), str(total), str(before), "{:+d}".format(total - before),
                     change_text(total, before)])
        extra.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, self.accent))
        extra.append(("FONT", (1, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8.5))
        if swatches:
            extra.append(("LEFTPADDING", (0, 1), (0, -1), 8))
        w = self.frame_width
        return self._table(rows, [w - 4 * 2.3 * self.cm] + [2.3 * self.cm] * 4, extra=extra)

    def _chart(self, key, figure, height_cm=8.5):
        from reportlab.platypus import Image

        from ..gui import charts

        if key not in self._images:  # multiBuild lays the story out more than once
            self._images[key] = charts.png_bytes(figure, CHART_DPI)
        width = self.frame_width
        w_in, h_in = figure.get_size_inches()
        height = min(height_cm * self.cm, width * h_in / w_in)
        return Image(io.BytesIO(self._images[key]), width=height * w_in / h_in, height=height)

    def _categories(self):
        from ..gui import charts

        data = self.data
        out = [self._heading(tr("Facts per category"))]
        out.append(self._p(tr("Facts observed in each category (its sub-categories included), in the period and in "
                              "the previous period of the same length."), "note"))
        out.append(self._comparison_table(data.by_category, tr("Category"), swatches=True))
        figure = charts.comparison_figure(data.by_category, tr("Previous period"), tr("Period"),
                                          size=(8.0, 4.6))
        out.append(self._p(tr("Categories compared"), "h2"))
        out.append(self._chart("categories", figure))
        return out

    def _over_time(self):
        from ..gui import charts

        out = [self._heading(tr("Facts over time"))]
        out.append(self._p(tr("Facts per {bucket} and per category during the period.").format(
            bucket=_bucket_name(self.data.series.bucket)), "note"))
        out.append(self._chart("series", charts.counts_over_time_figure(self.data.series, title="", size=(8.0, 5.0)),
                               height_cm=11))
        return out

    def _districts(self):
        out = [self._heading(tr("Facts per district"))]
        out.append(self._comparison_table(self.data.by_district, tr("District")))
        out.extend(self._map())
        return out

    def _map(self):
        from reportlab.platypus import Image, KeepTogether

        if self.map_renderer is None:
            return []
        if "map" not in self._images:
            png = None
            try:
                png = self.map_renderer(self.data)
            except Exception as exc:  # a map that fails never stops the report
                LOG.warning("DLS map not rendered: %s", exc)
            self._images["map"] = png
        png = self._images["map"]
        out = [self._p(tr("Map of the facts and hot spots"), "h2")]
        if not png:
            return out + [self._p(tr("The map could not be drawn."), "note")]
        from reportlab.lib.utils import ImageReader

        w, h = ImageReader(io.BytesIO(png)).getSize()
        width = self.frame_width
        height = min(12 * self.cm, width * h / w)
        out.append(Image(io.BytesIO(png), width=height * w / h, height=height))
        out.append(self._p(tr("Facts of the period by category; the numbered squares are the hot spots of the "
                              "table \"Top hot spots\"."), "note"))
        return [KeepTogether(out)]

    def _when(self):
        from ..processing.analysis.time_profile import weekday_names

        matrix = np.asarray(self.data.hour_weekday, dtype=float)
        out = [self._heading(tr("When: hour of day x day of week"))]
        out.append(self._p(tr("Facts per hour of the day and day of the week, in the municipality's time. A fact "
                              "known only by a time window is spread over the hours of the window (aoristic "
                              "weighting), so that the cells may hold fractions; they add up to the number of "
                              "facts."), "note"))
        names = [name[:3] for name in weekday_names()]
        header = [""] + [str(h) for h in range(24)] + [tr("Total")]
        rows = [header]
        top = matrix.max() if matrix.size else 0
        extra = [("FONT", (0, 0), (-1, -1), "Helvetica", 5.8), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                 ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 5.8), ("FONT", (0, 1), (0, -1), "Helvetica-Bold", 6.5)]
        for d in range(7):
            row = [names[d]]
            for h in range(24):
                value = matrix[d, h]
                row.append("{:.0f}".format(value) if value >= 0.5 or value == 0 else "{:.1f}".format(value))
                if top > 0:
                    extra.append(("BACKGROUND", (h + 1, d + 1), (h + 1, d + 1), _heat(value / top, self.colors)))
                    if value / top > 0.6:
                        extra.append(("TEXTCOLOR", (h + 1, d + 1), (h + 1, d + 1), self.colors.white))
            row.append("{:.0f}".format(matrix[d].sum()))
            rows.append(row)
        rows.append([tr("Total")] + ["{:.0f}".format(v) for v in matrix.sum(axis=0)] + ["{:.0f}".format(matrix.sum())])
        extra.append(("LINEABOVE", (0, 8), (-1, 8), 0.8, self.accent))
        first = 1.1 * self.cm
        last = 1.0 * self.cm
        cell = (self.frame_width - first - last) / 24.0
        out.append(self._table(rows, [first] + [cell] * 24 + [last], align_right_from=None, extra=extra))
        busiest = np.unravel_index(int(matrix.argmax()), matrix.shape)
        day_totals = matrix.sum(axis=1)
        out.append(self._p(tr("The busiest hour is {day} {hour}:00-{next}:00; the busiest day is {busiest_day}.")
                           .format(day=weekday_names()[busiest[0]], hour=busiest[1], next=busiest[1] + 1,
                                   busiest_day=weekday_names()[int(day_totals.argmax())]), "note"))
        return out

    def _handling(self):
        from reportlab.platypus import Spacer

        from ..gui import charts

        handling = self.data.handling
        out = [self._heading(tr("Handling time per service"))]
        out.append(self._p(tr("Cases of the period per service in charge: the time from recording to closure (the "
                              "last time the case left the open statuses, from its history), and the share of the "
                              "cases with a due date that were closed after it or are still open past it."), "note"))
        rows = [[self._p(tr("Service"), "label"), self._p(tr("Cases"), "label"), self._p(tr("Closed"), "label"),
                 self._p(tr("Median (days)"), "label"), self._p(tr("Mean (days)"), "label"),
                 self._p(tr("Overdue"), "label")]]
        for s in handling.services + [handling.overall]:
            rows.append([self._p(s.label, "cell"), str(s.cases), str(s.closed), _days_number(s.median_hours),
                         _days_number(s.mean_hours), _share_text(s.overdue_share)])
        w = self.frame_width
        extra = [("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, self.accent),
                 ("FONT", (1, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8.5)]
        out.append(self._table(rows, [w - 5 * 2.1 * self.cm] + [2.1 * self.cm] * 5, extra=extra))
        out.append(Spacer(1, 8))
        out.append(self._chart("handling", charts.handling_figure(handling, title="", size=(8.0, 4.2)), height_cm=8))
        return out

    def _hot_spots(self):
        data = self.data
        out = [self._heading(tr("Top hot spots"))]
        size = data.cell_size or 0
        out.append(self._p(tr("The squares of {size:.0f} m with the most concentrated facts: the Hot spots analysis "
                              "(Getis-Ord Gi* over a grid, neighbours within 1.5 cells, p-values corrected for the "
                              "false discovery rate); when fewer than ten are significant, the busiest squares "
                              "follow.").format(size=size), "note"))
        rows = [[self._p("#", "label"), self._p(tr("District"), "label"), self._p(tr("Centre (x, y)"), "label"),
                 self._p(tr("Facts"), "label"), self._p(tr("Gi* z-score"), "label"),
                 self._p(tr("Confidence"), "label")]]
        confidence = {3: "99 %", 2: "95 %", 1: "90 %", 0: tr("not significant")}
        for spot in data.hot_spots:
            rows.append([str(spot.rank), self._p(spot.district or "—", "cell"),
                         "{:.0f}, {:.0f}".format(spot.x, spot.y), str(spot.count), "{:.2f}".format(spot.z),
                         confidence.get(spot.confidence, "")])
        w = self.frame_width
        out.append(self._table(rows, [0.8 * self.cm, w - 0.8 * self.cm - 3.6 * self.cm - 3 * 2.2 * self.cm,
                                      3.6 * self.cm, 2.2 * self.cm, 2.2 * self.cm, 2.2 * self.cm]))
        return out

    def _method(self):
        out = [self._heading(tr("Method"))]
        for text in (
                tr("A fact belongs to the period by the time it was observed, or the start of its time window; the "
                   "period is in the municipality's time, its last day included. Duplicates are left out."),
                tr("The previous period has the same length and ends where the period starts (whole months stay "
                   "whole months)."),
                tr("A category includes its sub-categories. A district's facts are those located inside it."),
                tr("The numbers come from the same queries as the Statistics panel and the Processing analyses of "
                   "GPS-U, so that they can be checked there.")):
            out.append(self._p(text, "note"))
        return out


def _heat(share, colors):
    """From pale yellow to dark red, as the heat map of the Statistics panel."""
    stops = [(0.0, (1.0, 0.99, 0.88)), (0.35, (0.996, 0.80, 0.36)), (0.7, (0.94, 0.40, 0.17)),
             (1.0, (0.70, 0.09, 0.17))]
    share = max(0.0, min(1.0, float(share)))
    for (a, ca), (b, cb) in zip(stops, stops[1:]):
        if share <= b:
            t = (share - a) / (b - a) if b > a else 0.0
            return colors.Color(*(x + (y - x) * t for x, y in zip(ca, cb)))
    return colors.Color(*stops[-1][1])


def _days_number(hours):
    return "—" if hours is None else "{:.1f}".format(hours / 24.0)


def _days_text(hours):
    return "—" if hours is None else tr("{days} days").format(days="{:.1f}".format(hours / 24.0))


def _share_text(share):
    return "—" if share is None else "{:.0f} %".format(100.0 * share)


def _bucket_name(bucket):
    return {statistics.DAY: tr("day"), statistics.WEEK: tr("week"), statistics.MONTH: tr("month")}[bucket]


# ---------------------------------------------------------------------------------------------
# the map

def territory_map(profile, srid, conn=None, language="fr", size_px=(1400, 1000)):
    """A map_renderer for render(): the territory and the facts of the period by category (GPS-U's
    layers, drawn by QGIS, headless too) with the hot spots numbered; needs a running QgsApplication."""
    from ..core import layers as gpsu_layers
    from .map_extract import INCH_M, QgisMapExtract

    extract = QgisMapExtract.for_profile(profile, srid, conn, language, size_px=size_px)
    facts = extract._keep[gpsu_layers.BY_CATEGORY]

    def draw(data):
        if data.territory is None:
            return None
        facts.setSubsetString(period_subset(data))
        xmin, ymin, xmax, ymax = data.territory
        cx, cy = (xmin + xmax) / 2.0, (ymin + ymax) / 2.0
        metres_per_pixel = max((xmax - xmin) / size_px[0], (ymax - ymin) / size_px[1]) * 1.06
        extract.scale = metres_per_pixel * 96.0 / INCH_M
        extract._marker = lambda painter, settings: _draw_hot_spots(painter, settings, data)
        return extract(cx, cy)

    draw.extract = extract  # the layers live as long as the renderer
    return draw


def period_subset(data):
    """The incidents layer's filter for the report's facts: the period (its bounds in the
    municipality's time zone, as UTC literals made here, never from user text), no duplicates."""
    zone = _zone(data.timezone)

    def utc(moment):
        return moment.replace(tzinfo=zone).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S+00")

    return ("coalesce(\"observed_at\", \"observed_from\") >= '{}'::timestamptz AND "
            "coalesce(\"observed_at\", \"observed_from\") < '{}'::timestamptz AND \"status\" <> 'duplicate'"
            .format(utc(data.period_from), utc(data.period_to)))


def _draw_hot_spots(painter, settings, data):
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen

    transform = settings.mapToPixel()
    half = (data.cell_size or 0) / 2.0
    painter.setRenderHint(QPainter.Antialiasing, True)
    font = QFont("Sans", 11)
    font.setBold(True)
    painter.setFont(font)
    for spot in data.hot_spots:
        low = transform.transform(QgsPointXY(spot.x - half, spot.y - half))
        high = transform.transform(QgsPointXY(spot.x + half, spot.y + half))
        rect = QRectF(QPointF(low.x(), high.y()), QPointF(high.x(), low.y())).normalized()
        colour = QColor("#b2182b") if spot.confidence > 0 else QColor("#667085")
        painter.setPen(QPen(colour, 2.5))
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawRect(rect)
        label = QRectF(rect.center().x() - 11, rect.center().y() - 9, 22, 18)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(label, 4, 4)
        painter.drawText(label, Qt.AlignCenter, str(spot.rank))


# ---------------------------------------------------------------------------------------------
# the whole report

def generate_dls(conn_or_profile, start, end, output_path, language="fr", feedback=None, municipality=None,
                 query=None, maps=True):
    """Write the DLS statistics report for [start, end) to `output_path`; returns (DlsData, pages).

    `conn_or_profile`: a psycopg2 connection (left open), a core.profile.ConnectionProfile or a libpq
    connection string (opened and closed here). `start`, `end`: dates (midnight, municipality time)
    or naive datetimes; `end` is excluded (for the whole of 2025: date(2025, 1, 1), date(2026, 1, 1)).
    `feedback`: a QgsFeedback (progress, cancel) or None. `maps`: draw the territory map when a
    QgsApplication runs (headless too) — never stops the report when it cannot. Nothing is written
    to the database.
    """
    conn, profile, own = _connect(conn_or_profile)
    translator = _report_translator(language)  # the labels the statistics make are translated too
    try:
        progress = feedback.setProgress if feedback is not None else None
        is_canceled = feedback.isCanceled if feedback is not None else None
        if feedback is not None:
            feedback.canceled.connect(conn.cancel)
        try:
            data = collect(conn, start, end, language, query, progress)
        except psycopg2.errors.QueryCanceled:
            raise ReportError(tr("The report was cancelled.")) from None
        renderer = None
        if maps and not data.empty and _qgis_running():
            try:
                renderer = territory_map(profile, data.srid, conn, language)
            except Exception as exc:  # no map rather than no report
                LOG.warning("DLS map layers not made: %s", exc)
            conn.rollback()
        pages = render(data, output_path, municipality, language, renderer, progress=progress,
                       is_canceled=is_canceled)
        if progress:
            progress(100.0)
        return data, pages
    finally:
        if feedback is not None:
            try:
                feedback.canceled.disconnect(conn.cancel)
            except TypeError:
                pass
        if translator is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            QCoreApplication.removeTranslator(translator)
        if own:
            conn.close()
        else:
            conn.rollback()


def _connect(conn_or_profile):
    """(connection, profile for the map layers, whether we opened the connection)."""
    from ..core import credentials, database
    from ..core.profile import ConnectionProfile

    if isinstance(conn_or_profile, ConnectionProfile):
        profile = conn_or_profile
        return database.connect(profile, credentials.load_password(profile)), profile, True
    if isinstance(conn_or_profile, str):
        profile = ConnectionProfile.from_conninfo(conn_or_profile)
        return psycopg2.connect(conn_or_profile), profile, True
    parameters = conn_or_profile.get_dsn_parameters()
    profile = ConnectionProfile(name="report", host=parameters.get("host", ""),
                                port=int(parameters.get("port") or 5432), dbname=parameters.get("dbname", ""),
                                user=parameters.get("user", ""), sslmode=parameters.get("sslmode", "prefer"))
    return conn_or_profile, profile, False


def _qgis_running():
    try:
        from qgis.core import QgsApplication
    except ImportError:
        return False
    return isinstance(QgsApplication.instance(), QgsApplication)
