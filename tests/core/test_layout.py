"""The board's placement rules (app.layout): pure functions, tested without a database."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app import layout
from app.layout import CELL_HEIGHT, CELL_WIDTH, NOTE_HEIGHT, NOTE_WIDTH

coords = st.floats(min_value=-3000, max_value=3000, allow_nan=False).map(lambda v: round(v, 2))
points = st.tuples(coords, coords)
sizes = st.floats(min_value=1, max_value=1500, allow_nan=False).map(lambda v: round(v, 2))
frames = st.tuples(coords, coords, sizes, sizes)


def covers(frame: layout.Rect, position: layout.Point) -> bool:
    """Whether a note at ``position`` and ``frame`` share some area."""
    x, y, width, height = frame
    px, py = position
    return px < x + width and px + NOTE_WIDTH > x and py < y + height and py + NOTE_HEIGHT > y


def test_the_first_notes_fill_rows_of_four_from_the_origin() -> None:
    notes: list[layout.Point] = []
    for _ in range(6):
        notes.append(layout.new_note_position([], notes))
    assert notes == [(0, 0), (200, 0), (400, 0), (600, 0), (0, 140), (200, 140)]


def test_new_notes_go_beside_the_themes_into_free_cells() -> None:
    theme = (0.0, -40.0, 620.0, 480.0)
    assert layout.new_note_position([theme], []) == (680.0, -40.0)
    # A note reaching half a pixel into the first cell takes it; one touching its edge does not.
    assert layout.new_note_position([theme], [(680.0 - NOTE_WIDTH + 0.5, -40.0)]) == (880.0, -40.0)
    assert layout.new_note_position([theme], [(680.0 - NOTE_WIDTH, -40.0)]) == (680.0, -40.0)


def test_notes_filed_into_a_theme_take_its_free_cells_and_grow_it() -> None:
    frame = (0.0, 0.0, 420.0, 260.0)
    assert layout.theme_columns(frame) == 2
    places = layout.theme_cells(frame, [(20.0, 60.0)], 2)
    assert places == [(220.0, 60.0), (20.0, 200.0)]
    assert layout.grown_frame(frame, places) == (0.0, 0.0, 420.0, 340.0)
    assert layout.grown_frame(frame, [(30.0, 70.0)]) == frame  # fits: unchanged


def test_a_new_theme_frames_its_notes_as_its_own_grid_would() -> None:
    positions = layout.tidy_positions((100.0, 100.0), 3)
    assert positions == [(100.0, 100.0), (300.0, 100.0), (100.0, 240.0)]
    frame = layout.frame_around(positions)
    assert layout.theme_origin(frame) == (100.0, 100.0)  # the first note sits in the first cell
    assert layout.theme_cells(frame, positions, 1) == [(300.0, 240.0)]
    assert layout.tidy_positions((0.0, 0.0), 5)[2] == (400.0, 0.0)  # rows of three above four
    assert layout.frame_around([]) == (0.0, 0.0, *layout.EMPTY_THEME_SIZE)


def test_a_note_belongs_to_a_frame_by_its_centre() -> None:
    frame = (0.0, 0.0, 400.0, 300.0)
    assert layout.in_frame((300.0, 200.0), frame)  # centre (390, 260)
    assert not layout.in_frame((311.0, 200.0), frame)  # centre (401, 260)


@given(st.lists(frames, max_size=4), st.lists(points, max_size=25), st.integers(1, 12))
def test_new_notes_never_overlap_a_note_or_a_theme(
    themes: list[layout.Rect], existing: list[layout.Point], count: int,
) -> None:
    notes = list(existing)
    for _ in range(count):
        position = layout.new_note_position(themes, notes)
        assert not any(layout.overlaps(position, other) for other in notes)
        assert not any(covers(frame, position) for frame in themes)
        notes.append(position)


@given(st.lists(frames, max_size=4), st.lists(points, max_size=40))
def test_the_capture_span_holds_every_note_that_matters(
    themes: list[layout.Rect], notes: list[layout.Point],
) -> None:
    """add_idea reads only the notes inside the span; those outside never change the answer."""
    origin = layout.capture_origin(themes)
    x_from, x_to, y_from = layout.capture_span(origin)
    near = [(x, y) for x, y in notes if x_from < x < x_to and y > y_from]
    assert layout.new_note_position(themes, near) == layout.new_note_position(themes, notes)


@given(frames, st.lists(points, max_size=12), st.integers(1, 10))
def test_notes_filed_into_a_theme_overlap_nothing_and_fit_the_grown_frame(
    frame: layout.Rect, others: list[layout.Point], count: int,
) -> None:
    places = layout.theme_cells(frame, others, count)
    assert len(places) == count
    for n, place in enumerate(places):
        assert not any(layout.overlaps(place, other) for other in others)
        assert not any(layout.overlaps(place, other) for other in places[:n])
        x, y = layout.theme_origin(frame)
        assert place[0] >= x and place[1] >= y
    grown = layout.grown_frame(frame, places)
    assert grown[:2] == frame[:2] and grown[2] >= frame[2] and grown[3] >= frame[3]
    assert all(layout.in_frame(place, grown) for place in places)


@given(points, st.integers(1, 30))
def test_a_new_theme_holds_its_notes_apart(anchor: layout.Point, count: int) -> None:
    positions = layout.tidy_positions(anchor, count)
    assert positions[0] == anchor
    assert all(
        not layout.overlaps(a, b) for n, a in enumerate(positions) for b in positions[n + 1:]
    )
    frame = layout.frame_around(positions)
    assert all(layout.in_frame(p, frame) for p in positions)
    assert layout.grown_frame(frame, positions) == frame  # nothing sticks out


def test_cells_are_a_note_and_a_gap() -> None:
    assert (CELL_WIDTH, CELL_HEIGHT) == (NOTE_WIDTH + layout.GAP, NOTE_HEIGHT + layout.GAP)


def test_a_theme_grows_and_shrinks_with_its_notes() -> None:
    assert layout.theme_size(0) == layout.theme_size(1) == (420.0, 200.0)
    assert layout.theme_size(4) == (420.0, 340.0)
    assert layout.theme_size(5) == (620.0, 340.0)  # three wide above four
    frame = (0.0, 0.0, 420.0, 340.0)
    staying = [("a", (20.0, 60.0)), ("b", (220.0, 60.0)), ("c", (20.0, 200.0))]
    # Dropped on b's cell: it goes before b; on the title band: at the end.
    grown, places = layout.arrange_theme(frame, staying, [("new", (230.0, 70.0)), ("title", (100.0, -30.0))])
    assert [k for k, _ in places] == ["a", "new", "b", "c", "title"]
    assert grown == (0.0, 0.0, *layout.theme_size(5))
    assert places[1] == ("new", (220.0, 60.0)) and places[3] == ("c", (20.0, 200.0))
    shrunk, places = layout.arrange_theme(frame, staying[1:])  # a left: the others close up
    assert places == [("b", (20.0, 60.0)), ("c", (220.0, 60.0))] and shrunk == (0.0, 0.0, 420.0, 200.0)


def test_settling_moves_only_what_overlaps_to_the_nearest_free_place() -> None:
    notes: dict[object, layout.Rect] = {n: layout.note_rect(layout.grid_position(n, 4)) for n in range(8)}
    placement = layout.Placement[object]({**notes, "theme": (-20.0, -60.0, 420.0, 200.0)})
    del notes[0], notes[1]  # (as if filed into the theme)
    placement.remove(0)
    placement.remove(1)
    moved = placement.settle(["theme"], [])
    assert set(moved) == set()  # the theme covers cells 0 and 1 only, now empty
    placement.put("theme", (-20.0, -60.0, 420.0, 340.0))  # grew a row: covers 4 and 5
    moved = placement.settle(["theme"], [])
    assert set(moved) == {4, 5}
    rects = placement.rects()
    assert not any(
        layout.intersects(a, b) for n, a in enumerate(rects.values()) for b in list(rects.values())[n + 1:]
    )
    # A note put down over another moves itself, not the other.
    placement.put("dropped", (410.0, 10.0, 180.0, 120.0))
    moved = placement.settle([], ["dropped"])
    assert set(moved) == {"dropped"}
