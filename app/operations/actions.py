"""The action plan: the next step for chosen ideas ("Hurtigste vej til handling")."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from app import text_rules as rules
from app.changes import Changes
from app.library import Library
from app.model import ActionItem, Idea
from app.operations._common import get


def set_action(
    library: Library,
    idea_id: uuid.UUID,
    *,
    owner: str = "",
    first_test: str = "",
    due: dt.date | None = None,
    added_value: str | None = None,
) -> Changes:
    """Choose an idea for action, or update its plan: project owner with drive, the first
    small test, a date, and the kind of added value (merværdi)."""
    owner = rules.clean(owner, rules.OWNER)
    first_test = rules.clean(first_test, rules.FIRST_TEST)
    with (op := library.operation("set_action")) as session:
        idea = get(session, Idea, idea_id)
        op.workshop_id = idea.workshop_id
        action = session.scalars(select(ActionItem).where(ActionItem.idea_id == idea_id)).first()
        if action is None:
            action = ActionItem(id=library.new_id(), workshop_id=idea.workshop_id, idea_id=idea_id)
            session.add(action)
        action.owner, action.first_test, action.due, action.added_value = owner, first_test, due, added_value
        op.subject = action.id
    return op.changes


def remove_action(library: Library, action_id: uuid.UUID) -> Changes:
    with (op := library.operation("remove_action")) as session:
        action = get(session, ActionItem, action_id)
        op.workshop_id = action.workshop_id
        session.delete(action)
    return op.changes
