"""Migrations never lose data: a store made by the first release is carried forward intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from relancebot.store.database import SCHEMA, open_database
from relancebot.store.migrations import migrations


def test_upgrade_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before="0002_replies")  # as the first release left it
    old.execute(
        "INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', 'Dupont', 'x', 'x')"
    )
    old.execute(
        "INSERT INTO invoices (number, customer_id, amount, issue_date, due_date,"
        " pdf_path, reminders_sent, created_at, updated_at)"
        " VALUES ('F-1', 'c1', '1250.00', '2026-10-01', '2026-11-02', '/f.pdf', 2, 'x', 'x')"
    )
    old.conn.close()

    db = open_database(path)
    names = [m.name for m in migrations.applied(Database(db.conn))]
    assert names[0] == "0001_foundation" and "0003_cases" in names
    assert db.execute(
        "SELECT number, amount, reminders_sent, promised_date FROM invoices"
    ).fetchall() == [("F-1", "1250.00", 2, None)]
    assert db.execute("SELECT name FROM customers").fetchall() == [("Dupont",)]
    db.conn.close()
    again = open_database(path)  # opening again applies nothing twice
    assert [m.name for m in migrations.applied(Database(again.conn))] == names
    assert again.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_the_schema_list_names_every_migration_in_order(tmp_path: Path) -> None:
    """open_database skips sqlite-utils when a store has every name of SCHEMA: a migration
    missing from that list would never be applied to an existing store."""
    fresh = Database(sqlite3.connect(tmp_path / "new.db", isolation_level=None))
    assert tuple(m.name for m in migrations.pending(fresh)) == SCHEMA
