"""The store's connection: the few things relancebot asks of SQLite, over the standard sqlite3.

Every command opens the database, and sqlite-utils' Database takes a fifth of a second to
import (its plugin system, dateutil, table introspection): more than a whole `status` should
take. Commands only ever execute SQL, read rows as dicts and group writes in transactions, so
that is all this class does; sqlite-utils is imported to apply the named migrations, when
some are pending (relancebot.store.database).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

Parameters = Sequence[Any] | dict[str, Any]


class Database:
    """A connection in autocommit mode whose outermost transactions take the write lock up
    front (BEGIN IMMEDIATE).

    In `run`, the watcher thread and the passes write through separate connections. A
    deferred transaction that reads and then writes fails at once (SQLITE_BUSY) when the
    other connection committed in between; BEGIN IMMEDIATE waits for the lock instead.
    Nested blocks are savepoints.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Parameters | None = None) -> Iterator[dict[str, Any]]:
        """The rows as dicts; the statement runs now, the rows are read as iterated."""
        cursor = self.execute(sql, params)
        keys = [column[0] for column in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if self.conn.in_transaction:
            raise sqlite3.ProgrammingError("executescript would commit the open transaction")
        return self.conn.executescript(sql)

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            savepoint = f"relancebot_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger may have ended the whole transaction already.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
