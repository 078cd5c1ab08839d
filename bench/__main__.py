"""Run the benchmarks and print the report: ``python -m bench [area ...]``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
import os
import platform
import subprocess
import sys
import traceback
from pathlib import Path

from bench import Figure

HERE = Path(__file__).parent
REPORT = HERE.parent / "docs" / "benchmarks.md"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "target", "median here", "verdict"), *(f.cells() for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def _run_area(name: str) -> list[Figure]:
    """One area's figures, measured in a fresh process: after other areas, one process
    held ~720 MB of their objects, so the memory soak's growth read as a fraction of
    that and the collector's pauses showed up as phone latency."""
    result = subprocess.run([sys.executable, "-m", "bench", "--area-json", name], stdout=subprocess.PIPE,
                            text=True, check=True)
    return [Figure(**fields) for fields in json.loads(result.stdout.splitlines()[-1])]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[:1] == ["--area-json"]:  # the child of _run_area
        module = importlib.import_module(f"bench.bench_{argv[1]}")
        print(json.dumps([dataclasses.asdict(f) for f in module.run()]), flush=True)
        return 0
    names = argv or sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    figures: list[Figure] = []
    failed = []
    for name in names:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            figures.extend(_run_area(name))
        except Exception:
            traceback.print_exc()
            failed.append(name)
    report = table(figures)
    print(report)
    if not argv:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text(
            "# Benchmarks\n\n"
            f"Measured {stamp} on {machine()} by `make bench`. Medians of repeated runs; "
            "shared machines are noisy, so read a 'falls short' beside its floor.\n\n"
            f"{report}\n",
            encoding="utf-8",
        )
    if failed:
        print(f"benchmarks that failed to run: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
