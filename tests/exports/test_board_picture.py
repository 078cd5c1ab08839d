"""The board as a PDF drawn from the model: the whole board or one theme, on a
landscape page; every note's number there; an unknown theme refused."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from samskab_cli import samskab

from app.errors import NotFound
from app.library import Library
from exports.board_picture import build_board_pdf
from exports.outcome import load_outcome


def test_the_whole_board_and_one_theme(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    outcome = load_outcome(library, full_workshop)
    whole = PdfReader(build_board_pdf(library, full_workshop, tmp_path / "b.pdf"))
    assert len(whole.pages) == 1
    page = whole.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = page.extract_text()
    for idea in outcome.ideas:
        assert str(idea.number) in text
    cluster = outcome.clusters[0]
    members = [i for i in outcome.ideas if i.cluster_id == cluster.id]
    one = PdfReader(build_board_pdf(library, full_workshop, tmp_path / "t.pdf", cluster_id=cluster.id))
    text = " ".join(one.pages[0].extract_text().split())
    assert len(one.pages) == 1 and cluster.title in text
    assert members and all(" ".join(i.text.split())[:20] in text for i in members)
    with pytest.raises(NotFound):
        build_board_pdf(library, full_workshop, tmp_path / "x.pdf", cluster_id=uuid.uuid4())
    assert not (tmp_path / "x.pdf").exists()


def test_samskab_board(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    title = load_outcome(library, full_workshop).clusters[0].title
    done = samskab("--library", library.location, "board", str(full_workshop), str(tmp_path / "t.pdf"),
                   "--theme", title.upper())
    assert done.returncode == 0, done.stderr
    assert title in " ".join(PdfReader(tmp_path / "t.pdf").pages[0].extract_text().split())
    wrong = samskab("--library", library.location, "board", str(full_workshop), str(tmp_path / "w.pdf"),
                    "--theme", "Findes ikke")
    assert wrong.returncode != 0 and "Intet tema" in wrong.stderr
