"""The PDF handout: every idea and name readable, hostile text literal, metadata, pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from conftest import HOSTILE
from pypdf import PdfReader

from app.library import Library
from app.model import Idea, Participant, Workshop
from exports.handout import build_handout

NAMES = ("Łukasz Żółć", "Ayşe Yılmaz", "Nguyễn Thị Hương")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_handout_holds_every_idea_and_name(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    result = build_handout(library, full_workshop, tmp_path / "h.pdf")
    reader = PdfReader(result.path)
    assert result.pages == len(reader.pages) >= 5
    text = pdf_text(tmp_path / "h.pdf")
    flat = squash(text)
    with library.read() as session:
        ideas = session.query(Idea).filter(Idea.workshop_id == full_workshop).all()
        people = session.query(Participant).filter(Participant.workshop_id == full_workshop).all()
        workshop = session.get(Workshop, full_workshop)
    for idea in ideas:
        assert squash(idea.text) in flat, idea.text
    for person in people:
        assert squash(person.name) in flat, person.name
    for name in NAMES:
        assert name in text
    assert HOSTILE in text
    for letter in "æøåÆØÅ":
        assert letter in text
    assert "Blivkonkret" in flat and "Hurtigstevejtilhandling" in flat  # the principles card
    assert "Side 2 af" in text
    meta = reader.metadata
    assert meta is not None and workshop is not None
    assert meta.title == workshop.title
    assert meta.author == workshop.facilitator
    assert meta.subject == "Opsamling fra innovationsworkshop"
    assert reader.trailer["/Root"]["/Lang"] == "da"


def test_handout_without_names_has_no_names(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    build_handout(library, full_workshop, tmp_path / "anon.pdf", without_names=True)
    text = pdf_text(tmp_path / "anon.pdf")
    flat = squash(text)
    with library.read() as session:
        people = session.query(Participant).filter(Participant.workshop_id == full_workshop).all()
    assert people
    for person in people:
        assert squash(person.name) not in flat, person.name
    assert "Navne er udeladt" in text
    assert HOSTILE in text  # the ideas are still there


def test_english_handout(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    build_handout(library, full_workshop, tmp_path / "en.pdf", language="en")
    reader = PdfReader(tmp_path / "en.pdf")
    text = pdf_text(tmp_path / "en.pdf")
    assert "Action plan" in text and "The principles" in text and "Page 2 of" in text
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_over_long_text_never_breaks_the_layout(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    """A question longer than a page, an idea without spaces and unclosed markup still lay out."""
    with library.operation("test_long", full_workshop) as session:
        workshop = session.get(Workshop, full_workshop)
        assert workshop is not None
        workshop.question = ("Hvordan kan vi <b>sammen & bedre? " * 900).strip()
        idea = workshop.ideas[0]
        idea.text = "x" * 2000
        workshop.ideas[1].text = "<b>unclosed <i> & </p> <img src='/etc/passwd'>\n" * 40
        workshop.clusters[0].title = "Tema " * 40
        workshop.table_groups[0].colour = "#zzzzzz"
    result = build_handout(library, full_workshop, tmp_path / "long.pdf")
    text = pdf_text(tmp_path / "long.pdf")
    assert "<img src='/etc/passwd'>" in text
    assert result.pages > 5


def test_first_page_renders(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    build_handout(library, full_workshop, tmp_path / "h.pdf")
    tool = shutil.which("pdftoppm")
    assert tool is not None, "poppler-utils (pdftoppm) is required"
    subprocess.run([tool, "-png", "-r", "40", "-f", "1", "-l", "1", str(tmp_path / "h.pdf"), str(tmp_path / "p")],
                   check=True, capture_output=True, timeout=60)
    pngs = list(tmp_path.glob("p-*.png"))
    assert len(pngs) == 1 and pngs[0].stat().st_size > 5_000


@pytest.mark.parametrize("without_names", [False, True])
def test_handout_is_complete_file(library: Library, full_workshop: uuid.UUID, tmp_path: Path, without_names: bool) -> None:
    path = tmp_path / "h.pdf"
    build_handout(library, full_workshop, path, without_names=without_names)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert not list(tmp_path.glob(".*.part"))
