"""The DLS report's period dialog and the task that makes it (cancel reaches the report's feedback)."""

from datetime import date

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDialogButtonBox

from gpsu_plugin.gui import tasks
from gpsu_plugin.gui.dls_dialog import DlsPeriodDialog, last_twelve_months


def test_last_twelve_months_are_whole_months():
    assert last_twelve_months(date(2026, 11, 22)) == (date(2025, 11, 1), date(2026, 11, 1))
    assert last_twelve_months(date(2026, 1, 1)) == (date(2025, 1, 1), date(2026, 1, 1))


def test_the_dialog_gives_an_end_excluded_period_and_refuses_a_reversed_one(qtbot):
    dialog = DlsPeriodDialog()
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2025, 1, 1))
    dialog.end.setDate(QDate(2025, 12, 31))
    assert dialog.period() == (date(2025, 1, 1), date(2026, 1, 1))
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert ok.isEnabled()
    dialog.end.setDate(QDate(2024, 12, 1))
    assert not ok.isEnabled() and dialog.problem.text()


def test_cancelling_the_task_cancels_its_feedback():
    seen = []
    task = tasks.FunctionTask("test", lambda t: None, lambda result, error: seen.append((result, error)))
    task.feedback.setProgress(40)
    assert task.progress() == 40
    assert not task.feedback.isCanceled()
    task.cancel()
    assert task.feedback.isCanceled() and task.isCanceled()
