"""``samskab serve`` and ``samskab vote …``: the phone session and vote rounds from
the command line.

For the innovation unit's scripts, the benchmark and the tests; the same operations
and the same phone server as the desktop app::

    samskab serve WORKSHOP [--host H] [--port N]
    samskab vote open WORKSHOP --kind dots|statements|criteria [--budget N] [--anonymous]
    samskab vote close|reveal|reopen WORKSHOP --round ID
    samskab vote results WORKSHOP --round ID [--json]
    samskab vote list WORKSHOP

``serve`` opens the workshop to phones (one join code for the whole workshop), prints
the join address ``http://H:N/j/CODE`` as its first line, then the code, then one
line per ballot and idea from a phone; it serves until interrupted (Ctrl-C or
SIGTERM). ``vote open/close/reveal`` in another terminal reach the phones at once:
the server watches the library.
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
import uuid
from typing import TYPE_CHECKING, Any

from app.errors import NotFound
from app.library import Library
from app.queries import find_workshop
from app.voting import list_rounds, round_summaries

if TYPE_CHECKING:
    from cli.context import Context

_KIND_DA = {"dots": "prikker", "statements": "udsagn", "criteria": "kriterier"}
_STATE_DA = {"open": "åben", "closed": "lukket", "revealed": "vist"}


def _round_id(library: Library, workshop_id: uuid.UUID, key: str) -> uuid.UUID:
    """A round of the workshop by its id or an unambiguous start of it."""
    key = key.strip().lower()
    ids = [r.id for r in round_summaries(library, workshop_id)]
    matches = [i for i in ids if str(i).startswith(key) or i.hex.startswith(key)] if key else []
    if len(matches) != 1:
        raise NotFound(
            f"Ingen afstemning med id »{key}« i workshoppen." if not matches else f"Id'et »{key}« passer på flere afstemninger.",
            f"No vote with id '{key}' in the workshop." if not matches else f"The id '{key}' matches several votes.",
        )
    return matches[0]


def _open(args: argparse.Namespace, ctx: Context) -> int:
    from app.operations.voting import open_round

    library = ctx.library()
    workshop_id = find_workshop(library, args.workshop)
    changes = open_round(
        library, workshop_id, args.kind, budget=args.budget, max_per_option=args.max_per_option,
        anonymous=args.anonymous, on=args.on, title=args.title or "",
    )
    print(changes.subject)
    return 0


def _serve(args: argparse.Namespace, ctx: Context) -> int:
    from app.operations.phones import close_phones, open_phones
    from app.phones import session_of_workshop
    from phone.server import BallotEvent, IdeaEvent, PhoneServer

    library = ctx.library()
    workshop_id = find_workshop(library, args.workshop)
    da = ctx.language == "da"

    def ballot(event: BallotEvent) -> None:
        print(f"{'stemmesedler' if da else 'ballots'}: {event.ballots}", flush=True)

    def idea(event: IdeaEvent) -> None:
        print("idé fra en telefon" if da else "idea from a phone", flush=True)

    # Bind first: a bad address or a taken port changes nothing in the library.
    server = PhoneServer(library, workshop_id, host=args.host, port=args.port, on_ballot=ballot, on_idea=idea).start()
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    before = session_of_workshop(library, workshop_id)
    opened = before is None or not before.is_open
    try:
        if opened:
            open_phones(library, workshop_id)
        session = session_of_workshop(library, workshop_id)
        assert session is not None
        print(f"{server.base_url}j/{session.code}", flush=True)
        print(f"{'kode' if da else 'code'}: {session.code}", flush=True)
        server.poke()
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if opened:
        close_phones(library, workshop_id)
    print("Telefonsiden er lukket." if da else "The phone page is closed.", flush=True)
    return 0


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"»{text}« er ikke en port (0–65535)")
    return int(text)


def _state(operation_name: str) -> Any:
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        from app.operations import voting

        library = ctx.library()
        round_id = _round_id(library, find_workshop(library, args.workshop), args.round)
        getattr(voting, operation_name)(library, round_id)
        return 0

    return handler


def _results(args: argparse.Namespace, ctx: Context) -> int:
    from app.voting import round_results

    library = ctx.library()
    round_id = _round_id(library, find_workshop(library, args.workshop), args.round)
    results = round_results(library, round_id)
    if args.json:
        from phone.state import results_json

        print(json.dumps(results_json(results), ensure_ascii=False, indent=2))
        return 0
    da = ctx.language == "da"
    print(f"{'Stemmer' if da else 'Voters'}: {results.voters}  "
          f"{'Stemmesedler' if da else 'Ballots'}: {results.ballots}  "
          f"{'Stemte ikke' if da else 'Abstained'}: {results.abstained}")
    for r in results.dots:
        print(f"{r.rank:>3}. {r.dots:>4}  {r.option.label}")
    for s in results.statements:
        print(f"{'Enig' if da else 'Agree'} {s.agree:>3}  {'Uenig' if da else 'Disagree'} {s.disagree:>3}  "
              f"{'Ved ikke' if da else 'Don’t know'} {s.dont_know:>3}  {s.statement.text}")
    for o in results.scored:
        mean = f"{o.mean:.2f}" if o.mean is not None else "—"
        print(f"{o.rank_by_total:>3}. {o.total:>4}  {'gns.' if da else 'mean'} {mean} ({o.rank_by_mean})  {o.option.label}")
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    library = ctx.library()
    for r in list_rounds(library, find_workshop(library, args.workshop)):
        kind = _KIND_DA.get(r.kind, r.kind) if ctx.language == "da" else r.kind
        state = _STATE_DA.get(r.state, r.state) if ctx.language == "da" else r.state
        print(f"{r.id}\t{kind}\t{state}\t{r.ballots}\t{r.title}")
    return 0


def register_voting(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``samskab serve`` and ``samskab vote …`` to the command line."""
    p = sub.add_parser("serve", help="åbn workshoppen for telefoner (én kode), til Ctrl-C; skriver adressen først")
    p.add_argument("workshop")
    p.add_argument("--host", help="netkortets adresse (ellers den, maskinen bruger på nettet)")
    p.add_argument("--port", type=_port, default=0, help="port (0: en ledig)")
    p.set_defaults(handler=_serve)

    vote = sub.add_parser("vote", help="afstemninger og telefonsiden")
    commands = vote.add_subparsers(dest="vote_command", metavar="HANDLING", required=True)

    p = commands.add_parser("open", help="åbn en afstemning; skriver dens id")
    p.add_argument("workshop")
    p.add_argument("--kind", required=True, choices=("dots", "statements", "criteria"))
    p.add_argument("--budget", type=int, help="prikker pr. deltager (prikafstemning)")
    p.add_argument("--max-per-option", type=int, help="højst prikker på samme idé")
    p.add_argument("--on", choices=("ideas", "clusters"), default="ideas", help="prikker på idéer eller temaer")
    p.add_argument("--title")
    p.add_argument("--anonymous", action="store_true", help="ingen navne på stemmesedlerne")
    p.set_defaults(handler=_open)

    for name, operation, text in (
        ("close", "close_round", "luk afstemningen"),
        ("reveal", "reveal_round", "vis resultatet (lukker afstemningen)"),
        ("reopen", "reopen_round", "genåbn afstemningen"),
    ):
        p = commands.add_parser(name, help=text)
        p.add_argument("workshop")
        p.add_argument("--round", required=True)
        p.set_defaults(handler=_state(operation))

    p = commands.add_parser("results", help="vis resultatet af en afsløret afstemning")
    p.add_argument("workshop")
    p.add_argument("--round", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_results)

    p = commands.add_parser("list", help="vis workshoppens afstemninger")
    p.add_argument("workshop")
    p.set_defaults(handler=_list)
