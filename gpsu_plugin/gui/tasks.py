"""Background work for widgets: a QgsTask that runs a function and hands its result back
to the main thread (never touching a widget from the worker thread)."""

from qgis.core import QgsApplication, QgsFeedback, QgsTask


class FunctionTask(QgsTask):
    """Runs `function(task)` in a worker thread; `done(result, error)` is called on the main thread."""

    def __init__(self, description, function, done, flags=QgsTask.CanCancel):
        super().__init__(description, flags)
        self._function = function
        self._done = done
        self.result = None
        self.error = None
        # for work that takes a QgsFeedback: its progress is the task's, cancelling the task cancels it
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def run(self):
        try:
            self.result = self._function(self)
        except Exception as exc:  # handed to done() in finished(), on the main thread
            self.error = exc
        return not self.isCanceled()

    def finished(self, ok):
        self._done(self.result, self.error)


def start(task):
    QgsApplication.taskManager().addTask(task)
    return task


def start_pdf_report(iface, session, title, path, make, finished):
    """A PDF report: connect here, on the main thread (it may ask for the password), then
    `make(conn, task)` in a background task (progress and cancel in QGIS's task bar); the PDF opens
    when done, an error goes to the message bar, and `finished()` is called in any case. Returns
    the task, or None when the connection failed."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QDesktopServices

    from ..core.exceptions import GpsuError
    from .messages import show_error

    try:
        conn = session.connect()
    except GpsuError as error:
        show_error(iface, error)
        return None

    def work(task):
        try:
            return make(conn, task)
        finally:
            conn.close()

    def done(result, error):
        finished()
        if error is not None:
            show_error(iface, error)
        elif result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    return start(FunctionTask(title, work, done))
