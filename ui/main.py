"""``samskab``: run a command, or start the app when none is given.

PySide6 is imported only when the app starts, so commands run on machines without Qt
and start quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import Register, register_core, run


def registers() -> list[Register]:
    from app.voting_cli import register_voting

    found: list[Register] = [register_core, register_voting]
    try:
        from exports.cli import register_exports
    except ImportError:  # the exporters are optional on a bare core install
        pass
    else:
        found.append(register_exports)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    result = run(argv, registers())
    if result is not None:
        return result
    from ui.application import start

    return start(list(sys.argv if argv is None else ["samskab", *argv]))


if __name__ == "__main__":
    sys.exit(main())
