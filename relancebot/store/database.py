"""Opening the store: owner-only files, WAL, migrations, and one service per database."""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sqlite_utils import Database

from relancebot.store.migrations import migrations


class StoreError(Exception):
    """The database cannot be opened or used."""


class AlreadyRunning(StoreError):
    """Another relancebot process holds this database's service lock."""


def _create_owner_only(path: Path) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


class Store(Database):
    """sqlite-utils' Database whose outermost transactions take the write lock up front.

    In `run`, the watcher thread and the passes write through separate connections. A
    deferred transaction that reads and then writes fails at once (SQLITE_BUSY) when the
    other connection committed in between; BEGIN IMMEDIATE waits for the lock instead.
    Nested blocks keep sqlite-utils' savepoints.
    """

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.conn.execute("COMMIT")


def open_database(path: Path) -> Database:
    """Open (creating owner-only if new) and migrate. Every write goes through `db.atomic()`."""
    try:
        _create_owner_only(path)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{path} : base de données inaccessible ({exc})") from None
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # a sent message is recorded durably
    conn.execute("PRAGMA foreign_keys = ON")
    db = Store(conn)
    migrations.apply(db)
    return db


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
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
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
