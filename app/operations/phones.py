"""Operations on the phone session (issue 13): open and close it to phones, open and
close writing, the ideas phones send, and the desk's inbox.

Every rule is here, once, whoever calls (the phone server's threads, the desk, the
tests): the text rules of :mod:`app.text_rules` (hostile text is kept literally, the
views show it as plain text); writing must be open, for the writer's table group;
at most :data:`~app.phones.MAX_IDEAS_PER_DEVICE` ideas per device per writing period;
a device edits or withdraws only its own ideas, only while writing is still open for
them. An idea that reaches the board does so through the same code as a typed idea
(:func:`app.operations.board.insert_idea`: numbered, placed by :mod:`app.layout`), in
the same transaction as its phone record, so undo takes both back together.

Reads are in :mod:`app.phones`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import text_rules as rules
from app.changes import Changes
from app.errors import InvalidInput, NotFound
from app.library import Library
from app.model import (
    Idea,
    Phase,
    PhoneIdea,
    PhoneIdeaStatus,
    PhoneSessionRow,
    TableGroup,
    WritingMode,
)
from app.operations._common import get, live_workshop
from app.operations.board import MAX_IDEA_LENGTH, insert_idea, remove_ideas
from app.phones import (
    CODE_LENGTH,
    DEVICE_KEY,
    MAX_IDEAS_PER_DEVICE,
    MAX_PHONE_IDEAS,
    PHONE_IDEA,
    AlreadyHandled,
    PhoneLimit,
    WritingClosed,
    allowed_groups,
    writing_closed,
)

#: Tries at a free join code before giving up (a million codes, a handful open at once).
_CODE_TRIES = 100


def _row(session: Session, workshop_id: uuid.UUID) -> PhoneSessionRow | None:
    return session.scalar(select(PhoneSessionRow).where(PhoneSessionRow.workshop_id == workshop_id))


def _code_taken(session: Session, code: str, workshop_id: uuid.UUID) -> bool:
    return session.scalar(
        select(PhoneSessionRow.id).where(
            PhoneSessionRow.code == code, PhoneSessionRow.is_open, PhoneSessionRow.workshop_id != workshop_id
        ).limit(1)
    ) is not None


def _free_code(session: Session, library: Library, workshop_id: uuid.UUID) -> str:
    """A join code no other open session uses, from the library's random source."""
    for _ in range(_CODE_TRIES):
        code = f"{library.rng.randrange(10 ** CODE_LENGTH):0{CODE_LENGTH}d}"
        if not _code_taken(session, code, workshop_id):
            return code
    raise PhoneLimit(  # pragma: no cover - needs thousands of open sessions
        "Der er ingen ledige koder; luk nogle workshops for telefoner.",
        "No join code is free; close some workshops to phones.",
    )


def _ensure_row(session: Session, library: Library, workshop_id: uuid.UUID) -> PhoneSessionRow:
    row = _row(session, workshop_id)
    if row is None:
        row = PhoneSessionRow(
            id=library.new_id(), workshop_id=workshop_id, code=_free_code(session, library, workshop_id),
            is_open=False, writing_mode=WritingMode.BOARD, writing_groups=[], writing_period=0,
        )
        session.add(row)
    return row


# -- the session ----------------------------------------------------------------------------


def open_phones(library: Library, workshop_id: uuid.UUID) -> Changes:
    """Open the workshop to phones. The session's join code is made the first time and
    kept afterwards (the projector's QR code stays valid all day), unless another open
    session has taken it meanwhile. ``Changes.subject`` is the session's id."""
    with (op := library.operation("open_phones", workshop_id)) as session:
        live_workshop(session, workshop_id)
        row = _ensure_row(session, library, workshop_id)
        if not row.is_open:
            if _code_taken(session, row.code, workshop_id):
                row.code = _free_code(session, library, workshop_id)
            row.is_open = True
        op.subject = row.id
    return op.changes


def close_phones(library: Library, workshop_id: uuid.UUID) -> Changes:
    """Close the workshop to phones: the code leads nowhere, and writing closes."""
    with (op := library.operation("close_phones", workshop_id)) as session:
        row = _row(session, workshop_id)
        if row is not None:
            op.subject = row.id
            if row.is_open:
                row.is_open = False
            if row.writing_phase_id is not None:
                row.writing_phase_id = None
    return op.changes


def open_writing(
    library: Library,
    workshop_id: uuid.UUID,
    phase_id: uuid.UUID,
    mode: str,
    group_ids: Iterable[uuid.UUID] | None = None,
) -> Changes:
    """Let phones write ideas for ``phase_id``: straight onto the board (``mode``
    ``"board"``) or into the inbox (``"inbox"``); ``group_ids``: only these table
    groups (by default every group, or none). Changing the mode or the groups while
    writing is open for the same phase keeps the writing period (and its limits);
    opening it anew starts a new period."""
    if mode not in tuple(WritingMode):
        raise InvalidInput(
            f"Idéerne kan gå direkte på tavlen eller til indbakken, ikke »{mode}«.",
            f"Ideas can go straight onto the board or to the inbox, not '{mode}'.",
        )
    with (op := library.operation("open_writing", workshop_id)) as session:
        live_workshop(session, workshop_id)
        get(session, Phase, phase_id, workshop_id)
        groups = [str(get(session, TableGroup, g, workshop_id).id) for g in dict.fromkeys(group_ids or ())]
        row = _ensure_row(session, library, workshop_id)
        if row.writing_phase_id != phase_id:
            row.writing_period += 1
            row.writing_phase_id = phase_id
        if row.writing_mode != mode:
            row.writing_mode = mode
        if row.writing_groups != groups:
            row.writing_groups = groups
        op.subject = row.id
    return op.changes


def close_writing(library: Library, workshop_id: uuid.UUID) -> Changes:
    """Phones can write no more ideas (and no longer edit or withdraw theirs)."""
    with (op := library.operation("close_writing", workshop_id)) as session:
        row = _row(session, workshop_id)
        if row is not None:
            op.subject = row.id
            if row.writing_phase_id is not None:
                row.writing_phase_id = None
    return op.changes


# -- ideas from phones ----------------------------------------------------------------------


def _device(device_key: str) -> str:
    if not isinstance(device_key, str) or rules.text_problem(device_key, DEVICE_KEY) is not None:
        raise InvalidInput("Telefonens nøgle er ugyldig; genindlæs siden.", "The phone's key is not valid; reload the page.")
    return device_key


def _author(author: str | None) -> str | None:
    if author is None:
        return None
    return rules.clean(author, rules.AUTHOR) or None


def _writing_row(session: Session, workshop_id: uuid.UUID) -> PhoneSessionRow:
    """The session, if phones can write now; else :class:`WritingClosed`."""
    live_workshop(session, workshop_id)
    row = _row(session, workshop_id)
    if row is None or not row.is_open or row.writing_phase_id is None:
        raise writing_closed()
    return row


def _check_group(session: Session, row: PhoneSessionRow, group_id: uuid.UUID | None) -> None:
    existing = set(session.scalars(select(TableGroup.id).where(TableGroup.workshop_id == row.workshop_id)))
    allowed = allowed_groups(row, existing)
    if group_id is None:
        if allowed:
            raise InvalidInput("Vælg din bordgruppe.", "Choose your table group.")
        return
    if group_id not in existing:
        raise NotFound("Bordgruppen findes ikke (længere).", "The table group no longer exists.")
    if allowed and group_id not in allowed:
        raise WritingClosed(
            "Din bordgruppe kan ikke skrive idéer lige nu.", "Your table group cannot write ideas right now."
        )


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def submit_phone_idea(
    library: Library,
    workshop_id: uuid.UUID,
    device_key: str,
    text: str,
    group_id: uuid.UUID | None,
    author: str | None,
) -> Changes:
    """A phone sends an idea; ``Changes.subject`` is the phone idea's id.

    In board mode it becomes a board idea at once (the same code as a typed idea, in
    the writer's table group); in inbox mode it waits for the facilitator. Sending the
    same text again from the same device in the same period (a retry after a lost
    answer) changes nothing and answers with the idea already sent: nothing twice.
    """
    device_key = _device(device_key)
    text = rules.clean(text, PHONE_IDEA)
    author = _author(author)
    with (op := library.operation("submit_phone_idea", workshop_id)) as session:
        row = _writing_row(session, workshop_id)
        _check_group(session, row, group_id)
        mine = list(session.execute(
            select(PhoneIdea.id, PhoneIdea.text, PhoneIdea.status).where(
                PhoneIdea.workshop_id == workshop_id, PhoneIdea.device_key == device_key,
                PhoneIdea.period == row.writing_period,
            )
        ))
        again = [key for key, earlier, status in mine
                 if status != PhoneIdeaStatus.WITHDRAWN and _same_text(earlier, text)]
        op.subject = again[0] if again else _new_phone_idea(
            session, library, row, device_key, text, group_id, author, sent=len(mine))
    return op.changes


def _new_phone_idea(
    session: Session, library: Library, row: PhoneSessionRow, device_key: str, text: str,
    group_id: uuid.UUID | None, author: str | None, *, sent: int,
) -> uuid.UUID:
    """Store a new phone idea (``sent``: the device's ideas so far in this period), on the
    board in board mode; within the limits, or :class:`PhoneLimit`."""
    if sent >= MAX_IDEAS_PER_DEVICE:
        raise PhoneLimit(
            f"Du har sendt {MAX_IDEAS_PER_DEVICE} idéer, det højeste antal i denne runde.",
            f"You have sent {MAX_IDEAS_PER_DEVICE} ideas, the most in this round.",
        )
    workshop_id = row.workshop_id
    total = session.scalar(select(func.count()).select_from(PhoneIdea).where(PhoneIdea.workshop_id == workshop_id))
    if (total or 0) >= MAX_PHONE_IDEAS:
        raise PhoneLimit(
            f"Workshoppen har modtaget {MAX_PHONE_IDEAS} idéer fra telefoner, det højeste antal.",
            f"The workshop has received {MAX_PHONE_IDEAS} ideas from phones, the most it takes.",
        )
    idea = PhoneIdea(
        id=library.new_id(), workshop_id=workshop_id, device_key=device_key, text=text, author=author,
        table_group_id=group_id, phase_id=row.writing_phase_id, period=row.writing_period,
        status=PhoneIdeaStatus.INBOX,
    )
    if row.writing_mode == WritingMode.BOARD:
        _to_board(session, library, idea)
    session.add(idea)
    return idea.id


def _to_board(session: Session, library: Library, idea: PhoneIdea) -> None:
    note = insert_idea(
        session, library, idea.workshop_id, idea.text, author=idea.author,
        phase_id=idea.phase_id, table_group_id=idea.table_group_id,
    )
    idea.status = PhoneIdeaStatus.BOARD
    idea.idea_id = note.id


def _own_idea(session: Session, workshop_id: uuid.UUID, device_key: str, phone_idea_id: uuid.UUID) -> tuple[PhoneSessionRow, PhoneIdea]:
    """The device's own idea while writing is open for it. Another device's idea is
    "not found", like one that never existed: nothing tells a phone it exists."""
    row = _writing_row(session, workshop_id)
    idea = session.get(PhoneIdea, phone_idea_id)
    if (idea is None or idea.workshop_id != workshop_id or idea.device_key != device_key
            or idea.status == PhoneIdeaStatus.WITHDRAWN):
        raise NotFound("Idéen findes ikke (længere).", "The idea no longer exists.")
    if idea.period != row.writing_period:
        raise WritingClosed(
            "Skrivningen, som idéen hørte til, er lukket; den kan ikke ændres længere.",
            "The writing this idea belonged to has closed; it can no longer be changed.",
        )
    if idea.status == PhoneIdeaStatus.MERGED:
        raise AlreadyHandled(
            "Facilitatoren har allerede flettet idéen ind i en anden; den kan ikke ændres længere.",
            "The facilitator has already merged this idea into another; it can no longer be changed.",
        )
    return row, idea


def edit_phone_idea(
    library: Library, workshop_id: uuid.UUID, device_key: str, phone_idea_id: uuid.UUID, text: str,
) -> Changes:
    """A device changes its own idea's text (on the board too, if it is there)."""
    device_key = _device(device_key)
    text = rules.clean(text, PHONE_IDEA)
    with (op := library.operation("edit_phone_idea", workshop_id)) as session:
        _, idea = _own_idea(session, workshop_id, device_key, phone_idea_id)
        if idea.status == PhoneIdeaStatus.HIDDEN:
            raise AlreadyHandled(
                "Facilitatoren har skjult idéen; den kan ikke ændres.",
                "The facilitator has hidden this idea; it cannot be changed.",
            )
        op.subject = idea.id
        if idea.text != text:
            note = session.get(Idea, idea.idea_id) if idea.idea_id is not None else None
            # The board idea begins with the phone's text; ideas merged into it since
            # follow it and stay. One the facilitator rewrote is theirs: left alone.
            if note is not None and note.text.startswith(idea.text):
                note.text = text + note.text[len(idea.text):]
            idea.text = text
    return op.changes


def _only_its_own(session: Session, idea: PhoneIdea, note: Idea) -> bool:
    """Whether the board idea holds only this phone idea: not rewritten by the
    facilitator, nothing merged into it. Withdrawing takes only such an idea off the
    board; one that holds more is the room's now."""
    merged = session.scalar(
        select(PhoneIdea.id).where(PhoneIdea.idea_id == note.id, PhoneIdea.id != idea.id).limit(1)
    )
    return merged is None and note.text == idea.text


def withdraw_phone_idea(library: Library, workshop_id: uuid.UUID, device_key: str, phone_idea_id: uuid.UUID) -> Changes:
    """A device takes back its own idea, and off the board if the board idea is still
    only its own (see :func:`_only_its_own`)."""
    device_key = _device(device_key)
    with (op := library.operation("withdraw_phone_idea", workshop_id)) as session:
        _, idea = _own_idea(session, workshop_id, device_key, phone_idea_id)
        op.subject = idea.id
        note = session.get(Idea, idea.idea_id) if idea.idea_id is not None else None
        if note is not None and _only_its_own(session, idea, note):
            remove_ideas(session, [note])
        idea.status = PhoneIdeaStatus.WITHDRAWN
        idea.idea_id = None
    return op.changes


# -- the desk's inbox -----------------------------------------------------------------------


def _waiting(session: Session, phone_idea_id: uuid.UUID, *, hidden: bool = True) -> PhoneIdea:
    """An idea the facilitator can still act on: in the inbox, or (with ``hidden``) hidden."""
    idea = get(session, PhoneIdea, phone_idea_id)
    if idea.status != PhoneIdeaStatus.INBOX and not (hidden and idea.status == PhoneIdeaStatus.HIDDEN):
        raise AlreadyHandled(
            "Idéen er ikke længere i indbakken (den er taget på tavlen, flettet eller trukket tilbage).",
            "The idea is no longer in the inbox (it was put on the board, merged or withdrawn).",
        )
    return idea


def accept_phone_idea(library: Library, phone_idea_id: uuid.UUID) -> Changes:
    """Put an inbox idea on the board, as a typed idea in its writer's table group;
    ``Changes.subject`` is the new board idea's id."""
    with (op := library.operation("accept_phone_idea")) as session:
        idea = _waiting(session, phone_idea_id)
        op.workshop_id = idea.workshop_id
        _to_board(session, library, idea)
        op.subject = idea.idea_id
    return op.changes


def hide_phone_idea(library: Library, phone_idea_id: uuid.UUID) -> Changes:
    """Take an idea out of the inbox without putting it on the board (undo brings it back)."""
    with (op := library.operation("hide_phone_idea")) as session:
        idea = _waiting(session, phone_idea_id, hidden=False)
        op.workshop_id, op.subject = idea.workshop_id, idea.id
        idea.status = PhoneIdeaStatus.HIDDEN
    return op.changes


def merge_phone_idea(library: Library, phone_idea_id: uuid.UUID, into_idea_id: uuid.UUID) -> Changes:
    """Merge an inbox idea into an idea on the board: its text is added below the board
    idea's (unless the board idea already says it), and the phone idea is kept as
    "merged", linked to it. ``Changes.subject`` is the board idea's id."""
    with (op := library.operation("merge_phone_idea")) as session:
        idea = _waiting(session, phone_idea_id)
        op.workshop_id = idea.workshop_id
        note = get(session, Idea, into_idea_id, idea.workshop_id)
        if not _same_text(idea.text, note.text) and " ".join(idea.text.split()).casefold() not in " ".join(note.text.split()).casefold():
            merged = f"{note.text}\n\n{idea.text}"
            if len(merged) > MAX_IDEA_LENGTH:
                raise InvalidInput(
                    f"Idéen ville blive for lang ({len(merged)} tegn, højst {MAX_IDEA_LENGTH}); tag den på tavlen for sig.",
                    f"The idea would become too long ({len(merged)} characters, at most {MAX_IDEA_LENGTH}); put it on the board by itself.",
                )
            note.text = merged
        idea.status = PhoneIdeaStatus.MERGED
        idea.idea_id = note.id
        op.subject = note.id
    return op.changes
