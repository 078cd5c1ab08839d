"""Pushing a workshop to the shared database, with an offline queue.

* **The push queue** (:class:`PushQueue`, one per library: :func:`push_queue`): a push
  that cannot reach the database is queued by ``exports.shared_db`` ("Venter på
  forbindelse" in the status bar) and retried every few minutes, and on the next
  start; the window says when it went through.
* **The push dialog** (:class:`PushDialog`, "Send til fælles database…"): the
  address, whether names go along, progress and the outcome — with the push's
  conflicts (ideas edited elsewhere at the same revision) as a warning of their own.
* :func:`read_address`: the address as typed, for the push dialog and the idea bank.

Passwords: an address typed with a password is saved in the settings *without* it;
the password goes to the system keyring (``exports.credentials.remember``, in the
worker). Participants' names are not sent unless the facilitator ticks the box
(personal data).
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.background import Runner, error_message
from ui.theme import DANGER, WARN
from ui.widgets import fit_to_texts, plain_label

if TYPE_CHECKING:
    from app.library import Library
    from exports.shared_db import PushResult, QueuedPush
    from ui.settings import Settings

# How often waiting pushes are tried again (and once soon after the app starts).
RETRY_INTERVAL_MS = 3 * 60 * 1000
RETRY_AT_START_MS = 2000
#: The look of "waiting for a connection" (the dialog's outcome, the desk's status).
WARN_STYLE = f"color: {WARN}; font-weight: 600;"


def _language() -> str:
    from ui.catalog import data_language

    return data_language()


def read_address(edit: QLineEdit, say: Callable[..., None]) -> tuple[str, str, str | None] | None:
    """The shared database's address typed in ``edit``: (as typed, without its password,
    the password or ``None``). Empty or malformed: ``say`` why (as an error), and ``None``."""
    from app.errors import SamskabError
    from exports.credentials import split_password

    address = edit.text().strip()
    if not address:
        #: The address field of the push dialog or the idea bank is empty.
        say(QCoreApplication.translate("SharedAddress", "Write the shared database's address first."), error=True)
        edit.setFocus()
        return None
    try:
        bare, password = split_password(address)
    except SamskabError as error:
        say(error.message(_language()), error=True)
        return None
    return address, bare, password



# -- the push queue -----------------------------------------------------------------------------


class PushQueue(QObject):
    """Pushes of one library, one at a time, with the offline queue retried on a timer.

    Signals:
        queue_did_change(): a push was queued, sent or dropped (refresh the status).
        push_did_progress(int, int): rows written, rows to write.
        push_did_finish(object): a ``PushResult`` ("sent" or "waiting"), from a push
            or a retry.
        push_did_fail(str): the database refused (schema, password); nothing was sent.
    """

    queue_did_change = Signal()
    push_did_progress = Signal(int, int)
    push_did_finish = Signal(object)
    push_did_fail = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = Runner(self)
        self.runner.job_did_progress.connect(self.push_did_progress)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.retry)
        #: When each workshop last went through (this session), for the status line.
        self.sent_at: dict[uuid.UUID, QDateTime] = {}
        # The conflicts of each workshop's last push that went through (this session):
        # the status line counts them until a push without conflicts settles them.
        self.conflicts: dict[uuid.UUID, PushResult] = {}
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # let a running push finish or roll back first

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def waiting(self, workshop_id: uuid.UUID | None = None) -> list[QueuedPush]:
        from exports.shared_db import pending_pushes

        try:
            return pending_pushes(self.library, workshop_id)
        except Exception:  # noqa: BLE001 - a closed or broken library: nothing to show or retry
            return []

    def push(self, workshop_id: uuid.UUID, address: str, *, with_names: bool = False) -> bool:
        """Start pushing; ``False`` when a push or retry is already running."""
        from exports.credentials import remember
        from exports.shared_db import push_workshop

        library = self.library

        def job(progress: Callable[[int, int], None]) -> PushResult:
            remember(address)  # the password (if typed) to the keyring, off the UI thread
            return push_workshop(library, workshop_id, address, with_names=with_names, progress=progress)

        return self.runner.start("push", job, on_finish=self._did_push, on_fail=self._did_fail)

    def retry(self) -> bool:
        """Try the waiting pushes again (in the worker); ``False`` if none or busy."""
        from exports.shared_db import retry_pending

        if self.runner.busy:
            return False
        if not self.waiting():
            self.timer.stop()
            return False
        library = self.library
        return self.runner.start("retry", lambda progress: retry_pending(library, progress=progress),
                                 on_finish=self._did_retry, on_fail=self._did_fail)

    def start_retrying(self, first_in_ms: int | None = None) -> None:
        """At start: if pushes are waiting from last time, try soon, then on the timer."""
        if self.waiting():
            QTimer.singleShot(RETRY_AT_START_MS if first_in_ms is None else first_in_ms, self.retry)
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.runner.wait()

    def _arm(self) -> None:
        if self.waiting():
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def _did_push(self, result: PushResult) -> None:
        self._record(result)
        self._arm()
        self.push_did_finish.emit(result)
        self.queue_did_change.emit()

    def _did_retry(self, results: list[PushResult]) -> None:
        for result in results:
            self._record(result)
        self._arm()
        for result in results:
            self.push_did_finish.emit(result)
        self.queue_did_change.emit()

    def _did_fail(self, error: BaseException) -> None:
        self._arm()
        self.push_did_fail.emit(error_message(error, _language()))
        self.queue_did_change.emit()

    def _record(self, result: PushResult) -> None:
        if result.sent:
            self.sent_at[result.workshop_id] = QDateTime.currentDateTime()
            if result.conflicts:
                self.conflicts[result.workshop_id] = result
            else:
                self.conflicts.pop(result.workshop_id, None)


_queues: weakref.WeakKeyDictionary[Any, PushQueue] = weakref.WeakKeyDictionary()


def push_queue(library: Library) -> PushQueue:
    """The one push queue of ``library`` (shared by every window on it)."""
    queue = _queues.get(library)
    if queue is None:
        queue = PushQueue(library)
        _queues[library] = queue
    return queue


def close_push_queue(library: Library) -> None:
    """Stop retrying for ``library`` (it is being closed)."""
    queue = _queues.pop(library, None)
    if queue is not None:
        queue.stop()


def current_push_queue(library: Library) -> PushQueue | None:
    """The push queue of ``library`` if it has one that has not been closed."""
    return _queues.get(library)


# -- the push dialog ----------------------------------------------------------------------------


class PushDialog(QDialog):
    """"Send til fælles database": the address, the names choice, progress and result.

    The dialog stays open while sending and shows the outcome; pressing Send again
    while a push runs is refused with a word of explanation.

    Signals:
        push_did_end(object): the ``PushResult`` (sent or waiting), or the error text.
    """

    push_did_end = Signal(object)

    def __init__(self, queue: PushQueue, workshop_id: uuid.UUID, settings: Settings | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pushDialog")
        self.queue = queue
        self.workshop_id = workshop_id
        self.settings = settings
        self._sending = False
        self.setWindowTitle(self.tr("Send to the shared database"))
        self.intro = plain_label(self.tr(
            "The workshop's outcome goes to the municipality's shared database, where the innovation "
            "unit sees the ideas of every workshop. Sending again updates it; nothing is duplicated."
        ), wrap=True, role="muted")
        self.address_edit = QLineEdit(settings.shared_database if settings is not None else "")
        self.address_edit.setObjectName("pushAddress")
        self.address_edit.setPlaceholderText("postgresql+psycopg://bruger@server/samskab")
        self.address_edit.setMinimumWidth(380)
        self.address_hint = plain_label(self.tr(
            "A database server's address, or a file path for a small team. A password typed here "
            "is kept in the system's keyring, never in the settings."
        ), wrap=True, role="hint")
        self.names_box = QCheckBox(self.tr("Send the participants' names"))
        self.names_box.setChecked(False)
        self.names_hint = plain_label(self.tr(
            "Names are personal data. Without them, participants are sent as “Participant 1”, “Participant 2”…"
        ), wrap=True, role="hint")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.result_label = plain_label(wrap=True)
        self.result_label.setObjectName("pushResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.detail_label = plain_label(wrap=True, role="hint")
        self.detail_label.setObjectName("pushDetail")
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.hide()
        # Names the conflicting ideas: user text, so a plain label, never rich text.
        self.conflict_label = plain_label(wrap=True)
        self.conflict_label.setObjectName("pushConflicts")
        self.conflict_label.setStyleSheet(WARN_STYLE)
        self.conflict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict_label.hide()

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow("", self.address_hint)
        form.addRow("", self.names_box)
        form.addRow("", self.names_hint)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.setProperty("role", "primary")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.conflict_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._fit()

        queue.push_did_progress.connect(self._progress)
        queue.push_did_finish.connect(self._finished)
        queue.push_did_fail.connect(self._failed)

    @property
    def with_names(self) -> bool:
        return self.names_box.isChecked()

    def send(self) -> bool:
        """Save the address (without password) and start the push; ``False`` if refused."""
        typed = read_address(self.address_edit, self._say)
        if typed is None:
            return False
        address, bare, password = typed
        if self._sending or self.queue.busy:
            self._say(self.tr("Samskab is still sending. Please wait until it is done."), error=True)
            return False
        if not self.queue.push(self.workshop_id, address, with_names=self.with_names):
            self._say(self.tr("Samskab is still sending. Please wait until it is done."), error=True)
            return False
        if password is not None:
            address = bare  # the password has gone to the keyring (in the worker)
            self.address_edit.setText(bare)
        if self.settings is not None:
            self.settings.shared_database = address
            self.settings.sync()
        self._sending = True
        self.send_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first rows are counted
        self.progress.show()
        self._say(self.tr("Sending…"))
        return True

    def _say(self, text: str, *, error: bool = False, warn: bool = False, detail: str = "",
             conflicts: str = "") -> None:
        self.result_label.setStyleSheet(f"color: {DANGER};" if error else (WARN_STYLE if warn else ""))
        self.result_label.setText(text)
        self.result_label.show()
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.conflict_label.setText(conflicts)
        self.conflict_label.setVisible(bool(conflicts))
        self._fit()

    def _fit(self) -> None:
        fit_to_texts(self)

    def _progress(self, done: int, total: int) -> None:
        if self._sending and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, result: PushResult) -> None:
        if not self._sending or result.workshop_id != self.workshop_id:
            return
        self._end()
        if result.sent and result.conflicts:
            # The outcome without its conflict sentence, which follows as a warning of its own.
            language = _language()
            self._say(replace(result, conflicts=()).message(language),
                      conflicts="⚠ " + result.conflict_message(language))
            self.close_button.setFocus()
        elif result.sent:
            self._say(result.message(_language()))
            self.close_button.setFocus()
        else:
            self._say(self.tr(
                "Waiting for a connection. The database cannot be reached just now; Samskab keeps the "
                "workshop and sends it by itself as soon as it can (every few minutes, and at the next start)."
            ), warn=True, detail=self.tr("%1: %2").replace("%1", result.address).replace("%2", result.reason))
        self.push_did_end.emit(result)

    def _failed(self, message: str) -> None:
        if not self._sending:
            return
        self._end()
        self._say(message, error=True, detail=self.tr("Nothing was sent."))
        self.push_did_end.emit(message)

    def _end(self) -> None:
        self._sending = False
        self.progress.hide()
        self.send_button.setEnabled(True)
