"""``samskab``: run a command, or start the app when none is given.

PySide6 is imported only when the app starts, so commands run on machines without Qt
and start quickly. The other way round too: with no command, no command module is
imported (they import the core, SQLAlchemy above all: over a second before the start
window, measured from the bundle and from the venv's ``samskab``); the app shows its
start window first and imports the core behind it (ui/application.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _starts_app(args: Sequence[str]) -> bool:
    """Whether ``args`` hold nothing but the options the app takes (``--library``,
    ``--lang``). Anything else (a command, ``--help``, ``--version``, a mistake) goes to
    the command line's parser, which runs or explains it."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--library")
    parser.add_argument("--lang", choices=("da", "en"))
    try:
        _options, rest = parser.parse_known_args(list(args))
    except argparse.ArgumentError:
        return False
    return not rest


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not _starts_app(args):
        from cli.context import run
        from cli.core import register_core
        from cli.exports import register_exports
        from cli.voting import register_voting

        result = run(args, [register_core, register_voting, register_exports])
        if result is not None:
            return result
    from ui.application import start

    return start(["samskab", *args])


if __name__ == "__main__":
    sys.exit(main())
