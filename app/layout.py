"""Where things go on the idea board: the one set of placement numbers and rules.

Pure functions of positions and rectangles (no database, no Qt), so the desk, the
command line, the phone page and the tests all place notes the same way: a note
added without a position goes where :func:`new_note_position` says, whoever adds
it; a theme's notes sit in :func:`theme_cells`; a theme made by dropping notes on a
note is laid out by :func:`tidy_positions` and framed by :func:`frame_around`.

Coordinates are the board's scene units (a note is 180 × 120 at 100 %). A note is
the half-open rectangle ``[x, x + NOTE_WIDTH) × [y, y + NOTE_HEIGHT)``: two notes
side by side at exactly one note's width apart do not overlap.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar

Point = tuple[float, float]
#: x, y, width, height
Rect = tuple[float, float, float, float]

NOTE_WIDTH, NOTE_HEIGHT = 180.0, 120.0
#: Space between neighbouring notes in every grid.
GAP = 20.0
CELL_WIDTH, CELL_HEIGHT = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP

#: The capture grid: new notes go in rows this many notes wide ...
CAPTURE_COLUMNS = 4
#: ... this far to the right of the rightmost theme, so a new note never lands in a frame.
CAPTURE_MARGIN = 60.0

#: A theme's frame: the title band across its top, then its notes in a grid,
#: ``THEME_PADDING`` in from the frame's sides and bottom.
TITLE_BAND = 50.0
THEME_PADDING = 20.0
#: From the top of a frame to its first row of notes (the title band and a little air).
THEME_TOP = TITLE_BAND + 10.0
#: The frame of a theme made with no notes.
EMPTY_THEME_SIZE = (420.0, 300.0)


def overlaps(a: Point, b: Point) -> bool:
    """Whether notes at ``a`` and ``b`` cover some of the same area."""
    return abs(a[0] - b[0]) < NOTE_WIDTH and abs(a[1] - b[1]) < NOTE_HEIGHT


def note_centre(position: Point) -> Point:
    return position[0] + NOTE_WIDTH / 2.0, position[1] + NOTE_HEIGHT / 2.0


def in_frame(position: Point, frame: Rect) -> bool:
    """Whether a note at ``position`` belongs to ``frame`` by where it sits: its centre
    is inside the frame (a note dragged out until its centre leaves, leaves the theme)."""
    cx, cy = note_centre(position)
    x, y, width, height = frame
    return x <= cx <= x + width and y <= cy <= y + height


def grid_position(index: int, columns: int = CAPTURE_COLUMNS, origin: Point = (0.0, 0.0)) -> Point:
    """The ``index``-th cell (from 0) of a grid ``columns`` notes wide, filled row by row."""
    row, column = divmod(index, columns)
    return origin[0] + column * CELL_WIDTH, origin[1] + row * CELL_HEIGHT


def _taken_cells(origin: Point, columns: int, notes: Iterable[Point]) -> set[tuple[int, int]]:
    """The cells of a grid at ``origin`` that a note placed there would overlap one of ``notes`` in."""
    left, top = origin
    taken: set[tuple[int, int]] = set()
    for x, y in notes:
        column, row = (x - left) / CELL_WIDTH, (y - top) / CELL_HEIGHT
        if column.is_integer() and row.is_integer():
            # A note exactly on a cell (as placed here) overlaps that cell only: a cell
            # is a gap wider and taller than a note. Most notes; the quick way.
            if 0 <= column < columns and row >= 0:
                taken.add((int(column), int(row)))
            continue
        # Cell c starts at left + c·CELL_WIDTH; it overlaps a note at x when that start
        # lies strictly between x − NOTE_WIDTH and x + NOTE_WIDTH (likewise for rows).
        first_column = max(math.floor((x - NOTE_WIDTH - left) / CELL_WIDTH) + 1, 0)
        last_column = min(math.ceil((x + NOTE_WIDTH - left) / CELL_WIDTH) - 1, columns - 1)
        first_row = max(math.floor((y - NOTE_HEIGHT - top) / CELL_HEIGHT) + 1, 0)
        last_row = math.ceil((y + NOTE_HEIGHT - top) / CELL_HEIGHT) - 1
        for column in range(first_column, last_column + 1):
            for row in range(first_row, last_row + 1):
                if overlaps((left + column * CELL_WIDTH, top + row * CELL_HEIGHT), (x, y)):
                    taken.add((column, row))
    return taken


def free_cells(origin: Point, columns: int, notes: Iterable[Point], count: int) -> list[Point]:
    """The first ``count`` cells of a grid at ``origin``, ``columns`` wide and filled row
    by row, where a new note overlaps none of ``notes``."""
    taken = _taken_cells(origin, columns, notes)
    places: list[Point] = []
    index = 0
    while len(places) < count:
        row, column = divmod(index, columns)
        if (column, row) not in taken:
            places.append(grid_position(index, columns, origin))
        index += 1
    return places


# -- new notes ---------------------------------------------------------------------------


def capture_origin(frames: Iterable[Rect]) -> Point:
    """The top left of the capture grid: right of every theme, level with the highest."""
    frames = list(frames)
    left = max((x + width for x, _, width, _ in frames), default=-CAPTURE_MARGIN) + CAPTURE_MARGIN
    top = min((y for _, y, _, _ in frames), default=0.0)
    return left, top


def capture_span(origin: Point) -> tuple[float, float, float]:
    """(x from, x to, y from), exclusive: only notes with ``x`` and ``y`` strictly
    inside can take a cell of the capture grid at ``origin`` (a big board need not
    read the rest)."""
    left, top = origin
    return left - NOTE_WIDTH, left + (CAPTURE_COLUMNS - 1) * CELL_WIDTH + NOTE_WIDTH, top - NOTE_HEIGHT


def new_note_position(frames: Iterable[Rect], notes: Iterable[Point]) -> Point:
    """Where a note added without a position goes: the first cell of the capture grid
    (rows of :data:`CAPTURE_COLUMNS` beside the themes) that no note overlaps."""
    origin = capture_origin(frames)
    return free_cells(origin, CAPTURE_COLUMNS, notes, 1)[0]


# -- themes ------------------------------------------------------------------------------


def theme_origin(frame: Rect) -> Point:
    """Where a theme's first note sits."""
    return frame[0] + THEME_PADDING, frame[1] + THEME_TOP


def theme_columns(frame: Rect) -> int:
    """How many notes side by side fit in a theme's frame (at least one)."""
    return max(1, int((frame[2] - THEME_PADDING) // CELL_WIDTH))


def theme_cells(frame: Rect, others: Iterable[Point], count: int) -> list[Point]:
    """Places for ``count`` notes filed into a theme: its grid's first free cells,
    row by row, covering none of the ``others`` already in it."""
    return free_cells(theme_origin(frame), theme_columns(frame), others, count)


def grown_frame(frame: Rect, positions: Iterable[Point]) -> Rect:
    """``frame`` grown right and down (never moved or shrunk) to hold notes at ``positions``."""
    x, y, width, height = frame
    for px, py in positions:
        width = max(width, px + NOTE_WIDTH + THEME_PADDING - x)
        height = max(height, py + NOTE_HEIGHT + THEME_PADDING - y)
    return x, y, width, height


def frame_around(positions: Sequence[Point]) -> Rect:
    """The frame of a new theme around notes at ``positions``: the first of its grid's
    cells at the top-left note; with no notes, an empty frame at the origin."""
    if not positions:
        return 0.0, 0.0, *EMPTY_THEME_SIZE
    left = min(x for x, _ in positions) - THEME_PADDING
    top = min(y for _, y in positions) - THEME_TOP
    right = max(x for x, _ in positions) + NOTE_WIDTH + THEME_PADDING
    bottom = max(y for _, y in positions) + NOTE_HEIGHT + THEME_PADDING
    return left, top, right - left, bottom - top


def tidy_positions(anchor: Point, count: int) -> list[Point]:
    """A new theme's ``count`` notes laid out from the note they were dropped on (at
    ``anchor``, which keeps its place): rows of two, or of three for more than four."""
    columns = 3 if count > 4 else 2
    return [grid_position(i, columns, anchor) for i in range(count)]


K = TypeVar("K")


# -- themes as containers ------------------------------------------------------------------
# A theme lays its notes out in its own grid, in reading order, and its frame is as big
# as that grid: it grows and shrinks with its notes. Only the frames and the notes in no
# theme take room on the board; :class:`Placement` keeps those from ever overlapping.


def theme_grid_columns(count: int) -> int:
    """How many notes wide a theme of ``count`` notes is: two, or three above four."""
    return 3 if count > 4 else 2


def theme_size(count: int) -> tuple[float, float]:
    """The frame of a theme holding ``count`` notes: its grid, the title band and padding
    (an empty theme is as big as one row)."""
    columns = theme_grid_columns(count)
    rows = max(1, math.ceil(count / columns))
    return (
        2 * THEME_PADDING + columns * CELL_WIDTH - GAP,
        THEME_TOP + rows * CELL_HEIGHT - GAP + THEME_PADDING,
    )


def theme_anchor(note: Point) -> Point:
    """The top left of a theme whose first note sits at ``note``."""
    return note[0] - THEME_PADDING, note[1] - THEME_TOP


def arrange_theme(
    frame: Rect, staying: Sequence[tuple[K, Point]], arriving: Sequence[tuple[K, Point | None]] = (),
) -> tuple[Rect, list[tuple[K, Point]]]:
    """A theme's frame and its notes' places after notes arrive in it (or leave it).

    ``staying`` are the notes that remain, kept in reading order (top to bottom, left to
    right) and closed up; each of ``arriving`` goes into the cell of the grid it was
    dropped on (its top left at the given point, the grid being the one ``frame``
    shows), or at the end when dropped on the title band, below the notes or with no
    point. The frame keeps its top left and takes the size of its grid.
    """
    order = sorted(staying, key=lambda item: (item[1][1], item[1][0]))
    columns = theme_columns(frame)
    left, top = theme_origin(frame)
    keyed: list[tuple[float, int, int, K]] = [(index, 1, index, key) for index, (key, _) in enumerate(order)]
    for n, (key, point) in enumerate(arriving):
        index = float(len(order))
        if point is not None:
            cx, cy = note_centre(point)
            row = math.floor((cy - top + GAP / 2) / CELL_HEIGHT)
            column = min(max(math.floor((cx - left + GAP / 2) / CELL_WIDTH), 0), columns - 1)
            if row >= 0:
                index = min(float(row * columns + column), index)
        keyed.append((index, 0, n, key))
    keyed.sort(key=lambda item: item[:3])
    count = len(keyed)
    x, y = frame[0], frame[1]
    grid = theme_grid_columns(count)
    origin = theme_origin((x, y, 0.0, 0.0))
    places = [(key, grid_position(n, grid, origin)) for n, (*_, key) in enumerate(keyed)]
    return (x, y, *theme_size(count)), places


def intersects(a: Rect, b: Rect) -> bool:
    """Whether two rectangles share some area (touching edges do not)."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def note_rect(position: Point) -> Rect:
    return position[0], position[1], NOTE_WIDTH, NOTE_HEIGHT


class Placement(Generic[K]):
    """The rectangles that take room on a board (frames and notes in no theme), to keep
    them apart.

    Kept in a grid of buckets, so finding what a rectangle meets reads only its
    neighbourhood: settling one gesture on a board of thousands of notes costs a few
    milliseconds. :meth:`settle` moves things out of each other's way after a gesture.
    """

    _BUCKET = 400.0

    def __init__(self, rects: Mapping[K, Rect]) -> None:
        self._rects: dict[K, Rect] = {}
        self._buckets: dict[tuple[int, int], set[K]] = {}
        for key, rect in rects.items():
            self.put(key, rect)

    def _cells(self, rect: Rect) -> Iterator[tuple[int, int]]:
        x, y, width, height = rect
        size = self._BUCKET
        for column in range(math.floor(x / size), math.floor((x + width) / size) + 1):
            for row in range(math.floor(y / size), math.floor((y + height) / size) + 1):
                yield column, row

    def rect(self, key: K) -> Rect:
        return self._rects[key]

    def rects(self) -> dict[K, Rect]:
        return dict(self._rects)

    def put(self, key: K, rect: Rect) -> None:
        """Place (or move) ``key`` at ``rect``."""
        self.remove(key)
        self._rects[key] = rect
        for cell in self._cells(rect):
            self._buckets.setdefault(cell, set()).add(key)

    def remove(self, key: K) -> None:
        old = self._rects.pop(key, None)
        if old is not None:
            for cell in self._cells(old):
                self._buckets[cell].discard(key)

    def hits(self, rect: Rect, besides: K | None = None) -> list[K]:
        """What ``rect`` overlaps, other than ``besides``."""
        seen: set[K] = set()
        found: list[K] = []
        for cell in self._cells(rect):
            for key in self._buckets.get(cell, ()):
                if key != besides and key not in seen:
                    seen.add(key)
                    if intersects(rect, self._rects[key]):
                        found.append(key)
        return found

    def _push(self, key: K, rect: Rect, dx: int, dy: int) -> Rect:
        """``rect`` moved in one direction past whatever it meets, until it meets nothing."""
        x, y, width, height = rect
        while hits := [self._rects[k] for k in self.hits((x, y, width, height), key)]:
            if dy > 0:
                y = max(r[1] + r[3] for r in hits) + GAP
            elif dy < 0:
                y = min(r[1] for r in hits) - GAP - height
            elif dx > 0:
                x = max(r[0] + r[2] for r in hits) + GAP
            else:
                x = min(r[0] for r in hits) - GAP - width
        return x, y, width, height

    def free_spot(self, key: K, rect: Rect) -> Rect:
        """The nearest place to ``rect`` (straight down, right, up or left of it) where
        ``key`` meets nothing; ``rect`` itself if it is free."""
        if not self.hits(rect, key):
            return rect
        candidates = [self._push(key, rect, dx, dy) for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0))]
        return min(candidates, key=lambda r: abs(r[0] - rect[0]) + abs(r[1] - rect[1]))

    def settle(self, pushing: Sequence[K], yielding: Sequence[K]) -> dict[K, Rect]:
        """Move things apart after a gesture; return where each moved thing went.

        ``pushing`` (frames that grew or changed) keep their places and move whatever
        they now overlap to its nearest free place; then each of ``yielding`` (notes
        dropped, a theme made or moved: what the facilitator put down) that overlaps
        anything moves itself to its nearest free place. Everything else stays. If
        nothing overlapped before but the things named, nothing overlaps after.
        """
        moved: dict[K, Rect] = {}
        settled: set[K] = set()

        def move(key: K) -> None:
            spot = self.free_spot(key, self._rects[key])
            if spot != self._rects[key]:
                self.put(key, spot)
                moved[key] = spot

        for key in pushing:
            for other in self.hits(self._rects[key], key):
                if other in settled:
                    move(key)
                    break
                move(other)
            settled.add(key)
        for key in yielding:
            move(key)
            settled.add(key)
        return moved
