"""The start screen and the new-workshop dialog."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from desk_helpers import make_workshop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app import operations
from app.library import Library
from app.queries import list_workshops, load_workshop
from ui.start.new_workshop import NewWorkshopDialog
from ui.start.window import StartWindow, TemplateCard

HOSTILE = ("<b>x</b>", "<img src=x>")


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    """The app's default language (Danish UI and Danish template texts)."""
    language("da")


@pytest.fixture
def window(qtbot: Any, controller: Any, settings: Any) -> StartWindow:
    window = StartWindow(settings)
    qtbot.addWidget(window)
    window.set_library(controller.library, controller)
    return window


def rows(window: StartWindow) -> list[list[str]]:
    return [
        [window.tree.topLevelItem(i).text(c) for c in range(4)]
        for i in range(window.tree.topLevelItemCount())
    ]


def test_the_window_shows_before_the_library_and_fills_after(qtbot: Any, controller: Any, settings: Any, library: Library) -> None:
    make_workshop(library, "Færre skemaer")
    window = StartWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.loading_label
    assert window.tree.topLevelItemCount() == 0
    window.set_library(library, controller)
    assert rows(window)[0][0] == "Færre skemaer"


def test_labels_for_user_text_are_plain_text_and_the_menus_keep_standard_shortcuts(window: StartWindow) -> None:
    from PySide6.QtGui import QKeySequence

    from ui.widgets import plain_label

    assert plain_label("<b>x</b>").textFormat() == Qt.TextFormat.PlainText
    for shown in (window.detail_title, window.detail_question, window.banner_label, window.count_label):
        assert shown.textFormat() == Qt.TextFormat.PlainText
    assert window.loading_label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.empty_search_label.alignment() == Qt.AlignmentFlag.AlignCenter
    key = QKeySequence.StandardKey
    for action, standard in ((window.new_action, key.New), (window.open_action, key.Open),
                             (window.settings_action, key.Preferences),
                             (window.find_action, key.Find), (window.delete_action, key.Delete)):
        assert action.shortcuts() == QKeySequence.keyBindings(standard)[:1], action.text()  # the platform's first
    # Quit: the platform's keys, and Ctrl+Q where the platform has none (Windows).
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    for binding in QKeySequence.keyBindings(key.Quit):
        assert binding in window.quit_action.shortcuts()
    assert window.tree.sortColumn() == 1 and window.tree.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_lists_title_date_template_and_ideas_newest_first(window: StartWindow, library: Library) -> None:
    old = make_workshop(library, "Gammel", "hverdagsinnovation", date=dt.date(2025, 5, 1))
    make_workshop(library, "Ny", date=dt.date(2026, 4, 2))
    make_workshop(library, "Midt", "samarbejdsdrevet-innovation", date=dt.date(2026, 1, 15))
    operations.add_idea(library, old, "Idé 1")
    operations.add_idea(library, old, "Idé 2")
    window.refresh()
    listed = rows(window)
    assert [r[0] for r in listed] == ["Ny", "Midt", "Gammel"]
    assert listed[2][2] == "Hverdagsinnovation – pre-jekt"
    assert listed[2][3] == "2"
    assert "2026" in listed[0][1]
    assert window.count_label.text() == "3 workshops"


def test_search_filters_and_says_when_nothing_matches(window: StartWindow, library: Library, qtbot: Any) -> None:
    make_workshop(library, "Hjemmeplejen", place="Stevns")
    make_workshop(library, "Ledernetværk", question="Hvilke ledelsesudfordringer?")
    window.refresh()
    window.show()
    qtbot.keyClicks(window.search, "stevns")
    assert [r[0] for r in rows(window)] == ["Hjemmeplejen"]
    window.search.setText("LEDELSES")
    assert [r[0] for r in rows(window)] == ["Ledernetværk"]
    window.search.setText("ingenting her")
    assert rows(window) == []
    assert window.empty_search_label.isVisible()
    window.search.clear()
    assert len(rows(window)) == 2


def test_an_empty_library_shows_the_templates_and_the_sample(window: StartWindow, qtbot: Any, library: Library) -> None:
    window.show()
    assert window.pages.currentIndex() == 2
    cards = window.findChildren(TemplateCard)
    assert len(cards) == 4
    texts = [label.text() for card in cards for label in card.findChildren(QLabel)]
    assert "Innovationsloopet" in texts
    assert any("Udforsk → Idé → Test" in text for text in texts)
    with qtbot.waitSignal(window.workshop_did_get_chosen) as chosen:
        qtbot.mouseClick(window.welcome_sample, Qt.MouseButton.LeftButton)
    workshop = load_workshop(library, chosen.args[0])
    assert len(workshop.ideas) == 31
    assert window.pages.currentIndex() == 1
    assert len(rows(window)) == 1


def test_open_duplicate_delete_and_undo(window: StartWindow, library: Library, qtbot: Any) -> None:
    first = make_workshop(library, "Workshop A", date=dt.date(2026, 1, 1))
    window.refresh()
    window.select(first)
    with qtbot.waitSignal(window.workshop_did_get_chosen) as chosen:
        window.open_button.click()
    assert chosen.args == [first]

    copy = window.duplicate_selected()
    assert copy is not None and copy != first
    assert {s.title for s in list_workshops(library)} == {"Workshop A", "Workshop A (kopi)"}

    window.select(first)
    window.delete_button.click()
    assert [s.title for s in list_workshops(library)] == ["Workshop A (kopi)"]
    assert not window.banner.isHidden()
    assert "Workshop A" in window.banner_label.text()
    window.banner_undo.click()
    assert {s.title for s in list_workshops(library)} == {"Workshop A", "Workshop A (kopi)"}
    assert window.banner.isHidden()
    window.controller.undo_stack.redo()
    assert len(list_workshops(library)) == 1
    assert window.undo_action.isEnabled()


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_titles_show_literally(window: StartWindow, library: Library, text: str) -> None:
    make_workshop(library, text, question=text, place=text)
    window.refresh()
    assert rows(window)[0][0] == text
    for label in (window.detail_title, window.detail_question):
        assert label.text() == text
        assert label.textFormat() == Qt.TextFormat.PlainText
    window.search.setText("<img")
    assert len(rows(window)) == (1 if "img" in text else 0)


def dialog_for(qtbot: Any, controller: Any, template_id: str | None = None) -> NewWorkshopDialog:
    dialog = NewWorkshopDialog(controller, template_id=template_id)
    qtbot.addWidget(dialog)
    return dialog


def test_new_workshop_dialog_creates_a_workshop(qtbot: Any, controller: Any, library: Library) -> None:
    dialog = dialog_for(qtbot, controller, "innovationsloopet")
    assert "Udforsk" in dialog.template_phases.text()
    assert "Gentofte" in dialog.template_description.text()
    assert not dialog.create_button.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title_edit, "Unges iværksætteri")
    assert dialog.create_button.isEnabled()
    dialog.question_edit.setPlainText("Hvordan kan flere unge starte noget selv?")
    dialog.place_edit.setText("Gentofte Rådhus")
    dialog.facilitator_edit.setText("Mette")
    dialog.date_edit.edit.clear()
    qtbot.keyClicks(dialog.date_edit.edit, "4/5-26")  # Danish order: the 4th of May
    dialog.participants_edit.setPlainText("Anne Holm; Erhvervsservice\n\nJonas Berg\tUngdomsskolen\nSara Lund")
    assert dialog.participants_status.text() == "3 deltagere"
    dialog.groups_spin.setValue(3)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert isinstance(dialog.created_id, uuid.UUID)
    workshop = load_workshop(library, dialog.created_id)
    assert workshop.title == "Unges iværksætteri"
    assert workshop.question == "Hvordan kan flere unge starte noget selv?"
    assert workshop.date == dt.date(2026, 5, 4)
    assert (workshop.place, workshop.facilitator, workshop.template_id) == ("Gentofte Rådhus", "Mette", "innovationsloopet")
    people = sorted((p.position, p.name, p.organisation) for p in workshop.participants)
    assert [(n, o) for _, n, o in people] == [("Anne Holm", "Erhvervsservice"), ("Jonas Berg", "Ungdomsskolen"), ("Sara Lund", "")]
    assert [g.name for g in sorted(workshop.table_groups, key=lambda g: g.position)] == ["Bord 1", "Bord 2", "Bord 3"]
    assert [p.name for p in sorted(workshop.phases, key=lambda p: p.position)][:2] == ["Udforsk", "Idé"]
    assert controller.undo_stack.canUndo()


def test_a_bad_participant_line_keeps_the_dialog_open_and_the_text(qtbot: Any, controller: Any, library: Library) -> None:
    dialog = dialog_for(qtbot, controller)
    dialog.title_edit.setText("Workshop")
    pasted = "Anne Holm; Erhvervsservice\n; Kun en organisation"
    dialog.participants_edit.setPlainText(pasted)
    assert "Linje 2" in dialog.participants_status.text()
    dialog.create_button.click()
    assert dialog.result() == 0 and dialog.created_id is None
    assert not dialog.error_label.isHidden()
    assert "Linje 2" in dialog.error_label.text()
    assert dialog.participants_edit.toPlainText() == pasted
    assert list_workshops(library) == []


def test_a_refused_operation_is_shown_in_the_dialog(qtbot: Any, controller: Any, library: Library) -> None:
    dialog = dialog_for(qtbot, controller)
    dialog.title_edit.setText("x" * 10)
    dialog.place_edit.setText("p" * 300)  # longer than the core allows
    dialog.create_button.click()
    assert dialog.created_id is None
    assert "for lang" in dialog.error_label.text()
    assert dialog.place_edit.text() == "p" * 300


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_participant_names_are_kept_literally(qtbot: Any, controller: Any, library: Library, text: str) -> None:
    dialog = dialog_for(qtbot, controller)
    dialog.title_edit.setText(text)
    dialog.participants_edit.setPlainText(f"{text}; {text}")
    dialog.create_button.click()
    assert dialog.created_id is not None
    workshop = load_workshop(library, dialog.created_id)
    assert workshop.title == text
    assert [(p.name, p.organisation) for p in workshop.participants] == [(text, text)]


def test_first_time_template_button_opens_the_dialog_on_that_template(window: StartWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []

    def fake_exec(self: NewWorkshopDialog) -> int:
        seen.append(self.template_id())
        return 0

    monkeypatch.setattr(NewWorkshopDialog, "exec", fake_exec)
    card = next(c for c in window.findChildren(TemplateCard) if c.template_id == "hverdagsinnovation")
    card.findChild(QPushButton).click()
    assert seen == ["hverdagsinnovation"]


def test_idea_counts_follow_captures_once_they_calm_down(window: StartWindow, library: Library, qtbot: Any) -> None:
    workshop_id = make_workshop(library, "Tæl idéer")
    window.refresh()
    for text in ("én", "to", "tre"):
        window.changes_did_happen(operations.add_idea(library, workshop_id, text))
    assert rows(window)[0][3] == "0"  # not re-read on every note
    qtbot.waitUntil(lambda: rows(window)[0][3] == "3", timeout=3000)


def test_the_details_card_is_as_wide_as_its_buttons_words_and_no_wider_for_a_long_title(
    window: StartWindow, library: Library, qtbot: Any
) -> None:
    """No fixed width clips a longer translation; the workshop's own texts wrap instead
    of widening the card (a word too long for it is cut, never the buttons)."""
    from PySide6.QtWidgets import QApplication
    from test_i18n import clipped

    make_workshop(library, "Færre skemaer")
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    usual = window.details.width()
    long_title = make_workshop(library, "Ord" * 60)
    window.refresh()
    window.select(long_title)
    QApplication.processEvents()
    assert window.detail_title.text() == "Ord" * 60
    assert window.details.width() == usual
    window.duplicate_button.setText("A translation of “Duplicate” longer than any card is wide")
    qtbot.waitUntil(lambda: window.details.width() > usual)
    assert clipped([window.duplicate_button, window.delete_button, window.open_button]) == []


# -- never lose typed input (issue 12) ------------------------------------------------

def answer_discard_question(qtbot: Any, button_text: str, asked: list[str]) -> None:
    """Click ``button_text`` in the discard question once it is up (from the event loop
    its ``exec()`` runs)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        buttons = [b for b in box.buttons() if b.text() == button_text]
        (buttons[0] if buttons else box.escapeButton()).click()  # never leave the test hanging

    QTimer.singleShot(0, answer)


def shown_dialog(qtbot: Any, controller: Any) -> NewWorkshopDialog:
    dialog = dialog_for(qtbot, controller)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_esc_on_an_untouched_form_closes_without_a_question(qtbot: Any, controller: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = shown_dialog(qtbot, controller)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: pytest.fail("asked with nothing typed"))
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)


def test_esc_with_typed_text_asks_and_keeps_it(qtbot: Any, controller: Any, library: Library) -> None:
    dialog = shown_dialog(qtbot, controller)
    qtbot.keyClicks(dialog.title_edit, "Færre skemaer")
    asked: list[str] = []
    answer_discard_question(qtbot, "Fortsæt med at skrive", asked)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == ["Vil du kassere det, du har skrevet?"]
    assert dialog.isVisible() and dialog.title_edit.text() == "Færre skemaer"
    # The window's close button asks too; "Kassér" then closes it.
    answer_discard_question(qtbot, "Kassér", asked)
    with qtbot.waitSignal(dialog.rejected):
        dialog.close()
    assert len(asked) == 2 and not dialog.isVisible()
    assert list_workshops(library) == []


def test_enter_moves_to_the_next_field_and_ctrl_enter_creates(qtbot: Any, controller: Any, library: Library) -> None:
    dialog = dialog_for(qtbot, controller)
    qtbot.keyClicks(dialog.title_edit, "Færre skemaer")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.question_edit
    dialog.place_edit.setFocus()
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Enter)
    assert dialog.focusWidget() is dialog.facilitator_edit
    assert dialog.result() == 0 and list_workshops(library) == []  # nothing created by Enter
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.facilitator_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [w.title for w in list_workshops(library)] == ["Færre skemaer"]


def test_tab_moves_past_the_date_as_one_field(qtbot: Any, controller: Any) -> None:
    dialog = dialog_for(qtbot, controller)
    dialog.date_edit.setFocus()
    assert dialog.focusWidget() is dialog.date_edit.edit
    qtbot.keyClick(dialog.date_edit.edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.no_date  # not the month inside the date


@pytest.mark.parametrize("typed", ["14.01.2027", "14/1-27", "14-1-2027", "14. januar 2027", "14 jan 2027"])
def test_dates_are_read_in_danish_order(qtbot: Any, controller: Any, library: Library, typed: str) -> None:
    dialog = dialog_for(qtbot, controller)
    dialog.title_edit.setText("Workshop")
    dialog.date_edit.edit.clear()
    qtbot.keyClicks(dialog.date_edit.edit, typed)
    with qtbot.waitSignal(dialog.accepted):
        dialog.create_button.click()
    assert dialog.created_id is not None
    assert load_workshop(library, dialog.created_id).date == dt.date(2027, 1, 14)


def test_a_bad_date_is_explained_and_nothing_is_lost(qtbot: Any, controller: Any, library: Library) -> None:
    dialog = dialog_for(qtbot, controller)
    dialog.title_edit.setText("Workshop")
    dialog.date_edit.edit.setText("31.02.2027")
    dialog.create_button.click()
    assert dialog.created_id is None and list_workshops(library) == []
    assert "ikke en dato" in dialog.error_label.text()
    assert dialog.date_edit.edit.text() == "31.02.2027"
    assert dialog.date_edit.edit.property("invalid") is True


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # a popup, offscreen
def test_the_calendar_opens_on_today(qtbot: Any) -> None:
    from ui.widgets import DateField

    field = DateField(None, optional=True, today=lambda: dt.date(2026, 12, 3))
    qtbot.addWidget(field)
    field.open_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2026, 12)
    field.calendar.hide()
    field.edit.setText("14.01.2027")
    field.open_calendar()  # on the date typed
    assert field.calendar.selectedDate().toPython() == dt.date(2027, 1, 14)
    field.calendar.hide()
