"""Sharing a workshop: the "Del" menu at the desk, importing at the start screen, and
pushing to the shared database with an offline queue.

A thin layer over ``exports``: each command asks what it needs (options, a file
name), then runs the exporter in a :class:`~ui.background.Runner` — rendering a PDF
or pushing to a server never freezes the window — and reports in the status bar.

* **The desk** (:class:`WorkshopSharing`): PDF handout (without names, Danish or
  English; opened in the PDF viewer afterwards), printable role cards (with or
  without names), paper ballots for a chosen round, the ideas as CSV, the workshop
  file (``.samskab``), and "Send til fælles database…" (:class:`PushDialog`).
* **The push queue** (:class:`PushQueue`, one per library): a push that cannot reach
  the database is queued by ``exports.shared_db`` ("Venter på forbindelse" in the
  status bar) and retried every few minutes, and on the next start; the window says
  when it went through.
* **The start screen** (:class:`StartSharing`): "Importér workshopfil…" and
  "Idébank…".

Passwords: an address typed with a password is saved in the settings *without* it;
the password goes to the system keyring (``exports.credentials.remember``, in the
worker). Participants' names are not sent unless the facilitator ticks the box
(personal data).

File choosers and "open the file" are attributes (``choose_save_path``,
``choose_open_path``, ``open_file``) so tests replace them and never open a real
dialog or viewer.
"""

from __future__ import annotations

import re
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.background import Runner, error_message
from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.library import Library
    from exports.shared_db import PushResult, QueuedPush
    from ui.controller import Controller
    from ui.settings import Settings
    from ui.start.window import StartWindow

# How often waiting pushes are tried again (and once soon after the app starts).
RETRY_INTERVAL_MS = 3 * 60 * 1000
RETRY_AT_START_MS = 2000
WARN_STYLE = "color: #B7791F; font-weight: 600;"
STATUS_PADDING = "padding: 0 4px 0 14px;"


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


# -- choosing files, opening files ------------------------------------------------------------


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def file_name(title: str, suffix: str) -> str:
    """A file name made from a workshop title (no characters Windows refuses)."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", title).strip(" .-")[:80] or "samskab"
    return f"{name}{suffix}"


def choose_save_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str | None:
    """Ask where to save (the platform's own dialog); ``None`` when cancelled."""
    name, _chosen = QFileDialog.getSaveFileName(parent, caption, str(documents_folder() / suggested), filters)
    return name or None


def choose_open_path(parent: QWidget | None, caption: str, filters: str) -> str | None:
    name, _chosen = QFileDialog.getOpenFileName(parent, caption, str(documents_folder()), filters)
    return name or None


def open_file(path: str) -> bool:
    """Open a written file in the system's viewer (the PDF reader)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix


def show_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    """A window-modal message in plain text (names and titles are user text)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("sharingMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
        # Informative text has no format of its own; plain-text labels inside the box.
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    """The box layout (at any depth under ``layout``) that holds ``widget`` directly."""
    if layout is None:
        return None
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        found = _layout_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None


def insert_beside(anchor: QWidget, widget: QWidget, *, after: bool = False) -> bool:
    """Put ``widget`` next to ``anchor`` in whatever row holds it (no layout edits in
    the big windows)."""
    parent = anchor.parentWidget()
    row = _layout_holding(parent.layout() if parent else None, anchor)
    if row is None:
        return False
    row.insertWidget(row.indexOf(anchor) + (1 if after else 0), widget)
    return True


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


def fit_to_texts(dialog: QDialog) -> None:
    """Size a dialog to its wrapped texts at its width (Qt sizes top-level windows
    without height-for-width, which squeezes wrapped labels)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)


# -- options dialogs ----------------------------------------------------------------------------


class OptionsDialog(QDialog):
    """A small form: a one-line intro, a few choices, OK and Cancel."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = plain_label(intro, wrap=True, role="muted")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def add_choice(self, label: str, widget: QWidget, hint: str = "") -> None:
        self.form.addRow(label, widget)
        if hint:
            self.form.addRow("", plain_label(hint, wrap=True, role="hint"))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        fit_to_texts(self)
        super().showEvent(event)


@dataclass(frozen=True)
class PdfOptions:
    without_names: bool = False
    language: str = "da"


@dataclass(frozen=True)
class CardOptions:
    with_names: bool = True


@dataclass(frozen=True)
class BallotOptions:
    round_id: uuid.UUID
    copies: int | None = None  # None: one per participant


class PdfOptionsDialog(OptionsDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("PDF handout"),
            self.tr("The handout for the participants: the question, the ideas, the votes and the action plan."),
            self.tr("Choose file…"), parent,
        )
        self.names_box = QCheckBox(self.tr("Without names"))
        self.language_box = QComboBox()
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.add_choice(self.tr("Participants"), self.names_box,
                        self.tr("Without names the handout shows only how many took part (for sharing outside the room)."))
        self.add_choice(self.tr("Language"), self.language_box)

    def options(self) -> PdfOptions:
        return PdfOptions(self.names_box.isChecked(), str(self.language_box.currentData()))


class CardOptionsDialog(OptionsDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Role cards for printing"),
            self.tr("Igangsætter, Facilitator and Katalysator with their arena and tasks, four to a page with cutting marks."),
            self.tr("Choose file…"), parent,
        )
        self.names_box = QCheckBox(self.tr("Print the participants' names on the cards"))
        self.names_box.setChecked(True)
        self.add_choice(self.tr("Names"), self.names_box,
                        self.tr("Without names, one card is printed for each role card dealt, to hand out freely."))

    def options(self) -> CardOptions:
        return CardOptions(self.names_box.isChecked())


class BallotOptionsDialog(OptionsDialog):
    def __init__(self, rounds: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ballots for printing"),
            self.tr("Paper ballots for rooms without phones. Enter the counts in the app afterwards."),
            self.tr("Choose file…"), parent,
        )
        self.round_box = QComboBox()
        for round_id, title in rounds:
            self.round_box.addItem(title, round_id)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(0, 999)
        self.copies_spin.setSpecialValueText(self.tr("One per participant"))
        self.copies_spin.setValue(0)
        self.add_choice(self.tr("Vote"), self.round_box)
        self.add_choice(self.tr("Ballots"), self.copies_spin)

    def options(self) -> BallotOptions:
        copies = self.copies_spin.value()
        return BallotOptions(self.round_box.currentData(), copies or None)


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

    def _say(self, text: str, *, error: bool = False, warn: bool = False, detail: str = "") -> None:
        self.result_label.setStyleSheet("color: #A4262C;" if error else (WARN_STYLE if warn else ""))
        self.result_label.setText(text)
        self.result_label.show()
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
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
        if result.sent:
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


# -- the desk -----------------------------------------------------------------------------------


class WorkshopSharing(QObject):
    """The "Del" menu and toolbar entry of a workshop window, and its push status.

    Signals:
        export_did_finish(str): a file was written (its path).
        export_did_fail(str): the message shown; nothing (or no new file) was written.
    """

    export_did_finish = Signal(str)
    export_did_fail = Signal(str)

    def __init__(self, window: QMainWindow, controller: Controller, workshop_id: uuid.UUID,
                 settings: Settings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.workshop_id = workshop_id
        self.settings = settings
        self.runner = Runner(self)
        self.queue = push_queue(controller.library)
        self.choose_save_path: Callable[[QWidget | None, str, str, str], str | None] = choose_save_path
        self.open_file: Callable[[str], Any] = open_file
        self.push_dialog: PushDialog | None = None

        self.pdf_action = self._action(lambda: self.export_pdf())
        self.cards_action = self._action(lambda: self.export_cards())
        self.ballots_action = self._action(lambda: self.export_ballots())
        self.csv_action = self._action(lambda: self.export_csv())
        self.file_action = self._action(lambda: self.export_file())
        self.push_action = self._action(lambda: self.show_push_dialog())
        self.menu = QMenu(window)
        self.menu.setObjectName("shareMenu")
        for action in (self.pdf_action, self.cards_action, self.ballots_action, None, self.csv_action,
                       self.file_action, None, self.push_action):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        window.menuBar().addMenu(self.menu)
        # The toolbar shows the menu's own action: one menu, two ways in.
        self.tool_action = self.menu.menuAction()
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.tool_action)
            button = toolbar.widgetForAction(self.tool_action)
            if isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.status_label = plain_label()
        self.status_label.setObjectName("pushStatus")
        window.statusBar().addPermanentWidget(self.status_label)
        self.queue.queue_did_change.connect(self.update_status)
        self.queue.push_did_finish.connect(self._push_did_finish)
        window.installEventFilter(self)
        self.retranslate()
        self.update_status()

    def _action(self, slot: Callable[[], Any]) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(slot)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Share"))
        self.tool_action.setToolTip(self.tr("PDF handout, printing, files and the shared database"))
        for action, text in (
            (self.pdf_action, self.tr("PDF handout…")),
            (self.cards_action, self.tr("Role cards for printing…")),
            (self.ballots_action, self.tr("Ballots for printing…")),
            (self.csv_action, self.tr("Ideas as CSV…")),
            (self.file_action, self.tr("Export workshop file (.samskab)…")),
            (self.push_action, self.tr("Send to the shared database…")),
        ):
            action.setText(text)
        self.update_status()

    # -- helpers -----------------------------------------------------------------------

    @property
    def library(self) -> Library:
        return self.controller.library

    def _title(self) -> str:
        workshop = getattr(self.window, "workshop", None)
        if workshop is not None:
            return str(workshop.title)
        from app.queries import load_workshop

        return str(load_workshop(self.library, self.workshop_id).title)

    def _workshop_language(self) -> str:
        workshop = getattr(self.window, "workshop", None)
        language = getattr(workshop, "language", None) or _language()
        return "en" if language == "en" else "da"

    def message(self, text: str, *, error: bool = False) -> None:
        show = getattr(self.window, "show_message", None)
        if callable(show):
            show(text, error)
        else:
            self.window.statusBar().showMessage(text, 12_000)

    def _refused_while_busy(self) -> bool:
        if self.runner.busy:
            self.message(self.tr("One moment: Samskab is still writing the previous file."))
            return True
        return False

    def _save_path(self, caption: str, suffix: str, filters: str) -> str | None:
        path = self.choose_save_path(self.window, caption, file_name(self._title(), suffix), filters)
        return _with_suffix(path, suffix) if path else None

    def _run(self, busy_text: str, job: Callable[[Any], Any], path: str, done_text: str, *, open_after: bool) -> bool:
        def finished(result: Any) -> None:
            pages = getattr(result, "pages", result if isinstance(result, int) else None)
            text = done_text.replace("%1", path)
            if isinstance(pages, int):
                text += " " + self.tr("(%1 pages)").replace("%1", str(pages))
            self.message(text)
            if open_after:
                self.open_file(path)
            self.export_did_finish.emit(path)

        def failed(error: BaseException) -> None:
            text = self.tr("Could not write the file: %1").replace("%1", error_message(error, _language()))
            self.message(text, error=True)
            self.export_did_fail.emit(text)

        started = self.runner.start(busy_text, job, on_finish=finished, on_fail=failed)
        if started:
            self.message(busy_text)
        return started

    # -- commands ------------------------------------------------------------------------

    def ask_pdf_options(self) -> PdfOptions | None:
        dialog = PdfOptionsDialog(self._workshop_language(), self.window)
        return dialog.options() if dialog.exec() else None

    def export_pdf(self, options: PdfOptions | None = None) -> bool:
        """PDF handout: options, a file name, then render in the worker and open it."""
        if self._refused_while_busy():
            return False
        options = options or self.ask_pdf_options()
        if options is None:
            return False
        path = self._save_path(self.tr("Save PDF handout"), ".pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return False
        from exports.handout import build_handout

        library, workshop_id = self.library, self.workshop_id
        return self._run(
            self.tr("Writing the PDF handout…"),
            lambda _progress: build_handout(library, workshop_id, path, language=options.language,
                                            without_names=options.without_names),
            path, self.tr("PDF handout saved: %1"), open_after=True,
        )

    def ask_card_options(self) -> CardOptions | None:
        dialog = CardOptionsDialog(self.window)
        return dialog.options() if dialog.exec() else None

    def export_cards(self, options: CardOptions | None = None) -> bool:
        if self._refused_while_busy():
            return False
        options = options or self.ask_card_options()
        if options is None:
            return False
        path = self._save_path(self.tr("Save role cards"), ".pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return False
        from exports.cards import build_role_cards

        library, workshop_id = self.library, self.workshop_id
        return self._run(
            self.tr("Writing the role cards…"),
            lambda _progress: build_role_cards(path, library=library, workshop_id=workshop_id,
                                               with_names=options.with_names),
            path, self.tr("Role cards saved: %1"), open_after=True,
        )

    def rounds(self) -> list[tuple[uuid.UUID, str]]:
        """The workshop's vote rounds, newest first: (id, "title · kind")."""
        from app.voting import round_summaries

        kinds = {"dots": self.tr("dot vote"), "statements": self.tr("statements"), "criteria": self.tr("criteria")}
        untitled = self.tr("Untitled vote")
        found = round_summaries(self.library, self.workshop_id)
        return [(r.id, (r.title or untitled) + " · " + kinds.get(str(r.kind), str(r.kind))) for r in reversed(found)]

    def ask_ballot_options(self) -> BallotOptions | None:
        rounds = self.rounds()
        if not rounds:
            show_box(self.window, QMessageBox.Icon.Information, self.tr("Ballots for printing"),
                     self.tr("This workshop has no votes yet. Make one under Votes first; then print its ballots."))
            return None
        dialog = BallotOptionsDialog(rounds, self.window)
        return dialog.options() if dialog.exec() else None

    def export_ballots(self, options: BallotOptions | None = None) -> bool:
        if self._refused_while_busy():
            return False
        options = options or self.ask_ballot_options()
        if options is None:
            return False
        path = self._save_path(self.tr("Save ballots"), ".pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return False
        from exports.ballots import build_ballots

        library = self.library
        return self._run(
            self.tr("Writing the ballots…"),
            lambda _progress: build_ballots(library, options.round_id, path, copies=options.copies).pages,
            path, self.tr("Ballots saved: %1"), open_after=True,
        )

    def export_csv(self) -> bool:
        if self._refused_while_busy():
            return False
        path = self._save_path(self.tr("Save ideas as CSV"), ".csv", self.tr("CSV for Excel (*.csv)"))
        if path is None:
            return False
        from exports.csv_export import export_csv

        library, workshop_id = self.library, self.workshop_id
        return self._run(self.tr("Writing the CSV file…"),
                         lambda _progress: export_csv(library, workshop_id, path),
                         path, self.tr("Ideas saved as CSV: %1"), open_after=False)

    def export_file(self) -> bool:
        if self._refused_while_busy():
            return False
        path = self._save_path(self.tr("Export workshop file"), ".samskab", self.tr("Samskab workshop (*.samskab)"))
        if path is None:
            return False
        from exports.workshop_file import export_workshop

        library, workshop_id = self.library, self.workshop_id
        return self._run(self.tr("Writing the workshop file…"),
                         lambda _progress: export_workshop(library, workshop_id, path),
                         path, self.tr("Workshop file saved: %1. Import it on another laptop from the start screen."),
                         open_after=False)

    def show_push_dialog(self) -> PushDialog:
        """Open (or raise) the push dialog; it runs the push through the library's queue."""
        if self.push_dialog is None:
            self.push_dialog = PushDialog(self.queue, self.workshop_id, self.settings, self.window)
        self.push_dialog.show()
        self.push_dialog.raise_()
        self.push_dialog.activateWindow()
        return self.push_dialog

    # -- the push status -------------------------------------------------------------------

    def status_text(self, waiting: bool | None = None) -> str:
        if self.queue.waiting(self.workshop_id) if waiting is None else waiting:
            return self.tr("Waiting for a connection")
        sent = self.queue.sent_at.get(self.workshop_id)
        if sent is not None:
            return self.tr("Sent to the shared database at %1").replace(
                "%1", QLocale().toString(sent.time(), QLocale.FormatType.ShortFormat))
        return ""

    def update_status(self) -> None:
        waiting = bool(self.queue.waiting(self.workshop_id))
        text = self.status_text(waiting)
        self.status_label.setStyleSheet(STATUS_PADDING + (WARN_STYLE if waiting else ""))
        self.status_label.setText(text)
        self.status_label.setToolTip(self.tr(
            "The workshop is kept and sent by itself as soon as the shared database can be reached."
        ) if waiting else "")
        self.status_label.setVisible(bool(text))

    def _push_did_finish(self, result: PushResult) -> None:
        if result.workshop_id != self.workshop_id:
            return
        if result.sent:
            self.message(self.tr("The workshop has been sent to the shared database."))
        else:
            self.message(self.tr("Waiting for a connection: the workshop is sent as soon as the database can be reached."))


# -- the start screen ---------------------------------------------------------------------------


class StartSharing(QObject):
    """"Importér workshopfil…" and "Idébank…" on the start screen, and the retry of
    pushes left waiting from last time.

    Signals:
        import_did_finish(object): the ``ImportResult``.
        import_did_fail(str): the message shown; nothing was imported.
    """

    import_did_finish = Signal(object)
    import_did_fail = Signal(str)

    def __init__(self, window: StartWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = Runner(self)
        self.choose_open_path: Callable[[QWidget | None, str, str], str | None] = choose_open_path
        self.bank_window: QWidget | None = None
        self.queue: PushQueue | None = None

        self.import_action = QAction(window)
        self.import_action.triggered.connect(lambda: self.import_file())
        self.bank_action = QAction(window)
        self.bank_action.triggered.connect(lambda: self.show_bank())
        menu = window.file_menu
        anchor = getattr(window, "library_action", None)
        if anchor is not None and anchor in menu.actions():
            menu.insertAction(anchor, self.import_action)
            menu.insertAction(anchor, self.bank_action)
            menu.insertSeparator(anchor)
        else:
            menu.addActions([self.import_action, self.bank_action])
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.bank_button = QPushButton()
        self.bank_button.setObjectName("bankButton")
        self.bank_button.clicked.connect(lambda: self.show_bank())
        self.welcome_import_button = QPushButton()
        self.welcome_import_button.clicked.connect(lambda: self.import_file())
        insert_beside(window.sample_button, self.bank_button)
        insert_beside(window.sample_button, self.import_button)
        insert_beside(window.welcome_sample, self.welcome_import_button, after=True)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import workshop file…"))
        self.bank_action.setText(self.tr("Idea &bank…"))
        self.import_button.setText(self.tr("Import workshop file…"))
        self.bank_button.setText(self.tr("Idea bank…"))
        self.welcome_import_button.setText(self.tr("Import workshop file…"))

    def set_library(self, library: Library) -> None:
        """The library is open: retry pushes that were waiting when the app last closed.

        Looking for them (which imports ``exports.shared_db`` and SQLAlchemy's PostgreSQL
        dialect, ~0.1 s) waits for the next turn of the event loop, so the workshop list
        is filled and painted first.
        """
        if self.queue is not None and self.queue.library is not library:
            close_push_queue(self.queue.library)  # another library was opened
        queue = self.queue = push_queue(library)
        QTimer.singleShot(0, self, lambda: self._retry_waiting(queue))

    def _retry_waiting(self, queue: PushQueue) -> None:
        if self.queue is queue and _queues.get(queue.library) is queue:  # not closed meanwhile
            queue.start_retrying()

    # -- import ------------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> bool:
        """Choose a ``.samskab`` file, check it in the worker, then import it as one
        undoable step; a bad file is explained and nothing is imported."""
        if self.window.controller is None:
            return False
        if self.runner.busy:
            self.window.statusBar().showMessage(self.tr("One moment: Samskab is still reading the previous file."), 8000)
            return False
        path = path or self.choose_open_path(self.window, self.tr("Import workshop file"),
                                             self.tr("Samskab workshop (*.samskab);;All files (*)"))
        if not path:
            return False
        from exports.workshop_file import read_workshop_file

        self.window.statusBar().showMessage(self.tr("Reading %1…").replace("%1", Path(path).name))
        controller = self.window.controller
        return self.runner.start(
            "import", lambda _progress: read_workshop_file(path),
            on_finish=lambda rows: self._import_rows(rows, path, controller),
            on_fail=lambda error: self._import_failed(error_message(error, _language())),
        )

    def _import_rows(self, rows: Any, path: str, chosen_in: Controller) -> None:
        from exports.workshop_file import ImportResult, import_rows

        controller = self.window.controller
        if controller is None:
            return
        if controller is not chosen_in:  # not into a library the user did not import into
            self._import_failed(self.tr("Another library was opened while the file was being read."))
            return
        results: list[ImportResult] = []

        def operation(library: Library) -> Any:
            result = import_rows(library, rows, source=path)
            results.append(result)
            return result.changes

        errors: list[str] = []
        controller.operation_did_fail.connect(errors.append)
        try:
            # Shown by this class, not the start window's generic box.
            controller.operation_did_fail.disconnect(self.window.show_error)
            reconnect = True
        except (RuntimeError, TypeError, RuntimeWarning):
            reconnect = False
        try:
            controller.run(self.tr("Import workshop file"), operation)
        finally:
            controller.operation_did_fail.disconnect(errors.append)
            if reconnect:
                controller.operation_did_fail.connect(self.window.show_error)
        if not results:
            self._import_failed(errors[0] if errors else self.tr("The file could not be imported."))
            return
        result = results[0]
        self.window.statusBar().clearMessage()
        self.window.select(result.workshop_id)
        if result.added == 0 and result.updated == 0:
            text = self.tr("“%1” was already in the library; nothing new to import.").replace("%1", result.title)
        else:
            text = (self.tr("“%1” has been imported: %2 rows added, %3 updated, %4 unchanged.")
                    .replace("%1", result.title).replace("%2", str(result.added))
                    .replace("%3", str(result.updated)).replace("%4", str(result.kept)))
        show_box(self.window, QMessageBox.Icon.Information, self.tr("Workshop imported"), text)
        self.import_did_finish.emit(result)

    def _import_failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        text = message + "\n\n" + self.tr("Nothing was imported.")
        show_box(self.window, QMessageBox.Icon.Warning, self.tr("The workshop file cannot be imported"), text)
        self.import_did_fail.emit(text)

    # -- the idea bank -------------------------------------------------------------------

    def show_bank(self) -> QWidget:
        from ui.sharing.idea_bank import IdeaBankWindow

        if self.bank_window is None:
            self.bank_window = IdeaBankWindow(self.window.settings, self.window)  # its own window, gone with the app's
        self.bank_window.show()
        self.bank_window.raise_()
        self.bank_window.activateWindow()
        return self.bank_window


__all__ = [
    "BallotOptions",
    "BallotOptionsDialog",
    "CardOptions",
    "CardOptionsDialog",
    "PdfOptions",
    "PdfOptionsDialog",
    "PushDialog",
    "PushQueue",
    "StartSharing",
    "WorkshopSharing",
    "close_push_queue",
    "push_queue",
]
