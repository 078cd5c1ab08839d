"""The PDF handout every participant gets after the workshop (reportlab platypus, A4).

Contents, in order: a cover (title, the innovation question, date, place,
facilitator, template, key figures and — for long handouts — a table of contents);
the participants with their role cards and table groups, or only counts when made
"without names"; each phase with its prompts and its ideas grouped by theme
(cluster) and table group, with tags; the revealed vote results (dot votes as bar
charts, statement polls as stacked bars, criteria as a ranked table, each with the
number of voters); the action plan; and the principles card as the closing page.
Every page after the cover has a running header and "Side n af m".

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
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.bidi import isolate
from app.library import Library
from app.model import Idea, Participant, RoundKind
from app.operations.questions import question_marks
from app.queries.questions import candidates_of
from app.templates import Common, load_common
from app.voting import RoundResults, rows_to_show
from exports.files import write_bytes
from exports.outcome import Outcome, load_outcome
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
    chart_string,
    draw_text,
    fit,
    glyph_warning,
    markup,
    needs_care,
    plain,
    register_fonts,
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
class HandoutResult:
    """The written handout. ``warnings``: texts with characters the shipped fonts
    cannot draw (they print as boxes), each naming where the text is."""

    path: Path | None
    pages: int
    warnings: tuple[MissingGlyphs, ...] = ()


def safe_colour(value: str | None, default: colors.Color = RULE) -> colors.Color:
    """A table group's colour, or ``default`` when the stored value is not ``#RRGGBB``."""
    if value and len(value) == 7 and value.startswith("#"):
        try:
            return colors.HexColor(value)
        except ValueError:
            pass
    return default


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
    def __init__(self, outcome: Outcome, language: str, without_names: bool, common: Common) -> None:
        self.o = outcome
        self.lang = language
        self.without_names = without_names
        self.common = common
        body = styles()["body"]
        self.s = {
            **styles(),
            "action_idea": body.clone("action_idea", fontSize=10, leading=13.5, textColor=PRIMARY_DARK, spaceAfter=2),
            "action_meta": body.clone("action_meta", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=3),
            "action_test": body.clone("action_test", leftIndent=10),
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
        story: list[Flowable] = [
            self.p(w.title, "cover_title"),
        ]
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
        story += [Spacer(1, 8 * mm), self.key_figures()]
        if toc:
            story += [Spacer(1, 9 * mm), self.lp(self.t("contents").upper(), "kicker"), Spacer(1, 2), _Contents(toc)]
        return story

    def key_figures(self) -> Table:
        o = self.o
        figures = [
            (len(o.participants), self.t("participants")),
            (len(o.ideas), self.t("ideas")),
            (len({i.cluster_id for i in o.ideas if i.cluster_id in o.cluster_by_id}), self.t("themes")),
            (len(o.results), self.t("votes")),
        ]
        big = styles()["cover_title"]
        cells = [
            [Paragraph(self.count(n), big.clone("fig", fontSize=24, leading=27, spaceAfter=0, textColor=PRIMARY)),
             Paragraph(markup(text), self.s["small"])]
            for n, text in figures
        ]
        table = Table([cells], colWidths=[FRAME_WIDTH / 4] * 4, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return table

    # -- participants ------------------------------------------------------------------

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
            title = f"{self.t('phase')} {index} · {isolate(phase.name)}"
            story += [CondPageBreak(60 * mm), self.heading(title, "h1", f"phase{index}", 0)]
            if index == 1 and legend is not None:
                story += [legend, Spacer(1, 4)]
            if phase.goal:
                story.append(Paragraph(f"<b>{markup(self.t('goal'))}:</b> {markup(isolate(phase.goal))}", self.s["body"]))
            if phase.prompts:
                story.append(self.lp(self.t("prompts"), "h3"))
                story += [Paragraph(markup(prompt), self.s["prompt"], bulletText="›") for prompt in phase.prompts]
            ideas = by_phase.get(phase.id, [])
            story.append(self.lp(self.t("ideas_count", n=len(ideas)) if ideas else self.t("no_ideas"), "small"))
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

    def idea_note(self, idea: Idea) -> _IdeaNote:
        o = self.o
        meta: list[str] = []
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
            if result.kind == RoundKind.DOTS:
                # A chart is one drawing of known height: start a new page unless the
                # heading and the chart fit (cheaper than KeepTogether's extra layout).
                story += [CondPageBreak(self.chart_height(result) + 40 * mm), *block]
            else:
                # Keep the heading with its table (KeepTogether still splits a block
                # taller than a page).
                story.append(KeepTogether(block))
        return story

    @staticmethod
    def shown_dots(result: RoundResults) -> int:
        """How many bars: ``MAX_BARS``, never cutting a tie (``app.voting.rows_to_show``)."""
        return rows_to_show([d.rank for d in result.dots], MAX_BARS, stretch=MAX_BARS // 3)

    def chart_height(self, result: RoundResults) -> float:
        return 17.0 * self.shown_dots(result) + 4

    def dot_chart(self, result: RoundResults) -> list[Flowable]:
        shown = result.dots[:self.shown_dots(result)]
        if not shown:
            return []
        row, label_w, value_w = 17.0, FRAME_WIDTH * 0.46, 28.0
        bar_w = FRAME_WIDTH - label_w - value_w - 8
        top = max(d.dots for d in shown) or 1
        drawing = Drawing(FRAME_WIDTH, row * len(shown) + 4)
        for index, dot in enumerate(shown):
            y = row * (len(shown) - index - 1) + 4
            drawing.add(chart_string(0, y + 4, fit(self.option_label(dot.option), FONT, 8.5, label_w - 6),
                                     fontName=FONT, fontSize=8.5, fillColor=INK))
            drawing.add(Rect(label_w, y + 1, bar_w, row - 5, fillColor=TINT, strokeColor=None))
            length = bar_w * dot.dots / top
            if length > 0:
                drawing.add(Rect(label_w, y + 1, length, row - 5, fillColor=ACCENT if index else PRIMARY, strokeColor=None))
            drawing.add(String(label_w + bar_w + 6, y + 4, str(dot.dots), fontName=FONT_BOLD, fontSize=8.5, fillColor=INK))
        story: list[Flowable] = [drawing]
        rest = len(result.dots) - len(shown)
        if rest > 0:
            story.append(self.lp(self.t("more_options", n=rest), "small"))
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
        criteria = result.criteria
        fixed = 12 * mm + 2 * 14 * mm
        crit_w = min(22 * mm, (FRAME_WIDTH - fixed - 50 * mm) / max(1, len(criteria)))
        idea_w = FRAME_WIDTH - fixed - crit_w * len(criteria)
        rows: list[list[Any]] = [[
            self.head(self.t("rank")), self.head(self.t("idea")),
            *(self.head(c.name) for c in criteria),
            self.head(self.t("total")), self.head(self.t("mean")),
        ]]
        for scored in result.scored:
            rows.append([
                self.lp(str(scored.rank_by_total), "cell_bold"),
                self.p(self.option_label(scored.option), "cell"),
                *(self.lp(self.decimal(c.mean), "cell_right") for c in scored.per_criterion),
                self.lp(str(scored.total), "cell_right"),
                self.lp(self.decimal(scored.mean), "cell_right"),
            ])
        return [self.table(rows, [12 * mm, idea_w, *([crit_w] * len(criteria)), 14 * mm, 14 * mm])]

    # -- action plan and principles ---------------------------------------------------------

    def actions(self) -> list[Flowable]:
        o = self.o
        story: list[Flowable] = [CondPageBreak(60 * mm), self.heading(self.t("actions"), "h1", "actions")]
        if not o.actions:
            return [*story, self.lp(self.t("no_actions"), "body")]
        # One block per action, not a table: a first small test or an idea of 2,000
        # characters wraps over the page's width and splits across pages like any
        # paragraph (in a table's narrow column it ran over several pages).
        for action in o.actions:
            idea = o.idea_by_id.get(action.idea_id)
            owner = action.owner
            if self.without_names and any(name in owner for name in self.names):
                owner = "—"
            facts = [(self.t("owner"), owner), (self.t("due"), action.due.isoformat() if action.due else ""),
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
        items = list(self.common.principles)
        if not items:
            return []
        fills = [PRIMARY_DARK, PRIMARY, colors.HexColor("#2F7A8C"), colors.HexColor("#B8741A")]
        cells = [
            [Paragraph(markup(p.name.get(self.lang)), self.s["principle_name"]), Spacer(1, 6),
             Paragraph(markup(p.text.get(self.lang)), self.s["principle_text"])]
            for p in items
        ]
        while len(cells) % 2:
            cells.append([""])
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        table = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2, rowHeights=[75 * mm] * len(rows))
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 14),
            ("RIGHTPADDING", (0, 0), (-1, -1), 14),
            ("TOPPADDING", (0, 0), (-1, -1), 16),
            ("LINEAFTER", (0, 0), (0, -1), 4, WHITE),
            ("LINEBELOW", (0, 0), (-1, -2), 4, WHITE),
        ]
        for index in range(len(items)):
            style.append(("BACKGROUND", (index % 2, index // 2), (index % 2, index // 2), fills[index % len(fills)]))
        table.setStyle(TableStyle(style))
        return [PageBreak(), self.heading(self.t("principles"), "h1", "principles"), Spacer(1, 6 * mm), table]

    # -- the whole ----------------------------------------------------------------------

    def story(self, with_toc: bool) -> list[Flowable]:
        toc: list[tuple[str, str, int]] | None = None
        if with_toc:
            toc = [("participants", self.t("participants"), 0)]
            if self.o.workshop.candidate_questions:
                toc.append(("questions", self.t("question_hunt"), 0))
            if self.o.workshop.deck_draws:
                toc.append(("catalyst", self.t("catalyst_cards"), 0))
            toc += [(f"phase{i}", f"{self.t('phase')} {i} · {isolate(p.name)}", 0) for i, p in enumerate(self.o.phases, 1)]
            if any(i.phase_id not in self.o.phase_by_id for i in self.o.ideas):
                toc.append(("phase0", self.t("other_ideas"), 0))
            toc.append(("votes", self.t("votes"), 0))
            toc += [(f"round{i}", r.title or self.t("votes"), 1) for i, r in enumerate(self.o.results, 1)]
            toc += [("actions", self.t("actions"), 0), ("principles", self.t("principles"), 0)]
        story: list[Flowable] = [*self.cover(toc), NextPageTemplate("body"), PageBreak()]
        story += self.participants()
        story += self.question_hunt()
        story += self.catalyst_cards()
        story += self.phases()
        story += self.votes()
        story += self.actions()
        story += self.principles()
        return story


def render_handout(
    outcome: Outcome,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    language: str | None = None,
    without_names: bool = False,
    toc: bool | None = None,
) -> int:
    """Lay out the handout for ``outcome`` into ``target`` (a path or a binary file); the page count."""
    register_fonts()
    language = lang(language or outcome.workshop.language)
    workshop = outcome.workshop
    builder = _Builder(outcome, language, without_names, load_common())
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
) -> HandoutResult:
    """Write the handout of a workshop to ``path`` (whole file or nothing); the result
    lists texts whose characters no shipped font draws (see :func:`handout_warnings`)."""
    outcome = load_outcome(library, workshop_id)
    buffer = io.BytesIO()
    pages = render_handout(outcome, buffer, language=language, without_names=without_names)
    target = Path(path)
    write_bytes(target, buffer.getvalue())
    return HandoutResult(target, pages, handout_warnings(outcome, without_names=without_names))


__all__ = ["HandoutResult", "build_handout", "handout_warnings", "render_handout", "safe_colour"]
