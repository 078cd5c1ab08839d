"""Database passwords: kept in the system keyring, never in settings or messages.

A shared-database address may be typed with its password
(``postgresql+psycopg://samskab:hemmeligt@db.kommune.dk/idebank``).
:func:`remember` splits the password out, stores it in the system keyring (through
``keyring``: Windows Credential Manager, macOS Keychain, Secret Service on Linux) and
returns the address *without* it — that is what the settings and the push queue
keep. :func:`resolve` puts the password back just before connecting.

Where no keyring is available, nothing is stored: PostgreSQL's own ``~/.pgpass`` file
or the ``PGPASSWORD`` environment variable still work, as the driver reads them when
the address has no password.

Every address shown to a person or written to a log goes through :func:`mask`, and
every database error through :func:`safe_message`, so no secret is ever printed.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import InvalidInput

SERVICE = "samskab-shared-database"
log = logging.getLogger(__name__)


def parse(address: str) -> URL:
    """An address as a SQLAlchemy URL; a bare file path means an SQLite file."""
    address = address.strip()
    if "://" not in address:
        return make_url(f"sqlite:///{address}")
    try:
        return make_url(address)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number ("[::1", "abc")
        raise InvalidInput(
            f"Databaseadressen »{mask(address)}« kan ikke læses. Skriv fx "
            "postgresql+psycopg://bruger@server/database eller en filsti.",
            f"The database address '{mask(address)}' cannot be read. Write e.g. "
            "postgresql+psycopg://user@server/database or a file path.",
        ) from None


def key_of(url: URL) -> str:
    """The keyring entry's name: the address without its password."""
    # URL.set(password=None) leaves the password alone; replace the field itself.
    return url._replace(password=None).render_as_string(hide_password=False)


def mask(address: str | URL) -> str:
    """The address with any password replaced by ``***`` (for messages and logs)."""
    try:
        url = address if isinstance(address, URL) else make_url(address)
    except (ArgumentError, ValueError):
        # Not a URL: hide anything between "://user:" and "@" by hand.
        text = str(address)
        if "://" in text and "@" in text:
            head, rest = text.split("://", 1)
            credentials, host = rest.rsplit("@", 1)
            user = credentials.split(":", 1)[0]
            return f"{head}://{user}:***@{host}"
        return text
    return url.render_as_string(hide_password=True)


def split_password(address: str) -> tuple[str, str | None]:
    """``(address without password, password or None)``."""
    url = parse(address)
    password = url.password
    return key_of(url), (str(password) if password is not None else None)


def remember(address: str) -> str:
    """Store the address's password in the keyring (if any); return the address without it."""
    bare, password = split_password(address)
    if password is not None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, bare, password)
        except KeyringError as error:
            log.warning("no keyring to store the password for %s: %s", bare, type(error).__name__)
    return bare


def resolve(address: str) -> URL:
    """The URL to connect with: the password from the address, else from the keyring."""
    url = parse(address)
    if url.password is not None or url.get_backend_name() == "sqlite":
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(SERVICE, key_of(url))
    except KeyringError:
        password = None
    return url.set(password=password) if password else url


def forget(address: str) -> None:
    """Remove a stored password (when the user removes the shared database)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, key_of(parse(address)))
    except (PasswordDeleteError, KeyringError):
        pass


def safe_message(error: BaseException, *secrets: str | None) -> str:
    """A database error's own message (never the SQL or its parameters), secrets removed."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


__all__ = ["SERVICE", "forget", "key_of", "mask", "parse", "remember", "resolve", "safe_message", "split_password"]
