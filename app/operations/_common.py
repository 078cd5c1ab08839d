"""Validation and lookup shared by the operations."""

from __future__ import annotations

import re
import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.model import Base, Workshop

T = TypeVar("T", bound=Base)

# C0 controls except tab and newline, DEL, and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_WHAT = {
    "Workshop": ("Workshoppen", "The workshop"),
    "Idea": ("Idéen", "The idea"),
    "Cluster": ("Temaet", "The theme"),
    "Phase": ("Fasen", "The phase"),
    "Participant": ("Deltageren", "The participant"),
    "TableGroup": ("Bordgruppen", "The table group"),
    "ActionItem": ("Handlingen", "The action"),
    "VoteRound": ("Afstemningen", "The vote"),
    "Statement": ("Udsagnet", "The statement"),
    "Criterion": ("Kriteriet", "The criterion"),
}


def clean_text(
    value: str,
    *,
    field_da: str,
    field_en: str,
    max_length: int,
    required: bool = True,
    multiline: bool = True,
) -> str:
    """Normalise line ends, refuse control characters, empty or over-long text.

    The text is otherwise kept exactly (HTML, emoji, right-to-left scripts and all):
    the views show it as plain text.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = text.replace("\n", " ")
    text = text.strip()
    if required and not text:
        raise InvalidInput(f"{field_da} må ikke være tom.", f"The {field_en} must not be empty.")
    if len(text) > max_length:
        raise InvalidInput(
            f"{field_da} er for lang: {len(text):,} tegn, højst {max_length:,}.".replace(",", "."),
            f"The {field_en} is too long: {len(text):,} characters, at most {max_length:,}.",
        )
    if _CONTROL.search(text):
        raise InvalidInput(
            f"{field_da} indeholder usynlige kontroltegn; skriv den igen uden dem.",
            f"The {field_en} contains invisible control characters; type it again without them.",
        )
    return text


def get(session: Session, model: type[T], key: uuid.UUID | None, workshop_id: uuid.UUID | None = None) -> T:
    """The row ``key`` of ``model`` (in ``workshop_id`` if given), or a clear NotFound."""
    row = session.get(model, key) if key is not None else None
    if row is None or (
        workshop_id is not None and getattr(row, "workshop_id", workshop_id) != workshop_id
    ):
        da, en = _WHAT.get(model.__name__, ("Elementet", "The item"))
        raise NotFound(f"{da} findes ikke (længere).", f"{en} no longer exists.")
    return row


def live_workshop(session: Session, workshop_id: uuid.UUID) -> Workshop:
    workshop = get(session, Workshop, workshop_id)
    if workshop.deleted_at is not None:
        raise NotFound("Workshoppen er slettet.", "The workshop has been deleted.")
    return workshop
