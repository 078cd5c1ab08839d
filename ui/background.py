"""Long work off the UI thread: PDF rendering, pushes, idea-bank searches.

A :class:`Runner` runs one job at a time in its own ``QThreadPool`` (one thread). The
job is a plain function that never touches a widget (Anki's ``CollectionOp``: "don't
call UI routines in op"); what it returns, or the exception it raises, comes back to
the UI thread through a queued signal of a small ``QObject`` carrier made on the UI
thread. A job can report progress through the ``progress(done, total)`` callable it
is given; that too reaches the UI as a queued signal.

One job at a time is the point: a second click while the first export is still being
written is refused (``start`` returns ``False``) so the caller can say so politely,
instead of two exports racing for the same file or the same queue entry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]


class _Carrier(QObject):
    """Lives on the UI thread; the worker emits through it, so delivery is queued."""

    job_did_finish = Signal(object)
    job_did_fail = Signal(object)
    job_did_progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, job: Job, carrier: _Carrier) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._job(self._carrier.job_did_progress.emit)
        except Exception as error:  # noqa: BLE001 - every failure goes back to the UI as a message
            log.debug("background job failed", exc_info=True)
            self._carrier.job_did_fail.emit(error)
        else:
            self._carrier.job_did_finish.emit(result)


class Runner(QObject):
    """Runs one background job at a time and reports back on the UI thread.

    Signals:
        job_did_start(str): a job began (its label).
        job_did_progress(int, int): done, total (as the job reports them).
        job_did_finish(str, object): the job's label and its result.
        job_did_fail(str, object): the job's label and the exception it raised.
        runner_did_become_idle(): the last job is over (finished or failed).
    """

    job_did_start = Signal(str)
    job_did_progress = Signal(int, int)
    job_did_finish = Signal(str, object)
    job_did_fail = Signal(str, object)
    runner_did_become_idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._label = ""
        self._carrier: _Carrier | None = None
        self._callbacks: tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None] = (None, None)
        self._orphaned = False

    @property
    def busy(self) -> bool:
        return self._carrier is not None

    @property
    def label(self) -> str:
        """The running job's label ("" when idle)."""
        return self._label

    def start(self, label: str, job: Job, *, on_finish: Callable[[Any], None] | None = None,
              on_fail: Callable[[BaseException], None] | None = None) -> bool:
        """Run ``job(progress)`` in the worker thread; ``False`` if a job is running."""
        if self.busy:
            return False
        carrier = _Carrier()
        carrier.job_did_finish.connect(self._finished)
        carrier.job_did_fail.connect(self._failed)
        carrier.job_did_progress.connect(self.job_did_progress)
        self._carrier = carrier
        self._label = label
        self._callbacks = (on_finish, on_fail)
        self.job_did_start.emit(label)
        self._pool.start(_Task(job, carrier))
        return True

    def finish_in_background(self) -> None:
        """The owner is closing: a running job goes on to its end (a PDF is written
        whole, a push commits or rolls back) without holding the owner up, and its
        result is no longer delivered. Before, closing a window waited for the job
        (a 10,000-idea handout: 16 s of a frozen window). The runner moves to the
        application and deletes itself when the job is over; quitting still waits."""
        if not self.busy:
            return
        self._callbacks = (None, None)
        self.blockSignals(True)
        self._orphaned = True
        self.setParent(QCoreApplication.instance())

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker thread is idle (closing windows, tests' teardown)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        label, (on_finish, _on_fail) = self._done()
        try:
            if on_finish is not None:
                on_finish(result)
        finally:
            self.job_did_finish.emit(label, result)
            self.runner_did_become_idle.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        label, (_on_finish, on_fail) = self._done()
        try:
            if on_fail is not None:
                on_fail(error)
        finally:
            self.job_did_fail.emit(label, error)
            self.runner_did_become_idle.emit()

    def _done(self) -> tuple[str, tuple[Any, Any]]:
        label, callbacks = self._label, self._callbacks
        if self._carrier is not None:
            self._carrier.deleteLater()
        self._carrier = None
        self._label = ""
        self._callbacks = (None, None)
        if self._orphaned:
            self.deleteLater()
        return label, callbacks


def error_message(error: BaseException, language: str) -> str:
    """What to tell the user about a failed job: our own errors speak both languages;
    a file that cannot be written says which and why."""
    from app.errors import SamskabError

    if isinstance(error, SamskabError):
        return error.message(language)
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror or error}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


__all__ = ["Job", "Progress", "Runner", "error_message"]
