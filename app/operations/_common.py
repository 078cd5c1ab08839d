"""Validation and lookup shared by the operations."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.model import Base, Workshop
from app.text_rules import TextRule, clean

T = TypeVar("T", bound=Base)

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
    "CandidateQuestion": ("Spørgsmålet", "The question"),
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
    """Typed text cleaned and checked by the shared rules (:func:`app.text_rules.clean`),
    for a field described here rather than by one of the rules in :mod:`app.text_rules`."""
    return clean(value, TextRule(field_da, field_en, max_length, required=required, multiline=multiline))


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
