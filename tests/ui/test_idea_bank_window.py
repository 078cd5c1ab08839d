"""The idea bank window, against a real shared SQLite database the sample workshop
(plus a hostile idea) was pushed to; only the file chooser and the viewer are replaced."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QWidget
from sharing_helpers import memory_keyring

from app.library import Library
from app.operations import add_idea, delete_ideas, edit_idea
from app.queries import load_workshop
from exports.shared_db import push_workshop, upgrade_shared
from exports.workshop_file import export_workshop, import_workshop
from ui.sharing.idea_bank import IDEA, TAGS, VOTES, WORKSHOP, IdeaBankWindow

HOSTILE = "<b>x</b> & <img src=y>"


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture(autouse=True)
def keyring_in_memory() -> Iterator[Any]:
    yield from memory_keyring()


@pytest.fixture
def bank_address(tmp_path: Path, library: Library, sample_id: uuid.UUID) -> str:
    address = str(tmp_path / "idebank.sqlite3")
    upgrade_shared(address)
    workshop = load_workshop(library, sample_id)
    add_idea(library, sample_id, HOSTILE, phase_id=workshop.phases[0].id, tags=["nye-roller"])
    assert push_workshop(library, sample_id, address).sent
    return address


@pytest.fixture
def bank(qtbot: Any, settings: Any, bank_address: str) -> Iterator[IdeaBankWindow]:
    settings.shared_database = bank_address
    window = IdeaBankWindow(settings)
    qtbot.addWidget(window)
    window.opened = []  # type: ignore[attr-defined]
    window.open_file = window.opened.append  # type: ignore[attr-defined]
    yield window
    window.runner.wait()


def search(window: IdeaBankWindow, qtbot: Any, text: str = "") -> list[str]:
    """Search as the user does (the debounce is skipped by calling ``search``)."""
    with qtbot.waitSignal(window.search_did_finish, timeout=30_000):
        window.search_edit.setText(text)
        window.search()
    return column(window, IDEA)


def column(window: IdeaBankWindow, index: int) -> list[str]:
    return [window.table.item(row, index).text() for row in range(window.table.rowCount())]


def test_the_window_speaks_danish_and_takes_the_address_from_the_settings(bank: IdeaBankWindow, bank_address: str) -> None:
    assert bank.windowTitle() == "Idébank – Samskab"
    assert bank.address_edit.text() == bank_address
    headers = [bank.table.horizontalHeaderItem(c).text() for c in range(bank.table.columnCount())]
    assert headers == ["Workshop", "Dato", "Fase", "Tema", "Idé", "Tags", "Stemmer"]


def test_finds_an_idea_pushed_to_the_shared_database(bank: IdeaBankWindow, qtbot: Any, library: Library,
                                                      sample_id: uuid.UUID) -> None:
    workshop = load_workshop(library, sample_id)
    everything = search(bank, qtbot)
    assert len(everything) == len(workshop.ideas)
    assert set(column(bank, WORKSHOP)) == {workshop.title}
    found = search(bank, qtbot, "DIMITTEND")  # case does not matter
    assert found and len(found) < len(everything)
    assert all("dimittend" in text.casefold() for text in found)
    assert bank.status_label.text() == f"{len(found)} idéer"
    votes = [int(v) for v in column(bank, VOTES)]
    assert votes == sorted(votes, reverse=True)


def test_filters_narrow_the_results(bank: IdeaBankWindow, qtbot: Any, library: Library, sample_id: uuid.UUID) -> None:
    everything = search(bank, qtbot)
    # Tag: only ideas carrying it.
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        bank.tag_box.setCurrentIndex(bank.tag_box.findData("nye-roller"))
    tagged = column(bank, TAGS)
    assert tagged and len(tagged) < len(everything)
    assert all("Nye roller" in tags for tags in tagged)
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        bank.tag_box.setCurrentIndex(0)
    # Template: another template has nothing in this bank.
    other = next(i for i in range(1, bank.template_box.count()) if bank.template_box.itemData(i) != "innovationsloopet")
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        bank.template_box.setCurrentIndex(other)
    assert bank.table.rowCount() == 0
    assert bank.status_label.text() == "Ingen idéer matcher søgningen."
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        bank.template_box.setCurrentIndex(bank.template_box.findData("innovationsloopet"))
    assert bank.table.rowCount() == len(everything)
    # Dates, typed in Danish order as everywhere in the app: after the workshop,
    # nothing; up to its day, everything; empty, any date.
    from ui.widgets import DateField

    assert isinstance(bank.date_from, DateField) and isinstance(bank.date_to, DateField)
    day = load_workshop(library, sample_id).date or dt.date.today()
    after = day + dt.timedelta(days=1)
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        qtbot.keyClicks(bank.date_from.edit, f"{after.day}/{after.month}-{after.year % 100:02d}")  # 14/1-27
        qtbot.keyClick(bank.date_from.edit, Qt.Key.Key_Return)
    assert bank.date_from.edit.text() == after.strftime("%d.%m.%Y")
    assert bank.table.rowCount() == 0
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        bank.date_from.edit.clear()
        bank.date_from.edit.editingFinished.emit()
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        bank.date_to.edit.setText(day.strftime("%d.%m.%Y"))
        bank.date_to.edit.editingFinished.emit()
    assert bank.table.rowCount() == len(everything)
    with qtbot.waitSignal(bank.search_did_finish, timeout=30_000):
        bank.date_to.edit.clear()
        bank.date_to.edit.editingFinished.emit()
    # Phase: typed as the facilitator sees it.
    phase = load_workshop(library, sample_id).phases[0].name
    bank.phase_box.setCurrentText(phase)
    texts = search(bank, qtbot)
    assert texts and len(texts) < len(everything)
    assert set(column(bank, 2)) == {phase}


def test_a_search_asked_for_while_one_runs_waits_and_only_the_newest_is_shown(bank: IdeaBankWindow, qtbot: Any) -> None:
    finished: list[int] = []
    bank.search_did_finish.connect(finished.append)
    bank.search_edit.setText("dimittend")
    assert bank.search()
    bank.search_edit.setText("<b>x")
    assert bank.search()  # waits its turn instead of racing the first
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    qtbot.waitUntil(lambda: not bank.runner.busy, timeout=30_000)
    assert finished == [1]
    assert column(bank, IDEA) == [HOSTILE]


def test_hostile_text_shows_literally(bank: IdeaBankWindow, qtbot: Any) -> None:
    assert search(bank, qtbot, "<b>x") == [HOSTILE]
    bank.table.selectRow(0)
    assert bank.detail.toPlainText().startswith(f"32. {HOSTILE}") or HOSTILE in bank.detail.toPlainText()
    assert bank.table.item(0, IDEA).text() == HOSTILE


def test_an_idea_edited_on_two_laptops_is_marked_with_both_versions(
        bank: IdeaBankWindow, qtbot: Any, library: Library, sample_id: uuid.UUID, bank_address: str,
        make_library: Any, tmp_path: Path) -> None:
    laptop_b = make_library("laptop-b")
    import_workshop(laptop_b, export_workshop(library, sample_id, tmp_path / "kopi.samskab"))
    ideas = sorted(load_workshop(library, sample_id).ideas, key=lambda i: i.number)
    # Each laptop edits the same idea once: one revision, two versions, both kept.
    edit_idea(library, ideas[0].id, "Laptop A's udgave")
    edit_idea(laptop_b, ideas[0].id, HOSTILE + " fra laptop B")
    # And one edited here, deleted there: the deletion is the other version.
    edit_idea(library, ideas[1].id, "Rettet på laptop A")
    delete_ideas(laptop_b, [ideas[1].id])
    assert push_workshop(library, sample_id, bank_address).conflicts == ()
    assert len(push_workshop(laptop_b, sample_id, bank_address).conflicts) == 2
    shown = search(bank, qtbot)
    row = shown.index("⚠ 2 udgaver · Laptop A's udgave")
    assert sum(text.startswith("⚠") for text in shown) == 2  # the others are not marked
    tip = bank.table.item(row, IDEA).toolTip()
    assert Qt.mightBeRichText(tip)  # a tooltip guesses rich text, so the user's text in it is escaped:
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == ("Ændret på to laptops ved samme revision. Den anden udgave:\n"
                                      f"• {HOSTILE} fra laptop B\n"
                                      "Ret idéen i workshoppen, og send den igen for at afgøre det.")
    deleted_row = shown.index("⚠ 2 udgaver · Rettet på laptop A")
    document.setHtml(bank.table.item(deleted_row, IDEA).toolTip())
    assert "• (slettet på en anden laptop)" in document.toPlainText()
    bank.table.selectRow(row)
    assert f"• {HOSTILE} fra laptop B" in bank.detail.toPlainText()


def test_the_selection_exports_to_csv_and_pdf(bank: IdeaBankWindow, qtbot: Any, tmp_path: Path) -> None:
    search(bank, qtbot)
    bank.table.selectRow(0)
    chosen = bank.table.item(0, IDEA).text()
    bank.choose_save_path = lambda *_args: str(tmp_path / "valgte")
    with qtbot.waitSignal(bank.export_did_finish, timeout=30_000) as blocker:
        assert bank.export_csv()
        assert not bank.export_pdf()  # busy: refused politely
        assert bank.status_label.text().startswith("Et øjeblik")
    assert blocker.args == [str(tmp_path / "valgte.csv")]
    with (tmp_path / "valgte.csv").open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file, delimiter=";"))
    assert len(lines) == 2 and lines[1][3] == chosen
    bank.table.clearSelection()  # nothing chosen: everything shown
    with qtbot.waitSignal(bank.export_did_finish, timeout=30_000):
        bank.export_pdf()
    assert bank.opened == [str(tmp_path / "valgte.pdf")]  # type: ignore[attr-defined]
    text = " ".join((PdfReader(str(tmp_path / "valgte.pdf")).pages[0].extract_text() or "").split())
    assert "Idébank" in text


def test_opens_a_workshops_outcome_read_only_from_the_bank(bank: IdeaBankWindow, qtbot: Any, tmp_path: Path,
                                                           library: Library, sample_id: uuid.UUID) -> None:
    search(bank, qtbot)
    bank.table.selectRow(0)
    bank.outcome_folder = tmp_path / "resultater"
    with qtbot.waitSignal(bank.export_did_finish, timeout=30_000) as blocker:
        assert bank.open_outcome()
    path = Path(blocker.args[0])
    assert path.parent == tmp_path / "resultater"
    assert bank.opened == [str(path)]  # type: ignore[attr-defined]
    assert PdfReader(str(path)).metadata.title == load_workshop(library, sample_id).title


def test_an_unreachable_bank_is_explained(qtbot: Any, settings: Any, tmp_path: Path) -> None:
    folder = tmp_path / "ikke-en-fil.sqlite3"
    folder.mkdir()
    settings.shared_database = str(folder)
    window = IdeaBankWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.search_did_fail, timeout=30_000) as blocker:
        window.search()
    assert blocker.args[0]
    assert window.status_label.text() == blocker.args[0]
    assert window.status_label.property("role") == "error"
    assert window.table.rowCount() == 0
    window.runner.wait()


def test_a_password_in_the_address_goes_to_the_keyring(qtbot: Any, settings: Any, keyring_in_memory: Any) -> None:
    window = IdeaBankWindow(settings)
    qtbot.addWidget(window)
    window.address_edit.setText("postgresql+psycopg://ann:hemmeligt@127.0.0.1:9/samskab")
    with qtbot.waitSignal(window.search_did_fail, timeout=30_000) as blocker:
        window.search()
    window.runner.wait()
    assert "hemmeligt" not in blocker.args[0]
    assert "hemmeligt" not in window.address_edit.text()
    assert settings.shared_database == "postgresql+psycopg://ann@127.0.0.1:9/samskab"
    assert list(keyring_in_memory.store.values()) == ["hemmeligt"]


def test_pseudo_language_idea_bank_has_no_clipped_labels(language: Any, themed: Any, qtbot: Any, settings: Any) -> None:
    from test_i18n import clipped

    language("xx")
    window = IdeaBankWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.search_button.text().startswith("[")
    assert clipped(window.findChildren(QWidget)) == []


@pytest.mark.parametrize(("typed", "said"), [
    ("  ", "Skriv den fælles databases adresse først."),
    ("postgresql+psycopg://ann@db:notaport/idebank", "kan ikke læses"),
])
def test_an_empty_or_malformed_address_is_explained_and_nothing_is_searched(
    bank: IdeaBankWindow, settings: Any, typed: str, said: str,
) -> None:
    saved = settings.shared_database
    bank.address_edit.setText(typed)
    assert bank.search() is False
    assert not bank.runner.busy
    assert bank.status_label.property("role") == "error" and said in bank.status_label.text()
    assert settings.shared_database == saved  # a bad address is not remembered
