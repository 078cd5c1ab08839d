"""Starting the app: QApplication, settings, translators, the start window, the library.

Start-up speed matters on municipal laptops: the start window is shown first, built
from nothing heavier than Qt, and only once it has painted is the core (SQLAlchemy
and the mapped model) imported — on a worker thread, so the window stays responsive —
and then the library opened and the workshop list filled (``sqlalchemy.orm`` alone
takes about 0.35 s to import, twice a bare PySide6 window's whole start-up). What the
first paint does not need is imported where it is used: dialogs, the sharing menu.

The library is chosen by ``--library``, else ``SAMSKAB_LIBRARY``, else the file last
chosen in the app, else the user's data directory. A library that cannot be opened is
explained in a dialog that offers to choose another file; nothing is ever overwritten
(``open_library`` refuses files that are not Samskab libraries).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translators
from ui.settings import APPLICATION, ORGANISATION, Settings
from ui.start.window import StartWindow
from ui.theme import apply_theme

if TYPE_CHECKING:
    import uuid

    from app.changes import Changes
    from app.library import Library
    from ui.controller import Controller
    from ui.desk.window import WorkshopWindow


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The options the GUI understands (the CLI has already handled commands)."""
    parser = argparse.ArgumentParser(prog="samskab", add_help=False)
    parser.add_argument("--library", type=Path)
    parser.add_argument("--lang", choices=("da", "en", "xx"))
    args, _unknown = parser.parse_known_args(argv[1:])  # Qt's own options pass through
    return args


class _FirstPaint(QObject):
    """Calls back once, after the watched window's first paint has been handled."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._callback)
        return False


class _CoreLoader(QObject):
    """Imports the core on a worker thread and says so on the UI thread.

    Signals:
        core_did_load(): the import is over (should it have failed, opening the library
            imports again on the UI thread and reports the error there).
    """

    core_did_load = Signal()

    def start(self) -> None:
        threading.Thread(target=self._run, name="load-core", daemon=True).start()

    def _run(self) -> None:
        was_enabled = gc.isenabled()
        gc.disable()  # kept: the import's ~140 collections free nothing and cost ~80-100 ms of CPU (bench, list filled)
        try:
            _load_core()
        except Exception:  # noqa: BLE001, S110 - opening the library imports again and reports it
            pass
        finally:
            if was_enabled:
                gc.enable()
            try:
                self.core_did_load.emit()  # queued: this object lives on the UI thread
            except RuntimeError:
                pass  # the desk was closed and deleted meanwhile: nobody is waiting


class Desk(QObject):
    """The running app: settings, the library, the start window and the workshop windows.

    Signals:
        start_window_did_show(): the start window is on screen (the library not yet read).
        library_did_open(): the library is open and the workshop list is filled.
    """

    start_window_did_show = Signal()
    library_did_open = Signal()

    def __init__(self, settings: Settings, library_path: Path | None, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.library_path = library_path
        self.library: Library | None = None
        self.controller: Controller | None = None
        self.windows: dict[uuid.UUID, WorkshopWindow] = {}
        self._fallback: QTimer | None = None
        self._core = _CoreLoader(self)
        self._core.core_did_load.connect(self.open_initial_library)
        self.start_window = StartWindow(settings)
        self.start_window.workshop_did_get_chosen.connect(self.open_workshop)
        self.start_window.library_did_get_requested.connect(self.choose_library)
        self.start_window.settings_did_get_requested.connect(self.edit_settings)
        self.start_window.quit_did_get_requested.connect(self.quit)

    def data_language(self) -> str:
        return "en" if self.language == "en" else "da"

    def show(self) -> None:
        """Show the start window now; open the library once it has painted (or after a
        moment, should it never paint, e.g. minimised)."""
        geometry = self.settings.geometry("start")
        if geometry:
            self.start_window.restoreGeometry(geometry)
        self._first_paint = _FirstPaint(self._window_did_paint)
        self.start_window.installEventFilter(self._first_paint)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._window_did_paint)
        self._fallback.start(1000)
        self.start_window.show()

    def _window_did_paint(self) -> None:
        if self._fallback is None:
            return  # already done
        self._fallback.stop()
        self._fallback = None
        self.start_window.removeEventFilter(self._first_paint)
        self.start_window_did_show.emit()
        # The first frame is out; the heavy part (SQLAlchemy, the library) comes next,
        # imported on a worker while the window stays responsive; the library opens
        # when it is done (core_did_load).
        self._core.start()

    # -- the library -------------------------------------------------------------

    def initial_path(self) -> Path:
        if self.library_path is not None:
            return self.library_path
        if os.environ.get("SAMSKAB_LIBRARY"):
            return Path(os.environ["SAMSKAB_LIBRARY"])
        if self.settings.library_path:
            return Path(self.settings.library_path)
        from app.library import default_library_path

        return default_library_path()

    def open_initial_library(self) -> None:
        self.open_library(self.initial_path())

    def open_library(self, path: Path) -> bool:
        """Open ``path`` as the library; on a problem explain it and offer another file."""
        from app.errors import SamskabError
        from app.library import open_library

        while True:
            try:
                library = open_library(path)
            except SamskabError as error:
                chosen = self.ask_for_other_library(error.message(self.data_language()), path)
                if chosen is None:
                    if self.library is None:
                        self.start_window.loading_label.setText(
                            self.tr("No library is open. Choose one in the File menu.")
                        )
                    return False
                path = chosen
                continue
            except OSError as error:
                chosen = self.ask_for_other_library(f"{path}: {error.strerror or error}", path)
                if chosen is None:
                    return False
                path = chosen
                continue
            break
        self._show_library(library)
        return True

    def _show_library(self, library: Library) -> None:
        from ui.controller import Controller

        for window in list(self.windows.values()):
            window.close()
        if self.library is not None:
            self.library.close()
        self.library = library
        self.controller = Controller(library, self.data_language(), self)
        self.controller.changes_did_happen.connect(self._start_changes_did_happen)
        self.start_window.set_library(library, self.controller)
        self.library_did_open.emit()

    def ask_for_other_library(self, message: str, path: Path) -> Path | None:
        """Show why the library could not be opened; return another file or ``None``."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.start_window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The library cannot be opened"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        choose = box.addButton(self.tr("Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not choose:
            return None
        return self.pick_library_file(path)

    def pick_library_file(self, near: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        folder = str((near or self.initial_path()).parent)
        name, _filter = QFileDialog.getSaveFileName(
            self.start_window,
            self.tr("Choose or create a library"),
            folder,
            self.tr("Samskab library (*.sqlite3 *.samskab);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened, not replaced
        )
        return Path(name) if name else None

    def choose_library(self) -> None:
        path = self.pick_library_file()
        if path is not None and self.open_library(path):
            self.settings.library_path = str(path)

    # -- workshops -----------------------------------------------------------------

    def open_workshop(self, workshop_id: uuid.UUID) -> WorkshopWindow | None:
        """Open (or raise) the window of ``workshop_id``."""
        if self.library is None:
            return None
        window = self.windows.get(workshop_id)
        if window is None:
            from app.errors import SamskabError
            from ui.controller import Controller
            from ui.desk.window import WorkshopWindow

            controller = Controller(self.library, self.data_language(), self)
            try:
                window = WorkshopWindow(controller, workshop_id, self.settings)
            except SamskabError as error:
                self.start_window.show_error(error.message(self.data_language()))
                return None
            from PySide6.QtCore import Qt

            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            controller.changes_did_happen.connect(self._workshop_changes_did_happen)
            window.window_did_close.connect(self._window_did_close)
            window.settings_did_get_requested.connect(self.edit_settings)
            window.quit_did_get_requested.connect(self.quit)
            self.windows[workshop_id] = window
            geometry = self.settings.geometry("workshop")
            if geometry:
                window.restoreGeometry(geometry)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _window_did_close(self, workshop_id: uuid.UUID) -> None:
        window = self.windows.pop(workshop_id, None)
        if window is not None:
            self.settings.set_geometry("workshop", bytes(window.saveGeometry().data()))

    def _start_changes_did_happen(self, changes: Changes) -> None:
        # The start screen changed a workshop (deleted it, for one): tell its window.
        for window in list(self.windows.values()):
            window.external_changes(changes)

    def _workshop_changes_did_happen(self, changes: Changes) -> None:
        self.start_window.changes_did_happen(changes)

    # -- settings ------------------------------------------------------------------

    def edit_settings(self) -> None:
        from ui.start.settings_dialog import SettingsDialog

        parent = QApplication.activeWindow() or self.start_window
        dialog = SettingsDialog(self.settings, parent)
        if dialog.exec():
            self.settings_did_change(dialog.language)

    def settings_did_change(self, language: str) -> None:
        """Apply saved settings to what is running: the language, the projector's screen."""
        if language != self.language:
            self.set_language(language)
        for window in self.windows.values():
            window.apply_note_size()
            if window.projector is not None and window.projector.isVisible():
                window.projector.place()

    def set_language(self, language: str) -> None:
        """Switch the UI language while running; every window re-sets its texts."""
        self.language = language
        if self.controller is not None:
            self.controller.language = self.data_language()
        for window in self.windows.values():
            window.controller.language = self.data_language()
        install_translators(language)  # last: views re-set their texts on its LanguageChange

    def quit(self) -> bool:
        """Quit from any window (Ctrl+Q): close the workshop windows (each closes its
        projector and saves as when closed by hand), then the start window. A window
        that refuses to close keeps the app running; returns whether all closed."""
        for window in list(self.windows.values()):
            if not window.close():
                return False
        if not self.start_window.close():
            return False
        QApplication.quit()
        return True

    def close(self) -> None:
        self.settings.set_geometry("start", bytes(self.start_window.saveGeometry().data()))
        for window in list(self.windows.values()):
            window.close()
        if self.library is not None:
            self.library.close()
            self.library = None


def _load_core() -> None:
    """Import the core (SQLAlchemy is most of it) and what filling the list needs."""
    import app.library
    import app.queries  # noqa: F401
    from ui import catalog

    app.library.prepare()
    from app.templates import user_templates_dir

    catalog.use_user_templates(user_templates_dir())
    catalog.templates()  # the list names each workshop's template; the welcome page shows them


def build(argv: list[str]) -> tuple[QApplication, Desk]:
    """Create the application and show the start window (the library opens right after)."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Samskab")
    args = parse_arguments(argv)
    settings = Settings(os.environ["SAMSKAB_SETTINGS"]) if os.environ.get("SAMSKAB_SETTINGS") else Settings()
    language = args.lang or os.environ.get("SAMSKAB_LANG") or settings.language
    install_translators(language, app)
    apply_theme(app)
    desk = Desk(settings, args.library, language, app)
    app.aboutToQuit.connect(desk.close)
    desk.show()
    return app, desk


def start(argv: list[str]) -> int:
    """Run the app until the last window closes; the exit code for ``sys.exit``."""
    app, _desk = build(argv)
    return app.exec()


if __name__ == "__main__":
    sys.exit(start(sys.argv))
