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
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, cast, false, func, or_, select, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import DBAPIError

from app.library import Library
from app.model import (
    Ballot,
    Cluster,
    Idea,
    Phase,
    RoundKind,
    RoundState,
    Score,
    TableGroup,
    VoteRound,
    Workshop,
)
from exports.credentials import mask, parse, safe_message
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


def search_ideas(address: str, query: BankQuery | None = None, **filters: Any) -> list[BankIdea]:
    """Search the shared database at ``address`` (see the module docstring)."""
    query = query or BankQuery(**filters)
    engine = open_shared(address)
    if engine.dialect.name == "sqlite":
        from sqlalchemy import event

        @event.listens_for(engine, "connect")
        def _functions(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.create_function("samskab_fold", 1, _fold, deterministic=True)

    try:
        with engine.connect() as conn:
            check_schema(conn, address)
            return _search(conn, engine, query)
    except DBAPIError as error:
        reason = safe_message(error, parse(address).password)
        raise SharedDbError(
            f"Idébanken {mask(address)} kan ikke søges: {reason}",
            f"The idea bank {mask(address)} cannot be searched: {reason}",
        ) from None
    finally:
        engine.dispose()


def _dots(ideas: Any = None) -> Any:
    """Dots per idea from revealed dot rounds (abstentions excluded), as a subquery.

    ``ideas``: a select of idea ids to sum for only, so a search sums the votes of
    the ideas it found (through the index on scores.option_id, migration 0003)
    instead of every vote in the bank."""
    dots = (
        select(Score.option_id.label("idea_id"), func.sum(Score.value * Score.count).label("dots"))
        .join(Ballot, Ballot.id == Score.ballot_id)
        .join(VoteRound, VoteRound.id == Ballot.round_id)
        .where(VoteRound.kind == RoundKind.DOTS, VoteRound.state == RoundState.REVEALED,
               Ballot.abstained == false())
    )
    if ideas is not None:
        dots = dots.where(Score.option_id.in_(ideas))
    return dots.group_by(Score.option_id).subquery()


def _search(conn: Any, engine: Engine, q: BankQuery) -> list[BankIdea]:
    """Two steps, so a bank of 200,000 ideas stays quick: first the ids of the best
    matches (filters, votes, order, limit — joining only what a filter needs), then
    the names of their phases, table groups and themes for those few rows.

    Votes are summed only where needed: sorted by date, for the rows shown; sorted
    by votes, for the ideas that match (all ideas only when nothing narrows)."""
    matches = (
        select(Idea.id.label("idea_id"), Workshop.date.label("date"), Idea.number.label("number"),
               Idea.workshop_id.label("workshop_id"))
        .join(Workshop, Workshop.id == Idea.workshop_id)
        .where(Workshop.deleted_at.is_(None))
    )
    postgres = engine.dialect.name == "postgresql"
    if postgres:
        # JIT compiling costs 80-400 ms per search here and saves nothing: these plans
        # read few rows through indexes, or hash a few hundred thousand at most.
        conn.exec_driver_sql("SET LOCAL jit = off")
    needle = q.text.strip()
    if needle:
        if postgres:
            config = _fulltext_config(conn)  # one of two fixed names: safe to inline
            # The full-text match and the substring match as a UNION of two id lists,
            # each served by its own index (GIN on to_tsvector, migration 0002; trigram
            # GIN on text, migration 0003). An OR of both in one WHERE made PostgreSQL
            # read every idea (3.8 s for 200,000 ideas); the UNION answers a rare word
            # in milliseconds.
            indexed = Idea.__table__.alias("fulltext_ideas")
            fulltext = select(indexed.c.id).where(text(
                f"to_tsvector('{config}', fulltext_ideas.text) @@ plainto_tsquery('{config}', :needle)"
            ).bindparams(needle=needle))
            substring = Idea.__table__.alias("substring_ideas")
            contains = select(substring.c.id).where(substring.c.text.ilike(_like(needle), escape="\\"))
            matches = matches.where(Idea.id.in_(fulltext.union(contains)))
        else:
            matches = matches.where(
                func.samskab_fold(Idea.text).like(_like(needle.casefold()), escape="\\")
            )
    if q.template:
        matches = matches.where(Workshop.template_id == q.template)
    if q.phase:
        matches = matches.join(Phase, Phase.id == Idea.phase_id).where(
            or_(Phase.key == q.phase, func.lower(Phase.name) == q.phase.lower()))
    if q.table_group:
        matches = matches.join(TableGroup, TableGroup.id == Idea.table_group_id).where(
            func.lower(TableGroup.name) == q.table_group.lower())
    if q.date_from:
        matches = matches.where(Workshop.date >= q.date_from)
    if q.date_to:
        matches = matches.where(Workshop.date <= q.date_to)
    if q.tag:
        ids = sorted(_tag_ids(q.tag))
        if postgres:
            matches = matches.where(or_(*(cast(Idea.tags, JSONB).contains([i]) for i in ids)))
        else:
            names = ", ".join(f":tag{n}" for n in range(len(ids)))
            matches = matches.where(
                text(f"EXISTS (SELECT 1 FROM json_each(ideas.tags) WHERE json_each.value IN ({names}))")
                .bindparams(**{f"tag{n}": value for n, value in enumerate(ids)})
            )
    limit = max(1, min(q.limit, MAX_RESULTS))
    # A CTE: PostgreSQL computes it once although it is read twice (the ids to sum
    # votes for, and the rows to rank).
    found = matches.cte("matches")
    if q.sort != "date":
        narrowed = bool(needle or q.template or q.phase or q.table_group or q.date_from or q.date_to or q.tag)
        dots = _dots(select(found.c.idea_id) if narrowed else None)
        total = func.coalesce(dots.c.dots, 0)
        best = (
            select(found.c.idea_id, total.label("dots"), found.c.date, found.c.number, found.c.workshop_id)
            .outerjoin(dots, dots.c.idea_id == found.c.idea_id)
            .order_by(total.desc(), found.c.date.desc(), found.c.number)
            .limit(limit)
            .subquery("best")
        )
        again = [best.c.dots.desc(), best.c.date.desc(), best.c.number]
    else:
        page = (
            select(found)
            .order_by(found.c.date.desc(), found.c.workshop_id, found.c.number)
            .limit(limit)
            .subquery("page")
        )
        # A correlated sum per shown row: a few index lookups on scores.option_id each.
        dots = (
            select(func.coalesce(func.sum(Score.value * Score.count), 0))
            .join(Ballot, Ballot.id == Score.ballot_id)
            .join(VoteRound, VoteRound.id == Ballot.round_id)
            .where(Score.option_id == page.c.idea_id, VoteRound.kind == RoundKind.DOTS,
                   VoteRound.state == RoundState.REVEALED, Ballot.abstained == false())
            .scalar_subquery()
        )
        best = (
            select(page.c.idea_id, dots.label("dots"), page.c.date, page.c.number, page.c.workshop_id)
            .subquery("best")
        )
        again = [best.c.date.desc(), best.c.workshop_id, best.c.number]
    statement = (
        select(Idea.id, Idea.number, Idea.text, Idea.tags, Idea.workshop_id, Workshop.title, Workshop.date,
               Workshop.template_id, Phase.name, TableGroup.name, Cluster.title, best.c.dots)
        .select_from(best)
        .join(Idea, Idea.id == best.c.idea_id)
        .join(Workshop, Workshop.id == Idea.workshop_id)
        .outerjoin(Phase, Phase.id == Idea.phase_id)
        .outerjoin(TableGroup, TableGroup.id == Idea.table_group_id)
        .outerjoin(Cluster, Cluster.id == Idea.cluster_id)
        .order_by(*again)
    )
    results = []
    for (idea_id, number, idea_text, tags, workshop_id, title, date, template_id, phase, group, cluster,
         votes) in conn.execute(statement):
        results.append(BankIdea(
            id=idea_id, number=number, text=idea_text, tags=tuple(tags or ()), dots=int(votes or 0),
            workshop_id=workshop_id, workshop_title=title, workshop_date=date, template_id=template_id,
            phase=phase or "", table_group=group or "", cluster=cluster or "",
        ))
    return results


def export_bank_csv(ideas: list[BankIdea], path: str | os.PathLike[str], *, language: str = "da") -> Path:
    """A selection from the bank as CSV, in the same Excel dialect as the workshop CSV."""
    from exports.texts import label, term_name

    language = lang(language)
    header = [
        "Workshop", label(language, "date"), label(language, "csv_number"), label(language, "csv_text"),
        label(language, "csv_phase"), label(language, "csv_cluster"), label(language, "csv_group"),
        label(language, "csv_tags"), label(language, "csv_dots_total"),
    ]
    target = Path(path)
    with target.open("w", encoding=ENCODING, newline="") as file:
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
