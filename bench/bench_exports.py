"""Handouts and the shared database, on a big workshop: 1,000 ideas, 60 participants,
5 revealed vote rounds.

* the PDF handout (layout and writing, the workshop already read), beside a bare
  reportlab document of the same 1,000 paragraphs and one chart built in the same
  run: the handout should stay within 2× of that floor;
* the whole ``build_handout`` (reading the workshop and its results included);
* a first push to a throwaway PostgreSQL on loopback, a re-push with nothing
  changed (only the revisions are read), and the floor: a bare upsert of 1,000 rows.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

from bench import Figure, median_ms, timings

HERE = Path(__file__).resolve().parent
IDEAS, PEOPLE, ROUNDS = 1000, 60, 5

WORDS = (
    "borgere medarbejdere velfærd data sundhed dimittender iværksætteri skole ældre frivillige "
    "app samarbejde lokalområde test prototype bibliotek mentor kommune virksomhed netværk tryghed "
    "transport cykel natur fællesskab digital hjemmepleje rehabilitering ung forening kultur"
).split()


def build_workshop(library: object) -> uuid.UUID:
    """One big workshop written in a single operation (fast, like an import)."""
    from app.layout import grid_position
    from app.model import (
        ActionItem,
        Ballot,
        Cluster,
        Idea,
        Participant,
        RoundKind,
        RoundState,
        Score,
        TableGroup,
        VoteRound,
        Workshop,
    )
    from app.operations import create_workshop
    from app.templates import load_templates

    rng = random.Random(5)
    lib = library  # type: ignore[assignment]
    template = load_templates()["innovationsloopet"]
    workshop_id = create_workshop(
        lib, template, title="Stor workshop: Fremtidens velfærd i Gentofte", date=dt.date(2026, 3, 12),
        question="Hvordan skaber vi sammen bedre velfærd for færre ressourcer?", place="Rådhuset",
        facilitator="Mette Kjærgaard",
    ).subject
    assert workshop_id is not None
    with lib.operation("bench_fill", workshop_id) as session:  # type: ignore[attr-defined]
        workshop = session.get(Workshop, workshop_id)
        groups = [TableGroup(id=lib.new_id(), position=i, name=f"Bord {i + 1}", colour=c)
                  for i, c in enumerate(("#F6D55C", "#A8E6CF", "#FFB7B2", "#A0D2EB", "#D7BDE2", "#F9E79F"))]
        workshop.table_groups.extend(groups)
        people = [Participant(id=lib.new_id(), position=i, name=f"Deltager Ærø-Østergård {i}",
                              organisation="Gentofte Kommune", table_group_id=groups[i % 6].id,
                              role_card=("igangsaetter", "facilitator", "katalysator", None)[i % 4])
                  for i in range(PEOPLE)]
        workshop.participants.extend(people)
        # Placed as capture places them: notes in the grid of unplaced notes, the
        # themes in a column beside it (the desk benchmark opens this workshop).
        clusters = [Cluster(id=lib.new_id(), title=f"Tema {i + 1}: {rng.choice(WORDS)}", x=-600.0, y=i * 360.0)
                    for i in range(12)]
        workshop.clusters.extend(clusters)
        phases = workshop.phases
        ideas = []
        for n in range(IDEAS):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))).capitalize()
            ideas.append(Idea(
                id=lib.new_id(), number=n + 1, text=f"{text} – idé {n + 1}", author=people[n % PEOPLE].name,
                phase_id=phases[n % len(phases)].id, table_group_id=groups[n % 6].id,
                cluster_id=clusters[n % 13].id if n % 13 < 12 else None, tags=["hverdagsinnovation"] if n % 3 else [],
                x=grid_position(n, columns=8)[0], y=grid_position(n, columns=8)[1],
            ))
        workshop.ideas.extend(ideas)
        for r in range(ROUNDS):
            kind = (RoundKind.DOTS, RoundKind.DOTS, RoundKind.DOTS, RoundKind.STATEMENTS, RoundKind.CRITERIA)[r]
            options = ([str(s.id) for s in workshop.statements] if kind == RoundKind.STATEMENTS
                       else [str(i.id) for i in (ideas if kind == RoundKind.DOTS else ideas[:10])])
            vote = VoteRound(id=lib.new_id(), kind=kind, title=f"Runde {r + 1}", state=RoundState.REVEALED,
                             budget=3, options=options)
            workshop.rounds.append(vote)
            for person in people:
                ballot = Ballot(id=lib.new_id(), voter_key=str(person.id), participant_id=person.id)
                vote.ballots.append(ballot)
                if kind == RoundKind.DOTS:
                    marks = [(uuid.UUID(o), None, 1) for o in rng.sample(options[:200], 3)]
                elif kind == RoundKind.STATEMENTS:
                    marks = [(uuid.UUID(o), None, rng.choice((1, -1, 0))) for o in options]
                else:
                    marks = [(uuid.UUID(o), c.id, rng.randint(1, 5)) for o in options for c in workshop.criteria]
                for option, criterion, value in marks:
                    ballot.scores.append(Score(id=lib.new_id(), option_id=option, criterion_id=criterion, value=value))
        workshop.actions.extend(
            ActionItem(id=lib.new_id(), idea_id=ideas[i].id, owner="Innovationsenheden", first_test="Prøv det en uge")
            for i in range(5)
        )
    return workshop_id


def bare_document(texts: list[str]) -> None:
    """The floor: the same paragraphs and one chart in a plain reportlab document."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from exports.pdfkit import markup, styles

    s = styles()
    story: list[object] = [Paragraph(markup(t), s["idea"]) for t in texts]
    chart = Drawing(400, 200)
    for i in range(15):
        chart.add(Rect(0, i * 13, 20 * (i + 1), 10))
    story.append(chart)
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)


def run() -> list[Figure]:
    from app.library import open_library
    from exports.handout import build_handout, render_handout
    from exports.outcome import load_outcome

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = open_library(folder / "library.sqlite3")
        workshop_id = build_workshop(library)
        outcome = load_outcome(library, workshop_id)
        texts = [i.text for i in outcome.ideas]
        # Alternate the two, so a busy neighbour on a shared machine slows both alike.
        render_handout(outcome, io.BytesIO())
        bare_document(texts)
        pairs = [(timings(lambda: render_handout(outcome, io.BytesIO()), 1, 0)[0],
                  timings(lambda: bare_document(texts), 1, 0)[0]) for _ in range(7)]
        handout = statistics.median(h for h, _ in pairs)
        bare = statistics.median(b for _, b in pairs)
        ratio = statistics.median(h / b for h, b in pairs)
        whole = median_ms(lambda: build_handout(library, workshop_id, folder / "h.pdf"), repeat=3)
        figures += [
            Figure("handout, 1,000 ideas / 60 people / 5 rounds (layout + write)", handout, 1000.0),
            Figure("handout ÷ bare reportlab document, paired runs", ratio, 2.0, unit="×"),
            Figure("floor: bare reportlab, 1,000 paragraphs + chart", bare, None),
            Figure("build_handout incl. reading the workshop", whole, None),
        ]
        figures += _push_figures(library, workshop_id)
        library.close()
    return figures


def _push_figures(library: object, workshop_id: uuid.UUID) -> list[Figure]:
    import psycopg
    from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine
    from sqlalchemy.dialects.postgresql import insert

    from exports.shared_db import push_workshop, upgrade_shared

    sys.path.insert(0, str(HERE.parent / "tests"))
    from pgserver import PgServer

    with PgServer() as pg:
        admin = pg.url.replace("postgresql+psycopg://", "postgresql://")
        addresses = []
        for n in range(4):
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE bench{n}")
            address = pg.url.rsplit("/", 1)[0] + f"/bench{n}"
            upgrade_shared(address)
            addresses.append(address)
        fresh = iter(addresses[1:])
        push_workshop(library, workshop_id, addresses[0])  # warm-up (imports, first connect)
        first = median_ms(lambda: push_workshop(library, workshop_id, next(fresh)), repeat=3, warmup=0)
        again = median_ms(lambda: push_workshop(library, workshop_id, addresses[0]), repeat=5)
        engine = create_engine(pg.url)
        table = Table("bare", MetaData(), Column("id", Integer, primary_key=True), Column("text", String),
                      Column("revision", Integer))
        table.metadata.create_all(engine)
        rows = [{"id": i, "text": f"idé {i}", "revision": 1} for i in range(1000)]
        statement = insert(table)
        statement = statement.on_conflict_do_update(
            index_elements=[table.c.id], set_={"text": statement.excluded.text, "revision": statement.excluded.revision},
            where=statement.excluded.revision >= table.c.revision,
        )

        def bare_upsert() -> None:
            with engine.begin() as conn:
                conn.execute(statement, rows)

        floor = median_ms(bare_upsert, repeat=5)
        engine.dispose()
    with library.engine.connect() as conn:  # type: ignore[attr-defined]
        from exports.rows import count_rows, workshop_rows

        total = count_rows(workshop_rows(conn, workshop_id))
    return [
        Figure(f"push to PostgreSQL, first ({total:,} rows)", first, 500.0),
        Figure("re-push with nothing changed", again, 200.0),
        Figure("floor: bare upsert of 1,000 rows", floor, None),
    ]
