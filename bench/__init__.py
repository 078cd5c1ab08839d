"""Samskab's benchmarks (``make bench``): each figure beside its target, as a table.

A module ``bench/bench_<area>.py`` defines ``run() -> list[Figure]``; ``python -m bench``
runs every module (or those named on the command line), each in a fresh process so no
area measures another's leftovers, prints one table and writes
it to ``docs/benchmarks.md`` with the date and the machine. Timings are medians of
repeated runs; nothing here runs in ``make test``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One line of the report. ``better`` says which way is good: "lower" or "higher"."""

    name: str
    measured: float
    target: float | None
    unit: str = "ms"
    better: str = "lower"
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "—"
        ok = self.measured <= self.target if self.better == "lower" else self.measured >= self.target
        return "pass" if ok else "falls short"

    def cells(self) -> tuple[str, str, str, str]:
        op = "<" if self.better == "lower" else "≥"
        if self.target == 0 and self.better == "lower":
            op = "="  # "none at all", e.g. ballots lost
        target = "—" if self.target is None else f"{op} {_fmt(self.target)} {self.unit}"
        measured = f"{_fmt(self.measured)} {self.unit}"
        name = f"{self.name} ({self.note})" if self.note else self.name
        return name, target, measured, self.verdict


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def timings(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Run ``fn`` ``repeat`` times after ``warmup`` runs; each duration in milliseconds."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def median_ms(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    return statistics.median(timings(fn, repeat, warmup))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
