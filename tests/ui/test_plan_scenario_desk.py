"""Issue 14's "done when", at the desk: a facilitator prepares a workshop from a template,
changes its plan, runs a criteria round on a shortlist of 5 and a poll on statements
they wrote, and saves the plan as their own template, which the next "New workshop"
dialog offers (a broken file in the folder is listed greyed and hides nothing)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import ManualTime
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer

from app import operations
from app.library import Library
from app.operations.voting import TallyCount
from app.queries import load_workshop
from app.voting import round_info
from exports.ballots import build_ballots
from ui import catalog
from ui.desk.window import WorkshopWindow
from ui.start.new_workshop import TEMPLATE_ROLE, NewWorkshopDialog


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture
def own_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "skabeloner"
    folder.mkdir()
    (folder / "oedelagt.toml").write_text('schema_version = 1\nkind = "template"\nid = "oedelagt"\n', encoding="utf-8")
    catalog.use_user_templates(folder)
    yield folder
    catalog.use_user_templates(None)


def new_workshop(qtbot: Any, controller: Any, title: str, template_text: str | None = None,
                 template_id: str = "samarbejdsdrevet-innovation") -> tuple[NewWorkshopDialog, uuid.UUID]:
    dialog = NewWorkshopDialog(controller, template_id=template_id)
    qtbot.addWidget(dialog)
    if template_text is not None:
        rows = [dialog.template_list.item(i) for i in range(dialog.template_list.count())]
        wanted = next(item for item in rows if item.text().startswith(template_text))
        dialog.template_list.setCurrentItem(wanted)
    dialog.title_edit.setText(title)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.created_id is not None
    return dialog, dialog.created_id


def plan_of(library: Library, workshop_id: uuid.UUID) -> tuple[Any, ...]:
    w = load_workshop(library, workshop_id)
    return (
        [(p.name, p.goal, list(p.prompts), p.timebox_minutes) for p in sorted(w.phases, key=lambda p: p.position)],
        [s.text for s in sorted(w.statements, key=lambda s: s.position)],
        [c.name for c in sorted(w.criteria, key=lambda c: c.position)],
    )


def test_prepare_change_vote_on_a_shortlist_and_save_the_plan_as_a_template(
    qtbot: Any, controller: Any, settings: Any, manual_time: ManualTime, library: Library,
    own_folder: Path, tmp_path: Path,
) -> None:
    # 1. Prepare a workshop from a built-in template; the broken file is listed, greyed.
    dialog, wid = new_workshop(qtbot, controller, "Borgermøde om ensomhed")
    broken = [dialog.template_list.item(i) for i in range(dialog.template_list.count())
              if dialog.template_list.item(i).data(TEMPLATE_ROLE) is None]
    assert len(broken) == 1 and broken[0].text().startswith("oedelagt.toml kan ikke bruges: phases: mangler")
    assert not broken[0].flags() & Qt.ItemFlag.ItemIsSelectable
    desk = WorkshopWindow(controller, wid, settings, clock=manual_time)
    qtbot.addWidget(desk)

    # 2. Change its plan in the editor: a phase, and two statements of their own.
    desk.plan_action.trigger()
    editor = desk.plan_editor
    assert editor is not None
    phases = editor.phases
    phases.name_edit.setText("Idéer på tværs")
    phases.timebox.setValue(50)
    phases.prompts_edit.setPlainText("Hvad nu hvis ingen var ensomme?")
    assert phases.save()
    editor.tabs.setCurrentWidget(editor.statements)
    own = ["Vi kender vores naboer", "Foreningerne kan mere end de får lov til"]
    for text in own:
        qtbot.mouseClick(editor.statements.add_button, Qt.MouseButton.LeftButton)
        editor.statements.text_edit.setPlainText(text)
        assert editor.statements.save()
    assert desk.phase_panel.name_label.text() == "Nu: Idéer på tværs"

    # 3. 31 ideas, a dot vote revealed, then criteria scoring on its top 5.
    numbers = {}
    for n in range(1, 32):
        numbers[n] = operations.add_idea(library, wid, f"Idé nummer {n}").subject
    dots = desk.controller.run("Prikker", operations.open_round, wid, "dots")
    assert dots is not None and dots.subject is not None
    operations.enter_tally(library, dots.subject, [TallyCount(numbers[n], 1, c) for n, c in ((3, 9), (8, 7), (15, 6), (21, 4), (30, 3), (1, 1))])
    desk.controller.run("Vis", operations.reveal_round, dots.subject)
    panel = desk.voting
    panel.kind.setCurrentIndex(panel.kind.findData("criteria"))
    panel.subject.setCurrentIndex(panel.subject.findData(f"top:{dots.subject}"))
    panel.top_n.setValue(5)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    shortlist = round_info(library, panel.current_round) if panel.current_round else None
    assert shortlist is not None and [o.number for o in shortlist.options] == [3, 8, 15, 21, 30]
    assert len(shortlist.criteria) * len(shortlist.options) == 15  # not 465 buttons on a phone
    sheet = tmp_path / "stemmesedler.pdf"
    build_ballots(library, shortlist.id, sheet, copies=1)
    printed = PdfReader(sheet).pages[0].extract_text()
    assert "Idé nummer 3" in printed and "Idé nummer 1\n" not in printed and "Idé nummer 31" not in printed

    # 4. A poll on the statements they wrote.
    panel.kind.setCurrentIndex(panel.kind.findData("statements"))
    for i in range(panel.statement_list.count()):
        item = panel.statement_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text().split(". ", 1)[1] in own else Qt.CheckState.Unchecked)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    poll = round_info(library, panel.current_round) if panel.current_round else None
    assert poll is not None and [o.text for o in poll.options] == own

    # 5. Save the plan as their own template, from the plan editor.
    def fill_and_save() -> None:
        saving = editor.template_dialog
        assert saving is not None
        saving.name_edit.setText("Borgermøde med udsagn")
        saving.description_edit.setPlainText("Til borgermøder i lokalsamfundet")
        saving.submit()

    editor.tabs.setCurrentWidget(editor.phases)
    QTimer.singleShot(0, fill_and_save)
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)
    assert "Borgermøde med udsagn" in editor.saved_label.text()
    assert (own_folder / "borgermoede-med-udsagn.toml").is_file()

    # 6. The next "New workshop" dialog offers it, and a workshop made from it has the plan.
    second, again = new_workshop(qtbot, controller, "Næste borgermøde", template_text="Borgermøde med udsagn  ·  din egen")
    assert second.template_description.text() == "Til borgermøder i lokalsamfundet"
    assert plan_of(library, again) == plan_of(library, wid)
