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
from typing import Any

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


def _board(args: argparse.Namespace, ctx: Context) -> int:
    from app.queries import load_workshop
    from exports.board_picture import build_board_pdf

    workshop_id = _workshop(ctx, args.workshop)
    cluster_id = None
    if args.theme:
        wanted = args.theme.strip().casefold()
        found = [c.id for c in load_workshop(ctx.library(), workshop_id).clusters if c.title.strip().casefold() == wanted]
        if not found:
            raise NotFound(f"Intet tema hedder »{args.theme}«.", f"No theme is called '{args.theme}'.")
        cluster_id = found[0]
    path = build_board_pdf(ctx.library(), workshop_id, args.out, cluster_id=cluster_id, language=args.doc_lang)
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
    from exports.idea_followup import parse_status, status_name

    query = BankQuery(
        text=args.text, template=args.template, phase=args.phase, tag=args.tag,
        date_from=_date(args.date_from), date_to=_date(args.date_to), table_group=args.group,
        status=parse_status(args.status) if args.status else None, sort=args.sort, limit=args.limit,
    )
    ideas = search_ideas(getattr(args, "in"), query)
    if args.csv:
        export_bank_csv(ideas, args.csv, language=ctx.language)
    if args.json:
        print(json.dumps([
            {"workshop": i.workshop_title, "workshop_id": str(i.workshop_id),
             "date": i.workshop_date.isoformat() if i.workshop_date else None, "number": i.number,
             "text": i.text, "phase": i.phase, "theme": i.cluster, "table_group": i.table_group,
             "tags": list(i.tags), "dots": i.dots, "id": str(i.id), "status": i.status}
            for i in ideas
        ], ensure_ascii=False, indent=2))
        return 0
    for idea in ideas:
        date = idea.workshop_date.isoformat() if idea.workshop_date else "-"
        text = " ".join(idea.text.split())
        print(f"{idea.dots}\t{date}\t{status_name(idea.status, ctx.language)}\t{idea.workshop_title}\t"
              f"{idea.number}\t{text}\t{idea.id}")
    if not ideas:
        print("Ingen idéer fundet." if ctx.language != "en" else "No ideas found.", file=sys.stderr)
    return 0


def _idea_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise InvalidInput(f"»{value}« er intet idé-id (se samskab bank search --json).",
                           f"'{value}' is no idea id (see samskab bank search --json).") from None


def _number_or_none(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.replace(",", "."))
    except ValueError:
        raise InvalidInput(f"»{value}« er intet tal.", f"'{value}' is not a number.") from None


def _bank_set_status(args: argparse.Namespace, ctx: Context) -> int:
    import getpass

    from exports.idea_followup import set_follow_up, status_name

    values: dict[str, Any] = {"status": args.status}
    for key in ("owner", "value_kind", "for_whom", "what_value", "where_else", "note"):
        if getattr(args, key) is not None:
            values[key] = getattr(args, key)
    if args.due is not None:
        values["next_date"] = _date(args.due) if args.due else None
    for key in ("value_hours", "value_kroner"):
        if getattr(args, key) is not None:
            values[key] = _number_or_none(getattr(args, key))
    done = set_follow_up(getattr(args, "in"), _idea_id(args.idea), who=args.by or getpass.getuser(), **values)
    _say(ctx, f"{done.idea_id}: {status_name(done.status)}", f"{done.idea_id}: {status_name(done.status, 'en')}")
    return 0


def _bank_history(args: argparse.Namespace, ctx: Context) -> int:
    from exports.idea_followup import status_history

    for change in status_history(getattr(args, "in"), _idea_id(args.idea)):
        what = ", ".join(f"{k}: {old!r} → {new!r}" for k, (old, new) in change.changes.items())
        print(f"{change.changed_at:%Y-%m-%d %H:%M}\t{change.changed_by}\t{what}")
    return 0


def _bank_overview(args: argparse.Namespace, ctx: Context) -> int:
    from exports.idea_followup import STATUSES, bank_overview, status_name

    overview = bank_overview(getattr(args, "in"))
    if args.json:
        print(json.dumps({"total": overview.total, "by_status": overview.by_status,
                          "by_template": overview.by_template,
                          "by_year": {str(k): v for k, v in overview.by_year.items()},
                          "hours": overview.hours, "kroner": overview.kroner, "valued": overview.valued},
                         ensure_ascii=False, indent=2))
        return 0
    for status in STATUSES:
        print(f"{status_name(status, ctx.language)}\t{overview.by_status.get(status, 0)}")
    _say(ctx, f"Dokumenteret værdi: {overview.hours:g} timer, {overview.kroner:g} kr. ({overview.valued} idéer)",
         f"Documented value: {overview.hours:g} hours, DKK {overview.kroner:g} ({overview.valued} ideas)")
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

    p = sub.add_parser("board", help="skriv tavlen (hele, eller ét tema) som PDF")
    p.add_argument("workshop")
    p.add_argument("out", type=Path)
    p.add_argument("--theme", help="kun dette tema (dets titel)")
    doc_lang(p)
    p.set_defaults(handler=_board)

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
    s.add_argument("--status", help="ny, udvalgt, afprøves, implementeret eller lagt til side")
    s.add_argument("--sort", choices=("votes", "date"), default="votes")
    s.add_argument("--limit", type=int, default=200)
    s.add_argument("--json", action="store_true")
    s.add_argument("--csv", type=Path, help="gem resultatet som CSV")
    s.set_defaults(handler=_bank_search)

    s = bank.add_parser("set-status", help="sæt en idés status, ejer, næste dato og værdi (gemmes med hvem og hvornår)")
    s.add_argument("idea", help="idéens id (samskab bank search --json)")
    s.add_argument("status", help="ny, udvalgt, afprøves, implementeret eller lagt til side")
    s.add_argument("--in", required=True, metavar="ADDRESS", help="den fælles databases adresse")
    s.add_argument("--owner", help="projektejeren")
    s.add_argument("--due", metavar="ÅÅÅÅ-MM-DD", help="næste dato ('' sletter den)")
    s.add_argument("--value-kind", help="merværdiens slags: samme-service-faerre-ressourcer eller "
                                        "mere-service-samme-ressourcer")
    s.add_argument("--value-hours", help="skønnet værdi i timer")
    s.add_argument("--value-kroner", help="skønnet værdi i kroner")
    s.add_argument("--for-whom", help="for hvem har det skabt værdi?")
    s.add_argument("--what-value", help="hvilken værdi, og hvad er der af uventet værdi?")
    s.add_argument("--where-else", help="hvordan kan idéen bruges andre steder?")
    s.add_argument("--note", help="en note")
    s.add_argument("--by", help="hvem ændrer (ellers brugernavnet)")
    s.set_defaults(handler=_bank_set_status)

    s = bank.add_parser("history", help="vis hvem der har ændret en idés opfølgning og hvornår")
    s.add_argument("idea")
    s.add_argument("--in", required=True, metavar="ADDRESS")
    s.set_defaults(handler=_bank_history)

    s = bank.add_parser("overview", help="overblik: idéer pr. status, skabelon og år, og den dokumenterede værdi")
    s.add_argument("--in", required=True, metavar="ADDRESS")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_bank_overview)


__all__ = ["QUEUED", "register_exports"]
