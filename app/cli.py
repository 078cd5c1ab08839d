"""The command line: ``samskab <command>`` for automation and the innovation unit.

Each layer registers its own commands (this module the core's, ``exports.cli`` the
exporters'); ``ui.main`` puts them together and starts the app when no command is
given. Exit codes: 0 on success, 1 for an error the user can mend (a one-line message
on stderr), 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import SamskabError
from app.library import Library, default_library_path, open_library

Handler = Callable[[argparse.Namespace, "Context"], int]
Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


@dataclass
class Context:
    """What a command needs: where the library is and which language to speak."""

    library_path: Path
    language: str
    _library: Library | None = field(default=None, repr=False)

    def library(self) -> Library:
        if self._library is None:
            self._library = open_library(self.library_path)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()


def user_templates_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Samskab", appauthor=False) / "templates"


def system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "en" if value.startswith("en") else "da"
    return "da"


def build_parser(registers: Sequence[Register]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samskab",
        description="Samskab: innovationsworkshops i kommunen. Uden kommando startes programmet.",
    )
    parser.add_argument("--library", type=Path, help="biblioteksfilen (ellers SAMSKAB_LIBRARY eller brugerens datamappe)")
    parser.add_argument("--lang", choices=("da", "en"), help="sprog for meddelelser (da eller en)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for register in registers:
        register(sub)
    return parser


def run(argv: Sequence[str] | None, registers: Sequence[Register]) -> int | None:
    """Run a command; returns ``None`` when no command was given (start the app)."""
    parser = build_parser(registers)
    args = parser.parse_args(argv)
    if args.command is None:
        return None
    context = Context(
        library_path=args.library or default_library_path(),
        language=args.lang or system_language(),
    )
    handler: Handler = args.handler
    try:
        return handler(args, context)
    except SamskabError as error:
        print(f"samskab: {error.message(context.language)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        context.close()


# -- the core's commands ------------------------------------------------------------------


def _templates(args: argparse.Namespace, ctx: Context) -> int:
    from app.templates import load_templates, template_dirs

    templates = load_templates(template_dirs(user_templates_dir()))
    for template in templates.values():
        print(f"{template.id}\t{template.name.get(ctx.language)}\t{len(template.phases)}")
    return 0


def _check_template(args: argparse.Namespace, ctx: Context) -> int:
    from app.templates import load_template

    template = load_template(Path(args.file))
    print(
        f"OK: {template.id} — {template.name.get(ctx.language)}, "
        f"{len(template.phases)} faser" if ctx.language == "da" else
        f"OK: {template.id} — {template.name.get(ctx.language)}, {len(template.phases)} phases"
    )
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
    p = sub.add_parser("templates", help="vis skabelonerne")
    p.set_defaults(handler=_templates)

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


def main(argv: Sequence[str] | None = None) -> int:
    """The core's commands alone (``python -m app.cli``), for machines without Qt."""
    from app.voting_cli import register_voting

    result = run(argv, [register_core, register_voting])
    if result is None:
        build_parser([register_core, register_voting]).print_help()
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
