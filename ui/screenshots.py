"""Pictures of the app for reviewers and the README: ``python -m ui.screenshots OUTDIR``.

Runs offscreen on a throwaway library holding the sample workshop and two more, and
writes ``start.png`` (the start screen), ``welcome.png`` (an empty library),
``new-workshop.png``, ``workshop.png`` (the sample workshop at the desk),
``people.png``, ``plan.png``, ``plan-editor.png`` (the phases, statements and criteria
being edited), ``projector.png`` (the room view of the themes),
``projector-theme.png`` (one theme in focus), ``projector-phase.png``, ``projector-role.png``,
``projector-results.png`` (a revealed dot vote), ``board-keyboard.png`` (a board sorted
into themes by keyboard alone: arrows, Shift, Ctrl+G and typing), ``questions.png`` and
``projector-questions.png`` (the question funnel), ``projector-card.png`` (a catalyst
card), ``inbox.png`` (ideas from phones waiting in the desk's inbox), ``idea-bank.png`` (the
idea bank's overview) and ``idea-bank-follow-up.png`` (an idea's follow-up). Nothing
touches the user's library or settings.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.library import Library
    from ui.desk.window import WorkshopWindow


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    for _ in range(3):
        QApplication.processEvents()
    image = widget.grab().toImage()
    # zlib level ~8: small files for the README. PySide's stubs want the format as
    # bytes, but at runtime (6.x) only a str is accepted.
    image.save(str(path), "PNG", 8)  # type: ignore[call-overload]


def _until(done: object) -> None:
    """Let the event loop run until ``done()`` (a background read has come back)."""
    import time

    from PySide6.QtWidgets import QApplication

    assert callable(done)
    deadline = time.monotonic() + 60
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _idea_bank(library: Library, sample_id: object, settings: object, folder: Path, out: Path) -> None:
    """The sample pushed to a shared SQLite file, a few ideas followed up, the idea bank window."""
    import uuid

    from app.queries import load_workshop
    from exports.idea_followup import set_follow_up, value_kinds
    from exports.shared_db import push_workshop, upgrade_shared
    from ui.sharing.idea_bank import IdeaBankWindow

    assert isinstance(sample_id, uuid.UUID)
    address = str(folder / "idebank.sqlite3")
    upgrade_shared(address)
    push_workshop(library, sample_id, address)
    ideas = sorted(load_workshop(library, sample_id).ideas, key=lambda i: i.number)
    kind = value_kinds()[0]
    for idea, status in zip(ideas, ("implementeret", "afproeves", "afproeves", "udvalgt", "udvalgt", "udvalgt",
                                    "lagt_til_side"), strict=False):
        set_follow_up(address, idea.id, who="Lone Dahl", status=status, owner="Mette Kjærgaard",
                      value_kind=kind if status == "implementeret" else "",
                      value_hours=340 if status == "implementeret" else None,
                      value_kroner=125_000 if status == "implementeret" else None)
    set_follow_up(address, ideas[1].id, who="Mette Kjærgaard", next_date=dt.date(2026, 4, 15),
                  for_whom="Nyuddannede og jobcentrets rådgivere", note="Første lille test i april")
    settings.shared_database = address  # type: ignore[attr-defined]
    bank = IdeaBankWindow(settings)  # type: ignore[arg-type]
    bank.resize(1400, 860)
    bank.show()
    _until(lambda: bank.overview_page.overview is not None)
    _save(bank, out / "idea-bank.png")
    bank.show_status("afproeves")
    _until(lambda: bank.table.rowCount() > 0 and not bank.runner.busy)
    bank.table.selectRow(0)
    _until(lambda: bank.editor.idea_id is not None and not bank.follow_runner.busy)
    _save(bank, out / "idea-bank-follow-up.png")
    bank.close()


def _vote(window: WorkshopWindow, library: Library) -> None:
    """A revealed dot vote on the sample's ideas, as if the room had voted."""
    import random

    from app.operations.voting import cast_ballot, close_round, open_round, reveal_round
    from app.voting import round_info

    controller = window.controller
    changes = controller.run("vote", open_round, window.workshop_id, "dots", title="Hvilke idéer skal vi teste først?", budget=3)
    if changes is None or changes.subject is None:
        return
    round_id = changes.subject
    options = [o.id for o in round_info(library, round_id).options]
    favourites = options[:8]
    chance = random.Random(3)
    for voter in range(34):
        dots: dict[object, int] = {}
        for _ in range(3):
            pick = chance.choice(favourites[: 3 + voter % 6])
            dots[pick] = dots.get(pick, 0) + 1
        controller.run("vote", cast_ballot, round_id, f"device:{voter}", dots=dots)
    controller.run("close", close_round, round_id)
    controller.run("reveal", reveal_round, round_id)
    window.voting.reload(select=round_id)


_KEYBOARD_IDEAS = (
    "Fast kontaktperson for hver borger", "Samme hjælper om morgenen", "Billeder af holdet på køleskabet",
    "Tale-til-tekst i bilen", "Skabeloner med færre felter", "Dokumentér sammen med borgeren",
    "Kaffe med naboerne fredag", "Frivillige gåture", "Pårørende på besøg i køkkenet",
    "Mål tid brugt på skærm", "Borgeren læser sin egen journal",
)
# (how many of the next notes, in reading order, and the theme's name)
_KEYBOARD_THEMES = ((3, "Faste ansigter"), (3, "Mindre skærmtid"), (3, "Fællesskab"))


def board_by_keyboard(library: Library, language: str, path: Path) -> None:
    """A board sorted into themes by key presses only, as a facilitator without a
    mouse would: → to the first note, Shift+→ to take the next ones, Ctrl+G to make
    the theme, its name typed, Enter; then → on to the next loose note."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app import operations
    from ui import catalog
    from ui.board.view import BoardView
    from ui.controller import Controller

    template = catalog.templates()["hverdagsinnovation"]
    workshop = operations.create_workshop(library, template, title="Hjemmeplejen sorteret").subject
    assert workshop is not None
    controller = Controller(library, language)
    for text in _KEYBOARD_IDEAS:
        controller.run("add", operations.add_idea, workshop, text)
    board = BoardView(controller, workshop)
    board.resize(1600, 900)
    board.show()
    board.activateWindow()
    board.setFocus()
    QApplication.processEvents()
    for count, title in _KEYBOARD_THEMES:
        loose = [i for i in board.reading_order() if (n := board.note(i)) is not None and n.cluster_id is None]
        board.focus_idea(loose[0])
        for _ in range(count - 1):
            QTest.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(board, title)
        QTest.keyClick(board, Qt.Key.Key_Return)
    # The last theme first in the order (Ctrl+Shift+←), and the keyboard on a loose note.
    QTest.keyClick(board, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    loose = [i for i in board.reading_order() if (n := board.note(i)) is not None and n.cluster_id is None]
    if loose:
        board.focus_idea(loose[0])
    board.fit_all()
    _save(board, path)
    board.close()


def _funnel_and_deck(library: Library, language: str, settings: object, out: Path) -> None:
    """The question funnel of a "Det gode innovationsspørgsmål" workshop at the desk
    and on the projector, and a catalyst card on the projector."""
    from PySide6.QtWidgets import QApplication

    from app import operations
    from ui import catalog
    from ui.controller import Controller
    from ui.desk.window import WorkshopWindow

    made = operations.create_workshop(
        library, catalog.templates()["det-gode-innovationsspoergsmaal"], title="Jagten på spørgsmålet",
        date=dt.date(2026, 4, 9), place="Fredericia Rådhus", facilitator="Lene Bak",
    )
    assert made.subject is not None
    workshop_id = made.subject
    candidates = [
        ("Hvordan sparer vi 10 % på hjemmeplejen?", (1, 1, 1, 1), True),
        ("Hvad nu hvis borgeren havde lyst til at bidrage?", (5, 5, 4, 5), False),
        ("Hvordan får vi flere hænder?", (2, 3, 1, 2), True),
        ("Hvad nu hvis ingen skulle visiteres?", (4, 5, 5, 3), False),
        ("Hvordan bliver hjemmeplejen overflødig for de fleste?", (4, 4, 5, 4), False),
        ("Hvordan kan vi digitalisere mere?", (2, 1, 1, 2), True),
    ]
    chosen = None
    for text, scores, discard in candidates:
        question_id = operations.add_candidate_question(library, workshop_id, text).subject
        assert question_id is not None
        operations.score_candidate_question(library, question_id, list(scores))
        if discard:
            operations.discard_candidate_question(library, question_id)
        chosen = chosen or (question_id if scores[0] == 5 else None)
    operations.add_candidate_question(library, workshop_id, "Hvad hvis vi spurgte de unge ældre?", source="phone")
    assert chosen is not None
    operations.choose_candidate_question(library, chosen)
    window = WorkshopWindow(Controller(library, language), workshop_id, settings)  # type: ignore[arg-type]
    window.resize(1600, 960)
    window.show()
    window.tabs.setCurrentWidget(window.question_funnel)
    QApplication.processEvents()
    _save(window, out / "questions.png")
    window.question_funnel.project_button.setChecked(True)
    projector = window.ensure_projector()
    projector.resize(1920, 1080)
    _save(projector, out / "projector-questions.png")
    window.question_funnel.project_button.setChecked(False)
    window.catalyst_deck.draw("halvt-budget")  # F10 draws at random; the menu chooses
    projector.resize(1920, 1080)
    _save(projector, out / "projector-card.png")
    window.catalyst_deck.hide_card()
    window.close()


def _phone_ideas(window: WorkshopWindow, library: Library) -> None:
    """Writing open to the inbox and a few ideas sent from phones, as a room would."""
    from app.operations.phones import open_phones, open_writing, submit_phone_idea
    from app.queries import load_workshop

    workshop = load_workshop(library, window.workshop_id)
    groups = [g.id for g in workshop.table_groups]
    open_phones(library, window.workshop_id)
    phase = workshop.current_phase_id or workshop.phases[0].id
    window.controller.run("phones", open_writing, window.workshop_id, phase, "inbox", undoable=False)
    sent = [
        ("Lektiecafé på biblioteket med frivillige studerende", 0, None),
        ("Gratis natbus for unge og ældre fredag og lørdag", 1, "Ayşe"),
        ("Et værksted hvor unge reparerer cykler og sælger dem videre – overskuddet går til klubben", None, None),
        ("Spørg de unge selv: en sms-afstemning om næste års aktiviteter", 2, "Mikkel"),
        ("<b>Større</b> skilte ved indgangen & bedre lys", 0, None),
    ]
    for n, (text, group, author) in enumerate(sent):
        group_id = groups[group % len(groups)] if group is not None and groups else None
        submit_phone_idea(library, window.workshop_id, f"screenshot-phone-{n}-0123456789", text, group_id, author)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m ui.screenshots OUTDIR\n")
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["samskab"])
    assert isinstance(app, QApplication)
    from ui.i18n import install_translators
    from ui.theme import apply_theme

    language = os.environ.get("SAMSKAB_LANG", "da")
    install_translators(language, app)
    apply_theme(app)

    from app import operations
    from app.library import open_library
    from ui import catalog
    from ui.controller import Controller
    from ui.desk.window import WorkshopWindow
    from ui.settings import Settings
    from ui.start.new_workshop import NewWorkshopDialog
    from ui.start.window import StartWindow

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(Path(folder) / "settings.ini")
        empty = open_library(Path(folder) / "empty.sqlite3")
        welcome = StartWindow(settings)
        welcome.resize(1280, 800)
        welcome.set_library(empty, Controller(empty, language))
        welcome.show()
        _save(welcome, out / "welcome.png")
        welcome.close()

        clock_start = dt.datetime(2026, 3, 12, 9, 0)
        ticks = iter(range(10**6))
        library = open_library(
            Path(folder) / "library.sqlite3",
            clock=lambda: clock_start + dt.timedelta(seconds=next(ticks)),
            rng=random.Random(7),
        )
        templates = catalog.templates()
        operations.create_workshop(
            library, templates["hverdagsinnovation"], title="Færre skemaer i hjemmeplejen",
            question="Hvad nu hvis dokumentationen kunne klares på halvdelen af tiden?",
            date=dt.date(2026, 2, 3), place="Stevns Rådhus", facilitator="Lone Dahl",
        )
        operations.create_workshop(
            library, templates["samarbejdsdrevet-innovation"], title="Ledernetværk: samarbejdsdrevet innovation",
            question="Hvilke 3 ledelsesudfordringer anser I som størst?",
            date=dt.date(2026, 1, 20), place="Assens, Kulturhuset", facilitator="Peter Winther",
        )
        example = catalog.sample()
        sample_id = operations.add_sample(library, example, templates[example.template]).subject
        assert sample_id is not None

        controller = Controller(library, language)
        start = StartWindow(settings)
        start.resize(1280, 800)
        start.set_library(library, controller)
        start.select(sample_id)
        start.show()
        _save(start, out / "start.png")

        dialog = NewWorkshopDialog(controller, template_id="innovationsloopet", parent=start)
        dialog.title_edit.setText("Unges iværksætteri")
        dialog.question_edit.setPlainText("Hvordan kan flere unge prøve kræfter med at starte noget selv?")
        dialog.place_edit.setText("Gentofte Rådhus")
        dialog.facilitator_edit.setText("Mette Kjærgaard")
        dialog.participants_edit.setPlainText("Anne Holm; Erhvervsservice\nJonas Berg; Ungdomsskolen\nSara Lund; Gymnasiet")
        dialog.show()
        _save(dialog, out / "new-workshop.png")
        dialog.done(0)  # close() would ask whether to discard what was typed

        window = WorkshopWindow(Controller(library, language), sample_id, settings)
        window.resize(1600, 960)
        window.show()
        QApplication.processEvents()
        window._fit_board()
        _save(window, out / "workshop.png")
        window.tabs.setCurrentIndex(window.PEOPLE_TAB)
        _save(window, out / "people.png")
        window.tabs.setCurrentIndex(window.PLAN_TAB)
        _save(window, out / "plan.png")
        window.tabs.setCurrentIndex(window.BOARD_TAB)
        window.edit_plan()
        editor = window.plan_editor
        assert editor is not None
        editor.resize(980, 640)
        _save(editor, out / "plan-editor.png")
        editor.hide()

        window.timer.start()
        projector = window.ensure_projector()
        projector.resize(1920, 1080)
        projector.show()
        QApplication.processEvents()
        if window.projector_board is not None:
            window.projector_board.fit_all()
        _save(projector, out / "projector.png")
        window.toggle_room_focus()  # the first theme, full screen (F6 at the desk)
        _save(projector, out / "projector-theme.png")
        window.toggle_room_focus()
        window.set_phase_shown(True)  # the phase and its prompts (F9)
        _save(projector, out / "projector-phase.png")
        window.set_phase_shown(False)
        window.show_role("katalysator")
        _save(projector, out / "projector-role.png")
        window.show_role("")
        _vote(window, library)
        window.results_action.setChecked(True)
        _save(projector, out / "projector-results.png")
        window.results_action.setChecked(False)
        _phone_ideas(window, library)
        window.phones.inbox.refresh()
        window.tabs.setCurrentWidget(window.phones.inbox)
        window.phones.inbox.list.setCurrentRow(1)
        _save(window, out / "inbox.png")
        window.timer.pause()
        window.close()
        board_by_keyboard(library, language, out / "board-keyboard.png")
        _funnel_and_deck(library, language, settings, out)
        _idea_bank(library, sample_id, settings, Path(folder), out)
        start.close()
        library.close()
        empty.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
