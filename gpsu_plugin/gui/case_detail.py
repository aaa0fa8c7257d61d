"""The detail of one case, under the list in the cases dock: what was observed, the timeline, the
tasks of other services, the attachments, and the changes this user may make.

Every change goes through gpsu_plugin.core.cases with the version the user saw; the database has
the last word (transitions, comments, versions). When someone else changed the case first, the
widget says who and what, reloads the case and keeps what the user typed so it can be applied again.
"""

import os
import re
import tempfile
from datetime import datetime, timezone

from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame,
                                 QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                                 QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QStackedWidget,
                                 QTabWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core import cases, incidents
from ..core.exceptions import InvalidInput, VersionConflict
from ..core.i18n import tr, user_language
from .cases_model import format_datetime
from .messages import connection_of, readable_error, size_text


TASK_STATUSES = ("dispatched", "in_progress", "resolved", "rejected")
STATUS_COLOURS = {"new": "#1570ef", "dispatched": "#6941c6", "in_progress": "#dc6803", "resolved": "#039855",
                  "closed": "#475467", "rejected": "#b42318", "duplicate": "#98a2b3"}
_WARNING_STYLE = ("QFrame#GpsuConflict { background: #fffaeb; border: 1px solid #fec84b; border-radius: 4px; }")
ACTION_COLOURS = {"created": "#1570ef", "reassigned": "#dc6803", "updated": "#98a2b3", "step": "#039855",
                  "shared": "#0e9384", "task_status_changed": "#6941c6"}
_attachment_dir = None


def action_words():
    """The history action codes of migration 0002, in words."""
    return {
        "created": tr("Created"),
        "status_changed": tr("Status changed"),
        "reassigned": tr("Reassigned"),
        "updated": tr("Updated"),
        "step": tr("Step taken"),
        "shared": tr("Shared with a service"),
        "task_status_changed": tr("Task status changed"),
    }


def _attachments_folder():
    """A private temporary folder for opened attachments, removed when QGIS exits."""
    global _attachment_dir
    if _attachment_dir is None:
        _attachment_dir = tempfile.TemporaryDirectory(prefix="gpsu-attachments-")
    return _attachment_dir.name


def _dialog(parent, title, intro=""):
    """A small form dialog built in code; returns (dialog, form layout, button box)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(420)
    layout = QVBoxLayout(dialog)
    if intro:
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
    form = QFormLayout()
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog, form, buttons


def _comment_box(initial="", placeholder=""):
    box = QPlainTextEdit()
    box.setPlainText(initial or "")
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(80)
    return box


def _require(buttons, *checks):
    """Enable OK only while every check() is true; re-evaluated whenever an input changes."""
    ok = buttons.button(QDialogButtonBox.Ok)

    def update(*_args):
        ok.setEnabled(all(check() for check in checks))
    update()
    return update


class CaseDetailWidget(QWidget):
    """Shows one case (`load(case_id)`) and applies the changes the user asks for."""

    caseChanged = pyqtSignal(int)
    detailLoaded = pyqtSignal(object)   # core.cases.CaseDetail
    failed = pyqtSignal(object)         # an error to show (the dock puts it in its message bar)

    def __init__(self, connection, parent=None, language=None):
        super().__init__(parent)
        self.setObjectName("GpsuCaseDetail")
        self.connection = connection
        self.language = language or user_language()
        self.detail = None
        self.kept = None            # what the user typed for a change that was not saved
        self.last_error = None
        self.conflict_changes_shown = []
        self._lookups = None
        self._template_labels = {}
        self._build()
        self.clear()

    # -- layout -----------------------------------------------------------------------------------

    def _build(self):
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.placeholder = QLabel(tr("Select a case in the list to see its detail."))
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #667085;")
        self.stack.addWidget(self.placeholder)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        scroll = QScrollArea()      # a short dock scrolls rather than squeezing the case
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)

        title_row = QHBoxLayout()
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status_badge = QLabel()
        self.status_badge.setAlignment(Qt.AlignCenter)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.status_badge)
        layout.addLayout(title_row)

        header = QGridLayout()
        header.setHorizontalSpacing(12)
        header.setVerticalSpacing(2)
        self.fields = {}
        names = (("category", tr("Category")), ("priority", tr("Priority")), ("service", tr("Service")),
                 ("due", tr("Due")), ("district", tr("District")), ("observed", tr("Observed")),
                 ("place", tr("Place")), ("reporter", tr("Recorded")))
        for position, (key, label) in enumerate(names):
            name = QLabel(label)
            name.setStyleSheet("color: #667085;")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            row, column = divmod(position, 2)
            header.addWidget(name, row, column * 2, Qt.AlignTop)
            header.addWidget(value, row, column * 2 + 1, Qt.AlignTop)
            self.fields[key] = value
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        layout.addLayout(header)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.description)
        self.template = QLabel()
        self.template.setWordWrap(True)
        self.template.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.template)

        self.status_row = QHBoxLayout()
        self.status_row.setSpacing(4)
        self.status_buttons = {}
        layout.addLayout(self.status_row)

        other_row = QHBoxLayout()
        other_row.setSpacing(4)
        self.reassign_button = QPushButton(tr("Reassign…"))
        self.share_button = QPushButton(tr("Share with a service…"))
        self.step_button = QPushButton(tr("Record a step…"))
        for button in (self.reassign_button, self.share_button, self.step_button):
            other_row.addWidget(button)
        other_row.addStretch()
        layout.addLayout(other_row)

        self.conflict = QFrame()
        self.conflict.setObjectName("GpsuConflict")
        self.conflict.setStyleSheet(_WARNING_STYLE)
        conflict_layout = QVBoxLayout(self.conflict)
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setTextFormat(Qt.RichText)
        self.conflict_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        conflict_layout.addWidget(self.conflict_text)
        conflict_buttons = QHBoxLayout()
        self.retry_button = QPushButton(tr("Apply my change again…"))
        self.dismiss_button = QPushButton(tr("Discard my change"))
        conflict_buttons.addWidget(self.retry_button)
        conflict_buttons.addWidget(self.dismiss_button)
        conflict_buttons.addStretch()
        conflict_layout.addLayout(conflict_buttons)
        layout.addWidget(self.conflict)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setMinimumHeight(200)
        layout.addWidget(self.tabs, 1)

        self.timeline = QTextBrowser()
        self.timeline.setOpenLinks(False)
        self.timeline.setFrameShape(QFrame.NoFrame)
        self.timeline_rows = []     # [(when, who, what, comment)], oldest first; shown newest first
        self.tabs.addTab(self.timeline, tr("Timeline"))

        tasks_page = QWidget()
        tasks_layout = QVBoxLayout(tasks_page)
        tasks_layout.setContentsMargins(0, 4, 0, 0)
        self.tasks = QTreeWidget()
        self.tasks.setRootIsDecorated(False)
        self.tasks.setHeaderLabels([tr("Service"), tr("Status"), tr("Description")])
        self.tasks.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.tasks.header().setStretchLastSection(True)
        self.tasks.setSelectionMode(QAbstractItemView.SingleSelection)
        tasks_layout.addWidget(self.tasks)
        task_buttons = QHBoxLayout()
        self.task_status_button = QPushButton(tr("Change the task's status…"))
        task_buttons.addWidget(self.task_status_button)
        task_buttons.addStretch()
        tasks_layout.addLayout(task_buttons)
        self.tabs.addTab(tasks_page, tr("Tasks"))

        self.attachments = QListWidget()
        self.attachments.setToolTip(tr("Double-click an attachment to open it."))
        self.tabs.addTab(self.attachments, tr("Attachments"))

        self.reassign_button.clicked.connect(self.reassign_clicked)
        self.share_button.clicked.connect(self.share_clicked)
        self.step_button.clicked.connect(self.step_clicked)
        self.task_status_button.clicked.connect(self.task_status_clicked)
        self.tasks.itemSelectionChanged.connect(self._update_task_button)
        self.attachments.itemActivated.connect(self._attachment_activated)
        self.retry_button.clicked.connect(self.retry_kept)
        self.dismiss_button.clicked.connect(self.discard_kept)

    # -- loading ----------------------------------------------------------------------------------

    @property
    def case_id(self):
        return self.detail.case["id"] if self.detail is not None else None

    def _conn(self):
        return connection_of(self.connection)

    def lookups(self):
        """Labels of statuses, priorities, services and categories (read once)."""
        if self._lookups is None:
            conn = self._conn()
            self._lookups = {
                "statuses": {code: label for code, label, _open in cases.statuses(conn, self.language)},
                "priorities": dict(incidents.priorities(conn, self.language)),
                "services": dict(cases.services(conn, self.language)),
            }
            categories = incidents.categories(conn, self.language)
            self._lookups["categories"] = {c.id: c.label for c in categories}
            self._lookups["colours"] = {c.id: c.colour for c in categories}
        return self._lookups

    def reset_lookups(self):
        """Read the labels again next time (services or categories were changed)."""
        self._lookups = None

    def clear(self):
        self.detail = None
        self.conflict.hide()
        self.stack.setCurrentWidget(self.placeholder)

    def load(self, case_id):
        """Read and show case `case_id`; returns its CaseDetail, or None (the error is reported)."""
        try:
            conn = self._conn()
            lookups = self.lookups()
            detail = cases.case_detail(conn, case_id, self.language)
            self._template_labels = {f.key: f for f in
                                     incidents.template_fields(conn, detail.case["category_id"], self.language)}
        except Exception as error:
            self._report(error)
            return None
        if self.kept is not None and self.kept.get("case_id") != case_id:
            self.kept = None
        if self.case_id != case_id:
            self.conflict.hide()
        self.detail = detail
        self._show(detail, lookups)
        self.stack.setCurrentIndex(1)
        self.detailLoaded.emit(detail)
        return detail

    def reload(self):
        return self.load(self.case_id) if self.case_id is not None else None

    def _show(self, detail, lookups):
        case = detail.case
        statuses = lookups["statuses"]
        self.title.setText("<span style='font-size: 14pt; font-weight: bold;'>{}</span>".format(
            _html(case["number"])))
        colour = STATUS_COLOURS.get(case["status"], "#475467")
        self.status_badge.setText(statuses.get(case["status"], case["status"]))
        self.status_badge.setStyleSheet(
            "QLabel {{ background: {}; color: white; border-radius: 8px; padding: 2px 10px; "
            "font-weight: bold; }}".format(colour))
        category_colour = lookups["colours"].get(case["category_id"], "")
        self.fields["category"].setText("<span style='color: {};'>&#9632;</span> {}".format(
            category_colour, _html(case["category"])) if category_colour else _html(case["category"]))
        self.fields["priority"].setText(_html(lookups["priorities"].get(case["priority"], str(case["priority"]))))
        self.fields["service"].setText(_html(case["service"] or tr("Not dispatched")))
        due = format_datetime(case["due_at"])
        overdue = _is_overdue(case)
        self.fields["due"].setText("<span style='color: #b42318; font-weight: bold;'>{} ({})</span>".format(
            _html(due), _html(tr("overdue"))) if overdue else _html(due))
        self.fields["place"].setText(_html(case["place"] or "–"))
        if case["observed_at"] is not None:
            observed = format_datetime(case["observed_at"])
        else:
            observed = tr("between {start} and {end}").format(start=format_datetime(case["observed_from"]),
                                                              end=format_datetime(case["observed_to"]))
        self.fields["observed"].setText(_html(observed))
        self.fields["district"].setText(_html(case["district"] or "–"))
        self.fields["reporter"].setText(_html(tr("{when} by {who}").format(
            when=format_datetime(case["recorded_at"]), who=case["reporter"])))
        missing = tr("No description.") if detail.personal_details else tr("Hidden (personal details)")
        self.description.setText(_html(case["description"]) if case["description"] else
                                 "<i style='color: #667085;'>{}</i>".format(_html(missing)))
        self.description.setTextFormat(Qt.RichText)
        self.template.setTextFormat(Qt.RichText)
        values = self.template_values()
        self.template.setText("<br>".join("<span style='color: #667085;'>{}:</span> {}".format(
            _html(label), _html(value)) for label, value in values))
        self.template.setVisible(bool(values))
        self._show_actions(detail, statuses)
        self._show_timeline(detail, lookups)
        self._show_tasks(detail, statuses)
        self._show_attachments(detail)

    def template_values(self):
        """[(label, value in words)] of the observation template of the shown case."""
        values = []
        for key, value in (self.detail.case.get("template") or {}).items():
            field = self._template_labels.get(key)
            if value is None or str(value).strip() == "":
                continue
            if field is not None and field.field_type == "boolean":
                value = tr("Yes") if str(value).lower() == "true" else tr("No")
            elif field is not None and field.field_type == "choice":
                value = str(value).replace("_", " ").capitalize()   # choices are codes: car_boot
            values.append((field.label if field is not None else key, str(value)))
        return values

    def _show_actions(self, detail, statuses):
        while self.status_row.count():
            item = self.status_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.status_buttons = {}
        for to_status, requires_comment in detail.allowed_statuses:
            label = statuses.get(to_status, to_status)
            button = QPushButton("→ " + label + "…")   # each asks for a comment (required or not)
            button.setObjectName("gpsu_status_" + to_status)
            button.setToolTip(tr("Change the status to \"{}\"").format(label))
            button.clicked.connect(lambda _checked=False, s=to_status, r=requires_comment: self.status_clicked(s, r))
            self.status_row.addWidget(button)
            self.status_buttons[to_status] = button
        self.status_row.addStretch()
        is_open = detail.case["status"] not in ("closed", "rejected", "duplicate")
        self.share_button.setEnabled(is_open)
        # what the role may not do is not offered (the database would refuse it anyway)
        self.share_button.setVisible(detail.may_work)
        self.reassign_button.setVisible(detail.may_work)
        self.step_button.setVisible(detail.may_record_step)

    def _show_timeline(self, detail, lookups):
        words = action_words()
        statuses, services = lookups["statuses"], lookups["services"]
        tasks = {task["id"]: task for task in detail.tasks}
        self.timeline_rows = []
        blocks = []
        for entry in detail.timeline:
            action = words.get(entry["action"], entry["action"])
            details = entry.get("details") or {}
            change = ""
            if entry["action"] == "reassigned":
                change = "{} → {}".format(services.get(details.get("from_service"), "–"),
                                          services.get(details.get("to_service"), "–"))
            elif entry["action"] == "shared":
                change = services.get(details.get("service_id"), "–")
            elif entry["old_status"] and entry["new_status"]:
                change = "{} → {}".format(statuses.get(entry["old_status"], entry["old_status"]),
                                          statuses.get(entry["new_status"], entry["new_status"]))
            elif entry["new_status"]:
                change = statuses.get(entry["new_status"], entry["new_status"])
            task = tasks.get(entry["task_id"]) if entry["task_id"] else None
            if task is not None and entry["action"] in ("task_status_changed", "step"):
                action = "{} ({})".format(action, task["service"])
            what = "{}: {}".format(action, change) if change else action
            when = format_datetime(entry["at"])
            self.timeline_rows.append((when, entry["actor"], what, entry["comment"] or ""))
            colour = ACTION_COLOURS.get(entry["action"], "#98a2b3")
            if entry["action"] == "status_changed":
                colour = STATUS_COLOURS.get(entry["new_status"], colour)
            comment = "<br><span style='color: #344054;'>“{}”</span>".format(_html(entry["comment"])) \
                if entry["comment"] else ""
            blocks.append(
                "<tr><td valign='top' style='color: {colour}; font-size: 13pt; padding-right: 6px;'>●</td>"
                "<td style='padding-bottom: 6px;'><span style='color: #667085;'>{when} · {who}</span><br>"
                "<b>{action}</b>{change}{comment}</td></tr>".format(
                    colour=colour, when=_html(when), who=_html(entry["actor"]), action=_html(action),
                    change=": " + _html(change) if change else "", comment=comment))
        self.timeline.setHtml("<table cellspacing='0' cellpadding='1' width='100%'>{}</table>".format(
            "".join(reversed(blocks))))
        self.tabs.setTabText(0, tr("Timeline ({})").format(len(detail.timeline)))

    def _show_tasks(self, detail, statuses):
        self.tasks.clear()
        for task in detail.tasks:
            item = QTreeWidgetItem([task["service"], statuses.get(task["status"], task["status"]),
                                    task["description"] or ""])
            item.setData(0, Qt.UserRole, task["id"])
            item.setToolTip(2, task["description"] or "")
            self.tasks.addTopLevelItem(item)
        self.tabs.setTabText(1, tr("Tasks ({})").format(len(detail.tasks)))
        self._update_task_button()

    def _show_attachments(self, detail):
        self.attachments.clear()
        for attachment in detail.attachments:
            item = QListWidgetItem("{} ({})".format(attachment["filename"], size_text(attachment["size_bytes"])))
            item.setData(Qt.UserRole, attachment["id"])
            item.setToolTip(tr("{type}, added by {author} on {date}").format(
                type=attachment["mime_type"], author=attachment["author"],
                date=format_datetime(attachment["created_at"])))
            self.attachments.addItem(item)
        self.tabs.setTabText(2, tr("Attachments ({})").format(len(detail.attachments)))

    def _update_task_button(self):
        self.task_status_button.setEnabled(self.selected_task() is not None)

    def selected_task(self):
        items = self.tasks.selectedItems()
        if not items or self.detail is None:
            return None
        task_id = items[0].data(0, Qt.UserRole)
        return next((task for task in self.detail.tasks if task["id"] == task_id), None)

    # -- errors -----------------------------------------------------------------------------------

    def _report(self, error):
        self.last_error = error
        self.failed.emit(error)

    # -- changes (no dialog: the buttons ask, then call these) ------------------------------------

    def apply_status(self, to_status, comment="", duplicate_number=""):
        """Change the shown case's status at the version the user saw."""
        kept = {"action": "status", "to_status": to_status, "comment": comment,
                "duplicate_number": duplicate_number}

        def change(conn):
            duplicate_of = None
            if to_status == "duplicate":
                duplicate_of = self.find_case_id(conn, duplicate_number)
            cases.change_status(conn, self.case_id, self.detail.case["version"], to_status, comment,
                                duplicate_of=duplicate_of, original=self.detail.case)
        return self._change(kept, change)

    def find_case_id(self, conn, number):
        """The id of the case numbered `number` (exactly), for "duplicate of"."""
        number = (number or "").strip()
        if not number:
            raise InvalidInput(tr("Give the number of the case this one duplicates."))
        page = cases.list_cases(conn, cases.CaseFilter(text=number), limit=20, language=self.language)
        for row in page.rows:
            if row.number == number:
                if row.id == self.case_id:
                    raise InvalidInput(tr("A case cannot duplicate itself."))
                return row.id
        raise InvalidInput(tr("No case has the number {}.").format(number))

    def apply_reassign(self, service_id, reason):
        kept = {"action": "reassign", "service_id": service_id, "comment": reason}
        return self._change(kept, lambda conn: cases.reassign(
            conn, self.case_id, self.detail.case["version"], service_id, reason, original=self.detail.case))

    def apply_share(self, service_id, description=""):
        kept = {"action": "share", "service_id": service_id, "comment": description}
        return self._change(kept, lambda conn: cases.share_with_service(conn, self.case_id, service_id,
                                                                          description or ""))

    def apply_step(self, comment, task_id=None):
        kept = {"action": "step", "task_id": task_id, "comment": comment}
        return self._change(kept, lambda conn: cases.record_step(conn, self.case_id, comment, task_id))

    def apply_task_status(self, task_id, to_status, comment=""):
        task = next((t for t in self.detail.tasks if t["id"] == task_id), None)
        if task is None:
            self._report(InvalidInput(tr("This task does not exist (any more).")))
            return False
        kept = {"action": "task_status", "task_id": task_id, "to_status": to_status, "comment": comment}
        return self._change(kept, lambda conn: cases.change_task_status(conn, task_id, task["version"], to_status,
                                                                        comment))

    def _change(self, kept, function):
        """Run a change; on success reload and emit caseChanged, on failure keep what was typed."""
        if self.detail is None:
            return False
        case_id = self.case_id
        seen = self.detail
        kept["case_id"] = case_id
        try:
            function(self._conn())
        except Exception as error:
            self.kept = kept
            readable = readable_error(error)
            if isinstance(readable, VersionConflict):
                self.load(case_id)
                self._show_conflict(readable, seen, kept)
                self.last_error = readable
                self.caseChanged.emit(case_id)  # the list shows their version too
            else:
                self._report(error)
            return False
        self.kept = None
        self.conflict.hide()
        self.load(case_id)
        self.caseChanged.emit(case_id)
        return True

    # -- conflicts --------------------------------------------------------------------------------

    def conflict_changes(self, error, seen):
        """[(field, before, after)] in words: what the other person changed since `seen`."""
        lookups = self.lookups()
        current = self.detail.case if self.detail is not None else (error.current or {})
        names = {"status": tr("Status"), "priority": tr("Priority"), "category_id": tr("Category"),
                 "service_id": tr("Service"), "description": tr("Description"), "place": tr("Place"),
                 "due_at": tr("Due"), "duplicate_of": tr("Duplicate of")}

        def words(key, value):
            if value is None or value == "":
                return "–"
            if key == "status":
                return lookups["statuses"].get(value, value)
            if key == "priority":
                return lookups["priorities"].get(value, str(value))
            if key == "service_id":
                return lookups["services"].get(value, str(value))
            if key == "category_id":
                return lookups["categories"].get(value, str(value))
            if key == "due_at":
                return format_datetime(value)
            return str(value)

        pairs = dict(error.changes or {})
        if not pairs:
            pairs = {key: (seen.case.get(key), current.get(key)) for key in names
                     if seen.case.get(key) != current.get(key)}
        changes = [(names.get(key, key), words(key, before), words(key, after))
                   for key, (before, after) in pairs.items()]
        if self.detail is not None:
            theirs = {task["id"]: task for task in self.detail.tasks}
            for task in seen.tasks:
                now = theirs.get(task["id"])
                if now is not None and now["status"] != task["status"]:
                    changes.append((tr("Task of {}").format(task["service"]),
                                    words("status", task["status"]), words("status", now["status"])))
            for task in self.detail.tasks:
                if task["id"] not in {t["id"] for t in seen.tasks}:
                    changes.append((tr("Shared with"), "–", task["service"]))
        return changes

    def _show_conflict(self, error, seen, kept):
        lines = ["<b>{}</b>".format(_html(error.message))]
        if self.detail is not None and self.detail.timeline:
            last = self.detail.timeline[-1]
            lines.append(_html(tr("Last change by {who} on {when}.").format(
                who=last["actor"], when=format_datetime(last["at"]))))
        changes = self.conflict_changes(error, seen)
        if changes:
            lines.append(_html(tr("Their changes:")) + "<ul style='margin: 0;'>" + "".join(
                "<li>{}: {} → {}</li>".format(_html(field), _html(before), _html(after))
                for field, before, after in changes) + "</ul>")
        if kept.get("comment"):
            lines.append(_html(tr("Your text, kept: “{}”").format(kept["comment"])))
        self.conflict_text.setText("<br>".join(lines))
        self.conflict_changes_shown = changes
        self.retry_button.setEnabled(self._kept_still_possible(kept))
        self.conflict.show()

    def _kept_still_possible(self, kept):
        if self.detail is None:
            return False
        if kept["action"] == "status":
            return kept["to_status"] in self.status_buttons
        if kept["action"] == "task_status":
            return any(task["id"] == kept["task_id"] for task in self.detail.tasks)
        return True

    def retry_kept(self):
        """Open the same change again, with what the user typed."""
        kept = self.kept
        if kept is None:
            return
        if kept["action"] == "status":
            requires = dict(self.detail.allowed_statuses).get(kept["to_status"], False)
            self.status_clicked(kept["to_status"], requires)
        elif kept["action"] == "reassign":
            self.reassign_clicked()
        elif kept["action"] == "share":
            self.share_clicked()
        elif kept["action"] == "step":
            self.step_clicked()
        elif kept["action"] == "task_status":
            self.task_status_clicked(kept["task_id"])

    def discard_kept(self):
        self.kept = None
        self.conflict.hide()

    def _kept_text(self, action, **match):
        """The text typed for the same change last time, if it was not saved."""
        kept = self.kept
        if kept is None or kept["action"] != action or kept.get("case_id") != self.case_id:
            return ""
        if any(kept.get(key) != value for key, value in match.items()):
            return ""
        return kept.get("comment") or ""

    # -- the buttons: ask, then apply -------------------------------------------------------------

    def status_clicked(self, to_status, requires_comment):
        initial = self._kept_text("status", to_status=to_status)
        answer = self.ask_status(to_status, requires_comment, initial)
        if answer is not None:
            self.apply_status(to_status, answer["comment"], answer.get("duplicate_number", ""))

    def reassign_clicked(self):
        answer = self.ask_reassign(self._kept_text("reassign"))
        if answer is not None:
            self.apply_reassign(answer["service_id"], answer["comment"])

    def share_clicked(self):
        answer = self.ask_share(self._kept_text("share"))
        if answer is not None:
            self.apply_share(answer["service_id"], answer["comment"])

    def step_clicked(self):
        answer = self.ask_step(self._kept_text("step"))
        if answer is not None:
            self.apply_step(answer["comment"], answer.get("task_id"))

    def task_status_clicked(self, task_id=None):
        task = self.selected_task() if not task_id else \
            next((t for t in self.detail.tasks if t["id"] == task_id), None)
        if task is None:
            return
        try:
            allowed = [(status, requires) for status, requires in
                       cases.allowed_transitions(self._conn(), task["status"]) if status in TASK_STATUSES]
            self._conn().rollback()
        except Exception as error:
            self._report(error)
            return
        if not allowed:
            self._report(InvalidInput(tr("This task's status can no longer change.")))
            return
        answer = self.ask_task_status(task, allowed, self._kept_text("task_status", task_id=task["id"]))
        if answer is not None:
            self.apply_task_status(task["id"], answer["to_status"], answer["comment"])

    def _attachment_activated(self, item):
        self.open_attachment(item.data(Qt.UserRole))

    def open_attachment(self, attachment_id, open_it=True):
        """Save the attachment in a private temporary folder and open it; returns the path."""
        try:
            found = cases.attachment_content(self._conn(), attachment_id)
        except Exception as error:
            self._report(error)
            return None
        if found is None:
            self._report(InvalidInput(tr("This attachment does not exist (any more).")))
            return None
        filename, _mime_type, content = found
        safe = re.sub(r"[^\w.\- ]", "_", os.path.basename(filename)) or "attachment"
        folder = tempfile.mkdtemp(dir=_attachments_folder())
        path = os.path.join(folder, safe)
        with open(path, "wb") as handle:
            handle.write(content)
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return path

    # -- the dialogs (replaced in tests) ----------------------------------------------------------

    def ask_status(self, to_status, requires_comment, initial=""):
        """{"comment", "duplicate_number"} or None when cancelled."""
        label = self.lookups()["statuses"].get(to_status, to_status)
        dialog, form, buttons = _dialog(self, tr("GPS-U – change the status"),
                                        tr("Case {number}: change the status to \"{status}\".").format(
                                            number=self.detail.case["number"], status=label))
        number = None
        if to_status == "duplicate":
            number = QLineEdit()
            number.setPlaceholderText(tr("e.g. 2026-00042"))
            form.addRow(tr("Duplicate of case"), number)
        comment = _comment_box(initial, tr("Required") if requires_comment else tr("Optional"))
        form.addRow(tr("Comment"), comment)
        checks = []
        if requires_comment:
            checks.append(lambda: comment.toPlainText().strip() != "")
        if number is not None:
            checks.append(lambda: number.text().strip() != "")
            number.textChanged.connect(lambda _text: update())
        update = _require(buttons, *checks)
        comment.textChanged.connect(update)
        if dialog.exec_() != QDialog.Accepted:
            self._keep_typed("status", comment.toPlainText(), to_status=to_status)
            return None
        return {"comment": comment.toPlainText().strip(),
                "duplicate_number": number.text().strip() if number is not None else ""}

    def _services_combo(self, exclude=()):
        combo = QComboBox()
        for service_id, label in sorted(self.lookups()["services"].items(), key=lambda pair: pair[1]):
            if service_id not in exclude:
                combo.addItem(label, service_id)
        return combo

    def ask_reassign(self, initial=""):
        dialog, form, buttons = _dialog(self, tr("GPS-U – reassign the case"),
                                        tr("Case {}: give it to another service.").format(self.detail.case["number"]))
        service = self._services_combo(exclude=(self.detail.case["service_id"],))
        reason = _comment_box(initial, tr("Required"))
        form.addRow(tr("Service"), service)
        form.addRow(tr("Reason"), reason)
        update = _require(buttons, lambda: service.currentIndex() >= 0,
                          lambda: reason.toPlainText().strip() != "")
        reason.textChanged.connect(update)
        if dialog.exec_() != QDialog.Accepted:
            self._keep_typed("reassign", reason.toPlainText())
            return None
        return {"service_id": service.currentData(), "comment": reason.toPlainText().strip()}

    def ask_share(self, initial=""):
        dialog, form, buttons = _dialog(self, tr("GPS-U – share with a service"),
                                        tr("Case {}: open a task for another service, which follows it with "
                                           "its own status.").format(self.detail.case["number"]))
        exclude = {self.detail.case["service_id"]} | {task["service_id"] for task in self.detail.tasks}
        service = self._services_combo(exclude=exclude)
        description = _comment_box(initial, tr("What the service is asked to do"))
        form.addRow(tr("Service"), service)
        form.addRow(tr("Request"), description)
        _require(buttons, lambda: service.currentIndex() >= 0)
        if dialog.exec_() != QDialog.Accepted:
            self._keep_typed("share", description.toPlainText())
            return None
        return {"service_id": service.currentData(), "comment": description.toPlainText().strip()}

    def ask_step(self, initial=""):
        dialog, form, buttons = _dialog(self, tr("GPS-U – record a step"),
                                        tr("Case {}: a step your service took. It stays in the case's history "
                                           "for good.").format(self.detail.case["number"]))
        concerns = QComboBox()
        concerns.addItem(tr("The case"), None)
        for task in self.detail.tasks:
            concerns.addItem(tr("The task of {}").format(task["service"]), task["id"])
        comment = _comment_box(initial, tr("e.g. Owner contacted by phone; removal planned on Monday"))
        if self.detail.tasks:
            form.addRow(tr("Concerns"), concerns)
        form.addRow(tr("Step"), comment)
        update = _require(buttons, lambda: comment.toPlainText().strip() != "")
        comment.textChanged.connect(update)
        if dialog.exec_() != QDialog.Accepted:
            self._keep_typed("step", comment.toPlainText())
            return None
        return {"comment": comment.toPlainText().strip(), "task_id": concerns.currentData()}

    def ask_task_status(self, task, allowed, initial=""):
        statuses = self.lookups()["statuses"]
        dialog, form, buttons = _dialog(self, tr("GPS-U – task status"),
                                        tr("Task of {service} on case {number}.").format(
                                            service=task["service"], number=self.detail.case["number"]))
        target = QComboBox()
        for status, requires in allowed:
            target.addItem(statuses.get(status, status), (status, requires))
        comment = _comment_box(initial, tr("Optional"))
        form.addRow(tr("New status"), target)
        form.addRow(tr("Comment"), comment)
        update = _require(buttons, lambda: not target.currentData()[1] or comment.toPlainText().strip() != "")
        comment.textChanged.connect(update)
        target.currentIndexChanged.connect(update)
        if dialog.exec_() != QDialog.Accepted:
            self._keep_typed("task_status", comment.toPlainText(), task_id=task["id"])
            return None
        return {"to_status": target.currentData()[0], "comment": comment.toPlainText().strip()}

    def _keep_typed(self, action, text, **extra):
        """A cancelled dialog keeps its text for the next time the same change is opened."""
        if text.strip():
            self.kept = dict(extra, action=action, comment=text, case_id=self.case_id)


def _html(text):
    return (str(text) if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(
        ">", "&gt;").replace("\n", "<br>")


def _is_overdue(case):
    return (case["status"] in cases.OPEN_STATUSES and case["due_at"] is not None
            and case["due_at"] < datetime.now(timezone.utc))


