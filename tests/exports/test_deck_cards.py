"""The catalyst's deck printed with the role cards: every card, its task, eight a page."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from pypdf import PdfReader

from app import operations
from app.library import Library
from app.templates import Template, load_common
from exports.cards import build_role_cards


def page_texts(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(path).pages]


def test_the_deck_follows_the_role_cards_on_pages_of_its_own(tmp_path: Path) -> None:
    deck = load_common().deck
    pages = build_role_cards(tmp_path / "cards.pdf")
    texts = page_texts(tmp_path / "cards.pdf")
    assert pages == len(texts) == 1 + -(-len(deck) // 8)
    assert "Igangsætter" in texts[0] and "Katalysatorens kort".upper() not in texts[0]
    rest = " ".join(texts[1:])
    for card in deck:
        assert card.text.da in rest, card.id
    assert texts[1].count("KATALYSATORENS KORT") == 8
    assert "Katalysatorens opgave: Konstruere trusler" in rest
    assert "Katalysatorens opgave: Forstyrre vante omgangsformer og processer" in rest
    assert "Klip langs de stiplede linjer" in texts[-1]


def test_a_workshops_deck_prints_in_its_language_and_can_be_left_out(
    library: Library, templates: dict[str, Template], tmp_path: Path
) -> None:
    made = operations.create_workshop(library, templates["samarbejdsdrevet-innovation"], title="Kort", language="en")
    workshop_id = made.subject
    assert isinstance(workshop_id, uuid.UUID)
    build_role_cards(tmp_path / "en.pdf", library=library, workshop_id=workshop_id)
    rest = " ".join(page_texts(tmp_path / "en.pdf")[1:])
    assert "THE CATALYST'S CARDS" in rest and "The budget is halved from next year." in rest
    assert "The catalyst's task: Construct threats" in rest
    build_role_cards(tmp_path / "none.pdf", library=library, workshop_id=workshop_id, deck=False)
    assert len(PdfReader(tmp_path / "none.pdf").pages) == 1
