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
