"""The handout tells how the innovation question was found (the question funnel) and
which catalyst cards the room drew — and says nothing of either where they were not used."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import operations
from app.library import Library
from app.templates import Template, load_common
from exports.handout import build_handout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def hunted(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    made = operations.create_workshop(library, templates["det-gode-innovationsspoergsmaal"], title="Jagten")
    workshop_id = made.subject
    assert workshop_id is not None
    ids = []
    for text in ("Hvordan sparer vi 10 % på hjemmeplejen?", "Hvad nu hvis borgeren havde lyst til at bidrage?",
                 "Hvordan kan vi digitalisere mere?", "Hvad nu hvis ingen skulle visiteres?"):
        changes = operations.add_candidate_question(library, workshop_id, text)
        assert changes.subject is not None
        ids.append(changes.subject)
    operations.add_candidate_question(library, workshop_id, "Hvad hvis de unge ældre hjalp?", source="phone")
    operations.score_candidate_question(library, ids[1], [5, 5, 4, 5])
    operations.score_candidate_question(library, ids[0], [1, 1, 1, 1])
    operations.discard_candidate_question(library, ids[0])
    operations.discard_candidate_question(library, ids[2])
    operations.choose_candidate_question(library, ids[1])
    operations.draw_card(library, workshop_id, load_common().deck, card_id="halvt-budget")
    operations.draw_card(library, workshop_id, load_common().deck, card_id="byt-bord")
    return workshop_id


def test_the_handout_tells_how_the_question_was_found_with_the_discarded_listed(
    library: Library, hunted: uuid.UUID, tmp_path: Path
) -> None:
    build_handout(library, hunted, tmp_path / "h.pdf")
    text = squash(pdf_text(tmp_path / "h.pdf"))
    assert squash("Sådan fandt vi innovationsspørgsmålet") in text
    assert squash("5 mulige innovationsspørgsmål blev skrevet, 1 af dem fra telefoner.") in text
    assert squash("Rumme en vision · Må ikke have svaret på forhånd · Skal lyde lidt kækt · "
                  "Hvordan får mennesker lyst til at bidrage?") in text
    chosen = text.index(squash("Valgt"))
    discarded = text.index(squash("Kasseret (2)"))
    assert chosen < text.index(squash("Hvad nu hvis borgeren havde lyst til at bidrage? (19 point)")) < discarded
    after = text[discarded:]
    assert squash("Hvordan sparer vi 10 % på hjemmeplejen? (4 point)") in after
    assert squash("Hvordan kan vi digitalisere mere?") in after
    assert squash("Ikke valgt (2)") in text
    # The catalyst's cards, in the order drawn.
    cards = text.index(squash("Katalysatorens kort"))
    assert cards < text.index(squash("Budgettet er halveret fra næste år.")) < text.index(squash("Byt bord:"))


def test_the_english_handout_says_it_in_english(library: Library, hunted: uuid.UUID, tmp_path: Path) -> None:
    build_handout(library, hunted, tmp_path / "en.pdf", language="en")
    text = squash(pdf_text(tmp_path / "en.pdf"))
    assert squash("How we found the innovation question") in text and squash("Discarded (2)") in text
    assert squash("Hold a vision") in text and squash("The catalyst's cards") in text


def test_no_funnel_and_no_cards_no_section(library: Library, templates: dict[str, Template], tmp_path: Path) -> None:
    made = operations.create_workshop(library, templates["innovationsloopet"], title="Uden tragt")
    assert made.subject is not None
    build_handout(library, made.subject, tmp_path / "plain.pdf")
    text = squash(pdf_text(tmp_path / "plain.pdf"))
    assert squash("Sådan fandt vi") not in text and squash("Katalysatorens kort") not in text
