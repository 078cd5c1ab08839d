"""The core's commands: templates, new workshops, the sample, the list."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.templates import user_templates_dir
from cli.context import Context


def _templates(args: argparse.Namespace, ctx: Context) -> int:
    """List the templates that load; a broken one is named on stderr with its reason,
    and does not hide the others."""
    import sys

    from app.templates import scan_templates, template_dirs

    scan = scan_templates(template_dirs(user_templates_dir()))
    for template in scan.templates.values():
        print(f"{template.id}\t{template.name.get(ctx.language)}\t{len(template.phases)}")
    for problem in scan.problems:
        print(f"samskab: {'ugyldig skabelon' if ctx.language == 'da' else 'invalid template'}: "
              f"{problem.message(ctx.language)}", file=sys.stderr)
    return 0


def _save_template(args: argparse.Namespace, ctx: Context) -> int:
    from app.operations.plan import save_as_template
    from app.queries import find_workshop

    library = ctx.library()
    template = save_as_template(library, find_workshop(library, args.workshop), args.name,
                                description=args.description or "", replace=args.replace)
    print(template.path)
    return 0


def _check_template(args: argparse.Namespace, ctx: Context) -> int:
    from app.templates import load_template

    template = load_template(Path(args.file))
    count = len(template.phases)
    if ctx.language == "da":
        phases = f"{count} fase" if count == 1 else f"{count} faser"
    else:
        phases = f"{count} phase" if count == 1 else f"{count} phases"
    print(f"OK: {template.id} — {template.name.get(ctx.language)}, {phases}")
    return 0


def _new(args: argparse.Namespace, ctx: Context) -> int:
    import datetime as dt

    from app.errors import InvalidInput
    from app.operations import create_workshop
    from app.templates import get_template, template_dirs

    template = get_template(args.template, template_dirs(user_templates_dir()))
    date = None
    if args.date:
        try:
            date = dt.date.fromisoformat(args.date)
        except ValueError:
            raise InvalidInput(
                f"Datoen »{args.date}« skal skrives ÅÅÅÅ-MM-DD.",
                f"The date '{args.date}' must be written YYYY-MM-DD.",
            ) from None
    changes = create_workshop(
        ctx.library(), template, title=args.title, question=args.question or "", date=date,
        place=args.place or "", facilitator=args.facilitator or "",
        language=args.language or ctx.language,
    )
    print(changes.subject)
    return 0


def _sample(args: argparse.Namespace, ctx: Context) -> int:
    from app.operations import add_sample
    from app.templates import load_sample, load_templates

    templates = load_templates()
    sample = load_sample(templates=templates)
    print(add_sample(ctx.library(), sample, templates[sample.template]).subject)
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    from app.queries import list_workshops

    summaries = list_workshops(ctx.library(), args.search or "")
    if args.json:
        print(json.dumps([
            {"id": str(s.id), "title": s.title, "date": s.date.isoformat() if s.date else None,
             "template": s.template_id, "ideas": s.idea_count}
            for s in summaries
        ], ensure_ascii=False, indent=2))
        return 0
    for s in summaries:
        print(f"{s.id}\t{s.date or '-'}\t{s.template_id}\t{s.idea_count}\t{s.title}")
    return 0


def register_core(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("templates", help="vis skabelonerne (eller gem en workshops plan som skabelon)")
    p.set_defaults(handler=_templates)
    actions = p.add_subparsers(dest="templates_command", metavar="HANDLING")
    save = actions.add_parser("save", help="gem workshoppens plan som din egen skabelon; skriver filens sti")
    save.add_argument("workshop")
    save.add_argument("name", help="skabelonens navn, som det vises i listen")
    save.add_argument("--description", help="en linje om, hvornår skabelonen passer")
    save.add_argument("--replace", action="store_true", help="erstat en skabelon med samme navn")
    save.set_defaults(handler=_save_template)

    p = sub.add_parser("check-template", help="kontrollér en skabelonfil")
    p.add_argument("file")
    p.set_defaults(handler=_check_template)

    p = sub.add_parser("new", help="opret en workshop fra en skabelon; skriver dens id")
    p.add_argument("--template", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--question")
    p.add_argument("--date", help="ÅÅÅÅ-MM-DD")
    p.add_argument("--place")
    p.add_argument("--facilitator")
    p.add_argument("--language", choices=("da", "en"), help="workshoppens sprog")
    p.set_defaults(handler=_new)

    p = sub.add_parser("sample", help="tilføj en kopi af eksempel-workshoppen; skriver dens id")
    p.set_defaults(handler=_sample)

    p = sub.add_parser("list", help="vis workshopperne i biblioteket")
    p.add_argument("--search")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
