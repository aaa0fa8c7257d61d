"""The PPMS (school safety plan) PDF, made with reportlab from the structured plan kept in the database
(gpsu.ppms_plans), with the site map drawn by QGIS, and stored as a new 'ppms' version of the
school's documents.

    missing = missing_sections(plan)          # [(key, label, what is missing)]: listed before producing
    version, plan = produce(conn, plan)        # InvalidInput listing what is missing, else the new version
"""

import os
import tempfile
from datetime import datetime
from xml.sax.saxutils import escape

from qgis.PyQt.QtCore import QCoreApplication

from ..core import schools
from ..core.exceptions import GpsuError, InvalidInput
from ..core.i18n import load_translator, tr
from . import reflex_sheet

LOG = reflex_sheet.LOG


class PpmsError(GpsuError):
    """The PPMS PDF could not be made or stored."""


def missing_sections(plan):
    """The mandatory sections missing from `plan` (a PpmsPlan or its sections): [(key, label, what)]."""
    sections = plan.sections if isinstance(plan, schools.PpmsPlan) else plan
    return schools.missing_sections(sections)


def missing_text(missing):
    return "\n".join("• {} ({})".format(label, what) for _key, label, what in missing)


def document_title(plan):
    return "PPMS {}".format(schools.school_year_text(plan.school_year))


def render(plan, school, path, language=None, map_png=None, features=None, issued_at=None):
    """Write the PPMS PDF to `path` (atomically); returns the number of pages."""
    translator = None
    if language and language != "en" and QCoreApplication.instance() is not None:
        translator = load_translator(language)
    try:
        return _Writer(plan, school, map_png, features, issued_at or datetime.now().astimezone()).write(path)
    except GpsuError:
        raise
    except OSError as exc:
        raise PpmsError(tr("The PDF could not be written to {}.").format(path), str(exc)) from None
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


class _Writer:
    def __init__(self, plan, school, map_png, features, issued_at):
        self.plan, self.school, self.map_png, self.issued_at = plan, school, map_png, issued_at
        self.features = features or {"buildings": [], "areas": [], "routes": [], "points": []}
        self.sections = plan.sections or {}

    def _styles(self):
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        self.colors = colors
        ink, grey = colors.HexColor("#101828"), colors.HexColor("#475467")
        self.accent = colors.HexColor("#1f4e79")
        body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, textColor=ink, spaceAfter=3)
        self.styles = {
            "body": body,
            "small": ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=grey),
            "cover": ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=26, leading=31,
                                    spaceBefore=90, spaceAfter=12),
            "cover2": ParagraphStyle("c2", parent=body, fontSize=14, leading=19, textColor=grey),
            "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=13.5, leading=17,
                                 textColor=self.accent, spaceBefore=14, spaceAfter=6),
            "cell": ParagraphStyle("t", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
            "head": ParagraphStyle("th", parent=body, fontName="Helvetica-Bold", fontSize=8.5, leading=10.5,
                                   spaceAfter=0),
        }

    def p(self, text, style="body"):
        from reportlab.platypus import Paragraph

        return Paragraph(escape(str(text if text is not None else "")).replace("\n", "<br/>"), self.styles[style])

    def table(self, header, rows, widths):
        from reportlab.platypus import Table, TableStyle

        data = [[self.p(h, "head") for h in header]] + [[self.p(c, "cell") for c in row] for row in rows]
        if not rows:
            data.append([self.p(tr("(none)"), "cell")] + [""] * (len(header) - 1))
        table = Table(data, colWidths=[w * self.width for w in widths], repeatRows=1)
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), self.colors.HexColor("#eaf0f6")),
                                   ("GRID", (0, 0), (-1, -1), 0.3, self.colors.HexColor("#d0d5dd")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def pairs(self, rows):
        return self.table([tr("Item"), tr("Value")], [(k, v) for k, v in rows], [0.32, 0.68])

    def write(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import cm
        from reportlab.platypus import SimpleDocTemplate

        self._styles()
        width, height = A4
        margin = 2 * cm
        self.width = width - 2 * margin
        story = self.story()
        footer = "{} · {} · {}".format(self.school.name, document_title(self.plan),
                                       tr("confidential document"))

        def decorate(canvas, doc):
            canvas.saveState()
            canvas.setFillColor(self.accent)
            canvas.rect(0, height - 0.8 * cm, width, 0.8 * cm, stroke=0, fill=1)
            canvas.setFont("Helvetica", 7.5)
            canvas.setFillColor(self.colors.HexColor("#475467"))
            canvas.drawString(margin, 1.0 * cm, footer)
            canvas.drawRightString(width - margin, 1.0 * cm, str(doc.page))
            canvas.restoreState()

        directory = os.path.dirname(os.path.abspath(path))
        handle, temporary = tempfile.mkstemp(suffix=".pdf", dir=directory)
        os.close(handle)
        try:
            doc = SimpleDocTemplate(temporary, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=1.8 * cm,
                                    bottomMargin=1.8 * cm, title=document_title(self.plan), subject=self.school.name,
                                    author="GPS-U for QGIS", creator="GPS-U for QGIS")
            doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
            pages = doc.page
            os.replace(temporary, path)
            return pages
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)

    def story(self):
        from reportlab.platypus import PageBreak

        s, school, plan = self.sections, self.school, self.plan
        labels = {key: label for key, label, _m in schools.ppms_sections()}
        story = [self.p(tr("School safety plan (PPMS)"), "cover"), self.p(school.name, "cover2"),
                 self.p(tr("School year {}").format(schools.school_year_text(plan.school_year)), "cover2"),
                 self.p(" · ".join(x for x in (school.type_label, school.code, school.place()) if x), "cover2"),
                 self.p(tr("Made on {}").format(self.issued_at.strftime("%Y-%m-%d")), "small")]
        missing = schools.missing_sections(s)
        if missing:
            story.append(self.p(tr("Incomplete plan. Missing: {}").format(
                ", ".join(label for _k, label, _w in missing)), "body"))
        story.append(PageBreak())

        ident = s.get("identification") or {}
        story += [self.p("1. " + labels["identification"], "h1"), self.pairs([
            (tr("School"), school.name), (tr("Code"), school.code), (tr("Address"), school.place()),
            (tr("Head of school"), ident.get("director")), (tr("Phone"), ident.get("phone")),
            (tr("Email"), ident.get("email")), (tr("Deputy"), ident.get("deputy")),
            (tr("Pupils"), school.pupils), (tr("Staff"), school.staff),
            (tr("Buildings"), ", ".join("{} ({})".format(n, tr("{} floors").format(f)) if f is not None else n
                                        for n, f, _w in self.features["buildings"]))])]

        risks = s.get("risks") or {}
        names = dict(schools.ppms_risks())
        story += [self.p("2. " + labels["risks"], "h1")]
        story += [self.p("• " + names.get(code, code)) for code in risks.get("selected") or []]
        if risks.get("notes"):
            story.append(self.p(risks["notes"]))

        alerts = s.get("alerts") or {}
        story += [self.p("3. " + labels["alerts"], "h1"), self.pairs([
            (tr("Confinement"), alerts.get("confinement")), (tr("Evacuation"), alerts.get("evacuation")),
            (tr("Intrusion"), alerts.get("intrusion")), (tr("End of alert"), alerts.get("end"))])]

        story += [self.p("4. " + labels["crisis_cell"], "h1"),
                  self.table([tr("Role"), tr("Name"), tr("Phone"), tr("Other phone")],
                             schools.crisis_contacts(s), [0.28, 0.3, 0.21, 0.21])]

        story += [self.p("5. " + labels["confinement"], "h1"),
                  self.p((s.get("confinement") or {}).get("arrangements")),
                  self.table([tr("Confinement area")],
                             [(label or "—",) for _k, label, _w in self.features["areas"]], [1.0])]
        story += [self.p("6. " + labels["evacuation"], "h1"),
                  self.p((s.get("evacuation") or {}).get("arrangements")),
                  self.table([tr("Point"), tr("Type")],
                             [(label or "—", schools.point_kind_label(kind)) for kind, label, _w in
                              self.features["points"]], [0.6, 0.4])]
        story += self.site_map()

        equipment = s.get("equipment") or {}
        items = dict(schools.ppms_equipment())
        story += [self.p("7. " + labels["equipment"], "h1")]
        story += [self.p("• " + items.get(code, code)) for code in equipment.get("items") or []]
        if equipment.get("notes"):
            story.append(self.p(equipment["notes"]))

        log = (s.get("exercises") or {}).get("log") or []
        story += [self.p("8. " + labels["exercises"], "h1"),
                  self.table([tr("Date"), tr("Exercise"), tr("Scenario"), tr("Lessons learnt")],
                             [(e.get("date"), e.get("kind"), e.get("scenario"), e.get("lessons")) for e in log
                              if isinstance(e, dict)], [0.15, 0.17, 0.3, 0.38])]
        return story

    def site_map(self):
        from reportlab.platypus import CondPageBreak, Image, Spacer

        if not self.map_png:
            return []
        import io

        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(self.map_png))
        px_w, px_h = reader.getSize()
        height = self.width * px_h / px_w
        return [Spacer(1, 8), CondPageBreak(height + 30), self.p(tr("Site map (QGIS)"), "h1"),
                Image(io.BytesIO(self.map_png), width=self.width, height=height),
                self.p(tr("Access points, assembly points, confinement areas, evacuation routes and cut-offs "
                          "as drawn on the map."), "small")]


def produce(conn, plan, language=None, with_map=True, issued_at=None):
    """Make the PDF of `plan` and store it as a new 'ppms' version of the school (one transaction).

    Refused (InvalidInput listing them) while mandatory sections are missing. The plan is saved
    first when it has never been. Returns (DocumentVersion, plan)."""
    missing = missing_sections(plan)
    if missing:
        raise InvalidInput(tr("The PPMS cannot be produced yet; these mandatory sections are missing:\n{}")
                           .format(missing_text(missing)))
    if plan.id is None:
        plan = schools.save_ppms(conn, plan)
    school = schools.school(conn, plan.school_id)
    data = reflex_sheet.collect(conn, plan.school_id)
    map_png = None
    if with_map:
        try:
            map_png = reflex_sheet.site_map(data)
        except Exception as exc:  # a map that fails never stops the plan
            LOG.warning("PPMS: the map of school %s was not drawn: %s", plan.school_id, exc)
    handle, path = tempfile.mkstemp(suffix=".pdf", prefix="gpsu-ppms-")
    os.close(handle)
    try:
        render(plan, school, path, language, map_png, data.features, issued_at)
        with open(path, "rb") as pdf:
            content = pdf.read()
    finally:
        os.unlink(path)
    filename = schools.safe_filename("PPMS_{}_{}.pdf".format(school.code, schools.school_year_text(plan.school_year)))
    try:
        version = schools.upload_document(conn, plan.school_id, "ppms", document_title(plan), filename, content,
                                          "application/pdf", commit=False)
        plan = schools.link_ppms_document(conn, plan, version.id, commit=False)
        conn.commit()
    except BaseException:
        if not conn.closed:
            conn.rollback()
        raise
    return version, plan
