"""The desk shows a template's suggestions ("forslag") apart from the seeds' words."""

from __future__ import annotations

from typing import Any

from desk_helpers import make_workshop

from app.library import Library
from ui.desk.window import WorkshopWindow


def test_suggested_prompts_are_in_italics_with_a_tooltip_and_seed_words_are_not(
    library: Library, controller: Any, settings: Any, qtbot: Any, language: Any
) -> None:
    language("da")
    workshop_id = make_workshop(library, template="samarbejdsdrevet-innovation")
    window = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(window)
    panel = window.phase_panel
    text = panel.prompts_label.text()
    # Seed 003's group-work question stands upright; Samskab's own suggestion leans.
    assert "•  Hvilke 3 ledelsesudfordringer anser I som størst?<br>" in text
    assert "<i>•  Hvem skal med i dialogen – politikere" in text
    assert panel.prompts_label.toolTip() == "Kursiv: forslag fra Samskab – ikke fra kilden"
    assert not panel.goal_label.font().italic() and panel.goal_label.toolTip() == ""  # "Mange ideer": seed 003
    panel.next_button.click()
    qtbot.waitUntil(lambda: panel.name_label.text() == "Nu: Ideudvælgelse")
    assert panel.prompts_label.text().count("<i>") == 3


def test_a_template_all_from_its_seed_shows_no_marker(
    library: Library, controller: Any, settings: Any, qtbot: Any, language: Any
) -> None:
    language("da")
    workshop_id = make_workshop(library, template="innovationsloopet")
    window = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(window)
    panel = window.phase_panel
    assert "<i>" not in panel.prompts_label.text() and panel.prompts_label.toolTip() == ""
    assert panel.goal_label.font().italic()  # "Et konkret mål": Samskab's goal, seed 004 gives none
    assert panel.goal_label.toolTip().startswith("Kursiv")
