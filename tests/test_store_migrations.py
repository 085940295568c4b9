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


def test_the_journal_says_who_acted(tmp_path: Path) -> None:
    """0007_event_actor: lines written before it name the person's commands as such; new lines
    carry the actor given, and an actor the code does not know is a bug."""
    import datetime as dt

    import pytest

    from relancebot.store.records import COMMAND, record_event, web_actor

    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before="0007_event_actor")
    for kind, summary in (
        ("reminder_queued", "Première relance préparée"),
        ("chase_resumed", "Relances reprises par une personne"),
        ("chase_paused", "Difficulté de paiement : relances suspendues"),
    ):
        old.execute(
            "INSERT INTO events (at, kind, summary) VALUES ('2026-11-02T08:00:00+00:00', ?, ?)",
            [kind, summary],
        )
    old.conn.close()
    db = open_database(path)
    assert db.execute("SELECT kind, actor FROM events ORDER BY id").fetchall() == [
        ("reminder_queued", "service"),
        ("chase_resumed", "commande"),
        ("chase_paused", "service"),
    ]
    now = dt.datetime(2026, 11, 3, 9, tzinfo=dt.UTC)
    record_event(db, now, "note", "Une note", actor=web_actor("claire"))
    record_event(db, now, "note", "Une autre", actor=COMMAND)
    assert db.execute("SELECT actor FROM events WHERE kind = 'note' ORDER BY id").fetchall() == [
        ("web:claire",),
        ("commande",),
    ]
    with pytest.raises(ValueError, match="unknown actor"):
        record_event(db, now, "note", "Personne", actor="quelqu'un")
    db.conn.close()
