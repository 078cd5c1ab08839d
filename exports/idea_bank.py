"""The idea bank: search the ideas of every workshop in the shared database.

For the innovation unit, across all workshops pushed by all laptops. The text search
uses PostgreSQL's full-text search with the ``danish`` configuration (stemming:
"cykel" finds "cykler"; served by the GIN index made in migration 0002), together
with a plain case-insensitive substring match, so a word fragment or a name of a
place is found too (served by the trigram GIN index of migration 0003, where the
server has pg_trgm). On an SQLite shared file it is a case-insensitive substring
match (Unicode case folding: "ÆLDRE" finds "ældre").

Filters: template, phase (the template's phase id or the phase's name), tag (the
term id or its Danish or English name), date range of the workshop, table group.
Sorted by votes (dots from revealed dot rounds, abstentions excluded), then newest
workshop first; or by date. Workshops in the bin are never shown.

:func:`search_ideas` returns frozen :class:`BankIdea` values; safe in a worker thread.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import uuid
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, cast, func, or_, select, text, true
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import DBAPIError

from app.library import Library
from app.model import (
    CONFLICTS,
    IDEA_STATUS,
    IDEA_TOTALS,
    Cluster,
    Idea,
    Phase,
    TableGroup,
    Workshop,
)
from exports.credentials import mask, parse, resolve, safe_message
from exports.csv_export import DIALECT, ENCODING, safe_cell
from exports.shared_db import SharedDbError, check_schema, open_shared
from exports.texts import _term_names, lang

MAX_RESULTS = 1000
SORTS = ("votes", "date")


@dataclass(frozen=True)
class BankIdea:
    """One idea found in the bank, with where it came from and its votes."""

    id: uuid.UUID
    number: int
    text: str
    tags: tuple[str, ...]
    dots: int
    workshop_id: uuid.UUID
    workshop_title: str
    workshop_date: dt.date | None
    template_id: str
    phase: str
    table_group: str
    cluster: str
    #: Other versions of the idea at the same revision (edited on two laptops), kept in
    #: the bank as conflicts: their texts, "" for a deletion. Empty: no conflict.
    conflicts: tuple[str, ...] = ()
    #: Where the idea stands after the workshop (:mod:`exports.idea_followup`).
    status: str = "ny"


@dataclass(frozen=True)
class BankQuery:
    """A search: ``text`` and the filters; empty values do not filter."""

    text: str = ""
    template: str | None = None
    phase: str | None = None
    tag: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    table_group: str | None = None
    #: A follow-up status (``exports.idea_followup.STATUSES``); "ny" also finds ideas
    #: nobody has followed up yet.
    status: str | None = None
    sort: str = "votes"
    limit: int = 200


def _fold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _tag_ids(tag: str) -> set[str]:
    """The term ids a tag filter means: the id itself, or terms named so (da or en)."""
    wanted = tag.strip().casefold()
    ids = {tag.strip()}
    for term_id, names in _term_names().items():
        if term_id.casefold() == wanted or any(n.casefold() == wanted for n in names):
            ids.add(term_id)
    return ids


def _fulltext_config(conn: Any) -> str:
    found = conn.exec_driver_sql("SELECT 1 FROM pg_ts_config WHERE cfgname = 'danish'").scalar()
    return "danish" if found else "simple"


@lru_cache(maxsize=8)
def _engine(url: str) -> Engine:
    """The engine for one database URL (password included, so a changed password gets
    a new one), kept between searches: a new engine asks the server about itself on
    its first connection and compiles every statement afresh (15-20 ms of each search
    here). It holds no connection in between (``NullPool``)."""
    engine = open_shared(url)
    if engine.dialect.name == "sqlite":
        from sqlalchemy import event

        @event.listens_for(engine, "connect")
        def _functions(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.create_function("samskab_fold", 1, _fold, deterministic=True)

    return engine


def search_ideas(address: str, query: BankQuery | None = None, **filters: Any) -> list[BankIdea]:
    """Search the shared database at ``address`` (see the module docstring)."""
    query = query or BankQuery(**filters)
    engine = _engine(resolve(address).render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            check_schema(conn, address)
            return _with_status(conn, _with_conflicts(conn, _search(conn, engine, query)))
    except DBAPIError as error:
        reason = safe_message(error, parse(address).password)
        raise SharedDbError(
            f"Idébanken {mask(address)} kan ikke søges: {reason}",
            f"The idea bank {mask(address)} cannot be searched: {reason}",
        ) from None


def _text_matches(config: str, ideas: Any, needle: str) -> Any:
    """The full-text match on ``ideas.text`` (``config``: one of two fixed names, safe to inline)."""
    return text(
        f"to_tsvector('{config}', {ideas.name}.text) @@ plainto_tsquery('{config}', :needle)"
    ).bindparams(needle=needle)


def _enough(conn: Any, limit: int) -> int:
    """How many text matches make walking the ranking cheaper than listing them
    (PostgreSQL).

    Two ways to answer a word, each fast where the other is slow (measured on 200,000
    ideas): list the ideas the word matches through the full-text and trigram indexes
    (about 3.5 µs per id either index gives — an idea both find counts twice — then
    join the totals and sort), or walk the ranking in order, testing each idea's text
    until the page is full (about 55 µs per idea walked, mostly ``to_tsvector``: a word
    in 1 of 40 ideas walks 8,000 ideas for 200 rows). The walk grows with
    ``limit × ideas / matches``, the list with the matches; they meet near
    ``sqrt(8 × limit × ideas)`` ids, about 18,000 for 200 rows of 200,000 ideas, where
    either takes 100-150 ms.
    """
    # The bank's size: the statistics' count, or the table's pages at about 100 rows
    # each where the statistics are older than the rows (a new bank's first pushes).
    ideas = conn.exec_driver_sql(
        "SELECT GREATEST(reltuples, pg_relation_size(oid) / 8192 * 100) FROM pg_class "
        "WHERE oid = 'idea_totals'::regclass"
    ).scalar()
    return max(1000, int(math.sqrt(8 * limit * float(ideas or 0))))


def _named(best: Any, order: Any, counted: Any = None) -> Any:
    """The shown rows: ``best``'s ideas with their workshop, phase, table group and
    theme. With ``counted`` (the rare-word try), its one row leads and ``best`` may be
    empty, so every join is outer."""
    columns = [Idea.id, Idea.number, Idea.text, Idea.tags, Idea.workshop_id, Workshop.title, Workshop.date,
               Workshop.template_id, Phase.name, TableGroup.name, Cluster.title, best.c.dots]
    if counted is None:
        rows = (select(*columns).select_from(best).join(Idea, Idea.id == best.c.idea_id)
                .join(Workshop, Workshop.id == Idea.workshop_id))
    else:
        rows = (select(counted.c.found, *columns).select_from(counted).outerjoin(best, true())
                .outerjoin(Idea, Idea.id == best.c.idea_id).outerjoin(Workshop, Workshop.id == Idea.workshop_id))
    return (
        rows.outerjoin(Phase, Phase.id == Idea.phase_id)
        .outerjoin(TableGroup, TableGroup.id == Idea.table_group_id)
        .outerjoin(Cluster, Cluster.id == Idea.cluster_id)
        .order_by(*order(best))
    )


def _search(conn: Any, engine: Engine, q: BankQuery) -> list[BankIdea]:
    """Two steps in one statement, so a bank of 200,000 ideas stays quick: first the
    ids of the best matches (filters, order, limit — joining only what a filter
    needs), then the names of their phases, table groups and themes for those few rows.

    The order comes from ``idea_totals`` (each idea's dots and sort keys, kept by the
    push, migration 0004), through an index per order on PostgreSQL: with no word, or a
    common one, PostgreSQL walks the ranking and stops when the page is full, testing
    each idea's text on the way. A word is first tried as a rare one: its ideas listed
    through the text indexes, counted up to :func:`_enough` (the count stops there for
    a common word, about 30 ms); only when there are that many does the ranking walk."""
    totals = IDEA_TOTALS
    matches = (
        select(totals.c.idea_id, totals.c.dots, totals.c.workshop_date, totals.c.workshop_id, totals.c.number)
        .join(Workshop, Workshop.id == totals.c.workshop_id)
        .where(Workshop.deleted_at.is_(None))
    )
    ideas_joined = False

    def with_ideas(select_: Any) -> Any:
        nonlocal ideas_joined
        if ideas_joined:
            return select_
        ideas_joined = True
        return select_.join(Idea, Idea.id == totals.c.idea_id)

    def order(rows: Any) -> list[Any]:
        """The search's order on ``rows``' columns: the same as an index of migration 0004."""
        by_date = [rows.c.workshop_date.desc().nulls_last(), rows.c.workshop_id, rows.c.number]
        return by_date if q.sort == "date" else [rows.c.dots.desc(), *by_date]

    postgres = engine.dialect.name == "postgresql"
    limit = max(1, min(q.limit, MAX_RESULTS))
    if postgres:
        # JIT compiling costs 80-400 ms per search here and saves nothing; parallel
        # workers cost more to start than these plans (a walk of a few hundred rows
        # through an index, or a few thousand matches) take.
        conn.exec_driver_sql("SET LOCAL jit = off")
        conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
    if q.template:
        matches = matches.where(Workshop.template_id == q.template)
    # Phases and table groups by their ids, looked up first: PostgreSQL cannot guess
    # how many rows a name compared with lower() matches (it assumed 1 in 200 where 1
    # in 5 did, and tested the text of every idea in them: 1 s instead of 0.1 s),
    # while for a list of ids it counts each id's ideas.
    if q.phase:
        phases = conn.execute(select(Phase.id).where(
            or_(Phase.key == q.phase, func.lower(Phase.name) == q.phase.lower()))).scalars().all()
        matches = with_ideas(matches).where(Idea.phase_id.in_(phases))
    if q.table_group:
        groups = conn.execute(select(TableGroup.id).where(
            func.lower(TableGroup.name) == q.table_group.lower())).scalars().all()
        matches = with_ideas(matches).where(Idea.table_group_id.in_(groups))
    if q.status:
        followed = select(IDEA_STATUS.c.idea_id)
        if q.status == "ny":
            matches = matches.where(totals.c.idea_id.not_in(followed.where(IDEA_STATUS.c.status != "ny")))
        else:
            matches = matches.where(totals.c.idea_id.in_(followed.where(IDEA_STATUS.c.status == q.status)))
    if q.date_from:
        matches = matches.where(Workshop.date >= q.date_from)
    if q.date_to:
        matches = matches.where(Workshop.date <= q.date_to)
    if q.tag:
        ids = sorted(_tag_ids(q.tag))
        matches = with_ideas(matches)
        if postgres:
            matches = matches.where(or_(*(cast(Idea.tags, JSONB).contains([i]) for i in ids)))
        else:
            names = ", ".join(f":tag{n}" for n in range(len(ids)))
            matches = matches.where(
                text(f"EXISTS (SELECT 1 FROM json_each(ideas.tags) WHERE json_each.value IN ({names}))")
                .bindparams(**{f"tag{n}": value for n, value in enumerate(ids)})
            )
    needle = q.text.strip()
    if needle and postgres:
        config = _fulltext_config(conn)
        enough = _enough(conn, limit)
        # The full-text match and the substring match as a UNION of two id lists,
        # each served by its own index (GIN on to_tsvector, migration 0002; trigram
        # GIN on text, migration 0003); an OR of both in one WHERE can read every idea.
        fulltext = Idea.__table__.alias("fulltext_ideas")
        substring = Idea.__table__.alias("substring_ideas")
        listed = (
            select(fulltext.c.id).where(_text_matches(config, fulltext, needle))
            .union_all(select(substring.c.id).where(substring.c.text.ilike(_like(needle), escape="\\")))
            .limit(enough)
            .cte("listed")
        )
        counted = select(func.count().label("found")).select_from(listed).subquery("counted")
        rare = (matches.where(totals.c.idea_id.in_(select(listed.c.id)), counted.c.found < enough)
                .order_by(*order(totals)).limit(limit).lateral("best"))
        found = conn.execute(_named(rare, order, counted)).all()
        if found[0].found < enough:
            return [_bank_idea(row[1:]) for row in found if row.id is not None]
        # A common word: walk the ranking and test each idea, the cheap substring test
        # first. Without bitmap scans PostgreSQL cannot turn the OR into index lookups
        # of every match (what the list above is for).
        conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
        matches = with_ideas(matches).where(or_(
            Idea.text.ilike(_like(needle), escape="\\"), _text_matches(config, Idea.__table__, needle)))
    elif needle:
        matches = with_ideas(matches).where(
            func.samskab_fold(Idea.text).like(_like(needle.casefold()), escape="\\"))
    best = matches.order_by(*order(totals)).limit(limit).subquery("best")
    return [_bank_idea(row) for row in conn.execute(_named(best, order))]


def _with_conflicts(conn: Any, ideas: list[BankIdea]) -> list[BankIdea]:
    """Mark the ideas edited on two laptops at the same revision: the other versions'
    texts (an empty text for a deletion), from the shared database's conflicts. One
    indexed read for the ideas found."""
    if not ideas:
        return ideas
    others: dict[uuid.UUID, list[str]] = {}
    keys = [idea.id for idea in ideas]
    for start in range(0, len(keys), 500):
        for row_id, content in conn.execute(
                select(CONFLICTS.c.row_id, CONFLICTS.c.content)
                .where(CONFLICTS.c.row_id.in_(keys[start:start + 500]), CONFLICTS.c.table_name == "ideas")
                .order_by(CONFLICTS.c.recorded_at, CONFLICTS.c.id)):
            others.setdefault(row_id, []).append(str((content or {}).get("text") or ""))
    if not others:
        return ideas
    return [replace(idea, conflicts=tuple(others[idea.id])) if idea.id in others else idea for idea in ideas]


def _with_status(conn: Any, ideas: list[BankIdea]) -> list[BankIdea]:
    """Each idea's follow-up status, in one indexed read for the ideas found."""
    keys = [idea.id for idea in ideas]
    statuses: dict[uuid.UUID, str] = {}
    for start in range(0, len(keys), 500):
        rows = conn.execute(select(IDEA_STATUS.c.idea_id, IDEA_STATUS.c.status)
                            .where(IDEA_STATUS.c.idea_id.in_(keys[start:start + 500])))
        statuses.update((idea_id, status) for idea_id, status in rows)
    return [replace(idea, status=statuses[idea.id]) if idea.id in statuses else idea for idea in ideas]


def _bank_idea(row: Any) -> BankIdea:
    (idea_id, number, idea_text, tags, workshop_id, title, date, template_id, phase, group, cluster, votes) = row
    return BankIdea(
        id=idea_id, number=number, text=idea_text, tags=tuple(tags or ()), dots=int(votes or 0),
        workshop_id=workshop_id, workshop_title=title, workshop_date=date, template_id=template_id,
        phase=phase or "", table_group=group or "", cluster=cluster or "",
    )


def export_bank_csv(ideas: list[BankIdea], path: str | os.PathLike[str], *, language: str = "da") -> Path:
    """A selection from the bank as CSV, in the same Excel dialect as the workshop CSV."""
    from exports.files import atomic_open
    from exports.texts import label, term_name

    language = lang(language)
    header = [
        "Workshop", label(language, "date"), label(language, "csv_number"), label(language, "csv_text"),
        label(language, "csv_phase"), label(language, "csv_cluster"), label(language, "csv_group"),
        label(language, "csv_tags"), label(language, "csv_dots_total"),
    ]
    target = Path(path)
    with atomic_open(target, "w", encoding=ENCODING, newline="") as file:
        writer = csv.writer(file, dialect=DIALECT)
        writer.writerow(header)
        for idea in ideas:
            writer.writerow([
                safe_cell(idea.workshop_title), idea.workshop_date.isoformat() if idea.workshop_date else "",
                str(idea.number), safe_cell(idea.text), safe_cell(idea.phase), safe_cell(idea.cluster),
                safe_cell(idea.table_group), safe_cell(", ".join(term_name(language, t) for t in idea.tags)),
                str(idea.dots),
            ])
    return target


def open_bank(address: str) -> Library:
    """The shared database as a read-only :class:`Library`, to open one workshop's
    outcome: ``load_outcome(open_bank(a), id)``, ``build_handout(open_bank(a), id, path)``.
    Close it when done. (Write through :mod:`exports.shared_db` only.)"""
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            check_schema(conn, address)
    except DBAPIError as error:
        engine.dispose()
        reason = safe_message(error, parse(address).password)
        raise SharedDbError(
            f"Idébanken {mask(address)} kan ikke åbnes: {reason}",
            f"The idea bank {mask(address)} cannot be opened: {reason}",
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return Library(engine, location=mask(address))


def export_bank_pdf(ideas: list[BankIdea], path: str | os.PathLike[str], *, title: str = "",
                    language: str = "da") -> int:
    """A selection from the bank as a PDF: ideas grouped by workshop, with their votes.

    Returns the page count. User text is escaped like in the handout.
    """
    import io

    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from exports.pdfkit import MARGIN, Paragraph, markup, register_fonts, set_metadata, styles
    from exports.texts import label, long_date, term_name

    register_fonts()
    language = lang(language)
    s = styles()
    heading = title or ("Idébanken" if language == "da" else "The idea bank")
    story: list[Any] = [Paragraph(markup(heading), s["h1"]),
                        Paragraph(markup(f"{len(ideas)} " + ("idéer" if language == "da" else "ideas")), s["small"]),
                        Spacer(1, 4 * mm)]
    current: uuid.UUID | None = None
    for idea in ideas:
        if idea.workshop_id != current:
            current = idea.workshop_id
            when = long_date(language, idea.workshop_date)
            story.append(Paragraph(markup(idea.workshop_title + (f" · {when}" if when else "")), s["h2"]))
        meta = [part for part in (idea.phase, idea.cluster, idea.table_group) if part]
        meta += [f"#{term_name(language, t)}" for t in idea.tags]
        if idea.dots:
            meta.append(f"{idea.dots} {label(language, 'dots')}")
        story.append(Paragraph(f"<b>{idea.number}.</b> {markup(idea.text)}", s["idea"]))
        story.append(Paragraph(markup(" · ".join(meta)), s["idea_meta"].clone("bank_meta", spaceAfter=5)))
    buffer = io.BytesIO()

    def metadata(canv: Any, _doc: Any) -> None:
        set_metadata(canv, title=heading, author="Samskab", subject=heading, language=language)

    doc = SimpleDocTemplate(buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, lang=language)
    doc.build(story, onFirstPage=metadata, onLaterPages=metadata)
    target = Path(path)
    target.write_bytes(buffer.getvalue())
    return int(doc.page)


__all__ = ["BankIdea", "BankQuery", "export_bank_csv", "export_bank_pdf", "open_bank", "search_ideas"]
