"""Run ``samskab`` commands in the test's own process, as the entry point would.

Most command-line tests use this (fast, measured by coverage); a few run the real entry
point in a subprocess for exit codes, signals and the absence of Qt.
"""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def samskab(*args: str) -> Result:
    """``samskab ARGS``: its exit code and what it printed."""
    from cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit:  # argparse: a wrong command line, or --help
            code = exit.code if isinstance(exit.code, int) else 2
    return Result(code, out.getvalue(), err.getvalue())
