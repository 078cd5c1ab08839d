"""Printable role cards: Igangsætter, Facilitator, Katalysator, cut out and handed round.

Four cards (90 × 128 mm) per A4 page, with cutting marks at every corner outside
the card, so a guillotine or scissors cut clean edges. Each card shows the role, its
arena and its tasks (from ``workshops/common.toml``, seed 003), and — when made for
a workshop with names — the participant's name and the workshop's title.

Without a workshop, one card per role is printed. With a workshop, one card per
participant holding a role card (with their name unless ``with_names`` is off), and
one blank card for each role nobody holds yet.

The catalyst's deck follows on pages of its own (unless ``deck`` is off): the
provocation cards of ``common.toml`` and the workshop's template (seed 003's
Katalysator), eight small cards (90 × 60 mm) to a page, each naming the catalyst task
it was written from.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.library import Library
from app.operations.deck import workshop_deck
from app.queries import load_workshop
from app.templates import DECK_TASKS, Common, DeckCard, RoleCard, load_common, load_templates
from exports.files import write_bytes
from exports.pdfkit import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    PRIMARY_DARK,
    RULE,
    TINT,
    WHITE,
    Paragraph,
    draw_text,
    fit,
    markup,
    plain,
    register_fonts,
    set_metadata,
    styles,
)
from exports.texts import label, lang

CARD_W, CARD_H = 90 * mm, 128 * mm
GAP = 8 * mm  # between cards: room for the cutting marks
MARK = 4 * mm
ROLE_COLOURS = {"igangsaetter": PRIMARY_DARK, "facilitator": PRIMARY}


@dataclass(frozen=True)
class Card:
    role: RoleCard
    name: str = ""
    workshop: str = ""


def _positions() -> list[tuple[float, float]]:
    """Lower-left corners of the four cards on a page, centred."""
    left = (PAGE_WIDTH - 2 * CARD_W - GAP) / 2
    bottom = (PAGE_HEIGHT - 2 * CARD_H - GAP) / 2
    return [
        (left, bottom + CARD_H + GAP), (left + CARD_W + GAP, bottom + CARD_H + GAP),
        (left, bottom), (left + CARD_W + GAP, bottom),
    ]


def _cut_marks(canv: Canvas, x: float, y: float, width: float = CARD_W, height: float = CARD_H) -> None:
    """Short hairlines continuing each edge beyond the card's corners."""
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.3)
    gap = 1.2 * mm
    for cx, sx in ((x, -1), (x + width, 1)):
        for cy, sy in ((y, -1), (y + height, 1)):
            canv.line(cx + sx * gap, cy, cx + sx * (gap + MARK), cy)
            canv.line(cx, cy + sy * gap, cx, cy + sy * (gap + MARK))
    canv.restoreState()


def _draw_card(canv: Canvas, x: float, y: float, card: Card, language: str) -> None:
    s = styles()
    role = card.role
    colour = ROLE_COLOURS.get(role.id, ACCENT)
    pad = 6 * mm
    inner = CARD_W - 2 * pad
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.setDash(2, 2)
    canv.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    canv.setDash()
    band = 30 * mm
    canv.setFillColor(colour)
    canv.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    canv.setFillColor(WHITE)
    canv.setFont(FONT, 7.5)
    canv.drawString(x + pad, y + CARD_H - 9 * mm, label(language, "cards_title").upper())
    draw_text(canv, x + pad, y + CARD_H - 18 * mm, fit(role.name.get(language), FONT_BOLD, 19, inner), FONT_BOLD, 19)
    draw_text(
        canv, x + pad, y + CARD_H - 25 * mm,
        fit(f"{label(language, 'arena')}: {role.arena.get(language)}", FONT, 9, inner), FONT, 9,
    )
    top = y + CARD_H - band - 6 * mm
    canv.setFillColor(PRIMARY)
    canv.setFont(FONT_BOLD, 8.5)
    canv.drawString(x + pad, top, label(language, "tasks").upper())
    tasks = "<br/>".join(f"•&nbsp;{markup(t.get(language))}" for t in role.tasks)
    body = Paragraph(tasks, s["card_body"].clone("card_tasks", fontSize=10, leading=15))
    name_room = 22 * mm
    _, height = body.wrap(inner, top - (y + name_room) - 4)
    body.drawOn(canv, x + pad, top - 4 - height)
    # The name line: printed, or left blank to write on.
    canv.setFillColor(TINT)
    canv.rect(x, y, CARD_W, name_room - 4 * mm, stroke=0, fill=1)
    if card.name:
        canv.setFillColor(INK)
        draw_text(canv, x + pad, y + 9 * mm, fit(card.name, FONT_BOLD, 12, inner), FONT_BOLD, 12)
    else:
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.5)
        canv.line(x + pad, y + 8 * mm, x + CARD_W - pad, y + 8 * mm)
    if card.workshop:
        canv.setFillColor(MUTED)
        draw_text(canv, x + pad, y + 3.5 * mm, fit(card.workshop, FONT, 7, inner), FONT, 7)
    canv.restoreState()


DECK_W, DECK_H = 90 * mm, 60 * mm


def _deck_positions() -> list[tuple[float, float]]:
    """Lower-left corners of the eight deck cards on a page, two columns of four."""
    left = (PAGE_WIDTH - 2 * DECK_W - GAP) / 2
    bottom = (PAGE_HEIGHT - 4 * DECK_H - 3 * GAP) / 2
    return [(left + column * (DECK_W + GAP), bottom + (3 - row) * (DECK_H + GAP))
            for row in range(4) for column in range(2)]


def _draw_deck_card(canv: Canvas, x: float, y: float, card: DeckCard, catalyst: RoleCard | None, language: str) -> None:
    s = styles()
    pad = 6 * mm
    band = 5 * mm
    inner = DECK_W - band - 2 * pad
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.setDash(2, 2)
    canv.rect(x, y, DECK_W, DECK_H, stroke=1, fill=0)
    canv.setDash()
    canv.setFillColor(ACCENT)
    canv.rect(x, y, band, DECK_H, stroke=0, fill=1)
    left = x + band + pad
    canv.setFillColor(PRIMARY)
    canv.setFont(FONT_BOLD, 7.5)
    canv.drawString(left, y + DECK_H - 8 * mm, label(language, "deck_title").upper())
    text = Paragraph(markup(card.text.get(language)), s["card_body"].clone("deck_text", fontName=FONT_BOLD,
                                                                           fontSize=12, leading=15.5, textColor=INK))
    _, height = text.wrap(inner, DECK_H - 22 * mm)
    text.drawOn(canv, left, y + DECK_H - 11 * mm - height)
    if catalyst is not None and card.task in DECK_TASKS:
        task = catalyst.tasks[DECK_TASKS.index(card.task)].get(language)
        line = Paragraph(markup(label(language, "deck_task", task=task)),
                         s["card_body"].clone("deck_task", fontSize=7.5, leading=9.5, textColor=MUTED))
        line.wrap(inner, 12 * mm)
        line.drawOn(canv, left, y + 4 * mm)
    canv.restoreState()


def render_cards(cards: Sequence[Card], target: str | os.PathLike[str] | io.BytesIO, *, language: str = "da", title: str = "",
                 deck: Sequence[DeckCard] = (), catalyst: RoleCard | None = None) -> int:
    """Draw ``cards`` four to a page, then the ``deck`` eight to a page; returns the
    page count. ``catalyst`` is the role card whose tasks the deck cards name."""
    register_fonts()
    language = lang(language)
    canv = Canvas(target if isinstance(target, io.BytesIO) else str(target), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), lang=language)
    set_metadata(canv, title=title or label(language, "cards_title"), author="Samskab",
                 subject=label(language, "cards_title"), language=language)
    positions = _positions()
    pages = 0
    for start in range(0, max(len(cards), 1), 4):
        for (x, y), card in zip(positions, cards[start : start + 4], strict=False):
            _draw_card(canv, x, y, card, language)
            _cut_marks(canv, x, y)
        canv.setFont(FONT, 7)
        canv.setFillColor(MUTED)
        canv.drawCentredString(PAGE_WIDTH / 2, 8 * mm, "✂ " + label(language, "cut"))
        canv.showPage()
        pages += 1
    places = _deck_positions()
    for start in range(0, len(deck), len(places)):
        for (x, y), deck_card in zip(places, deck[start : start + len(places)], strict=False):
            _draw_deck_card(canv, x, y, deck_card, catalyst, language)
            _cut_marks(canv, x, y, DECK_W, DECK_H)
        canv.setFont(FONT, 7)
        canv.setFillColor(MUTED)
        canv.drawCentredString(PAGE_WIDTH / 2, 8 * mm, "✂ " + label(language, "cut"))
        canv.showPage()
        pages += 1
    canv.save()
    return pages


def workshop_cards(library: Library, workshop_id: uuid.UUID, *, with_names: bool = True, common: Common | None = None) -> tuple[list[Card], str]:
    """The cards for a workshop's role holders (and one blank per unheld role)."""
    common = common or load_common()
    workshop = load_workshop(library, workshop_id)
    title = plain(workshop.title)
    cards: list[Card] = []
    held: set[str] = set()
    for person in workshop.participants:
        role = common.role(person.role_card) if person.role_card else None
        if role is not None:
            cards.append(Card(role, person.name if with_names else "", title))
            held.add(role.id)
    cards += [Card(role, "", title) for role in common.roles if role.id not in held]
    order = {role.id: index for index, role in enumerate(common.roles)}
    cards.sort(key=lambda c: order.get(c.role.id, 99))
    return cards, workshop.language


def build_role_cards(
    path: str | os.PathLike[str],
    *,
    library: Library | None = None,
    workshop_id: uuid.UUID | None = None,
    with_names: bool = True,
    language: str | None = None,
    deck: bool = True,
) -> int:
    """Write the role-card sheet to ``path``; for a workshop when ``workshop_id`` is given.
    With ``deck``, the catalyst's deck follows (the workshop template's own cards too)."""
    common = load_common()
    title = ""
    template = None
    if library is not None and workshop_id is not None:
        cards, workshop_language = workshop_cards(library, workshop_id, with_names=with_names, common=common)
        language = language or workshop_language
        title = cards[0].workshop if cards else ""
        if deck:
            template_id = load_workshop(library, workshop_id, ()).template_id
            template = load_templates(common=common).get(template_id)
    else:
        cards = [Card(role) for role in common.roles]
    buffer = io.BytesIO()
    pages = render_cards(cards, buffer, language=lang(language), title=title,
                         deck=workshop_deck(common, template) if deck else (), catalyst=common.role("katalysator"))
    target = Path(path)
    write_bytes(target, buffer.getvalue())
    return pages


__all__ = ["Card", "build_role_cards", "render_cards", "workshop_cards"]
