"""The files the service took from [imports] watch_dir, and what became of each: the digest
says what came in (relancebot.service.watched_folder does the taking)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relancebot.store.connection import Database
from relancebot.store.records import iso, record_event


@dataclass(frozen=True)
class Dropped:
    name: str
    kind: str  # what it was recognised as: "factures", "FEC", "relevé ofx", ... or ""
    imported: bool
    summary: str  # what came in, or why it was refused


def record_dropped(db: Database, now: dt.datetime, dropped: Dropped) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO dropped_files (name, kind, outcome, summary, at) VALUES (?, ?, ?, ?, ?)",
            [
                dropped.name,
                dropped.kind,
                "imported" if dropped.imported else "refused",
                dropped.summary,
                iso(now),
            ],
        )
        verb = "importé" if dropped.imported else "refusé"
        record_event(
            db,
            now,
            "file_imported" if dropped.imported else "file_refused",
            f"Fichier déposé {dropped.name} {verb} : {dropped.summary}",
            detail={"file": dropped.name, "kind": dropped.kind},
        )


def dropped_since(db: Database, since: dt.datetime) -> list[Dropped]:
    """What came in through the folder since `since`, oldest first."""
    rows = db.execute(
        "SELECT name, kind, outcome, summary FROM dropped_files WHERE at >= ? ORDER BY id",
        [iso(since)],
    ).fetchall()
    return [Dropped(n, kind, outcome == "imported", summary) for n, kind, outcome, summary in rows]
