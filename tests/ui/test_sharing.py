"""The "Del" menu at the desk, the push dialog with its offline queue, and importing
workshop files at the start screen — against real exporters, a real shared SQLite
database and real files; only the file chooser and the PDF viewer are replaced."""

from __future__ import annotations

import csv
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import ManualTime
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sharing_helpers import fresh_pg_database, memory_keyring, pg_rows, shared_rows

from app.library import Library, open_library
from app.operations import add_idea, delete_ideas, edit_idea
from app.queries import list_workshops, load_workshop
from exports.shared_db import pending_pushes, push_workshop, upgrade_shared
from exports.workshop_file import export_workshop, import_workshop
from ui.desk.window import WorkshopWindow
from ui.sharing import push as push_module
from ui.sharing.options import CardOptions, PdfOptions
from ui.sharing.push import close_push_queue, push_queue
from ui.start.window import StartWindow


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture(autouse=True)
def keyring_in_memory() -> Iterator[Any]:
    yield from memory_keyring()


@pytest.fixture
def window(qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID, manual_time: ManualTime,
           library: Library) -> Iterator[WorkshopWindow]:
    window = WorkshopWindow(controller, sample_id, settings, clock=manual_time)
    qtbot.addWidget(window)
    window.sharing.opened = []  # type: ignore[attr-defined]
    window.sharing.open_file = window.sharing.opened.append  # type: ignore[attr-defined]
    yield window
    window.sharing.runner.wait()
    close_push_queue(library)


def choose(sharing: Any, path: Path) -> None:
    sharing.choose_save_path = lambda _parent, _caption, _suggested, _filters: str(path)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_share_menu_and_toolbar_entry_speak_danish(window: WorkshopWindow) -> None:
    sharing = window.sharing
    assert sharing.menu.title() == "&Del"
    assert sharing.menu.menuAction() in window.menuBar().actions()
    assert sharing.menu.menuAction() in window.toolbar.actions()
    texts = [a.text() for a in sharing.menu.actions() if not a.isSeparator()]
    assert texts == ["PDF-referat…", "Tavlen som billede…", "Rollekort til print…", "Stemmesedler til print…", "Idéer som CSV…",
                     "Resultater til Excel (.xlsx)…",
                     "Eksportér workshopfil (.samskab)…", "Send til fælles database…"]


def test_pdf_handout_is_written_off_the_ui_thread_and_opened(window: WorkshopWindow, qtbot: Any, tmp_path: Path,
                                                            library: Library, sample_id: uuid.UUID) -> None:
    sharing = window.sharing
    choose(sharing, tmp_path / "referat")  # the suffix is added
    with qtbot.waitSignal(sharing.export_did_finish, timeout=30_000) as blocker:
        assert sharing.export_pdf(PdfOptions(without_names=False, language="da"))
        # A second click while the first is still being written is refused politely.
        assert not sharing.export_pdf(PdfOptions())
        assert "Et øjeblik" in window.status_message.text()
    path = tmp_path / "referat.pdf"
    assert blocker.args == [str(path)]
    assert sharing.opened == [str(path)]  # type: ignore[attr-defined]
    workshop = load_workshop(library, sample_id)
    assert PdfReader(str(path)).metadata.title == workshop.title
    first_idea = min(workshop.ideas, key=lambda i: i.number)
    assert " ".join(first_idea.text.split())[:40] in pdf_text(path)
    assert "PDF-referatet er gemt" in window.status_message.text()



def test_the_pdf_dialog_remembers_the_municipality_and_the_handout_shows_it(
        window: WorkshopWindow, qtbot: Any, tmp_path: Path, settings: Any, sample_id: uuid.UUID) -> None:
    from ui.sharing.options import PdfOptionsDialog

    dialog = PdfOptionsDialog("da", window, settings=settings, workshop_id=sample_id)
    qtbot.addWidget(dialog)
    dialog.municipality.setText("Gentofte Kommune")
    dialog.contact.setText("Innovationsenheden, inno@gentofte.dk")
    dialog.next_step.setText("Mødes igen 1. maj")
    options = dialog.options()
    assert all(edit.accessibleName() for edit in (dialog.municipality, dialog.logo, dialog.contact, dialog.next_step))
    again = PdfOptionsDialog("da", window, settings=settings, workshop_id=sample_id)
    qtbot.addWidget(again)
    assert again.municipality.text() == "Gentofte Kommune"  # remembered for every workshop
    assert again.next_step.text() == "Mødes igen 1. maj"  # and the next step for this one
    other = PdfOptionsDialog("da", window, settings=settings, workshop_id=uuid.uuid4())
    qtbot.addWidget(other)
    assert other.contact.text() == "Innovationsenheden, inno@gentofte.dk" and other.next_step.text() == ""
    sharing = window.sharing
    choose(sharing, tmp_path / "referat.pdf")
    with qtbot.waitSignal(sharing.export_did_finish, timeout=30_000):
        assert sharing.export_pdf(options)
    text = pdf_text(tmp_path / "referat.pdf")
    assert "GENTOFTE KOMMUNE" in text and "inno@gentofte.dk" in text and "Mødes igen 1. maj" in text


def test_a_logo_that_is_no_picture_is_named_and_nothing_is_written(
        window: WorkshopWindow, qtbot: Any, tmp_path: Path) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("no picture")
    sharing = window.sharing
    choose(sharing, tmp_path / "referat.pdf")
    with qtbot.waitSignal(sharing.export_did_fail, timeout=30_000) as blocker:
        assert sharing.export_pdf(PdfOptions(logo=str(bad)))
    assert "logo.png" in blocker.args[0]
    assert not (tmp_path / "referat.pdf").exists()


@pytest.mark.parametrize("png", [False, True])
def test_the_board_or_one_theme_is_saved_as_a_picture(window: WorkshopWindow, qtbot: Any, tmp_path: Path,
                                                      library: Library, sample_id: uuid.UUID, png: bool) -> None:
    from PySide6.QtGui import QImage

    from app.queries.board import load_board
    from ui.sharing.options import BoardPictureDialog, BoardPictureOptions

    themes = load_board(library, sample_id).themes
    dialog = BoardPictureDialog([(t.id, t.title) for t in themes], window)
    qtbot.addWidget(dialog)
    assert dialog.what_box.count() == len(themes) + 1 and dialog.what_box.currentData() is None
    sharing = window.sharing
    theme = max(themes, key=lambda t: t.width * t.height)
    for name, options in (("board", BoardPictureOptions(png=png)), ("theme", BoardPictureOptions(theme.id, png))):
        path = tmp_path / f"{name}.{'png' if png else 'pdf'}"
        choose(sharing, path)
        with qtbot.waitSignal(sharing.export_did_finish, timeout=30_000):
            assert sharing.export_board(options)
        if png:
            image = QImage(str(path))
            assert not image.isNull() and image.width() > 300
            if name == "theme":  # the theme's frame, at twice its size, with a margin
                assert abs(image.width() - 2 * (theme.width + 48)) <= 2
        else:
            text = pdf_text(path)
            assert theme.title[:15] in text
            if name == "theme":
                others = [t for t in themes if t.id != theme.id]
                assert all(t.title[:15] not in text for t in others if t.title[:15] not in theme.title)


def test_closing_the_window_while_a_pdf_is_written_does_not_wait_for_it(
    qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID, manual_time: ManualTime, library: Library,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import exports.handout

    # Its own window, deleted by the test (as the app deletes a closed one).
    window = WorkshopWindow(controller, sample_id, settings, clock=manual_time)
    window.sharing.opened = []  # type: ignore[attr-defined]
    window.sharing.open_file = window.sharing.opened.append  # type: ignore[attr-defined]

    release = threading.Event()
    real = exports.handout.build_handout

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(exports.handout, "build_handout", held)
    sharing, runner = window.sharing, window.sharing.runner
    choose(sharing, tmp_path / "referat.pdf")
    assert sharing.export_pdf(PdfOptions(without_names=False, language="da"))
    # Should closing wait for the job, the window would be deleted only after this
    # timer let the job go on: then the job would no longer be held below.
    letting_go = threading.Timer(5, release.set)
    letting_go.start()
    try:
        with qtbot.waitSignal(window.destroyed, timeout=10_000):
            window.close()
            window.deleteLater()
        assert not release.is_set(), "closing the window waited for the export"
        with qtbot.waitSignal(runner.destroyed, timeout=30_000):
            release.set()
    finally:
        letting_go.cancel()
        release.set()
        close_push_queue(library)
    assert len(PdfReader(str(tmp_path / "referat.pdf")).pages) > 1  # written whole
    assert sharing.opened == []  # type: ignore[attr-defined]  # nothing shown by a closed window

def test_a_text_the_pdf_fonts_cannot_draw_is_named_after_the_export(
        window: WorkshopWindow, qtbot: Any, tmp_path: Path, library: Library, sample_id: uuid.UUID) -> None:
    idea = add_idea(library, sample_id, "Tosprogede skilte 双语标志").subject
    assert idea is not None
    number = next(i.number for i in load_workshop(library, sample_id).ideas if i.id == idea)
    choose(window.sharing, tmp_path / "referat.pdf")
    with qtbot.waitSignal(window.sharing.export_did_finish, timeout=30_000):
        window.sharing.export_pdf(PdfOptions(without_names=False, language="da"))
    assert "PDF-referatet er gemt" in window.status_message.text()
    boxes = [box for box in window.findChildren(QMessageBox, "sharingMessage") if box.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].windowTitle() == "Tegn, som PDF'en ikke kan vise"
    assert "1 tekst har tegn" in boxes[0].text()
    assert f"{number}" in boxes[0].informativeText()


def test_a_pdf_every_font_draws_shows_no_warning(window: WorkshopWindow, qtbot: Any, tmp_path: Path) -> None:
    choose(window.sharing, tmp_path / "referat.pdf")
    with qtbot.waitSignal(window.sharing.export_did_finish, timeout=30_000):
        window.sharing.export_pdf(PdfOptions(without_names=False, language="da"))
    assert [box for box in window.findChildren(QMessageBox, "sharingMessage") if box.isVisible()] == []


def test_pdf_without_names_leaves_the_names_out(window: WorkshopWindow, qtbot: Any, tmp_path: Path,
                                                library: Library, sample_id: uuid.UUID) -> None:
    choose(window.sharing, tmp_path / "uden-navne.pdf")
    with qtbot.waitSignal(window.sharing.export_did_finish, timeout=30_000):
        window.sharing.export_pdf(PdfOptions(without_names=True, language="en"))
    text = pdf_text(tmp_path / "uden-navne.pdf")
    names = [p.name for p in load_workshop(library, sample_id).participants]
    assert names and not any(name in text for name in names)


@pytest.mark.parametrize("kind", ["cards", "csv", "xlsx", "file"])
def test_cards_csv_and_workshop_file_are_written(window: WorkshopWindow, qtbot: Any, tmp_path: Path,
                                                 library: Library, sample_id: uuid.UUID, kind: str) -> None:
    sharing = window.sharing
    suffix = {"cards": ".pdf", "csv": ".csv", "xlsx": ".xlsx", "file": ".samskab"}[kind]
    path = tmp_path / f"ud{suffix}"
    choose(sharing, path)
    with qtbot.waitSignal(sharing.export_did_finish, timeout=30_000):
        {"cards": lambda: sharing.export_cards(CardOptions(with_names=True)),
         "csv": sharing.export_csv, "xlsx": sharing.export_xlsx, "file": sharing.export_file}[kind]()
    workshop = load_workshop(library, sample_id)
    if kind == "cards":
        assert "Katalysator" in pdf_text(path)
        assert sharing.opened == [str(path)]  # type: ignore[attr-defined]
    elif kind == "csv":
        with path.open(encoding="utf-8-sig", newline="") as file:
            lines = list(csv.reader(file, delimiter=";"))
        assert len(lines) == len(workshop.ideas) + 1
        assert sharing.opened == []  # type: ignore[attr-defined]
    elif kind == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        assert book.sheetnames[:2] == ["Idéer", "Handlingsplan"]
        assert book["Idéer"].max_row == len(workshop.ideas) + 1
    else:
        assert str(sample_id) in path.read_text(encoding="utf-8")


def test_ballots_are_printed_for_the_chosen_round(window: WorkshopWindow, qtbot: Any, tmp_path: Path,
                                                  library: Library, sample_id: uuid.UUID) -> None:
    from app.operations import open_round
    from ui.sharing.options import BallotOptions

    sharing = window.sharing
    # No round yet: said plainly, nothing asked.
    assert sharing.ask_ballot_options() is None
    box = [b for b in window.findChildren(QMessageBox) if b.isVisible()][-1]
    assert "ingen afstemninger" in box.text()
    box.close()
    round_id = open_round(library, sample_id, "dots", title="Prioritering", budget=3).subject
    assert sharing.rounds() == [(round_id, "Prioritering · prikafstemning")]
    choose(sharing, tmp_path / "sedler.pdf")
    with qtbot.waitSignal(sharing.export_did_finish, timeout=30_000):
        assert sharing.export_ballots(BallotOptions(round_id, copies=4))
    assert "Prioritering" in pdf_text(tmp_path / "sedler.pdf")
    assert sharing.opened == [str(tmp_path / "sedler.pdf")]  # type: ignore[attr-defined]


def test_a_file_that_cannot_be_written_is_explained(window: WorkshopWindow, qtbot: Any, tmp_path: Path) -> None:
    choose(window.sharing, tmp_path / "mangler" / "ud.csv")  # no such folder
    with qtbot.waitSignal(window.sharing.export_did_fail, timeout=30_000) as blocker:
        window.sharing.export_csv()
    assert blocker.args[0].startswith("Filen kunne ikke skrives")
    assert window.status_message.property("role") == "error"
    assert not (tmp_path / "mangler").exists()


def test_push_from_the_dialog_withholds_names_by_default(window: WorkshopWindow, qtbot: Any, tmp_path: Path,
                                                        library: Library, sample_id: uuid.UUID, settings: Any) -> None:
    shared = tmp_path / "idebank.sqlite3"
    upgrade_shared(str(shared))
    dialog = window.sharing.show_push_dialog()
    assert not dialog.names_box.isChecked()
    assert "personoplysninger" in dialog.names_hint.text()
    dialog.address_edit.setText(str(shared))
    progress: list[tuple[int, int]] = []
    dialog.queue.push_did_progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(dialog.push_did_end, timeout=30_000) as blocker:
        dialog.send_button.click()
        assert not dialog.send_button.isEnabled() and dialog.progress.isVisible()
        assert not dialog.send()  # a second press while sending is refused politely
        assert dialog.result_label.text() == "Samskab sender stadig. Vent, til det er færdigt."
    assert blocker.args[0].sent
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert dialog.send_button.isEnabled() and not dialog.progress.isVisible()
    assert dialog.result_label.text().startswith("Sendt til")
    assert settings.shared_database == str(shared)
    names = [p.name for p in load_workshop(library, sample_id).participants]
    sent_names = [row[0] for row in shared_rows(shared, "SELECT name FROM participants")]
    assert len(sent_names) == len(names)
    assert all(name.startswith("Deltager ") for name in sent_names)
    authors = [row[0] for row in shared_rows(shared, "SELECT author FROM ideas")]
    assert not any(authors)
    assert window.sharing.status_label.text().startswith("Sendt til den fælles database kl.")


def copy_to(source: Library, workshop_id: uuid.UUID, target: Library, folder: Path) -> None:
    """Another laptop's copy of the workshop, taken by a .samskab file."""
    import_workshop(target, export_workshop(source, workshop_id, folder / f"{uuid.uuid4().hex}.samskab"))


def first_idea(library: Library, workshop_id: uuid.UUID) -> Any:
    return min(load_workshop(library, workshop_id).ideas, key=lambda i: i.number)


def test_a_push_with_conflicts_warns_in_the_dialog_and_the_status_line(
        window: WorkshopWindow, qtbot: Any, tmp_path: Path, library: Library, sample_id: uuid.UUID,
        make_library: Any) -> None:
    shared = tmp_path / "idebank.sqlite3"
    upgrade_shared(str(shared))
    laptop_b = make_library("laptop-b")
    copy_to(library, sample_id, laptop_b, tmp_path)
    idea = first_idea(library, sample_id)
    # The same idea edited once on each laptop: the same revision, two versions.
    edit_idea(laptop_b, idea.id, "Laptop B's udgave")
    edit_idea(library, idea.id, "<b>Laptop A</b> & <img src=y>")
    assert push_workshop(laptop_b, sample_id, str(shared)).conflicts == ()
    dialog = window.sharing.show_push_dialog()
    dialog.address_edit.setText(str(shared))
    with qtbot.waitSignal(dialog.push_did_end, timeout=30_000) as blocker:
        dialog.send()
    result = blocker.args[0]
    assert result.sent and [c.row_id for c in result.conflicts] == [idea.id]
    # The outcome, then the conflict as a warning of its own, naming the idea in plain text.
    assert dialog.result_label.text().startswith("Sendt til") and "Konflikt" not in dialog.result_label.text()
    assert dialog.conflict_label.isVisibleTo(dialog)
    assert dialog.conflict_label.text() == "⚠ " + result.conflict_message("da")
    assert f"idé {idea.number} «<b>Laptop A</b> & <img src=y>»" in dialog.conflict_label.text()
    assert dialog.conflict_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.conflict_label.styleSheet() == push_module.WARN_STYLE
    status = window.sharing.status_label
    assert status.text().startswith("Sendt til den fælles database kl.") and status.text().endswith(" med 1 konflikt")
    assert push_module.WARN_STYLE in status.styleSheet()
    assert "&lt;b&gt;Laptop A&lt;/b&gt;" in status.toolTip()  # escaped: tooltips guess rich text
    assert window.status_message.text() == "Workshoppen er sendt til den fælles database med 1 konflikt."

    # Edited again here: the higher revision settles it, and the warnings go.
    edit_idea(library, idea.id, "Begge udgaver, samlet")
    with qtbot.waitSignal(dialog.push_did_end, timeout=30_000) as blocker:
        dialog.send()
    assert blocker.args[0].sent and blocker.args[0].conflicts == ()
    assert not dialog.conflict_label.isVisibleTo(dialog)
    assert not status.text().endswith("konflikt") and push_module.WARN_STYLE not in status.styleSheet()
    assert status.toolTip() == ""


def test_a_password_goes_to_the_keyring_and_an_unreachable_server_queues(
        window: WorkshopWindow, qtbot: Any, settings: Any, keyring_in_memory: Any, sample_id: uuid.UUID,
        library: Library) -> None:
    dialog = window.sharing.show_push_dialog()
    dialog.address_edit.setText("postgresql+psycopg://ann:hemmeligt@127.0.0.1:9/samskab")
    with qtbot.waitSignal(dialog.push_did_end, timeout=30_000) as blocker:
        assert dialog.send()
    assert not blocker.args[0].sent
    assert keyring_in_memory.store == {
        ("samskab-shared-database", "postgresql+psycopg://ann@127.0.0.1:9/samskab"): "hemmeligt"}
    settings.sync()
    assert "hemmeligt" not in Path(settings.location).read_text(encoding="utf-8")
    assert settings.shared_database == "postgresql+psycopg://ann@127.0.0.1:9/samskab"
    assert "hemmeligt" not in dialog.address_edit.text()
    assert "hemmeligt" not in dialog.result_label.text() + dialog.detail_label.text()
    assert dialog.detail_label.text().startswith("postgresql+psycopg://ann@127.0.0.1:9/samskab: ")
    assert dialog.result_label.text().startswith("Venter på forbindelse")
    assert window.sharing.status_label.text() == "Venter på forbindelse"
    assert window.sharing.status_label.isVisibleTo(window)
    assert [p.address for p in pending_pushes(library, sample_id)] == ["postgresql+psycopg://ann@127.0.0.1:9/samskab"]
    assert window.sharing.queue.timer.isActive()


def test_an_empty_or_unreadable_address_is_explained(window: WorkshopWindow) -> None:
    dialog = window.sharing.show_push_dialog()
    dialog.address_edit.setText("   ")
    assert not dialog.send()
    assert dialog.result_label.text() == "Skriv den fælles databases adresse først."
    for address in ("post gres://x", "postgresql://ann@host:abc/db"):
        dialog.address_edit.setText(address)
        assert not dialog.send()
        assert "kan ikke læses" in dialog.result_label.text()
    assert not dialog.queue.busy


def test_a_queued_push_is_retried_and_sent_exactly_once(window: WorkshopWindow, qtbot: Any, tmp_path: Path,
                                                       library: Library, sample_id: uuid.UUID) -> None:
    shared = tmp_path / "server" / "idebank.sqlite3"
    shared.mkdir(parents=True)  # a folder where the file should be: it cannot be opened (yet)
    dialog = window.sharing.show_push_dialog()
    dialog.address_edit.setText(str(shared))
    with qtbot.waitSignal(dialog.push_did_end, timeout=30_000) as blocker:
        dialog.send()
    assert not blocker.args[0].sent
    assert window.sharing.status_label.text() == "Venter på forbindelse"
    assert len(pending_pushes(library)) == 1

    # The database comes within reach; the timer's next round sends the workshop.
    shared.rmdir()
    upgrade_shared(str(shared))
    queue = window.sharing.queue
    assert queue.timer.isActive()
    sent: list[Any] = []
    queue.push_did_finish.connect(sent.append)
    with qtbot.waitSignal(queue.push_did_finish, timeout=30_000):
        queue.timer.setInterval(10)
    assert [r.sent for r in sent] == [True]
    qtbot.waitUntil(lambda: not queue.busy)
    assert window.sharing.status_label.text().startswith("Sendt til den fælles database kl.")
    assert window.status_message.text() == "Workshoppen er sendt til den fælles database."
    assert not queue.timer.isActive()
    assert pending_pushes(library) == []
    assert not queue.retry()  # nothing left to send
    ideas = len(load_workshop(library, sample_id).ideas)
    assert shared_rows(shared, "SELECT count(*) FROM workshops") == [(1,)]
    assert shared_rows(shared, "SELECT count(*) FROM ideas") == [(ideas,)]
    assert sent and len(sent) == 1


@pytest.mark.postgres
def test_a_push_to_a_stopped_postgresql_server_is_sent_once_it_is_back(
        window: WorkshopWindow, qtbot: Any, pg_server: Any, library: Library, sample_id: uuid.UUID,
        keyring_in_memory: Any) -> None:
    address = fresh_pg_database(pg_server)
    upgrade_shared(address)
    dialog = window.sharing.show_push_dialog()
    dialog.address_edit.setText(address.replace("postgres@", "postgres:hemmeligt@"))
    pg_server.kill()
    try:
        with qtbot.waitSignal(dialog.push_did_end, timeout=30_000) as blocker:
            dialog.send()
    finally:
        pg_server.start()
    assert not blocker.args[0].sent
    assert window.sharing.status_label.text() == "Venter på forbindelse"
    assert list(keyring_in_memory.store.values()) == ["hemmeligt"]
    queue = window.sharing.queue
    with qtbot.waitSignal(queue.push_did_finish, timeout=30_000) as blocker:
        queue.timer.setInterval(10)
    assert blocker.args[0].sent
    qtbot.waitUntil(lambda: not queue.busy)
    assert pending_pushes(library) == [] and not queue.timer.isActive()
    assert pg_rows(address, "SELECT count(*) FROM workshops") == [(1,)]
    assert pg_rows(address, "SELECT count(*) FROM ideas") == [(len(load_workshop(library, sample_id).ideas),)]
    names = {row[0] for row in pg_rows(address, "SELECT name FROM participants")}
    assert names and all(name.startswith("Deltager ") for name in names)
    assert window.sharing.status_label.text().startswith("Sendt til den fælles database kl.")


def test_pushes_left_waiting_are_retried_when_the_start_window_opens(
        qtbot: Any, controller: Any, settings: Any, library: Library, sample_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "server" / "idebank.sqlite3"
    shared.mkdir(parents=True)
    assert not push_workshop(library, sample_id, str(shared)).sent  # queued last time
    shared.rmdir()
    upgrade_shared(str(shared))
    monkeypatch.setattr(push_module, "RETRY_AT_START_MS", 0)
    window = StartWindow(settings)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(push_queue(library).push_did_finish, timeout=30_000) as blocker:
            window.set_library(library, controller)
        assert blocker.args[0].sent
        qtbot.waitUntil(lambda: not push_queue(library).busy)
        assert pending_pushes(library) == []
        assert shared_rows(shared, "SELECT count(*) FROM workshops") == [(1,)]
    finally:
        close_push_queue(library)


# -- the start screen ----------------------------------------------------------------------


@pytest.fixture
def start(qtbot: Any, controller: Any, settings: Any, library: Library) -> Iterator[StartWindow]:
    window = StartWindow(settings)
    qtbot.addWidget(window)
    window.set_library(library, controller)
    yield window
    window.sharing.runner.wait()
    close_push_queue(library)


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    """A .samskab file of the sample workshop, exported from another laptop's library."""
    from app import operations
    from ui import catalog

    other = open_library(tmp_path / "other.sqlite3")
    try:
        example = catalog.sample()
        workshop_id = operations.add_sample(other, example, catalog.templates()[example.template]).subject
        assert workshop_id is not None
        return export_workshop(other, workshop_id, tmp_path / "gentofte.samskab")
    finally:
        other.close()


def message_boxes(window: StartWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_the_start_window_offers_import_and_the_idea_bank(start: StartWindow) -> None:
    texts = [a.text() for a in start.file_menu.actions()]
    assert "&Importér workshopfil…" in texts and "&Idébank…" in texts
    assert start.sharing.import_button.text() == "Importér workshopfil…"
    assert start.sharing.bank_button.text() == "Idébank…"
    assert start.sharing.welcome_import_button.parent() is not None
    # Through the start window's places: after opening a workshop, before another library...
    actions = start.file_menu.actions()
    first = actions.index(start.sharing.import_action)
    assert actions[first - 2:first + 4] == [start.open_action, actions[first - 1], start.sharing.import_action,
                                            start.sharing.bank_action, actions[first + 2], start.library_action]
    assert actions[first - 1].isSeparator() and actions[first + 2].isSeparator()
    # ...the buttons before "Open sample workshop" under the list, and after it on the welcome page.
    for layout, expected in (
        (start._list_footer, [start.sharing.bank_button, start.sharing.import_button, start.sample_button]),
        (start._welcome_row, [start.welcome_sample, start.sharing.welcome_import_button]),
    ):
        shown = [layout.itemAt(i).widget() for i in range(layout.count())]
        assert [w for w in shown if w is not None and w in expected] == expected


def test_the_idea_bank_opens_from_the_start_window_with_the_saved_address(start: StartWindow, qtbot: Any,
                                                                          settings: Any) -> None:
    from ui.sharing.idea_bank import IdeaBankWindow

    settings.shared_database = "postgresql+psycopg://ann@db.kommune.dk/idebank"
    start.sharing.bank_button.click()
    bank = start.sharing.bank_window
    assert isinstance(bank, IdeaBankWindow) and bank.isVisible()
    assert bank.address_edit.text() == "postgresql+psycopg://ann@db.kommune.dk/idebank"
    start.sharing.bank_action.trigger()
    assert start.sharing.bank_window is bank  # one window, raised again


def test_importing_a_workshop_file_adds_it_to_the_list(start: StartWindow, qtbot: Any, workshop_file: Path,
                                                       library: Library) -> None:
    start.sharing.choose_open_path = lambda *_args: str(workshop_file)
    with qtbot.waitSignal(start.sharing.import_did_finish, timeout=30_000) as blocker:
        start.sharing.import_button.click()
    result = blocker.args[0]
    titles = [start.tree.topLevelItem(i).text(0) for i in range(start.tree.topLevelItemCount())]
    assert titles == [result.title]
    assert start.selected_id() == result.workshop_id
    box = message_boxes(start)[-1]
    assert box.textFormat().name == "PlainText"
    assert box.text().startswith(f"»{result.title}«") or result.title in box.text()
    assert "er importeret" in box.text()
    # The same file again changes nothing and says so.
    with qtbot.waitSignal(start.sharing.import_did_finish, timeout=30_000):
        start.sharing.import_file()
    assert len(list_workshops(library)) == 1
    assert "fandtes allerede" in message_boxes(start)[-1].text()


def test_an_import_with_conflicts_and_deletions_says_so(start: StartWindow, qtbot: Any, library: Library,
                                                       make_library: Any, tmp_path: Path) -> None:
    from app import operations
    from ui import catalog

    other = make_library("other-laptop")
    example = catalog.sample()
    workshop_id = operations.add_sample(other, example, catalog.templates()[example.template]).subject
    assert workshop_id is not None
    copy_to(other, workshop_id, library, tmp_path)  # this laptop's copy
    ideas = sorted(load_workshop(other, workshop_id).ideas, key=lambda i: i.number)
    edit_idea(library, ideas[0].id, "Min udgave")
    edit_idea(other, ideas[0].id, "Den anden: <b>udgave</b>")  # the same revision: a conflict
    delete_ideas(other, [ideas[1].id])  # a deletion this laptop never contradicted
    path = export_workshop(other, workshop_id, tmp_path / "igen.samskab")
    start.sharing.choose_open_path = lambda *_args: str(path)
    with qtbot.waitSignal(start.sharing.import_did_finish, timeout=30_000) as blocker:
        start.sharing.import_file()
    result = blocker.args[0]
    assert [c.row_id for c in result.conflicts] == [ideas[0].id] and result.deleted >= 1
    box = message_boxes(start)[-1]
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.windowTitle() == "Workshop importeret med konflikter"
    assert box.textFormat() == Qt.TextFormat.PlainText
    removed = ("1 række, der er slettet i filen, er også fjernet her." if result.deleted == 1 else
               f"{result.deleted} rækker, der er slettet i filen, er også fjernet her.")
    assert removed in box.text()
    assert box.informativeText() == result.conflict_message("da")
    assert "«Den anden: <b>udgave</b>»" in box.informativeText()  # named in plain text
    assert ideas[1].id not in {i.id for i in load_workshop(library, workshop_id).ideas}


def test_a_file_read_while_another_library_opens_is_not_imported_into_it(
    start: StartWindow, qtbot: Any, workshop_file: Path, library: Library, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import exports.workshop_file
    from ui.controller import Controller

    release = threading.Event()
    real = exports.workshop_file.read_workshop_file

    def held(path: Any) -> Any:
        release.wait(30)
        return real(path)

    monkeypatch.setattr(exports.workshop_file, "read_workshop_file", held)
    start.sharing.choose_open_path = lambda *_args: str(workshop_file)
    assert start.sharing.import_file()
    other = open_library(tmp_path / "switched.sqlite3")
    try:
        start.set_library(other, Controller(other, "da"))  # File → Open library, meanwhile
        with qtbot.waitSignal(start.sharing.import_did_fail, timeout=30_000) as blocker:
            release.set()
        assert "Et andet bibliotek blev åbnet" in blocker.args[0] and "Intet blev importeret." in blocker.args[0]
        assert list_workshops(other) == [] and list_workshops(library) == []
    finally:
        release.set()
        start.sharing.runner.wait()
        other.close()

@pytest.mark.parametrize("content", ["{ikke json", '{"format": "noget andet"}'])
def test_a_malformed_file_is_explained_and_nothing_is_imported(start: StartWindow, qtbot: Any, tmp_path: Path,
                                                              library: Library, content: str) -> None:
    bad = tmp_path / "ødelagt.samskab"
    bad.write_text(content, encoding="utf-8")
    start.sharing.choose_open_path = lambda *_args: str(bad)
    with qtbot.waitSignal(start.sharing.import_did_fail, timeout=30_000) as blocker:
        start.sharing.import_file()
    assert "Intet blev importeret." in blocker.args[0]
    box = message_boxes(start)[-1]
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Intet blev importeret." in box.text()
    assert list_workshops(library) == []
    assert start.tree.topLevelItemCount() == 0


# -- translations and layout -------------------------------------------------------------------

def test_pseudo_language_sharing_dialogs_have_no_clipped_labels(language: Any, themed: Any, qtbot: Any,
                                                              window: WorkshopWindow, sample_id: uuid.UUID) -> None:
    from test_i18n import clipped

    from ui.sharing.options import BallotOptionsDialog, CardOptionsDialog, PdfOptionsDialog

    language("xx")
    dialogs = [PdfOptionsDialog("da", window), CardOptionsDialog(window),
               BallotOptionsDialog([(sample_id, "Prioritering · prikafstemning")], window),
               window.sharing.show_push_dialog()]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle().startswith("[")
        assert clipped(dialog.findChildren(QWidget)) == [], type(dialog).__name__
        dialog.close()


def test_an_import_is_one_step_that_undo_takes_back(start: StartWindow, qtbot: Any, workshop_file: Path,
                                                    library: Library, controller: Any) -> None:
    with qtbot.waitSignal(start.sharing.import_did_finish, timeout=30_000):
        start.sharing.import_file(str(workshop_file))
    assert len(list_workshops(library)) == 1
    assert controller.undo_stack.undoText() == "Importér workshopfil"
    controller.undo_stack.undo()
    assert list_workshops(library) == []
    assert start.tree.topLevelItemCount() == 0
