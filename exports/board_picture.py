"""The idea board as a picture, drawn from the model (vector, no Qt): the themes'
frames with their titles and every note with its number, as much of its text as fits
and its table group's colour, at the board's own positions (``app.layout``).

:class:`BoardDrawing` is the handout's board page; :func:`build_board_pdf` writes the
whole board, or one theme, on a landscape A4 page of its own (Del → Tavlen som PDF,
``samskab board``).
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from app.errors import NotFound
from app.layout import NOTE_HEIGHT, NOTE_WIDTH, TITLE_BAND
from app.library import Library
from app.model import Cluster, Idea
from exports.files import write_bytes
from exports.outcome import load_outcome
from exports.pdfkit import (
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    PRIMARY_DARK,
    RULE,
    TINT,
    WHITE,
    Paragraph,
    draw_text,
    markup,
    plain,
    register_fonts,
    safe_colour,
    styles,
    wrap_lines,
)
from exports.texts import label, lang, long_date


class BoardDrawing(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """The idea board as a vector drawing: the themes' frames with their titles and
    every note with its number and as much of its text as fits, in its table group's
    colour, scaled from the board's own positions (``app.layout``) to the room given."""

    def __init__(self, clusters: Sequence[Cluster], ideas: Sequence[Idea], colours: dict[uuid.UUID, colors.Color],
                 height: float) -> None:
        super().__init__()
        self.clusters, self.ideas = clusters, ideas
        self.colours = colours
        self.max_height = height
        rects = [(c.x, c.y, c.width, c.height) for c in clusters]
        rects += [(i.x, i.y, NOTE_WIDTH, NOTE_HEIGHT) for i in ideas]
        self.left = min((r[0] for r in rects), default=0.0)
        self.top = min((r[1] for r in rects), default=0.0)
        right = max((r[0] + r[2] for r in rects), default=1.0)
        bottom = max((r[1] + r[3] for r in rects), default=1.0)
        self.board_w, self.board_h = max(1.0, right - self.left), max(1.0, bottom - self.top)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.scale = min(aw / self.board_w, min(self.max_height, ah) / self.board_h)
        return self.board_w * self.scale, self.board_h * self.scale

    def _box(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        """A board rectangle (y down) in the drawing's points (y up)."""
        s = self.scale
        return (x - self.left) * s, (self.board_h - (y - self.top) - h) * s, w * s, h * s

    def draw(self) -> None:
        canv = self.canv
        title_size = max(6.0, min(12.0, TITLE_BAND * self.scale * 0.5))
        for cluster in self.clusters:
            x, y, w, h = self._box(cluster.x, cluster.y, cluster.width, cluster.height)
            canv.setFillColor(TINT)
            canv.setStrokeColor(PRIMARY)
            canv.setLineWidth(0.8)
            canv.roundRect(x, y, w, h, 3, fill=1, stroke=1)
            canv.setFillColor(PRIMARY_DARK)
            one_line = len(wrap_lines(cluster.title, FONT_BOLD, title_size, w - 8, 2)) < 2
            tsize = title_size if one_line else title_size * 0.8  # two lines fit in the title band
            for n, title in enumerate(wrap_lines(cluster.title, FONT_BOLD, tsize, w - 8, 2)):
                draw_text(canv, x + 4, y + h - (n + 1) * tsize * 1.1 - 2, title, FONT_BOLD, tsize)
        size = min(11.0, NOTE_WIDTH * self.scale / 12)
        for idea in self.ideas:
            x, y, w, h = self._box(idea.x, idea.y, NOTE_WIDTH, NOTE_HEIGHT)
            canv.setFillColor(WHITE)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.rect(x, y, w, h, fill=1, stroke=1)
            canv.setFillColor(self.colours.get(idea.table_group_id, RULE) if idea.table_group_id else RULE)
            canv.rect(x, y + h - 2, w, 2, fill=1, stroke=0)
            canv.setFillColor(INK)
            canv.setFont(FONT_BOLD, size)
            canv.drawString(x + 2, y + h - size - 3, str(idea.number))
            if size >= 4.5:  # else the number alone: text that small is not text
                baseline = y + h - size - 3
                for text in wrap_lines(idea.text, FONT, size, w - 4, int((h - size - 6) // (size * 1.15))):
                    baseline -= size * 1.15
                    draw_text(canv, x + 2, baseline, text, FONT, size)


def build_board_pdf(
    library: Library,
    workshop_id: uuid.UUID,
    path: str | os.PathLike[str],
    *,
    cluster_id: uuid.UUID | None = None,
    language: str | None = None,
) -> Path:
    """The whole board, or the theme ``cluster_id`` with its notes, as a landscape A4
    PDF (whole file or nothing)."""
    outcome = load_outcome(library, workshop_id)
    language = lang(language or outcome.workshop.language)
    clusters: Sequence[Cluster] = outcome.clusters
    ideas: Sequence[Idea] = outcome.ideas
    title = outcome.workshop.title
    if cluster_id is not None:
        cluster = outcome.cluster_by_id.get(cluster_id)
        if cluster is None:
            raise NotFound("Temaet findes ikke (længere) på tavlen.", "The theme is not on the board (any more).")
        clusters, ideas = [cluster], [i for i in ideas if i.cluster_id == cluster_id]
        title = f"{title} · {cluster.title}"
    register_fonts()
    width, height = PAGE_HEIGHT, PAGE_WIDTH  # landscape
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, lang=language, title=plain(title),
                          author=plain(outcome.workshop.facilitator), subject=label(language, "board"),
                          creator="Samskab")
    doc.addPageTemplates([PageTemplate("board", frames=[Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN)])])
    heading = styles()["h1"].clone("board_title", spaceBefore=0)
    colours = {g.id: safe_colour(g.colour) for g in outcome.table_groups}
    caption = f"{label(language, 'board')} · {long_date(language, outcome.workshop.date)}".strip(" ·")
    story: list[Flowable] = [Paragraph(markup(title), heading), Paragraph(markup(caption), styles()["small"]),
                             Spacer(1, 4 * mm), BoardDrawing(clusters, ideas, colours, height - 2 * MARGIN - 26 * mm)]
    doc.build(story)
    target = Path(path)
    write_bytes(target, buffer.getvalue())
    return target


__all__ = ["BoardDrawing", "build_board_pdf"]
