"""The phone session at the desk: the writing controls, the inbox (accept, merge, hide,
undo, by keyboard), live updates from the phone server's thread, user text shown
literally, Danish strings."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
from desk_helpers import make_workshop
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QListWidget,
    QWidget,
)

from app import operations as ops
from app import phones
from app.library import Library
from app.queries import load_workshop
from ui.desk.window import WorkshopWindow
from ui.phones.inbox import PhoneInbox
from ui.phones.merge import MergeDialog

DEVICE = "device-aaaaaaaaaaaaaaaa"


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture
def workshop_id(library: Library) -> uuid.UUID:
    wid = make_workshop(library, table_groups=["Bord 1", "Bord 2"])
    ops.open_phones(library, wid)
    return wid


def first_phase(library: Library, workshop_id: uuid.UUID) -> uuid.UUID:
    return load_workshop(library, workshop_id).phases[0].id


@pytest.fixture
def inbox_mode(library: Library, workshop_id: uuid.UUID) -> list[uuid.UUID]:
    """Writing open to the inbox, and three ideas waiting there."""
    ops.open_writing(library, workshop_id, first_phase(library, workshop_id), "inbox")
    group = load_workshop(library, workshop_id).table_groups[1].id
    sent = [ops.submit_phone_idea(library, workshop_id, f"device-{n}-xxxxxxxxxxxx", text, group if n == 1 else None,
                                  "Ayşe" if n == 1 else None).subject
            for n, text in enumerate(["Madklub", "<b>Gratis</b> busser & <img src=x>", "Lektiecafé"])]
    return [s for s in sent if s is not None]


@pytest.fixture
def inbox(qtbot: Any, controller: Any, workshop_id: uuid.UUID) -> PhoneInbox:
    page = PhoneInbox(controller, workshop_id)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def board_texts(library: Library, workshop_id: uuid.UUID) -> list[str]:
    return sorted(i.text for i in load_workshop(library, workshop_id).ideas)


def choose(page: PhoneInbox, *rows: int) -> None:
    page.list.clearSelection()
    for row in rows:
        page.list.item(row).setSelected(True)
    page.list.setCurrentRow(rows[0], page.list.selectionModel().SelectionFlag.NoUpdate)


def test_the_inbox_lists_waiting_ideas_literally(inbox_mode: list[uuid.UUID], inbox: PhoneInbox) -> None:
    texts = [inbox.list.item(i).text() for i in range(inbox.list.count())]
    assert texts == ["Madklub\n— ingen bordgruppe · anonym", "<b>Gratis</b> busser & <img src=x>\n— Bord 2 · Ayşe",
                     "Lektiecafé\n— ingen bordgruppe · anonym"]
    assert inbox.count.text() == "3 idéer venter"
    assert inbox.count.textFormat() == Qt.TextFormat.PlainText
    assert not inbox.empty.isVisible()
    assert not inbox.accept_button.isEnabled()  # nothing chosen yet


def test_an_idea_sent_from_the_servers_thread_shows_up_live(
    qtbot: Any, library: Library, controller: Any, workshop_id: uuid.UUID, inbox_mode: list[uuid.UUID], inbox: PhoneInbox,
) -> None:
    """The phone server calls the core in its own thread and reaches the GUI only
    through a queued signal to the controller; the inbox follows."""

    class Bridge(QObject):
        changes_did_arrive = Signal(object)

    bridge = Bridge()
    bridge.changes_did_arrive.connect(controller.notify)  # emitted in another thread: queued

    def phone() -> None:
        bridge.changes_did_arrive.emit(ops.submit_phone_idea(library, workshop_id, DEVICE, "Fra telefonen", None, None))

    sender = threading.Thread(target=phone)
    with qtbot.waitSignal(inbox.inbox_did_refresh, timeout=10_000):
        sender.start()
    sender.join()
    assert inbox.list.count() == 4
    assert inbox.list.item(3).text().startswith("Fra telefonen")
    assert inbox.count.text() == "4 idéer venter"


def test_accept_puts_the_idea_on_the_board_and_undo_takes_it_back(
    qtbot: Any, library: Library, controller: Any, workshop_id: uuid.UUID, inbox_mode: list[uuid.UUID], inbox: PhoneInbox,
) -> None:
    choose(inbox, 1)
    assert inbox.accept_button.isEnabled()
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)
    assert board_texts(library, workshop_id) == ["<b>Gratis</b> busser & <img src=x>"]
    assert inbox.list.count() == 2
    assert controller.undo_stack.undoText() == "Accepter idé fra telefon"
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        controller.undo_stack.undo()
    assert board_texts(library, workshop_id) == []
    assert inbox.list.count() == 3


def test_several_chosen_ideas_are_accepted_as_one_undo_step(
    qtbot: Any, library: Library, controller: Any, workshop_id: uuid.UUID, inbox_mode: list[uuid.UUID], inbox: PhoneInbox,
) -> None:
    choose(inbox, 0, 2)
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        inbox.accept_chosen()
    assert board_texts(library, workshop_id) == ["Lektiecafé", "Madklub"]
    assert controller.undo_stack.undoText() == "Accepter 2 idéer fra telefoner"
    controller.undo_stack.undo()
    assert board_texts(library, workshop_id) == []


def test_enter_accepts_and_delete_hides_by_keyboard(
    qtbot: Any, library: Library, workshop_id: uuid.UUID, inbox_mode: list[uuid.UUID], inbox: PhoneInbox,
) -> None:
    inbox.list.setFocus()
    choose(inbox, 0)
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        qtbot.keyClick(inbox.list, Qt.Key.Key_Return)
    assert board_texts(library, workshop_id) == ["Madklub"]
    choose(inbox, 0)
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        qtbot.keyClick(inbox.list, Qt.Key.Key_Delete)
    assert [v.id for v in phones.inbox(library, workshop_id)] == [inbox_mode[2]]
    assert phones.phone_idea(library, inbox_mode[1]).status == "hidden"  # type: ignore[union-attr]
    assert board_texts(library, workshop_id) == ["Madklub"]


def test_merge_into_a_board_idea(
    qtbot: Any, library: Library, workshop_id: uuid.UUID, inbox_mode: list[uuid.UUID], inbox: PhoneInbox,
) -> None:
    target = ops.add_idea(library, workshop_id, "Fællesspisning").subject
    asked: list[str] = []

    def choose_target(text: str) -> uuid.UUID | None:
        asked.append(text)
        return target

    inbox.choose_target = choose_target
    choose(inbox, 0)
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        qtbot.mouseClick(inbox.merge_button, Qt.MouseButton.LeftButton)
    assert asked == ["Madklub"]
    assert board_texts(library, workshop_id) == ["Fællesspisning\n\nMadklub"]
    assert phones.phone_idea(library, inbox_mode[0]).status == "merged"  # type: ignore[union-attr]
    inbox.choose_target = lambda _text: None  # cancelled: nothing happens
    choose(inbox, 0)
    inbox.merge_chosen()
    assert len(phones.inbox(library, workshop_id)) == 2


def test_the_merge_dialog_narrows_by_typing_and_enter_chooses(qtbot: Any) -> None:
    ideas = [(uuid.uuid4(), 1, "Madklub"), (uuid.uuid4(), 2, "Cykelværksted"), (uuid.uuid4(), 12, "<b>Bænke</b>")]
    dialog = MergeDialog("Fra telefonen", ideas)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Flet ind i en idé"
    assert dialog.chosen == ideas[0][0]
    assert dialog.list.item(2).text() == "12. <b>Bænke</b>"
    qtbot.keyClicks(dialog.filter, "cykel")
    assert dialog.chosen == ideas[1][0]
    assert [dialog.list.item(i).isHidden() for i in range(3)] == [True, False, True]
    qtbot.keyClicks(dialog.filter, "zzz")
    assert dialog.chosen is None and not dialog.ok.isEnabled()
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "12")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.chosen == ideas[2][0]
    for widget in (dialog.filter, dialog.list):
        assert widget.accessibleName()


def test_a_refused_action_says_why_and_changes_nothing(
    qtbot: Any, library: Library, controller: Any, workshop_id: uuid.UUID, inbox_mode: list[uuid.UUID], inbox: PhoneInbox,
) -> None:
    choose(inbox, 0)
    ops.accept_phone_idea(library, inbox_mode[0])  # accepted elsewhere meanwhile (another window)
    with qtbot.waitSignal(controller.operation_did_fail) as failed:
        inbox.accept_chosen()
    assert "ikke længere i indbakken" in failed.args[0]
    assert board_texts(library, workshop_id) == ["Madklub"]


def test_writing_controls_open_change_and_close_writing(
    qtbot: Any, library: Library, workshop_id: uuid.UUID, inbox: PhoneInbox,
) -> None:
    writing = inbox.writing
    assert phones.writing_state(library, workshop_id) is None
    assert writing.status.text() == "Telefonerne kan ikke skrive idéer nu."
    assert writing.toggle.text() == "Åbn for idéer fra telefoner"
    assert writing.phase.currentData() == load_workshop(library, workshop_id).current_phase_id
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        qtbot.mouseClick(writing.toggle, Qt.MouseButton.LeftButton)
    state = phones.writing_state(library, workshop_id)
    assert state is not None and state.mode == "board" and not state.group_required
    assert writing.toggle.text() == "Luk for idéer fra telefoner"
    assert "direkte på tavlen" in writing.status.text()
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        qtbot.mouseClick(writing.to_inbox, Qt.MouseButton.LeftButton)  # applies at once while open
    assert phones.writing_state(library, workshop_id).mode == "inbox"  # type: ignore[union-attr]
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        writing.group_boxes[1].setChecked(True)
    state = phones.writing_state(library, workshop_id)
    assert state is not None and state.group_required and [g.name for g in state.groups] == ["Bord 2"]
    assert writing.group_boxes[1].isChecked() and not writing.group_boxes[0].isChecked()
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        writing.phase.setCurrentIndex(2)
        writing.phase.activated.emit(2)
    state = phones.writing_state(library, workshop_id)
    assert state is not None and state.phase_id == load_workshop(library, workshop_id).phases[2].id
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        qtbot.mouseClick(writing.toggle, Qt.MouseButton.LeftButton)
    assert phones.writing_state(library, workshop_id) is None
    assert writing.toggle.text() == "Åbn for idéer fra telefoner"


def test_writing_says_when_the_workshop_is_not_open_to_phones(
    qtbot: Any, library: Library, controller: Any, workshop_id: uuid.UUID, inbox: PhoneInbox,
) -> None:
    ops.close_phones(library, workshop_id)
    with qtbot.waitSignal(inbox.inbox_did_refresh):
        inbox.writing.toggle.click()
    assert "Åbn workshoppen for telefoner" in inbox.writing.status.text()


def test_the_desk_has_the_inbox_tab_and_the_menu(
    qtbot: Any, library: Library, controller: Any, settings: Any, workshop_id: uuid.UUID,
) -> None:
    window = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Indbakke" in tabs
    assert window.phones.menu.title() == "Telefon&idéer"
    action = window.phones.writing_action
    assert action.text() == "&Åbn for idéer fra telefoner" and not action.isChecked()
    with qtbot.waitSignal(window.phones.inbox.inbox_did_refresh):
        action.trigger()
    assert action.isChecked()
    assert phones.writing_state(library, workshop_id) is not None
    with qtbot.waitSignal(window.phones.inbox.inbox_did_refresh):
        action.trigger()
    assert not action.isChecked()
    assert phones.writing_state(library, workshop_id) is None
    assert controller.undo_stack.count() == 0  # opening and closing writing is not an edit to undo


def test_every_control_has_an_accessible_name(inbox_mode: list[uuid.UUID], inbox: PhoneInbox) -> None:
    nameless = [
        f"{type(w).__name__} {w.objectName()}" for w in inbox.findChildren(QObject)
        if isinstance(w, (QAbstractButton, QComboBox, QListWidget)) and not isinstance(w, QCheckBox) and not w.accessibleName()
    ]
    assert nameless == []
    assert all(box.accessibleName() for box in inbox.writing.group_boxes)
    assert inbox.heading.buddy() is inbox.list
    assert inbox.writing.phase_label.buddy() is inbox.writing.phase


def test_english_at_run_time(language: Any, inbox_mode: list[uuid.UUID], inbox: PhoneInbox) -> None:
    language("en")
    QApplication.processEvents()
    assert inbox.accept_button.text() == "&Accept"
    assert inbox.count.text() == "3 idea(s) waiting"
    assert inbox.list.item(0).text() == "Madklub\n— no table group · anonymous"


def test_pseudo_language_leaves_no_label_clipped(language: Any, themed: Any, qtbot: Any,
                                                inbox_mode: list[uuid.UUID], inbox: PhoneInbox) -> None:
    from test_i18n import clipped

    language("xx")
    QApplication.processEvents()
    inbox.resize(1100, 700)
    QApplication.processEvents()
    assert clipped(inbox.findChildren(QWidget)) == []
