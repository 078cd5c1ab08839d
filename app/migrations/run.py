"""Run the Alembic migrations programmatically, for the local library and the shared database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).parent


def config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head", *, shared: bool = False) -> None:
    """Upgrade ``engine``'s schema. ``shared``: it is the shared database (the idea
    bank), whose migrations also fill what only the bank keeps (0004: idea totals)."""
    cfg = config(engine)
    cfg.attributes["shared"] = shared
    command.upgrade(cfg, revision)


def script_revisions(engine: Engine | None = None) -> list[str]:
    """The revisions in the migration scripts, oldest first."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    script = ScriptDirectory.from_config(cfg)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
