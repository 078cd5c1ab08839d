"""Printable role cards and paper ballots."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from conftest import HOSTILE
from pypdf import PdfReader

from app.library import Library
from app.model import Participant, RoundKind
from app.voting import list_rounds
from exports.ballots import build_ballots
from exports.cards import build_role_cards


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_plain_role_cards(tmp_path: Path) -> None:
    pages = build_role_cards(tmp_path / "cards.pdf", deck=False)
    text = pdf_text(tmp_path / "cards.pdf")
    assert pages == 1 == len(PdfReader(tmp_path / "cards.pdf").pages)
    for word in ("Igangsætter", "Facilitator", "Katalysator", "Skabe momentum", "Arena: Samarbejde"):
        assert word in text
    english = build_role_cards(tmp_path / "en.pdf", language="en", deck=False)
    assert english == 1 and "Catalyst" in pdf_text(tmp_path / "en.pdf")


def test_role_cards_with_and_without_names(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    with library.read() as session:
        holders = [p.name for p in session.query(Participant).filter(
            Participant.workshop_id == full_workshop, Participant.role_card.is_not(None))]
    assert holders
    build_role_cards(tmp_path / "named.pdf", library=library, workshop_id=full_workshop)
    text = pdf_text(tmp_path / "named.pdf")
    for name in holders:
        assert name in text
    build_role_cards(tmp_path / "blank.pdf", library=library, workshop_id=full_workshop, with_names=False)
    text = pdf_text(tmp_path / "blank.pdf")
    for name in holders:
        assert name not in text


def test_ballots_for_each_kind(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    rounds = {r.kind: r for r in list_rounds(library, full_workshop)}
    poll = build_ballots(library, rounds[RoundKind.STATEMENTS].id, tmp_path / "poll.pdf", copies=8)
    assert poll.per_page == 4 and poll.pages == 2 == len(PdfReader(tmp_path / "poll.pdf").pages)
    text = pdf_text(tmp_path / "poll.pdf")
    assert text.count("Uenig") == 8 and "Ved ikke" in text
    for option in rounds[RoundKind.STATEMENTS].options:
        assert option.text in text
    dots = build_ballots(library, rounds[RoundKind.DOTS].id, tmp_path / "dots.pdf", copies=2)
    text = pdf_text(tmp_path / "dots.pdf")
    assert dots.pages == 2  # a long list: one ballot per page, never split
    numbers = {int(n) for n in re.findall(r"^(\d+)$", text, flags=re.M)}
    assert {o.number for o in rounds[RoundKind.DOTS].options} <= numbers
    assert HOSTILE in text
    crit = build_ballots(library, rounds[RoundKind.CRITERIA].id, tmp_path / "crit.pdf")
    assert crit.ballots % crit.per_page == 0 and crit.ballots >= 16


def test_ballots_report_characters_no_font_draws(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    from app.operations import add_idea, open_round

    idea = add_idea(library, full_workshop, "ภาษาไทย og 🚲").subject
    round_id = open_round(library, full_workshop, "dots", budget=3, title="Runde 漢").subject
    assert idea is not None and round_id is not None
    sheet = build_ballots(library, round_id, tmp_path / "b.pdf", copies=1)
    assert sheet.pages >= 1 and (tmp_path / "b.pdf").exists()
    assert {(w.place, w.characters) for w in sheet.warnings} == {("at_round", "漢"), ("at_idea", "ภาษไทย")}  # each character once


def test_ballots_print_long_ideas_and_criteria_whole(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    from app.model import Criterion
    from app.operations import add_idea, open_round

    long_text = ("Kortlæg hvilke sundhedsdata kommunen allerede ligger inde med – og hvem der ejer dem, så vi "
                 "kan dele dem med borgerne og med de virksomheder der vil bygge nye løsninger på dem")
    idea = add_idea(library, full_workshop, long_text).subject
    assert idea is not None
    with library.operation("long criterion", full_workshop) as session:
        criterion = session.query(Criterion).filter(Criterion.workshop_id == full_workshop).first()
        assert criterion is not None
        criterion.name = "Gennemførlighed inden for de næste tolv måneder"
    for kind in ("dots", "criteria"):
        round_id = open_round(library, full_workshop, kind, option_ids=[idea], budget=3).subject
        assert round_id is not None
        build_ballots(library, round_id, tmp_path / f"{kind}.pdf", copies=1)
        text = " ".join(pdf_text(tmp_path / f"{kind}.pdf").split())
        assert long_text in text, kind  # wrapped, never cut
        assert "…" not in text
    text = " ".join(pdf_text(tmp_path / "criteria.pdf").split())
    assert "Gennemførlighed inden for de næste tolv måneder" in text
    assert "1 2 3 4 5" in text  # the scores named once above the boxes
