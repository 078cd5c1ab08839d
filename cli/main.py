"""``samskab``: run a command, or start the app when none is given.

PySide6 is imported only when the app starts, so commands run on machines without Qt
and start quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cli.context import Register, run
from cli.core import register_core
from cli.exports import register_exports
from cli.voting import register_voting

REGISTERS: list[Register] = [register_core, register_voting, register_exports]


def main(argv: Sequence[str] | None = None) -> int:
    result = run(argv, REGISTERS)
    if result is not None:
        return result
    from ui.application import start

    return start(list(sys.argv if argv is None else ["samskab", *argv]))


if __name__ == "__main__":
    sys.exit(main())
