"""A throwaway PostgreSQL server for tests, built from the installed Debian binaries.

    with PgServer() as pg:
        engine = sqlalchemy.create_engine(pg.url)

The server lives in a fresh directory under /tmp, listens on 127.0.0.1 on a free
port with trust authentication, and is removed again by ``stop()``. ``pg_ctl``
refuses to run as root, so as root every server binary runs as the ``postgres``
system user (``runuser -u postgres``) and the directory is handed to that user.

For fault tests: ``kill()`` stops the server the hard way (``pg_ctl stop -m
immediate``) and keeps the data; ``start()`` brings it back on the same port
(with crash recovery); ``restart()`` is a clean restart.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import shutil
import socket
import stat
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

import pytest

DATABASE = "samskab_test"
SUPERUSER = "postgres"
PG_LIB = "/usr/lib/postgresql"
_TIMEOUT_S = 120


def find_bindir() -> Path:
    """The newest /usr/lib/postgresql/*/bin holding initdb and pg_ctl.

    ``SAMSKAB_PG_BINDIR`` overrides the search (for non-Debian systems).
    """
    override = os.environ.get("SAMSKAB_PG_BINDIR")
    candidates = [Path(override)] if override else []
    if not override:

        def version(path: str) -> tuple[int, ...]:
            name = Path(path).parent.name
            return tuple(int(part) for part in re.findall(r"\d+", name)) or (0,)

        candidates = [Path(p) for p in sorted(glob.glob(f"{PG_LIB}/*/bin"), key=version, reverse=True)]
    for bindir in candidates:
        if all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    where = override or f"{PG_LIB}/*/bin"
    raise RuntimeError(
        f"PostgreSQL server binaries (initdb, pg_ctl, postgres) not found in {where}. "
        "Install them with `scripts/system-deps.sh test` "
        "(Debian: apt-get install postgresql), or set SAMSKAB_PG_BINDIR."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A private PostgreSQL cluster: ``start()``, ``stop()``, ``url``; a context manager."""

    def __init__(self, database: str = DATABASE) -> None:
        self.database = database
        self.bindir = find_bindir()
        self.as_root = os.geteuid() == 0
        self.port: int | None = None
        self.basedir: Path | None = None
        self._initialised = False
        self._running = False
        if self.as_root:
            if shutil.which("runuser") is None:
                raise RuntimeError("running as root but `runuser` (util-linux) is missing")
            try:
                self._pw = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise RuntimeError(
                    "running as root, and pg_ctl refuses root, but there is no `postgres` "
                    "system user: install Debian's postgresql package"
                ) from None

    # -- paths -------------------------------------------------------------

    @property
    def datadir(self) -> Path:
        return self._base / "data"

    @property
    def sockdir(self) -> Path:
        return self._base / "sock"

    @property
    def logfile(self) -> Path:
        return self._base / "postgres.log"

    @property
    def _base(self) -> Path:
        if self.basedir is None:
            raise RuntimeError("PgServer not started")
        return self.basedir

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the test database (psycopg 3 driver)."""
        if self.port is None:
            raise RuntimeError("PgServer not started")
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{self.database}"

    @property
    def running(self) -> bool:
        return self._running

    # -- running binaries --------------------------------------------------

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd: list[str] = [str(self.bindir / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", SUPERUSER, "--", *cmd]
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        env.pop("PGDATA", None)
        proc = subprocess.run(
            cmd,
            cwd=self.basedir,  # not the caller's cwd: it may be /root, closed to postgres
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_S,
            check=False,
        )
        if check and proc.returncode != 0:
            raise RuntimeError(
                f"{' '.join(cmd)} failed with exit code {proc.returncode}\n"
                f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}\n{self._log_tail()}"
            )
        return proc

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.logfile.read_text(errors="replace").splitlines()[-lines:]
        except (OSError, RuntimeError):
            return ""
        return "server log (tail):\n" + "\n".join(text)

    def _options(self) -> str:
        return (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sockdir} "
            "-c fsync=off -c full_page_writes=off"
        )

    # -- set up ------------------------------------------------------------

    def _make_basedir(self) -> None:
        base = Path(tempfile.mkdtemp(prefix="samskab-pg-", dir="/tmp"))
        self.basedir = base
        base.chmod(0o755)
        if self.as_root:
            # postgres must be able to reach the directory: every parent traversable.
            for parent in base.parents:
                mode = parent.stat().st_mode
                if not mode & stat.S_IXOTH:
                    parent.chmod(stat.S_IMODE(mode) | 0o755)
        self.sockdir.mkdir(mode=0o700)
        if self.as_root:
            for path in (base, self.sockdir):
                os.chown(path, self._pw.pw_uid, self._pw.pw_gid)

    def _initdb(self) -> None:
        common = ["-D", str(self.datadir), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-sync"]
        proc = self._run("initdb", *common, "--locale=C.UTF-8", check=False)
        if proc.returncode != 0:  # no C.UTF-8 locale on this system: plain C
            shutil.rmtree(self.datadir, ignore_errors=True)
            self._run("initdb", *common, "--locale=C")

    def _pg_ctl_start(self) -> subprocess.CompletedProcess[str]:
        return self._run(
            "pg_ctl", "start", "-w", "-t", str(_TIMEOUT_S),
            "-D", str(self.datadir), "-l", str(self.logfile), "-o", self._options(),
            check=False,
        )  # fmt: skip

    # -- life cycle --------------------------------------------------------

    def start(self) -> PgServer:
        """Create the cluster and database on first call; (re)start the server."""
        if self._running:
            return self
        if self.basedir is None:
            self._make_basedir()
            _live.add(self)
        if not self._initialised:
            self._initdb()
        if self.port is None:
            # The port could be taken between probing and binding: try a few.
            for _attempt in range(5):
                self.port = _free_port()
                proc = self._pg_ctl_start()
                if proc.returncode == 0:
                    break
                if "already in use" not in self._log_tail(10):
                    break
        else:  # same port again, after kill() or stop(cleanup=False)
            proc = self._pg_ctl_start()
        if proc.returncode != 0:
            raise RuntimeError(
                f"pg_ctl start failed (exit {proc.returncode})\n{proc.stdout}\n{proc.stderr}\n"
                f"{self._log_tail()}"
            )
        self._running = True
        if not self._initialised:
            self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER, self.database)
            self._initialised = True
        return self

    def restart(self) -> None:
        """A clean restart (pg_ctl restart -m fast), same port and data."""
        self._run(
            "pg_ctl", "restart", "-w", "-t", str(_TIMEOUT_S), "-m", "fast",
            "-D", str(self.datadir), "-l", str(self.logfile), "-o", self._options(),
        )  # fmt: skip
        self._running = True

    def kill(self) -> None:
        """Stop at once, as in a crash (pg_ctl stop -m immediate); the data stays for start()."""
        if self._running:
            self._run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.datadir))
            self._running = False

    def stop(self, cleanup: bool = True) -> None:
        """Shut the server down (-m fast) and, unless cleanup=False, delete its files."""
        if self._running:
            self._run("pg_ctl", "stop", "-w", "-t", str(_TIMEOUT_S), "-m", "fast", "-D", str(self.datadir))
            self._running = False
        if cleanup and self.basedir is not None:
            shutil.rmtree(self.basedir, ignore_errors=True)
            self.basedir = None
            self.port = None
            self._initialised = False
            _live.discard(self)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self._running else "stopped"
        return f"<PgServer {state} port={self.port} dir={self.basedir}>"


# Servers still alive when the interpreter exits (a crashed test run) are shut down,
# so no postgres process outlives the tests.
_live: set[PgServer] = set()


@atexit.register
def _stop_all() -> None:
    for server in list(_live):
        with contextlib.suppress(Exception):
            server.kill()
        with contextlib.suppress(Exception):
            server.stop()


@pytest.fixture(scope="session", name="pg_server")
def pg_server_fixture() -> Iterator[PgServer]:
    """One throwaway server for the whole session. Never skips: missing binaries fail."""
    with PgServer() as server:
        yield server


__all__: Sequence[str] = ["PgServer", "find_bindir", "pg_server_fixture", "DATABASE"]
