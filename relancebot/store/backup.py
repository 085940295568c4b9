"""A consistent copy of the database, safe while the service writes (`relancebot backup`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from relancebot.errors import FileProblem, InvalidValue
from relancebot.store.connection import Database
from relancebot.store.records import record_event


def backup(db: Database, destination: Path, now: dt.datetime, *, actor: str) -> int:
    """Copy the database to `destination` (a new file, owner-only), check the copy, journal it;
    returns its size in bytes.

    SQLite's online backup copies a consistent snapshot page by page while the service keeps
    writing (WAL readers never block the writer)."""
    if destination.exists():
        raise InvalidValue(f"{destination} existe déjà : choisissez un autre nom")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.touch(mode=0o600)
        target = sqlite3.connect(destination)
    except (OSError, sqlite3.Error) as exc:
        raise FileProblem(f"{destination} : écriture impossible ({_why(exc)})") from None
    try:
        db.conn.backup(target, pages=256)
    finally:
        target.close()
    check = sqlite3.connect(destination).execute("PRAGMA integrity_check").fetchone()[0]
    if check != "ok":
        raise FileProblem(f"{destination} : copie incohérente ({check})")
    with db.atomic():
        record_event(db, now, "backup", f"Sauvegarde écrite dans {destination}", actor=actor)
    return destination.stat().st_size


def _why(exc: OSError | sqlite3.Error) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
