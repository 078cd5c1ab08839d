"""The room's view of the board on the projector: themes in type the back row can read.

The desk's board scaled down to fit a projector put 30 notes in a narrow strip with
11 px capitals. The room needs capitals of at least 30 px on a 1080-line image
(architecture.md: "The projector is read from the back row"), so this view does not shrink: it
shows the themes as titled columns with their note counts and their notes in large
type, and pages when they do not fit ("side 1 af 3"), turning the page by itself
every :attr:`RoomView.CYCLE_MS` or when the facilitator asks. Notes without a theme
are a group of their own ("Uden tema"). The facilitator can focus one theme, which
then fills the projector, and can switch to the overview of every note (the desk's
board, read-only and labelled as an overview: there the text is small).

The view reads the board through ``app.queries.board`` and redraws when ideas or
themes change (while hidden it only notes that it must read again when shown); it
holds no workshop state of its own beyond which page and theme it shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.changes import Topic
from app.queries.board import BoardNote, BoardTheme, board_rows, load_board
from ui.theme import FAMILIES

if TYPE_CHECKING:
    from app.changes import Changes
    from ui.controller import Controller

# Pixel sizes of the room's type. Inter's capitals are 0.727 of the em, so 44 px
# type has 32 px capitals: above the 30 px the back row needs, with a margin.
TEXT_PX = 44
TITLE_PX = 46

# Narrowest column: about 22 characters of 44 px type, enough for one Danish word.
MIN_COLUMN = 540
COLUMN_GAP = 24
NOTE_GAP = 10
GROUP_GAP = 28  # between the end of one group and the next group's title in a column
RELOAD_ABOVE = 4000  # a change touching more rows than this reads the whole board again


_fonts: dict[tuple[int, bool], QFont] = {}


def room_font(pixels: int = TEXT_PX, *, bold: bool = False) -> QFont:
    """The room's type (a copy: the caller may change it). Made once per size: laying
    out a 2,000-note board asks for it thousands of times."""
    font = _fonts.get((pixels, bold))
    if font is None:
        font = _fonts[(pixels, bold)] = QFont()
        font.setFamilies(FAMILIES)
        font.setPixelSize(pixels)
        font.setBold(bold)
    return QFont(font)


@dataclass(frozen=True, slots=True)
class RoomGroup:
    """A theme (or the notes without one) as the room sees it."""

    id: uuid.UUID | None  # None: the notes without a theme
    title: str
    notes: tuple[BoardNote, ...]


@dataclass(frozen=True, slots=True)
class RoomPart:
    """(Part of) one group's notes in one column; ``continued`` when the group began
    in an earlier column. ``titled``: under the group's title (with "(forts.)" when
    continued at the top of a page; a part going on in the next column of the same
    page needs no title, the room sees it beside the beginning)."""

    group: RoomGroup
    notes: tuple[BoardNote, ...]
    continued: bool
    titled: bool = True


# One column of a page: the parts in it, top to bottom.
RoomColumn = tuple[RoomPart, ...]


def room_groups(notes: Sequence[BoardNote], themes: Sequence[BoardTheme], no_theme: str) -> list[RoomGroup]:
    """The themes in their order (as given: app.queries.board.load_board reads them in
    the order the facilitator sets with Ctrl+Shift+←/→ on the board), each with its
    notes in reading order (top to bottom, then left to right, as in its grid); then the
    notes without a theme."""
    known = {theme.id for theme in themes}
    by_theme: dict[uuid.UUID | None, list[BoardNote]] = {}
    for note in sorted(notes, key=lambda n: (round(n.y / 40), n.x, n.number)):
        key = note.cluster_id if note.cluster_id in known else None
        by_theme.setdefault(key, []).append(note)
    groups = [RoomGroup(t.id, t.title, tuple(by_theme.get(t.id, ()))) for t in themes]
    if by_theme.get(None):
        groups.append(RoomGroup(None, no_theme, tuple(by_theme[None])))
    return groups


def paginate(
    groups: Sequence[RoomGroup], *, columns: int, height: int,
    header_height: Callable[[RoomGroup, bool], int], note_height: Callable[[BoardNote], int],
) -> list[list[RoomColumn]]:
    """Flow the groups through columns of ``height`` pixels, as a newspaper does, and
    the columns into pages of ``columns``: a group starts below the one before it when
    its title and first note still fit there, and goes on in the next column (titled
    again at the top of a new page, marked continued) when it runs out of room; so no
    column ends with space for another note. A note taller than a whole column gets a
    column of its own. ``header_height(group, continued)`` of 0 means untitled parts."""
    laid: list[RoomColumn] = []
    column: list[RoomPart] = []
    used = 0

    def close_column() -> None:
        nonlocal column, used
        if column:
            laid.append(tuple(column))
        column, used = [], 0

    for group in groups:
        header = header_height(group, False)
        first = note_height(group.notes[0]) if group.notes else 0
        if column and used + GROUP_GAP + header + first > height:
            close_column()
        used += (GROUP_GAP if column else 0) + header
        current: list[BoardNote] = []
        continued, titled = False, True
        for note in group.notes:
            need = note_height(note) + (NOTE_GAP if current else 0)
            if used + need > height and (current or column):
                column.append(RoomPart(group, tuple(current), continued, titled))
                close_column()
                continued = True
                titled = len(laid) % max(1, columns) == 0  # a new page
                used = header_height(group, True) if titled else 0
                current = []
                need = note_height(note)
            current.append(note)
            used += need
        column.append(RoomPart(group, tuple(current), continued, titled))
    close_column()
    columns = max(1, columns)
    return [laid[i:i + columns] for i in range(0, len(laid), columns)] or [[]]


SOFT_HYPHEN = "\u00ad"


def breakable(text: str, font: QFont, width: int) -> str:
    """``text`` with soft hyphens inside each word wider than ``width``, so the label
    wraps it (with a hyphen) instead of cutting it: Danish compounds can be longer
    than a column of 44 px type. Other words are left alone."""
    metrics = QFontMetrics(font)
    words = text.split(" ")
    for i, word in enumerate(words):
        if word and metrics.horizontalAdvance(word) > width:
            words[i] = SOFT_HYPHEN.join(word)
    return " ".join(words)


def _label(name: str, text: str, font: QFont, *, kind: type[QLabel] = QLabel) -> QLabel:
    label = kind()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
    label.setWordWrap(True)
    label.setFont(font)
    label.setText(text)
    return label


class NoteLabel(QLabel):
    """A note on the page: a label that keeps a picture of itself once painted, so the
    projector repainted (the timer beside it, a page of the laptop's preview) draws the
    picture instead of laying out 44 px text again. The text stays the label's: a
    screen reader and the tests read it as from any label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture: QPixmap | None = None
        self._taking = False  # painting into the picture
        self._asked = False  # a picture is to be taken after this paint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        picture = self._picture
        if not self._taking and picture is not None and picture.deviceIndependentSize().toSize() == self.size():
            painter = QPainter(self)
            painter.drawPixmap(0, 0, picture)
            painter.end()
            return
        super().paintEvent(event)
        if not self._taking and not self._asked:
            self._asked = True
            QTimer.singleShot(0, self, self._take_picture)  # not from inside a paint

    def _take_picture(self) -> None:
        self._asked = False
        if self.size().isEmpty():
            return
        ratio = self.devicePixelRatioF()
        picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        self._taking = True
        try:
            self.render(picture, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            self._taking = False
        self._picture = picture

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._picture = None
        super().changeEvent(event)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._picture = None
        super().setText(text)


class RoomView(QWidget):
    """The projector's board for the room: themes, one focused theme, or the overview.

    Signals:
        focus_did_change(bool): a theme was focused (True) or the themes came back.
        page_did_change(int, int): the page shown (0-based) and the number of pages.
    """

    focus_did_change = Signal(bool)
    page_did_change = Signal(int, int)

    THEMES, FOCUS, OVERVIEW = range(3)
    CYCLE_MS = 20_000

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, overview: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomView")
        self.controller = controller
        self.workshop_id = workshop_id
        self._mode = self.THEMES
        self._focus: uuid.UUID | None = None
        self._focus_none = False  # the focused group is "Uden tema"
        self._page = 0
        self._pages: list[list[RoomColumn]] = [[]]
        self._groups: list[RoomGroup] = []
        self._notes: tuple[BoardNote, ...] = ()
        self._themes: tuple[BoardTheme, ...] = ()
        self._probes: dict[str, QLabel] = {}
        # Heights of wrapped texts by (style, text, width): a change re-measures only
        # the notes that are new or edited, not a 2,000-note board.
        self._heights: dict[tuple[str, str, int], int] = {}
        self._note_font, self._title_font = room_font(), room_font(TITLE_PX, bold=True)
        self._advances: dict[tuple[str, bool], int] = {}  # one-line widths of counts and titles
        self._column_width = MIN_COLUMN
        self._stale = False

        self.heading = _label("roomHeading", "", room_font(TITLE_PX, bold=True))
        self.page_label = _label("roomPage", "", room_font())
        self.page_label.setWordWrap(False)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(COLUMN_GAP)
        self.count_label = _label("roomThemeCount", "", room_font())
        heading = QVBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.setSpacing(NOTE_GAP)
        heading.addWidget(self.heading)
        heading.addWidget(self.count_label)
        top.addLayout(heading, 1)
        top.addWidget(self.page_label, 0, Qt.AlignmentFlag.AlignTop)

        self.columns_holder = QWidget()
        self.columns_holder.setObjectName("roomColumns")
        self.columns_layout = QHBoxLayout(self.columns_holder)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(COLUMN_GAP)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.columns_holder)
        self.overview = overview
        if overview is not None:
            self.stack.addWidget(overview)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.cycle = QTimer(self)
        self.cycle.setInterval(self.CYCLE_MS)
        self.cycle.timeout.connect(self.next_page)
        self._relayout_soon = QTimer(self)
        self._relayout_soon.setSingleShot(True)
        self._relayout_soon.setInterval(0)
        self._relayout_soon.timeout.connect(self.relayout)
        controller.changes_did_happen.connect(self._changes_did_happen)
        self.reload()

    # -- reading ----------------------------------------------------------------

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id is not None and changes.workshop_id != self.workshop_id:
            return
        if changes.touches(Topic.IDEAS, Topic.CLUSTERS):
            if self.isVisible():
                self.read(changes)
            else:
                self._stale = True  # capturing is the hot path: read when shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the board again and lay out the page shown (kept where it still exists)."""
        self.read(None)

    def read(self, changes: Changes | None) -> None:
        """Read what ``changes`` touched (everything with ``None``, or for a change too
        large to merge) and lay out the page shown again. Capturing one idea on a
        2,000-note board re-reads one note, not the board."""
        if changes is None or not changes.ids or len(changes.ids) > RELOAD_ABOVE:
            self._stale = False
            rows = load_board(self.controller.library, self.workshop_id)
            self._notes, self._themes = rows.notes, rows.themes
        else:
            ideas, clusters = changes.touches(Topic.IDEAS), changes.touches(Topic.CLUSTERS)
            found = board_rows(self.controller.library, self.workshop_id, changes.ids, notes=ideas, themes=clusters)
            if ideas:
                notes = {note.id: note for note in self._notes if note.id not in changes.ids}
                notes.update((note.id, note) for note in found.notes)
                self._notes = tuple(notes.values())
            if clusters:
                themes = {theme.id: theme for theme in self._themes if theme.id not in changes.ids}
                themes.update((theme.id, theme) for theme in found.themes)
                self._themes = tuple(themes.values())
        gone = (self._focus is not None and all(t.id != self._focus for t in self._themes)) or (
            self._focus_none and all(n.cluster_id in {t.id for t in self._themes} for n in self._notes))
        if gone:  # the focused theme was deleted, or every note found a theme
            self._set_focus(None, none_group=False)
        self.relayout()

    @property
    def groups(self) -> list[RoomGroup]:
        return self._groups

    # -- what is shown -----------------------------------------------------------

    @property
    def mode(self) -> int:
        return self._mode

    @property
    def focused(self) -> uuid.UUID | None:
        """The focused theme's id (None also for "Uden tema": see :attr:`mode`)."""
        return self._focus

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return len(self._pages)

    @property
    def pages(self) -> list[list[RoomColumn]]:
        return self._pages

    def focus_theme(self, theme_id: uuid.UUID | None, *, no_theme: bool = False) -> None:
        """Fill the room view with one theme (``no_theme``: the notes without one)."""
        self._set_focus(theme_id, none_group=no_theme and theme_id is None)
        self._page = 0
        self.relayout()

    def unfocus(self) -> None:
        """Back to all themes (from a focused theme or the overview)."""
        self._set_focus(None, none_group=False)
        self._page = 0
        self.relayout()

    def _set_focus(self, theme_id: uuid.UUID | None, *, none_group: bool) -> None:
        was = self._mode == self.FOCUS
        self._focus, self._focus_none = theme_id, none_group
        self._mode = self.FOCUS if theme_id is not None or none_group else self.THEMES
        if was != (self._mode == self.FOCUS):
            self.focus_did_change.emit(self._mode == self.FOCUS)

    def theme_for(self, idea_ids: Sequence[uuid.UUID]) -> tuple[uuid.UUID | None, bool]:
        """The theme to focus for these selected notes: the first note's theme (or its
        lack of one); with nothing selected, the first group on the page shown.
        Returns (theme id, whether it is the notes without a theme)."""
        notes = {n.id: n for n in self._notes}
        known = {t.id for t in self._themes}
        for idea_id in idea_ids:
            note = notes.get(idea_id)
            if note is not None:
                cluster = note.cluster_id if note.cluster_id in known else None
                return cluster, cluster is None
        page = self._pages[self._page] if self._pages else []
        group = page[0][0].group if page and page[0] else (self._groups[0] if self._groups else None)
        if group is None:
            return None, False
        return group.id, group.id is None

    def toggle_focus(self, idea_ids: Sequence[uuid.UUID] = ()) -> None:
        """The facilitator's one key: focus the selected notes' theme, or come back."""
        if self._mode == self.FOCUS:
            self.unfocus()
            return
        theme_id, none_group = self.theme_for(idea_ids)
        if theme_id is None and not none_group:
            return  # an empty board: nothing to focus
        self.focus_theme(theme_id, no_theme=none_group)

    def set_overview(self, on: bool) -> None:
        """Show the overview of every note (small, labelled as such), or the themes."""
        if on and self.overview is None:
            return
        if on:
            self._set_focus(None, none_group=False)
            self._mode = self.OVERVIEW
        elif self._mode == self.OVERVIEW:
            self._mode = self.THEMES
        self._page = 0
        self.relayout()

    def next_page(self) -> None:
        if len(self._pages) > 1 and self._mode != self.OVERVIEW:
            self.show_page((self._page + 1) % len(self._pages))

    def previous_page(self) -> None:
        if len(self._pages) > 1 and self._mode != self.OVERVIEW:
            self.show_page((self._page - 1) % len(self._pages))

    def show_page(self, page: int) -> None:
        self._page = max(0, min(page, len(self._pages) - 1))
        self._build_page()

    # -- layout --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self._relayout_soon.start()

    def _probe(self, name: str, font: QFont) -> QLabel:
        """A hidden label styled like the ones shown, to measure wrapped text exactly
        as the page will lay it out (the style sheet's padding included)."""
        probe = self._probes.get(name)
        if probe is None:
            probe = _label(name, "", font)
            probe.setParent(self)
            probe.hide()
            self._probes[name] = probe
        probe.ensurePolished()
        return probe

    def _shown(self, name: str, font: QFont, text: str, width: int) -> tuple[str, int]:
        """The text as a label of this style and width shows it (soft hyphens in words
        too long for a line) and the width it wraps in (inside the style's padding)."""
        margins = self._probe(name, font).contentsMargins()
        inner = width - margins.left() - margins.right()
        return breakable(text, font, inner), inner

    def _measure(self, name: str, font: QFont, text: str, width: int) -> int:
        """The height a label of this style needs for ``text`` at ``width``: the wrapped
        text's box, as QPainter draws it, and the padding. (QLabel.heightForWidth often
        asks for a line more than it draws, which left a blank line under many notes.)"""
        key = (name, text, width)
        height = self._heights.get(key)
        if height is None:
            shown, inner = self._shown(name, font, text, width)
            margins = self._probe(name, font).contentsMargins()
            box = QFontMetrics(font).boundingRect(QRect(0, 0, inner, 1_000_000), Qt.TextFlag.TextWordWrap, shown)
            height = self._heights[key] = box.height() + margins.top() + margins.bottom() + 2  # slack for rounding
        return height

    def _sized_label(self, name: str, font: QFont, text: str, width: int, *, kind: type[QLabel] = QLabel) -> QLabel:
        """A label showing ``text`` at exactly the size it was measured at (so the page
        holds what was laid out for it)."""
        label = _label(name, self._shown(name, font, text, width)[0], font, kind=kind)
        label.setFixedSize(width, self._measure(name, font, text, width))
        return label

    def _note_height(self, width: int) -> Callable[[BoardNote], int]:
        font = self._note_font
        return lambda note: self._measure("roomNote", font, note.text, width)

    def _advance(self, text: str, *, title: bool) -> int:
        key = (text, title)
        width = self._advances.get(key)
        if width is None:
            font = self._title_font if title else self._note_font
            width = self._advances[key] = QFontMetrics(font).horizontalAdvance(text)
        return width

    def _title_text(self, group: RoomGroup, continued: bool) -> str:
        return group.title + " " + self.tr("(cont.)") if continued else group.title

    def _title_row(self, group: RoomGroup, continued: bool) -> tuple[str, int, str]:
        """A group's title text, the width it wraps in, and its note count: the count
        stands beside a title that fits on one line with it, else on its own line below
        (a narrow title column would wrap a long title into many lines)."""
        title = self._title_text(group, continued)
        count = self._count_text(len(group.notes))
        count_width = self._advance(count, title=False) + COLUMN_GAP
        one_line = self._advance(title, title=True) + count_width
        return title, self._column_width - (count_width if one_line <= self._column_width else 0), count

    def _header_height(self, group: RoomGroup, continued: bool) -> int:
        """The title (wrapped, with the note count beside or below it) and the gap below."""
        title, width, _ = self._title_row(group, continued)
        height = self._measure("roomThemeTitle", self._title_font, title, width)
        if width == self._column_width:  # the count on a line of its own
            height += self._measure("roomThemeCount", self._note_font, "0", self._column_width) + NOTE_GAP
        return height + NOTE_GAP

    def _count_text(self, count: int) -> str:
        return self.tr("%n note(s)", "", count)

    def _focused_group(self) -> RoomGroup | None:
        for group in self._groups:
            if group.id == self._focus and (group.id is not None or self._focus_none):
                return group
        if self._focus is None:
            return None
        # A theme without notes has no group: show it empty.
        title = next((t.title for t in self._themes if t.id == self._focus), "")
        return RoomGroup(self._focus, title, ())

    def _heading_text(self) -> str:
        if self._mode == self.OVERVIEW:
            return self.tr("Overview: all %n note(s) (small type)", "", len(self._notes))
        if self._mode == self.FOCUS:
            group = self._focused_group()
            return group.title if group is not None else ""
        if not self._groups:
            return self.tr("No notes on the board yet")
        themes = sum(1 for group in self._groups if group.id is not None)
        themes_text = self.tr("%n theme(s)", "", themes)
        return themes_text + " · " + self._count_text(len(self._notes))

    def relayout(self) -> None:
        """Group the notes, page them for the size the view has, and show the page."""
        self._groups = room_groups(self._notes, self._themes, self.tr("No theme"))
        if self._mode == self.OVERVIEW:
            self._pages = [[]]
            self._page = 0
            self._build_page()
            return
        width = max(self.width(), MIN_COLUMN)
        heading = self._measure("roomHeading", self._title_font, self._heading_text(), width * 3 // 4)
        if self._mode == self.FOCUS:
            heading += self._measure("roomThemeCount", self._note_font, "0", self.width()) + NOTE_GAP
        height = max(self.height() - heading - 16, 200)
        columns = max(1, (width + COLUMN_GAP) // (MIN_COLUMN + COLUMN_GAP))
        column_width = self._column_width = (width - (columns - 1) * COLUMN_GAP) // columns
        if self._mode == self.FOCUS:
            group = self._focused_group()
            groups = [group] if group is not None else []
            header: Callable[[RoomGroup, bool], int] = lambda _g, _c: 0  # noqa: E731 - the title is the heading
        else:
            groups, header = self._groups, self._header_height
        note_height = self._note_height(column_width)

        def lay(tall: int) -> list[list[RoomColumn]]:
            return paginate(groups, columns=columns, height=tall, header_height=header, note_height=note_height)

        self._pages = lay(height)
        if len(self._pages) == 1 and len(self._pages[0]) > 1:
            # One page: balance its columns (the lowest height that still fits).
            low, high = 1, height
            while low < high:
                middle = (low + high) // 2
                tried = lay(middle)
                if len(tried) == 1 and len(tried[0]) <= len(self._pages[0]):
                    high = middle
                else:
                    low = middle + 1
            self._pages = lay(high)
        self._page = min(self._page, len(self._pages) - 1)
        self._build_page()

    def _build_page(self) -> None:
        while self.columns_layout.count():
            taken = self.columns_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        count = len(self._pages)
        if self._mode == self.OVERVIEW:
            self.heading.setText(self._heading_text())
            self.heading.setMinimumHeight(0)
            self.heading.setMaximumHeight(16_777_215)
            self.page_label.setText("")
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(0)
            focus = self._mode == self.FOCUS
            page = self._pages[self._page] if self._pages else []
            width = max(self.width(), MIN_COLUMN) * 3 // 4
            self.heading.setText(self._shown("roomHeading", self._title_font, self._heading_text(), width)[0])
            self.heading.setFixedHeight(self._measure("roomHeading", self._title_font, self._heading_text(), width))
            if focus:
                group = page[0][0].group if page and page[0] else None
                self.count_label.setText(self._count_text(len(group.notes) if group is not None else 0))
                self.count_label.setFixedHeight(self._measure("roomThemeCount", self._note_font, "0", self.width()))
            for column in page:
                self.columns_layout.addWidget(self._column(column, titled=not focus), 0, Qt.AlignmentFlag.AlignTop)
            self.columns_layout.addStretch(1)  # a short page keeps the columns' width
            self.page_label.setText(
                self.tr("page %1 of %2").replace("%1", str(self._page + 1)).replace("%2", str(count))
                if count > 1 else "")
        self.page_label.setVisible(bool(self.page_label.text()))
        self.count_label.setVisible(self._mode == self.FOCUS)
        if count > 1 and self._mode != self.OVERVIEW:
            if not self.cycle.isActive():
                self.cycle.start()
        else:
            self.cycle.stop()
        self.page_did_change.emit(self._page, count)

    def _column(self, parts: RoomColumn, *, titled: bool) -> QWidget:
        """One column of the page: each part under its group's title and note count."""
        column = QWidget()
        column.setObjectName("roomColumn")
        column.setFixedWidth(self._column_width)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GROUP_GAP)
        note_font = room_font()
        for part in parts:
            frame = QFrame()
            frame.setObjectName("roomTheme" if part.group.id is not None else "roomNoTheme")
            notes = QVBoxLayout(frame)
            notes.setContentsMargins(0, 0, 0, 0)
            notes.setSpacing(NOTE_GAP)
            if titled and part.titled:
                text, title_width, count = self._title_row(part.group, part.continued)
                title = self._sized_label("roomThemeTitle", self._title_font, text, title_width)
                count_label = _label("roomThemeCount", count, note_font)
                count_label.setWordWrap(False)
                count_label.setFixedHeight(self._measure("roomThemeCount", note_font, "0", self._column_width))
                if title_width == self._column_width:
                    notes.addWidget(title)
                    notes.addWidget(count_label)
                else:
                    count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                    row = QHBoxLayout()
                    row.setContentsMargins(0, 0, 0, 0)
                    row.setSpacing(0)
                    row.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
                    row.addWidget(count_label, 1, Qt.AlignmentFlag.AlignTop)
                    notes.addLayout(row)
            for note in part.notes:
                notes.addWidget(self._sized_label("roomNote", note_font, note.text, self._column_width, kind=NoteLabel))
            layout.addWidget(frame)
        layout.addStretch(1)
        return column
