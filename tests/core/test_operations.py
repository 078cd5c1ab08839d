"""The core's operations: validation, what they change, and their undo."""

from __future__ import annotations

import uuid

import pytest

from app import layout
from app import operations as ops
from app.changes import Topic
from app.errors import InvalidInput, NotFound
from app.library import Library
from app.model import Idea
from app.queries import list_workshops, load_workshop
from app.templates import Template


@pytest.fixture
def workshop_id(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    changes = ops.create_workshop(
        library, templates["innovationsloopet"], title="Ældreplejen", question="Hvad nu hvis…?",
        participants=[("Ayşe Yılmaz", "Sundhed"), ("Łukasz Żółć", "Borger")], table_groups=["Bord 1", "Bord 2"],
    )
    assert changes.subject is not None
    return changes.subject


def board(library: Library, workshop_id: uuid.UUID) -> dict[uuid.UUID, tuple[object, ...]]:
    """The board (notes and theme frames) as plain values, to compare before and after undo."""
    workshop = load_workshop(library, workshop_id)
    notes = {i.id: (i.text, i.x, i.y, i.cluster_id, list(i.tags)) for i in workshop.ideas}
    frames = {c.id: (c.title, c.x, c.y, c.width, c.height) for c in workshop.clusters}
    return notes | frames


def test_create_workshop_copies_the_template(library: Library, workshop_id: uuid.UUID, templates: dict[str, Template]) -> None:
    workshop = load_workshop(library, workshop_id)
    template = templates["innovationsloopet"]
    assert [p.name for p in workshop.phases] == [p.name.da for p in template.phases]
    assert workshop.current_phase_id == workshop.phases[0].id
    assert [c.name for c in workshop.criteria] == [c.name.da for c in template.criteria]
    assert [p.name for p in workshop.participants] == ["Ayşe Yılmaz", "Łukasz Żółć"]
    assert [g.name for g in workshop.table_groups] == ["Bord 1", "Bord 2"]
    assert workshop.table_groups[0].colour != workshop.table_groups[1].colour


def test_create_workshop_in_english_uses_english_phase_names(library: Library, templates: dict[str, Template]) -> None:
    template = templates["innovationsloopet"]
    wid = ops.create_workshop(library, template, title="Care", language="en").subject
    assert wid is not None
    assert [p.name for p in load_workshop(library, wid).phases] == [p.name.en for p in template.phases]


def test_add_idea_reports_what_changed_and_numbers_notes(library: Library, workshop_id: uuid.UUID) -> None:
    first = ops.add_idea(library, workshop_id, "  Madklub for ensomme ældre  ")
    second = ops.add_idea(library, workshop_id, "Genbrugsbutik")
    assert first.topics == {Topic.IDEAS}
    assert first.created == {first.subject}
    assert first.workshop_id == workshop_id
    workshop = load_workshop(library, workshop_id)
    ideas = {i.id: i for i in workshop.ideas}
    assert ideas[first.subject].text == "Madklub for ensomme ældre"
    assert (ideas[first.subject].number, ideas[second.subject].number) == (1, 2)
    assert ideas[first.subject].phase_id == workshop.current_phase_id
    assert (ideas[first.subject].x, ideas[first.subject].y) != (ideas[second.subject].x, ideas[second.subject].y)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("", "tom"), ("   \n ", "tom"), ("x" * 2001, "for lang"), ("a\x00b", "kontroltegn"), ("a\x1bb", "kontroltegn")],
)
def test_add_idea_refuses_bad_text_and_changes_nothing(library: Library, workshop_id: uuid.UUID, text: str, fragment: str) -> None:
    before = board(library, workshop_id)
    with pytest.raises(InvalidInput) as caught:
        ops.add_idea(library, workshop_id, text)
    assert fragment in caught.value.message("da")
    assert caught.value.message("en") != caught.value.message("da")
    assert board(library, workshop_id) == before


@pytest.mark.parametrize("text", ["<b>x</b> & <img src=x>", "שלום עולם", "🎉 Æblegrød på tværs", "ÆØÅ æøå é ü"])
def test_idea_text_is_stored_exactly(library: Library, workshop_id: uuid.UUID, text: str) -> None:
    changes = ops.add_idea(library, workshop_id, text)
    assert next(i.text for i in load_workshop(library, workshop_id).ideas if i.id == changes.subject) == text


def test_add_idea_to_unknown_workshop_is_refused(library: Library) -> None:
    with pytest.raises(NotFound):
        ops.add_idea(library, uuid.uuid4(), "x")


def test_undo_and_redo_of_every_board_operation_restore_exactly(library: Library, workshop_id: uuid.UUID) -> None:
    a = ops.add_idea(library, workshop_id, "A", position=(0, 0)).subject
    b = ops.add_idea(library, workshop_id, "B", position=(300, 0)).subject
    assert a and b
    cluster = ops.create_cluster(library, workshop_id, "Tema 1", [a, b]).subject
    assert cluster
    steps = [
        lambda: ops.edit_idea(library, a, "A2"),
        lambda: ops.move_ideas(library, {a: (50, 60), b: (70, 80)}),
        lambda: ops.set_idea_tags(library, [a, b], ["hverdagsinnovation"]),
        lambda: ops.remove_from_cluster(library, [b]),
        lambda: ops.rename_cluster(library, cluster, "Omsorg"),
        lambda: ops.move_cluster(library, cluster, 500, 500),
        lambda: ops.dissolve_cluster(library, cluster),
        lambda: ops.delete_ideas(library, [a]),
        lambda: ops.add_idea(library, workshop_id, "C"),
    ]
    for step in steps:
        before = board(library, workshop_id)
        changes = step()
        after = board(library, workshop_id)
        assert after != before, changes.label
        assert changes.inverse is not None
        undone = changes.inverse(library)
        assert board(library, workshop_id) == before, f"undo {changes.label}"
        assert undone.inverse is not None
        undone.inverse(library)
        assert board(library, workshop_id) == after, f"redo {changes.label}"


def test_move_cluster_moves_its_notes(library: Library, workshop_id: uuid.UUID) -> None:
    a = ops.add_idea(library, workshop_id, "A", position=(10, 20)).subject
    cluster = ops.create_cluster(library, workshop_id, "T", [a]).subject
    assert a and cluster
    frame = next(c for c in load_workshop(library, workshop_id).clusters if c.id == cluster)
    ops.move_cluster(library, cluster, frame.x + 100, frame.y + 50)
    idea = next(i for i in load_workshop(library, workshop_id).ideas if i.id == a)
    assert (idea.x, idea.y) == (110, 70)


def where(library: Library, workshop_id: uuid.UUID, idea_id: uuid.UUID) -> tuple[float, float, uuid.UUID | None]:
    idea = next(i for i in load_workshop(library, workshop_id, ("ideas",)).ideas if i.id == idea_id)
    return idea.x, idea.y, idea.cluster_id


def test_a_note_added_without_a_position_goes_where_the_layout_says(library: Library, workshop_id: uuid.UUID) -> None:
    """The CLI, the phones and the desk all call add_idea without a position: one rule
    (app.layout.new_note_position) places the note beside the themes, in a free cell."""
    ops.create_cluster(library, workshop_id, "Tema", rect=(0.0, -40.0, 620.0, 480.0))
    ops.add_idea(library, workshop_id, "Her i forvejen", position=(680.0, -40.0))
    placed = [ops.add_idea(library, workshop_id, f"Ny {n}").subject for n in range(4)]
    assert [where(library, workshop_id, i)[:2] for i in placed if i] == [
        (880.0, -40.0), (1080.0, -40.0), (1280.0, -40.0), (680.0, 100.0),
    ]


def test_make_a_theme_of_notes_from_other_themes_and_undo_puts_each_back(library: Library, workshop_id: uuid.UUID) -> None:
    a = ops.add_idea(library, workshop_id, "A", position=(0, 0)).subject
    b = ops.add_idea(library, workshop_id, "B", position=(300, 0)).subject
    c = ops.add_idea(library, workshop_id, "C", position=(600, 0)).subject
    target = ops.add_idea(library, workshop_id, "Mål", position=(900, 600)).subject
    assert a and b and c and target
    first = ops.create_cluster(library, workshop_id, "Første", [a]).subject
    second = ops.create_cluster(library, workshop_id, "Andet", [b]).subject
    before = board(library, workshop_id)
    made = ops.drop_on_note(library, target, [a, b, c], "Nyt tema")
    assert made.subject not in (None, first, second)
    assert [where(library, workshop_id, i) for i in (target, a, b, c)] == [
        (900.0, 600.0, made.subject), (1100.0, 600.0, made.subject),
        (900.0, 740.0, made.subject), (1100.0, 740.0, made.subject),
    ]
    assert made.inverse is not None
    made.inverse(library)  # one step: the move and the theme together
    assert board(library, workshop_id) == before
    assert [where(library, workshop_id, i)[2] for i in (a, b, c)] == [first, second, None]


def test_dropping_on_a_note_of_a_theme_files_into_free_cells_and_grows_the_frame(library: Library, workshop_id: uuid.UUID) -> None:
    theme = ops.create_cluster(library, workshop_id, "Trivsel", rect=(0.0, 0.0, 420.0, 260.0)).subject
    first = ops.add_idea(library, workshop_id, "Første", position=(20, 60), cluster_id=theme).subject
    newcomers = [ops.add_idea(library, workshop_id, f"Ny {n}", position=(900 + n * 200, 600)).subject for n in range(2)]
    assert theme and first and all(newcomers)
    before = board(library, workshop_id)
    changes = ops.drop_on_note(library, first, newcomers)  # no title needed: it joins
    assert [where(library, workshop_id, i) for i in newcomers] == [(220.0, 60.0, theme), (20.0, 200.0, theme)]
    frame = next(c for c in load_workshop(library, workshop_id).clusters if c.id == theme)
    assert (frame.width, frame.height) == (420.0, 340.0)
    assert changes.inverse is not None
    changes.inverse(library)
    assert board(library, workshop_id) == before


def test_dropping_on_a_frame_joins_and_dragging_out_leaves(library: Library, workshop_id: uuid.UUID) -> None:
    """A theme is a container: a note dropped anywhere on it takes the cell it was
    dropped on (or the end), and the frame is always exactly as big as its grid."""
    theme = ops.create_cluster(library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    inside = ops.add_idea(library, workshop_id, "Inde", position=(20, 60), cluster_id=theme).subject
    outside = ops.add_idea(library, workshop_id, "Ude", position=(900, 60)).subject
    assert theme and inside and outside
    ops.drop_on_theme(library, theme, {outside: (500.0, 300.0)})  # below the last note: at the end
    assert where(library, workshop_id, outside) == (220.0, 60.0, theme)
    frame = next(c for c in load_workshop(library, workshop_id).clusters if c.id == theme)
    assert (frame.width, frame.height) == layout.theme_size(2) == (420.0, 200.0)
    ops.drop_on_board(library, workshop_id, {outside: (30.0, 70.0)})  # still in its frame: first cell
    assert [where(library, workshop_id, i) for i in (outside, inside)] == [(20.0, 60.0, theme), (220.0, 60.0, theme)]
    ops.drop_on_board(library, workshop_id, {inside: (900.0, 900.0)})
    assert where(library, workshop_id, inside) == (900.0, 900.0, None)
    frame = next(c for c in load_workshop(library, workshop_id).clusters if c.id == theme)
    assert (frame.width, frame.height) == layout.theme_size(1)


@pytest.mark.parametrize("refusal", ["title", "gone", "itself"])
def test_a_refused_drop_changes_nothing(library: Library, workshop_id: uuid.UUID, refusal: str) -> None:
    a = ops.add_idea(library, workshop_id, "A", position=(0, 0)).subject
    b = ops.add_idea(library, workshop_id, "B", position=(300, 0)).subject
    gone = ops.add_idea(library, workshop_id, "Væk", position=(600, 0)).subject
    theme = ops.create_cluster(library, workshop_id, "T", rect=(0.0, 400.0, 420.0, 300.0)).subject
    assert a and b and gone and theme
    ops.delete_ideas(library, [gone])
    before = board(library, workshop_id)
    with pytest.raises((InvalidInput, NotFound)):
        if refusal == "title":  # the notes would move first; the title is refused last
            ops.drop_on_note(library, b, [a], "x" * 201)
        elif refusal == "gone":  # the first note would join, the second is gone
            ops.drop_on_theme(library, theme, {a: (20.0, 460.0), gone: (220.0, 460.0)})
        else:
            ops.drop_on_note(library, a, [a])
    assert board(library, workshop_id) == before


def test_delete_idea_takes_its_action_and_undo_brings_both_back(library: Library, workshop_id: uuid.UUID) -> None:
    a = ops.add_idea(library, workshop_id, "A").subject
    assert a
    ops.set_action(library, a, owner="Mette", first_test="Prøv i én uge")
    deleted = ops.delete_ideas(library, [a])
    assert load_workshop(library, workshop_id).actions == []
    assert deleted.inverse is not None
    deleted.inverse(library)
    actions = load_workshop(library, workshop_id).actions
    assert [(x.idea_id, x.owner) for x in actions] == [(a, "Mette")]


def test_revision_grows_and_survives_undo(library: Library, workshop_id: uuid.UUID) -> None:
    a = ops.add_idea(library, workshop_id, "A").subject
    edit = ops.edit_idea(library, a, "B")
    assert edit.inverse is not None
    edit.inverse(library)
    with library.read() as session:
        idea = session.get(Idea, a)
        assert idea is not None
        assert idea.text == "A"
        assert idea.revision == 3  # created, edited, undone: every change counts


def test_current_phase_moves_and_rejects_foreign_phase(library: Library, workshop_id: uuid.UUID, templates: dict[str, Template]) -> None:
    phases = load_workshop(library, workshop_id).phases
    changes = ops.set_current_phase(library, workshop_id, phases[2].id)
    assert changes.topics == {Topic.WORKSHOP, Topic.LIBRARY}
    assert load_workshop(library, workshop_id).current_phase_id == phases[2].id
    other = ops.create_workshop(library, templates["hverdagsinnovation"], title="Andet").subject
    assert other
    with pytest.raises(NotFound):
        ops.set_current_phase(library, workshop_id, load_workshop(library, other).phases[0].id)


def test_delete_workshop_is_undoable_and_hides_it(library: Library, workshop_id: uuid.UUID) -> None:
    changes = ops.delete_workshop(library, workshop_id)
    assert Topic.LIBRARY in changes.topics
    assert list_workshops(library) == []
    with pytest.raises(NotFound):
        ops.add_idea(library, workshop_id, "x")
    assert changes.inverse is not None
    changes.inverse(library)
    assert [s.id for s in list_workshops(library)] == [workshop_id]


def test_duplicate_workshop_copies_with_new_ids(library: Library, workshop_id: uuid.UUID) -> None:
    a = ops.add_idea(library, workshop_id, "A").subject
    ops.create_cluster(library, workshop_id, "T", [a])
    copy_id = ops.duplicate_workshop(library, workshop_id).subject
    assert copy_id and copy_id != workshop_id
    original, copy = load_workshop(library, workshop_id), load_workshop(library, copy_id)
    assert copy.title == "Ældreplejen (kopi)"
    assert [i.text for i in copy.ideas] == ["A"]
    assert copy.ideas[0].cluster_id == copy.clusters[0].id != original.clusters[0].id
    assert copy.current_phase_id in {p.id for p in copy.phases}
    assert {p.id for p in copy.phases}.isdisjoint(p.id for p in original.phases)


def test_list_workshops_searches_case_insensitively_newest_first(library: Library, templates: dict[str, Template]) -> None:
    import datetime as dt

    t = templates["hverdagsinnovation"]
    ops.create_workshop(library, t, title="Ældre", date=dt.date(2026, 1, 1))
    ops.create_workshop(library, t, title="Skole", date=dt.date(2026, 5, 1), place="Ørestad")
    assert [s.title for s in list_workshops(library)] == ["Skole", "Ældre"]
    assert [s.title for s in list_workshops(library, "ældre")] == ["Ældre"]
    assert [s.title for s in list_workshops(library, "ØRESTAD")] == ["Skole"]


def test_parse_participant_lines() -> None:
    text = "Mette Hansen; Ældre og Sundhed\n\nAyşe Yılmaz\tBorger\nJens\n"
    assert ops.parse_participant_lines(text) == [
        ("Mette Hansen", "Ældre og Sundhed"), ("Ayşe Yılmaz", "Borger"), ("Jens", ""),
    ]
    with pytest.raises(InvalidInput, match="Linje 2"):
        ops.parse_participant_lines("A\n; Org")


def test_deal_roles_gives_each_card_once_using_the_injected_random(library: Library, workshop_id: uuid.UUID) -> None:
    ops.add_participants(library, workshop_id, [("C", ""), ("D", ""), ("E", "")])
    ops.deal_roles(library, workshop_id)
    cards = sorted(p.role_card for p in load_workshop(library, workshop_id).participants if p.role_card)
    assert cards == ["facilitator", "igangsaetter", "katalysator"]
    with pytest.raises(InvalidInput):
        ops.assign_role(library, load_workshop(library, workshop_id).participants[0].id, "konge")


def test_sample_workshop_is_complete(library: Library, templates: dict[str, Template]) -> None:
    from app.templates import load_sample

    sample = load_sample(templates=templates)
    wid = ops.add_sample(library, sample, templates[sample.template]).subject
    assert wid
    workshop = load_workshop(library, wid)
    assert len(workshop.ideas) == len(sample.ideas) > 20
    assert len(workshop.clusters) == len(sample.clusters) >= 3
    assert any(p.role_card for p in workshop.participants)
    assert workshop.actions
    assert all(i.phase_id for i in workshop.ideas)
