"""The exporters' commands: handouts, cards, ballots, files, the shared database, the bank.

Thin wrappers: each parses its arguments, calls one function in ``exports`` and prints
one line. Exit codes as in :mod:`cli.core` (0 done, 1 an error to mend, 2 a wrong
command line), and 75 for a push queued because the database cannot be reached
("venter på forbindelse"; ``samskab push --retry`` sends it later).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import uuid
from pathlib import Path

from app.errors import InvalidInput, NotFound
from cli.context import Context

QUEUED = 75  # EX_TEMPFAIL: try again later


def _say(ctx: Context, da: str, en: str) -> None:
    print(en if ctx.language == "en" else da)


def _workshop(ctx: Context, key: str) -> uuid.UUID:
    from app.queries import find_workshop

    return find_workshop(ctx.library(), key)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"Datoen »{value}« skal skrives ÅÅÅÅ-MM-DD.", f"The date '{value}' must be written YYYY-MM-DD."
        ) from None


def _pdf(args: argparse.Namespace, ctx: Context) -> int:
    from exports.handout import HandoutOptions, build_handout

    details = HandoutOptions(args.municipality, args.logo, args.contact, args.next_step)
    result = build_handout(ctx.library(), _workshop(ctx, args.workshop), args.out,
                           language=args.doc_lang, without_names=args.without_names, options=details)
    _say(ctx, f"{result.path}: {result.pages} sider", f"{result.path}: {result.pages} pages")
    for warning in result.warnings:  # characters no shipped font draws: boxes on paper
        print(warning.message(ctx.language), file=sys.stderr)
    return 0


def _cards(args: argparse.Namespace, ctx: Context) -> int:
    from exports.cards import build_role_cards

    if args.workshop:
        pages = build_role_cards(args.out, library=ctx.library(), workshop_id=_workshop(ctx, args.workshop),
                                 with_names=not args.without_names, language=args.doc_lang)
    else:
        pages = build_role_cards(args.out, language=args.doc_lang or ctx.language)
    _say(ctx, f"{args.out}: {pages} sider", f"{args.out}: {pages} pages")
    return 0


def _ballots(args: argparse.Namespace, ctx: Context) -> int:
    from app.voting import round_summaries
    from exports.ballots import build_ballots

    workshop_id = _workshop(ctx, args.workshop)
    key = args.round.strip().lower()
    rounds = [r for r in round_summaries(ctx.library(), workshop_id) if str(r.id).startswith(key) or r.id.hex.startswith(key)]
    if len(rounds) != 1:
        raise NotFound(
            f"Ingen entydig afstemning med id »{args.round}« i workshoppen.",
            f"No single vote with id '{args.round}' in the workshop.",
        )
    sheet = build_ballots(ctx.library(), rounds[0].id, args.out, copies=args.copies, language=args.doc_lang)
    _say(ctx, f"{args.out}: {sheet.ballots} stemmesedler på {sheet.pages} sider",
         f"{args.out}: {sheet.ballots} ballots on {sheet.pages} pages")
    for warning in sheet.warnings:
        print(warning.message(ctx.language), file=sys.stderr)
    return 0


def _csv(args: argparse.Namespace, ctx: Context) -> int:
    from exports.csv_export import export_csv

    path = export_csv(ctx.library(), _workshop(ctx, args.workshop), args.out,
                      language=args.doc_lang, without_names=args.without_names)
    _say(ctx, f"{path}", f"{path}")
    return 0


def _xlsx(args: argparse.Namespace, ctx: Context) -> int:
    from exports.xlsx_export import export_xlsx

    path = export_xlsx(ctx.library(), _workshop(ctx, args.workshop), args.out,
                       language=args.doc_lang, without_names=args.without_names)
    _say(ctx, f"{path}", f"{path}")
    return 0


def _export(args: argparse.Namespace, ctx: Context) -> int:
    from exports.workshop_file import export_workshop

    path = export_workshop(ctx.library(), _workshop(ctx, args.workshop), args.out)
    _say(ctx, f"{path}", f"{path}")
    return 0


def _import(args: argparse.Namespace, ctx: Context) -> int:
    from exports.workshop_file import import_workshop

    result = import_workshop(ctx.library(), Path(args.file))
    _say(
        ctx,
        f"{result.workshop_id}\t{result.title}: {result.added} nye, {result.updated} opdaterede, "
        f"{result.kept} uændrede rækker",
        f"{result.workshop_id}\t{result.title}: {result.added} new, {result.updated} updated, "
        f"{result.kept} unchanged rows",
    )
    if result.conflicts:
        print(result.conflict_message(ctx.language))
    return 0


def _push(args: argparse.Namespace, ctx: Context) -> int:
    from exports.shared_db import push_workshop, retry_pending

    if args.retry:
        results = retry_pending(ctx.library())
        for result in results:
            print(result.message(ctx.language))
        if not results:
            _say(ctx, "Ingen afsendelser venter.", "No pushes are waiting.")
        return QUEUED if any(not r.sent for r in results) else 0
    if not args.workshop or not args.to:
        raise InvalidInput("Angiv WORKSHOP og --to ADRESSE (eller --retry).",
                           "Give WORKSHOP and --to ADDRESS (or --retry).")
    result = push_workshop(ctx.library(), _workshop(ctx, args.workshop), args.to, with_names=args.with_names)
    print(result.message(ctx.language))
    return 0 if result.sent else QUEUED


def _db_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    from exports.credentials import mask
    from exports.shared_db import upgrade_shared

    revision = upgrade_shared(args.address)
    _say(ctx, f"{mask(args.address)}: skema {revision}", f"{mask(args.address)}: schema {revision}")
    return 0


def _bank_search(args: argparse.Namespace, ctx: Context) -> int:
    from exports.idea_bank import BankQuery, export_bank_csv, search_ideas

    query = BankQuery(
        text=args.text, template=args.template, phase=args.phase, tag=args.tag,
        date_from=_date(args.date_from), date_to=_date(args.date_to), table_group=args.group,
        sort=args.sort, limit=args.limit,
    )
    ideas = search_ideas(getattr(args, "in"), query)
    if args.csv:
        export_bank_csv(ideas, args.csv, language=ctx.language)
    if args.json:
        print(json.dumps([
            {"workshop": i.workshop_title, "workshop_id": str(i.workshop_id),
             "date": i.workshop_date.isoformat() if i.workshop_date else None, "number": i.number,
             "text": i.text, "phase": i.phase, "theme": i.cluster, "table_group": i.table_group,
             "tags": list(i.tags), "dots": i.dots}
            for i in ideas
        ], ensure_ascii=False, indent=2))
        return 0
    for idea in ideas:
        date = idea.workshop_date.isoformat() if idea.workshop_date else "-"
        text = " ".join(idea.text.split())
        print(f"{idea.dots}\t{date}\t{idea.workshop_title}\t{idea.number}\t{text}")
    if not ideas:
        print("Ingen idéer fundet." if ctx.language != "en" else "No ideas found.", file=sys.stderr)
    return 0


def register_exports(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the exporters' commands to ``samskab``."""

    def doc_lang(p: argparse.ArgumentParser) -> None:
        # Not "lang": that is the global option for messages.
        p.add_argument("--lang", dest="doc_lang", choices=("da", "en"),
                       help="dokumentets sprog (ellers workshoppens)")

    p = sub.add_parser("pdf", help="skriv opsamlingen (PDF) for en workshop")
    p.add_argument("workshop")
    p.add_argument("out", type=Path)
    p.add_argument("--without-names", action="store_true", help="kun antal deltagere, ingen navne")
    p.add_argument("--municipality", default="", help="kommunens navn på forsiden")
    p.add_argument("--logo", type=Path, help="kommunens logo på forsiden (PNG eller JPEG)")
    p.add_argument("--contact", default="", help="kontakt i innovationsenheden")
    p.add_argument("--next-step", default="", help="næste skridt (ellers handlingsplanens første test)")
    doc_lang(p)
    p.set_defaults(handler=_pdf)

    p = sub.add_parser("cards", help="skriv rollekort til udskrivning (PDF)")
    p.add_argument("out", type=Path)
    p.add_argument("--workshop", help="med deltagernes navne fra denne workshop")
    p.add_argument("--without-names", action="store_true")
    doc_lang(p)
    p.set_defaults(handler=_cards)

    p = sub.add_parser("ballots", help="skriv papirstemmesedler til en afstemning (PDF)")
    p.add_argument("workshop")
    p.add_argument("--round", required=True, help="afstemningens id (eller starten af det)")
    p.add_argument("out", type=Path)
    p.add_argument("--copies", type=int, help="antal sedler (ellers én pr. deltager)")
    doc_lang(p)
    p.set_defaults(handler=_ballots)

    p = sub.add_parser("csv", help="skriv idéerne som CSV til Excel (UTF-8 med BOM, semikolon)")
    p.add_argument("workshop")
    p.add_argument("out", type=Path)
    p.add_argument("--without-names", action="store_true")
    doc_lang(p)
    p.set_defaults(handler=_csv)

    p = sub.add_parser("xlsx", help="skriv idéer, handlingsplan og resultater til Excel (ét ark hver)")
    p.add_argument("workshop")
    p.add_argument("out", type=Path)
    p.add_argument("--without-names", action="store_true")
    doc_lang(p)
    p.set_defaults(handler=_xlsx)

    p = sub.add_parser("export", help="gem en workshop som .samskab-fil")
    p.add_argument("workshop")
    p.add_argument("out", type=Path)
    p.set_defaults(handler=_export)

    p = sub.add_parser("import", help="indlæs en .samskab-fil (flettes efter id; intet dubleres)")
    p.add_argument("file")
    p.set_defaults(handler=_import)

    p = sub.add_parser("push", help="send en workshop til den fælles database (exit 75: venter på forbindelse)")
    p.add_argument("workshop", nargs="?")
    p.add_argument("--to", help="databasens adresse, fx postgresql+psycopg://bruger@server/idebank eller en fil")
    p.add_argument("--with-names", action="store_true", help="send også deltagernes navne")
    p.add_argument("--retry", action="store_true", help="send de afsendelser, der venter på forbindelse")
    p.set_defaults(handler=_push)

    p = sub.add_parser("db", help="den fælles database")
    db = p.add_subparsers(dest="db_command", metavar="KOMMANDO", required=True)
    u = db.add_parser("upgrade", help="opret eller opgradér den fælles databases skema")
    u.add_argument("address")
    u.set_defaults(handler=_db_upgrade)

    p = sub.add_parser("bank", help="idébanken i den fælles database")
    bank = p.add_subparsers(dest="bank_command", metavar="KOMMANDO", required=True)
    s = bank.add_parser("search", help="søg idéer på tværs af workshops")
    s.add_argument("text", nargs="?", default="")
    s.add_argument("--in", required=True, metavar="ADDRESS", help="den fælles databases adresse")
    s.add_argument("--template")
    s.add_argument("--phase")
    s.add_argument("--tag")
    s.add_argument("--from", dest="date_from", metavar="ÅÅÅÅ-MM-DD")
    s.add_argument("--to", dest="date_to", metavar="ÅÅÅÅ-MM-DD")
    s.add_argument("--group", help="bordgruppe")
    s.add_argument("--sort", choices=("votes", "date"), default="votes")
    s.add_argument("--limit", type=int, default=200)
    s.add_argument("--json", action="store_true")
    s.add_argument("--csv", type=Path, help="gem resultatet som CSV")
    s.set_defaults(handler=_bank_search)


__all__ = ["QUEUED", "register_exports"]
