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

from app.errors import NO_SPACE, SamskabError, write_error
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


def version_text() -> str:
    """``samskab --version``: the installed version (the package metadata, which the
    bundle carries too) and the library schema this version writes."""
    from importlib.metadata import version

    from app.library import SCHEMA_HEAD

    return f"samskab {version('samskab')} (biblioteksskema {SCHEMA_HEAD})"


class _VersionAction(argparse.Action):
    """``--version``, worked out only when asked for (argparse's own takes the text up front)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="vis versionen og biblioteksskemaet, og afslut")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(version_text())
        parser.exit()


def build_parser(registers: Sequence[Register]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samskab",
        description="Samskab: innovationsworkshops i kommunen. Uden kommando startes programmet.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--library", type=Path, help="biblioteksfilen (ellers SAMSKAB_LIBRARY eller brugerens datamappe)")
    parser.add_argument("--lang", choices=("da", "en"), help="sprog for meddelelser (da eller en)")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for register in registers:
        register(sub)
    return parser


def _asked_language(argv: Sequence[str]) -> str:
    """The ``--lang`` of a command line not yet parsed, else the system's."""
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return "en" if arg.endswith("=en") else "da"
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "da"
    return system_language()


def undecodable(argv: Sequence[str]) -> SamskabError | None:
    """The first argument that is not valid UTF-8 text, as a message; else ``None``.

    Python hands such bytes over as lone surrogates, which would crash at the first
    print, database write or file name; they are refused before anything runs.
    """
    for number, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(arg).decode("utf-8", "backslashreplace")
            return SamskabError(
                f"Argument {number} (»{shown}«) er ikke gyldig UTF-8-tekst; skriv det igen, eller omdøb filen.",
                f"Argument {number} ('{shown}') is not valid UTF-8 text; type it again, or rename the file.",
            )
    return None


def explain(error: BaseException, context: Context) -> str | None:
    """One line for an error no layer below explained, or ``None`` for a real bug."""
    if isinstance(error, SamskabError):
        return error.message(context.language)
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else context.library_path
        if error.errno in NO_SPACE:
            return write_error(error, where).message(context.language)
        return f"{where}: {error.strerror or error}."
    from sqlalchemy.exc import DBAPIError

    from app.library import explain_failure

    if isinstance(error, DBAPIError):
        return explain_failure(error, str(context.library_path)).message(context.language)
    return None


def run(argv: Sequence[str] | None, registers: Sequence[Register]) -> int | None:
    """Run a command; returns ``None`` when no command was given (start the app)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = undecodable(argv)
    if bad is not None:
        print(f"samskab: {bad.message(_asked_language(argv))}", file=sys.stderr)
        return 2
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
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        message = explain(error, context)
        if message is None:
            raise
        print(f"samskab: {message}", file=sys.stderr)
        return 1
    finally:
        context.close()
