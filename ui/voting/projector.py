"""Vote results in large type, for the projector and the facilitator's window.

Before the reveal, :class:`ResultsView` shows only how many ballots have arrived
(and, while phones can vote, the QR code, the short address and the join code);
after the reveal it draws the results: ranked bars for dots, stacked
Enig/Uenig/Ved ikke bars per statement, a ranked table for criteria, and the number
of voters. Every bar carries its number and a word, and the three answers differ by
pattern as well as colour, so nothing depends on telling colours apart.

The view paints its text with ``QPainter.drawText``: user text is always plain text.
It reads the library itself (reads are cheap and thread-safe) and keeps no state of
its own beyond what it shows.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRectF, QSize, Qt
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
#: Enig, Uenig, Ved ikke: colour AND pattern (solid, diagonal hatch, dots).
ANSWER_STYLES = (
    (QColor("#1f6f3f"), Qt.BrushStyle.SolidPattern, QColor("#ffffff")),
    (QColor("#b3261e"), Qt.BrushStyle.BDiagPattern, QColor("#1b1f24")),
    (QColor("#6b7480"), Qt.BrushStyle.Dense6Pattern, QColor("#1b1f24")),
)


def _tagged(option: OptionInfo) -> str:
    """An option's text with its idea number after it ("#12"), so a rank is not
    mistaken for the idea's number."""
    return f"#{option.number}  {option.text}" if option.number is not None else option.text


class ResultsView(QWidget):
    """A round's ballot count (before the reveal) or its results (after).

    Call :meth:`set_round` to follow a round, :meth:`refresh` when its ballots or
    state change, :meth:`set_phone` while phones can vote.
    """

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

    def set_count(self, ballots: int) -> None:
        """How many have voted, from the voting panel (no need to read the library)."""
        self.ballots = ballots
        self.update()

    def set_phone(self, url: str, join_code: str, qr_png: bytes | None) -> None:
        """Show the phone address, the join code and the QR code; empty ``url`` hides them."""
        self.phone_url, self.join_code = url, join_code
        self._qr = None
        if url and qr_png:
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png, "PNG")
            self._qr = pixmap
        self.update()

    @property
    def showing_results(self) -> bool:
        return self.results is not None

    # -- painting ----------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(9, round(size)))
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        unit = max(10.0, min(self.width() / 40, self.height() / 22))  # large type on any screen
        area = QRectF(self.rect()).adjusted(unit * 1.2, unit, -unit * 1.2, -unit)
        if self.info is None:
            painter.setFont(self._font(unit * 1.2))
            painter.setPen(MUTED)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No vote selected"))
            painter.end()
            return
        title = self.info.title or {
            "dots": self.tr("Dot vote"), "statements": self.tr("Statement poll"), "criteria": self.tr("Criteria scoring"),
        }.get(self.info.kind, "")
        painter.setPen(INK)
        painter.setFont(self._font(unit * 1.5, bold=True))
        heading = QRectF(area.left(), area.top(), area.width(), unit * 2.2)
        painter.drawText(heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(title, Qt.TextElideMode.ElideRight, area.width()))
        body = area.adjusted(0, unit * 2.6, 0, 0)
        if self.results is None:
            self._paint_waiting(painter, body, unit)
        else:
            painter.setFont(self._font(unit * 0.9))
            painter.setPen(MUTED)
            voters = self.tr("%n voter(s)", "", self.results.voters)
            if self.results.abstained:
                voters += " · " + self.tr("%n not voting", "", self.results.abstained)
            painter.drawText(QRectF(body.left(), body.top(), body.width(), unit * 1.4),
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
        # With the QR code beside it the count is smaller, so the join code fits below.
        big = 3.2 if phones else 5.0
        painter.setFont(self._font(unit * big, bold=True))
        count_rect = QRectF(text_area.left(), text_area.top(), text_area.width(), unit * big * 1.2)
        painter.drawText(count_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(self.ballots))
        painter.setFont(self._font(unit * 1.3))
        line = QRectF(text_area.left(), count_rect.bottom(), text_area.width(), unit * 2)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("%n voted", "", self.ballots))
        line.translate(0, unit * 2)
        painter.setPen(MUTED)
        assert self.info is not None
        state = self.tr("The vote is open") if self.info.is_open else self.tr("The vote is closed – results follow")
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, state)
        if self._qr is not None and self.info.is_open:
            painter.setPen(INK)
            painter.setFont(self._font(unit * 1.1))
            line.translate(0, unit * 2.6)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("Scan the code, or go to"))
            line.translate(0, unit * 1.8)
            painter.setFont(self._font(unit * 1.2, bold=True))
            short = self.phone_url.split("/j/")[0] + "/"
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, short)
            line.translate(0, unit * 2.2)
            painter.setFont(self._font(unit * 1.1))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("and type the code"))
            line.translate(0, unit * 2.4)
            painter.setFont(self._font(unit * 2.4, bold=True))
            painter.drawText(QRectF(line.left(), line.top(), line.width(), unit * 3),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.join_code)

    def _rows(self, body: QRectF, count: int, unit: float) -> tuple[float, int]:
        """Row height and how many rows fit (the rest are left off, said below)."""
        height = max(unit * 1.6, min(unit * 3, body.height() / max(1, count)))
        return height, max(1, min(count, int((body.height() + 0.5) // height)))

    def _paint_dots(self, painter: QPainter, body: QRectF, unit: float) -> None:
        assert self.results is not None
        rows = self.results.dots
        height, fits = self._rows(body, len(rows), unit)
        if fits < len(rows):  # room for the "… and N more" line below the rows
            body = body.adjusted(0, 0, 0, -unit * 1.3)
            height, fits = self._rows(body, len(rows), unit)
        # Never cut a tie (app.voting.rows_to_show): a tie that would be cut gets
        # smaller rows, down to 1.25 units, or is left off whole.
        stretch = max(0, int((body.height() + 0.5) // (unit * 1.25)) - fits)
        shown = rows_to_show([r.rank for r in rows], fits, stretch=stretch)
        if shown > fits:
            height = body.height() / shown
        fits = self.dots_shown = shown
        most = max((r.dots for r in rows), default=0) or 1
        label_width = body.width() * 0.42
        font = self._font(min(unit * 1.1, height * 0.42))
        bold = self._font(min(unit * 1.1, height * 0.42), bold=True)
        metrics = QFontMetricsF(font)
        for index, row in enumerate(rows[:fits]):
            top = body.top() + index * height
            painter.setFont(bold)
            painter.setPen(BAR)
            rank = QRectF(body.left(), top, unit * 2.4, height)
            painter.drawText(rank, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{row.rank}.")
            painter.setFont(font)
            painter.setPen(INK)
            label = QRectF(rank.right() + unit * 0.6, top, label_width, height)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(_tagged(row.option), Qt.TextElideMode.ElideRight, label.width()))
            bar_left = label.right() + unit * 0.6
            space = body.right() - bar_left - unit * 3
            width = space * row.dots / most
            painter.fillRect(QRectF(bar_left, top + height * 0.18, width, height * 0.64), BAR)
            painter.drawText(QRectF(bar_left + width + unit * 0.4, top, unit * 3, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(row.dots))
        self._left_off(painter, body.adjusted(0, 0, 0, unit * 1.3), len(rows) - fits, unit)

    def _paint_statements(self, painter: QPainter, body: QRectF, unit: float) -> None:
        assert self.results is not None
        names = (self.tr("Agree"), self.tr("Disagree"), self.tr("Don't know"))
        legend_height = unit * 1.6
        x = body.left()
        painter.setFont(self._font(unit * 0.9))
        for (colour, pattern, _), name in zip(ANSWER_STYLES, names, strict=True):
            swatch = QRectF(x, body.top() + legend_height * 0.2, unit * 1.4, legend_height * 0.6)
            self._fill(painter, swatch, colour, pattern)
            painter.setPen(INK)
            painter.drawText(QRectF(swatch.right() + unit * 0.3, body.top(), unit * 8, legend_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x = swatch.right() + unit * 0.3 + QFontMetricsF(painter.font()).horizontalAdvance(name) + unit * 1.2
        body = body.adjusted(0, legend_height + unit * 0.4, 0, 0)
        rows = self.results.statements
        height, fits = self._rows(body, len(rows), unit * 1.3)
        text_font = self._font(min(unit * 0.95, height * 0.3))
        for index, row in enumerate(rows[:fits]):
            top = body.top() + index * height
            painter.setFont(text_font)
            painter.setPen(INK)
            text_rect = QRectF(body.left(), top, body.width(), height * 0.42)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             QFontMetricsF(text_font).elidedText(row.statement.text, Qt.TextElideMode.ElideRight, body.width()))
            bar = QRectF(body.left(), top + height * 0.46, body.width(), height * 0.42)
            left = bar.left()
            counts = (row.agree, row.disagree, row.dont_know)
            for (colour, pattern, text_colour), name, count in zip(ANSWER_STYLES, names, counts, strict=True):
                if not count:
                    continue
                width = bar.width() * count / row.total
                segment = QRectF(left, bar.top(), width, bar.height())
                self._fill(painter, segment, colour, pattern)
                label = f"{name} {count}"
                painter.setFont(self._font(bar.height() * 0.5, bold=True))
                metrics = QFontMetricsF(painter.font())
                if metrics.horizontalAdvance(label) + unit * 0.6 > width:
                    label = str(count)
                if metrics.horizontalAdvance(label) + unit * 0.3 <= width:
                    # A white plate behind the words keeps them readable over a hatch.
                    plate = metrics.boundingRect(label).adjusted(-4, -2, 4, 2)
                    plate.moveCenter(segment.center())
                    if pattern != Qt.BrushStyle.SolidPattern:
                        painter.fillRect(plate, PAPER)
                    painter.setPen(text_colour if pattern == Qt.BrushStyle.SolidPattern else INK)
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
                left += width
            if not row.total:
                painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
                painter.drawRect(bar)
        self._left_off(painter, body, len(rows) - fits, unit)

    def _paint_criteria(self, painter: QPainter, body: QRectF, unit: float) -> None:
        assert self.results is not None
        rows = self.results.scored
        criteria = self.results.criteria
        # Criterion names are long: the columns say K1, K2 … and a key below says which.
        key_height = unit * 1.2 * len(criteria) + unit * 0.4
        table = body.adjusted(0, 0, 0, -key_height)
        height, fits = self._rows(table, len(rows) + 1, unit * 1.1)
        font = self._font(min(unit * 0.95, height * 0.45))
        bold = self._font(min(unit * 0.95, height * 0.45), bold=True)
        small = self._font(unit * 0.8, bold=True)
        short = self._font(unit * 0.75)
        number_width = unit * 3.4
        columns = [self.tr("C%1").replace("%1", str(n)) for n in range(1, len(criteria) + 1)]
        columns += [self.tr("Total"), self.tr("Mean"), self.tr("Rank by mean")]
        widths = [number_width] * (len(columns) - 1) + [number_width * 1.5]
        label_left = body.left() + unit * 2.6
        label_width = body.width() - unit * 2.6 - sum(widths)
        painter.setPen(INK)
        painter.setFont(small)
        x = label_left + label_width
        for text, width in zip(columns, widths, strict=True):
            painter.drawText(QRectF(x, table.top(), width, height), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            x += width
        painter.drawText(QRectF(label_left, table.top(), label_width, height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("Idea"))
        for index, row in enumerate(rows[: fits - 1]):
            top = table.top() + (index + 1) * height
            if index % 2 == 0:
                painter.fillRect(QRectF(body.left(), top, body.width(), height), QColor("#eef1f5"))
            painter.setPen(INK)
            painter.setFont(bold)
            painter.drawText(QRectF(body.left(), top, unit * 2.2, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{row.rank_by_total}.")
            painter.setFont(font)
            painter.drawText(QRectF(label_left, top, label_width, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetricsF(font).elidedText(_tagged(row.option), Qt.TextElideMode.ElideRight, label_width - 4))
            x = label_left + label_width
            cells = [f"{p.mean:.1f}" if p.mean is not None else "–" for p in row.per_criterion]
            cells += [str(row.total), f"{row.mean:.2f}" if row.mean is not None else "–", f"{row.rank_by_mean}."]
            for cell_index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                painter.setFont(bold if cell_index == len(criteria) else font)
                painter.drawText(QRectF(x, top, width, height), Qt.AlignmentFlag.AlignCenter, cell)
                x += width
        painter.setFont(short)
        painter.setPen(MUTED)
        metrics = QFontMetricsF(short)
        key_top = table.top() + min(fits, len(rows) + 1) * height + unit * 0.4
        for n, criterion in enumerate(criteria, start=1):
            line = self.tr("C%1").replace("%1", str(n)) + " = " + criterion.name
            painter.drawText(QRectF(body.left(), key_top + (n - 1) * unit * 1.2, body.width(), unit * 1.2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, body.width()))
        self._left_off(painter, body, len(rows) - (fits - 1), unit)

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
        painter.setFont(self._font(unit * 0.8))
        painter.drawText(QRectF(body.left(), body.bottom() - unit * 1.2, body.width(), unit * 1.2),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("… and %n more", "", hidden))
