"""The handout as a report people keep: "Det vigtigste" right after the cover, the
board as a drawing, honest vote summaries, the settings' municipality, logo and
contact, and plural forms right."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.errors import InvalidInput
from app.library import Library
from app.model import ActionItem, Idea, RoundKind, Workshop
from app.operations import add_idea, create_workshop
from app.templates import load_templates
from exports.handout import HandoutOptions, build_handout
from exports.outcome import chosen_ideas, load_outcome
from exports.texts import label


def logo(folder: Path) -> Path:
    path = folder / "logo.png"
    Image.new("RGB", (300, 100), (0, 90, 140)).save(path)
    return path


def pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_essentials_come_right_after_the_cover(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    result = build_handout(library, full_workshop, tmp_path / "h.pdf",
                           options=HandoutOptions(contact="Innovationsenheden, inno@gentofte.dk"))
    text = pages(result.path)  # type: ignore[arg-type]
    essentials = flat(text[1])
    assert essentials.startswith("SAMSKAB") and "Det vigtigste" in essentials
    with library.read() as session:
        actions = session.query(ActionItem).filter(ActionItem.workshop_id == full_workshop).all()
        assert actions
        for action in actions:
            assert flat(action.first_test) in essentials  # every first small test in full
            assert action.due is not None
            assert f"{action.due.day}. " in essentials and str(action.due.year) in essentials
            assert action.due.isoformat() not in "".join(text)  # never ISO dates
    assert "april 2026" in essentials  # Danish month names
    assert "Næste skridt" in essentials
    assert "Kontakt" in essentials and "inno@gentofte.dk" in essentials
    # The action plan is not printed a second time later on.
    assert not any("Handlingsplan" in page for page in text[2:])


def test_chosen_ideas_without_an_action_plan_come_from_the_last_vote_with_ties(
        library: Library, full_workshop: uuid.UUID) -> None:
    with library.operation("no_plan", full_workshop) as session:
        for action in session.query(ActionItem).filter(ActionItem.workshop_id == full_workshop):
            session.delete(action)
    outcome = load_outcome(library, full_workshop)
    ideas, from_plan = chosen_ideas(outcome)
    assert ideas and not from_plan
    source = next(r for r in reversed(outcome.results)
                  if any(d.dots for d in r.dots) or any(s.count for s in r.scored))
    ranked = ([(d.option.id, d.rank) for d in source.dots if d.dots] if source.dots
              else [(s.option.id, s.rank_by_total) for s in source.scored if s.count])
    chosen = {i.id for i in ideas}
    cut = max(rank for option, rank in ranked if option in chosen)
    # Every idea at a shown rank is shown (no tie is cut), and none below it.
    assert {option for option, rank in ranked if rank <= cut} == chosen


def test_cover_leaves_out_zero_figures_and_shows_municipality_and_logo(library: Library, tmp_path: Path) -> None:
    template = next(iter(load_templates().values()))
    workshop_id = create_workshop(library, template, title="Uden afstemninger").subject
    assert workshop_id is not None
    add_idea(library, workshop_id, "Én idé")
    result = build_handout(library, workshop_id, tmp_path / "h.pdf",
                           options=HandoutOptions(municipality="Gentofte Kommune", logo=logo(tmp_path)))
    reader = PdfReader(result.path)  # type: ignore[arg-type]
    cover = flat(reader.pages[0].extract_text())
    assert "GENTOFTE KOMMUNE" in cover
    assert "Afstemninger" not in cover and "Deltagere" not in cover  # 0 of each
    assert "1 Idéer" in cover or "1Idéer" in cover.replace(" ", "")
    assert reader.pages[0].images, "the logo is drawn on the cover"
    whole = flat(" ".join(pages(result.path)))  # type: ignore[arg-type]
    assert "1 idé" in whole and "1 idéer" not in whole  # plural forms
    # A phase without ideas is left out; the one with the idea is there.
    with library.read() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        names = [p.name for p in workshop.phases]
        idea = session.query(Idea).filter(Idea.workshop_id == workshop_id).one()
    assert idea.phase_id is None or len(names) > 1
    for index, name in enumerate(names[1:], start=2):
        assert f"Fase {index} · {name}" not in whole


def test_a_logo_that_is_no_picture_is_refused_before_anything_is_written(
        library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    target = tmp_path / "h.pdf"
    with pytest.raises(InvalidInput) as refused:
        build_handout(library, full_workshop, target, options=HandoutOptions(logo=bad))
    assert "logo.png" in refused.value.da and "PNG eller JPEG" in refused.value.da
    assert not target.exists()


def test_dot_results_show_full_texts_and_summarise_ideas_without_dots(
        library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    long_text = "Kortlæg hvilke sundhedsdata kommunen allerede ligger inde med og hvem der ejer dem, så vi kan dele dem"
    unchosen = add_idea(library, full_workshop, "Ingen stemte på mig").subject
    with library.operation("long", full_workshop) as session:
        idea = session.query(Idea).filter(Idea.workshop_id == full_workshop, Idea.number == 1).one()
        idea.text = long_text  # idea 1 has the most dots (the tally's five hands)
        workshop = session.get(Workshop, full_workshop)
        assert workshop is not None
        dots_round = next(r for r in workshop.rounds if r.kind == RoundKind.DOTS)
        dots_round.options = [*dots_round.options, str(unchosen)]  # an idea nobody chose
    result = build_handout(library, full_workshop, tmp_path / "h.pdf")
    text = flat(" ".join(pages(result.path)))  # type: ignore[arg-type]
    assert long_text in text
    outcome = load_outcome(library, full_workshop)
    dots = next(r for r in outcome.results if r.kind == RoundKind.DOTS).dots
    zero = sum(1 for d in dots if d.dots == 0)
    assert zero and label("da", "no_dots", n=zero) in text
    assert "0 prikker" not in text


def test_criteria_show_means_and_rank_not_a_sum(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    result = build_handout(library, full_workshop, tmp_path / "h.pdf")
    text = " ".join(pages(result.path))  # type: ignore[arg-type]
    assert "I alt" not in text and "Gns." in text


def test_the_board_is_drawn_from_the_model(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    result = build_handout(library, full_workshop, tmp_path / "h.pdf")
    text = pages(result.path)  # type: ignore[arg-type]
    board = next(page for page in text if label("da", "board_caption") in flat(page))
    outcome = load_outcome(library, full_workshop)
    for cluster in outcome.clusters:
        assert flat(cluster.title)[:12] in flat(board)
    for idea in outcome.ideas:
        assert str(idea.number) in board


def test_english_labels_and_dates(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    result = build_handout(library, full_workshop, tmp_path / "h.pdf", language="en")
    essentials = flat(pages(result.path)[1])  # type: ignore[arg-type]
    assert "The essentials" in essentials and "Next step" in essentials
    assert dt.date(2026, 4, 2).isoformat() not in essentials
