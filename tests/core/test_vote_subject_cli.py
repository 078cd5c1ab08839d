"""``samskab vote open`` on chosen ideas, chosen statements, a theme, or the top N of
an earlier round; wrong choices are refused with one clear line."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from samskab_cli import Result
from samskab_cli import samskab as run_cli

from app.library import open_library
from app.operations import add_idea, create_workshop, enter_tally, open_round, reveal_round
from app.operations.board import create_cluster
from app.operations.plan import add_statement
from app.operations.voting import TallyCount
from app.templates import Template
from app.voting import round_info


def samskab(library: Path, *args: str, check: bool = True) -> Result:
    result = run_cli("--library", str(library), "--lang", "da", *args)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def setup(library_path: Path, templates: dict[str, Template]) -> tuple[Path, uuid.UUID, uuid.UUID]:
    """A workshop with ideas 1–6, a theme "Mad" of ideas 2 and 5, a statement of its
    own, and a revealed dot round: idea 1 has 5 dots, ideas 2 and 3 have 3 each."""
    library = open_library(library_path)
    try:
        wid = create_workshop(library, templates["samarbejdsdrevet-innovation"], title="Møde").subject
        assert wid is not None
        ideas = [add_idea(library, wid, f"Idé {n}").subject for n in range(1, 7)]
        create_cluster(library, wid, "Mad", [i for i in (ideas[1], ideas[4]) if i])
        add_statement(library, wid, "Vi skrev selv dette")
        dots = open_round(library, wid, "dots").subject
        assert dots is not None and all(ideas)
        enter_tally(library, dots, [TallyCount(i, 1, n) for i, n in zip(ideas, (5, 3, 3), strict=False) if i])
        reveal_round(library, dots)
    finally:
        library.close()
    return library_path, wid, dots


def texts(path: Path, round_id: str) -> list[str]:
    library = open_library(path)
    try:
        return [o.text for o in round_info(library, uuid.UUID(round_id)).options]
    finally:
        library.close()


def test_vote_open_on_a_subject(setup: tuple[Path, uuid.UUID, uuid.UUID]) -> None:
    path, wid, dots = setup
    chosen = samskab(path, "vote", "open", str(wid), "--kind", "criteria", "--ideas", "4, 1").stdout.strip()
    assert texts(path, chosen) == ["Idé 4", "Idé 1"]
    theme = samskab(path, "vote", "open", str(wid), "--kind", "dots", "--theme", "mad").stdout.strip()
    assert texts(path, theme) == ["Idé 2", "Idé 5"]
    top = samskab(path, "vote", "open", str(wid), "--kind", "criteria", "--top", "2", "--from", str(dots)[:8]).stdout.strip()
    assert texts(path, top) == ["Idé 1", "Idé 2", "Idé 3"]  # the tie for second place is kept
    count = len(texts(path, samskab(path, "vote", "open", str(wid), "--kind", "statements").stdout.strip()))
    own = samskab(path, "vote", "open", str(wid), "--kind", "statements", "--statements", str(count)).stdout.strip()
    assert texts(path, own) == ["Vi skrev selv dette"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--ideas", "1,x"), "numre adskilt af komma"),
        (("--ideas", "99"), "intet nummer 99"),
        (("--theme", "Cykler"), "Intet tema hedder »Cykler«"),
        (("--top", "3"), "--top og --from hører sammen"),
        (("--ideas", "1", "--theme", "Mad"), "kun én af"),
    ],
)
def test_vote_open_refuses_a_wrong_subject(setup: tuple[Path, uuid.UUID, uuid.UUID], args: tuple[str, ...], message: str) -> None:
    path, wid, _ = setup
    result = samskab(path, "vote", "open", str(wid), "--kind", "criteria", *args, check=False)
    assert result.returncode == 1 and message in result.stderr
