"""The phone session's core (issue 13): codes, writing, ideas from phones and the inbox."""

from __future__ import annotations

import uuid

import pytest

from app import operations as ops
from app import phones
from app.changes import Topic
from app.errors import InvalidInput, NotFound, SamskabError
from app.library import Library
from app.model import PhoneIdea, PhoneSessionRow
from app.queries import load_workshop
from app.templates import Template

DEVICE = "device-aaaaaaaaaaaaaaaa"
OTHER = "device-bbbbbbbbbbbbbbbb"


@pytest.fixture
def workshop_id(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    changes = ops.create_workshop(
        library, templates["innovationsloopet"], title="Ældreplejen", question="Hvad nu hvis…?",
        table_groups=["Bord 1", "Bord 2"],
    )
    assert changes.subject is not None
    return changes.subject


def phases_of(library: Library, workshop_id: uuid.UUID) -> list[uuid.UUID]:
    return [p.id for p in load_workshop(library, workshop_id).phases]


def groups_of(library: Library, workshop_id: uuid.UUID) -> list[uuid.UUID]:
    return [g.id for g in load_workshop(library, workshop_id).table_groups]


@pytest.fixture
def writing(library: Library, workshop_id: uuid.UUID) -> uuid.UUID:
    """The workshop open to phones, writing open in board mode for its first phase."""
    ops.open_phones(library, workshop_id)
    phase = phases_of(library, workshop_id)[0]
    ops.open_writing(library, workshop_id, phase, "board")
    return phase


def code_of(library: Library, workshop_id: uuid.UUID) -> str:
    found = phones.session_of_workshop(library, workshop_id)
    assert found is not None
    return found.code


def board_texts(library: Library, workshop_id: uuid.UUID) -> list[str]:
    return sorted(i.text for i in load_workshop(library, workshop_id).ideas)


def submit(library: Library, workshop_id: uuid.UUID, text: str, device: str = DEVICE,
           group: uuid.UUID | None = None, author: str | None = None) -> uuid.UUID:
    changes = ops.submit_phone_idea(library, workshop_id, device, text, group, author)
    assert changes.subject is not None
    return changes.subject


def refused(error: SamskabError) -> tuple[str, str]:
    """Both languages are given and differ."""
    da, en = error.message("da"), error.message("en")
    assert da and en and da != en
    return da, en


# -- the session ----------------------------------------------------------------------------


def test_open_phones_makes_a_six_digit_code_and_keeps_it(library: Library, workshop_id: uuid.UUID) -> None:
    assert phones.session_of_workshop(library, workshop_id) is None
    changes = ops.open_phones(library, workshop_id)
    assert Topic.PHONES in changes.topics
    code = code_of(library, workshop_id)
    assert len(code) == 6 and code.isdigit()
    session = phones.phone_session(library, code)
    assert session is not None
    assert (session.workshop_id, session.title, session.question) == (workshop_id, "Ældreplejen", "Hvad nu hvis…?")
    assert session.phase_name and session.writing is None and session.round_id is None
    ops.close_phones(library, workshop_id)
    assert phones.phone_session(library, code) is None
    closed = phones.session_of_workshop(library, workshop_id)
    assert closed is not None and not closed.is_open
    ops.open_phones(library, workshop_id)
    assert code_of(library, workshop_id) == code  # the projector's QR code stays valid


@pytest.mark.parametrize("code", ["", "12345", "1234567", "12345a", "١٢٣٤٥٦", None, 123456])
def test_a_malformed_code_finds_nothing(library: Library, workshop_id: uuid.UUID, code: object) -> None:
    ops.open_phones(library, workshop_id)
    assert phones.phone_session(library, code) is None  # type: ignore[arg-type]


def test_codes_of_open_sessions_differ_and_a_taken_code_is_renewed(
    library: Library, workshop_id: uuid.UUID, templates: dict[str, Template],
) -> None:
    other = ops.create_workshop(library, templates["innovationsloopet"], title="Andet").subject
    assert other is not None
    ops.open_phones(library, workshop_id)
    ops.close_phones(library, workshop_id)
    ops.open_phones(library, other)
    # Force the other session onto this one's code while this one is closed.
    code = code_of(library, workshop_id)
    with library.operation("test") as session:
        row = session.query(PhoneSessionRow).filter_by(workshop_id=other).one()
        row.code = code
    ops.open_phones(library, workshop_id)
    assert code_of(library, workshop_id) != code
    found = phones.phone_session(library, code)
    assert found is not None and found.workshop_id == other


def test_a_deleted_workshop_has_no_session(library: Library, workshop_id: uuid.UUID) -> None:
    ops.open_phones(library, workshop_id)
    code = code_of(library, workshop_id)
    ops.delete_workshop(library, workshop_id)
    assert phones.phone_session(library, code) is None
    with pytest.raises(NotFound):
        ops.open_phones(library, workshop_id)


def test_revision_grows_with_every_change_a_phone_sees(library: Library, workshop_id: uuid.UUID) -> None:
    ops.open_phones(library, workshop_id)
    seen = [phones.session_revision(library, workshop_id)]

    def changed() -> None:
        now = phones.session_revision(library, workshop_id)
        assert now > seen[-1]
        session = phones.session_of_workshop(library, workshop_id)
        assert session is not None and session.revision == now
        seen.append(now)

    phase_ids = phases_of(library, workshop_id)
    ops.open_writing(library, workshop_id, phase_ids[0], "board")
    changed()
    ops.set_current_phase(library, workshop_id, phase_ids[1])
    changed()
    ops.update_workshop(library, workshop_id, question="Hvordan?")
    changed()
    ops.add_idea(library, workshop_id, "Madklub")
    assert phones.session_revision(library, workshop_id) == seen[-1]  # an idea is not a phone's business
    opened = ops.open_round(library, workshop_id, "dots")
    changed()
    ops.close_round(library, opened.subject)  # type: ignore[arg-type]
    changed()
    ops.reveal_round(library, opened.subject)  # type: ignore[arg-type]
    changed()
    ops.delete_round(library, opened.subject)  # type: ignore[arg-type]
    changed()
    ops.close_writing(library, workshop_id)
    changed()


def test_round_is_the_latest_while_open_or_revealed(library: Library, workshop_id: uuid.UUID) -> None:
    ops.open_phones(library, workshop_id)
    code = code_of(library, workshop_id)
    ops.add_idea(library, workshop_id, "Madklub")

    def round_id() -> uuid.UUID | None:
        found = phones.phone_session(library, code)
        assert found is not None
        return found.round_id

    first = ops.open_round(library, workshop_id, "dots").subject
    assert round_id() == first
    ops.close_round(library, first)  # type: ignore[arg-type]
    assert round_id() is None
    ops.reveal_round(library, first)  # type: ignore[arg-type]
    assert round_id() == first
    second = ops.open_round(library, workshop_id, "dots").subject
    assert round_id() == second
    ops.close_round(library, second)  # type: ignore[arg-type]
    assert round_id() is None  # not the older round's result


# -- writing --------------------------------------------------------------------------------


def test_writing_shows_phase_mode_and_groups(library: Library, workshop_id: uuid.UUID) -> None:
    ops.open_phones(library, workshop_id)
    phase = phases_of(library, workshop_id)[1]
    groups = groups_of(library, workshop_id)
    ops.open_writing(library, workshop_id, phase, "inbox", [groups[1]])
    session = phones.session_of_workshop(library, workshop_id)
    assert session is not None and session.writing is not None
    assert session.writing.phase_id == phase
    assert session.writing.mode == "inbox"
    assert [g.id for g in session.writing.groups] == [groups[1]]
    assert session.writing.group_required
    ops.open_writing(library, workshop_id, phase, "board")
    writing = phones.writing_state(library, workshop_id)
    assert writing is not None and writing.mode == "board" and not writing.group_required
    assert [g.name for g in writing.groups] == ["Bord 1", "Bord 2"]
    ops.close_writing(library, workshop_id)
    assert phones.writing_state(library, workshop_id) is None


def test_open_writing_refuses_a_bad_mode_phase_or_group(library: Library, workshop_id: uuid.UUID) -> None:
    phase = phases_of(library, workshop_id)[0]
    with pytest.raises(InvalidInput) as caught:
        ops.open_writing(library, workshop_id, phase, "projector")
    assert "tavlen" in refused(caught.value)[0]
    with pytest.raises(NotFound) as missing:
        ops.open_writing(library, workshop_id, uuid.uuid4(), "board")
    assert "Fasen" in refused(missing.value)[0]
    with pytest.raises(NotFound) as group:
        ops.open_writing(library, workshop_id, phase, "board", [uuid.uuid4()])
    assert "Bordgruppen" in refused(group.value)[0]
    assert phones.writing_state(library, workshop_id) is None


def test_closing_phones_closes_writing(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID) -> None:
    ops.close_phones(library, workshop_id)
    assert phones.writing_state(library, workshop_id) is None
    with pytest.raises(phones.WritingClosed):
        submit(library, workshop_id, "Madklub")


# -- ideas from phones ----------------------------------------------------------------------


def test_board_mode_puts_the_idea_on_the_board_like_a_typed_one(
    library: Library, workshop_id: uuid.UUID, writing: uuid.UUID,
) -> None:
    group = groups_of(library, workshop_id)[1]
    typed = ops.add_idea(library, workshop_id, "Skrevet ved bordet").subject
    changes = ops.submit_phone_idea(library, workshop_id, DEVICE, "  <b>Madklub</b> & 🍲  ", group, " Ayşe ")
    assert {Topic.IDEAS, Topic.PHONES} <= changes.topics
    ideas = {i.id: i for i in load_workshop(library, workshop_id).ideas}
    mine = phones.device_ideas(library, workshop_id, DEVICE)
    assert [(v.text, v.status, v.group_id, v.author, v.group_name) for v in mine] == [
        ("<b>Madklub</b> & 🍲", "board", group, "Ayşe", "Bord 2")]  # kept literally
    note = next(i for i in ideas.values() if i.id != typed)
    assert (note.text, note.table_group_id, note.author, note.phase_id) == ("<b>Madklub</b> & 🍲", group, "Ayşe", writing)
    assert note.number == ideas[typed].number + 1  # numbered like a typed idea
    assert (note.x, note.y) != (ideas[typed].x, ideas[typed].y)  # placed by the layout beside it
    assert mine[0].number == note.number
    assert phones.inbox(library, workshop_id) == []


def test_a_phone_idea_is_anonymous_by_default(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID) -> None:
    submit(library, workshop_id, "Madklub", author="   ")
    assert phones.device_ideas(library, workshop_id, DEVICE)[0].author is None
    assert load_workshop(library, workshop_id).ideas[0].author is None


def test_inbox_mode_waits_for_the_facilitator(library: Library, workshop_id: uuid.UUID) -> None:
    ops.open_phones(library, workshop_id)
    ops.open_writing(library, workshop_id, phases_of(library, workshop_id)[0], "inbox")
    first = submit(library, workshop_id, "Madklub")
    second = submit(library, workshop_id, "Genbrug", device=OTHER)
    assert [v.id for v in phones.inbox(library, workshop_id)] == [first, second]
    assert board_texts(library, workshop_id) == []
    assert [v.status for v in phones.device_ideas(library, workshop_id, DEVICE)] == ["inbox"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("", "tom"), (" \u200b ", "tom"), ("x" * 501, "for lang"), ("a\x00b", "kontroltegn"), (None, "tekst")],
)
def test_bad_text_is_refused_and_nothing_is_kept(
    library: Library, workshop_id: uuid.UUID, writing: uuid.UUID, text: object, fragment: str,
) -> None:
    with pytest.raises(InvalidInput) as caught:
        submit(library, workshop_id, text)  # type: ignore[arg-type]
    assert fragment in refused(caught.value)[0]
    assert phones.device_ideas(library, workshop_id, DEVICE) == []
    assert board_texts(library, workshop_id) == []


@pytest.mark.parametrize("device", ["", "x" * 101, "a\nb", None, 5])
def test_a_bad_device_key_is_refused(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID, device: object) -> None:
    with pytest.raises(InvalidInput) as caught:
        submit(library, workshop_id, "Madklub", device=device)  # type: ignore[arg-type]
    assert "nøgle" in refused(caught.value)[0]


def test_a_bad_author_is_refused(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID) -> None:
    with pytest.raises(InvalidInput) as caught:
        submit(library, workshop_id, "Madklub", author="x" * 201)
    assert "Forfatteren" in refused(caught.value)[0]


def test_writing_must_be_open(library: Library, workshop_id: uuid.UUID) -> None:
    with pytest.raises(phones.WritingClosed) as never:
        submit(library, workshop_id, "Madklub")
    assert "åbnet" in refused(never.value)[0]
    ops.open_phones(library, workshop_id)
    with pytest.raises(phones.WritingClosed):
        submit(library, workshop_id, "Madklub")
    ops.open_writing(library, workshop_id, phases_of(library, workshop_id)[0], "board")
    ops.close_writing(library, workshop_id)
    with pytest.raises(phones.WritingClosed):
        submit(library, workshop_id, "Madklub")
    assert board_texts(library, workshop_id) == []


def test_writing_for_some_groups(library: Library, workshop_id: uuid.UUID) -> None:
    groups = groups_of(library, workshop_id)
    ops.open_phones(library, workshop_id)
    ops.open_writing(library, workshop_id, phases_of(library, workshop_id)[0], "board", [groups[0]])
    with pytest.raises(InvalidInput) as none:
        submit(library, workshop_id, "Madklub")
    assert "bordgruppe" in refused(none.value)[0]
    with pytest.raises(phones.WritingClosed) as other:
        submit(library, workshop_id, "Madklub", group=groups[1])
    assert "bordgruppe" in refused(other.value)[0]
    with pytest.raises(NotFound):
        submit(library, workshop_id, "Madklub", group=uuid.uuid4())
    submit(library, workshop_id, "Madklub", group=groups[0])
    assert board_texts(library, workshop_id) == ["Madklub"]


def test_limit_per_device_per_writing_period(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID) -> None:
    for n in range(phones.MAX_IDEAS_PER_DEVICE):
        submit(library, workshop_id, f"Idé {n}")
    last = phones.device_ideas(library, workshop_id, DEVICE)[-1].id
    ops.withdraw_phone_idea(library, workshop_id, DEVICE, last)  # withdrawing frees no room
    with pytest.raises(phones.PhoneLimit) as caught:
        submit(library, workshop_id, "Én til")
    assert str(phones.MAX_IDEAS_PER_DEVICE) in refused(caught.value)[0]
    submit(library, workshop_id, "Én til", device=OTHER)  # another device is not limited
    ops.close_writing(library, workshop_id)
    ops.open_writing(library, workshop_id, writing, "board")  # a new period
    submit(library, workshop_id, "Én til")
    assert len(board_texts(library, workshop_id)) == phones.MAX_IDEAS_PER_DEVICE + 1


def test_limit_per_workshop(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.operations.phones.MAX_PHONE_IDEAS", 3)
    for n in range(3):
        submit(library, workshop_id, "Idé", device=f"device-{n}")
    with pytest.raises(phones.PhoneLimit) as caught:
        submit(library, workshop_id, "Idé", device="device-new")
    assert "3" in refused(caught.value)[0]


def test_sending_the_same_idea_again_keeps_one(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID) -> None:
    first = ops.submit_phone_idea(library, workshop_id, DEVICE, "Madklub", None, None)
    again = ops.submit_phone_idea(library, workshop_id, DEVICE, " madklub ", None, None)
    assert again.subject == first.subject and not again.topics
    assert board_texts(library, workshop_id) == ["Madklub"]
    submit(library, workshop_id, "Madklub", device=OTHER)  # another device's is its own
    assert board_texts(library, workshop_id) == ["Madklub", "Madklub"]


def test_edit_and_withdraw_only_own_ideas_while_writing_is_open(
    library: Library, workshop_id: uuid.UUID, writing: uuid.UUID,
) -> None:
    mine = submit(library, workshop_id, "Madklub")
    ops.edit_phone_idea(library, workshop_id, DEVICE, mine, "Madklub for ældre")
    assert board_texts(library, workshop_id) == ["Madklub for ældre"]
    assert phones.device_ideas(library, workshop_id, DEVICE)[0].text == "Madklub for ældre"
    with pytest.raises(NotFound):
        ops.edit_phone_idea(library, workshop_id, OTHER, mine, "Kapret")
    with pytest.raises(NotFound):
        ops.withdraw_phone_idea(library, workshop_id, OTHER, mine)
    with pytest.raises(NotFound):
        ops.edit_phone_idea(library, workshop_id, DEVICE, uuid.uuid4(), "Ingen")
    with pytest.raises(InvalidInput):
        ops.edit_phone_idea(library, workshop_id, DEVICE, mine, "")
    ops.close_writing(library, workshop_id)
    with pytest.raises(phones.WritingClosed):
        ops.edit_phone_idea(library, workshop_id, DEVICE, mine, "For sent")
    with pytest.raises(phones.WritingClosed):
        ops.withdraw_phone_idea(library, workshop_id, DEVICE, mine)
    ops.open_writing(library, workshop_id, writing, "board")  # a new period: the old idea is settled
    with pytest.raises(phones.WritingClosed) as settled:
        ops.edit_phone_idea(library, workshop_id, DEVICE, mine, "For sent")
    refused(settled.value)
    assert board_texts(library, workshop_id) == ["Madklub for ældre"]


def test_withdraw_takes_the_idea_off_the_board(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID) -> None:
    mine = submit(library, workshop_id, "Madklub")
    changes = ops.withdraw_phone_idea(library, workshop_id, DEVICE, mine)
    assert board_texts(library, workshop_id) == []
    assert phones.device_ideas(library, workshop_id, DEVICE) == []
    with pytest.raises(NotFound):
        ops.withdraw_phone_idea(library, workshop_id, DEVICE, mine)
    assert changes.inverse is not None
    changes.inverse(library)
    assert board_texts(library, workshop_id) == ["Madklub"]
    assert phones.device_ideas(library, workshop_id, DEVICE)[0].status == "board"


# -- the inbox ------------------------------------------------------------------------------


@pytest.fixture
def inbox_ideas(library: Library, workshop_id: uuid.UUID) -> list[uuid.UUID]:
    ops.open_phones(library, workshop_id)
    ops.open_writing(library, workshop_id, phases_of(library, workshop_id)[0], "inbox")
    group = groups_of(library, workshop_id)[0]
    return [submit(library, workshop_id, "Madklub", group=group, author="Ayşe"),
            submit(library, workshop_id, "Genbrugsbutik", device=OTHER)]


def test_accept_is_the_typed_idea_operation_and_undoable(
    library: Library, workshop_id: uuid.UUID, inbox_ideas: list[uuid.UUID],
) -> None:
    typed = ops.add_idea(library, workshop_id, "Skrevet").subject
    changes = ops.accept_phone_idea(library, inbox_ideas[0])
    assert {Topic.IDEAS, Topic.PHONES} <= changes.topics
    ideas = {i.id: i for i in load_workshop(library, workshop_id).ideas}
    note = ideas[changes.subject]  # type: ignore[index]
    assert (note.text, note.author, note.table_group_id) == ("Madklub", "Ayşe", groups_of(library, workshop_id)[0])
    assert note.number == ideas[typed].number + 1
    assert [v.id for v in phones.inbox(library, workshop_id)] == [inbox_ideas[1]]
    assert phones.device_ideas(library, workshop_id, DEVICE)[0].status == "board"
    with pytest.raises(phones.AlreadyHandled) as twice:
        ops.accept_phone_idea(library, inbox_ideas[0])
    refused(twice.value)
    assert changes.inverse is not None
    redo = changes.inverse(library)
    assert board_texts(library, workshop_id) == ["Skrevet"]
    assert [v.id for v in phones.inbox(library, workshop_id)] == inbox_ideas
    assert redo.inverse is not None
    redo.inverse(library)
    assert board_texts(library, workshop_id) == ["Madklub", "Skrevet"]


def test_hide_and_undo(library: Library, workshop_id: uuid.UUID, inbox_ideas: list[uuid.UUID]) -> None:
    changes = ops.hide_phone_idea(library, inbox_ideas[1])
    assert [v.id for v in phones.inbox(library, workshop_id)] == [inbox_ideas[0]]
    assert phones.device_ideas(library, workshop_id, OTHER)[0].status == "hidden"
    assert changes.inverse is not None
    changes.inverse(library)
    assert [v.id for v in phones.inbox(library, workshop_id)] == inbox_ideas
    ops.hide_phone_idea(library, inbox_ideas[1])
    with pytest.raises(phones.AlreadyHandled):
        ops.hide_phone_idea(library, inbox_ideas[1])
    with pytest.raises(phones.AlreadyHandled):
        ops.edit_phone_idea(library, workshop_id, OTHER, inbox_ideas[1], "Igen")
    ops.withdraw_phone_idea(library, workshop_id, OTHER, inbox_ideas[1])  # its writer may still take it back
    assert phones.device_ideas(library, workshop_id, OTHER) == []


def test_hidden_can_still_be_accepted(library: Library, workshop_id: uuid.UUID, inbox_ideas: list[uuid.UUID]) -> None:
    ops.hide_phone_idea(library, inbox_ideas[1])
    ops.accept_phone_idea(library, inbox_ideas[1])
    assert board_texts(library, workshop_id) == ["Genbrugsbutik"]


def test_merge_appends_the_text_and_keeps_the_phone_idea(
    library: Library, workshop_id: uuid.UUID, inbox_ideas: list[uuid.UUID],
) -> None:
    target = ops.add_idea(library, workshop_id, "Fællesspisning").subject
    assert target is not None
    changes = ops.merge_phone_idea(library, inbox_ideas[0], target)
    assert changes.subject == target
    assert board_texts(library, workshop_id) == ["Fællesspisning\n\nMadklub"]
    mine = phones.device_ideas(library, workshop_id, DEVICE)[0]
    assert mine.status == "merged" and mine.number == 1
    with pytest.raises(phones.AlreadyHandled) as edit:
        ops.edit_phone_idea(library, workshop_id, DEVICE, inbox_ideas[0], "Ændret")
    assert "flettet" in refused(edit.value)[0]
    with pytest.raises(phones.AlreadyHandled):
        ops.withdraw_phone_idea(library, workshop_id, DEVICE, inbox_ideas[0])
    assert changes.inverse is not None
    changes.inverse(library)
    assert board_texts(library, workshop_id) == ["Fællesspisning"]
    assert len(phones.inbox(library, workshop_id)) == 2


def test_merge_of_the_same_text_only_links(library: Library, workshop_id: uuid.UUID, inbox_ideas: list[uuid.UUID]) -> None:
    target = ops.add_idea(library, workshop_id, "En genbrugsbutik i hallen").subject
    assert target is not None
    ops.merge_phone_idea(library, inbox_ideas[1], target)
    assert board_texts(library, workshop_id) == ["En genbrugsbutik i hallen"]


def test_merge_refuses_a_too_long_result_and_another_workshops_idea(
    library: Library, workshop_id: uuid.UUID, inbox_ideas: list[uuid.UUID], templates: dict[str, Template],
) -> None:
    long = ops.add_idea(library, workshop_id, "x" * 1999).subject
    assert long is not None
    with pytest.raises(InvalidInput) as caught:
        ops.merge_phone_idea(library, inbox_ideas[0], long)
    assert "for lang" in refused(caught.value)[0]
    other = ops.create_workshop(library, templates["innovationsloopet"], title="Andet").subject
    assert other is not None
    elsewhere = ops.add_idea(library, other, "Andetsteds").subject
    with pytest.raises(NotFound):
        ops.merge_phone_idea(library, inbox_ideas[0], elsewhere)  # type: ignore[arg-type]
    assert len(phones.inbox(library, workshop_id)) == 2


def test_inbox_actions_on_unknown_ideas(library: Library) -> None:
    for action in (ops.accept_phone_idea, ops.hide_phone_idea):
        with pytest.raises(NotFound):
            action(library, uuid.uuid4())


def test_phone_rows_leave_no_tombstones(library: Library, workshop_id: uuid.UUID, writing: uuid.UUID) -> None:
    """A phone idea's row removed by an undo is the laptop's own: no tombstone that a
    workshop file's importer would refuse."""
    from sqlalchemy import select

    from app.model import TOMBSTONES

    changes = ops.submit_phone_idea(library, workshop_id, DEVICE, "Madklub", None, None)
    assert changes.inverse is not None
    changes.inverse(library)
    with library.read() as session:
        assert session.scalar(select(PhoneIdea).limit(1)) is None
        tables = set(session.scalars(select(TOMBSTONES.c.table_name)))
    assert tables == {"ideas"}
