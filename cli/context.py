"""What every command shares: the parser, the library it works on, its language.

Each layer's commands register themselves (:mod:`cli.core`, :mod:`cli.voting`,
:mod:`cli.exports`); :mod:`cli.main` puts them together and starts the app when no
command is given. Exit codes: 0 on success, 1 for an error the user can mend (a
one-line message on stderr), 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
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
