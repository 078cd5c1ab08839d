"""Vote results in large type, for the projector and the facilitator's window.

Before the reveal, :class:`ResultsView` shows only how many ballots have arrived
(and, while phones can vote, the QR code, the short address and the join code);
after the reveal it draws the results: ranked bars for dots, stacked
Enig/Uenig/Ved ikke bars per statement, a ranked table for criteria, and the number
of voters. Every bar carries its number and a word, and the three answers differ by
pattern as well as colour, so nothing depends on telling colours apart.

The view paints its text with ``QPainter.drawText``: user text is always plain text,
wrapped rather than cut, and no smaller than 0.95 units (capitals of 30 px and more
on a 1080-line projector). Each text drawn is noted in :attr:`ResultsView.drawn`.
It reads the library itself (reads are cheap and thread-safe) and keeps no state of
its own beyond what it shows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.errors import SamskabError
from app.library import Library
from app.model import RoundState
from app.voting import (
    OptionInfo,
    RoundInfo,
    RoundResults,
    ballot_count,
    round_info,
    round_results,
    rows_to_show,
)

INK = QColor("#1b1f24")
MUTED = QColor("#4a5560")
PAPER = QColor("#ffffff")
BAR = QColor("#0b5cad")
ROW_SHADE = QColor("#eef1f5")  # every other row of the criteria table
#: Enig, Uenig, Ved ikke: colour AND pattern (solid, diagonal hatch, dots).
ANSWER_STYLES = (
    (QColor("#1f6f3f"), Qt.BrushStyle.SolidPattern, QColor("#ffffff")),
    (QColor("#b3261e"), Qt.BrushStyle.BDiagPattern, QColor("#1b1f24")),
    (QColor("#6b7480"), Qt.BrushStyle.Dense6Pattern, QColor("#1b1f24")),
)


#: Type sizes in units (a 40th of the width or a 22nd of the height, the smaller):
#: on a 1080-line projector a unit is about 45 px, so the smallest text, 0.95 units, has
#: capitals of 31 px (Inter's are 0.727 of the em): above the 30 px the back row needs.
SMALLEST = 0.95
TEXT = 1.0
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True, slots=True)
class DrawnText:
    """A text the last paint drew, with its font and box: what tests measure (type
    size, nothing cut) without reading pixels."""

    text: str
    font: QFont
    rect: QRectF
    flags: int


#: The text colours drawn here on their backgrounds (checked for 4.5:1 with the
#: theme's: tests/ui/test_contrast.py). Labels on a hatched answer stand on a white plate.
CONTRAST_PAIRS = [
    ("results text", INK, PAPER), ("results muted", MUTED, PAPER), ("rank", BAR, PAPER),
    ("criteria row", INK, ROW_SHADE), ("muted under a row", MUTED, ROW_SHADE),
    *((f"answer label {n}", text, colour if pattern == Qt.BrushStyle.SolidPattern else PAPER)
      for n, (colour, pattern, text) in enumerate(ANSWER_STYLES, start=1)),
]


def _tagged(option: OptionInfo) -> str:
    """An option's text with its idea number after it ("#12"), so a rank is not
    mistaken for the idea's number."""
    return f"#{option.number}  {option.text}" if option.number is not None else option.text


class ResultsView(QWidget):
    """A round's ballot count (before the reveal) or its results (after).

    Call :meth:`set_round` to follow a round, :meth:`refresh` when its ballots or
    state change, :meth:`set_phone` while phones can vote.

    Signals:
        results_did_change(): what it shows changed (the projector's preview follows).
    """

    results_did_change = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingResults")
        self.library = library
        self.round_id: uuid.UUID | None = None
        self.info: RoundInfo | None = None
        self.results: RoundResults | None = None
        self.ballots = 0
        self.dots_shown = 0  # dot results rows on screen at the last paint
        self.phone_url = ""
        self.join_code = ""
        self._qr: QPixmap | None = None
        self.drawn: list[DrawnText] = []  # the texts of the last paint (see _text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    # -- what to show -------------------------------------------------------------------
    def set_round(self, round_id: uuid.UUID | None) -> None:
        self.round_id = round_id
        self.refresh()

    def refresh(self) -> None:
        """Read the round again: its state, the count, and the results once revealed."""
        self.info = self.results = None
        self.ballots = 0
        if self.round_id is not None:
            try:
                self.info = round_info(self.library, self.round_id)
                count = ballot_count(self.library, self.round_id)
                self.ballots = count.voted
                if self.info.state == RoundState.REVEALED:
                    self.results = round_results(self.library, self.round_id)
            except SamskabError:
                self.info = self.results = None  # deleted meanwhile: show nothing
        self.update()
        self.results_did_change.emit()

    def set_count(self, ballots: int) -> None:
        """How many have voted, from the voting panel (no need to read the library)."""
        self.ballots = ballots
        self.update()
        self.results_did_change.emit()

    def set_phone(self, url: str, join_code: str, qr_png: bytes | None) -> None:
        """Show the phone address, the join code and the QR code; empty ``url`` hides them."""
        self.phone_url, self.join_code = url, join_code
        self._qr = None
        if url and qr_png:
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png, "PNG")
            self._qr = pixmap
        self.update()
        self.results_did_change.emit()

    @property
    def showing_results(self) -> bool:
        return self.results is not None

    # -- painting ----------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(9, round(size)))
        font.setBold(bold)
        return font

    def _text(self, painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag | int, text: str) -> None:
        """Draw ``text`` in ``rect`` and note it (with its font) for :attr:`drawn`."""
        painter.drawText(rect, flags, text)
        self.drawn.append(DrawnText(text, QFont(painter.font()), QRectF(rect), int(flags)))

    def _wrapped_height(self, font: QFont, text: str, width: float) -> float:
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.drawn = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        unit = max(10.0, min(self.width() / 40, self.height() / 22))  # large type on any screen
        area = QRectF(self.rect()).adjusted(unit * 1.2, unit, -unit * 1.2, -unit)
        if self.info is None:
            painter.setFont(self._font(unit * 1.2))
            painter.setPen(MUTED)
            self._text(painter, area, Qt.AlignmentFlag.AlignCenter, self.tr("No vote selected"))
            painter.end()
            return
        title = self.info.title or {
            "dots": self.tr("Dot vote"), "statements": self.tr("Statement poll"), "criteria": self.tr("Criteria scoring"),
        }.get(self.info.kind, "")
        painter.setPen(INK)
        painter.setFont(self._font(unit * 1.5, bold=True))
        # A long title wraps (never cut); the body starts below it.
        title_height = max(unit * 2.2, self._wrapped_height(painter.font(), title, area.width()) + unit * 0.4)
        self._text(painter, QRectF(area.left(), area.top(), area.width(), title_height),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, title)
        body = area.adjusted(0, title_height + unit * 0.4, 0, 0)
        if self.results is None:
            self._paint_waiting(painter, body, unit)
        else:
            painter.setFont(self._font(unit * SMALLEST))
            painter.setPen(MUTED)
            voters = self.tr("%n voter(s)", "", self.results.voters)
            if self.results.abstained:
                voters += " · " + self.tr("%n not voting", "", self.results.abstained)
            self._text(painter, QRectF(body.left(), body.top(), body.width(), unit * 1.4),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, voters)
            body = body.adjusted(0, unit * 1.8, 0, 0)
            if self.results.kind == "dots":
                self._paint_dots(painter, body, unit)
            elif self.results.kind == "statements":
                self._paint_statements(painter, body, unit)
            else:
                self._paint_criteria(painter, body, unit)
        painter.end()

    def _paint_waiting(self, painter: QPainter, body: QRectF, unit: float) -> None:
        text_area = QRectF(body)
        phones = self._qr is not None and self.info is not None and self.info.is_open
        if phones:
            assert self._qr is not None
            side = min(body.height(), body.width() * 0.45)
            target = QRectF(body.right() - side, body.top(), side, side)
            painter.drawPixmap(target.toRect(), self._qr)
            text_area = QRectF(body.left(), body.top(), body.width() - side - unit, body.height())
        painter.setPen(INK)
        # With the QR code beside it the count is smaller, so the join code fits below;
        # under a title of several lines the lines close up (the type stays large).
        big = 3.2 if phones else 5.0
        needed = big * 1.2 + 2 + (2.6 + 1.8 + 2.2 + 2.4 if phones else 2)  # in units, above the join code
        code = unit * 3 if phones else 0.0
        step = unit * min(1.0, (body.height() - code) / (needed * unit))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(self._font(step * big, bold=True))
        count_rect = QRectF(text_area.left(), text_area.top(), text_area.width(),
                            max(step * big * 1.2, QFontMetricsF(painter.font()).height()))
        self._text(painter, count_rect, left, str(self.ballots))
        painter.setFont(self._font(unit * 1.3))
        line = QRectF(text_area.left(), count_rect.bottom(), text_area.width(), step * 2)
        self._text(painter, line, left, self.tr("%n voted", "", self.ballots))
        line.translate(0, step * 2)
        painter.setPen(MUTED)
        assert self.info is not None
        state = self.tr("The vote is open") if self.info.is_open else self.tr("The vote is closed – results follow")
        self._text(painter, line, left, state)
        if self._qr is not None and self.info.is_open:
            painter.setPen(INK)
            painter.setFont(self._font(unit * 1.1))
            line.translate(0, step * 2.6)
            self._text(painter, line, left, self.tr("Scan the code, or go to"))
            line.translate(0, step * 1.8)
            painter.setFont(self._font(unit * 1.2, bold=True))
            short = self.phone_url.split("/j/")[0] + "/"
            self._text(painter, line, left, short)
            line.translate(0, step * 2.2)
            painter.setFont(self._font(unit * 1.1))
            self._text(painter, line, left, self.tr("and type the code"))
            line.translate(0, step * 2.4)
            painter.setFont(self._font(unit * 2.4, bold=True))
            self._text(painter, QRectF(line.left(), line.top(), line.width(), code), left, self.join_code)

    def _fitting(self, heights: list[float], room: float, more: float) -> int:
        """How many rows of these heights fit in ``room`` (leaving ``more`` for the
        "… and N more" line when not all of them fit)."""
        if sum(heights) <= room:
            return len(heights)
        used, count = 0.0, 0
        for height in heights:
            if used + height > room - more:
                break
            used += height
            count += 1
        return count

    def _paint_dots(self, painter: QPainter, body: QRectF, unit: float) -> None:
        assert self.results is not None
        rows = self.results.dots
        font = self._font(unit * TEXT)
        bold = self._font(unit * TEXT, bold=True)
        line = QFontMetricsF(font).height()
        rank_width = unit * 2.6
        label_left = body.left() + rank_width + unit * 0.6
        count_width = QFontMetricsF(bold).horizontalAdvance("0000") + unit * 0.4
        label_width = (body.width() - rank_width - unit * 1.2 - count_width) * 0.64
        # Each row as tall as its idea's text, wrapped (never cut); the rows that fit
        # are shown, and a tie is never cut (app.voting.rows_to_show): it is shown whole
        # or left off whole, counted in the "… and N more" line.
        labels = [_tagged(row.option) for row in rows]
        heights = [max(line, self._wrapped_height(font, text, label_width)) + unit * 0.4 for text in labels]
        fits = self._fitting(heights, body.height(), unit * 1.6)
        shown = self.dots_shown = rows_to_show([r.rank for r in rows], fits)
        most = max((r.dots for r in rows), default=0) or 1
        bar_left = label_left + label_width + unit * 0.6
        space = body.right() - bar_left - count_width
        top = body.top()
        for row, text, height in zip(rows[:shown], labels, heights, strict=False):
            painter.setFont(bold)
            painter.setPen(BAR)
            first_line = QRectF(body.left(), top, rank_width, line + unit * 0.4)
            self._text(painter, first_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{row.rank}.")
            painter.setFont(font)
            painter.setPen(INK)
            self._text(painter, QRectF(label_left, top, label_width, height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)
            width = space * row.dots / most
            bar_height = min(unit * 1.1, line)
            centre = top + height / 2
            painter.fillRect(QRectF(bar_left, centre - bar_height / 2, width, bar_height), BAR)
            painter.setFont(bold)
            self._text(painter, QRectF(bar_left + width + unit * 0.3, top, count_width, height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(row.dots))
            top += height
        self._left_off(painter, body, len(rows) - shown, unit)

    def _paint_statements(self, painter: QPainter, body: QRectF, unit: float) -> None:
        assert self.results is not None
        names = (self.tr("Agree"), self.tr("Disagree"), self.tr("Don't know"))
        legend_height = unit * 1.6
        x = body.left()
        painter.setFont(self._font(unit * SMALLEST))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for (colour, pattern, _), name in zip(ANSWER_STYLES, names, strict=True):
            swatch = QRectF(x, body.top() + legend_height * 0.2, unit * 1.4, legend_height * 0.6)
            self._fill(painter, swatch, colour, pattern)
            painter.setPen(INK)
            advance = QFontMetricsF(painter.font()).horizontalAdvance(name)
            self._text(painter, QRectF(swatch.right() + unit * 0.3, body.top(), advance + 2, legend_height), left, name)
            x = swatch.right() + unit * 0.3 + advance + unit * 1.2
        body = body.adjusted(0, legend_height + unit * 0.4, 0, 0)
        rows = self.results.statements
        text_font = self._font(unit * SMALLEST)
        label_font = self._font(unit * SMALLEST, bold=True)
        bar_height = QFontMetricsF(label_font).height() + unit * 0.3
        texts = [self._wrapped_height(text_font, row.statement.text, body.width()) for row in rows]
        heights = [text + unit * 0.15 + bar_height + unit * 0.6 for text in texts]
        fits = self._fitting(heights, body.height(), unit * 1.6)
        top = body.top()
        for row, text_height, height in zip(rows[:fits], texts, heights, strict=False):
            painter.setFont(text_font)
            painter.setPen(INK)
            self._text(painter, QRectF(body.left(), top, body.width(), text_height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                       row.statement.text)
            bar = QRectF(body.left(), top + text_height + unit * 0.15, body.width(), bar_height)
            x = bar.left()
            counts = (row.agree, row.disagree, row.dont_know)
            painter.setFont(label_font)
            metrics = QFontMetricsF(label_font)
            for (colour, pattern, text_colour), name, count in zip(ANSWER_STYLES, names, counts, strict=True):
                if not count:
                    continue
                width = bar.width() * count / row.total
                segment = QRectF(x, bar.top(), width, bar.height())
                self._fill(painter, segment, colour, pattern)
                label = f"{name} {count}"
                if metrics.horizontalAdvance(label) + unit * 0.6 > width:
                    label = str(count)
                if metrics.horizontalAdvance(label) + unit * 0.3 <= width:
                    # A white plate behind the words keeps them readable over a hatch.
                    plate = metrics.boundingRect(label).adjusted(-4, -2, 4, 2)
                    plate.moveCenter(segment.center())
                    if pattern != Qt.BrushStyle.SolidPattern:
                        painter.fillRect(plate, PAPER)
                    painter.setPen(text_colour if pattern == Qt.BrushStyle.SolidPattern else INK)
                    self._text(painter, segment, Qt.AlignmentFlag.AlignCenter, label)
                x += width
            if not row.total:
                painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
                painter.drawRect(bar)
            top += height
        self._left_off(painter, body, len(rows) - fits, unit)

    def _paint_criteria(self, painter: QPainter, body: QRectF, unit: float) -> None:
        assert self.results is not None
        rows = self.results.scored
        criteria = self.results.criteria
        font = self._font(unit * SMALLEST)
        bold = self._font(unit * SMALLEST, bold=True)
        line = QFontMetricsF(font).height()
        # Criterion names are long: the columns say K1, K2 … and a key below says which.
        key_lines = [self.tr("C%1").replace("%1", str(n)) + " = " + criterion.name
                     for n, criterion in enumerate(criteria, start=1)]
        key_heights = [self._wrapped_height(font, text, body.width()) for text in key_lines]
        table = body.adjusted(0, 0, 0, -(sum(key_heights) + unit * 0.4))
        columns = [self.tr("C%1").replace("%1", str(n)) for n in range(1, len(criteria) + 1)]
        columns += [self.tr("Total"), self.tr("Mean"), self.tr("Rank by mean")]
        metrics = QFontMetricsF(bold)
        number_width = max(unit * 3.0, *(metrics.horizontalAdvance(c) + unit * 0.4 for c in columns[:-1]),
                           metrics.horizontalAdvance("00.00") + unit * 0.4)
        widths = [number_width] * (len(columns) - 1) + [number_width * 1.5]
        rank_width = unit * 2.4
        label_left = body.left() + rank_width + unit * 0.2
        label_width = body.width() - rank_width - unit * 0.2 - sum(widths)
        center_wrap = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        header_height = max([line, *(self._wrapped_height(bold, c, w) for c, w in zip(columns, widths, strict=True))])
        header_height += unit * 0.3
        painter.setPen(INK)
        painter.setFont(bold)
        x = label_left + label_width
        for text, width in zip(columns, widths, strict=True):
            self._text(painter, QRectF(x, table.top(), width, header_height), center_wrap, text)
            x += width
        self._text(painter, QRectF(label_left, table.top(), label_width, header_height),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("Idea"))
        labels = [_tagged(row.option) for row in rows]
        heights = [max(line, self._wrapped_height(font, text, label_width - 4)) + unit * 0.4 for text in labels]
        fits = self._fitting(heights, table.height() - header_height, unit * 1.6)
        top = table.top() + header_height
        for index, (row, text, height) in enumerate(zip(rows[:fits], labels, heights, strict=False)):
            if index % 2 == 0:
                painter.fillRect(QRectF(body.left(), top, body.width(), height), ROW_SHADE)
            painter.setPen(INK)
            painter.setFont(bold)
            self._text(painter, QRectF(body.left(), top, rank_width, height),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{row.rank_by_total}.")
            painter.setFont(font)
            self._text(painter, QRectF(label_left, top, label_width - 4, height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)
            x = label_left + label_width
            cells = [f"{p.mean:.1f}" if p.mean is not None else "–" for p in row.per_criterion]
            cells += [str(row.total), f"{row.mean:.2f}" if row.mean is not None else "–", f"{row.rank_by_mean}."]
            for cell_index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                painter.setFont(bold if cell_index == len(criteria) else font)
                self._text(painter, QRectF(x, top, width, height), Qt.AlignmentFlag.AlignCenter, cell)
                x += width
            top += height
        painter.setFont(font)
        painter.setPen(MUTED)
        key_top = top + unit * 0.4
        for text, height in zip(key_lines, key_heights, strict=True):
            self._text(painter, QRectF(body.left(), key_top, body.width(), height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)
            key_top += height
        self._left_off(painter, body, len(rows) - fits, unit)

    def _fill(self, painter: QPainter, rect: QRectF, colour: QColor, pattern: Qt.BrushStyle) -> None:
        if pattern == Qt.BrushStyle.SolidPattern:
            painter.fillRect(rect, colour)
            return
        painter.fillRect(rect, colour.lighter(185))
        painter.fillRect(rect, QBrush(colour, pattern))
        painter.setPen(QPen(colour, 2))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _left_off(self, painter: QPainter, body: QRectF, hidden: int, unit: float) -> None:
        if hidden <= 0:
            return
        painter.setPen(MUTED)
        painter.setFont(self._font(unit * SMALLEST))
        self._text(painter, QRectF(body.left(), body.bottom() - unit * 1.4, body.width(), unit * 1.4),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr("… and %n more", "", hidden))
