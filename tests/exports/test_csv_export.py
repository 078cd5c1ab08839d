"""CSV of ideas: Danish Excel dialect (BOM, semicolons), read back with the csv module."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

from conftest import HOSTILE

from app.library import Library
from app.model import Idea
from app.operations import add_idea
from exports.csv_export import DIALECT, ENCODING, export_csv


def read_back(path: Path) -> list[list[str]]:
    with path.open(encoding=ENCODING, newline="") as file:
        return list(csv.reader(file, dialect=DIALECT))


def test_csv_reads_back_with_every_idea(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    path = export_csv(library, full_workshop, tmp_path / "ideas.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = read_back(path)
    header, body = rows[0], rows[1:]
    assert header[:8] == ["Nummer", "Idé", "Forfatter", "Fase", "Tema", "Bordgruppe", "Tags", "Prikker i alt"]
    assert "Prikker: Prioritering" in header and "Score (gns.): Kriterier" in header
    with library.read() as session:
        ideas = session.query(Idea).filter(Idea.workshop_id == full_workshop).all()
    assert sorted(int(r[0]) for r in body) == sorted(i.number for i in ideas)
    by_number = {int(r[0]): r for r in body}
    for idea in ideas:
        assert by_number[idea.number][1] == idea.text
    hostile = next(r for r in body if r[1] == HOSTILE)
    assert hostile[2] == "Łukasz Żółć"
    # Every ballot's dots are counted: 3 per participant plus the tally's 5.
    total = sum(int(r[7]) for r in body)
    with library.read() as session:
        from app.model import Participant

        people = session.query(Participant).filter(Participant.workshop_id == full_workshop).count()
    assert total == 3 * people + 5
    # Tags appear by their display name, scores with a decimal comma.
    assert any("Radikal innovation" in r[6] for r in body)
    score_column = header.index("Score (gns.): Kriterier")
    assert any("," in r[score_column] for r in body if r[score_column])


def test_csv_in_english_and_without_names(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    rows = read_back(export_csv(library, full_workshop, tmp_path / "i.csv", language="en", without_names=True))
    assert rows[0][0] == "Number" and rows[0][7] == "Dots in total"
    assert all(r[2] == "" for r in rows[1:])


def test_formulas_are_neutralised(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    add_idea(library, full_workshop, '=HYPERLINK("http://x";"klik")')
    add_idea(library, full_workshop, "-flere cykler; færre biler\nog \"grøn\" transport")
    rows = read_back(export_csv(library, full_workshop, tmp_path / "f.csv"))
    texts = [r[1] for r in rows[1:]]
    assert "'=HYPERLINK(\"http://x\";\"klik\")" in texts
    assert "'-flere cykler; færre biler\nog \"grøn\" transport" in texts
