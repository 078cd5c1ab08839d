"""The start screen's sharing: "Importér workshopfil…", "Idébank…", and the retry
of pushes left waiting from last time.

Importing reads and checks a ``.samskab`` file in a :class:`~ui.background.Runner`,
then imports it as one undoable step; a bad file is explained and nothing is imported.
The buttons and menu entries attach themselves through the start window's explicit
places (see :class:`StartHost`); this module does not import the start window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QStatusBar, QWidget

from ui.background import Runner, error_message
from ui.sharing.files import choose_open_path, show_box
from ui.sharing.push import PushQueue, close_push_queue, current_push_queue, push_queue

if TYPE_CHECKING:
    import uuid

    from app.library import Library
    from ui.controller import Controller
    from ui.settings import Settings


def _language() -> str:
    from ui.catalog import data_language

    return data_language()


class StartHost(Protocol):
    """What the start screen's sharing needs of its window
    (:class:`ui.start.window.StartWindow`): its places for menu entries and buttons, its
    status bar and error box, the workshop list's selection, the library's controller
    and the settings."""

    @property
    def controller(self) -> Controller | None: ...

    @property
    def settings(self) -> Settings | None: ...

    def window(self) -> QWidget:
        """The top-level window (``QWidget.window``): dialogs' parent."""
        ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def select(self, workshop_id: uuid.UUID) -> None: ...

    def show_error(self, message: str) -> None: ...

    def add_file_actions(self, actions: Sequence[QAction]) -> None: ...

    def add_list_buttons(self, buttons: Sequence[QPushButton]) -> None: ...

    def add_welcome_buttons(self, buttons: Sequence[QPushButton]) -> None: ...


class StartSharing(QObject):
    """"Importér workshopfil…" and "Idébank…" on the start screen, and the retry of
    pushes left waiting from last time.

    Signals:
        import_did_finish(object): the ``ImportResult``.
        import_did_fail(str): the message shown; nothing was imported.
    """

    import_did_finish = Signal(object)
    import_did_fail = Signal(str)

    def __init__(self, host: StartHost) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        #: The parent of the dialogs and file choosers.
        self.window = window
        self.runner = Runner(self)
        self.choose_open_path: Callable[[QWidget | None, str, str], str | None] = choose_open_path
        self.bank_window: QWidget | None = None
        self.queue: PushQueue | None = None

        self.import_action = QAction(window)
        self.import_action.triggered.connect(lambda: self.import_file())
        self.bank_action = QAction(window)
        self.bank_action.triggered.connect(lambda: self.show_bank())
        host.add_file_actions([self.import_action, self.bank_action])
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.bank_button = QPushButton()
        self.bank_button.setObjectName("bankButton")
        self.bank_button.clicked.connect(lambda: self.show_bank())
        self.welcome_import_button = QPushButton()
        self.welcome_import_button.clicked.connect(lambda: self.import_file())
        host.add_list_buttons([self.bank_button, self.import_button])
        host.add_welcome_buttons([self.welcome_import_button])
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
        if self.queue is queue and current_push_queue(queue.library) is queue:  # not closed meanwhile
            queue.start_retrying()

    # -- import ------------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> bool:
        """Choose a ``.samskab`` file, check it in the worker, then import it as one
        undoable step; a bad file is explained and nothing is imported."""
        if self.host.controller is None:
            return False
        if self.runner.busy:
            self.host.statusBar().showMessage(self.tr("One moment: Samskab is still reading the previous file."), 8000)
            return False
        path = path or self.choose_open_path(self.window, self.tr("Import workshop file"),
                                             self.tr("Samskab workshop (*.samskab);;All files (*)"))
        if not path:
            return False
        from exports.workshop_file import read_workshop_file

        self.host.statusBar().showMessage(self.tr("Reading %1…").replace("%1", Path(path).name))
        controller = self.host.controller
        return self.runner.start(
            "import", lambda _progress: read_workshop_file(path),
            on_finish=lambda rows: self._import_rows(rows, path, controller),
            on_fail=lambda error: self._import_failed(error_message(error, _language())),
        )

    def _import_rows(self, rows: Any, path: str, chosen_in: Controller) -> None:
        from exports.workshop_file import ImportResult, import_rows

        controller = self.host.controller
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
            controller.operation_did_fail.disconnect(self.host.show_error)
            reconnect = True
        except (RuntimeError, TypeError, RuntimeWarning):
            reconnect = False
        try:
            controller.run(self.tr("Import workshop file"), operation)
        finally:
            controller.operation_did_fail.disconnect(errors.append)
            if reconnect:
                controller.operation_did_fail.connect(self.host.show_error)
        if not results:
            self._import_failed(errors[0] if errors else self.tr("The file could not be imported."))
            return
        result = results[0]
        self.host.statusBar().clearMessage()
        self.host.select(result.workshop_id)
        if result.added == 0 and result.updated == 0 and result.deleted == 0:
            text = self.tr("“%1” was already in the library; nothing new to import.").replace("%1", result.title)
        else:
            text = (self.tr("“%1” has been imported: %2 rows added, %3 updated, %4 unchanged.")
                    .replace("%1", result.title).replace("%2", str(result.added))
                    .replace("%3", str(result.updated)).replace("%4", str(result.kept)))
        if result.deleted:
            text += " " + self.tr("%n row(s) deleted in the file were removed here too.", "", result.deleted)
        if result.conflicts:
            # Names ideas (user text): show_box keeps it plain text.
            show_box(self.window, QMessageBox.Icon.Warning, self.tr("Workshop imported with conflicts"), text,
                     result.conflict_message(_language()))
        else:
            show_box(self.window, QMessageBox.Icon.Information, self.tr("Workshop imported"), text)
        self.import_did_finish.emit(result)

    def _import_failed(self, message: str) -> None:
        self.host.statusBar().clearMessage()
        text = message + "\n\n" + self.tr("Nothing was imported.")
        show_box(self.window, QMessageBox.Icon.Warning, self.tr("The workshop file cannot be imported"), text)
        self.import_did_fail.emit(text)

    # -- the idea bank -------------------------------------------------------------------

    def show_bank(self) -> QWidget:
        from ui.sharing.idea_bank import IdeaBankWindow

        if self.bank_window is None:
            self.bank_window = IdeaBankWindow(self.host.settings, self.window)  # its own window, gone with the app's
        self.bank_window.show()
        self.bank_window.raise_()
        self.bank_window.activateWindow()
        return self.bank_window
