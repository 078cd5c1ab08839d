"""The Excel workbook: a sheet each for ideas, action plan, dot votes, polls and
criteria; values typed; user text never a formula; names left out on request."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from openpyxl import load_workbook
from samskab_cli import samskab

from app.library import Library
from app.model import ActionItem, Idea
from app.operations import add_idea
from exports.outcome import load_outcome
from exports.xlsx_export import export_xlsx


def test_every_sheet_holds_what_the_workshop_decided(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    path = export_xlsx(library, full_workshop, tmp_path / "r.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Idéer", "Handlingsplan", "Prikafstemning", "Udsagn", "Kriterier"]
    outcome = load_outcome(library, full_workshop)
    ideas = book["Idéer"]
    assert ideas.max_row == len(outcome.ideas) + 1
    assert ideas["A2"].value == 1 and isinstance(ideas["H2"].value, int)  # numbers are numbers
    assert isinstance(ideas.cell(row=2, column=ideas.max_column).value, dt.datetime)
    plan = book["Handlingsplan"]
    assert plan.max_row == len(outcome.actions) + 1
    with library.read() as session:
        action = session.query(ActionItem).filter(ActionItem.workshop_id == full_workshop).first()
        assert action is not None
        first_test, due = action.first_test, action.due
    row = next(r for r in plan.iter_rows(min_row=2, values_only=True) if r[3] == first_test)
    assert row[4] is not None and row[4].date() == due  # a date Excel can sort
    dots = [r for r in book["Prikafstemning"].iter_rows(min_row=2, values_only=True)]
    result = next(r for r in outcome.results if r.dots)
    assert len(dots) == len(result.dots) and dots[0][1] == 1  # rank 1 first
    polls = list(book["Udsagn"].iter_rows(min_row=2, values_only=True))
    statements = next(r for r in outcome.results if r.statements).statements
    assert [(p[1], p[2], p[3], p[4]) for p in polls] == [
        (s.statement.text, s.agree, s.disagree, s.dont_know) for s in statements]
    assert book["Udsagn"].freeze_panes == "A2"


def test_text_that_looks_like_a_formula_stays_text(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    add_idea(library, full_workshop, '=HYPERLINK("http://evil","klik")')
    book = load_workbook(export_xlsx(library, full_workshop, tmp_path / "r.xlsx"))
    cells = [c for row in book["Idéer"].iter_rows() for c in row if c.value == '=HYPERLINK("http://evil","klik")']
    assert cells and all(c.data_type == "s" for c in cells)


def test_without_names_and_in_english(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    book = load_workbook(export_xlsx(library, full_workshop, tmp_path / "r.xlsx", language="en", without_names=True))
    assert book.sheetnames[:2] == ["Ideas", "Action plan"]
    with library.read() as session:
        authors = {i.author for i in session.query(Idea).filter(Idea.workshop_id == full_workshop) if i.author}
    values = {c.value for sheet in book for row in sheet.iter_rows() for c in row}
    assert authors and not authors & values


def test_samskab_xlsx_writes_the_workbook(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    result = samskab("--library", library.location, "xlsx", str(full_workshop), str(out))
    assert result.returncode == 0, result.stderr
    assert load_workbook(out).sheetnames[0] == "Idéer"
