"""The observation template of a category ("modèle-type de constat"): one input per field."""

from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QDate, QRegularExpression, Qt
from qgis.PyQt.QtGui import QIntValidator, QRegularExpressionValidator
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..core.i18n import tr

PLATE_PATTERN = QRegularExpression("[A-Za-z0-9][A-Za-z0-9 -]{0,14}")  # upper-cased as typed


class TemplateForm(QWidget):
    """Inputs for a list of core.incidents.TemplateField; `values()` gives what the database stores
    (strings, 'true'/'false' for booleans, ISO dates; empty fields left out)."""

    def __init__(self, fields=(), parent=None):
        super().__init__(parent)
        self.form_layout = QFormLayout(self)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields = []
        self.inputs = {}
        self.set_fields(fields)

    # -- building ---------------------------------------------------------------------------------

    def set_fields(self, fields):
        """Rebuild the inputs for `fields` (what was typed before is dropped: see values())."""
        while self.form_layout.rowCount():
            self.form_layout.removeRow(0)
        self.fields = list(fields)
        self.inputs = {}
        for template_field in self.fields:
            widget = self._input_for(template_field)
            widget.setObjectName("template_" + template_field.key)
            self.inputs[template_field.key] = widget
            label = QLabel(template_field.label + (" *" if template_field.required else ""))
            label.setWordWrap(True)
            label.setBuddy(widget)
            if template_field.required:
                label.setToolTip(tr("Required"))
            self.form_layout.addRow(label, widget)

    @staticmethod
    def _input_for(template_field):
        kind = template_field.field_type
        if kind == "long_text":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setMaximumHeight(64)
        elif kind == "integer":
            widget = QLineEdit()
            widget.setValidator(QIntValidator(widget))
        elif kind == "date":
            widget = QgsDateEdit()
            widget.setAllowNull(True)
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("yyyy-MM-dd")
            widget.clear()
        elif kind == "plate":
            widget = QLineEdit()
            widget.setValidator(QRegularExpressionValidator(PLATE_PATTERN, widget))
            widget.setPlaceholderText(tr("e.g. 1-ABC-234"))
            widget.textEdited.connect(lambda text, edit=widget: _uppercase(edit, text))
        elif kind == "choice":
            widget = QComboBox()
            widget.addItem("", None)
            for choice in template_field.choices:
                widget.addItem(choice.replace("_", " ").capitalize(), choice)
            widget.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(10)
        elif kind == "boolean":
            widget = QCheckBox()
        else:
            widget = QLineEdit()
        return widget

    # -- values -----------------------------------------------------------------------------------

    def values(self):
        result = {}
        for template_field in self.fields:
            value = _read(template_field.field_type, self.inputs[template_field.key])
            if value is not None and value != "":
                result[template_field.key] = value
        return result

    def set_values(self, values):
        """Fill the inputs from `values` (key -> str); fields not in `values` are emptied."""
        for template_field in self.fields:
            _write(template_field.field_type, self.inputs[template_field.key], values.get(template_field.key))

    def clear(self):
        self.set_values({})

    def missing_required(self):
        """The required fields left empty, in display order."""
        values = self.values()
        return [f for f in self.fields if f.required and f.key not in values]


def _uppercase(edit, text):
    if text != text.upper():
        position = edit.cursorPosition()
        edit.setText(text.upper())
        edit.setCursorPosition(position)


def _read(kind, widget):
    if kind == "long_text":
        return widget.toPlainText().strip()
    if kind == "date":
        return None if widget.isNull() else widget.date().toString(Qt.ISODate)
    if kind == "choice":
        return widget.currentData()
    if kind == "boolean":
        return "true" if widget.isChecked() else "false"
    if kind == "plate":
        return widget.text().strip().upper()
    return widget.text().strip()


def _write(kind, widget, value):
    value = "" if value is None else str(value)
    if kind == "long_text":
        widget.setPlainText(value)
    elif kind == "date":
        date = QDate.fromString(value, Qt.ISODate)
        if date.isValid():
            widget.setDate(date)
        else:
            widget.clear()
    elif kind == "choice":
        index = widget.findData(value) if value else 0
        widget.setCurrentIndex(max(index, 0))
    elif kind == "boolean":
        widget.setChecked(value.lower() == "true")
    else:
        widget.setText(value.upper() if kind == "plate" else value)
