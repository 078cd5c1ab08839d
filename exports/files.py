"""Writing an exported file whole or not at all.

Every exporter (PDF handout, role cards, ballots, CSV, workshop file) writes through
:func:`atomic_open` or :func:`write_bytes`: the content goes to a hidden
``.NAME.part`` beside the target, is flushed to the disk, and only then renamed over
the target. On any failure — a full disk, a read-only folder, an error while
rendering — the ``.part`` file is removed and an existing file at the target is left
as it was. An ``OSError`` becomes one sentence (:func:`app.errors.write_error`: "the
disk is full: PATH was not saved").
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from app.errors import write_error


def part_path(target: Path) -> Path:
    """The hidden temporary file a target is written to first."""
    return target.with_name(f".{target.name}.part")


@contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open ``path`` for writing through a ``.part`` file renamed into place when the
    block ends without an error (``mode`` is ``"wb"`` or ``"w"``)."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes only ('w' or 'wb'), not {mode!r}")
    target = Path(path)
    temporary = part_path(target)
    try:
        with temporary.open(mode, encoding=encoding, newline=newline) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        with suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise write_error(error, target) from error
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all; returns the path."""
    with atomic_open(path, "wb") as file:
        file.write(data)
    return Path(path)


__all__ = ["atomic_open", "part_path", "write_bytes"]
