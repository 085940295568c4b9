"""Opening the store: owner-only files, WAL, migrations, and one service per database."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from relancebot.errors import RelancebotError
from relancebot.store.connection import Database

# The named migrations of relancebot.store.migrations, in order: a store that has them all is
# opened without importing sqlite-utils (tests/test_store_migrations.py keeps the two equal).
SCHEMA = (
    "0001_foundation",
    "0002_replies",
    "0003_cases",
    "0004_outbox_settled",
    "0005_outbox_attempts",
    "0006_import_identity",
    "0007_event_actor",
    "0008_web_users",
    "0009_reply_labels",
    "0010_tasks_by_reply",
    "0011_reply_models",
    "0012_statements_and_einvoices",
    "0013_statement_line_kind",
)


class StoreError(RelancebotError):
    """The database cannot be opened or used."""


class AlreadyRunning(StoreError):
    """Another relancebot process holds this database's service lock."""


def _create_owner_only(path: Path) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


_TO_FIX_RIGHTS = "à l'utilisateur qui lance relancebot"


def _refuse_read_only(path: Path) -> None:
    """SQLite opens a write-protected file read-only without a word: the first write of a
    command would fail halfway. WAL also needs to create files beside it."""
    try:
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(
                f"{path} : base de données en lecture seule ou illisible ; donnez le droit de "
                f"lecture et d'écriture sur ce fichier {_TO_FIX_RIGHTS} (chmod 600)"
            )
        folder = path.parent
        if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError(
                f"{path} : le dossier {folder} n'est pas inscriptible (SQLite y crée ses fichiers "
                f"-wal et -shm) ; donnez-y le droit d'écriture {_TO_FIX_RIGHTS}"
            )
    except OSError as exc:
        raise StoreError(f"{path} : base de données inaccessible ({exc.strerror})") from None


def storage_failure(exc: sqlite3.Error | OSError, path: Path | None = None) -> str | None:
    """What a failure of the disk or the file means and what a person can do about it; None
    when SQLite reports a mistake of the code itself (that one deserves its traceback)."""
    where = f"{path} : " if path else ""
    name = getattr(exc, "sqlite_errorname", "")
    if isinstance(exc, OSError):
        return f"{where}base de données inaccessible ({exc.strerror or exc})"
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
        return (
            f"{where}base de données abîmée, ou fichier qui n'en est pas une ({exc}) ; "
            "restaurez la dernière sauvegarde, ou déplacez le fichier pour repartir d'une base vide"
        )
    if name.startswith("SQLITE_READONLY") or name == "SQLITE_CANTOPEN":
        return (
            f"{where}base de données impossible à écrire ({exc}) ; donnez le droit d'écriture "
            f"sur le fichier et son dossier {_TO_FIX_RIGHTS}"
        )
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return f"{where}base de données verrouillée par un autre programme ; réessayez"
    if name == "SQLITE_FULL":
        return f"{where}disque plein ; libérez de la place, puis réessayez"
    if name.startswith("SQLITE_IOERR"):
        return f"{where}erreur d'accès au disque ({exc}) ; vérifiez le disque, puis réessayez"
    return None


def open_database(path: Path) -> Database:
    """Open (creating owner-only if new) and migrate. Every write goes through `db.atomic()`.

    A file or folder that cannot be written, or a file that is not a database, is a StoreError
    saying what to do; SQLite itself only notices at the first PRAGMA or migration."""
    _refuse_read_only(path)
    try:
        _create_owner_only(path)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{path} : base de données inaccessible ({exc})") from None
    try:
        _patiently(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA synchronous = FULL")  # a sent message is recorded durably
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        _migrate(db, path)
    except (OSError, sqlite3.Error) as exc:
        conn.close()
        message = storage_failure(exc, path) or (
            f"{path} : base de données inutilisable ({exc}) ; vérifiez que c'est bien celle "
            "de relancebot, ou restaurez une sauvegarde"
        )
        raise StoreError(message) from None
    return db


PATIENCE = 30.0  # seconds, as the connection's own busy timeout


def _patiently(step: Callable[[], object]) -> None:
    """Run one step of setting a store up, again while SQLite answers "locked".

    Several first connections to a new file (a `run` starting while `status` or a command
    looks) meet while it switches to WAL and creates its tables; in those moments SQLite
    answers "locked" at once instead of waiting, so the waiting is done here. Each step is
    safe to run again (the switch to WAL; migrations, each applied with its record)."""
    deadline = time.monotonic() + PATIENCE
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _migrate(db: Database, path: Path) -> None:
    """Apply pending migrations, one connection at a time.

    Two first connections to a new file (the service's threads, a command typed meanwhile)
    would both create the same tables; a lock file beside the database makes the second wait,
    then find nothing pending. The usual case, nothing pending, takes no lock and does not
    import sqlite-utils."""
    if _applied(db) == set(SCHEMA):
        return
    from sqlite_utils import Database as Migrating

    from relancebot.store.migrations import migrations

    lock_path = path.with_name(path.name + ".migrate-lock")
    _create_owner_only(lock_path)
    with open(lock_path, encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        # The same connection, seen through sqlite-utils (no plugins, no scan for them).
        _patiently(lambda: migrations.apply(Migrating(db.conn, execute_plugins=False)))


def _applied(db: Database) -> set[str]:
    try:
        rows = db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'relancebot'"
        ).fetchall()
    except sqlite3.OperationalError:  # no such table: a new store
        return set()
    return {str(name) for (name,) in rows}


LOCK_PATIENCE = 1.0  # seconds: `status` peeks at the lock for an instant (service_holder)


def _lock_within(handle: IO[str], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)


def service_holder(database_path: Path) -> str | None:
    """Who holds the service lock now ('service, pid 123', 'tick, pid 456'), or None.

    Asked by `status` from another process: a shared lock taken for an instant and released
    at once (a `run` starting in that instant waits for it, see LOCK_PATIENCE)."""
    lock_path = database_path.with_name(database_path.name + ".lock")
    try:
        handle = open(lock_path, encoding="utf-8")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return handle.read().strip() or "un autre processus"
        fcntl.flock(handle, fcntl.LOCK_UN)
        return None
    finally:
        handle.close()


@contextmanager
def service_lock(database_path: Path, what: str) -> Iterator[None]:
    """Hold an exclusive lock beside the database while a service or a tick works.

    Two watchers on one mailbox would handle every reply twice; two senders could race on the
    outbox. The lock is released by the kernel if the process dies, so a crash never leaves
    a stale lock behind.
    """
    lock_path = database_path.with_name(database_path.name + ".lock")
    _create_owner_only(lock_path)
    handle: IO[str] = open(lock_path, "r+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
    try:
        if not _lock_within(handle, LOCK_PATIENCE):
            holder = handle.read().strip() or "un autre processus"
            raise AlreadyRunning(
                f"{database_path} est déjà utilisée par relancebot ({holder}) : "
                "un seul service par base de données"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{what}, pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()
