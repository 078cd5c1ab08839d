"""``samskab serve`` and ``samskab vote …``: the phone session and vote rounds from
the command line.

For the innovation unit's scripts, the benchmark and the tests; the same operations
and the same phone server as the desktop app::

    samskab serve WORKSHOP [--host H] [--port N]
    samskab vote open WORKSHOP --kind dots|statements|criteria [--budget N] [--anonymous]
        [--ideas 3,7,12 | --statements 1,4 | --theme TITLE | --top N --from ROUND]
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


def _numbers(text: str, what_da: str, what_en: str) -> list[int]:
    """``"3,7, 12"`` as numbers; a clear message for anything else."""
    try:
        numbers = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        numbers = []
    if not numbers or any(n < 1 for n in numbers):
        from app.errors import InvalidInput

        raise InvalidInput(
            f"Skriv {what_da}s numre adskilt af komma, fx 3,7,12 (ikke »{text}«).",
            f"Write the {what_en} numbers separated by commas, e.g. 3,7,12 (not '{text}').",
        )
    return numbers


def _subject(args: argparse.Namespace, library: Library, workshop_id: uuid.UUID) -> Any:
    """What ``--ideas``, ``--statements``, ``--theme`` or ``--top N --from ROUND`` choose."""
    from app.errors import InvalidInput
    from app.operations.voting import VoteSubject
    from app.queries import load_workshop

    given = [name for name in ("ideas", "statements", "theme", "top") if getattr(args, name) is not None]
    if len(given) > 1:
        raise InvalidInput(
            "Vælg kun én af --ideas, --statements, --theme og --top.",
            "Choose only one of --ideas, --statements, --theme and --top.",
        )
    if (args.top is None) != (args.from_round is None):
        raise InvalidInput("--top og --from hører sammen (fx --top 5 --from RUNDE).",
                           "--top and --from go together (e.g. --top 5 --from ROUND).")
    if not given:
        return None
    if args.top is not None:
        return VoteSubject.top_of(args.top, _round_id(library, workshop_id, args.from_round))
    parts = ("ideas",) if args.ideas is not None else ("statements",) if args.statements is not None else ("clusters",)
    workshop = load_workshop(library, workshop_id, parts)
    if args.theme is not None:
        wanted = args.theme.strip().casefold()
        themes = [c for c in workshop.clusters if c.title.casefold() == wanted or str(c.id).startswith(wanted)]
        if len(themes) != 1:
            raise NotFound(f"Intet tema hedder »{args.theme}«." if not themes else f"Flere temaer passer på »{args.theme}«.",
                           f"No theme is called '{args.theme}'." if not themes else f"Several themes match '{args.theme}'.")
        return VoteSubject.of_theme(themes[0].id)
    if args.ideas is not None:
        by_number = {i.number: i.id for i in workshop.ideas}
        numbers = _numbers(args.ideas, "idéer", "idea")
    else:
        by_number = {s.position + 1: s.id for s in workshop.statements}
        numbers = _numbers(args.statements, "udsagn", "statement")
    missing = [n for n in numbers if n not in by_number]
    if missing:
        raise NotFound(f"Der er intet nummer {missing[0]} i workshoppen.", f"There is no number {missing[0]} in the workshop.")
    return VoteSubject.chosen(by_number[n] for n in numbers)


def _open(args: argparse.Namespace, ctx: Context) -> int:
    from app.operations.voting import open_round

    library = ctx.library()
    workshop_id = find_workshop(library, args.workshop)
    changes = open_round(
        library, workshop_id, args.kind, budget=args.budget, max_per_option=args.max_per_option,
        anonymous=args.anonymous, on=args.on, title=args.title or "",
        subject=_subject(args, library, workshop_id),
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
        server.refresh()  # the pages find the session as soon as the address is out
        session = session_of_workshop(library, workshop_id)
        assert session is not None
        print(f"{server.base_url}j/{session.code}", flush=True)
        print(f"{'kode' if da else 'code'}: {session.code}", flush=True)
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
    p.add_argument("--ideas", metavar="NUMRE", help="kun disse idéer, fx 3,7,12")
    p.add_argument("--statements", metavar="NUMRE", help="kun disse udsagn (deres numre i planen), fx 1,4")
    p.add_argument("--theme", metavar="TEMA", help="idéerne i dette tema (titel eller id)")
    p.add_argument("--top", type=int, metavar="N", help="de N bedste fra en afsløret afstemning (stemmelighed tages med)")
    p.add_argument("--from", dest="from_round", metavar="RUNDE", help="afstemningen --top tager fra")
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
