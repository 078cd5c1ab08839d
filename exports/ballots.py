"""Paper ballots for rooms without phones: print, vote with a pen, count, type the counts in.

One sheet per kind of round:

* **dots** — the ideas (or themes) with their short numbers, and a row of circles
  per option to fill in (the budget, or the most dots allowed on one option);
* **statements** — each statement with three boxes: Enig / Uenig / Ved ikke;
* **criteria** — each idea with a 1–5 box row per criterion.

Ballots are stacked on A4 with a dashed cutting line between them: as many per page
as fit (up to four), so a short poll prints four to a page and a long list of ideas
one. A ballot longer than a page continues on the next. The facilitator enters the
counts in the app afterwards (a tally ballot).
"""

from __future__ import annotations

import io
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.library import Library
from app.model import RoundKind
from app.voting import RoundInfo, round_info
from exports.files import write_bytes
from exports.pdfkit import (
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    PRIMARY_DARK,
    RULE,
    TINT,
    MissingGlyphs,
    draw_text,
    fit,
    glyph_warning,
    register_fonts,
    set_metadata,
    wrap_lines,
)
from exports.texts import label, lang

WIDTH = PAGE_WIDTH - 2 * MARGIN
ROW: float = 7.2 * mm
MIN_ROW: float = 5.4 * mm
LEADING = 11.0  # between the lines of a wrapped idea
HEAD: float = 24 * mm  # title, instructions and the name line
SPACING: float = 10 * mm  # between ballots: the cutting line
MAX_PER_PAGE = 4
MAX_CIRCLES = 10


@dataclass(frozen=True)
class BallotSheet:
    """The written sheet. ``warnings``: texts with characters the shipped fonts cannot
    draw (they print as boxes), each naming where the text is."""

    pages: int
    ballots: int
    per_page: int
    warnings: tuple[MissingGlyphs, ...] = ()


def ballot_warnings(info: RoundInfo) -> tuple[MissingGlyphs, ...]:
    """The round's texts that hold characters no shipped font draws."""
    places = {"idea": "at_idea", "cluster": "at_theme", "statement": "at_statement"}
    found = [glyph_warning(info.title, "at_round", 1)]
    found += [glyph_warning(option.text, places.get(option.kind, "at_idea"),
                            option.number if option.number is not None else index)
              for index, option in enumerate(info.options, 1)]
    found += [glyph_warning(criterion.name, "at_criterion", index) for index, criterion in enumerate(info.criteria, 1)]
    return tuple(warning for warning in found if warning is not None)


def _circles(info: RoundInfo) -> int:
    budget = info.budget or 3
    most = info.max_per_option or budget
    return max(1, min(most, budget, MAX_CIRCLES))


def _criterion_width(info: RoundInfo) -> float:
    return float(min(36 * mm, (WIDTH * 0.55) / max(1, len(info.criteria))))


def _text_room(info: RoundInfo) -> float:
    """The width an option's text wraps in, left of its circles or boxes."""
    if info.kind == RoundKind.DOTS:
        return float(WIDTH - 12 * mm - _circles(info) * 6 * mm - 4 * mm)
    if info.kind == RoundKind.STATEMENTS:
        return float(WIDTH - 12 * mm - 3 * 17 * mm)
    return float(WIDTH - 12 * mm - _criterion_width(info) * len(info.criteria) - 3 * mm)


def _heading_lines(info: RoundInfo) -> list[list[str]]:
    """Each criterion's name, wrapped over at most three lines of its column."""
    return [wrap_lines(c.name, FONT_BOLD, 7, _criterion_width(info) - 2, 3) for c in info.criteria]


def _layout(info: RoundInfo) -> tuple[float, list[float], list[list[str]]]:
    """The height of the column headings, and each option's row height and text lines:
    every idea printed whole, wrapped; the rows as tall as their text."""
    lines = [wrap_lines(o.text, FONT, 9, _text_room(info)) or [""] for o in info.options]
    heading = 0.0
    if info.kind == RoundKind.STATEMENTS:
        heading = ROW
    elif info.kind == RoundKind.CRITERIA:
        heading = max((len(h) for h in _heading_lines(info)), default=1) * 8.5 + 6.5 * mm
    # One-line rows shrink towards MIN_ROW so a long list still fits one page.
    wrapped = sum(len(text) - 1 for text in lines) * LEADING
    room = (PAGE_HEIGHT - 2 * MARGIN - HEAD - heading - wrapped) / max(1, len(lines))
    row = max(MIN_ROW, min(ROW, room))
    heights = [row + (len(text) - 1) * LEADING for text in lines]
    return heading, heights, lines


def _instruction(info: RoundInfo, language: str) -> str:
    if info.kind == RoundKind.DOTS:
        text = label(language, "ballot_dots", budget=info.budget or 3)
        if info.max_per_option:
            text += " " + label(language, "ballot_dots_max", max=info.max_per_option)
        return text
    if info.kind == RoundKind.STATEMENTS:
        return label(language, "ballot_statements")
    return label(language, "ballot_criteria")


def _per_page(info: RoundInfo) -> int:
    """Ballots per page: as many as fit whole, at most ``MAX_PER_PAGE``."""
    heading, heights, _ = _layout(info)
    height = HEAD + heading + sum(heights)
    return max(1, min(MAX_PER_PAGE, int((PAGE_HEIGHT - 2 * MARGIN + SPACING) // (height + SPACING))))


class _Writer:
    def __init__(self, canv: Canvas, info: RoundInfo, language: str, title: str) -> None:
        self.c, self.info, self.lang, self.title = canv, info, language, title
        self.pages = 1
        self.heading, self.heights, self.lines = _layout(info)

    def new_page(self) -> float:
        self.c.showPage()
        self.pages += 1
        return PAGE_HEIGHT - MARGIN

    def box(self, x: float, y: float, size: float = 3.6 * mm) -> None:
        self.c.setStrokeColor(INK)
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, size, size, stroke=1, fill=0)

    def header(self, top: float) -> float:
        c, info = self.c, self.info
        c.setFillColor(PRIMARY)
        c.setFont(FONT_BOLD, 7.5)
        c.drawString(MARGIN, top - 3 * mm, f"{label(self.lang, 'ballot').upper()} · SAMSKAB")
        c.setFillColor(PRIMARY_DARK)
        draw_text(c, MARGIN, top - 9 * mm, fit(info.title or self.title, FONT_BOLD, 13, WIDTH), FONT_BOLD, 13)
        c.setFillColor(INK)
        draw_text(c, MARGIN, top - 14.5 * mm, fit(_instruction(info, self.lang), FONT, 8.5, WIDTH), FONT, 8.5)
        c.setFillColor(MUTED)
        if info.anonymous:
            c.drawString(MARGIN, top - 20 * mm, label(self.lang, "ballot_anonymous"))
        else:
            c.drawString(MARGIN, top - 20 * mm, label(self.lang, "ballot_name") + ":")
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.4)
            c.line(MARGIN + 32 * mm, top - 20.5 * mm, MARGIN + 110 * mm, top - 20.5 * mm)
        return top - HEAD

    def column_headings(self, y: float) -> float:
        """The answer columns' names; for criteria each name wrapped, with 1–5 under it
        (once, above the boxes: digits between rows were covered by the next row)."""
        c, info = self.c, self.info
        boxes_x = MARGIN + WIDTH
        c.setFillColor(MUTED)
        if info.kind == RoundKind.STATEMENTS:
            c.setFont(FONT_BOLD, 7.5)
            for index, key in enumerate(("agree", "disagree", "dont_know")):
                c.drawCentredString(boxes_x - 17 * mm * (3 - index) + 17 * mm / 2, y - 4 * mm, label(self.lang, key))
        elif info.kind == RoundKind.CRITERIA:
            col_w = _criterion_width(info)
            for index, lines in enumerate(_heading_lines(info)):
                cx = boxes_x - col_w * (len(info.criteria) - index)
                for n, line in enumerate(lines):
                    draw_text(c, cx + 1, y - 3 * mm - n * 8.5, line, FONT_BOLD, 7)
                c.setFont(FONT_BOLD, 7)
                step, size = self.score_boxes(col_w)
                for score in range(5):
                    c.drawCentredString(cx + 1 + score * step + size / 2, y - self.heading + 1.6 * mm, str(score + 1))
        return y - self.heading

    @staticmethod
    def score_boxes(col_w: float) -> tuple[float, float]:
        """The step between a criterion's five boxes and their size."""
        step = min(6 * mm, (col_w - 2) / 5)
        return step, min(3.6 * mm, step - 1.5)

    def ballot(self, top: float) -> float:
        """Draw one ballot from ``top`` down; returns where it ended."""
        c, info = self.c, self.info
        y = self.column_headings(self.header(top))
        boxes_x = MARGIN + WIDTH
        for index, option in enumerate(info.options):
            row, lines = self.heights[index], self.lines[index]
            if y - row < MARGIN - 0.5:  # (the rows were sized to fill the page exactly)
                y = self.column_headings(self.new_page())
            if index % 2 == 0:
                c.setFillColor(TINT)
                c.rect(MARGIN, y - row + 0.6 * mm, WIDTH, row, stroke=0, fill=1)
            # The first line's baseline, centred in a one-line row; boxes and circles beside it.
            base = y - (row - (len(lines) - 1) * LEADING - LEADING) / 2 - 8.5
            c.setFillColor(PRIMARY)
            c.setFont(FONT_BOLD, 9)
            c.drawRightString(MARGIN + 9 * mm, base, str(option.number) if option.number is not None else "•")
            c.setFillColor(INK)
            for n, line in enumerate(lines):
                draw_text(c, MARGIN + 12 * mm, base - n * LEADING, line, FONT, 9)
            if info.kind == RoundKind.DOTS:
                c.setStrokeColor(INK)
                c.setLineWidth(0.7)
                for k in range(_circles(info)):
                    c.circle(boxes_x - (k + 0.5) * 6 * mm, base + 1.2 * mm, 2.1 * mm, stroke=1, fill=0)
            elif info.kind == RoundKind.STATEMENTS:
                for k in range(3):
                    self.box(boxes_x - 17 * mm * (3 - k) + 17 * mm / 2 - 1.8 * mm, base - 0.6 * mm)
            else:
                col_w = _criterion_width(info)
                step, size = self.score_boxes(col_w)
                for ci in range(len(info.criteria)):
                    cx = boxes_x - col_w * (len(info.criteria) - ci)
                    for score in range(5):
                        self.box(cx + 1 + score * step, base - 0.6 * mm, size)
            y -= row
        return y

    def cut_line(self, y: float) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColor(RULE)
        c.setDash(3, 3)
        c.setLineWidth(0.6)
        c.line(MARGIN - 8 * mm, y, PAGE_WIDTH - MARGIN + 8 * mm, y)
        c.setFont(FONT, 9)
        c.setFillColor(MUTED)
        c.drawString(MARGIN - 8 * mm, y + 1.2 * mm, "✂")
        c.restoreState()


def render_ballots(info: RoundInfo, target: str | os.PathLike[str] | io.BytesIO, *, copies: int = 4,
                   language: str | None = None) -> BallotSheet:
    """Draw ``copies`` ballots for the round; as many per page as fit (at most four)."""
    register_fonts()
    language = lang(language or info.language)
    canv = Canvas(target if isinstance(target, io.BytesIO) else str(target), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), lang=language)
    title = info.title or label(language, "ballot")
    set_metadata(canv, title=f"{label(language, 'ballot')}: {title}", author="Samskab",
                 subject=label(language, "ballot"), language=language)
    writer = _Writer(canv, info, language, title)
    per_page = _per_page(info)
    top = PAGE_HEIGHT - MARGIN
    for number in range(copies):
        if number and number % per_page == 0:
            top = writer.new_page()
        elif number:
            writer.cut_line(top + SPACING / 2)
        top = writer.ballot(top) - SPACING
    canv.showPage()
    canv.save()
    return BallotSheet(writer.pages, copies, per_page, ballot_warnings(info))


def _participant_count(library: Library, workshop_id: uuid.UUID) -> int:
    from sqlalchemy import func, select

    from app.model import Participant

    with library.read() as session:
        return int(session.scalar(
            select(func.count()).select_from(Participant).where(Participant.workshop_id == workshop_id)
        ) or 0)


def build_ballots(library: Library, round_id: uuid.UUID, path: str | os.PathLike[str], *,
                  copies: int | None = None, language: str | None = None) -> BallotSheet:
    """Write paper ballots for a round to ``path``: by default one per participant,
    rounded up to fill the last page."""
    info = round_info(library, round_id)
    if copies is None:
        people = _participant_count(library, info.workshop_id) or 4
        per_page = _per_page(info)
        copies = -(-people // per_page) * per_page
    buffer = io.BytesIO()
    sheet = render_ballots(info, buffer, copies=max(1, copies), language=language)
    target = Path(path)
    write_bytes(target, buffer.getvalue())
    return sheet


__all__ = ["BallotSheet", "ballot_warnings", "build_ballots", "render_ballots"]
