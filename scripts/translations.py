"""Bring every translation file up to date with the sources (``make translations``).

For each area of ui.i18n.CATALOGS: ``lupdate`` into ``ui/i18n/AREA_da.ts`` (new strings
come in unfinished: translate them, then run this again) and, with ``-pluralonly``,
into ``AREA_en.ts`` (English needs only the plural forms of "%n" strings), then
``lrelease`` of every ``.ts`` into its ``.qm``. Prints the strings left unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui.i18n import CATALOGS, I18N_DIR  # noqa: E402 - after the path is set


def sources(area: str) -> list[str]:
    return [str(p.relative_to(ROOT)) for pattern in CATALOGS[area] for p in sorted(ROOT.glob(pattern))]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (pip install PySide6-Essentials)")
    return found


def main() -> int:
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    left = 0
    for area in CATALOGS:
        da, en = I18N_DIR / f"{area}_da.ts", I18N_DIR / f"{area}_en.ts"
        subprocess.run([lupdate, *sources(area), "-target-language", "da_DK", "-ts", str(da)], cwd=ROOT, check=True,
                       capture_output=True)
        subprocess.run([lupdate, *sources(area), "-pluralonly", "-target-language", "en", "-ts", str(en)], cwd=ROOT,
                       check=True, capture_output=True)
        for ts in (da, en):
            for context in ET.parse(ts).iter("context"):
                for message in context.iter("message"):
                    if message.find("translation").get("type") == "unfinished":  # type: ignore[union-attr]
                        left += 1
                        sys.stdout.write(f"{ts.name}: {context.findtext('name')}: {message.findtext('source')}\n")
    for ts in sorted(I18N_DIR.glob("*.ts")):
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    sys.stdout.write(f"{left} unfinished\n" if left else "all translated and compiled\n")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
