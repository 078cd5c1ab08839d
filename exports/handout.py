"""The PDF handout every participant gets after the workshop (reportlab platypus, A4).

A report people keep, in order: a cover (the municipality's logo and name, the title,
the innovation question, date, place, facilitator, template, the key figures that are
not 0 and — for long handouts — a table of contents); "Det vigtigste": the question,
the chosen ideas in full with their votes, the action plan (who, first small test, by
when, in Danish dates), the next step and the innovation unit's contact; the board as
a vector drawing from the model; the participants with their role cards and table
groups, or only counts when made "without names"; each phase that has ideas, with its
prompts and ideas grouped by theme and table group; the revealed vote results (dot
votes ranked with full texts and every tie, the ideas without dots in one line;
statement polls as stacked bars; criteria as means per criterion and rank, the
shortlist only); and the principles as a strip at the end. Every page after the
cover has a running header and "Side n af m".

Page numbers that are only known at the end (the total, and the table of contents)
are PDF form XObjects referenced on the pages and filled in after the last page, so
the document is laid out once (no second ``multiBuild`` pass).

Call :func:`build_handout` from any thread (no Qt); it returns the page count.
"""

from __future__ import annotations

import io
import os
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.bidi import isolate
from app.errors import InvalidInput
from app.library import Library
from app.model import Idea, Participant, RoundKind
from app.operations.questions import question_marks
from app.queries.questions import candidates_of
from app.templates import Common, load_common
from app.voting import RoundResults, rows_to_show
from exports.board_picture import BoardDrawing
from exports.files import write_bytes
from exports.outcome import Outcome, chosen_ideas, load_outcome
from exports.pdfkit import (
    ACCENT,
    AGREE,
    DISAGREE,
    DONT_KNOW,
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
    WHITE,
    MissingGlyphs,
    Paragraph,
    draw_text,
    fit,
    glyph_warning,
    markup,
    needs_care,
    plain,
    register_fonts,
    safe_colour,
    set_metadata,
    styles,
    text_out,
    text_width,
)
from exports.texts import label, lang, long_date, template_name, term_name

FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
NOTE = colors.HexColor("#F6F9FB")  # an idea's background
#: Ideas above which the handout gets a table of contents on its cover.
TOC_THRESHOLD = 30
#: Bars shown in a dot-vote chart; the rest are summarised in one line.
MAX_BARS = 15


@dataclass(frozen=True)
class HandoutOptions:
    """What the facilitator's settings add to a handout: the municipality's name, a
    logo file (PNG or JPEG), the innovation unit's contact and the next step; each
    left out when empty."""

    municipality: str = ""
    logo: Path | None = None
    contact: str = ""
    next_step: str = ""


#: The logo's largest size on the cover.
LOGO_HEIGHT = 18 * mm
LOGO_WIDTH = 60 * mm


@dataclass(frozen=True)
class HandoutResult:
    """The written handout. ``warnings``: texts with characters the shipped fonts
    cannot draw (they print as boxes), each naming where the text is."""

    path: Path | None
    pages: int
    warnings: tuple[MissingGlyphs, ...] = ()


# -- the document -------------------------------------------------------------------


class _Doc(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no types
    """Two page templates (cover, body); records the page of every heading."""

    def __init__(self, target: Any, *, header: str, header_right: str, language: str, **kw: Any) -> None:
        super().__init__(
            target, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm, bottomMargin=MARGIN + 6 * mm, lang=language, **kw,
        )
        self._doSave = 0  # saved by build_pdf after the late page numbers are drawn
        self.header = plain(header).replace("\n", " ")
        self.header_right = plain(header_right)
        self.language = language
        self.toc_pages: dict[str, int] = {}
        cover = Frame(MARGIN, MARGIN + 6 * mm, FRAME_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 6 * mm - 42 * mm, id="cover")
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([
            PageTemplate("cover", frames=[cover], onPage=self._cover_page),
            PageTemplate("body", frames=[body], onPage=self._body_page),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "toc_key", None)
        if key and key not in self.toc_pages:
            self.toc_pages[key] = self.page
            canv = self.canv
            canv.bookmarkPage(key)
            canv.addOutlineEntry(getattr(flowable, "toc_title", key), key, level=getattr(flowable, "toc_level", 0))

    def _cover_page(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        band = 42 * mm
        canv.setFillColor(PRIMARY_DARK)
        canv.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, fill=1, stroke=0)
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_HEIGHT - band - 2.2 * mm, PAGE_WIDTH, 2.2 * mm, fill=1, stroke=0)
        canv.setFillColor(WHITE)
        canv.setFont(FONT_BOLD, 11)
        canv.drawString(MARGIN, PAGE_HEIGHT - 17 * mm, "SAMSKAB")
        canv.setFont(FONT, 22)
        canv.drawString(MARGIN, PAGE_HEIGHT - 29 * mm, label(self.language, "handout"))
        canv.setFont(FONT, 10)
        canv.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 29 * mm, self.header_right)
        canv.restoreState()

    def _body_page(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        top = PAGE_HEIGHT - MARGIN
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(PRIMARY)
        canv.drawString(MARGIN, top, "SAMSKAB")
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        offset = MARGIN + 16 * mm
        draw_text(canv, offset, top, fit(self.header, FONT, 8, FRAME_WIDTH - 16 * mm - 40 * mm), FONT, 8)
        canv.drawRightString(PAGE_WIDTH - MARGIN, top, self.header_right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        bottom = MARGIN
        canv.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        page = label(self.language, "page", n=canv.getPageNumber())
        of = " af " if self.language == "da" else " of "
        right = PAGE_WIDTH - MARGIN - 7 * mm
        canv.drawRightString(right, bottom, page + of)
        canv.doForm("samskab_pages")  # the total, drawn after the last page
        canv.restoreState()


def _late_numbers(doc: _Doc) -> None:
    """Draw the numbers only known at the end into the forms the pages refer to."""
    canv = doc.canv
    right = PAGE_WIDTH - MARGIN - 7 * mm
    canv.beginForm("samskab_pages", lowerx=right - 5, lowery=MARGIN - 5, upperx=PAGE_WIDTH, uppery=MARGIN + 15)
    canv.setFont(FONT, 8)
    canv.setFillColor(MUTED)
    canv.drawString(right, MARGIN, str(doc.page))
    canv.endForm()
    for key, form in getattr(doc, "toc_forms", {}).items():
        x, y = form
        canv.beginForm(f"toc_{key}", lowerx=x - 60, lowery=y - 5, upperx=x + 5, uppery=y + 15)
        canv.setFont(FONT, 10)
        canv.setFillColor(INK)
        canv.drawRightString(x, y, str(doc.toc_pages.get(key, "")))
        canv.endForm()


class _Heading(Paragraph):
    """A heading that appears in the table of contents and the PDF outline."""

    def __init__(self, text: str, style: Any, key: str, title: str, level: int = 0) -> None:
        super().__init__(text, style)
        self.toc_key = key
        self.toc_title = plain(title)
        self.toc_level = level


class _Contents(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """The table of contents: titles with dotted leaders; page numbers filled in late."""

    LEADING = 17

    def __init__(self, entries: Sequence[tuple[str, str, int]]) -> None:
        super().__init__()
        self.entries = list(entries)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.LEADING * len(self.entries)

    def draw(self) -> None:
        canv = self.canv
        doc = canv._doctemplate
        forms = doc.__dict__.setdefault("toc_forms", {})
        y = self.LEADING * len(self.entries) - 12
        for key, title, level in self.entries:
            indent = 12 * level
            font = FONT_BOLD if level == 0 else FONT
            text = fit(title, font, 10, self.width - indent - 40)
            canv.setFillColor(INK)
            draw_text(canv, indent, y, text, font, 10)
            start = indent + text_width(text, font, 10) + 4
            canv.setStrokeColor(RULE)
            canv.setDash(1, 2)
            canv.line(start, y + 1, self.width - 26, y + 1)
            canv.setDash()
            # The form holds the number in page coordinates: remember where it goes,
            # then draw the form with the flowable's offset undone.
            forms[key] = canv.absolutePosition(self.width, y)
            canv.saveState()
            ax, ay = canv.absolutePosition(0, 0)
            canv.translate(-ax, -ay)
            canv.doForm(f"toc_{key}")
            canv.restoreState()
            y -= self.LEADING


class _IdeaNote(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """One idea: a bar in its table group's colour, its number, text, meta line and dots.

    Splits like a paragraph, so an idea longer than a page never raises LayoutError.
    The meta line (author · table group · #tags) is drawn straight on the canvas, one
    line cut to fit: a second Paragraph per idea would double the layout work.
    """

    BAR = 3.5
    NUMBER = 24
    DOTS = 30
    PAD = 3.5
    META_SIZE = 7.5
    META_LINE = 10.0

    def __init__(self, number: int | None, text: Paragraph, meta: str, tags: str,
                 colour: colors.Color, dots: int) -> None:
        super().__init__()
        self.number, self.text, self.meta, self.tags, self.colour, self.dots = number, text, meta, tags, colour, dots
        self._text_h = 0.0
        self._wrapped: tuple[float, float] | None = None

    def _inner(self, aw: float) -> float:
        return aw - self.BAR - self.NUMBER - self.DOTS

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        # The frame asks again with the same width after a page break: reuse the lines.
        if self._wrapped is None or self._wrapped[0] != aw:
            self._text_h = self.text.wrap(self._inner(aw), ah)[1]
            meta_h = self.META_LINE + 1 if self.meta or self.tags else 0.0
            self._wrapped = (aw, self._text_h + meta_h + 2 * self.PAD)
        self.width, self.height = self._wrapped
        return self._wrapped

    def getSpaceAfter(self) -> float:
        return 3.0

    #: Notes shorter than this move whole to the next page rather than leave a line or
    #: two behind (and skip the cost of a split); only longer ones are split.
    KEEP_WHOLE = 240.0

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if self._wrapped is not None and self._wrapped[0] == aw and self._wrapped[1] < self.KEEP_WHOLE:
            return []
        self._wrapped = None  # Paragraph.split drops its laid-out lines
        parts = self.text.split(self._inner(aw), ah - 2 * self.PAD)
        if len(parts) < 2:
            return []
        return [
            _IdeaNote(self.number, parts[0], "", "", self.colour, self.dots),
            _IdeaNote(None, parts[1], self.meta, self.tags, self.colour, 0),
        ]

    def draw(self) -> None:
        canv = self.canv
        height = self.height
        canv.setFillColor(NOTE)
        canv.rect(0, 0, self.width, height, fill=1, stroke=0)
        canv.setFillColor(self.colour)
        canv.rect(0, 0, self.BAR, height, fill=1, stroke=0)
        x = self.BAR + self.NUMBER
        if self.dots:
            canv.setFillColor(ACCENT)
            canv.circle(self.width - self.DOTS + 8, height - self.PAD - 6, 3.6, fill=1, stroke=0)
        self.text.drawOn(canv, x, height - self.PAD - self._text_h)
        # Number, meta line and dot count in one text object: one BT…ET, not four.
        out = canv.beginText()
        if self.number is not None:
            number = str(self.number)
            out.setFont(FONT_BOLD, 9)
            out.setFillColor(PRIMARY)
            out.setTextOrigin(x - 5 - canv.stringWidth(number, FONT_BOLD, 9), height - self.PAD - 9.5)
            out.textOut(number)
        if self.meta or self.tags:
            # One string, one colour: author · table group · #tags.
            line = " · ".join(part for part in (self.meta, self.tags) if part)
            out.setFont(FONT, self.META_SIZE)
            out.setFillColor(MUTED)
            out.setTextOrigin(x, self.PAD + 2.5)
            text_out(out, fit(line, FONT, self.META_SIZE, self._inner(self.width)), FONT, self.META_SIZE)
        if self.dots:
            out.setFont(FONT_BOLD, 8.5)
            out.setFillColor(INK)
            out.setTextOrigin(self.width - self.DOTS + 14, height - self.PAD - 9)
            out.textOut(str(self.dots))
        canv.drawText(out)


# -- sections -----------------------------------------------------------------------


class _Builder:
    def __init__(self, outcome: Outcome, language: str, without_names: bool, common: Common,
                 options: HandoutOptions) -> None:
        self.o = outcome
        self.options = options
        self.lang = language
        self.without_names = without_names
        self.common = common
        body = styles()["body"]
        self.s = {
            **styles(),
            "action_idea": body.clone("action_idea", fontSize=10, leading=13.5, textColor=PRIMARY_DARK, spaceAfter=2),
            "action_meta": body.clone("action_meta", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=3),
            "action_test": body.clone("action_test", leftIndent=10),
            "cell_bold_right": styles()["cell_right"].clone("cell_bold_right", fontName=FONT_BOLD),
        }
        self.names = {p.name for p in outcome.participants if p.name}
        self.colours = {g.id: safe_colour(g.colour) for g in outcome.table_groups}

    def t(self, key: str, **values: object) -> str:
        return label(self.lang, key, **values)

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of user text (escaped)."""
        return Paragraph(markup(text), self.s[style])

    def lp(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of our own label text (escaped too: labels hold user values)."""
        return Paragraph(markup(text), self.s[style])

    def heading(self, text: str, style: str, key: str, level: int = 0) -> _Heading:
        return _Heading(markup(text), self.s[style], key, text, level)

    def table(self, rows: list[list[Any]], widths: Sequence[float], *, header: bool = True,
              zebra: bool = True) -> Table:
        # A row taller than the room left splits inside its cells: every text is printed
        # whole, and a cell of 2,000 characters can be taller than a page.
        table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), PRIMARY), ("LINEBELOW", (0, 0), (-1, 0), 0, PRIMARY)]
        if zebra:
            style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [WHITE, TINT]))
        table.setStyle(TableStyle(style))
        return table

    def short(self, text: str, width: float, *, bold: bool = False) -> str | Paragraph:
        """A table cell: the plain string when it fits on one line, else a wrapping paragraph
        (always a paragraph for right-to-left text or emoji: a plain cell has one font and
        no bidi)."""
        value = plain(text).replace("\n", " ")
        font = FONT_BOLD if bold else FONT
        if not needs_care(value) and pdfmetrics.stringWidth(value, font, 8.5) <= width - 10:
            return value
        return self.p(value, "cell_bold" if bold else "cell")

    def count(self, n: int) -> str:
        """1.000 in Danish, 1,000 in English."""
        text = f"{n:,}"
        return text.replace(",", ".") if self.lang == "da" else text

    def decimal(self, value: float | None) -> str:
        if value is None:
            return "–"
        text = f"{value:.1f}"
        return text if self.lang == "en" else text.replace(".", ",")

    def head(self, text: str) -> Paragraph:
        return self.lp(text, "cell_head")

    @staticmethod
    def option_label(option: Any) -> str:
        """An option as "12. text", the text isolated from its number."""
        return f"{option.number}. {isolate(option.text)}" if option.number is not None else option.text

    # -- cover ----------------------------------------------------------------------

    def cover(self, toc: list[tuple[str, str, int]] | None) -> list[Flowable]:
        w = self.o.workshop
        story: list[Flowable] = []
        logo = self.logo()
        if logo is not None:
            story += [logo, Spacer(1, 5 * mm)]
        if self.options.municipality.strip():
            story.append(self.p(self.options.municipality.upper(), "kicker"))
        story.append(self.p(w.title, "cover_title"))
        if w.question.strip():
            story += [self.lp(self.t("question").upper(), "kicker"), self.p(w.question, "cover_question")]
        facts = [
            (self.t("date"), long_date(self.lang, w.date)),
            (self.t("place"), w.place),
            (self.t("facilitator"), w.facilitator),
            (self.t("template"), template_name(self.lang, w.template_id)),
        ]
        rows = [[self.lp(k, "cell_bold"), self.p(v, "cell")] for k, v in facts if v]
        if rows:
            facts_table = Table(rows, colWidths=[34 * mm, FRAME_WIDTH - 34 * mm], hAlign="LEFT", splitInRow=1)
            facts_table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(facts_table)
        story += [Spacer(1, 8 * mm), *self.key_figures()]
        if toc:
            story += [Spacer(1, 9 * mm), self.lp(self.t("contents").upper(), "kicker"), Spacer(1, 2), _Contents(toc)]
        return story

    def logo(self) -> Image | None:
        """The municipality's logo, scaled into ``LOGO_WIDTH`` × ``LOGO_HEIGHT``; ``None``
        without one (a file that cannot be read is checked by :func:`check_logo` first)."""
        path = self.options.logo
        if path is None:
            return None
        image = Image(str(path))
        scale = min(LOGO_WIDTH / image.imageWidth, LOGO_HEIGHT / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "LEFT"
        return image

    # -- the essentials -----------------------------------------------------------------

    def essentials(self) -> list[Flowable]:
        """The page right after the cover: the question, the chosen ideas in full with
        their votes, the action plan, the next step and whom to contact."""
        o = self.o
        story: list[Flowable] = [self.heading(self.t("essentials"), "h1", "essentials")]
        if o.workshop.question.strip():
            story += [self.lp(self.t("question").upper(), "kicker"), self.p(o.workshop.question, "cover_question")]
        ideas, from_plan = chosen_ideas(o)
        if not from_plan:  # else the action plan below shows them, with their votes
            story.append(self.lp(self.t("chosen_ideas"), "h2"))
            if not ideas:
                story.append(self.lp(self.t("no_chosen"), "body"))
            story += [self.idea_note(idea, votes=self.votes_of(idea)) for idea in ideas]
        story += self.actions()
        next_step = self.options.next_step.strip() or self.first_step()
        for key, text in (("next_step", next_step), ("contact", self.options.contact.strip())):
            if text:
                story += [self.lp(self.t(key), "h2"), self.p(text, "body")]
        return story

    def votes_of(self, idea: Idea) -> str:
        """An idea's votes in words: its dots and its mean criteria score, where it has them."""
        parts = []
        dots = self.o.dots_by_idea.get(idea.id, 0)
        if dots:
            parts.append(self.t("dots_count", n=dots))
        for scores in self.o.scores_by_round.values():
            if idea.id in scores:
                parts.append(self.t("mean_score", value=self.decimal(scores[idea.id])))
        return " · ".join(parts)

    def first_step(self) -> str:
        """Without a written next step: the action plan's earliest first small test."""
        dated = sorted((a for a in self.o.actions if a.first_test), key=lambda a: (a.due is None, a.due or 0))
        if not dated:
            return ""
        action = dated[0]
        who = self.owner(action.owner)
        when = long_date(self.lang, action.due)
        return " – ".join(part for part in (action.first_test, ", ".join(p for p in (who, when) if p)) if part)

    def owner(self, owner: str) -> str:
        return "—" if self.without_names and any(name in owner for name in self.names) else owner

    def key_figures(self) -> list[Flowable]:
        o = self.o
        # A figure of 0 is left out ("0 Afstemninger" tells the reader nothing).
        figures = [(n, text) for n, text in (
            (len(o.participants), self.t("participants")),
            (len(o.ideas), self.t("ideas")),
            (len({i.cluster_id for i in o.ideas if i.cluster_id in o.cluster_by_id}), self.t("themes")),
            (len(o.results), self.t("votes")),
        ) if n]
        big = styles()["cover_title"]
        cells = [
            [Paragraph(self.count(n), big.clone("fig", fontSize=24, leading=27, spaceAfter=0, textColor=PRIMARY)),
             Paragraph(markup(text), self.s["small"])]
            for n, text in figures
        ]
        if not cells:
            return []
        table = Table([cells], colWidths=[FRAME_WIDTH / 4] * len(cells), hAlign="LEFT")
        table.setStyle(TableStyle([
            ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return [table]

    # -- participants ------------------------------------------------------------------

    def board(self) -> list[Flowable]:
        """The whole board on a page of its own, when it has notes."""
        if not self.o.ideas:
            return []
        return [PageBreak(), self.heading(self.t("board"), "h1", "board"), self.lp(self.t("board_caption"), "small"),
                Spacer(1, 4 * mm), BoardDrawing(self.o.clusters, self.o.ideas, self.colours, PAGE_HEIGHT - 2 * MARGIN - 60 * mm), PageBreak()]

    def participants(self) -> list[Flowable]:
        o = self.o
        story: list[Flowable] = [self.heading(self.t("participants"), "h1", "participants")]
        people = sorted(o.participants, key=lambda p: (self._group_pos(p), p.position))
        if self.without_names:
            story.append(self.lp(self.t("participants_without_names", n=len(people), groups=len(o.table_groups)), "body"))
            counts: dict[str, int] = defaultdict(int)
            for person in people:
                counts[o.group_name(person) or self.t("no_group")] += 1
            rows: list[list[str | Paragraph]] = [[self.head(self.t("table_group")), self.head(self.t("participants"))]]
            rows += [[self.p(name, "cell"), self.lp(str(n), "cell_right")] for name, n in counts.items()]
            roles: dict[str, int] = defaultdict(int)
            for person in people:
                if person.role_card:
                    roles[self._role_name(person.role_card)] += 1
            rows += [[self.lp(f"{self.t('role')}: {name}", "cell"), self.lp(str(n), "cell_right")] for name, n in roles.items()]
            story += [Spacer(1, 4), self.table(rows, [FRAME_WIDTH - 40 * mm, 40 * mm])]
        else:
            rows = [[self.head(self.t("name")), self.head(self.t("organisation")),
                     self.head(self.t("table_group")), self.head(self.t("role"))]]
            widths = [48 * mm, 62 * mm, 30 * mm, FRAME_WIDTH - 140 * mm]
            # Short values are plain strings, drawn without markup parsing (a table cell's
            # string is never parsed); only a text too wide to fit becomes a Paragraph.
            for person in people:
                rows.append([
                    self.short(person.name, widths[0], bold=True),
                    self.short(person.organisation, widths[1]),
                    self.short(o.group_name(person), widths[2]),
                    self.short(self._role_name(person.role_card) if person.role_card else "", widths[3]),
                ])
            table = self.table(rows, widths)
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 1), (-1, -1), FONT), ("FONTNAME", (0, 1), (0, -1), FONT_BOLD),
                ("FONTSIZE", (0, 1), (-1, -1), 8.5), ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ]))
            story.append(table)
        story += self.role_cards({p.role_card for p in people if p.role_card})
        return story

    def _group_pos(self, person: Participant) -> int:
        group = self.o.group_by_id.get(person.table_group_id) if person.table_group_id else None
        return group.position if group else 10_000

    def _role_name(self, role_id: str) -> str:
        role = self.common.role(role_id)
        return role.name.get(self.lang) if role else role_id

    def role_cards(self, used: set[str]) -> list[Flowable]:
        roles = [r for r in self.common.roles if r.id in used] or []
        if not roles:
            return []
        cells = []
        for role in roles:
            tasks = "<br/>".join("• " + markup(t.get(self.lang)) for t in role.tasks)
            cells.append([
                Paragraph(markup(role.name.get(self.lang)), self.s["h3"].clone("rn", spaceBefore=0, textColor=PRIMARY)),
                Paragraph(f"<b>{markup(self.t('arena'))}:</b> {markup(role.arena.get(self.lang))}", self.s["cell"]),
                Spacer(1, 3),
                Paragraph(tasks, self.s["cell"]),
            ])
        width = FRAME_WIDTH / len(cells)
        table = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        return [self.lp(self.t("roles_heading"), "h2"), table]

    # -- phases and ideas ----------------------------------------------------------------

    def legend(self) -> Flowable | None:
        groups = self.o.table_groups
        if not groups:
            return None
        chips: list[str | Paragraph] = []
        for group in groups:
            chips.append(Paragraph(
                f'<font color="{safe_colour(group.colour).hexval().replace("0x", "#")}">■</font> {markup(isolate(group.name))}',
                self.s["small"],
            ))
        per_row = 6
        rows = [chips[i : i + per_row] for i in range(0, len(chips), per_row)]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        table = Table(rows, colWidths=[FRAME_WIDTH / per_row] * per_row, hAlign="LEFT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        return table

    def question_hunt(self) -> list[Flowable]:
        """How the innovation question was found (the question funnel, seed 002): how
        many candidates, the marks they were scored on, the chosen one and every
        discarded one. Nothing when the funnel was not used."""
        candidates = candidates_of(self.o.workshop.candidate_questions)
        if not candidates:
            return []
        phones = sum(c.origin == "phone" for c in candidates)
        marks = " · ".join(mark.get(self.lang) for mark in question_marks())
        story: list[Flowable] = [
            CondPageBreak(50 * mm), self.heading(self.t("question_hunt"), "h1", "questions"),
            self.lp(self.t("question_hunt_intro", n=len(candidates),
                           phones=self.t("question_hunt_phones", n=phones) if phones else "")),
            self.lp(marks, "prompt"),
        ]

        def line(candidate: Any) -> Paragraph:
            scored = any(s is not None for s in candidate.scores)
            points = f" <font color='#5B6B7A'>({markup(self.t('question_points', n=candidate.total))})</font>" if scored else ""
            return Paragraph(markup(isolate(candidate.text)) + points, self.s["prompt"], bulletText="›")

        chosen = [c for c in candidates if c.chosen]
        if chosen:
            story += [self.lp(self.t("question_chosen"), "h3"), *(line(c) for c in chosen)]
        else:
            story.append(self.lp(self.t("question_none_chosen")))
        for key, group in (("question_running", [c for c in candidates if not c.chosen and not c.discarded]),
                           ("question_discarded", [c for c in candidates if c.discarded])):
            if group:
                story += [self.lp(self.t(key, n=len(group)), "h3"), *(line(c) for c in group)]
        return story

    def catalyst_cards(self) -> list[Flowable]:
        """The catalyst's cards drawn in the room (seed 003), in order; nothing if none."""
        draws = sorted(self.o.workshop.deck_draws, key=lambda d: d.number)
        if not draws:
            return []
        return [
            CondPageBreak(40 * mm), self.heading(self.t("catalyst_cards"), "h1", "catalyst"),
            self.lp(self.t("catalyst_cards_intro")),
            *(Paragraph(markup(isolate(d.text)), self.s["prompt"], bulletText="›") for d in draws),
        ]

    def phases(self) -> list[Flowable]:
        o = self.o
        story: list[Flowable] = []
        by_phase: dict[uuid.UUID | None, list[Idea]] = defaultdict(list)
        known = set(o.phase_by_id)
        for idea in o.ideas:
            by_phase[idea.phase_id if idea.phase_id in known else None].append(idea)
        legend = self.legend()
        for index, phase in enumerate(o.phases, start=1):
            if not by_phase.get(phase.id):
                continue  # a phase without ideas tells the reader nothing
            title = f"{self.t('phase')} {index} · {isolate(phase.name)}"
            story += [CondPageBreak(60 * mm), self.heading(title, "h1", f"phase{index}", 0)]
            if legend is not None:
                story += [legend, Spacer(1, 4)]
                legend = None
            if phase.goal:
                story.append(Paragraph(f"<b>{markup(self.t('goal'))}:</b> {markup(isolate(phase.goal))}", self.s["body"]))
            if phase.prompts:
                story.append(self.lp(self.t("prompts"), "h3"))
                story += [Paragraph(markup(prompt), self.s["prompt"], bulletText="›") for prompt in phase.prompts]
            ideas = by_phase[phase.id]
            story.append(self.lp(self.t("ideas_count", n=len(ideas)), "small"))
            story += self.idea_list(ideas)
        if by_phase.get(None):
            story += [CondPageBreak(60 * mm), self.heading(self.t("other_ideas"), "h1", "phase0")]
            story += self.idea_list(by_phase[None])
        return story

    def idea_list(self, ideas: list[Idea]) -> list[Flowable]:
        o = self.o
        clusters: dict[uuid.UUID | None, list[Idea]] = defaultdict(list)
        for idea in ideas:
            clusters[idea.cluster_id if idea.cluster_id in o.cluster_by_id else None].append(idea)
        order = [c.id for c in o.clusters if c.id in clusters] + ([None] if None in clusters else [])
        story: list[Flowable] = []
        group_pos = {g.id: g.position for g in o.table_groups}
        for key in order:
            members = sorted(clusters[key], key=lambda i: (group_pos.get(i.table_group_id, 10_000), i.number))  # type: ignore[arg-type]
            title = o.cluster_by_id[key].title if key is not None else self.t("no_cluster")
            story.append(Paragraph(
                f"{markup(isolate(title))} <font color=\"#5B6B78\" size=\"8.5\">· {markup(self.t('ideas_count', n=len(members)))}</font>",
                self.s["h3"],
            ))
            story += [self.idea_note(idea) for idea in members]
        return story

    def idea_note(self, idea: Idea, votes: str = "") -> _IdeaNote:
        o = self.o
        meta: list[str] = [votes] if votes else []
        # Each user text isolated: a name's right-to-left override or a Hebrew name
        # next to a group "12" cannot reorder the rest of the line.
        if idea.author and not self.without_names:
            meta.append(isolate(idea.author))
        group = o.group_by_id.get(idea.table_group_id) if idea.table_group_id else None
        if group is not None:
            meta.append(isolate(group.name))
        tags = " ".join(f"#{isolate(term_name(self.lang, tag))}" for tag in idea.tags) if idea.tags else ""
        text = Paragraph(markup(idea.text), self.s["idea"])
        colour = self.colours.get(group.id) if group is not None else RULE
        return _IdeaNote(idea.number, text, plain(" · ".join(meta)), plain(tags), colour or RULE,
                         o.dots_by_idea.get(idea.id, 0))

    # -- votes ---------------------------------------------------------------------------

    def votes(self) -> list[Flowable]:
        heading = self.heading(self.t("votes"), "h1", "votes")
        story: list[Flowable] = [CondPageBreak(80 * mm)]
        if not self.o.results:
            story += [heading, self.lp(self.t("no_votes"), "body")]
        for number, result in enumerate(self.o.results, start=1):
            kind = {RoundKind.DOTS: "dots_round", RoundKind.STATEMENTS: "statements_round"}.get(result.kind, "criteria_round")  # type: ignore[call-overload]
            title = result.title or self.t(kind)
            line = f"{self.t(kind)} · {self.t('voters', n=result.voters)}"
            if result.abstained:
                line += f" · {self.t('abstained', n=result.abstained)}"
            block: list[Flowable] = [
                self.heading(title, "h2", f"round{number}", 1),
                self.lp(line, "small"),
                Spacer(1, 4),
            ]
            if result.kind == RoundKind.DOTS:
                block += self.dot_chart(result)
            elif result.kind == RoundKind.STATEMENTS:
                block += self.statement_bars(result)
            else:
                block += self.criteria_table(result)
            if number == 1:
                block.insert(0, heading)
            # Keep the heading with its table (KeepTogether still splits a block
            # taller than a page).
            story.append(KeepTogether(block))
        return story

    def dot_chart(self, result: RoundResults) -> list[Flowable]:
        """Rank, the idea's full text, a bar and its dots; ideas with no dots are one
        line, the ones below the shown ranks another (ties are never cut)."""
        given = [d for d in result.dots if d.dots > 0]
        shown = given[:rows_to_show([d.rank for d in given], MAX_BARS, stretch=MAX_BARS // 3)]
        story: list[Flowable] = []
        if shown:
            bar_w, value_w, rank_w = 42 * mm, 16 * mm, 10 * mm
            top = max(d.dots for d in shown)
            rows: list[list[Any]] = []
            for index, dot in enumerate(shown):
                bar = Drawing(bar_w, 12)
                bar.add(Rect(0, 1, bar_w, 10, fillColor=TINT, strokeColor=None))
                bar.add(Rect(0, 1, bar_w * dot.dots / top, 10, fillColor=ACCENT if index else PRIMARY, strokeColor=None))
                rows.append([self.lp(f"{dot.rank}.", "cell_bold"), self.p(self.option_label(dot.option), "cell"),
                             bar, self.lp(str(dot.dots), "cell_right")])
            table = self.table(rows, [rank_w, FRAME_WIDTH - bar_w - value_w - rank_w, bar_w, value_w],
                               header=False, zebra=False)
            table.setStyle(TableStyle([("VALIGN", (2, 0), (2, -1), "MIDDLE")]))
            story.append(table)
        rest = len(given) - len(shown)
        if rest > 0:
            story.append(self.lp(self.t("more_options", n=rest), "small"))
        zero = len(result.dots) - len(given)
        if zero:
            story.append(self.lp(self.t("no_dots", n=zero), "small"))
        return story

    def statement_bars(self, result: RoundResults) -> list[Flowable]:
        bar_w = 70 * mm
        legend = Drawing(bar_w, 12)
        x = 0.0
        for colour, key in ((AGREE, "agree"), (DISAGREE, "disagree"), (DONT_KNOW, "dont_know")):
            legend.add(Rect(x, 2, 8, 8, fillColor=colour, strokeColor=None))
            text = self.t(key)
            legend.add(String(x + 11, 3, text, fontName=FONT, fontSize=8, fillColor=INK))
            x += 11 + len(text) * 5 + 12
        rows: list[list[Any]] = [[self.head(self.t("statement")), legend]]
        for item in result.statements:
            drawing = Drawing(bar_w, 16)
            total = item.total or 1
            x = 0.0
            for count, colour in ((item.agree, AGREE), (item.disagree, DISAGREE), (item.dont_know, DONT_KNOW)):
                width = bar_w * count / total
                if count:
                    drawing.add(Rect(x, 2, width, 12, fillColor=colour, strokeColor=WHITE, strokeWidth=0.5))
                    if width > 12:
                        drawing.add(String(x + width / 2, 5, str(count), fontName=FONT_BOLD, fontSize=7.5,
                                           fillColor=WHITE, textAnchor="middle"))
                x += width
            if not item.total:
                drawing.add(Rect(0, 2, bar_w, 12, fillColor=TINT, strokeColor=None))
            rows.append([self.p(item.statement.text, "cell"), drawing])
        table = self.table(rows, [FRAME_WIDTH - bar_w - 10, bar_w + 10])
        table.setStyle(TableStyle([("BACKGROUND", (1, 0), (1, 0), WHITE), ("VALIGN", (1, 1), (1, -1), "MIDDLE")]))
        return [table]

    def criteria_table(self, result: RoundResults) -> list[Flowable]:
        """Rank, idea, the mean on each criterion and over all: the shortlist only (the
        top ``MAX_BARS`` ranks, ties kept), the rest in one line."""
        criteria = result.criteria
        ranked = sorted((s for s in result.scored if s.count), key=lambda s: s.rank_by_mean)
        shown = ranked[:rows_to_show([s.rank_by_mean for s in ranked], MAX_BARS, stretch=MAX_BARS // 3)]
        fixed = 10 * mm + 16 * mm
        crit_w = min(24 * mm, (FRAME_WIDTH - fixed - 60 * mm) / max(1, len(criteria)))
        idea_w = FRAME_WIDTH - fixed - crit_w * len(criteria)
        rows: list[list[Any]] = [[
            self.head(self.t("rank")), self.head(self.t("idea")),
            *(self.head(c.name) for c in criteria), self.head(self.t("mean")),
        ]]
        for scored in shown:
            rows.append([
                self.lp(f"{scored.rank_by_mean}.", "cell_bold"),
                self.p(self.option_label(scored.option), "cell"),
                *(self.lp(self.decimal(c.mean), "cell_right") for c in scored.per_criterion),
                self.lp(self.decimal(scored.mean), "cell_bold_right"),
            ])
        story: list[Flowable] = [self.table(rows, [10 * mm, idea_w, *([crit_w] * len(criteria)), 16 * mm])]
        rest = len(result.scored) - len(shown)
        if rest:
            story.append(self.lp(self.t("criteria_rest", n=rest), "small"))
        return story

    # -- action plan and principles ---------------------------------------------------------

    def actions(self) -> list[Flowable]:
        o = self.o
        story: list[Flowable] = [self.heading(self.t("actions"), "h2", "actions", 1)]
        if not o.actions:
            return [*story, self.lp(self.t("no_actions"), "body")]
        # One block per action, not a table: a first small test or an idea of 2,000
        # characters wraps over the page's width and splits across pages like any
        # paragraph (in a table's narrow column it ran over several pages).
        for action in o.actions:
            idea = o.idea_by_id.get(action.idea_id)
            facts = [(self.t("who"), self.owner(action.owner)), (self.t("when"), long_date(self.lang, action.due)),
                     (self.t("votes_short"), self.votes_of(idea) if idea is not None else ""),
                     (self.t("added_value"), term_name(self.lang, action.added_value) if action.added_value else "")]
            block: list[Flowable] = []
            if idea is not None:
                block.append(Paragraph(f"<b>{markup(self.t('idea'))} {idea.number}:</b> {markup(isolate(idea.text))}",
                                       self.s["action_idea"]))
            line = " · ".join(f"<b>{markup(key)}:</b> {markup(isolate(value))}" for key, value in facts if value)
            if line:
                block.append(Paragraph(line, self.s["action_meta"]))
            if action.first_test:
                block.append(Paragraph(f"<b>{markup(self.t('first_test'))}:</b> {markup(isolate(action.first_test))}",
                                       self.s["action_test"]))
            story += [KeepTogether(block), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=5, spaceAfter=7)]
        return story

    def principles(self) -> list[Flowable]:
        """The principles as a strip at the end: each name on its colour, its text below."""
        items = list(self.common.principles)
        if not items:
            return []
        fills = [PRIMARY_DARK, PRIMARY, colors.HexColor("#1F6475"), colors.HexColor("#7A4A0E")]
        name = self.s["principle_name"].clone("strip_name", fontSize=11, leading=13.5)
        text = self.s["principle_text"].clone("strip_text", fontSize=8.5, leading=11)
        cells = [[Paragraph(markup(p.name.get(self.lang)), name), Spacer(1, 3),
                  Paragraph(markup(p.text.get(self.lang)), text)] for p in items]
        table = Table([cells], colWidths=[FRAME_WIDTH / len(items)] * len(items))
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LINEAFTER", (0, 0), (-2, -1), 3, WHITE),
        ]
        style += [("BACKGROUND", (i, 0), (i, 0), fills[i % len(fills)]) for i in range(len(items))]
        table.setStyle(TableStyle(style))
        return [CondPageBreak(70 * mm), Spacer(1, 8 * mm),
                self.heading(self.t("principles"), "h2", "principles"), KeepTogether([table])]

    # -- the whole ----------------------------------------------------------------------

    def story(self, with_toc: bool) -> list[Flowable]:
        toc: list[tuple[str, str, int]] | None = None
        if with_toc:
            toc = [("essentials", self.t("essentials"), 0), ("actions", self.t("actions"), 1),
                   ("board", self.t("board"), 0), ("participants", self.t("participants"), 0)]
            if self.o.workshop.candidate_questions:
                toc.append(("questions", self.t("question_hunt"), 0))
            if self.o.workshop.deck_draws:
                toc.append(("catalyst", self.t("catalyst_cards"), 0))
            with_ideas = {i.phase_id for i in self.o.ideas}
            toc += [(f"phase{i}", f"{self.t('phase')} {i} · {isolate(p.name)}", 0)
                    for i, p in enumerate(self.o.phases, 1) if p.id in with_ideas]
            if any(i.phase_id not in self.o.phase_by_id for i in self.o.ideas):
                toc.append(("phase0", self.t("other_ideas"), 0))
            toc.append(("votes", self.t("votes"), 0))
            toc += [(f"round{i}", r.title or self.t("votes"), 1) for i, r in enumerate(self.o.results, 1)]
            toc.append(("principles", self.t("principles"), 0))
        story: list[Flowable] = [*self.cover(toc), NextPageTemplate("body"), PageBreak()]
        story += self.essentials()
        story += self.board() or [PageBreak()]
        story += self.participants()
        story += self.question_hunt()
        story += self.catalyst_cards()
        story += self.phases()
        story += self.votes()
        story += self.principles()
        return story


def render_handout(
    outcome: Outcome,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    language: str | None = None,
    without_names: bool = False,
    toc: bool | None = None,
    options: HandoutOptions | None = None,
) -> int:
    """Lay out the handout for ``outcome`` into ``target`` (a path or a binary file); the page count."""
    register_fonts()
    language = lang(language or outcome.workshop.language)
    workshop = outcome.workshop
    builder = _Builder(outcome, language, without_names, load_common(), options or HandoutOptions())
    with_toc = toc if toc is not None else len(outcome.ideas) > TOC_THRESHOLD
    doc = _Doc(
        str(target) if isinstance(target, str | os.PathLike) else target,
        header=workshop.title, header_right=long_date(language, workshop.date), language=language,
        title=plain(workshop.title), author=plain(workshop.facilitator),
        subject=label(language, "subject"), creator="Samskab",
    )
    doc.build(builder.story(with_toc))
    set_metadata(doc.canv, title=workshop.title, author=workshop.facilitator,
                 subject=label(language, "subject"), language=language)
    _late_numbers(doc)
    doc.canv.save()
    pages: int = doc.page
    return pages


def handout_warnings(outcome: Outcome, *, without_names: bool = False) -> tuple[MissingGlyphs, ...]:
    """Every text the handout prints that holds characters no shipped font draws (they
    print as boxes), each naming where it is: "Idé 12", "Deltager 3", "Tema 2"."""
    w = outcome.workshop
    found: list[MissingGlyphs | None] = [
        glyph_warning(w.title, "at_title"), glyph_warning(w.question, "at_question"),
        glyph_warning(w.place, "at_place"), glyph_warning(w.facilitator, "at_facilitator"),
    ]
    if not without_names:
        found += [glyph_warning(f"{p.name} {p.organisation or ''}", "at_participant", n)
                  for n, p in enumerate(outcome.participants, 1)]
    found += [glyph_warning(g.name, "at_group", n) for n, g in enumerate(outcome.table_groups, 1)]
    found += [glyph_warning(" ".join([p.name, p.goal or "", *p.prompts]), "at_phase", n)
              for n, p in enumerate(outcome.phases, 1)]
    found += [glyph_warning(c.title, "at_theme", n) for n, c in enumerate(outcome.clusters, 1)]
    for idea in outcome.ideas:
        found.append(glyph_warning(idea.text, "at_idea", idea.number))
        if idea.author and not without_names:
            found.append(glyph_warning(idea.author, "at_idea_author", idea.number))
        if idea.tags:
            found.append(glyph_warning(" ".join(idea.tags), "at_idea_tags", idea.number))
    for n, result in enumerate(outcome.results, 1):
        found.append(glyph_warning(result.title, "at_round", n))
        found += [glyph_warning(s.statement.text, "at_statement", s.statement.number or i)
                  for i, s in enumerate(result.statements, 1)]
        found += [glyph_warning(c.name, "at_criterion", i) for i, c in enumerate(result.criteria, 1)]
    found += [glyph_warning(f"{a.owner or ''} {a.first_test or ''}", "at_action", n)
              for n, a in enumerate(outcome.actions, 1)]
    return tuple(warning for warning in found if warning is not None)


def build_handout(
    library: Library,
    workshop_id: uuid.UUID,
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    without_names: bool = False,
    options: HandoutOptions | None = None,
) -> HandoutResult:
    """Write the handout of a workshop to ``path`` (whole file or nothing); the result
    lists texts whose characters no shipped font draws (see :func:`handout_warnings`)."""
    outcome = load_outcome(library, workshop_id)
    buffer = io.BytesIO()
    if options is not None and options.logo is not None:
        check_logo(options.logo)
    pages = render_handout(outcome, buffer, language=language, without_names=without_names, options=options)
    target = Path(path)
    write_bytes(target, buffer.getvalue())
    return HandoutResult(target, pages, handout_warnings(outcome, without_names=without_names))


def handout_pdf(
    library: Library,
    workshop_id: uuid.UUID,
    *,
    language: str | None = None,
    without_names: bool = True,
    options: HandoutOptions | None = None,
) -> bytes:
    """The handout of a workshop as PDF bytes (to share with the phones): by default
    the version without the participants' names."""
    outcome = load_outcome(library, workshop_id)
    if options is not None and options.logo is not None:
        check_logo(options.logo)
    buffer = io.BytesIO()
    render_handout(outcome, buffer, language=language, without_names=without_names, options=options)
    return buffer.getvalue()


def check_logo(path: Path) -> None:
    """Refuse a logo file reportlab cannot draw, with a message naming it (before any
    page is laid out, so nothing is half-written)."""
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception as error:  # noqa: BLE001 - reportlab raises anything from PIL or its own reader
        raise InvalidInput(
            f"logoet {path} kan ikke læses som billede (PNG eller JPEG): {error}",
            f"the logo {path} cannot be read as a picture (PNG or JPEG): {error}",
        ) from error
    if not width or not height:
        raise InvalidInput(f"logoet {path} er tomt", f"the logo {path} is empty")


__all__ = ["HandoutOptions", "HandoutResult", "check_logo", "build_handout", "handout_pdf", "handout_warnings",
           "render_handout"]
