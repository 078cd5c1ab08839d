"""Each idea followed after its workshop, in the shared database: its status, owner,
next date and the value it has shown — "Innovation skal skabe merværdi – og vi skal
kunne se det" (seed 000).

A status is one of :data:`STATUSES` (ny → udvalgt → afprøves (pre-jekt) →
implementeret, or lagt til side); an idea nobody has followed up is "ny". The value is
merværdi as seed 000 defines it (a term of the ``mervaerdi`` vocabulary: the same
service for fewer resources, or more or better service for the same resources), with
an estimate in hours and in kroner, and free text for seed 004's Værdi questions (for
hvem, hvilken værdi og uventet værdi, hvor ellers).

Every change is kept with who made it and when (``idea_status_changes``). The rows
live only in the shared database and no push writes them (they are no mapped model,
see app/model.py), so a laptop that pushes its workshop again never overwrites them.

:func:`bank_overview` answers the idea-bank window's first page: how many ideas stand
at each status, by template and by year, and the value documented so far.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from app.errors import InvalidInput, NotFound
from app.library import utc_now
from app.model import IDEA_STATUS, IDEA_STATUS_CHANGES, IDEA_TOTALS, Workshop
from app.templates import load_common
from app.text_rules import OWNER, VALUE_NOTE, clean
from exports.credentials import mask, parse, resolve, safe_message
from exports.idea_bank import _engine
from exports.shared_db import SharedDbError, check_schema

#: The statuses in their order, with their Danish and English names.
STATUSES: dict[str, tuple[str, str]] = {
    "ny": ("ny", "new"),
    "udvalgt": ("udvalgt", "chosen"),
    "afproeves": ("afprøves (pre-jekt)", "being tried (pre-ject)"),
    "implementeret": ("implementeret", "implemented"),
    "lagt_til_side": ("lagt til side", "set aside"),
}


def value_kinds() -> tuple[str, ...]:
    """The kinds of merværdi (seed 000): the terms of the common "mervaerdi" vocabulary."""
    return tuple(t.id for v in load_common().vocabularies if v.id == "mervaerdi" for t in v.terms)

#: The largest estimate accepted (hours or kroner): a typing slip, not a value.
MAX_ESTIMATE = 1e12


def status_name(status: str, language: str = "da") -> str:
    names = STATUSES.get(status, (status, status))
    return names[1] if language.startswith("en") else names[0]


def parse_status(text: str) -> str:
    """A status from its key or its Danish or English name ("afprøves", "Implemented")."""
    wanted = text.strip().casefold()
    for key, (da, en) in STATUSES.items():
        if wanted in (key, da.casefold(), en.casefold(), da.split(" (")[0].casefold()):
            return key
    known = ", ".join(da for da, _ in STATUSES.values())
    raise InvalidInput(f"»{text}« er ingen status. Vælg en af: {known}.",
                       f"'{text}' is not a status. Choose one of: {', '.join(en for _, en in STATUSES.values())}.")


@dataclass(frozen=True)
class FollowUp:
    """Where an idea stands after its workshop (the defaults: nobody has followed it up)."""

    idea_id: uuid.UUID
    status: str = "ny"
    owner: str = ""
    next_date: dt.date | None = None
    value_kind: str = ""
    value_hours: float | None = None
    value_kroner: float | None = None
    for_whom: str = ""
    what_value: str = ""
    where_else: str = ""
    note: str = ""
    updated_at: dt.datetime | None = None
    updated_by: str = ""


#: The fields a change may set (everything but the key and the stamp).
EDITABLE = tuple(f.name for f in fields(FollowUp) if f.name not in ("idea_id", "updated_at", "updated_by"))


@dataclass(frozen=True)
class StatusChange:
    """One change of a follow-up: each changed field's old and new value."""

    changed_at: dt.datetime
    changed_by: str
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Overview:
    """The bank at a glance. ``by_template``/``by_year``: status → count for each;
    ``hours``/``kroner``: the estimates documented, summed; ``valued``: ideas with a
    documented value."""

    total: int
    by_status: dict[str, int]
    by_template: dict[str, dict[str, int]]
    by_year: dict[int | None, dict[str, int]]
    hours: float
    kroner: float
    valued: int


@contextmanager
def _bank(address: str, what_da: str, what_en: str) -> Iterator[Connection]:
    engine = _engine(resolve(address).render_as_string(hide_password=False))
    try:
        with engine.begin() as conn:
            check_schema(conn, address)
            yield conn
    except DBAPIError as error:
        reason = safe_message(error, parse(address).password)
        raise SharedDbError(f"Idébanken {mask(address)}: {what_da}: {reason}",
                            f"The idea bank {mask(address)}: {what_en}: {reason}") from None


def _read(conn: Connection, idea_id: uuid.UUID) -> FollowUp:
    row = conn.execute(select(IDEA_STATUS).where(IDEA_STATUS.c.idea_id == idea_id)).mappings().first()
    return FollowUp(**row) if row is not None else FollowUp(idea_id)


def follow_up(address: str, idea_id: uuid.UUID) -> FollowUp:
    """The idea's follow-up (the defaults when nobody has followed it up)."""
    with _bank(address, "kan ikke læses", "cannot be read") as conn:
        return _read(conn, idea_id)


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    """The values of a change, cleaned; a clear message for one that cannot be used."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "status":
            out[key] = parse_status(value)
        elif key in ("value_hours", "value_kroner"):
            if value is not None and not (0 <= float(value) <= MAX_ESTIMATE):
                raise InvalidInput(f"Et skøn skal være mellem 0 og {MAX_ESTIMATE:,.0f}.".replace(",", "."),
                                   f"An estimate must be between 0 and {MAX_ESTIMATE:,.0f}.")
            out[key] = None if value is None else float(value)
        elif key == "next_date":
            out[key] = value
        elif key == "value_kind":
            if value and value not in value_kinds():
                raise InvalidInput(f"»{value}« er ingen slags merværdi.", f"'{value}' is no kind of added value.")
            out[key] = value
        elif key == "owner":
            out[key] = clean(value, OWNER)
        else:
            out[key] = clean(value, VALUE_NOTE)
    return out


def set_follow_up(address: str, idea_id: uuid.UUID, *, who: str, clock: Callable[[], dt.datetime] = utc_now,
                  **values: Any) -> FollowUp:
    """Change the fields given in ``values`` (see :data:`EDITABLE`) of an idea's
    follow-up, in one transaction, and keep the change with ``who`` and when. Fields
    not given keep their value; giving the same value again changes nothing."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown follow-up fields: {sorted(unknown)}")
    wanted = _checked(values)
    who = clean(who, OWNER) or "?"
    with _bank(address, "status kan ikke gemmes", "the status cannot be saved") as conn:
        if conn.execute(select(IDEA_TOTALS.c.idea_id).where(IDEA_TOTALS.c.idea_id == idea_id)).first() is None:
            raise NotFound(f"Idéen {idea_id} findes ikke i idébanken.", f"The idea {idea_id} is not in the idea bank.")
        if conn.dialect.name == "postgresql":  # two people saving at once: one waits for the other
            conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(str(idea_id)))))
        before = _read(conn, idea_id)
        changes = {k: (getattr(before, k), v) for k, v in wanted.items() if getattr(before, k) != v}
        if not changes:
            return before
        now = clock()
        after = replace(before, **{k: new for k, (_, new) in changes.items()}, updated_at=now, updated_by=who)
        row = {f.name: getattr(after, f.name) for f in fields(FollowUp)}
        if before.updated_at is None:
            conn.execute(insert(IDEA_STATUS).values(row))
        else:
            conn.execute(update(IDEA_STATUS).where(IDEA_STATUS.c.idea_id == idea_id).values(row))
        conn.execute(insert(IDEA_STATUS_CHANGES).values(
            id=uuid.uuid4(), idea_id=idea_id, changed_at=now, changed_by=who,
            changes={k: [_json(old), _json(new)] for k, (old, new) in changes.items()},
        ))
        return after


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def status_history(address: str, idea_id: uuid.UUID) -> list[StatusChange]:
    """Every change of the idea's follow-up, oldest first."""
    with _bank(address, "historikken kan ikke læses", "the history cannot be read") as conn:
        rows = conn.execute(select(IDEA_STATUS_CHANGES).where(IDEA_STATUS_CHANGES.c.idea_id == idea_id)
                            .order_by(IDEA_STATUS_CHANGES.c.changed_at, IDEA_STATUS_CHANGES.c.id)).mappings()
        return [StatusChange(r["changed_at"], r["changed_by"], {k: (v[0], v[1]) for k, v in r["changes"].items()})
                for r in rows]


def bank_overview(address: str) -> Overview:
    """How many ideas stand at each status, by template and by year, and the value
    documented so far (workshops in the bin left out).

    Three small reads instead of one join of every idea with its workshop and its
    follow-up (1 s on 500,000 ideas): the workshops, each workshop's idea count (one
    pass over the narrow ``idea_totals``), and the follow-ups counted and summed per
    workshop and status; an idea without a follow-up, or followed as "ny", is "ny"."""
    with _bank(address, "overblikket kan ikke læses", "the overview cannot be read") as conn:
        if conn.dialect.name == "postgresql":  # as in the search: compiling costs more than it saves
            conn.exec_driver_sql("SET LOCAL jit = off")
            conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
        workshops = {row.id: (row.template_id, row.date.year if row.date is not None else None)
                     for row in conn.execute(select(Workshop.id, Workshop.template_id, Workshop.date)
                                             .where(Workshop.deleted_at.is_(None)))}
        ideas: dict[Any, int] = {workshop_id: count for workshop_id, count in conn.execute(
            select(IDEA_TOTALS.c.workshop_id, func.count()).group_by(IDEA_TOTALS.c.workshop_id))}
        valued_filter = ((IDEA_STATUS.c.value_hours.is_not(None)) | (IDEA_STATUS.c.value_kroner.is_not(None))
                         | (IDEA_STATUS.c.value_kind != ""))
        followed = conn.execute(
            select(IDEA_TOTALS.c.workshop_id, IDEA_STATUS.c.status, func.count(),
                   func.coalesce(func.sum(IDEA_STATUS.c.value_hours), 0.0),
                   func.coalesce(func.sum(IDEA_STATUS.c.value_kroner), 0.0), func.count().filter(valued_filter))
            .select_from(IDEA_STATUS).join(IDEA_TOTALS, IDEA_TOTALS.c.idea_id == IDEA_STATUS.c.idea_id)
            .group_by(IDEA_TOTALS.c.workshop_id, IDEA_STATUS.c.status)
        ).all()
    per_workshop: dict[Any, dict[str, int]] = {}
    hours = kroner = 0.0
    valued = 0
    for workshop_id, state, count, hours_sum, kroner_sum, valued_count in followed:
        if workshop_id not in workshops:
            continue
        if state != "ny":
            counts = per_workshop.setdefault(workshop_id, {})
            counts[state] = counts.get(state, 0) + count
        hours += float(hours_sum)
        kroner += float(kroner_sum)
        valued += int(valued_count)
    by_status: dict[str, int] = dict.fromkeys(STATUSES, 0)
    by_template: dict[str, dict[str, int]] = {}
    by_year: dict[int | None, dict[str, int]] = {}
    for workshop_id, total in ideas.items():
        if workshop_id not in workshops:
            continue
        template, year = workshops[workshop_id]
        counts = per_workshop.get(workshop_id, {})
        counts = {**counts, "ny": total - sum(counts.values())}
        for target in (by_status, by_template.setdefault(template, dict.fromkeys(STATUSES, 0)),
                       by_year.setdefault(year, dict.fromkeys(STATUSES, 0))):
            for state, count in counts.items():
                target[state] = target.get(state, 0) + count
    return Overview(sum(by_status.values()), by_status, by_template, by_year, hours, kroner, valued)


__all__ = ["EDITABLE", "STATUSES", "value_kinds", "FollowUp", "Overview", "StatusChange", "bank_overview", "follow_up",
           "parse_status", "set_follow_up", "status_history", "status_name"]
