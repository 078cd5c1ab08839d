"""scripts/system-deps.sh on a machine of our making: fake ``dpkg-query``, ``apt-cache``
and ``id`` (a non-root user) first on PATH, so nothing is installed for real.

The point: Qt's libraries need GLib and its X11 plugin libxcb-shape, which a minimal
Debian lacks; `make run` must name them instead of starting an app that cannot load
(``libglib-2.0.so.0: cannot open shared object file``). GLib has two names
(``libglib2.0-0`` on Debian 12, ``libglib2.0-0t64`` on Debian 13 and Ubuntu 24.04):
either installed is enough, and the missing one is asked for by the name apt knows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system-deps.sh"
RUN_PACKAGES = [
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxkbcommon-x11-0",
    "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "fonts-dejavu-core",
]

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _fake(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def run_script(tmp_path: Path, installed: list[str], known: list[str]) -> subprocess.CompletedProcess[str]:
    fake = tmp_path / "bin"
    fake.mkdir()
    # dpkg-query -W -f=FORMAT NAME: "installed" for the names listed, an error otherwise.
    _fake(fake, "dpkg-query", 'for n in $FAKE_INSTALLED; do [ "$n" = "$3" ] && { printf installed; exit 0; }; done; exit 1')
    _fake(fake, "apt-cache", 'for n in $FAKE_KNOWN; do [ "$n" = "$2" ] && exit 0; done; exit 100')
    _fake(fake, "apt-get", 'echo "apt-get must not run" >&2; exit 99')
    _fake(fake, "id", "echo 1000")
    env = {
        **os.environ,
        "PATH": f"{fake}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "PYTHON": sys.executable,
        "FAKE_INSTALLED": " ".join(installed),
        "FAKE_KNOWN": " ".join(known),
    }
    return subprocess.run(["bash", str(SCRIPT), "run"], env=env, capture_output=True, text=True, timeout=60, check=False)


def test_a_minimal_machine_is_told_to_install_glib_and_xcb_shape(tmp_path: Path) -> None:
    others = [p for p in RUN_PACKAGES if p != "libxcb-shape0"]
    done = run_script(tmp_path, installed=others, known=["libglib2.0-0t64", "libxcb-shape0"])
    assert done.returncode == 1, done.stderr
    line = next(ln for ln in done.stderr.splitlines() if "apt-get install" in ln)
    assert line.split()[-2:] == ["libxcb-shape0", "libglib2.0-0t64"]
    assert "must not run" not in done.stderr


def test_glib_by_its_older_name_is_asked_for_where_apt_knows_only_that(tmp_path: Path) -> None:
    done = run_script(tmp_path, installed=RUN_PACKAGES, known=["libglib2.0-0"])
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1].split()[-1] == "libglib2.0-0"


@pytest.mark.parametrize("glib", ["libglib2.0-0", "libglib2.0-0t64"])
def test_either_name_of_glib_installed_is_enough(tmp_path: Path, glib: str) -> None:
    done = run_script(tmp_path, installed=[*RUN_PACKAGES, glib], known=[])
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
