"""The idea bank: search and filter ideas across workshops, on PostgreSQL and SQLite."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from app.library import Library
from app.model import Workshop
from app.operations import add_sample, update_workshop
from app.templates import load_sample, load_templates
from exports.csv_export import DIALECT, ENCODING
from exports.idea_bank import BankQuery, export_bank_csv, search_ideas
from exports.shared_db import push_workshop


@pytest.fixture
def bank(library: Library, full_workshop: uuid.UUID, make_library: Callable[[str], Library], address: str) -> tuple[str, uuid.UUID, uuid.UUID]:
    push_workshop(library, full_workshop, address)
    other = make_library("other")
    templates = load_templates()
    sample = load_sample(templates=templates)
    second = add_sample(other, sample, templates[sample.template]).subject
    assert second is not None
    update_workshop(other, second, title="Anden workshop", date=dt.date(2025, 1, 5))
    push_workshop(other, second, address)
    return address, full_workshop, second


def test_search_across_workshops(bank: tuple[str, uuid.UUID, uuid.UUID]) -> None:
    address, first, second = bank
    found = search_ideas(address, text="SUNDHEDSDATA")
    assert found and {i.workshop_id for i in found} == {first, second}
    assert all("sundhedsdata" in i.text.casefold() for i in found)


def test_sorted_by_votes_and_filtered(bank: tuple[str, uuid.UUID, uuid.UUID]) -> None:
    address, first, second = bank
    ranked = search_ideas(address, BankQuery(limit=1000))
    dots = [i.dots for i in ranked]
    assert dots == sorted(dots, reverse=True) and dots[0] > 0
    assert all(i.workshop_id == first for i in ranked if i.dots)  # only the first workshop voted
    old = search_ideas(address, date_to=dt.date(2025, 12, 31))
    assert old and {i.workshop_id for i in old} == {second}
    group = search_ideas(address, table_group="bord 2")
    assert group and {i.table_group for i in group} == {"Bord 2"}
    tagged = search_ideas(address, tag="Radikal innovation")
    assert tagged and all("radikal-innovation" in i.tags for i in tagged)
    phase = search_ideas(address, phase="ide")
    assert phase and {i.phase for i in phase} == {"Idé"}
    assert search_ideas(address, template="ingen-skabelon") == []


def test_deleted_workshops_are_hidden_and_csv(bank: tuple[str, uuid.UUID, uuid.UUID], library: Library, tmp_path: Path) -> None:
    address, first, second = bank
    with library.operation("test_bin", first) as session:
        workshop = session.get(Workshop, first)
        assert workshop is not None
        workshop.deleted_at = dt.datetime(2026, 3, 13)
    push_workshop(library, first, address)
    found = search_ideas(address, BankQuery(limit=1000))
    assert found and {i.workshop_id for i in found} == {second}
    path = export_bank_csv(found, tmp_path / "bank.csv")
    with path.open(encoding=ENCODING, newline="") as file:
        rows = list(csv.reader(file, dialect=DIALECT))
    assert len(rows) == len(found) + 1 and rows[1][0] == "Anden workshop"


def test_open_a_workshop_from_the_bank_and_print_a_selection(bank: tuple[str, uuid.UUID, uuid.UUID], tmp_path: Path) -> None:
    from pypdf import PdfReader

    from exports.handout import build_handout
    from exports.idea_bank import export_bank_pdf, open_bank

    address, first, second = bank
    shared = open_bank(address)
    try:
        result = build_handout(shared, first, tmp_path / "from-bank.pdf")
    finally:
        shared.close()
    text = "".join(p.extract_text() for p in PdfReader(result.path).pages)
    assert "Deltager 1" in text and "Ayşe Yılmaz" not in text  # pushed without names
    found = search_ideas(address, text="sundhedsdata")
    pages = export_bank_pdf(found, tmp_path / "selection.pdf", title="Søgning: sundhedsdata")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "selection.pdf").pages)
    assert pages >= 1 and "Søgning: sundhedsdata" in text and "Anden workshop" in text


def test_sorted_by_date_keeps_each_ideas_votes(bank: tuple[str, uuid.UUID, uuid.UUID]) -> None:
    """By date, the votes are summed for the shown rows only: the same totals as by votes."""
    address, first, second = bank
    by_votes = {i.id: i.dots for i in search_ideas(address, BankQuery(limit=1000))}
    by_date = search_ideas(address, BankQuery(sort="date", limit=1000))
    assert {i.id: i.dots for i in by_date} == by_votes and any(by_votes.values())
    keys = [(-(i.workshop_date or dt.date.min).toordinal(), str(i.workshop_id), i.number) for i in by_date]
    assert keys == sorted(keys)
    found = search_ideas(address, BankQuery(text="sundhedsdata", sort="date"))
    assert found and all(i.dots == by_votes[i.id] for i in found)


def test_bank_indexes_for_search(address: str) -> None:
    """Migration 0003: the index summing votes per idea, and on PostgreSQL the trigram
    index that serves the substring match."""
    from sqlalchemy import inspect

    from exports.shared_db import open_shared

    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            names = {ix["name"] for ix in inspect(conn).get_indexes("scores")}
            assert "ix_scores_option_id" in names
            if conn.dialect.name == "postgresql":
                ideas = {ix["name"] for ix in inspect(conn).get_indexes("ideas")}
                assert "ix_ideas_text_trigram" in ideas
    finally:
        engine.dispose()
