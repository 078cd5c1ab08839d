"""The phone session's core (issue 13): a phone's idea committed (board and inbox mode),
the session read per change and its revision, and the desk's inbox of 1,500 ideas.

The room's target — 500 phones each sending 3 ideas within 60 s, every idea on the board
or in the inbox within 200 ms of its acknowledgement — is the phone server's to measure
end to end; here is the core's share of it: one operation per idea, in the same
transaction as its board idea, beside a typed idea's add_idea measured in the same run."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from bench import Figure, median_ms, percentile, timings

if TYPE_CHECKING:
    from app.library import Library
    from app.templates import Template

PHONES, IDEAS_EACH = 500, 3


def _mode(library: Library, template: Template, mode: str) -> list[Figure]:
    from app import operations as ops
    from app import phones
    from app.queries import load_workshop

    wid = ops.create_workshop(library, template, title=f"Bench {mode}",
                              table_groups=[f"Bord {n}" for n in range(1, 9)]).subject
    assert wid is not None
    workshop = load_workshop(library, wid)
    groups = [g.id for g in workshop.table_groups]
    ops.open_phones(library, wid)
    ops.open_writing(library, wid, workshop.phases[0].id, mode)
    sends = iter([(f"phone-{p:03d}-0123456789abcdef", f"Idé {i} fra telefon {p}", groups[p % len(groups)])
                  for i in range(IDEAS_EACH) for p in range(PHONES)])

    def send() -> None:
        device, text, group = next(sends)
        ops.submit_phone_idea(library, wid, device, text, group, None)

    spent = timings(send, repeat=PHONES * IDEAS_EACH - 10, warmup=10)
    session = phones.session_of_workshop(library, wid)
    assert session is not None
    figures = [
        Figure(f"submit_phone_idea, {mode} mode, p99 of {PHONES * IDEAS_EACH}", percentile(spent, 0.99), 10.0),
        Figure(f"submit_phone_idea, {mode} mode, median", percentile(spent, 0.5), None),
        Figure(f"phone_session(code), {mode} workshop", median_ms(lambda: phones.phone_session(library, session.code), repeat=50), 5.0),
        Figure("session_revision", median_ms(lambda: phones.session_revision(library, wid), repeat=50), 1.0),
    ]
    if mode == "inbox":
        figures.append(Figure(f"inbox of {PHONES * IDEAS_EACH} ideas", median_ms(lambda: phones.inbox(library, wid), repeat=10), 50.0))
    return figures


def run() -> list[Figure]:
    from app import operations as ops
    from app.library import open_library
    from app.templates import load_templates

    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp) / "library.sqlite3")
        template = load_templates()["innovationsloopet"]
        floor_id = ops.create_workshop(library, template, title="Floor").subject
        assert floor_id is not None
        count = iter(range(10**9))
        typed = timings(lambda: ops.add_idea(library, floor_id, f"idé {next(count)}"), repeat=500, warmup=20)
        figures = [
            Figure("floor: add_idea (a typed idea) in the same run, p99", percentile(typed, 0.99), None),
            Figure("floor: add_idea, median", percentile(typed, 0.5), None),
        ]
        for mode in ("board", "inbox"):
            figures += _mode(library, template, mode)
        library.close()
    return figures
