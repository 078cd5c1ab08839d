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


def words(prefix: str, limit: int = 2000) -> str:
    """A text of exactly ``limit`` characters made of numbered words (``prefix`` 0 …)."""
    text, n = "", 0
    while len(text) < limit:
        text += f"{prefix}{n} "
        n += 1
    return text[:limit].rstrip() + "x" * (limit - len(text[:limit].rstrip()))


def in_order(prefix: str, expected: str, text: str) -> bool:
    """Whether every word of ``expected`` is in ``text``, in order and together (a page
    break may put a running header between two words)."""
    wanted = re.findall(rf"{prefix}\d+x*", expected)
    found = re.findall(rf"{prefix}\d+x*", text)
    return " ".join(wanted) in " ".join(found)


def test_every_text_is_printed_whole_at_the_longest(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    """Statements, the first small test, the action's idea and ideas at 2,000 characters
    (the input limit) are printed in full: wrapped, rows split across pages, never cut."""
    texts = {"udsagn": words("udsagn"), "forsøg": words("forsøg"), "handling": words("handling"),
             "idé": words("idé"), "tema": words("tema", 200), "mål": words("mål", 300)}
    assert all(len(text) in (200, 300, 2000) for text in texts.values())
    with library.operation("test_long", full_workshop) as session:
        workshop = session.get(Workshop, full_workshop)
        assert workshop is not None
        workshop.statements[0].text = texts["udsagn"]
        action = workshop.actions[0]
        action.first_test = texts["forsøg"]
        ideas = sorted(workshop.ideas, key=lambda i: i.number)
        action.idea.text = texts["handling"]
        # The first idea is an option of the criteria round: its table row is 2,000 characters.
        other = next(i for i in ideas if i.id != action.idea_id)
        other.text = texts["idé"]
        workshop.clusters[0].title = texts["tema"]
        workshop.phases[0].goal = texts["mål"]
    result = build_handout(library, full_workshop, tmp_path / "long.pdf")
    text = pdf_text(tmp_path / "long.pdf")
    for prefix, expected in texts.items():
        assert in_order(prefix, expected, text), prefix
    assert result.warnings == ()


def test_an_override_in_a_name_does_not_turn_the_meta_line(library: Library, full_workshop: uuid.UUID,
                                                         tmp_path: Path) -> None:
    """An author named "fil\\u202egpj.exe" (a right-to-left override): the name shows as
    the override makes it, the table group after it on the same line is untouched."""
    from app.operations import add_idea
    from app.operations.people import add_table_group

    group = add_table_group(library, full_workshop, "Bord Syd").subject
    add_idea(library, full_workshop, "Idé med en lumsk forfatter", author="fil\u202egpj.exe", table_group_id=group)
    build_handout(library, full_workshop, tmp_path / "h.pdf")
    tool = shutil.which("pdftotext")
    assert tool is not None
    shown = subprocess.run([tool, "-enc", "UTF-8", str(tmp_path / "h.pdf"), "-"], capture_output=True, text=True,
                           check=True, timeout=60).stdout
    shown = re.sub("[\u202a-\u202e]", "", shown)
    assert "filexe.jpg · Bord Syd" in shown
    assert "dyS droB" not in shown


def test_characters_no_font_draws_are_reported_not_fatal(library: Library, full_workshop: uuid.UUID,
                                                         tmp_path: Path) -> None:
    from app.operations import add_idea

    number = add_idea(library, full_workshop, "Kinesisk: 漢字, hindi: नमस्ते, dansk: æøå").subject
    assert number is not None
    result = build_handout(library, full_workshop, tmp_path / "h.pdf")
    assert result.pages > 1 and (tmp_path / "h.pdf").stat().st_size > 10_000
    with library.read() as session:
        idea = session.get(Idea, number)
        assert idea is not None
    assert [(w.place, w.number, w.characters) for w in result.warnings] == [("at_idea", idea.number, "漢字नमस्ते")]
    assert result.warnings[0].message("da").startswith(f"Idé {idea.number}: 8 tegn findes ikke")
    assert "kinesisk/japansk, devanagari" in result.warnings[0].message("da")
    # Without names, a name is not printed and so not reported.
    with library.operation("test_name", full_workshop) as session:
        workshop = session.get(Workshop, full_workshop)
        assert workshop is not None
        workshop.participants[0].name = "Kim 金"
    places = {w.place for w in build_handout(library, full_workshop, tmp_path / "n.pdf").warnings}
    assert places == {"at_idea", "at_participant"}
    places = {w.place for w in build_handout(library, full_workshop, tmp_path / "a.pdf", without_names=True).warnings}
    assert places == {"at_idea"}


def test_samskab_pdf_prints_the_warnings_on_stderr(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    import os
    import sys

    from app.operations import add_idea

    add_idea(library, full_workshop, "ไทย ภาษา")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, SAMSKAB_LIBRARY=str(tmp_path / "library.sqlite3"), LANG="da_DK.UTF-8",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, "-m", "cli.main", "pdf", str(full_workshop), str(tmp_path / "h.pdf")],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "sider" in done.stdout
    assert "tegn findes ikke i PDF'ens skrifttyper" in done.stderr and "thai" in done.stderr
