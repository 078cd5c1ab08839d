"""The desk's "Del" menu and toolbar entry: handouts, printing, files and the shared
database, and the push status in the status bar.

A thin layer over ``exports``: each command asks what it needs (options from
``ui.sharing.options``, a file name), then runs the exporter in a
:class:`~ui.background.Runner` — rendering a PDF or pushing to a server never freezes
the window — and reports in the status bar: PDF handout (without names, Danish or
English; opened in the PDF viewer afterwards), printable role cards (with or without
names), paper ballots for a chosen round, the ideas as CSV, the workshop file
(``.samskab``), and "Send til fælles database…" (``ui.sharing.push``).

The menu attaches itself through the workshop window's explicit places (see
:class:`DeskWindow`); this module does not import the desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QLocale, QObject, QRectF, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsView, QMenu, QMessageBox, QWidget

from app.queries.board import load_board
from ui.background import Runner, error_message
from ui.sharing.files import (
    choose_save_path,
    file_name,
    open_file,
    plain_tooltip,
    show_box,
    with_suffix,
)
from ui.sharing.options import (
    BallotOptions,
    BallotOptionsDialog,
    BoardPictureDialog,
    BoardPictureOptions,
    CardOptions,
    CardOptionsDialog,
    PdfOptions,
    PdfOptionsDialog,
)
from ui.sharing.picture import board_png
from ui.sharing.push import WARN_STYLE, PushDialog, push_queue
from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.library import Library
    from app.model import Workshop
    from exports.pdfkit import MissingGlyphs
    from exports.shared_db import PushResult
    from ui.controller import Controller
    from ui.settings import Settings

STATUS_PADDING = "padding: 0 4px 0 14px;"


def _language() -> str:
    from ui.catalog import data_language

    return data_language()



class Written(Protocol):
    """What a PDF export returns (``HandoutResult``, ``BallotSheet``, :class:`Pages`)."""

    @property
    def pages(self) -> int: ...

    @property
    def warnings(self) -> tuple[MissingGlyphs, ...]: ...


@dataclass(frozen=True)
class Pages:
    """A PDF that reports its pages only (the role cards)."""

    pages: int
    warnings: tuple[MissingGlyphs, ...] = ()

class DeskWindow(Protocol):
    """What the sharing commands need of the window they serve
    (:class:`ui.desk.window.WorkshopWindow`): its places for a menu, a toolbar button
    and a status widget, its message line, the workshop it shows and its board."""

    @property
    def workshop(self) -> Workshop | None: ...

    @property
    def board(self) -> QGraphicsView:
        """The idea board (painted into a PNG by "The board as a picture")."""
        ...

    def window(self) -> QWidget:
        """The top-level window (``QWidget.window``): dialogs' parent."""
        ...

    def show_message(self, text: str, error: bool = False) -> None: ...

    def add_menu(self, menu: QMenu) -> None: ...

    def add_toolbar_menu(self, menu: QMenu) -> QAction: ...

    def add_status_widget(self, widget: QWidget) -> None: ...


class WorkshopSharing(QObject):
    """The "Del" menu and toolbar entry of a workshop window, and its push status.

    Signals:
        export_did_finish(str): a file was written (its path).
        export_did_fail(str): the message shown; nothing (or no new file) was written.
    """

    export_did_finish = Signal(str)
    export_did_fail = Signal(str)

    def __init__(self, host: DeskWindow, controller: Controller, workshop_id: uuid.UUID,
                 settings: Settings | None = None) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        #: The parent of the dialogs and file choosers.
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
        self.xlsx_action = self._action(lambda: self.export_xlsx())
        self.board_action = self._action(lambda: self.export_board())
        self.file_action = self._action(lambda: self.export_file())
        self.push_action = self._action(lambda: self.show_push_dialog())
        self.menu = QMenu(window)
        self.menu.setObjectName("shareMenu")
        for action in (self.pdf_action, self.board_action, self.cards_action, self.ballots_action, None, self.csv_action,
                       self.xlsx_action, self.file_action, None, self.push_action):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        host.add_menu(self.menu)
        # The toolbar shows the menu's own action: one menu, two ways in.
        self.tool_action = host.add_toolbar_menu(self.menu)

        self.status_label = plain_label()
        self.status_label.setObjectName("pushStatus")
        host.add_status_widget(self.status_label)
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
            (self.board_action, self.tr("The board as a picture…")),
            (self.cards_action, self.tr("Role cards for printing…")),
            (self.ballots_action, self.tr("Ballots for printing…")),
            (self.csv_action, self.tr("Ideas as CSV…")),
            (self.xlsx_action, self.tr("Results for Excel (.xlsx)…")),
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
        workshop = self.host.workshop
        if workshop is not None:
            return str(workshop.title)
        from app.queries import load_workshop

        return str(load_workshop(self.library, self.workshop_id).title)

    def _workshop_language(self) -> str:
        workshop = self.host.workshop
        language = (workshop.language if workshop is not None else "") or _language()
        return "en" if language == "en" else "da"

    def message(self, text: str, *, error: bool = False) -> None:
        self.host.show_message(text, error)

    def _refused_while_busy(self) -> bool:
        if self.runner.busy:
            self.message(self.tr("One moment: Samskab is still writing the previous file."))
            return True
        return False

    def _save_path(self, caption: str, suffix: str, filters: str) -> str | None:
        path = self.choose_save_path(self.window, caption, file_name(self._title(), suffix), filters)
        return with_suffix(path, suffix) if path else None

    def _run(self, busy_text: str, job: Callable[[Any], Written | None], path: str, done_text: str, *,
             open_after: bool) -> bool:
        """Run ``job`` (it returns what it wrote, or ``None`` for a file without pages)
        in the worker and say how it went: the pages, and every text the PDF's fonts
        cannot draw, naming where it is."""
        def finished(written: Written | None) -> None:
            text = done_text.replace("%1", path)
            if written is not None:
                text += " " + self.tr("(%n page(s))", "", written.pages)
            self.message(text)
            if open_after:
                self.open_file(path)
            if written is not None and written.warnings:
                language = _language()
                show_box(self.window, QMessageBox.Icon.Warning, self.tr("Characters the PDF cannot show"),
                         self.tr("The file is saved. %n text(s) hold characters the PDF's fonts do not have; "
                                 "they print as boxes:", "", len(written.warnings)),
                         "\n".join(warning.message(language) for warning in written.warnings))
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
        dialog = PdfOptionsDialog(self._workshop_language(), self.window, settings=self.settings,
                                  workshop_id=self.workshop_id)
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
        from exports.handout import HandoutOptions, build_handout

        library, workshop_id = self.library, self.workshop_id
        details = HandoutOptions(options.municipality, Path(options.logo) if options.logo else None,
                                 options.contact, options.next_step)
        return self._run(
            self.tr("Writing the PDF handout…"),
            lambda _progress: build_handout(library, workshop_id, path, language=options.language,
                                            without_names=options.without_names, options=details),
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
            lambda _progress: Pages(build_role_cards(path, library=library, workshop_id=workshop_id,
                                                     with_names=options.with_names)),
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
            lambda _progress: build_ballots(library, options.round_id, path, copies=options.copies),
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

        def job(_progress: Any) -> None:
            export_csv(library, workshop_id, path)

        return self._run(self.tr("Writing the CSV file…"), job, path, self.tr("Ideas saved as CSV: %1"),
                         open_after=False)

    def ask_board_options(self) -> BoardPictureOptions | None:
        themes = [(t.id, t.title) for t in load_board(self.library, self.workshop_id).themes]
        dialog = BoardPictureDialog(sorted(themes, key=lambda t: t[1].casefold()), self.window)
        return dialog.options() if dialog.exec() else None

    def export_board(self, options: BoardPictureOptions | None = None) -> bool:
        """The whole board or one theme: a PDF drawn from the model in the worker, or a
        PNG painted from the desk's own board here and written in the worker."""
        if self._refused_while_busy():
            return False
        options = options or self.ask_board_options()
        if options is None:
            return False
        suffix = ".png" if options.png else ".pdf"
        path = self._save_path(self.tr("Save the board"), suffix,
                               self.tr("PNG picture (*.png)") if options.png else self.tr("PDF (*.pdf)"))
        if path is None:
            return False
        library, workshop_id, theme_id = self.library, self.workshop_id, options.theme_id
        language = self._workshop_language()
        if options.png:
            from exports.files import write_bytes

            theme = next((t for t in load_board(library, workshop_id).themes if t.id == theme_id), None)
            source = QRectF(theme.x, theme.y, theme.width, theme.height) if theme is not None else None
            data = board_png(self.host.board.scene(), source)

            def job(_progress: Any) -> None:
                write_bytes(Path(path), data)
        else:
            from exports.board_picture import build_board_pdf

            def job(_progress: Any) -> None:
                build_board_pdf(library, workshop_id, path, cluster_id=theme_id, language=language)

        return self._run(self.tr("Writing the board…"), job, path, self.tr("The board is saved: %1"), open_after=True)

    def export_xlsx(self) -> bool:
        """Ideas, action plan and results, a sheet each, in one Excel workbook."""
        if self._refused_while_busy():
            return False
        path = self._save_path(self.tr("Save results for Excel"), ".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return False
        from exports.xlsx_export import export_xlsx

        library, workshop_id, language = self.library, self.workshop_id, self._workshop_language()

        def job(_progress: Any) -> None:
            export_xlsx(library, workshop_id, path, language=language)

        return self._run(self.tr("Writing the Excel workbook…"), job, path, self.tr("Results saved for Excel: %1"),
                         open_after=False)

    def export_file(self) -> bool:
        if self._refused_while_busy():
            return False
        path = self._save_path(self.tr("Export workshop file"), ".samskab", self.tr("Samskab workshop (*.samskab)"))
        if path is None:
            return False
        from exports.workshop_file import export_workshop

        library, workshop_id = self.library, self.workshop_id

        def job(_progress: Any) -> None:
            export_workshop(library, workshop_id, path)

        return self._run(self.tr("Writing the workshop file…"), job, path,
                         self.tr("Workshop file saved: %1. Import it on another laptop from the start screen."),
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
            at = QLocale().toString(sent.time(), QLocale.FormatType.ShortFormat)
            conflicted = self.queue.conflicts.get(self.workshop_id)
            if conflicted is not None:
                return self.tr("Sent to the shared database at %1 with %n conflict(s)", "",
                               len(conflicted.conflicts)).replace("%1", at)
            return self.tr("Sent to the shared database at %1").replace("%1", at)
        return ""

    def update_status(self) -> None:
        waiting = bool(self.queue.waiting(self.workshop_id))
        text = self.status_text(waiting)
        conflicted = None if waiting else self.queue.conflicts.get(self.workshop_id)
        self.status_label.setStyleSheet(STATUS_PADDING + (WARN_STYLE if waiting or conflicted else ""))
        self.status_label.setText(text)
        if waiting:
            tip = self.tr("The workshop is kept and sent by itself as soon as the shared database can be reached.")
        elif conflicted is not None:
            # Names ideas (user text): a tooltip guesses rich text, so it is escaped.
            tip = plain_tooltip(conflicted.conflict_message(_language()))
        else:
            tip = ""
        self.status_label.setToolTip(tip)
        self.status_label.setVisible(bool(text))

    def _push_did_finish(self, result: PushResult) -> None:
        if result.workshop_id != self.workshop_id:
            return
        if result.sent and result.conflicts:
            self.message(self.tr("The workshop has been sent to the shared database with %n conflict(s).", "",
                                 len(result.conflicts)))
        elif result.sent:
            self.message(self.tr("The workshop has been sent to the shared database."))
        else:
            self.message(self.tr("Waiting for a connection: the workshop is sent as soon as the database can be reached."))
